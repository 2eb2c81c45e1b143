namespace LiveDesk.Input
{
    // The company of one row from a column found by its values (ColumnMap.CompanyColumns): a CRM account, a customer column
    // holding organisations, a column of legal-entity names. Such a column is a guess, so a value that cannot be an
    // organisation's name (a number, an address, a login), or that is the person's own name (a customer who is a private
    // person), is left out instead of failing the row.
    internal sealed partial class RowReader
    {
        private sealed partial class Context
        {
            // The company came from a column headed as the name of the row's party ("Наименование", "Nazwa"): it names a row
            // that names no person, as a company column named so does.
            private bool _partyNamedCompany;

            private string? CompanyFromColumns(string? name)
            {
                if (_error != null || _map.OverrideFor(ContactField.Company) != null) return null;
                foreach (var source in _map.CompanyColumns)
                {
                    var cell = CellValue.Read(_row.GetValue(source.Index), splitList: false);
                    if (cell.Problem != null || cell.Count > 1 || cell.Text is not string text) continue;
                    if (!ColumnMap.LooksLikeOrganisation(text) || (name != null && ColumnMap.SameWords(name, text))) continue;
                    _sources[ContactField.Company] = ColumnNames.Quote(source.Header);
                    _partyNamedCompany = ColumnMap.NamesThingOnly(source.Header);
                    return text;
                }
                return null;
            }
        }
    }
}
