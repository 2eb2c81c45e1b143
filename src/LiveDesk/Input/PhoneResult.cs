namespace LiveDesk.Input
{
    /// <summary>The outcome of normalising one phone number: the E.164 form, or why it was refused.</summary>
    internal readonly struct PhoneResult
    {
        private PhoneResult(string? e164, string? problem, string? warning, string? warningKind = null)
        {
            E164 = e164;
            Problem = problem;
            Warning = warning;
            WarningKind = warningKind;
        }

        /// <summary>The number as +digits, or null when refused or empty.</summary>
        public string? E164 { get; }

        /// <summary>Why the number was refused, with a hint how to fix it (starts with the quoted value).</summary>
        public string? Problem { get; }

        /// <summary>Something the user should know although the number was accepted (an extension dropped, ...).</summary>
        public string? Warning { get; }

        /// <summary>What kind of warning (extension, unverified): warnings are said once per column and kind.</summary>
        public string? WarningKind { get; }

        /// <summary>True when the input was empty: no number, no problem.</summary>
        public bool IsEmpty => E164 == null && Problem == null;

        internal static PhoneResult Empty => default;
        internal static PhoneResult Ok(string e164, string? warning = null, string? warningKind = null) => new PhoneResult(e164, null, warning, warningKind ?? (warning == null ? null : "note"));
        internal static PhoneResult Refused(string problem) => new PhoneResult(null, problem, null);
    }
}
