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

        // A first word the vocabulary does not know, shared by several columns, that hides at least two of them: read
        // without it, they name fields by a field word. A known word ("Billing", "Contact", "Home") is never a namespace: it
        // says whose or which the field is; nor is an unknown noun before qualifiers alone ("Sími (home)", "Sími (work)").
        private static string? NamespaceWord(IReadOnlyList<string> headers)
        {
            var firsts = headers
                .Select(h => h == null ? null : HeaderWords.Split(h))
                .Where(w => w != null && w.Count > 1)
                .GroupBy(w => w![0])
                .Where(g => g.Count() >= 2 && g.Key.Length >= 2 && HeaderVocabulary.Of(g.Key) == HeaderWord.Unknown);
            // What each header says whole: read once, not once per candidate word.
            var whole = headers.Select(h => h == null ? null : HeaderRecognizer.Recognize(h).Field).ToList();
            var unnamed = headers.Where((h, i) => h != null && whole[i] == null).ToList();
            var namesPerson = whole.Any(f => f is ContactField.Name or ContactField.FirstName or ContactField.LastName or ContactField.Email or ContactField.PhoneNumber);
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
                var party = !namesPerson && revealed.Distinct().Count() >= 2
                    && revealed.Any(f => f is ContactField.Name or ContactField.FirstName or ContactField.LastName);
                if (!party && (group.Count() < NamespaceColumns || group.Count() * 5 < headers.Count * 2)) continue;
                if (gain > bestGain)
                {
                    best = group.Key;
                    bestGain = gain;
                }
            }
            return best;
        }
    }
}
