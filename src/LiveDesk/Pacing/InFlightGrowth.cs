using System;
using System.Globalization;

namespace LiveDesk.Pacing
{
    /// <summary>
    /// How many requests an import keeps in flight. With -ThrottleLimit given, that number, always. Without it the
    /// import starts at <see cref="DefaultLimit"/> and the number is never what bounds the import, up to
    /// <see cref="Cap"/>:
    /// <list type="bullet">
    /// <item>Paced (the server refused before), the pace is the bound: rows in flight must carry the pace over the
    /// round trip (Little's law), so the number is at least pace × round trip × <see cref="Headroom"/>. Far from the
    /// server that is more than 16: 50/s over 500 ms needs 25 in flight, plus room for jitter.</item>
    /// <item>Unpaced, when every slot stayed busy for a whole round, nothing was refused and rows finished under the
    /// pace (if any), the round trip is the bound: the number doubles.</item>
    /// <item>A 429 lowers the connection's pace, not this number: a pace the server accepts needs the same rows in
    /// flight as before. Only when refusals come although the pace is already well under a rate the server accepted
    /// without refusal is the number of requests at once, not their rate, what the server refuses: then it halves,
    /// never below what the pace needs.</item>
    /// <item>Unpaced, when a doubling made the round trip itself grow (twice as long, and by more than
    /// <see cref="OverloadSeconds"/>), the server queues requests instead of answering more of them: the number goes
    /// back to what it was and doubles no further in this command.</item>
    /// </list>
    /// A round lasts at least <see cref="MinimumRoundSeconds"/>, so that a limit the server has not yet shown (a
    /// fixed window that runs out within its first second) is met before the number doubles. No clock, no locks: the
    /// caller reads its clock and counters and calls <see cref="Observe"/>, so tests drive it with numbers.
    /// </summary>
    internal sealed class InFlightGrowth
    {
        /// <summary>Requests in flight when -ThrottleLimit is not given, at the start.</summary>
        public const int DefaultLimit = 16;

        /// <summary>The most requests in flight the import grows to without -ThrottleLimit (also the largest -ThrottleLimit).</summary>
        public const int Cap = 64;

        /// <summary>The shortest time over which the import is judged before the number doubles or halves.</summary>
        internal const double MinimumRoundSeconds = 1.0;

        /// <summary>Room over pace × round trip: round trips vary, and a row waits for its paced turn in its slot.</summary>
        internal const double Headroom = 1.5;

        /// <summary>How much longer (besides twice as long) the round trip must grow before it counts as the server queueing.</summary>
        internal const double OverloadSeconds = 0.05;

        // Rows that finished at under this share of a rate did not reach it.
        private const double UnderPace = 0.9;

        // The share of the round's samples that must have found rows waiting for a slot.
        private const double BusyShare = 0.75;

        // A number raised for the pace is raised by at least this share, so a pace that creeps up is not told every step.
        private const double FollowStep = 1.25;

        private readonly int _floor;
        private readonly int _cap;
        private int _growthCap;
        private bool _started;
        private double _roundStart;
        private long _finishedAtStart;
        private long _refusedAtStart;
        private int _samples;
        private int _busySamples;
        private bool _held;
        private double _lastShrink = double.NegativeInfinity;
        private double? _roundTrip;
        private double? _accepted;
        private double? _tripBeforeGrowth;
        private int _beforeGrowth;

        /// <summary>
        /// Starts at <paramref name="start"/>; <paramref name="adaptive"/> false (the user gave -ThrottleLimit, or
        /// rows go one at a time) keeps it there.
        /// </summary>
        public InFlightGrowth(int start, bool adaptive)
        {
            if (start < 1) throw new ArgumentOutOfRangeException(nameof(start));
            _floor = start;
            _cap = adaptive ? Math.Max(start, Cap) : start;
            _growthCap = _cap;
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
            ? string.Format(CultureInfo.InvariantCulture, "Requests in flight: {0} to start; up to {1}, always enough to carry the pace over the round trip, and more while every one is busy and none is refused (the round trip, not the server, then sets the rate). -ThrottleLimit fixes the number.", Limit, _cap)
            : string.Format(CultureInfo.InvariantCulture, "Requests in flight: up to {0} (-ThrottleLimit).", Limit);

        /// <summary>
        /// The number the pace needs over the round trip (<paramref name="pace"/> requests/s, <paramref name="roundTrip"/>
        /// seconds) with <see cref="Headroom"/>, or 0 while either is unknown.
        /// </summary>
        internal static int Needed(double? pace, double? roundTrip) =>
            pace is double p && roundTrip is double trip && p > 0 && trip > 0 ? (int)Math.Ceiling(p * trip * Headroom) : 0;

        /// <summary>
        /// Takes one sample at <paramref name="now"/> (seconds): <paramref name="finished"/> rows done and
        /// <paramref name="refused"/> 429 answers so far, whether rows wait for a slot (<paramref name="busy"/>), the
        /// connection's pace (requests/s, null while unpaced), whether it holds requests back (an exhausted window,
        /// a Retry-After) and the round trip of a request as measured lately (seconds, null while unknown). Returns a
        /// line saying how and why the number changed, or null when it did not.
        /// </summary>
        public string? Observe(double now, long finished, long refused, bool busy, double? pace, bool holding, double? roundTrip = null)
        {
            if (!Adaptive) return null;
            if (roundTrip is double measured && measured > 0) _roundTrip = measured;
            if (!_started)
            {
                _started = true;
                NewRound(now, finished, refused, holding);
            }
            _samples++;
            if (busy) _busySamples++;
            if (holding) _held = true;

            if (refused > _refusedAtStart) return Refused(now, finished, refused, pace, holding);

            var needed = Math.Min(_cap, Needed(pace, _roundTrip));
            if (needed > Limit)
            {
                // The pace grew (or the round trip did): the rows in flight must still carry it.
                var was = Limit;
                Limit = Math.Min(_cap, Math.Max(needed, (int)Math.Ceiling(Limit * FollowStep)));
                Reason = "the pace over the round trip needs them";
                return Line(was, string.Format(CultureInfo.InvariantCulture,
                    "a pace of {0:0.0}/s over a round trip of {1:0} ms needs {2} at once", pace, _roundTrip * 1000, needed));
            }

            var seconds = now - _roundStart;
            var done = finished - _finishedAtStart;
            if (seconds < MinimumRoundSeconds || done < Limit) return null;
            var rate = done / seconds;
            var wasHeld = _held;
            var latencyBound = !wasHeld && _busySamples >= BusyShare * _samples && (pace == null || rate < UnderPace * pace.Value);
            NewRound(now, finished, refused, holding);
            // A paced round without a refusal or a hold: a rate the server accepts from paced requests (an unpaced
            // burst into a long window says nothing about the rate it sustains).
            if (!wasHeld && pace != null) _accepted = Math.Max(_accepted ?? 0, rate);
            if (pace == null && Overloaded() is string overload) return overload;
            if (!latencyBound || Limit >= _growthCap) return null;
            var before = Limit;
            _beforeGrowth = before;
            _tripBeforeGrowth = _roundTrip;
            Limit = Math.Min(_growthCap, Limit * 2);
            Reason = "the round trip sets the rate";
            return Line(before, string.Format(CultureInfo.InvariantCulture,
                "every one was busy and none was refused at {0:0.0} rows/s{1}: the round trip, not the server, sets the rate",
                rate, pace is double p ? string.Format(CultureInfo.InvariantCulture, " (paced to {0:0.0}/s)", p) : string.Empty));
        }

        // A refusal lowers the pace (the governor's business), not the number, unless the pace is already well under
        // a rate the server accepted: then the server refuses requests at once, not their rate.
        private string? Refused(double now, long finished, long refused, double? pace, bool holding)
        {
            NewRound(now, finished, refused, holding);
            if (!(pace is double paced) || !(_accepted is double accepted) || paced >= UnderPace * accepted) return null;
            if (now - _lastShrink < MinimumRoundSeconds) return null;
            _lastShrink = now;
            var before = Limit;
            Limit = Math.Min(before, Math.Max(_floor, Math.Max(Limit / 2, Needed(pace, _roundTrip))));
            if (Limit == before) return null;
            Reason = "the server refuses requests at once";
            return Line(before, string.Format(CultureInfo.InvariantCulture,
                "the server answered 429 at a pace of {0:0.0}/s although it accepted {1:0.0} rows/s: it refuses requests at once, not their rate", paced, accepted));
        }

        // Unpaced, a doubling that made the round trip twice as long added waiting at the server, not answers.
        private string? Overloaded()
        {
            if (!(_tripBeforeGrowth is double before) || !(_roundTrip is double trip)) return null;
            if (trip < 2 * before || trip - before < OverloadSeconds || Limit <= _beforeGrowth) return null;
            var was = Limit;
            Limit = Math.Max(_floor, _beforeGrowth);
            _growthCap = Limit;
            _tripBeforeGrowth = null;
            Reason = "more would only queue at the server";
            return Line(was, string.Format(CultureInfo.InvariantCulture,
                "the round trip grew from {0:0} ms to {1:0} ms: the server queues requests instead of answering more", before * 1000, trip * 1000));
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
