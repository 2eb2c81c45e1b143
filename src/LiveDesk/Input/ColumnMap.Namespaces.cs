using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // A prefix the export puts before many of its column names: Mailtrain's "MERGE_FIRST_NAME", "MERGE_TELEFON", or a
    // vendor's or a form's name before each field. It says whose namespace the columns are in, not what they hold.
    internal sealed partial class ColumnMap
    {
        // At least this many columns start with the word, and at least two in five: a qualifier the vocabulary does not know
        // starts a few columns of a long file (Oracle's "Recovery Email", "Recovery Email Verified", "Recovery Phone").
        private const int NamespaceColumns = 3;

        // Words for the owner of a thing (a unit, a pet, a vehicle): someone else's, unless nobody else is named.
        private static readonly HashSet<string> OwnerWords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "owner", "owners", "eigentumer", "eigentuemer", "proprietaire", "proprietario", "propietario", "eigenaar", "agare", "ejer", "eier", "omistaja", "wlasciciel", "владелец",
            // The co-owner of a condominium's lot (a French syndic's "Copropriétaire"), the owner the file lists.
            "coproprietaire", "copropietario", "comproprietario", "miteigentumer",
        };

        // The word read past in every header (a namespace, or the party the file lists), or null.
        private string? _namespaceWord;

        // A first word the vocabulary does not know, shared by several columns, that hides at least two of them: read
        // without it, they name fields by a field word. A known word ("Billing", "Contact", "Home") is never a namespace: it
        // says whose or which the field is; nor is an unknown noun before qualifiers alone ("Sími (home)", "Sími (work)").
        // Also the words that are each a party's as much as the one returned (as many fields revealed, a name among them):
        // a register that lists a person at every level of a hierarchy on each row.
        private static string? NamespaceWord(IReadOnlyList<string> headers, out List<string> tiedParties)
        {
            tiedParties = new List<string>();
            var firsts = headers
                .Select(h => h == null ? null : HeaderWords.Split(h))
                .Where(w => w != null && w.Count > 1)
                .GroupBy(w => w![0])
                .Where(g => g.Key.Length >= 2 && ((g.Count() >= 2 && HeaderVocabulary.Of(g.Key) == HeaderWord.Unknown) || OwnerWords.Contains(g.Key)
                    // Recurly's accounts export: "account_code", "account_email", "account_first_name", ... on most of its columns.
                    // The party's word before more than half of the file's columns, five at least, is the file's own entity, read
                    // past as an unknown prefix is; before a few it says whose the field is ("Account Name" is the organisation).
                    || (g.Count() >= 5 && g.Count() * 2 > headers.Count && (AccountWords.Contains(g.Key) || CustomerWords.Contains(g.Key) || ContactWords.Contains(g.Key)))));
            // What each header says whole: read once, not once per candidate word.
            var whole = headers.Select(h => h == null ? null : HeaderRecognizer.Recognize(h).Field).ToList();
            var unnamed = headers.Where((h, i) => h != null && whole[i] == null).ToList();
            var namesPerson = whole.Any(f => f is ContactField.Name or ContactField.FirstName or ContactField.LastName or ContactField.Email or ContactField.PhoneNumber);
            var namesName = whole.Any(f => f is ContactField.Name or ContactField.FirstName or ContactField.LastName);
            var namesCompany = whole.Any(f => f == ContactField.Company);
            string? best = null;
            var bestGain = 1;
            foreach (var group in firsts)
            {
                var revealed = unnamed
                    .Select(h => HeaderRecognizer.Recognize(h, group.Key))
                    .Where(m => m is { Field: not null, Weak: false })
                    .Select(m => m.Field!.Value)
                    .ToList();
                var gain = revealed.Count;
                // Medic's CHT user files: "CHP Name", "CHP Phone" (the community health promoter each row is) beside "Outgoing
                // CHP". Fewer columns than a namespace's, but naming the person and a way to reach them, in a file where no
                // other column names any of a person's fields: the unknown noun is the file's party, as "Attendee" is.
                // An owner's name alone is enough (a housing society's "ownerName" beside "flatNo", "phno" and "email": the owner's
                // phone and e-mail), where no other column names a person or a company (a CRM's account and its owner, the staff).
                var owner = OwnerWords.Contains(group.Key);
                var party = (owner ? !namesName && !namesCompany : !namesPerson) && (revealed.Distinct().Count() >= 2 || owner)
                    && revealed.Any(f => f is ContactField.Name or ContactField.FirstName or ContactField.LastName);
                // An owner's columns are someone else's beside the row's own person (a CRM's "Owner Email" is the staff member's),
                // but the row's person where nobody else is named: RunHOA's units list "Owner Name 1", "Owner Email 1", "Owner
                // Phone 1" (and a co-owner's under 2), the homeowners the file is about. Never a namespace otherwise.
                if (owner && !party) continue;
                if (!party && (group.Count() < NamespaceColumns || group.Count() * 5 < headers.Count * 2)) continue;
                // An owner's one name column counts as two: alone it names the person the file lists.
                if (owner && party && gain == 1) gain = 2;
                if (gain > bestGain)
                {
                    best = group.Key;
                    bestGain = gain;
                    tiedParties.Clear();
                    if (party) tiedParties.Add(group.Key);
                }
                else if (party && gain == bestGain && tiedParties.Count > 0) tiedParties.Add(group.Key);
            }
            if (tiedParties.Count < 2) tiedParties.Clear();
            return tiedParties.Count > 0 ? null : best;
        }

        // Kenya's community health volunteer lists (eCHIS): "County Name", "CHU Name", "CHA Name", "CHA Phone", "CHV Name",
        // "CHV Phone" on every row: the county, the health unit, its assistant, and the volunteer the row is. Each noun heads
        // a name and more, and nothing in the headers says which is the row's; taking the first, every volunteer was stored
        // as the unit or the assistant (and the second row refused as the first one's duplicate). The values say it: the
        // row's person is new on each row, while a unit or a supervisor repeats down the rows. Decided by the first rows; where
        // they do not tell (too few rows, more than one group new on each row, or a group neither new on nine rows in ten nor
        // repeated), none of the groups is used.
        private readonly List<string> _partyGroups = new List<string>();

        private void DecidePartyGroups(List<InputRow> sample)
        {
            if (_partyGroups.Count == 0) return;
            var groups = _partyGroups.ToList();
            _partyGroups.Clear();
            if (OverrideFor(ContactField.Name) != null) return;
            var words = Headers.Select(h => h == null ? new List<string>() : HeaderWords.Split(h)).ToList();
            var changing = new List<(string Key, int Rows)>();
            var repeating = 0;
            var unclear = 0;
            foreach (var key in groups)
            {
                var name = Enumerable.Range(0, Headers.Count).FirstOrDefault(i => words[i].Count > 1 && words[i][0] == key
                    && HeaderRecognizer.Recognize(Headers[i]!, key).Field is ContactField.Name or ContactField.FirstName or ContactField.LastName);
                if (words[name].Count == 0 || words[name][0] != key) return;
                var values = sample.Select(r => CellText(r, name)).Where(v => v != null).ToList();
                if (values.Count < 3) return;
                // New on nine rows in ten (a volunteer listed twice among fifty is still the row's); a unit or a supervisor is
                // shared by several rows, most names seen at least twice.
                var distinct = values.Distinct(System.StringComparer.OrdinalIgnoreCase).Count();
                if (distinct * 10 >= values.Count * 9) changing.Add((key, values.Count));
                else if (distinct * 10 <= values.Count * 7) repeating++;
                else unclear++;
            }
            if (changing.Count != 1 || repeating == 0 || unclear > 0) return;
            var chosen = changing[0].Key;
            var used = new List<string>();
            var filled = new List<string>();
            for (var i = 0; i < Headers.Count; i++)
            {
                if (words[i].Count < 2 || words[i][0] != chosen || _overrideIndex.ContainsValue(i)) continue;
                var meaning = HeaderRecognizer.Recognize(Headers[i]!, chosen);
                if (meaning is not { Field: ContactField field, Weak: false } || OverrideFor(field) != null) continue;
                EditableSources(field).Add(new ColumnSource(i, Headers[i]!, meaning.Rank, ColumnKind.Plain, ByWords: true));
                EditableSources(field).Sort(SourceOrder);
                used.Add(Headers[i]!);
                filled.Add($"{field} from {ColumnNames.Quote(Headers[i]!)}");
            }
            if (used.Count == 0) return;
            Unrecognized = Unrecognized.Where(h => !used.Contains(h)).ToArray();
            _byValues.Add((ContactField.Name, $"{string.Join(", ", filled)} (the row's person: a new name on each of the first {changing[0].Rows} rows, "
                + "where the other groups' names repeat)"));
        }
    }
}
