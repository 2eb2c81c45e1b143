using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // Clever's student roster: "Student_email" beside "Contact_relationship" (Mother), "Contact_type", "Contact_email",
    // "Contact_sis_id". A column saying how someone is related to the row's person makes every column with the same words
    // before it that someone's: the mother's e-mail and id, never the student's. Only beside the person's own columns.
    internal sealed partial class ColumnMap
    {
        private static readonly HashSet<string> RelationWords = Folded(
            "relationship relationships relation beziehung verwandtschaft verwandtschaftsgrad lien parente parentesco relacion "
            + "relazione parentela verwantschap slaktskap pokrewienstwo родство");

        private static void RelatedPersonColumns(IReadOnlyList<string?> headers, KnownColumn?[] recognized, List<string> elsewhere, List<int> nameParts)
        {
            var words = headers.Select(h => h == null ? new List<string>() : HeaderWords.Split(h)).ToList();
            var prefixes = new List<List<string>>();
            for (var i = 0; i < headers.Count; i++)
            {
                var w = words[i];
                if (w.Count < 2 || !RelationWords.Contains(w[w.Count - 1])) continue;
                prefixes.Add(w.Take(w.Count - 1).ToList());
            }
            if (prefixes.Count == 0) return;
            bool Prefixed(List<string> w) => prefixes.Any(p => w.Count > p.Count && w.Take(p.Count).SequenceEqual(p));
            // Only beside the row's own person's columns: a file of relationships alone ("Contact Relationship", "Contact
            // Email" in a CRM's export) is about those contacts.
            var own = Enumerable.Range(0, headers.Count).Any(i => !Prefixed(words[i]) && recognized[i] is { Kind: not ColumnKind.Ignored } k
                && k.Field is ContactField.Name or ContactField.FirstName or ContactField.LastName or ContactField.Email or ContactField.PhoneNumber);
            if (!own) return;
            for (var i = 0; i < headers.Count; i++)
            {
                var w = words[i];
                if (headers[i] is not string header || elsewhere.Contains(header)) continue;
                if (!Prefixed(w)) continue;
                recognized[i] = null;
                nameParts.Remove(i);
                elsewhere.Add(header);
            }
        }
    }
}
