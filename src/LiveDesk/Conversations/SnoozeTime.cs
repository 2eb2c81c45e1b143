using System;

namespace LiveDesk.Conversations
{
    /// <summary>Turns the -SnoozedUntil a user gave into an instant, as PowerShell users read a time.</summary>
    internal static class SnoozeTime
    {
        /// <summary>
        /// A UTC or local DateTime is that instant; one without a kind ([datetime]'2026-12-05 09:00') is local time,
        /// as Get-Date and PowerShell's own comparisons take it. LiveDesk receives the instant as Unix seconds.
        /// </summary>
        public static DateTimeOffset ToInstant(DateTime value) =>
            new DateTimeOffset(value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Local) : value);
    }
}
