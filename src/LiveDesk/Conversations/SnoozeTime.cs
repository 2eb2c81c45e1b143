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
        public static DateTimeOffset ToInstant(DateTime value) => ToInstant(value, TimeZoneInfo.Local);

        /// <summary><see cref="ToInstant(DateTime)"/> with <paramref name="local"/> as the local zone (tests pass one that is not UTC).</summary>
        internal static DateTimeOffset ToInstant(DateTime value, TimeZoneInfo local) => value.Kind switch
        {
            DateTimeKind.Utc => new DateTimeOffset(value),
            DateTimeKind.Local => new DateTimeOffset(value),
            _ => new DateTimeOffset(value, local.GetUtcOffset(value)),
        };
    }
}
