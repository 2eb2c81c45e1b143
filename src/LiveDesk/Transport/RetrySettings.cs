using System;
using System.Threading;
using LiveDesk.Pacing;

namespace LiveDesk.Transport
{
    /// <summary>
    /// The retry settings of a connection, copied for each cmdlet invocation to adjust: how often and how soon a
    /// request is sent again, and the budgets every wait is bounded by (429s by <see cref="MaximumRateLimitWait"/>,
    /// everything else by <see cref="MaximumRetryTime"/> and <see cref="MaximumRetryCount"/>). Settings only:
    /// <see cref="RetryLoop"/> sends, <see cref="RetryRules"/> decides each attempt.
    /// </summary>
    internal sealed class RetrySettings
    {
        /// <summary>The longest back-off between two attempts.</summary>
        internal static readonly TimeSpan BackoffCap = TimeSpan.FromSeconds(30);

        private static readonly ThreadLocal<Random> Jitter = new ThreadLocal<Random>(() => new Random(Guid.NewGuid().GetHashCode()));

        /// <summary>How often a request is sent again after a failure that allows it (-MaximumRetryCount).</summary>
        public int MaximumRetryCount { get; set; } = 4;

        /// <summary>The first retry delay; later ones double, with jitter (-RetryIntervalSec).</summary>
        public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>The most time the retries of one request may take, 429 waits not counted.</summary>
        public TimeSpan MaximumRetryTime { get; set; } = TimeSpan.FromMinutes(2);

        /// <summary>The most time one request may wait out rate limiting (429), in total.</summary>
        public TimeSpan MaximumRateLimitWait { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>How messages name <see cref="MaximumRateLimitWait"/>: the parameter that sets it, or a description.</summary>
        public string RateLimitBudgetName { get; set; } = "the rate-limit wait of this command";

        /// <summary>A copy with the same settings, for one cmdlet invocation to adjust.</summary>
        public RetrySettings Clone() => (RetrySettings)MemberwiseClone();

        /// <summary>
        /// The connection-wide pause for a Retry-After: never longer than the rate-limit budget or
        /// <see cref="RateGovernor.MaximumPause"/>, so a hostile or confused server cannot stall the connection for days.
        /// </summary>
        internal TimeSpan? PauseFor(TimeSpan? retryAfter)
        {
            if (!(retryAfter is TimeSpan wait)) return null;
            var cap = MaximumRateLimitWait < RateGovernor.MaximumPause ? MaximumRateLimitWait : RateGovernor.MaximumPause;
            return wait < cap ? wait : cap;
        }

        /// <summary>Exponential back-off with jitter in [0.5, 1.5) of the nominal delay.</summary>
        internal static TimeSpan JitteredBackoff(TimeSpan first, int attempt, TimeSpan cap)
        {
            var nominal = first.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 16));
            nominal = Math.Min(nominal, cap.TotalMilliseconds);
            return TimeSpan.FromMilliseconds(nominal * (0.5 + Jitter.Value!.NextDouble()));
        }
    }
}
