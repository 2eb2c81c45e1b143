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
                .Where(g => g.Count() >= NamespaceColumns && g.Count() * 5 >= headers.Count * 2 && g.Key.Length >= 2
                    && HeaderVocabulary.Of(g.Key) == HeaderWord.Unknown);
            string? best = null;
            var bestGain = 1;
            foreach (var group in firsts)
            {
                var gain = headers.Count(h => h != null && HeaderRecognizer.Recognize(h).Field == null
                    && HeaderRecognizer.Recognize(h, group.Key) is { Field: not null, Weak: false });
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
