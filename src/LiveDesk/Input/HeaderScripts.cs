using System.Collections.Generic;

namespace LiveDesk.Input
{
    /// <summary>
    /// Reads two kinds of header words <see cref="HeaderWords"/> cannot look up as they are:
    /// <list type="bullet">
    /// <item>Words in scripts written without spaces (Chinese, Japanese, Korean): "電子郵件地址" is 電子 + 郵件 + 地址, "住家電話"
    /// 住家 + 電話. Each run of such letters is cut into listed words, the longest listed word first; a run with a
    /// part no listed word covers stays unknown, so the header is not recognised by its words.</item>
    /// <item>Abbreviations written with a dot ("Telef.", "Geschäftl.", "Priv.", "Моб.", "раб."): a word of at least three
    /// letters followed by a dot stands for the listed words it begins, when they all have the same role; a compound of one
    /// of them and another listed word ("mitgliedsname") does not count, and a street word ("Str.") is never expanded.</item>
    /// </list>
    /// </summary>
    internal static class HeaderScripts
    {
        private const int MinAbbreviation = 3;
        private const int MaxCjkWord = 8;

        /// <summary>The listed words <paramref name="word"/> stands for; false when it stays as it is.</summary>
        public static bool TryExpand(string word, bool dotted, out List<string> parts)
        {
            parts = null!;
            if (HasCjk(word)) return SplitCjk(word, out parts);
            // A word listed as a street's ("Str.", German and Romanian) means that already: as an abbreviation of the
            // listed words it begins, "Str. Nr." (the house number) read as Slovene "stranka" (the client) and its number.
            if (!dotted || word.Length < MinAbbreviation || HeaderVocabulary.IsStreetWord(word)) return false;
            var expanded = Abbreviated(word);
            if (expanded == null) return false;
            parts = new List<string> { expanded };
            return true;
        }

        /// <summary>True for Han, Kana and Hangul (syllables and the jamo that folding decomposes them into).</summary>
        internal static bool IsCjk(char c) =>
            (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')
            || (c >= '\u3040' && c <= '\u30FF') || c == '\u3005' || (c >= '\uFF66' && c <= '\uFF9F')
            || (c >= '\uAC00' && c <= '\uD7AF') || (c >= '\u1100' && c <= '\u11FF') || (c >= '\u3130' && c <= '\u318F');

        private static bool HasCjk(string word)
        {
            foreach (var c in word) if (IsCjk(c)) return true;
            return false;
        }

        // Runs of CJK letters are cut into listed words (longest first); runs of other letters are kept whole.
        private static bool SplitCjk(string word, out List<string> parts)
        {
            parts = new List<string>();
            var start = 0;
            while (start < word.Length)
            {
                var cjk = IsCjk(word[start]);
                var end = start;
                while (end < word.Length && IsCjk(word[end]) == cjk) end++;
                var run = word.Substring(start, end - start);
                if (!cjk || !(CutRun(run, parts) || CutHead(run, parts))) parts.Add(run);
                start = end;
            }
            return parts.Count > 1 || (parts.Count == 1 && parts[0] != word);
        }

        private static bool CutRun(string run, List<string> parts)
        {
            var cut = new List<string>();
            var at = 0;
            while (at < run.Length)
            {
                var found = 0;
                for (var length = System.Math.Min(MaxCjkWord, run.Length - at); length >= 1; length--)
                {
                    if (HeaderVocabulary.Of(run.Substring(at, length)) != HeaderWord.Unknown)
                    {
                        found = length;
                        break;
                    }
                }
                if (found == 0) return false;
                cut.Add(run.Substring(at, found));
                at += found;
            }
            parts.AddRange(cut);
            return true;
        }

        // Chinese, Japanese and Korean compounds end in their head noun: "노출상품" (a listed product) is a product whatever the
        // modifier before it says, "영업담당자" someone in charge. A run no listed words cover whole still says what it is not
        // when it ends in a thing's or someone else's word, or is a person's own number; the modifier stays one unknown word. A
        // field word at its end is not read so (an unknown modifier may name whose phone it is).
        private static bool CutHead(string run, List<string> parts)
        {
            for (var at = 1; at <= run.Length - 2; at++)
            {
                var tail = run.Substring(at);
                if (tail.Length > MaxCjkWord) continue;
                if (HeaderVocabulary.Of(tail) is HeaderWord.Blocker or HeaderWord.Elsewhere)
                {
                    parts.Add(run.Substring(0, at));
                    parts.Add(tail);
                    return true;
                }
                // "고대학번" (Korea University's student number): the number says whose it is, so the modifier before it names
                // the system that gave it, not another person, and is left out.
                var cut = new List<string>();
                if (CutRun(tail, cut) && cut.Exists(w => HeaderVocabulary.Of(w) == HeaderWord.IdOwner)
                    && cut.Exists(w => HeaderVocabulary.Of(w) == HeaderWord.Number)
                    && cut.TrueForAll(w => HeaderVocabulary.Of(w) is HeaderWord.IdOwner or HeaderWord.Number))
                {
                    parts.AddRange(cut);
                    return true;
                }
            }
            return false;
        }

        // The shortest listed word that begins with the abbreviation, when every such word has one role. A compound of
        // another such word and a listed word ("mitgliedsname": mitglieds + name) is that word with a qualifier the
        // abbreviation does not carry: "Mitgl.-Nr." is the member's number, whatever a member's login is called.
        private static string? Abbreviated(string abbreviation)
        {
            var candidates = new List<KeyValuePair<string, HeaderWord>>();
            foreach (var pair in HeaderVocabulary.All)
                if (pair.Key.Length > abbreviation.Length && pair.Key.StartsWith(abbreviation, System.StringComparison.Ordinal)) candidates.Add(pair);
            string? best = null;
            var role = HeaderWord.Unknown;
            foreach (var pair in candidates)
            {
                if (candidates.Exists(stem => IsCompoundOf(pair.Key, stem.Key))) continue;
                if (role != HeaderWord.Unknown && pair.Value != role) return null;
                role = pair.Value;
                if (best == null || pair.Key.Length < best.Length) best = pair.Key;
            }
            return best;
        }

        // "mitgliedsname" of "mitglied" (a linking s) or of "mitglieds": the stem, then a listed word of three letters or
        // more (shorter ones are endings: "kunde" is no compound of "kund" and "e").
        private static bool IsCompoundOf(string word, string stem)
        {
            if (stem.Length >= word.Length || !word.StartsWith(stem, System.StringComparison.Ordinal)) return false;
            var rest = word.Substring(stem.Length);
            if (rest.Length > 3 && rest[0] == 's' && HeaderVocabulary.Of(rest.Substring(1)) != HeaderWord.Unknown) return true;
            return rest.Length >= 3 && HeaderVocabulary.Of(rest) != HeaderWord.Unknown;
        }
    }
}
