using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Errors;
using LiveDesk.Pacing;
using LiveDesk.Protocol;

namespace LiveDesk.Transport
{
    /// <summary>
    /// The attempts of one request and every retry rule: what is sent again, after how long, when to give
    /// up, and which failures leave the outcome unknown. Each method returns the wait before the next
    /// attempt, or throws the <see cref="LiveDeskException"/> for the row. Used by one task at a time.
    /// </summary>
    internal sealed class RetryRules
    {
        private readonly RetrySettings _settings;
        private readonly RequestKind _kind;
        private readonly string _notDone;
        private readonly string? _ifUnknown;
        private readonly RetryBudget? _budget;
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private long? _firstSend;
        private int _retries;
        private long? _firstThrottle;
        private long? _turn;

        internal RetryRules(RetrySettings settings, RequestKind kind, string notDone, string? ifUnknown = null, RetryBudget? budget = null)
        {
            _budget = budget;
            _settings = settings;
            _kind = kind;
            _notDone = notDone;
            _ifUnknown = ifUnknown;
        }

        /// <summary>Why an earlier attempt may have been processed although no answer said so; null while every outcome is known.</summary>
        public string? UnknownOutcome { get; private set; }

        /// <summary>The time since the first attempt was sent.</summary>
        public TimeSpan SinceFirstSend => _firstSend is long first ? Since(first) : TimeSpan.Zero;

        private int Attempts => _retries + 1;

        // Time spent waiting out 429s is bounded on its own (MaximumRateLimitWait), not by MaximumRetryTime.
        private TimeSpan RetryTimeLeft => _settings.MaximumRetryTime - (_watch.Elapsed - ThrottledFor());

        private bool CanRetry => _retries < _settings.MaximumRetryCount && RetryTimeLeft > TimeSpan.Zero;

        internal void OnSending() => _firstSend ??= Stopwatch.GetTimestamp();

        /// <summary>No HTTP answer: a refused connection was never processed; a timeout or a broken connection may have been.</summary>
        internal TimeSpan AfterTransportFailure(TransportException ex)
        {
            if (ex.Failure == TransportFailure.ResponseTooLarge) throw Failures.Fail(ErrorIds.InvalidResponse, LiveDeskErrorKind.InvalidResult, ex.Message, cause: ex);
            if (ex.Failure == TransportFailure.ConnectFailed)
            {
                if (CanRetry) return Backoff();
                throw Failures.Fail(ErrorIds.HostUnreachable, LiveDeskErrorKind.ConnectionError, $"{ex.Message} (after {Attempts} attempts)", fatal: true, cause: ex);
            }
            var timeout = ex.Failure == TransportFailure.Timeout;
            var kind = timeout ? LiveDeskErrorKind.OperationTimeout : LiveDeskErrorKind.ConnectionError;
            if (_kind != RequestKind.Idempotent) return AfterUnknownOutcome(ex.Message, kind, null, ex);
            if (CanRetry) return Backoff();
            throw Failures.Fail(timeout ? ErrorIds.Timeout : ErrorIds.ServerError, kind, $"{ex.Message} (after {Attempts} attempts)", cause: ex);
        }

        /// <summary>
        /// Waits for the governor's next slot, no longer than what is left of the rate-limit budget: a server
        /// that keeps refusing every probe must not hold a row forever.
        /// </summary>
        internal async Task<PaceTicket> WaitTurnAsync(RateGovernor governor, CancellationToken ct)
        {
            var left = _settings.MaximumRateLimitWait - ThrottledFor();
            if (left <= TimeSpan.Zero)
            {
                // A budget of zero means "never wait out a 429", not "never send".
                if (_firstThrottle != null) throw KeptThrottling(ThrottledFor());
                return await governor.WaitTurnAsync(Turn(governor), ct).ConfigureAwait(false);
            }
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
            budget.CancelAfter(left);
            var waitStarted = Stopwatch.GetTimestamp();
            try
            {
                return await governor.WaitTurnAsync(Turn(governor), budget.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                _firstThrottle ??= waitStarted;
                throw KeptThrottling(ThrottledFor());
            }
        }

        // The turn of the first wait is kept for every attempt after: a refused request goes out before later rows.
        private long Turn(RateGovernor governor) => _turn ??= governor.NextTurn();

        /// <summary>
        /// A 429. The governor holds the request until the server accepts again, so there is nothing to
        /// sleep here; the budget covers all the time since this request's first 429, held or sent alike,
        /// and a Retry-After that cannot fit fails at once.
        /// </summary>
        internal void AfterThrottle(TimeSpan? retryAfter)
        {
            _firstThrottle ??= Stopwatch.GetTimestamp();
            var throttledFor = ThrottledFor();
            var budget = _settings.MaximumRateLimitWait;
            if (retryAfter is TimeSpan asked && throttledFor + asked > budget)
            {
                var left = budget - throttledFor;
                throw Failures.Fail(ErrorIds.RateLimitExceeded, LiveDeskErrorKind.LimitsExceeded,
                    $"LiveDesk is rate limiting (429) and asked to wait {Seconds(asked)} (Retry-After), longer than the {Seconds(left < TimeSpan.Zero ? TimeSpan.Zero : left)} left of the {Seconds(budget)} allowed ({_settings.RateLimitBudgetName}). {_notDone}", 429);
            }
            if (budget <= TimeSpan.Zero || throttledFor > budget) throw KeptThrottling(throttledFor);
        }

        private LiveDeskException KeptThrottling(TimeSpan throttledFor) =>
            Failures.Fail(ErrorIds.RateLimitExceeded, LiveDeskErrorKind.LimitsExceeded,
                $"LiveDesk kept answering 429 (rate limited) for {throttledFor.TotalSeconds:0} s, longer than the {Seconds(_settings.MaximumRateLimitWait)} allowed ({_settings.RateLimitBudgetName}). {_notDone}", 429);

        // Time held back by rate limiting counts against its own budget, not against MaximumRetryTime.
        private TimeSpan ThrottledFor() => _firstThrottle is long first ? Since(first) : TimeSpan.Zero;

        /// <summary>
        /// Before waiting for a turn: when an earlier 429 on this connection asked for longer than what is left of
        /// this request's rate-limit budget, the request fails at once. Waiting out the clamped pause would only
        /// meet the same refusal (and, for the next command, the same pause again).
        /// </summary>
        internal void BeforeTurn(TimeSpan requestedWait)
        {
            if (requestedWait <= TimeSpan.Zero) return;
            var budget = _settings.MaximumRateLimitWait;
            var left = budget - ThrottledFor();
            if (requestedWait <= left) return;
            throw Failures.Fail(ErrorIds.RateLimitExceeded, LiveDeskErrorKind.LimitsExceeded,
                $"LiveDesk is rate limiting this connection (429) and asked to wait {Seconds(requestedWait)} more (Retry-After), longer than the {Seconds(left < TimeSpan.Zero ? TimeSpan.Zero : left)} left of the {Seconds(budget)} allowed ({_settings.RateLimitBudgetName}). {_notDone}", 429);
        }

        /// <summary>An answer other than 429: null when it is final (success, or an error for the caller to map), else the wait.</summary>
        internal TimeSpan? AfterAnswer(ApiResponse response)
        {
            var status = response.StatusCode;
            if (status < 500) return null;
            // A 503 with Retry-After is the server saying it did not take the request: safe to send even a create again.
            var notProcessed = status == 503 && response.RetryAfter != null;
            var transient = status == 500 || status == 502 || status == 503 || status == 504;
            if ((notProcessed || (_kind == RequestKind.Idempotent && transient)) && CanRetry) return Wait(response.RetryAfter, status);
            if (_kind == RequestKind.Idempotent) return null;
            var error = ResponseParser.ParseError(response.Body, response.ContentType);
            return AfterUnknownOutcome($"LiveDesk answered {status}: {error.Message}", LiveDeskErrorKind.ConnectionError, response.RetryAfter, null);
        }

        /// <summary>
        /// A create that may have been processed. Creates are not idempotent and the API has no idempotency key:
        /// it is sent again only when the row can be found again, so that a later "already taken" can be told
        /// apart from a real duplicate by looking the contact up.
        /// </summary>
        private TimeSpan AfterUnknownOutcome(string reason, LiveDeskErrorKind kind, TimeSpan? retryAfter, Exception? cause)
        {
            UnknownOutcome = reason;
            if (_kind == RequestKind.UnresolvableCreate)
            {
                throw Failures.Fail(ErrorIds.OutcomeUnknown, kind,
                    $"{reason} {_ifUnknown ?? "The contact may or may not have been created. The row has no e-mail, phone number or identifier to check that by, so it was not sent again: look for it in LiveDesk before importing it again."}", cause: cause);
            }
            if (!CanRetry || retryAfter > RetryTimeLeft)
            {
                throw Failures.Fail(ErrorIds.OutcomeUnknown, kind,
                    $"{reason} Gave up after {Attempts} attempts; the contact may or may not have been created. Importing the row again with -IfExists Skip is safe.", cause: cause);
            }
            return retryAfter is TimeSpan asked ? Retry(asked) : Backoff();
        }

        private TimeSpan Wait(TimeSpan? retryAfter, int status)
        {
            if (!(retryAfter is TimeSpan asked)) return Backoff();
            var left = RetryTimeLeft;
            if (asked > left)
            {
                throw Failures.Fail(ErrorIds.ServerError, LiveDeskErrorKind.ConnectionError,
                    $"LiveDesk answered {status} and asked to wait {Seconds(asked)} (Retry-After), longer than the {Seconds(left)} left of the {Seconds(_settings.MaximumRetryTime)} that retries of one request may take. {_notDone}", status);
            }
            return Retry(asked);
        }

        private TimeSpan Retry(TimeSpan wait)
        {
            _retries++;
            return wait;
        }

        // While few requests fail (see RetryBudget), a failure is a blip: the retry waits a tenth of the back-off.
        private TimeSpan Backoff()
        {
            var first = _budget != null && _budget.TryTakeQuick()
                ? TimeSpan.FromTicks((long)(_settings.RetryInterval.Ticks * RetryBudget.Share))
                : _settings.RetryInterval;
            var delay = RetrySettings.JitteredBackoff(first, _retries, RetrySettings.BackoffCap);
            var left = RetryTimeLeft;
            return Retry(delay < left ? delay : left);
        }

        private static TimeSpan Since(long timestamp) => TimeSpan.FromSeconds((double)(Stopwatch.GetTimestamp() - timestamp) / Stopwatch.Frequency);

        private static string Seconds(TimeSpan t) =>
            (t >= LiveDeskClient.MaximumRetryAfter ? "at least " : string.Empty) + t.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + " s";
    }
}
