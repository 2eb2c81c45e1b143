using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace LiveDesk.Pacing
{
    // What the server answered: an admission may mark a reopening, a 429 begins a hold. Booking is in RateGovernor.cs.
    internal sealed partial class RateGovernor
    {
        /// <summary>Records an answer that was not a 429.</summary>
        public void OnAdmitted(PaceTicket ticket)
        {
            List<Action<string>>? notify = null;
            string? line = null;
            lock (_gate)
            {
                if (_locked && ticket.SentAt >= _lockedAt)
                {
                    // The window reopened between the last refused send and this one: the middle halves the error.
                    var reopened = ticket.SentAt - Math.Max(0, ticket.SentAt - Math.Max(_lastRefusedSend, _lockedAt - Ticks(1))) / 2;
                    line = Reopen(reopened, _clock());
                    notify = new List<Action<string>>(_listeners);
                }
                _admitted++;
                Release();
            }
            Notify(notify, line);
        }

        /// <summary>Records a 429, with the server's Retry-After when it sent one.</summary>
        public void OnThrottled(PaceTicket ticket, TimeSpan? retryAfter, TimeSpan? requested = null)
        {
            Interlocked.Increment(ref _throttled);
            List<Action<string>>? notify = null;
            string? line = null;
            lock (_gate)
            {
                var now = _clock();
                Release();
                if (retryAfter is TimeSpan pause && pause > TimeSpan.Zero)
                {
                    if (pause > MaximumPause) pause = MaximumPause;
                    // What an earlier, finished pause asked for is forgotten with it.
                    if (_pausedUntil <= now) _requestedUntil = 0;
                    _pausedUntil = Math.Max(_pausedUntil, now + Ticks(pause.TotalSeconds));
                    var asked = requested is TimeSpan r && r > pause ? r : pause;
                    _requestedUntil = Math.Max(_requestedUntil, now + Ticks(Math.Min(asked.TotalSeconds, 1e7)));
                }
                // A refusal of a request sent before the last reopening belongs to the window that has ended.
                if (ticket.SentAt < _reopenedAt) return;
                if (_locked)
                {
                    if (ticket.SentAt > _lastRefusedSend) _lastRefusedSend = ticket.SentAt;
                    return;
                }
                _locked = true;
                _holds++;
                _lastRefusedSend = ticket.SentAt;
                _lockedAt = now;
                _probeSeconds = FirstProbeSeconds;
                _nextProbe = Math.Max(now + Ticks(_probeSeconds), _pausedUntil);
                line = _pausedUntil > now
                    ? string.Format(CultureInfo.InvariantCulture, "Rate limited (429): holding requests for {0:0.0} s as LiveDesk asked (Retry-After).", Seconds(_pausedUntil - now))
                    : "Rate limited (429): the server's window is exhausted; holding requests and probing until it accepts again.";
                notify = new List<Action<string>>(_listeners);
            }
            Notify(notify, line);
        }
    }
}
