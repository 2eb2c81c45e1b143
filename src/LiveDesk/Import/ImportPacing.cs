using System;
using LiveDesk.Pacing;

namespace LiveDesk.Import
{
    /// <summary>The progress line about pacing that every import shows.</summary>
    internal static class ImportPacing
    {
        /// <summary>Describes a connection's pacing, or null while requests are not held back.</summary>
        public static string? Describe(RateGovernor governor, long throttled)
        {
            var pause = governor.CurrentPause;
            if (pause > TimeSpan.Zero) return $"Rate limited: waiting {pause.TotalSeconds:0.0} s (Retry-After)";
            var limit = governor.DescribeLimit();
            var learned = limit == null ? string.Empty : ", " + limit;
            if (governor.Holding) return $"Rate limited: the server's window is used up, waiting for the next one{learned} ({throttled} answers 429 so far)";
            if (governor.CurrentRate is double paced) return $"Paced to {paced:0.0} requests/s{learned} ({throttled} answers 429 so far)";
            return null;
        }
    }
}
