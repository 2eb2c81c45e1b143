namespace LiveDesk.Input
{
    // Cells holding a JSON list or object, or values with labels ("ana@x.com (work)"), are read as their values
    // (StructuredCell); the user is told once per column.
    internal sealed partial class RowReader
    {
        private sealed partial class Context
        {
            private void WarnStructured(ContactField field, Cell cell, string header)
            {
                var sample = cell.Structured!.Length <= 80 ? cell.Structured : cell.Structured.Substring(0, 77) + "...";
                var which = cell.Count > 1 ? $"the first of its {cell.Count} values (ranked by their labels: mobile, work, home; primary first)" : "the value inside";
                _reader.Warnings.Add("structured:" + header,
                    $"Column {header} holds values with labels or JSON (such as '{sample}'); {which} is used as {field}, here '{cell.Text}'.");
            }
        }
    }
}
