using System;
using System.Globalization;

namespace LiveDesk.Pacing
{
    /// <summary>
    /// How many requests an import keeps in flight. With -ThrottleLimit given, that number, always. Without it the
    /// import starts at <see cref="DefaultLimit"/> and follows the round trip: far from the server each request
    /// spends most of its time travelling, so 16 requests carry only 16 per round trip (32/s at 500 ms), well under
    /// what a server allows. When every slot stayed busy for a whole round of them, nothing was refused, and rows
    /// did not wait for the connection's pace (none is set, or the rows finished well under it), the round trip is
    /// the bound: the number doubles, up to <see cref="Cap"/>. A 429 says the server is the bound (its pace takes
    /// over from there): the number halves, never below where it started.
    /// <para>
    /// A round lasts at least <see cref="MinimumRoundSeconds"/>, so that a limit the server has not yet shown (a
    /// fixed window that runs out within its first second) is met before the number grows. No clock, no locks: the
    /// caller reads its clock and counters and calls <see cref="Observe"/>, so tests drive it with numbers.
    /// </para>
    /// </summary>
    internal sealed class InFlightGrowth
    {
        /// <summary>Requests in flight when -ThrottleLimit is not given, at the start.</summary>
        public const int DefaultLimit = 16;

        /// <summary>The most requests in flight the import grows to without -ThrottleLimit (also the largest -ThrottleLimit).</summary>
        public const int Cap = 64;

        /// <summary>The shortest time over which the import is judged before the number changes.</summary>
        internal const double MinimumRoundSeconds = 1.0;

        // Rows that finished at under this share of the connection's pace did not wait for it: the slots bound them.
        private const double UnderPace = 0.9;

        // Room over the pace times the round trip when shrinking: round trips vary.
        private const double Headroom = 1.25;

        // The share of the round's samples that must have found rows waiting for a slot.
        private const double BusyShare = 0.75;

        private readonly int _floor;
        private readonly int _cap;
        private bool _started;
        private double _roundStart;
        private long _finishedAtStart;
        private long _refusedAtStart;
        private int _samples;
        private int _busySamples;
        private bool _held;
        private double _lastShrink = double.NegativeInfinity;
        private double? _roundTrip;

        /// <summary>
        /// Starts at <paramref name="start"/>; <paramref name="adaptive"/> false (the user gave -ThrottleLimit, or
        /// rows go one at a time) keeps it there.
        /// </summary>
        public InFlightGrowth(int start, bool adaptive)
        {
            if (start < 1) throw new ArgumentOutOfRangeException(nameof(start));
            _floor = start;
            _cap = adaptive ? Math.Max(start, Cap) : start;
            Limit = start;
            Reason = adaptive ? "to start" : "-ThrottleLimit";
        }

        /// <summary>The requests in flight now.</summary>
        public int Limit { get; private set; }

        /// <summary>True when the number may change (no -ThrottleLimit).</summary>
        public bool Adaptive => _cap > _floor;

        /// <summary>Why the number is what it is, for progress ("the round trip sets the rate").</summary>
        public string Reason { get; private set; }

        /// <summary>The line -Verbose shows when the import starts.</summary>
        public string Describe() => Adaptive
            ? string.Format(CultureInfo.InvariantCulture, "Requests in flight: {0} to start; up to {1} while every one is busy and none is refused (the round trip, not the server, then sets the rate). -ThrottleLimit fixes the number.", Limit, _cap)
            : string.Format(CultureInfo.InvariantCulture, "Requests in flight: up to {0} (-ThrottleLimit).", Limit);

        /// <summary>
        /// Takes one sample at <paramref name="now"/> (seconds): <paramref name="finished"/> rows done and
        /// <paramref name="refused"/> 429 answers so far, whether rows wait for a slot (<paramref name="busy"/>), the
        /// connection's pace (requests/s, null while unpaced) and whether it holds requests back (an exhausted window,
        /// a Retry-After). Returns a line saying how and why the number changed, or null when it did not.
        /// </summary>
        public string? Observe(double now, long finished, long refused, bool busy, double? pace, bool holding)
        {
            if (!Adaptive) return null;
            if (!_started)
            {
                _started = true;
                NewRound(now, finished, refused, holding);
            }
            _samples++;
            if (busy) _busySamples++;
            if (holding) _held = true;

            if (refused > _refusedAtStart)
            {
                // The server refused: it, not the round trip, is the bound, and its pace takes over. One refused
                // burst (and the probes refused while its window stays exhausted) halves the number once.
                // Halved, but not below what the pace needs over the round trip (Little's law, with room for jitter):
                // fewer would leave the pace unused.
                if (now - _lastShrink < MinimumRoundSeconds)
                {
                    NewRound(now, finished, refused, holding);
                    return null;
                }
                _lastShrink = now;
                var before = Limit;
                var needed = pace is double paced && _roundTrip is double trip ? (int)Math.Ceiling(paced * trip * Headroom) : 0;
                Limit = Math.Min(before, Math.Max(_floor, Math.Max(Limit / 2, needed)));
                NewRound(now, finished, refused, holding);
                if (Limit == before) return null;
                Reason = "the server refused requests: it sets the rate";
                return Line(before, "the server answered 429: it, not the round trip, sets the rate");
            }

            var seconds = now - _roundStart;
            var done = finished - _finishedAtStart;
            if (seconds < MinimumRoundSeconds || done < Limit) return null;
            var rate = done / seconds;
            var latencyBound = !_held && _busySamples >= BusyShare * _samples && (pace == null || rate < UnderPace * pace.Value);
            NewRound(now, finished, refused, holding);
            if (!latencyBound) return null;
            // Every slot busy for the whole round, each row took Limit / rate seconds: the round trip as this import sees it.
            _roundTrip = Math.Min(_roundTrip ?? double.MaxValue, Limit / rate);
            if (Limit >= _cap) return null;
            var was = Limit;
            Limit = Math.Min(_cap, Limit * 2);
            Reason = "the round trip sets the rate";
            return Line(was, string.Format(CultureInfo.InvariantCulture,
                "every one was busy and none was refused at {0:0.0} rows/s{1}: the round trip, not the server, sets the rate",
                rate, pace is double p ? string.Format(CultureInfo.InvariantCulture, " (paced to {0:0.0}/s)", p) : string.Empty));
        }

        private string Line(int before, string why) =>
            string.Format(CultureInfo.InvariantCulture, "Requests in flight: {0} (was {1}): {2}.", Limit, before, why);

        private void NewRound(double now, long finished, long refused, bool holding)
        {
            _roundStart = now;
            _finishedAtStart = finished;
            _refusedAtStart = refused;
            _samples = 0;
            _busySamples = 0;
            // A round that starts in a hold is not a round trip's measure: its rows waited for the server.
            _held = holding;
        }
    }
}
