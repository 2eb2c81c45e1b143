namespace LiveDesk.Models
{
    /// <summary>How rows are matched to existing contacts (-MatchBy of New-LiveDeskContact and Get-LiveDeskContact).</summary>
    public enum MatchBy
    {
        /// <summary>
        /// Searches while that is cheaper, builds an index of the account by listing it once it is not: at once
        /// for a small account, else after the searches spent would have paid for the listing, or at the first
        /// search answered 429.
        /// </summary>
        Auto,
        /// <summary>Lists the whole account into an index before the first row is matched.</summary>
        Index,
        /// <summary>Never lists the account: every row is looked up by searching (100 searches a minute on Chatwoot).</summary>
        Search,
    }
}
