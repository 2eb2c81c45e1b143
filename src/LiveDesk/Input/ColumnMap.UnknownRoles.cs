using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // A driving school's "Sürücü Adı Soyadı", OneGov's "form_nachname": a person's name qualified by a word the
    // vocabulary does not know. Where no other column names a person (no name, given or family name column), the file is
    // about that person, and the column is the row's name: leaving it out imports every contact without a name. Beside any
    // name column of the row's own it stays unused: then it is a second person the file mentions (a beneficiary, a
    // sponsor), and nothing says which is the row's.
    internal sealed partial class ColumnMap
    {
        private static void PersonsOfUnknownRole(IReadOnlyList<string> headers, KnownColumn?[] recognized, List<(int Index, ContactField Field)> candidates,
            List<int> unknown)
        {
            if (candidates.Count == 0) return;
            var own = recognized.Where(k => k != null && k.Kind != ColumnKind.Ignored && k.Field is ContactField.Name or ContactField.FirstName or ContactField.LastName)
                .Select(k => k!.Field).ToList();
            if (own.Count > 0)
            {
                // The part the row's own name lacks: Kompassi's "official_first_names_or_first_name" beside "surname" alone, a
                // "legal first name" beside a "Last Name". One given and one family name make one person's name; a second
                // person would have both parts, or a whole name.
                if (own.Contains(ContactField.Name)) return;
                foreach (var part in new[] { ContactField.FirstName, ContactField.LastName })
                {
                    var lacking = candidates.Where(c => c.Field == part).ToList();
                    if (own.Contains(part) || lacking.Count != 1) continue;
                    recognized[lacking[0].Index] = new KnownColumn(headers[lacking[0].Index], part, 0, ColumnKind.Plain, "words");
                    unknown.Remove(lacking[0].Index);
                }
                return;
            }
            // One column per part: two whole names, or two given names, are two persons.
            if (candidates.GroupBy(c => c.Field).Any(g => g.Count() > 1)) return;
            if (candidates.Any(c => c.Field == ContactField.Name) && candidates.Count > 1) return;
            foreach (var (index, field) in candidates)
            {
                recognized[index] = new KnownColumn(headers[index], field, field == ContactField.Name ? HeaderRecognizer.FullNameRank : 0, ColumnKind.Plain, "words");
                unknown.Remove(index);
            }
        }
    }
}
