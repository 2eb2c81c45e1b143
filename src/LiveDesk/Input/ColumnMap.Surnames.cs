using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace LiveDesk.Input
{
    // Afrikaans "Van" is the surname (a church's member list: "Naam,Van,E-pos,Selfoon"; school and club registers write
    // "Voorname", "Van"), but the word is the Dutch and Afrikaans "of" and "from" everywhere else. Alone as a header, beside
    // the row's name or given names and no family-name column, it is the family name; beside "Tot" it is a period's start
    // (Dutch bookings' "Van", "Tot").
    //
    // Cyrillic "Презиме" is the surname in Serbian and Macedonian ("Име, Презиме"; "Презиме и име", the whole name) and the
    // patronymic in Bulgarian, whose family name has a column of its own ("Собствено име, Презиме, Фамилия"). Beside no
    // family-name column it is read as the Latin "Prezime" is: the surname.
    internal sealed partial class ColumnMap
    {
        private static readonly Regex CyrillicPrezime = new Regex(@"(?<!\p{L})презиме(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private static void CyrillicSurname(IReadOnlyList<string> headers, KnownColumn?[] recognized, List<int> unknown, List<int> nameParts)
        {
            var at = Enumerable.Range(0, headers.Count).Where(i => headers[i] != null && HeaderWords.Split(headers[i]).Contains("презиме")).ToList();
            if (at.Count == 0 || recognized.Where((k, i) => !at.Contains(i)).Any(k => k?.Field == ContactField.LastName && k.Kind != ColumnKind.Ignored)) return;
            foreach (var i in at)
            {
                var meaning = HeaderRecognizer.Recognize(CyrillicPrezime.Replace(headers[i], "prezime"));
                if (meaning.Elsewhere || !(meaning.Field is ContactField field)) continue;
                recognized[i] = new KnownColumn(headers[i], field, meaning.Rank, meaning.Weak ? ColumnKind.Fallback : ColumnKind.Plain, "words");
                unknown.Remove(i);
                nameParts.Remove(i);
            }
        }

        private static void AfrikaansSurname(IReadOnlyList<string> headers, KnownColumn?[] recognized, List<int> unknown)
        {
            var words = headers.Select(h => HeaderWords.Split(h ?? "")).ToList();
            var van = words.FindIndex(w => w.Count == 1 && w[0] == "van");
            if (van < 0 || recognized[van] != null || words.Any(w => w.Count == 1 && w[0] == "tot")) return;
            bool Fills(ContactField f) => recognized.Any(k => k?.Field == f && k.Kind != ColumnKind.Ignored);
            if (Fills(ContactField.LastName) || !(Fills(ContactField.Name) || Fills(ContactField.FirstName))) return;
            recognized[van] = new KnownColumn(headers[van], ContactField.LastName, 0, ColumnKind.Plain, "words");
            unknown.Remove(van);
        }

        // Japanese "名字" is the family name and "名前" the given name when the two stand side by side with the same party
        // (楽天's orders: "注文者名字", "注文者名前"; "送付先名字", "送付先名前"). Alone each is a whole name ("名前"; Chinese
        // "名字" is a name too).
        private static void JapaneseFamilyAndGivenName(IReadOnlyList<string> headers, KnownColumn?[] recognized)
        {
            var words = headers.Select(h => h == null ? new List<string>() : HeaderWords.Split(h)).ToList();
            string? Rest(int i, string tail) =>
                words[i].Count > 0 && words[i][words[i].Count - 1] == tail ? string.Join(" ", words[i].Take(words[i].Count - 1)) : null;
            for (var i = 0; i < headers.Count; i++)
            {
                if (recognized[i] is not { Field: ContactField.Name } family || family.Kind == ColumnKind.Ignored || Rest(i, "名字") is not string party) continue;
                for (var j = 0; j < headers.Count; j++)
                {
                    if (recognized[j] is not { Field: ContactField.Name } given || given.Kind == ColumnKind.Ignored || Rest(j, "名前") != party) continue;
                    recognized[i] = new KnownColumn(headers[i], ContactField.LastName, family.Rank, family.Kind, family.Source);
                    recognized[j] = new KnownColumn(headers[j], ContactField.FirstName, given.Rank, given.Kind, given.Source);
                    break;
                }
            }
        }
    }
}
