namespace LiveDesk.Models
{
    /// <summary>How rows are matched to existing contacts (-MatchBy of New-LiveDeskContact and Get-LiveDeskContact).</summary>
    public enum MatchBy
    {
        /// <summary>
        /// Searches first, and builds an index of the account by listing it once the searches spent would have paid
        /// for the listing (pages / 30, at least 3 searches), or when a request meets a 429 while searching.
        /// </summary>
        Auto,
        /// <summary>Lists the whole account into an index before the first row is matched.</summary>
        Index,
        /// <summary>Never lists the account: every row is looked up by searching (100 searches a minute on Chatwoot).</summary>
        Search,
    }
}
