using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // An app's user table keeps the name the user gave in a JSON column of metadata (Supabase's auth.users:
    // "raw_user_meta_data" {"full_name":"Lena Hoffmann"}, {"first_name":"Marie","last_name":"Schulz"}). Where no column
    // names the name, a column whose first values hold such members names the rows that have them; the rest stay unnamed.
    internal sealed partial class ColumnMap
    {
        private readonly HashSet<int> _metadataNames = new HashSet<int>();

        /// <summary>True when the column is a JSON object of metadata whose name members name the row (<see cref="StructuredCell.PersonName"/>).</summary>
        internal bool IsMetadataName(int index) => _metadataNames.Contains(index);

        // Only a column that says it holds metadata holds the first rows for this: a file without name columns streams on.
        private static readonly HashSet<string> MetadataWords = Folded("meta metadata claims profile attributes properties userdata");

        private bool MetadataNamesUndecided() => !_valuesRead && !NameNamed
            && SniffCandidates().Any(i => HeaderWords.Split(Headers[i] ?? "").Any(MetadataWords.Contains));

        /// <summary>The name a metadata cell holds: the cell is read as its JSON text, not the values inside it.</summary>
        internal static string? MetadataName(Cell cell) => (cell.Structured ?? cell.Text) is string json ? StructuredCell.PersonName(json.Trim()) : null;

        private void FindMetadataNames(List<InputRow> sample)
        {
            if (NameNamed) return;
            foreach (var i in SniffCandidates().ToList())
            {
                // Two rows at least: one object with a "full_name" may be a note's.
                var named = sample.Count(r => MetadataName(CellValue.Read(r.GetValue(i), splitList: false)) != null);
                if (named < 2) continue;
                _metadataNames.Add(i);
                _nameFallbacks.Add(new ColumnSource(i, Headers[i] ?? "", 95, ColumnKind.Fallback));
                _loginsAsNames.Add($"Name from {ColumnNames.Quote(Headers[i] ?? "")} (the name members of its JSON values, in {named} of the first rows)");
                Unrecognized = Unrecognized.Where(h => h != Headers[i]).ToArray();
                return;
            }
        }
    }
}
