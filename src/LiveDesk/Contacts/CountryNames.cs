using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// Turns a country as people write it in an export ("Germany", "Deutschland", "Allemagne", "DE", "DEU") into its
    /// ISO 3166-1 alpha-2 code, from .NET's own culture data: every region's English and native names and its two- and
    /// three-letter codes, plus the region names in the languages the column recognition reads (where the runtime
    /// has ICU data, as PowerShell 7 does; Windows PowerShell 5.1 knows English and native names only).
    /// </summary>
    internal static class CountryNames
    {
        // The languages whose country names an export is likely to carry: the ones headers are recognised in and the
        // other languages address books and shop systems are localised into. A name two languages give to different
        // countries is ambiguous and resolves to nothing. Built once per process, only when a country is looked up.
        private static readonly string[] Languages =
        {
            "en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "da", "nb", "fi", "cs", "sk", "hu", "ro", "hr", "sl", "bg",
            "ru", "uk", "el", "tr", "lt", "lv", "et", "ca", "ja", "zh-Hans", "zh-Hant", "ko", "id", "vi", "he", "ar",
        };

        private static readonly Lazy<Dictionary<string, string>> Table = new Lazy<Dictionary<string, string>>(Build, LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>The two-letter code of <paramref name="country"/>, upper-case; null when the name is not known or not one region's.</summary>
        public static string? CodeOf(string? country)
        {
            var key = Key(country);
            if (key.Length == 0) return null;
            return Table.Value.TryGetValue(key, out var code) && code.Length == 2 ? code : null;
        }

        private static Dictionary<string, string> Build()
        {
            // A name two regions share (rare across languages) maps to "" and is not used. English and native names and
            // the codes come first and are never overruled by a translation ("China" is part of some languages' name for
            // Hong Kong).
            var table = new Dictionary<string, string>(StringComparer.Ordinal);
            var primary = new HashSet<string>(StringComparer.Ordinal);
            void Add(string? name, string code, bool translated = false)
            {
                var key = Key(name);
                if (key.Length == 0) return;
                if (translated && primary.Contains(key)) return;
                if (!translated) primary.Add(key);
                if (table.TryGetValue(key, out var existing) && existing != code) table[key] = string.Empty;
                else table[key] = code;
            }

            var regions = new Dictionary<string, RegionInfo>(StringComparer.Ordinal);
            foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
            {
                RegionInfo region;
                try { region = new RegionInfo(culture.Name); }
                catch (ArgumentException) { continue; }
                var code = region.TwoLetterISORegionName;
                // Skip the codes that are not countries (001 "World", 150 "Europe", 419 "Latin America").
                if (code.Length != 2 || !char.IsLetter(code[0])) continue;
                Add(region.EnglishName, code);
                Add(region.NativeName, code);
                Add(code, code);
                Add(region.ThreeLetterISORegionName, code);
                regions[culture.Name] = region;
            }

            // Short and older names people write that the culture data does not give: "UK", "England", "UAE", "KSA", "Czech
            // Republic", Hebrew ארה"ב and Russian США (the USA), Arabic الإمارات and السعودية (the Emirates, Saudi Arabia).
            foreach (var alias in Aliases) Add(alias.Key, alias.Value, translated: true);

            // The culture's display name is "language (Region)" in the UI culture's language: set it per language
            // on this thread only, and take the part in parentheses.
            var thread = Thread.CurrentThread;
            var saved = thread.CurrentUICulture;
            try
            {
                foreach (var language in Languages)
                {
                    try { thread.CurrentUICulture = CultureInfo.GetCultureInfo(language); }
                    catch (CultureNotFoundException) { continue; }
                    foreach (var pair in regions)
                    {
                        // Chinese and Japanese write the parentheses and commas full-width.
                        var display = CultureInfo.GetCultureInfo(pair.Key).DisplayName.Replace('（', '(').Replace('）', ')').Replace('，', ',').Replace('、', ',');
                        var open = display.LastIndexOf('(');
                        var close = display.LastIndexOf(')');
                        if (open < 0 || close <= open) continue;
                        // "chinois (simplifié, Chine)": the region is the last part.
                        var inner = display.Substring(open + 1, close - open - 1);
                        Add(inner.Split(',').Last(), pair.Value.TwoLetterISORegionName, translated: true);
                    }
                }
            }
            finally
            {
                thread.CurrentUICulture = saved;
            }
            return table;
        }

        private static readonly KeyValuePair<string, string>[] Aliases = new[]
        {
            Pair("GB", "UK", "United Kingdom", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland", "Grande-Bretagne",
                "Großbritannien", "Gran Bretaña", "Gran Bretagna", "Grã-Bretanha", "Groot-Brittannië", "Англия", "Великобритания", "בריטניה", "انجلترا", "بريطانيا"),
            Pair("US", "United States of America", "America", "Estados Unidos de América", "ארה\"ב", "ארהב", "США", "Сполучені Штати", "أمريكا", "امريكا", "米国"),
            Pair("AE", "UAE", "U.A.E.", "Emirates", "الإمارات", "الامارات", "الإمارات العربية المتحدة"),
            Pair("SA", "KSA", "السعودية", "المملكة العربية السعودية"),
            Pair("CZ", "Czech Republic", "Czechia", "Česko", "Česká republika"),
            Pair("CI", "Ivory Coast"),
            Pair("MK", "Macedonia", "North Macedonia"),
            Pair("SZ", "Swaziland", "Eswatini"),
            Pair("MM", "Burma"),
            Pair("HK", "Hong Kong"),
            Pair("MO", "Macau", "Macao"),
            Pair("KR", "Korea", "Republic of Korea"),
            Pair("PS", "Palestine"),
            Pair("CD", "DRC", "DR Congo", "Congo-Kinshasa", "RDC"),
        }.SelectMany(p => p).ToArray();

        private static IEnumerable<KeyValuePair<string, string>> Pair(string code, params string[] names) =>
            names.Select(n => new KeyValuePair<string, string>(n, code));

        // Compared ignoring case, accents, punctuation and spacing: "Côte d'Ivoire" = "cote divoire".
        private static string Key(string? name)
        {
            if (string.IsNullOrWhiteSpace(name)) return string.Empty;
            var decomposed = name!.Trim().Normalize(System.Text.NormalizationForm.FormD);
            var chars = new List<char>(decomposed.Length);
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
                if (char.IsLetterOrDigit(c)) chars.Add(char.ToLowerInvariant(c));
            }
            return new string(chars.ToArray());
        }
    }
}
