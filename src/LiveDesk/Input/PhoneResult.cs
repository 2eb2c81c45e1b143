namespace LiveDesk.Input
{
    /// <summary>The outcome of normalising one phone number: the E.164 form, or why it was refused.</summary>
    internal readonly struct PhoneResult
    {
        private PhoneResult(string? e164, string? problem, string? warning, string? warningKind = null, string? unverified = null)
        {
            E164 = e164;
            Problem = problem;
            Warning = warning;
            WarningKind = warningKind;
            Unverified = unverified;
        }

        /// <summary>The number as +digits, or null when refused or empty.</summary>
        public string? E164 { get; }

        /// <summary>Why the number was refused, with a hint how to fix it (starts with the quoted value).</summary>
        public string? Problem { get; }

        /// <summary>Something the user should know although the number was accepted (an extension dropped, ...).</summary>
        public string? Warning { get; }

        /// <summary>What kind of warning (extension, unverified): warnings are said once per column and kind.</summary>
        public string? WarningKind { get; }

        /// <summary>
        /// For a refused number that is still a number of its region by length and shape, though outside the ranges
        /// libphonenumber knows as given out: its E.164 form, for a caller left with no valid number to store it with a
        /// warning rather than refuse the row. Null otherwise.
        /// </summary>
        public string? Unverified { get; }

        /// <summary>True when the input was empty: no number, no problem.</summary>
        public bool IsEmpty => E164 == null && Problem == null;

        internal static PhoneResult Empty => default;
        internal static PhoneResult Ok(string e164, string? warning = null, string? warningKind = null) => new PhoneResult(e164, null, warning, warningKind ?? (warning == null ? null : "note"));
        internal static PhoneResult Refused(string problem, string? unverified = null) => new PhoneResult(null, problem, null, unverified: unverified);

        /// <summary>The same answer for another number (a mobile's international form).</summary>
        internal PhoneResult WithNumber(string e164) => new PhoneResult(e164, Problem, Warning, WarningKind, Unverified);

        /// <summary>The unverified number accepted, with the warning that says so.</summary>
        internal PhoneResult AsUnverified(string original) => Unverified == null ? this
            : Ok(Unverified, PhoneNormalizer.Unverified(original, Unverified, "not in its metadata of valid numbers", "a national number of its region's shape"), "unverified");
    }
}
