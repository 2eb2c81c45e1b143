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
        // The languages whose country names an export is likely to carry: the ones headers are recognised in.
        private static readonly string[] Languages = { "en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl" };

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
            // A name two regions share (rare across languages) maps to "" and is not used.
            var table = new Dictionary<string, string>(StringComparer.Ordinal);
            void Add(string? name, string code)
            {
                var key = Key(name);
                if (key.Length == 0) return;
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
                        var display = CultureInfo.GetCultureInfo(pair.Key).DisplayName;
                        var open = display.LastIndexOf('(');
                        var close = display.LastIndexOf(')');
                        if (open < 0 || close <= open) continue;
                        // "chinois (simplifié, Chine)": the region is the last part.
                        var inner = display.Substring(open + 1, close - open - 1);
                        Add(inner.Split(',').Last(), pair.Value.TwoLetterISORegionName);
                    }
                }
            }
            finally
            {
                thread.CurrentUICulture = saved;
            }
            return table;
        }

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
