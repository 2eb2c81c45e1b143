using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace LiveDesk.Transport
{
    /// <summary>
    /// Removes a connection's secrets from text the server sent before it can reach a message, an error, a stream
    /// or an exception: a gateway that echoes request headers into its error page would otherwise hand the
    /// credential to every log and transcript. Two rules: every known form of the secrets (<see cref="SecretForms"/>)
    /// is found whatever the casing and wherever whitespace or line breaks split it, and the value of any
    /// <c>Authorization</c> or <c>Proxy-Authorization</c> header is removed whole, whosever it is.
    /// The scrubber keeps no copy of a secret, only rolling hashes of its forms.
    /// </summary>
    internal sealed class SecretScrubber
    {
        /// <summary>What a removed secret is replaced by.</summary>
        public const string Redacted = "[redacted]";

        /// <summary>Forms shorter than this are not searched for: they would match ordinary words, and hide nothing.</summary>
        internal const int MinimumLength = 8;

        /// <summary>
        /// Longer forms are searched for by every piece of this length, so that a fragment is found too: an echo
        /// cut short, or split by markup. Overlapping pieces merge into one cut.
        /// </summary>
        internal const int PieceLength = 12;

        private const ulong Base = 1000003;

        // A header name, its separator as text, JSON, a query string or a form write it, and the value: an optional
        // auth scheme (split from its token by spaces, a folded line break or %20) and the token.
        private static readonly Regex HeaderValue = new Regex(
            @"(?<name>(?:proxy-)?authori[sz]ation)(?<sep>\\?[""']?\s*[:=]\s*\\?[""']?\s*)(?:(?:basic|bearer|digest|negotiate|ntlm|token|hoba|mutual)(?:\s+|%20|\+))?[^\s""'<>,;&\\]+",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private static readonly object Gate = new object();
        private static SecretScrubber _known = new SecretScrubber(new Dictionary<int, HashSet<ulong>>());

        // Fingerprints by form length (in normalized characters).
        private readonly Dictionary<int, HashSet<ulong>> _prints;

        // One bit per fingerprint (of any length), at a place its hash picks: a window whose bit is clear is no form, so
        // nearly every window of an answer is passed over without a hash-set lookup (every answer is scrubbed, and that
        // lookup per character was most of the time a request spent in this process at latency 0).
        private readonly ulong[] _filter = new ulong[FilterBits / 64];
        private const int FilterBits = 1 << 16;

        private SecretScrubber(Dictionary<int, HashSet<ulong>> prints)
        {
            _prints = prints;
            foreach (var set in prints.Values)
            {
                foreach (var print in set)
                {
                    var bit = FilterBit(print);
                    _filter[bit >> 6] |= 1UL << (bit & 63);
                }
            }
        }

        /// <summary>The scrubber for <paramref name="forms"/> (from <see cref="SecretForms"/>); they are also remembered for <see cref="ScrubKnown"/>.</summary>
        internal static SecretScrubber For(IEnumerable<string> forms)
        {
            var prints = new Dictionary<int, HashSet<ulong>>();
            foreach (var form in forms)
            {
                var normal = Normalize(form);
                if (normal.Length < MinimumLength) continue;
                var length = Math.Min(normal.Length, PieceLength);
                if (!prints.TryGetValue(length, out var set)) prints[length] = set = new HashSet<ulong>();
                for (var start = 0; start + length <= normal.Length; start++) set.Add(Hash(normal, start, length));
            }
            var scrubber = new SecretScrubber(prints);
            Remember(scrubber);
            return scrubber;
        }

        /// <summary>
        /// Scrubs with the secrets of every connection made in this process. Errors are made far from any connection,
        /// so this is the last line before a message leaves the module; fingerprints of closed connections stay,
        /// because a late error of theirs is still printed.
        /// </summary>
        public static string ScrubKnown(string text) => _known.Scrub(text);

        /// <summary><paramref name="text"/> without any form of this scrubber's secrets and without Authorization header values.</summary>
        public string Scrub(string text)
        {
            if (string.IsNullOrEmpty(text)) return text;
            var result = RemoveForms(text);
            return result.IndexOf("uthori", StringComparison.OrdinalIgnoreCase) >= 0
                ? HeaderValue.Replace(result, m => m.Groups["name"].Value + m.Groups["sep"].Value + Redacted)
                : result;
        }

        private string RemoveForms(string text)
        {
            if (_prints.Count == 0) return text;
            var normal = Normalize(text);
            List<(int Start, int End)>? found = null;
            foreach (var entry in _prints)
            {
                var length = entry.Key;
                if (normal.Length < length) continue;
                var power = Power(length);
                var hash = Hash(normal, 0, length);
                for (var i = 0; ; i++)
                {
                    if (MayBeForm(hash) && entry.Value.Contains(hash)) (found ??= new List<(int Start, int End)>()).Add((i, i + length));
                    if (i + length >= normal.Length) break;
                    hash = hash * Base + normal[i + length] - power * normal[i];
                }
            }
            if (found == null) return text;

            // Map the normalized ranges back to the original text and cut them out, merged where they touch.
            var positions = Positions(text);
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
            var builder = new System.Text.StringBuilder(text.Length);
            var copied = 0;
            foreach (var (start, end) in found)
            {
                var from = positions[start];
                var to = positions[end - 1] + 1;
                if (to <= copied) continue;
                if (from < copied) from = copied;
                else
                {
                    builder.Append(text, copied, from - copied);
                    builder.Append(Redacted);
                }
                copied = to;
            }
            builder.Append(text, copied, text.Length - copied);
            return builder.ToString();
        }

        // The text as the search sees it: upper case, without whitespace, the JSON escapes of line breaks and tabs,
        // and short markup tags (<br>, </span>), so that a header folded across lines, broken by an HTML page or
        // re-cased by a proxy is still found.
        private static string Normalize(string text)
        {
            var chars = new char[text.Length];
            var n = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (Skip(text, i, out var width))
                {
                    i += width - 1;
                    continue;
                }
                chars[n++] = char.ToUpperInvariant(text[i]);
            }
            return new string(chars, 0, n);
        }

        // For each normalized character, its index in the original text.
        private static int[] Positions(string text)
        {
            var positions = new List<int>(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if (Skip(text, i, out var width))
                {
                    i += width - 1;
                    continue;
                }
                positions.Add(i);
            }
            return positions.ToArray();
        }

        private static bool Skip(string text, int i, out int width)
        {
            width = 1;
            var c = text[i];
            if (char.IsWhiteSpace(c)) return true;
            if (c == '\\' && i + 1 < text.Length && (text[i + 1] == 'n' || text[i + 1] == 'r' || text[i + 1] == 't'))
            {
                width = 2;
                return true;
            }
            if (c == '<')
            {
                for (var j = i + 1; j < text.Length && j <= i + 12; j++)
                {
                    var t = text[j];
                    if (t == '>')
                    {
                        width = j - i + 1;
                        return j > i + 1;
                    }
                    if (!(char.IsLetter(t) || t == '/' || t == ' ')) return false;
                }
            }
            return false;
        }

        private static ulong Hash(string s, int start, int length)
        {
            ulong hash = 0;
            for (var i = start; i < start + length; i++) hash = hash * Base + s[i];
            return hash;
        }

        // The top bits of the hash times an odd constant (Fibonacci hashing): they depend on every character of the window.
        private static int FilterBit(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> 48);

        private bool MayBeForm(ulong hash)
        {
            var bit = FilterBit(hash);
            return (_filter[bit >> 6] & (1UL << (bit & 63))) != 0;
        }

        private static ulong Power(int length)
        {
            ulong power = 1;
            for (var i = 0; i < length; i++) power *= Base;
            return power;
        }

        private static void Remember(SecretScrubber scrubber)
        {
            lock (Gate)
            {
                var merged = new Dictionary<int, HashSet<ulong>>();
                foreach (var source in new[] { _known._prints, scrubber._prints })
                {
                    foreach (var entry in source)
                    {
                        if (!merged.TryGetValue(entry.Key, out var set)) merged[entry.Key] = set = new HashSet<ulong>();
                        set.UnionWith(entry.Value);
                    }
                }
                _known = new SecretScrubber(merged);
            }
        }
    }
}
