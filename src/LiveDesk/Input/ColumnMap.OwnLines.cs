using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // A call or message log (Frappe CRM's call logs, an SMS gateway's history) writes the business's own line on one side of
    // every row: "From Number" on the calls it made, "To Number" on the calls it took. The row's contact is the other side.
    // A number that stands in most of the first rows, on one side in some and on the other side in others, is the file's
    // own line: it is nobody's phone, and the other column of the pair is read where the first holds it.
    internal sealed partial class ColumnMap
    {
        private readonly HashSet<string> _ownLines = new HashSet<string>(System.StringComparer.Ordinal);

        /// <summary>True for a number (E.164) found to be the file's own line, on either side of its rows.</summary>
        internal bool IsOwnLine(string? e164) => e164 != null && _ownLines.Contains(e164);

        private void DecideOwnLines(List<InputRow> sample)
        {
            if (OverrideFor(ContactField.PhoneNumber) != null || SourcesFor(ContactField.PhoneNumber).Count == 0 || sample.Count < 3) return;
            var phones = SourcesFor(ContactField.PhoneNumber).Select(p => p.Index).ToList();
            var columns = new List<int>(phones);
            for (var i = 0; i < Headers.Count; i++)
            {
                if (columns.Contains(i) || !Unrecognized.Contains(Headers[i]) || AboutSomeoneElse.Contains(Headers[i])) continue;
                var values = FilledValues(sample, i);
                if (values.Count >= 3 && values.All(v => LooksLikePhone(v) || PhoneNormalizer.IsValidInternationalDigits(PhoneNormalizer.AsciiDigits(v)!))) columns.Add(i);
            }
            if (columns.Count < 2) return;
            var normalizer = new PhoneNormalizer(Region);
            var rowsWith = new Dictionary<string, int>(System.StringComparer.Ordinal);
            var sides = new Dictionary<string, HashSet<int>>(System.StringComparer.Ordinal);
            foreach (var row in sample)
            {
                var inRow = new HashSet<string>(System.StringComparer.Ordinal);
                foreach (var c in columns)
                {
                    if (CellText(row, c) is not string text) continue;
                    if (normalizer.Normalize(text, fromNumberCell: true).E164 is not string e164) continue;
                    if (inRow.Add(e164)) rowsWith[e164] = rowsWith.TryGetValue(e164, out var n) ? n + 1 : 1;
                    if (!sides.TryGetValue(e164, out var seen)) sides[e164] = seen = new HashSet<int>();
                    seen.Add(c);
                }
            }
            foreach (var pair in rowsWith)
            {
                if (pair.Value >= 3 && pair.Value * 2 >= sample.Count && sides[pair.Key].Count >= 2) _ownLines.Add(pair.Key);
            }
            if (_ownLines.Count == 0) return;
            var sources = EditableSources(ContactField.PhoneNumber);
            var sidesUsed = columns.Where(c => _ownLines.Any(l => sides[l].Contains(c))).ToList();
            foreach (var c in sidesUsed.Where(c => !phones.Contains(c)))
            {
                sources.Add(new ColumnSource(c, Headers[c], ByValuesRank + sources.Count, ColumnKind.Fallback));
                Unrecognized = Unrecognized.Where(h => h != Headers[c]).ToArray();
            }
            _setAside.Add($"{string.Join(", ", _ownLines)} in {string.Join(" and ", sidesUsed.Select(c => ColumnNames.Quote(Headers[c])))} (the file's own line, on one side of most rows: the other side is the row's phone)");
        }
    }
}
