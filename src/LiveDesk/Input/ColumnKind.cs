namespace LiveDesk.Input
{
    /// <summary>How a known column is read, beyond taking its value.</summary>
    internal enum ColumnKind
    {
        /// <summary>The value as it is.</summary>
        Plain,
        /// <summary>A user principal name: an e-mail only as a fallback, and not for guests or non-routable domains.</summary>
        UserPrincipalName,
        /// <summary>Google's "Phone N - Value": its rank comes from "Phone N - Label" in the same row.</summary>
        LabelledPhone,
        /// <summary>Google's "Phone N - Label"/"Type": read only to rank its value column.</summary>
        PhoneLabel,
        /// <summary>
        /// Chosen by a weak rule (a qualifier alone, or the column's values): a row whose value there is not of the field's
        /// form (not a phone number, not an e-mail address) skips it for the next candidate instead of failing.
        /// </summary>
        Fallback,
        /// <summary>Known, deliberately not used (so it is neither reported as unknown nor as a near-miss).</summary>
        Ignored,
    }
}
