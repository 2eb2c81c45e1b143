using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // Afrikaans "Van" is the surname (a church's member list: "Naam,Van,E-pos,Selfoon"; school and club registers write
    // "Voorname", "Van"), but the word is the Dutch and Afrikaans "of" and "from" everywhere else. Alone as a header, beside
    // the row's name or given names and no family-name column, it is the family name; beside "Tot" it is a period's start
    // (Dutch bookings' "Van", "Tot").
    internal sealed partial class ColumnMap
    {
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
    }
}
