using System;
using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using System.Xml;

namespace LiveDesk.Input
{
    /// <summary>
    /// Turns what a row property holds into text, the same way for every field: strings as they are, numbers without
    /// exponent and without a trailing ".0", single-element arrays unwrapped, JSON lists and objects written as text
    /// (<see cref="StructuredCell"/>) read as their values; objects, hashtables, XML and script blocks are not values.
    /// </summary>
    internal static class CellValue
    {
        // Persian "ندارد" and Arabic "لا يوجد" ("has none": a Telegram bot's users without a username) are written as "None" is.
        // So are a template's words for a record that is gone or a value not given (6amMart's "Not found", "غير معثور عليه!";
        // AppJusto's "N/I", não informado: the written-out words keep their warning as words instead of an address).
        private static readonly System.Collections.Generic.HashSet<string> NullWords =
            new System.Collections.Generic.HashSet<string>(new[]
            {
                "null", "nil", "none", "undefined", "#n/a", "n/a", "#null!", "ندارد", "نداره", "لايوجد", "لا يوجد",
                "not found", "not found!", "غير معثور عليه", "غير معثور عليه!", "n/i",
            }, StringComparer.OrdinalIgnoreCase);

        /// <summary>Google Contacts joins several values of one kind in one cell with this.</summary>
        public const string GoogleListSeparator = " ::: ";

        /// <summary>2^53: above it a double no longer holds every whole number.</summary>
        public const double ExactDoubleLimit = 9007199254740992d;

        // Excel shows long numbers as 4,91712E+12 (or 4.91712E+12); saved as text, the digits after the 6th are gone.
        private static readonly Regex ScientificNotation = new Regex(@"^[+-]?\d+[.,]\d+\s*[eE]\s*\+?\d+$", RegexOptions.CultureInvariant);

        /// <summary>True when <paramref name="text"/> is a number in Excel's scientific notation, whose last digits are lost.</summary>
        public static bool IsScientificNotation(string text) => ScientificNotation.IsMatch(text);

        // The values of a structured cell, best first, with the cell's text kept for the warning; none is an empty cell.
        private static Cell FromValues(string[] values, string structured) =>
            values.Length == 0 ? default : new Cell(values[0], values.Length, Second: values.Length > 1 ? values[1] : null, Structured: structured);

        /// <summary>
        /// Reads a cell. <paramref name="splitList"/> also splits Google's " ::: " lists (for e-mail and phone);
        /// <paramref name="maxElements"/> bounds the work on a huge array.
        /// </summary>
        public static Cell Read(object? value, bool splitList, int maxElements = 1000)
        {
            switch (value)
            {
                case null:
                case DBNull _:
                    return default;
                case string misread when Misdecoded.Repair(misread) is string repaired:
                    // Windows PowerShell read a UTF-8 file as ANSI: the text as it was written, and what arrived for the warning.
                    return Read(repaired, splitList, maxElements) with { Misread = misread.Trim() };
                case string s:
                    var clean = Clean(s);
                    // A database column written raw ([{"value":"ana@x.com","label":"work"}]): its values, not its JSON text.
                    if (clean != null && StructuredCell.Values(clean) is string[] values) return FromValues(values, clean);
                    // "ana@x.com (work), ana@home.org (home)": the same values written as text (e-mail and phone only).
                    if (splitList && clean != null && StructuredCell.LabelledValues(clean) is string[] labelled) return FromValues(labelled, clean);
                    return splitList && s.IndexOf(GoogleListSeparator, StringComparison.Ordinal) >= 0 ? FromList(s.Split(new[] { GoogleListSeparator }, StringSplitOptions.None)) : new Cell(clean);
                case OpaqueValue o:
                    return new Cell(null, Problem: o.Description);
                case IDictionary _:
                    return new Cell(null, Problem: "a hashtable");
                case XmlNode _:
                    return new Cell(null, Problem: "an XML document");
                case Delegate _:
                    return new Cell(null, Problem: "a script block or delegate");
            }
            if (TryScalar(value, out var text, out var fromNumber, out var inexact, out var problem))
            {
                return new Cell(Clean(text), FromNumber: fromNumber, Inexact: inexact, Problem: problem);
            }
            if (value is IEnumerable items)
            {
                string? first = null, second = null;
                bool firstNumber = false, firstInexact = false;
                var count = 0;
                foreach (var item in items)
                {
                    if (count >= maxElements) break;
                    var cell = Read(item, splitList: false);
                    if (cell.Problem != null) return new Cell(null, Problem: $"a list holding {cell.Problem}");
                    if (cell.Text == null) continue;
                    count++;
                    if (first == null)
                    {
                        first = cell.Text;
                        firstNumber = cell.FromNumber;
                        firstInexact = cell.Inexact;
                    }
                    else if (second == null)
                    {
                        second = cell.Text;
                    }
                }
                return new Cell(first, count == 0 ? 0 : count, firstNumber, firstInexact, null, second);
            }
            return new Cell(null, Problem: Article(value.GetType().Name));
        }

        private static Cell FromList(string[] parts)
        {
            string? first = null, second = null;
            var count = 0;
            foreach (var part in parts)
            {
                var clean = Clean(part);
                if (clean == null) continue;
                count++;
                if (first == null) first = clean;
                else if (second == null) second = clean;
            }
            return new Cell(first, count, Second: second);
        }

        private static bool TryScalar(object value, out string? text, out bool fromNumber, out bool inexact, out string? problem)
        {
            fromNumber = false;
            inexact = false;
            problem = null;
            switch (value)
            {
                case char c: text = c.ToString(); return true;
                case bool b: text = b ? "True" : "False"; return true;
                case double d: return Number(d, out text, out fromNumber, out inexact, out problem);
                case float f: return Number(double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), out text, out fromNumber, out inexact, out problem);
                case decimal m:
                    text = m.ToString("0.############################", CultureInfo.InvariantCulture);
                    fromNumber = true;
                    return true;
                case sbyte _: case byte _: case short _: case ushort _: case int _: case uint _: case long _: case ulong _: case BigInteger _:
                    text = Convert.ToString(value, CultureInfo.InvariantCulture);
                    fromNumber = true;
                    return true;
                case DateTime dt:
                    text = dt.TimeOfDay == TimeSpan.Zero ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                    return true;
                case DateTimeOffset dto: text = dto.ToString("o", CultureInfo.InvariantCulture); return true;
                case Guid _: case Uri _: case Enum _: case TimeSpan _: case Version _:
                    text = Convert.ToString(value, CultureInfo.InvariantCulture);
                    return true;
            }
            text = null;
            return false;
        }

        private static bool Number(double d, out string? text, out bool fromNumber, out bool inexact, out string? problem)
        {
            fromNumber = true;
            inexact = false;
            problem = null;
            text = null;
            if (double.IsNaN(d) || double.IsInfinity(d))
            {
                problem = "a number that is not finite (NaN or Infinity)";
                return true;
            }
            text = PlainNumber(d);
            inexact = Math.Abs(d) > ExactDoubleLimit && Math.Floor(d) == d;
            return true;
        }

        /// <summary>
        /// A double as people write it: 20240001234567890 rather than 2.02400012345679E+16, 4915112345678 rather than
        /// 4915112345678.0. Uses the shortest digits that read back as the same double, so a value typed into Excel comes
        /// back as typed whenever the double can tell.
        /// </summary>
        public static string PlainNumber(double d)
        {
            // The shortest of 15, 16 or 17 significant digits that reads back as the same double. Spelled out rather than
            // "R" because .NET Framework's "R" (Windows PowerShell 5.1) does not always give the shortest.
            string? r = null;
            for (var precision = 15; precision <= 17 && r == null; precision++)
            {
                var candidate = d.ToString("E" + (precision - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                if (double.Parse(candidate, NumberStyles.Float, CultureInfo.InvariantCulture) == d) r = candidate;
            }
            r ??= d.ToString("E16", CultureInfo.InvariantCulture);
            var e = r.IndexOfAny(new[] { 'E', 'e' });
            var exponent = int.Parse(r.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            var mantissa = r.Substring(0, e);
            var negative = mantissa.StartsWith("-", StringComparison.Ordinal);
            if (negative) mantissa = mantissa.Substring(1);
            var dot = mantissa.IndexOf('.');
            var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
            var point = (dot < 0 ? mantissa.Length : dot) + exponent;
            string plain;
            if (point <= 0) plain = "0." + new string('0', -point) + digits;
            else if (point >= digits.Length) plain = digits + new string('0', point - digits.Length);
            else plain = digits.Substring(0, point) + "." + digits.Substring(point);
            if (plain.IndexOf('.') >= 0) plain = plain.TrimEnd('0').TrimEnd('.');
            if (plain.Length == 0 || plain == "0") return "0";
            return negative ? "-" + plain : plain;
        }

        /// <summary>
        /// Trimmed, without the guards spreadsheets put around text so that Excel keeps it as typed: a leading apostrophe
        /// ('0171 2345678, '7210448301122) and a formula returning the text (="0171 2345678"). Empty or white space is
        /// "not given". Every field is read through this, so no identifier or name keeps a guard.
        /// </summary>
        public static string? Clean(string? s)
        {
            if (s == null) return null;
            var t = TrimInvisible(s);
            // A value wrapped in apostrophes on both ends (openRARP writes every value so, "'105'", "'Calle Almendro 5'") is
            // quoted, not guarded: both go. An apostrophe inside a name ("O'Brien", "'t Hooft") has none after it at the end.
            if (t.Length > 2 && t[0] == '\'' && t[t.Length - 1] == '\'')
            {
                t = t.Substring(1, t.Length - 2).Trim();
            }
            else if (t.Length > 1 && t[0] == '\'')
            {
                t = t.Substring(1).Trim();
            }
            // Quoted twice (phpMyFAQ's user export writes a hyphenated name as """Anna-Lena Weber"""): the inner quotes are the
            // export's too.
            else if (t.Length > 2 && t[0] == '"' && t[t.Length - 1] == '"' && t.IndexOf('"', 1) == t.Length - 1)
            {
                t = t.Substring(1, t.Length - 2).Trim();
            }
            else if (t.Length > 2 && t[0] == '=' && t[1] == '"' && t[t.Length - 1] == '"')
            {
                t = t.Substring(2, t.Length - 3).Replace("\"\"", "\"").Trim();
            }
            t = WithoutHtmlReferences(t).Trim();
            // PHP's addslashes before a quote ("D\'Amico", GiveWP): the backslash escapes the quote; names never hold one.
            if (t.IndexOf('\\') >= 0) t = t.Replace("\\'", "'").Replace("\\\"", "\"");
            return t.Length == 0 || Placeholder(t) ? null : t;
        }

        // Bidi marks and zero-width characters around a value (an Egyptian loyalty register starts every phone with U+200E, and
        // writes only the mark where there is no phone) are no part of it; inside a word (Persian's zero-width non-joiner) they stay.
        private static string TrimInvisible(string s)
        {
            int start = 0, end = s.Length;
            while (start < end && Invisible(s[start])) start++;
            while (end > start && Invisible(s[end - 1])) end--;
            return s.Substring(start, end - start);
        }

        private static bool Invisible(char c) => char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

        // "&#321;", "&amp;", "&#x41;": one HTML character reference.
        private static readonly Regex HtmlEntity = new Regex("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});", RegexOptions.CultureInvariant);

        /// <summary>
        /// <paramref name="text"/> with HTML's character references read, as web apps write them when they escape before
        /// exporting ("&amp;#321;ukasz", "Smith &amp;amp; Sons", a header "Direcci&amp;oacute;n"); "AT&amp;T" has none and stays.
        /// </summary>
        internal static string WithoutHtmlReferences(string text) =>
            text.IndexOf('&') >= 0 && HtmlEntity.IsMatch(text) ? System.Net.WebUtility.HtmlDecode(text) : text;

        // "-", "--", "—", "/", "?", "...", "'-" (a text guard before a dash), "^" (a Thai shop's text guard before nothing):
        // what people and programs write in a cell that has no value. Punctuation and symbols alone name nothing and reach
        // no one. So are the words programs write for a missing
        // value (JVerein's "null", a database's "NULL", "(null)", JavaScript's "undefined", Excel's "#N/A", Python's "None",
        // MYOB's "*None" for a card without an ID, and "\N", the null of MySQL's and PostgreSQL's exports: Aspen X2's student
        // export writes it in every empty cell).
        private static bool Placeholder(string t)
        {
            if (t.Length <= 16 && NullWords.Contains(t.Trim('(', ')', '<', '>', '[', ']', '{', '}', '*'))) return true;
            if (t == "\\N") return true;
            foreach (var c in t)
            {
                if (!char.IsPunctuation(c) && !char.IsWhiteSpace(c) && !char.IsSymbol(c)) return false;
            }
            return true;
        }

        private static string Article(string typeName) =>
            ("aeiouAEIOU".IndexOf(typeName[0]) >= 0 ? "an " : "a ") + typeName;
    }
}
