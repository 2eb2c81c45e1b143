namespace LiveDesk.Input
{
    /// <summary>One known header spelling.</summary>
    /// <param name="Header">The spelling as the source writes it.</param>
    /// <param name="Field">The field it fills, null for ignored columns.</param>
    /// <param name="Rank">Precedence within the field: lower wins.</param>
    /// <param name="Kind">How it is read.</param>
    /// <param name="Source">Where this spelling comes from (for docs and tests).</param>
    internal sealed record KnownColumn(string Header, ContactField? Field, int Rank, ColumnKind Kind, string Source)
    {
        /// <summary>The normalised spelling used for matching.</summary>
        public string Key { get; } = ColumnNames.Normalize(Header);
    }
}
