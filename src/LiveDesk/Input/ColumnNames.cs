using System;
using System.Text;

namespace LiveDesk.Input
{
    /// <summary>Header spelling rules: what counts as the same column name, and how close two names are.</summary>
    internal static class ColumnNames
    {
        /// <summary>The mark a decoder leaves for a byte it could not read (a file read with the wrong encoding).</summary>
        public const char ReplacementCharacter = '\uFFFD';

        /// <summary>
        /// Lower case letters and digits only: case, spaces, hyphens, underscores, dots, colons and slashes do not
        /// count, so "E-mail Address", "EmailAddress" and "email_address" are one name. German umlauts are folded
        /// (ä = ae, ß = ss) so that "Telefon geschäftlich" also matches a file written without them. U+FFFD is kept, so
        /// that a header damaged by a wrong encoding can still be matched (see <see cref="MatchesDamaged"/>).
        /// </summary>
        public static string Normalize(string header)
        {
            header = Misdecoded.Repair(header) ?? header;
            var sb = new StringBuilder(header.Length);
            foreach (var raw in header)
            {
                var c = char.ToLowerInvariant(raw);
                switch (c)
                {
                    case 'ä': sb.Append("ae"); continue;
                    case 'ö': sb.Append("oe"); continue;
                    case 'ü': sb.Append("ue"); continue;
                    case 'ß': sb.Append("ss"); continue;
                }
                if (char.IsLetterOrDigit(c) || c == ReplacementCharacter) sb.Append(c);
            }
            return sb.ToString();
        }

        /// <summary>
        /// True when <paramref name="damaged"/> (normalised, holding U+FFFD) is <paramref name="key"/> with some characters
        /// lost to a wrong encoding: each U+FFFD stands for one or two characters of the key (an umlaut folds to two).
        /// </summary>
        public static bool MatchesDamaged(string damaged, string key) => Match(damaged, 0, key, 0);

        private static bool Match(string d, int i, string k, int j)
        {
            while (i < d.Length && j < k.Length && d[i] != ReplacementCharacter)
            {
                if (d[i] != k[j]) return false;
                i++;
                j++;
            }
            if (i == d.Length) return j == k.Length;
            if (d[i] != ReplacementCharacter) return false;
            return (j + 1 <= k.Length && Match(d, i + 1, k, j + 1))
                || (j + 2 <= k.Length && Match(d, i + 1, k, j + 2));
        }

        /// <summary>Edit distance counting a swap of two neighbours as one edit ("Emial" is one edit from "Email").</summary>
        public static int Distance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
            for (var j = 0; j <= b.Length; j++) d[0, j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = Math.Min(best, d[i - 2, j - 2] + 1);
                    d[i, j] = best;
                }
            }
            return d[a.Length, b.Length];
        }

        /// <summary>How many edits a near-miss may be from a known name: fewer for short names, where one edit is a lot.</summary>
        public static int Tolerance(int length) => length <= 4 ? 0 : length <= 7 ? 1 : length <= 12 ? 2 : 3;

        /// <summary><paramref name="text"/> cut to at most <paramref name="max"/> characters, "..." marking the cut, for a message.</summary>
        public static string Shorten(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 3) + "...";

        /// <summary>
        /// <paramref name="text"/> as a PowerShell single-quoted string, ready to paste: every quote PowerShell reads as a
        /// single quote (' and the typographic ‘ ’ ‚ ‛) doubled.
        /// </summary>
        public static string Quote(string text)
        {
            var sb = new StringBuilder(text.Length + 2).Append('\'');
            foreach (var c in text)
            {
                if (c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B') sb.Append(c);
                sb.Append(c);
            }
            return sb.Append('\'').ToString();
        }
    }
}
