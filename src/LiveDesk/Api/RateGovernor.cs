using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace LiveDesk.Api
{
    /// <summary>
    /// Paces requests to what the server accepts, shared by everything that uses one connection.
    /// Unlimited until the first 429; then the rate starts just below what was being admitted and
    /// follows additive increase / multiplicative decrease, so an import settles slightly under the
    /// server's limit instead of bouncing off it. A Retry-After pauses every sender.
    /// </summary>
    internal sealed class RateGovernor
    {
        /// <summary>Multiplicative decrease on a 429.</summary>
        public const double DecreaseFactor = 0.9;

        /// <summary>The lowest rate pacing goes down to, in requests per second.</summary>
        public const double MinimumRate = 1;

        private readonly object _gate = new object();
        private readonly Func<long> _clock;
        private readonly Queue<long> _admitted = new Queue<long>();
        private double? _rate;
        private long _nextSlot;
        private long _pausedUntil;
        private long _requestedUntil;
        private long _lastDecrease = long.MinValue;
        private long _lastIncrease;

        /// <summary>Creates a governor on the real clock.</summary>
        public RateGovernor() : this(() => Stopwatch.GetTimestamp()) { }

        /// <summary>Creates a governor on a given clock in Stopwatch ticks (for tests).</summary>
        public RateGovernor(Func<long> clock) => _clock = clock;

        private static long Ticks(double seconds) => (long)(seconds * Stopwatch.Frequency);

        /// <summary>The paced rate in requests per second, or null while unlimited.</summary>
        public double? CurrentRate { get { lock (_gate) { Grow(_clock()); return _rate; } } }

        /// <summary>The time left of a server-requested pause.</summary>
        public TimeSpan CurrentPause
        {
            get
            {
                lock (_gate)
                {
                    var left = _pausedUntil - _clock();
                    return left > 0 ? TimeSpan.FromSeconds((double)left / Stopwatch.Frequency) : TimeSpan.Zero;
                }
            }
        }

        /// <summary>
        /// While a pause lasts, the time left of what the server really asked for (its Retry-After before the
        /// pause was clamped to a budget); zero when no pause is in force. A request whose budget cannot cover
        /// this fails at once instead of waiting out the pause only to be refused again.
        /// </summary>
        public TimeSpan RequestedWait
        {
            get
            {
                lock (_gate)
                {
                    var now = _clock();
                    if (_pausedUntil <= now) return TimeSpan.Zero;
                    var left = Math.Max(_requestedUntil, _pausedUntil) - now;
                    return TimeSpan.FromSeconds((double)left / Stopwatch.Frequency);
                }
            }
        }

        /// <summary>Reserves the next send slot and returns how long to wait for it.</summary>
        public TimeSpan Reserve()
        {
            lock (_gate)
            {
                var now = _clock();
                Grow(now);
                var start = Math.Max(now, _pausedUntil);
                if (_rate is double rate)
                {
                    start = Math.Max(start, _nextSlot);
                    _nextSlot = start + Ticks(1 / rate);
                }
                return TimeSpan.FromSeconds((double)(start - now) / Stopwatch.Frequency);
            }
        }

        /// <summary>Waits for the next send slot.</summary>
        public Task WaitTurnAsync(CancellationToken cancellationToken)
        {
            var wait = Reserve();
            return wait > TimeSpan.Zero ? Task.Delay(wait, cancellationToken) : Task.CompletedTask;
        }

        /// <summary>Records an answer that was not a 429.</summary>
        public void OnAdmitted()
        {
            lock (_gate)
            {
                var now = _clock();
                _admitted.Enqueue(now);
                Trim(now);
            }
        }

        /// <summary>
        /// Records a 429: <paramref name="retryAfter"/> is the pause every sender keeps (already clamped to a
        /// budget), <paramref name="requested"/> the Retry-After as the server sent it (see <see cref="RequestedWait"/>).
        /// </summary>
        public void OnThrottled(TimeSpan? retryAfter, TimeSpan? requested = null)
        {
            lock (_gate)
            {
                var now = _clock();
                Trim(now);
                if (retryAfter is TimeSpan pause && pause > TimeSpan.Zero)
                {
                    // What an earlier, finished pause asked for is forgotten with it.
                    if (_pausedUntil <= now) _requestedUntil = 0;
                    _pausedUntil = Math.Max(_pausedUntil, now + Ticks(pause.TotalSeconds));
                    var asked = requested is TimeSpan r && r > pause ? r : pause;
                    _requestedUntil = Math.Max(_requestedUntil, now + Ticks(asked.TotalSeconds));
                }
                // One burst of 429s is one signal: the requests already in flight all bounce at once.
                if (_lastDecrease != long.MinValue && now - _lastDecrease < Ticks(1)) return;
                var basis = _rate ?? Math.Max(_admitted.Count, MinimumRate);
                _rate = Math.Max(MinimumRate, basis * DecreaseFactor);
                _lastDecrease = now;
                _lastIncrease = now;
                // Slots already handed out stay booked: restarting the schedule at "now" would send them and
                // the new ones at once, overshooting the limit right after backing off.
                _nextSlot = Math.Max(_nextSlot, Math.Max(now, _pausedUntil));
            }
        }

        private void Grow(long now)
        {
            if (!(_rate is double rate)) return;
            var seconds = (double)(now - _lastIncrease) / Stopwatch.Frequency;
            if (seconds <= 0) return;
            _lastIncrease = now;
            // Grow only while the rate is actually being used; an idle or slow sender proves nothing.
            Trim(now);
            var ceiling = Math.Max(rate, _admitted.Count * 1.5 + 5);
            _rate = Math.Min(ceiling, rate + seconds * Math.Max(1, rate * 0.05));
        }

        private void Trim(long now)
        {
            var horizon = now - Ticks(1);
            while (_admitted.Count > 0 && _admitted.Peek() < horizon) _admitted.Dequeue();
        }
    }
}
