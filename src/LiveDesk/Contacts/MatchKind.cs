namespace LiveDesk.Contacts
{
    /// <summary>What matching a row found.</summary>
    internal enum MatchKind
    {
        /// <summary>No contact has any of the row's keys.</summary>
        None,
        /// <summary>One contact has the row's keys; its other keys are empty or equal.</summary>
        Found,
        /// <summary>The row's keys belong to two different contacts.</summary>
        Ambiguous,
        /// <summary>One contact has some of the row's keys and a different value for another: not the row's contact.</summary>
        Conflict,
    }
}
