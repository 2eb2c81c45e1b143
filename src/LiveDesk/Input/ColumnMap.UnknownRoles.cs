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
            if (recognized.Any(k => k != null && k.Kind != ColumnKind.Ignored && k.Field is ContactField.Name or ContactField.FirstName or ContactField.LastName))
            {
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
