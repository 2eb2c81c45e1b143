using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace LiveDesk.Input
{
    /// <summary>
    /// Splits a column header into folded words: at spaces and punctuation (- _ . : / ( ) '), at case changes
    /// ("MobilePhone", "E-mailAddress"), between letters and digits ("Email2"); accents are removed (é = e, ß = ss,
    /// ł = l) and everything is lower case. "E-mail" and "E-post" stay one word. A word the vocabulary does not list is
    /// tried as a compound of listed words ("telefonnummer", "emailaddress").
    /// </summary>
    internal static class HeaderWords
    {
        /// <summary>The folded words of <paramref name="header"/>, compounds split into their parts.</summary>
        public static List<string> Split(string header)
        {
            header = WithoutAnnotations(header);
            var raw = new List<string>();
            var dotted = new HashSet<int>();
            var sb = new StringBuilder();
            var previous = '\0';
            foreach (var c in header)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    if (c == '.' && sb.Length > 0) dotted.Add(raw.Count);
                    Flush(raw, sb);
                    previous = '\0';
                    continue;
                }
                var boundary = sb.Length > 0
                    && ((char.IsUpper(c) && char.IsLower(previous))
                        || (char.IsDigit(c) != char.IsDigit(previous)));
                if (boundary) Flush(raw, sb);
                sb.Append(c);
                previous = c;
            }
            Flush(raw, sb);

            var words = new List<string>(raw.Count);
            for (var i = 0; i < raw.Count; i++)
            {
                var word = Fold(raw[i]);
                // "E-mail", "e_mail", "E-Mail-Adresse", "E-post": the e belongs to the next word.
                if (word == "e" && i + 1 < raw.Count)
                {
                    var next = Fold(raw[i + 1]);
                    if (next.StartsWith("mail", System.StringComparison.Ordinal) || next.StartsWith("post", System.StringComparison.Ordinal))
                    {
                        word = "e" + next;
                        i++;
                    }
                }
                if (word.Length == 0) continue;
                if (HeaderVocabulary.Of(word) == HeaderWord.Unknown && Compound(word, 0, out var parts)) words.AddRange(parts);
                else if (HeaderVocabulary.Of(word) == HeaderWord.Unknown && HeaderScripts.TryExpand(word, dotted.Contains(i), out parts)) words.AddRange(parts);
                else words.Add(word);
            }
            return words;
        }

        private static void Flush(List<string> words, StringBuilder sb)
        {
            if (sb.Length == 0) return;
            words.Add(sb.ToString());
            sb.Clear();
        }

        /// <summary>
        /// The header without square-bracketed notes about the file format ("Email Address [Required]", "[UPLOAD ONLY]"):
        /// they say how the export was made, not what the column holds. A header that is only a note stays as it is.
        /// </summary>
        internal static string WithoutAnnotations(string header)
        {
            if (header.IndexOf('[') < 0) return header;
            var sb = new StringBuilder(header.Length);
            var depth = 0;
            foreach (var c in header)
            {
                if (c == '[') { depth++; continue; }
                if (c == ']' && depth > 0) { depth--; sb.Append(' '); continue; }
                if (depth == 0) sb.Append(c);
            }
            var stripped = sb.ToString();
            return stripped.Trim().Length == 0 ? header : stripped;
        }

        /// <summary>Lower case without accents: "Téléphone" = "telephone", "Straße" = "strasse", "Komórkowy" = "komorkowy".</summary>
        public static string Fold(string word)
        {
            var sb = new StringBuilder(word.Length);
            foreach (var c in word.ToLowerInvariant().Normalize(NormalizationForm.FormD))
            {
                switch (c)
                {
                    case 'ß': sb.Append("ss"); continue;
                    case 'ł': sb.Append('l'); continue;
                    case 'ø': sb.Append('o'); continue;
                    case 'æ': sb.Append("ae"); continue;
                    case 'œ': sb.Append("oe"); continue;
                    case 'đ': sb.Append('d'); continue;
                    // Turkish dotless i ("Adı", "Şirketı") is an i; Greek final sigma is the sigma of upper-case headers.
                    case 'ı': sb.Append('i'); continue;
                    case 'I': sb.Append('i'); continue; // the I of a Turkish İ, which lower-casing leaves as it is
                    case 'ς': sb.Append('σ'); continue;
                }
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
                sb.Append(c);
            }
            return sb.ToString();
        }

        private static readonly string[] Links = { "", "s", "n", "en", "es", "e" };

        // A compound of two or three listed words, with a German linking element allowed after a part ("Mitglied-s-nummer").
        // The longest listed first part wins, so "telefonnummer" is telefon + nummer, not tele + fonnummer.
        private static bool Compound(string word, int depth, out List<string> parts)
        {
            parts = null!;
            if (word.Length < 5 || depth > 1) return false;
            for (var cut = word.Length - 2; cut >= 2; cut--)
            {
                var head = word.Substring(0, cut);
                if (HeaderVocabulary.Of(head) == HeaderWord.Unknown) continue;
                foreach (var link in Links)
                {
                    if (cut + link.Length > word.Length - 2 || string.CompareOrdinal(word, cut, link, 0, link.Length) != 0) continue;
                    var tail = word.Substring(cut + link.Length);
                    if (HeaderVocabulary.Of(tail) != HeaderWord.Unknown)
                    {
                        parts = new List<string> { head, tail };
                        return true;
                    }
                    if (Compound(tail, depth + 1, out var rest))
                    {
                        parts = new List<string> { head };
                        parts.AddRange(rest);
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
