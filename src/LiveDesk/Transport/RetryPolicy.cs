using System;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Errors;
using LiveDesk.Pacing;

namespace LiveDesk.Transport
{
    /// <summary>
    /// The retry settings and the one loop that applies them: pacing, 429 waits, back-off and giving up.
    /// The rules themselves live in <see cref="RequestAttempt"/>; callers only say what a request is
    /// (<see cref="RequestKind"/>) and what did not happen when it fails. Every wait is bounded by a budget
    /// the user can see: 429s by <see cref="MaximumRateLimitWait"/>, everything else by
    /// <see cref="MaximumRetryTime"/> and <see cref="MaximumRetryCount"/>.
    /// </summary>
    internal sealed class RetryPolicy
    {
        /// <summary>The longest connection-wide pause one Retry-After may cause, whatever the budget.</summary>
        public static readonly TimeSpan MaximumPause = TimeSpan.FromMinutes(5);

        /// <summary>The longest back-off between two attempts.</summary>
        internal static readonly TimeSpan BackoffCap = TimeSpan.FromSeconds(30);

        private static readonly ThreadLocal<Random> Jitter = new ThreadLocal<Random>(() => new Random(Guid.NewGuid().GetHashCode()));

        private long _throttled;

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

        /// <summary>The number of 429 answers requests under this policy instance have met.</summary>
        public long ThrottledCount => Interlocked.Read(ref _throttled);

        /// <summary>A copy with the same settings and its own 429 count, for one cmdlet invocation to adjust.</summary>
        public RetryPolicy Clone()
        {
            var copy = (RetryPolicy)MemberwiseClone();
            copy._throttled = 0;
            return copy;
        }

        /// <summary>
        /// Starts the attempts of one request; <paramref name="notDone"/> ends every give-up message ("The contact was not created.").
        /// <paramref name="ifUnknown"/> tells the user of an <see cref="RequestKind.UnresolvableCreate"/> whose outcome is unknown what to check.
        /// </summary>
        public RequestAttempt Begin(RequestKind kind, string notDone, string? ifUnknown = null) => new RequestAttempt(this, kind, notDone, ifUnknown);

        /// <summary>
        /// Sends until an answer is final: returns it (success or an error for the caller to map), or throws
        /// the <see cref="LiveDeskException"/> the attempt decided on. Cancellation is the caller's.
        /// </summary>
        public async Task<ApiResponse> SendAsync(RequestAttempt attempt, RateGovernor governor, Func<CancellationToken, Task<ApiResponse>> send, CancellationToken ct)
        {
            while (true)
            {
                attempt.BeforeTurn(governor.RequestedWait);
                var ticket = await attempt.WaitTurnAsync(governor, ct).ConfigureAwait(false);
                ApiResponse response;
                try
                {
                    attempt.OnSending();
                    response = await send(ct).ConfigureAwait(false);
                }
                catch (TransportException ex)
                {
                    governor.OnNoAnswer(ticket);
                    await DelayAsync(attempt.AfterTransportFailure(ex), ct).ConfigureAwait(false);
                    continue;
                }
                catch
                {
                    // Ctrl+C, or an answer the client refused (a proxy's 407): the slot is free again either way.
                    governor.OnNoAnswer(ticket);
                    throw;
                }

                if (response.StatusCode == 429)
                {
                    Interlocked.Increment(ref _throttled);
                    governor.OnThrottled(ticket, PauseFor(response.RetryAfter), response.RetryAfter);
                    // No sleep here: the governor holds every request until the window reopens (or the
                    // Retry-After passes), so the next turn is the wait. The attempt only checks its budget.
                    attempt.AfterThrottle(response.RetryAfter);
                    continue;
                }
                governor.OnAdmitted(ticket);

                if (attempt.AfterAnswer(response) is TimeSpan delay)
                {
                    await DelayAsync(delay, ct).ConfigureAwait(false);
                    continue;
                }
                return response;
            }
        }

        /// <summary>
        /// The connection-wide pause for a Retry-After: never longer than this policy's rate-limit budget or
        /// <see cref="MaximumPause"/>, so a hostile or confused server cannot stall the connection for days.
        /// </summary>
        internal TimeSpan? PauseFor(TimeSpan? retryAfter)
        {
            if (!(retryAfter is TimeSpan wait)) return null;
            var cap = MaximumRateLimitWait < MaximumPause ? MaximumRateLimitWait : MaximumPause;
            return wait < cap ? wait : cap;
        }

        /// <summary>Exponential back-off with jitter in [0.5, 1.5) of the nominal delay.</summary>
        internal static TimeSpan JitteredBackoff(TimeSpan first, int attempt, TimeSpan cap)
        {
            var nominal = first.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 16));
            nominal = Math.Min(nominal, cap.TotalMilliseconds);
            return TimeSpan.FromMilliseconds(nominal * (0.5 + Jitter.Value!.NextDouble()));
        }

        // A back-off is no request in flight: the row's slot is free meanwhile, so the rows behind it are sent.
        private static Task DelayAsync(TimeSpan delay, CancellationToken ct) =>
            delay > TimeSpan.Zero ? InFlightSlots.WaitOutsideAsync(delay, ct) : Task.CompletedTask;
    }
}
