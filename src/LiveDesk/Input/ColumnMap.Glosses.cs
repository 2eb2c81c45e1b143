using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // A header that says nothing as a whole may be a label with its gloss: "Jina kamili (FULL_NAME)", "पूरा नाम (FULL_NAME)",
    // "Téléphone [Phone]", "電話番号（TEL）". Exports translated for their users keep the program's own field key, or a
    // translation, beside the label; whichever part is recognised says what the column is.
    internal sealed partial class ColumnMap
    {
        private static readonly char[] GlossOpeners = { '(', '[', '（', '【' };

        // Nothing said, or an id named by one word the vocabulary does not know ("Kitambulisho (IDENTIFIER)" is no vendor's id).
        private static bool MayBeGlossed(HeaderMeaning whole) =>
            whole == HeaderMeaning.None || (whole.Field == ContactField.Identifier && whole.Rank == HeaderRecognizer.VendorKeyRank);

        /// <summary>
        /// What a header's parts say when the whole says nothing: the part recognised, when the recognised parts agree on one
        /// field; about someone else when any part is; null when no part says anything or the parts disagree.
        /// </summary>
        private static (KnownColumn? Known, HeaderMeaning Meaning)? Glossed(string header)
        {
            var parts = GlossParts(header);
            if (parts.Count < 2) return null;
            (KnownColumn? Known, HeaderMeaning Meaning)? found = null;
            ContactField? field = null;
            var rank = int.MaxValue;
            foreach (var part in parts)
            {
                var known = Recognize(ColumnNames.Normalize(part));
                var meaning = known == null ? HeaderRecognizer.Recognize(part) : HeaderMeaning.None;
                if (meaning.Elsewhere) return (null, HeaderMeaning.AboutSomeoneElse);
                // "eメール【公開設定】" (is the address published?), "Email (opt-in)": a part naming a setting or a status makes
                // the column that setting, not the field beside it.
                if (SettingOnly(part)) return (null, HeaderMeaning.None);
                // Aipo's "名前（姓・フリガナ）": the family name's reading, beside "名前（姓）", is never the name.
                if (HeaderWords.Split(part).Any(HeaderVocabulary.IsReadingWord)) return (null, HeaderMeaning.None);
                // "Phone 1 (Country Code)" (Gibbon): the number's calling code, paired with "Phone 1" as a code column.
                if (NamesCallingCode(HeaderWords.Split(part))) return (null, HeaderMeaning.None);
                // A part the table lists to be ignored (a password, a flag) makes the column one to ignore.
                if (known != null && (known.Field == null || known.Kind == ColumnKind.Ignored)) return (known, HeaderMeaning.None);
                var says = known?.Field ?? meaning.Field;
                if (says == null) continue;
                if (field != null && field != says) return null;
                field = says;
                var partRank = known?.Rank ?? meaning.Rank;
                if (partRank >= rank) continue;
                rank = partRank;
                // "Sími (mobile)": a part that is only a qualifier qualifies the label; it does not translate it. The column is
                // a phone by the qualifier, and used in a row only when the value there is one.
                if (QualifierOnly(part))
                {
                    found = (null, new HeaderMeaning(says, partRank, Weak: true));
                    continue;
                }
                // A gloss is the exporting program's word, not the user naming LiveDesk's field: "(IDENTIFIER)" is an id the
                // values may still rule out, as any recognised one.
                found = (known is { Rank: 0 } ? known with { Rank = 1 } : known, meaning);
            }
            // NAVER's "기념일(이름)", an anniversary's name: a bare name word that could be either part of a person's name
            // glosses a label the vocabulary does not know, which names the thing it is the name of. And NAVER's
            // "전화번호직접입력(번호)": a label holding another field's word ("전화번호", phone number) is that field's
            // column, whatever its gloss ("번호", number) would be alone.
            if (found is var (_, chosen) && chosen.NamePart) return null;
            if (field is ContactField said && parts.Any(p => HeaderWords.Split(p).Any(w => FieldsIn(w).Any(other => other != said)))) return null;
            return found;
        }

        // Words of settings and statuses alone ("公開設定", "opt-in"); a note with other words ("Adressattyp natürl. Person",
        // DATEV's address type) says which the field is, not that it is a setting.
        private static bool SettingOnly(string part)
        {
            var roles = HeaderWords.Split(part).Select(HeaderVocabulary.Of).ToList();
            return roles.Contains(HeaderWord.Blocker) && roles.TrueForAll(r => r is HeaderWord.Blocker or HeaderWord.Connector or HeaderWord.Neutral);
        }

        // The e-mail or phone a folded word names; in a run of CJK or hangul (folded to its jamo) written without spaces ("전화번호직접입력"), each such word in it.
        private static IEnumerable<ContactField> FieldsIn(string word)
        {
            if (FieldOfWord(word) is ContactField field)
            {
                yield return field;
                yield break;
            }
            if (word.Length < 3 || !HeaderScripts.IsCjk(word[0])) yield break;
            for (var from = 0; from < word.Length - 1; from++)
            {
                for (var length = 2; from + length <= word.Length; length++)
                {
                    if (FieldOfWord(word.Substring(from, length)) is ContactField inside) yield return inside;
                }
            }
        }

        private static ContactField? FieldOfWord(string word) => HeaderVocabulary.Exact(word) switch
        {
            HeaderWord.Email => ContactField.Email,
            HeaderWord.Phone or HeaderWord.Mobile => ContactField.PhoneNumber,
            _ => null,
        };

        private static bool QualifierOnly(string part) =>
            HeaderWords.Split(part).TrueForAll(w => HeaderVocabulary.Of(w) is HeaderWord.Mobile or HeaderWord.Work or HeaderWord.Home or HeaderWord.Primary or HeaderWord.Secondary);

        // The text outside brackets and the text inside each pair, each with a letter in it.
        private static List<string> GlossParts(string header)
        {
            var parts = new List<string>();
            var outside = new System.Text.StringBuilder();
            var at = 0;
            while (at < header.Length)
            {
                var open = header.IndexOfAny(GlossOpeners, at);
                if (open < 0) { outside.Append(header, at, header.Length - at); break; }
                var closer = header[open] switch { '(' => ')', '[' => ']', '（' => '）', _ => '】' };
                var close = header.IndexOf(closer, open + 1);
                if (close < 0) { outside.Append(header, at, header.Length - at); break; }
                outside.Append(header, at, open - at).Append(' ');
                Add(header.Substring(open + 1, close - open - 1));
                at = close + 1;
            }
            Add(outside.ToString());
            return parts;

            void Add(string part)
            {
                part = part.Trim();
                foreach (var c in part)
                {
                    if (!char.IsLetter(c)) continue;
                    parts.Add(part);
                    return;
                }
            }
        }
    }
}
