using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // A staff list's "Telefón" beside "Mobil" holds desk extensions ("1234", "2210"): dialled inside the switchboard only, no
    // one outside reaches the person by them. Judged by the column, not the row: where every value in the first rows is two to
    // five digits (the first not 0), the column is a switchboard's, and a row with only an extension has no phone. One such
    // value among whole numbers ("12345" typed into a web form) is a number gone wrong, and still fails its row; so does a
    // cut-off number, which keeps its 0 or +. Asked only where a second phone column is named: a file with one phone column
    // is read as it streams.
    internal sealed partial class ColumnMap
    {
        private readonly List<string> _extensions = new List<string>();

        /// <summary>Phone columns not used because their first values are all internal extensions (for the warning).</summary>
        public IReadOnlyList<string> ExtensionColumns => _extensions;

        private IEnumerable<ColumnSource> UndecidedExtensions() =>
            _valuesRead || OverrideFor(ContactField.PhoneNumber) != null || SourcesFor(ContactField.PhoneNumber).Count(s => s.Kind != ColumnKind.Fallback) < 2
                ? Enumerable.Empty<ColumnSource>()
                : SourcesFor(ContactField.PhoneNumber).Where(s => s.Kind != ColumnKind.Fallback);

        private void SetAsideExtensions(List<InputRow> sample)
        {
            foreach (var source in UndecidedExtensions().ToList())
            {
                int values = 0, extensions = 0;
                foreach (var row in sample)
                {
                    var text = CellText(row, source.Index);
                    if (string.IsNullOrEmpty(text)) continue;
                    values++;
                    if (IsExtension(text!)) extensions++;
                }
                // Two values at least: one short value alone says as little about the column as about the row.
                if (values < 2 || extensions < values) continue;
                EditableSources(ContactField.PhoneNumber).Remove(source);
                _extensions.Add(source.Header);
                _setAside.Add($"{ColumnNames.Quote(source.Header)} (internal extensions: no one outside can dial them)");
            }
        }

        // Two to five digits, the first not 0.
        private static bool IsExtension(string text) =>
            text.Length >= 2 && text.Length <= 5 && text[0] != '0' && text.All(c => c >= '0' && c <= '9');
    }
}
