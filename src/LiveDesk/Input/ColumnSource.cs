namespace LiveDesk.Input
{
    /// <summary>A column that can fill a field, with its precedence.</summary>
    /// <param name="Index">Position of the column in the row's names.</param>
    /// <param name="Header">The column's name as the input spells it.</param>
    /// <param name="Rank">Precedence: lower wins.</param>
    /// <param name="Kind">How the value is read.</param>
    /// <param name="LabelIndex">For Google's "Phone N - Value": the index of "Phone N - Label", else -1.</param>
    /// <param name="ByWords">Recognised by its words, not by the table: on equal rank a table column wins ("Phone" before "Default Address Phone").</param>
    internal sealed record ColumnSource(int Index, string Header, int Rank, ColumnKind Kind, int LabelIndex = -1, bool ByWords = false)
    {
        private bool? _familyFirst;

        /// <summary>A name part's header in a language that writes the family name first (read once per column, not per row).</summary>
        public bool FamilyFirst => _familyFirst ??= PersonName.IsFamilyFirstHeader(Header);
    }
}
