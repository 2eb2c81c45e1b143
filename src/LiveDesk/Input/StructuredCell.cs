using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LiveDesk.Input
{
    /// <summary>
    /// A cell some exports fill with a database column written raw: a JSON list of objects
    /// (<c>[{"value":"ana@x.com","label":"work"}]</c>), a JSON list of strings, or a JSON object (<c>{"work":"ana@x.com"}</c>).
    /// Its values are the strings inside, ranked by their label the way header qualifiers rank columns (mobile, then
    /// unlabelled, work, home, other; primary first), else kept in order.
    /// </summary>
    /// <remarks>
    /// Only text that starts with '[' or '{' and ends with the matching bracket is parsed, so the cost stays with such
    /// cells; text that is not JSON stays text. Bounded: at most <see cref="MaxLength"/> characters, depth
    /// <see cref="MaxDepth"/>, <see cref="MaxValues"/> values.
    /// </remarks>
    internal static class StructuredCell
    {
        public const int MaxLength = 64 * 1024;
        public const int MaxDepth = 8;
        public const int MaxValues = 1000;

        // The member of an entry that holds its value, and the one that says what kind of value it is.
        private static readonly string[] ValueKeys = { "value", "email", "mail", "emailaddress", "address", "number", "phone", "phonenumber", "tel", "telephone", "mobile", "text", "data" };
        private static readonly string[] LabelKeys = { "label", "type", "kind", "category", "tag", "name", "rel", "description" };
        private static readonly string[] PrimaryKeys = { "primary", "isprimary", "default", "isdefault", "preferred", "ispreferred", "main", "ismain" };

        /// <summary>True when <paramref name="text"/> (trimmed) is shaped like a JSON list or object: worth parsing.</summary>
        public static bool Looks(string text) =>
            text.Length >= 2 && text.Length <= MaxLength
            && ((text[0] == '[' && text[text.Length - 1] == ']') || (text[0] == '{' && text[text.Length - 1] == '}'));

        /// <summary>
        /// The values of a JSON cell, best first, or null when <paramref name="text"/> is not a JSON list or object. An
        /// empty list gives an empty array (an empty cell).
        /// </summary>
        public static string[]? Values(string text)
        {
            if (!(Parse(text) is JsonDocument document)) return null;
            using (document)
            {
                var found = new List<(string Value, int Rank)>();
                Collect(document.RootElement, null, found);
                return Best(found);
            }
        }

        /// <summary>
        /// The person's name a JSON object holds under a name member of its own ("full_name", "display_name", or
        /// "first_name" with "last_name", in snake or camel case: Supabase's raw_user_meta_data), else null. Any other
        /// object, list or text says no name.
        /// </summary>
        public static string? PersonName(string text)
        {
            if (text.Length == 0 || text[0] != '{' || !(Parse(text) is JsonDocument document)) return null;
            using (document)
            {
                var members = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var member in document.RootElement.EnumerateObject())
                {
                    if (member.Value.ValueKind != JsonValueKind.String) continue;
                    var key = Key(member.Name);
                    var value = member.Value.GetString()?.Trim();
                    if (!string.IsNullOrEmpty(value) && !members.ContainsKey(key)) members[key] = value!;
                }
                foreach (var whole in WholeNameKeys)
                {
                    if (members.TryGetValue(whole, out var name)) return name;
                }
                var given = GivenNameKeys.Select(k => members.TryGetValue(k, out var v) ? v : null).FirstOrDefault(v => v != null);
                var family = FamilyNameKeys.Select(k => members.TryGetValue(k, out var v) ? v : null).FirstOrDefault(v => v != null);
                return given != null || family != null ? string.Join(" ", new[] { given, family }.Where(p => p != null)) : null;
            }
        }

        // The cell's JSON, bounded; null for text that is not a JSON list or object.
        private static JsonDocument? Parse(string text)
        {
            if (!Looks(text)) return null;
            try
            {
                return JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = MaxDepth, AllowTrailingCommas = true });
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static readonly string[] WholeNameKeys = { "fullname", "displayname" };
        private static readonly string[] GivenNameKeys = { "firstname", "givenname" };
        private static readonly string[] FamilyNameKeys = { "lastname", "familyname", "surname" };

        /// <summary>
        /// The values of a list of labelled values written as text, best first: "ana@x.com (work), ana@home.org (home)"
        /// (Krayin's newer exports), "0171 2345678 (mobile)". Null unless every part is a value with a label in brackets
        /// that holds a letter and no @, so "+1 (650) 555-0142" and "Ann Lee (ann@x.com)" stay as they are for the caller.
        /// </summary>
        public static string[]? LabelledValues(string text)
        {
            if (text.Length < 4 || text.Length > MaxLength || text[text.Length - 1] != ')') return null;
            var found = new List<(string Value, int Rank)>();
            foreach (var part in SplitOutsideBrackets(text))
            {
                var m = Labelled.Match(part);
                if (!m.Success) return null;
                found.Add((m.Groups["v"].Value.Trim(), Rank(m.Groups["l"].Value)));
                if (found.Count >= MaxValues) break;
            }
            return found.Count == 0 ? null : Best(found);
        }

        // Best rank first; OrderBy is stable, so equal ranks keep the order the export wrote them in.
        private static string[] Best(List<(string Value, int Rank)> found) => found.OrderBy(f => f.Rank).Select(f => f.Value).ToArray();

        private static readonly Regex Labelled = new Regex(@"^\s*(?<v>[^()]*?[^\s()])\s*\((?<l>[^()@]*\p{L}[^()@]*)\)\s*$", RegexOptions.CultureInvariant);

        private static IEnumerable<string> SplitOutsideBrackets(string text)
        {
            var depth = 0;
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '(') depth++;
                else if (c == ')') depth--;
                else if ((c == ',' || c == ';') && depth == 0)
                {
                    if (i > start) yield return text.Substring(start, i - start);
                    start = i + 1;
                }
            }
            if (start < text.Length) yield return text.Substring(start);
        }

        private static void Collect(JsonElement element, string? label, List<(string, int)> found)
        {
            if (found.Count >= MaxValues) return;
            switch (element.ValueKind)
            {
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray()) Collect(item, label, found);
                    break;
                case JsonValueKind.Object:
                    if (Entry(element) is (JsonElement value, var entryLabel, bool primary))
                    {
                        var rank = Rank(entryLabel ?? label) - (primary ? 100 : 0);
                        var before = found.Count;
                        Collect(value, entryLabel ?? label, found);
                        for (var i = before; i < found.Count; i++) found[i] = (found[i].Item1, rank);
                        break;
                    }
                    // {"work": "ana@x.com", "home": "ana@home.org"}: each member's name is its label.
                    foreach (var member in element.EnumerateObject()) Collect(member.Value, member.Name, found);
                    break;
                case JsonValueKind.String:
                    var text = CellValue.Clean(element.GetString());
                    if (text != null) found.Add((text, Rank(label)));
                    break;
                case JsonValueKind.Number:
                    found.Add((element.GetRawText(), Rank(label)));
                    break;
            }
        }

        // An entry object names its value ("value", "email", "number") and maybe its label and a primary flag. An object
        // with one text member besides its label is an entry too ({"label": "work", "addr": "ana@x.com"}).
        private static (JsonElement Value, string? Label, bool Primary)? Entry(JsonElement element)
        {
            JsonElement? value = null, single = null;
            string? label = null;
            var primary = false;
            var others = 0;
            foreach (var member in element.EnumerateObject())
            {
                var key = Key(member.Name);
                if (value == null && ValueKeys.Contains(key)) value = member.Value;
                else if (label == null && LabelKeys.Contains(key) && member.Value.ValueKind == JsonValueKind.String) label = member.Value.GetString();
                else if (PrimaryKeys.Contains(key)) primary = member.Value.ValueKind == JsonValueKind.True;
                else if (member.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                {
                    others++;
                    single = member.Value;
                }
            }
            if (value == null && label != null && others == 1) value = single;
            return value is JsonElement v ? (v, label, primary) : null;
        }

        private static string Key(string name) => new string(name.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();

        private static int Rank(string? label) => string.IsNullOrWhiteSpace(label) ? HeaderRecognizer.RankByKnownWords("") : HeaderRecognizer.RankByKnownWords(label!);
    }
}
