using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Errors;
using LiveDesk.Pacing;

namespace LiveDesk.Transport
{
    /// <summary>
    /// The one loop that sends a request until its answer is final: pacing, 429s, back-off and giving up, as the
    /// request's <see cref="RetryRules"/> decide under the <see cref="RetrySettings"/> of one cmdlet invocation.
    /// Callers only say what a request is (<see cref="RequestKind"/>) and what did not happen when it fails.
    /// One instance per invocation's service; safe to use from many tasks.
    /// </summary>
    internal sealed class RetryLoop
    {
        private long _throttled;
        private readonly RetryBudget _budget;

        /// <summary>A loop under <paramref name="settings"/>.</summary>
        public RetryLoop(RetrySettings settings, RetryBudget? budget = null)
        {
            Settings = settings;
            _budget = budget ?? new RetryBudget();
        }

        /// <summary>The settings every request of this loop is retried by.</summary>
        public RetrySettings Settings { get; }

        /// <summary>The number of 429 answers requests of this loop have met.</summary>
        public long ThrottledCount => Interlocked.Read(ref _throttled);

        /// <summary>
        /// Starts the attempts of one request; <paramref name="notDone"/> ends every give-up message ("The contact was not created.").
        /// <paramref name="ifUnknown"/> tells the user of an <see cref="RequestKind.UnresolvableCreate"/> whose outcome is unknown what to check.
        /// </summary>
        public RetryRules Begin(RequestKind kind, string notDone, string? ifUnknown = null) => new RetryRules(Settings, kind, notDone, ifUnknown, _budget);

        /// <summary>
        /// Sends until an answer is final: returns it (success or an error for the caller to map), or throws
        /// the <see cref="LiveDeskException"/> the attempt decided on. Cancellation is the caller's.
        /// </summary>
        public async Task<ApiResponse> SendAsync(RetryRules attempt, RateGovernor governor, Func<CancellationToken, Task<ApiResponse>> send, CancellationToken ct)
        {
            while (true)
            {
                attempt.BeforeTurn(governor.RequestedWait);
                var ticket = await attempt.WaitTurnAsync(governor, ct).ConfigureAwait(false);
                ApiResponse response;
                try
                {
                    attempt.OnSending();
                    var sent = Stopwatch.GetTimestamp();
                    response = await send(ct).ConfigureAwait(false);
                    // How far the server is: the number of rows in flight follows it.
                    InFlightSlots.RecordRoundTrip(TimeSpan.FromSeconds((double)(Stopwatch.GetTimestamp() - sent) / Stopwatch.Frequency));
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
                    governor.OnThrottled(ticket, Settings.PauseFor(response.RetryAfter), response.RetryAfter);
                    // No sleep here: the governor holds every request until the window reopens (or the
                    // Retry-After passes), so the next turn is the wait. The attempt only checks its budget.
                    attempt.AfterThrottle(response.RetryAfter);
                    continue;
                }
                governor.OnAdmitted(ticket);
                if (response.StatusCode < 500) _budget.OnGoodAnswer();

                if (attempt.AfterAnswer(response) is TimeSpan delay)
                {
                    await DelayAsync(delay, ct).ConfigureAwait(false);
                    continue;
                }
                return response;
            }
        }

        // A back-off is no request in flight: the row's slot is free meanwhile, so the rows behind it are sent.
        private static Task DelayAsync(TimeSpan delay, CancellationToken ct) =>
            delay > TimeSpan.Zero ? InFlightSlots.WaitOutsideAsync(delay, ct) : Task.CompletedTask;
    }
}
