namespace LiveDesk.Models
{
    /// <summary>What New-LiveDeskContact did for an input row.</summary>
    public enum ContactOutcome
    {
        /// <summary>The contact was created by this import.</summary>
        Created,
        /// <summary>The contact already existed and was left unchanged (-IfExists Skip).</summary>
        Existing,
        /// <summary>The contact already existed and was updated with the row's values that differed (-IfExists Update).</summary>
        Updated,
        /// <summary>The contact already existed with every value the row gives (-IfExists Update): no request was sent.</summary>
        Unchanged,
    }
}
