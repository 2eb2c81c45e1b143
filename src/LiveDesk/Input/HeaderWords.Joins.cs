using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // Words written apart that are one listed word, and a word cut before a hyphen that shares its end with the next.
    internal static partial class HeaderWords
    {
        // "Vor- und Nachname", "Voor- en achternaam", "För- och efternamn": a word cut before a hyphen shares the end of the
        // compound after the connector; completed with the shortest such end that makes a listed word ("Vorname").
        private static void Complete(List<string> raw, int k)
        {
            if (k + 2 >= raw.Count) return;
            var head = Fold(raw[k]);
            var tail = Fold(raw[k + 2]);
            for (var n = 2; n < tail.Length - 1; n++)
            {
                var whole = head + tail.Substring(tail.Length - n);
                if (HeaderVocabulary.Exact(whole) == HeaderWord.Unknown) continue;
                raw[k] = whole;
                return;
            }
        }

        // The name parts' initials, written with dots, that stand for the whole name: Uzbek "F.I.Sh." (familiya, ism, sharif) as
        // Russian "Ф.И.О." and Ukrainian "П.І.Б." do (those are listed words, joined as any words written apart are). Only with
        // the dots: "Fish" is a word.
        private static readonly HashSet<string> NameInitialisms = new HashSet<string>(new[] { "fish", "fio" }, System.StringComparer.Ordinal);

        private static void Initialism(List<string> raw, HashSet<int> dotted)
        {
            for (var i = 0; i + 2 < raw.Count; i++)
            {
                // Letters, each but the last followed by a dot (the dotted set holds the words a dot followed).
                var n = 0;
                while (i + n < raw.Count && raw[i + n].Length <= 2 && raw[i + n].All(char.IsLetter))
                {
                    n++;
                    if (!dotted.Contains(i + n - 1)) break;
                }
                if (n < 3) continue;
                var joined = Fold(string.Concat(raw.GetRange(i, n)));
                if (!NameInitialisms.Contains(joined)) continue;
                raw[i] = "фио";
                raw.RemoveRange(i + 1, n - 1);
                return;
            }
        }

        // Marks a slash between words while they are joined; never a word itself.
        private const string Step = "/";

        // Two or three adjacent words that are one listed word written apart mean that word: "User Name" is a user name (a
        // login), "Raison sociale" a company, "First Name" a first name, as they are written together; Vietnamese writes
        // every syllable apart ("Điện thoại" is a phone, "Họ và tên" the whole name). The longer join first.
        private static List<string> Joined(List<string> words)
        {
            for (var i = 0; i + 1 < words.Count; i++)
            {
                for (var count = System.Math.Min(3, words.Count - i); count >= 2; count--)
                {
                    var parts = words.GetRange(i, count);
                    if (parts.Any(w => w.Any(char.IsDigit) || w == Step)) continue;
                    // A single Latin letter after a word marks which one ("MieterTelN", "MieterTelP", "MieterTelG": a Swiss rental
                    // tool's mobile, private and business numbers): never the end of a listed word ("telp", Indonesian "Telp").
                    if (parts[count - 1].Length == 1 && parts[count - 1][0] < '\u0080') continue;
                    // Nor the first before "id": it abbreviates whose ("K_ID", Immoware24's contact id; "K.nr." joins as "KNr"),
                    // and "k" + "id" is no kid. A word of its own stays one ("Y-tunnus", Finland's business id).
                    if (parts[0].Length == 1 && parts[0][0] < '\u0080' && parts[1] == "id") continue;
                    var joined = string.Concat(parts);
                    if (HeaderVocabulary.Exact(joined) == HeaderWord.Unknown) continue;
                    words[i] = joined;
                    words.RemoveRange(i + 1, count - 1);
                    break;
                }
            }
            return words;
        }
    }
}
