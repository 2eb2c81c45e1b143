using System;
using System.Collections.Generic;
using System.Globalization;

namespace LiveDesk.Pacing
{
    /// <summary>
    /// The pacing algorithm on its own: what the server's answers say about its rate, and when the next request
    /// may go. No clock, no locks, no waiting: every call is told the time (in seconds) and returns at once, so
    /// tests drive it with numbers. <see cref="RateGovernor"/> applies it to requests.
    /// <para>
    /// LiveDesk's limiter (Chatwoot's Rack::Attack) counts every request, the refused ones too, in windows
    /// aligned to the clock, and sends no Retry-After. Once a window is exhausted nothing is accepted before
    /// it ends, so lowering the rate on every 429 only throws away the next window. Instead: send unpaced
    /// until the first 429; then hold everything but sparse probes until the server accepts again (the
    /// window reopened). The admissions between two reopenings, over the time between them, are the
    /// server's sustainable rate whatever the window's length or kind; requests are then spread evenly at a
    /// little below it, which no fixed window, sliding window or token bucket of that rate refuses.
    /// While saturated and unrefused the pace creeps up, and after a few quiet windows it accelerates, so a limit that
    /// was raised (or a share given back) is found again; a remembered pace that is stale starts a slow start, and so does
    /// the first pace of a command whose first burst was refused almost at once (it joined a limit another job uses). A
    /// pace well below the best it ever held returns to it after one and a half quiet windows (two where the window is
    /// not aligned to the clock: a sharer has gone); a return that is refused resumes where it began. Once a
    /// paced request was refused the pace creeps near it, resumes just under it when the server reopened at once (a
    /// sliding window or a bucket: the pace was the bottleneck, not the server), and one refusal lowers a pace that
    /// held for a window by at most a fifth.
    /// </para>
    /// </summary>
    internal sealed partial class RateEstimate
    {
        /// <summary>The share of the learned rate that is used: even spacing under it is never refused.</summary>
        internal const double Margin = 0.97;

        /// <summary>The lowest rate pacing goes down to, in requests per second.</summary>
        internal const double MinimumRate = 0.2;

        /// <summary>Relative growth of the pace per cycle (the time between reopenings) while saturated and not refused.</summary>
        internal const double GrowthPerCycle = 0.06;

        private const double FirstProbeSeconds = 0.03;
        private const double MaximumProbeSeconds = 1.0;
        private const double ProbeGrowth = 1.3;
        private const double IdleSeconds = 2.0;

        // How far ahead a paced slot may be booked (at least one slot).
        private const double BookAheadSeconds = 0.25;

        // A pause in demand this long, before anything is learned, is where a new import starts.
        private const double PauseSeconds = 0.1;

        private readonly List<Mark> _marks = new List<Mark>();

        private double? _rate;
        private double? _limit;
        private double? _window;
        private double _nextSlot;
        private double _pausedUntil = double.NegativeInfinity;
        private double _requestedUntil = double.NegativeInfinity;
        private bool _locked;
        private double _lockedAt;
        private double _nextProbe;
        private double _probeSeconds = FirstProbeSeconds;
        private double _lastDemand = double.NegativeInfinity;
        private double _lastAnswer = double.NegativeInfinity;
        private int _outstanding;
        private int _holds;

        /// <summary>The paced rate in requests per second, or null while unlimited.</summary>
        public double? Rate => _rate;

        /// <summary>The server's sustainable rate as learned from its refusals (requests per second), or null.</summary>
        public double? Limit => _limit;

        /// <summary>The spacing of the server's windows when they reopen regularly (whole seconds), or null.</summary>
        public double? Window => _window;

        /// <summary>True while a window is exhausted and only probes are sent.</summary>
        public bool Holding => _locked;

        /// <summary>How many 429 answers were recorded.</summary>
        public long Throttled => _throttled;

        /// <summary>Seconds left of a server-requested pause at <paramref name="now"/>.</summary>
        public double PauseLeft(double now) => Math.Max(0, _pausedUntil - now);

        /// <summary>While a Retry-After pause is in force: the seconds the server asked for, before clamping; else 0.</summary>
        public double RequestedLeft(double now) => _pausedUntil <= now ? 0 : Math.Max(_requestedUntil, _pausedUntil) - now;

        /// <summary>"server allows about 3,000 per minute", once learned; else null.</summary>
        public string? DescribeLimit()
        {
            if (!(_limit is double limit)) return null;
            if (_window is double w && w >= 2)
            {
                var per = w == 60 ? "minute" : string.Format(CultureInfo.InvariantCulture, "{0:0} s", w);
                return string.Format(CultureInfo.InvariantCulture, "server allows about {0:#,0} per {1}", limit * w, per);
            }
            return string.Format(CultureInfo.InvariantCulture, "server allows about {0:0.#}/s", limit);
        }

        /// <summary>
        /// A command starts using the connection. With nothing in flight and nothing learned yet, what was
        /// admitted before (an earlier import a moment ago) must not be counted into the first measurement.
        /// </summary>
        public void MarkStart(double now)
        {
            // Whether the last command joined a busy limit says nothing about the next one's.
            if (_outstanding == 0) _joined = false;
            ProbeIfStale(now);
            if (_outstanding != 0 || _locked || _marks.Exists(m => m.Reopening)) return;
            Restart(now);
        }

        /// <summary>
        /// Books the next send slot at <paramref name="now"/>: true with the <paramref name="wait"/> until it is due,
        /// or false with the wait before asking again while a window is exhausted.
        /// </summary>
        public bool Book(double now, out double wait, out PaceTicket ticket)
        {
            // Idle means nothing asked and nothing in flight: with requests in flight a gap is only latency.
            var gap = now - Math.Max(_lastDemand, _lastAnswer);
            var unlearned = !_marks.Exists(m => m.Reopening);
            if (_outstanding == 0 && (gap > IdleSeconds || (unlearned && !_locked && gap > PauseSeconds)))
            {
                // Nothing asked for a while: what was admitted before says nothing about the server's rate.
                Restart(now);
            }
            _lastDemand = now;

            if (_locked)
            {
                var probeAt = Math.Max(_nextProbe, _pausedUntil);
                if (now >= probeAt)
                {
                    _nextProbe = now + _probeSeconds;
                    _probeSeconds = Math.Min(_probeSeconds * ProbeGrowth, MaximumProbeSeconds);
                    _outstanding++;
                    wait = 0;
                    ticket = new PaceTicket(now, probe: true, _holds);
                    return true;
                }
                wait = probeAt - now;
                ticket = default;
                return false;
            }

            var start = Math.Max(now, _pausedUntil);
            if (_rate != null)
            {
                if (_nextSlot > now) Grow(now);
                else _lastGrowth = now;
                start = Math.Max(start, _nextSlot);
                // Slots are booked only a little ahead: a slot booked further ahead keeps the pace it was booked
                // at, so at a slow pace the rows in flight would hold seconds of old slots and a pace that grew (the
                // limit lifted, a sharer gone) would take that long to be used. Asking again later books at the new pace.
                var ahead = Math.Max(1 / _rate.Value, BookAheadSeconds);
                if (start - now > ahead)
                {
                    wait = start - now - ahead;
                    ticket = default;
                    return false;
                }
                _nextSlot = start + 1 / _rate.Value;
            }
            _outstanding++;
            wait = start - now;
            ticket = new PaceTicket(start, probe: false, _holds);
            return true;
        }

        /// <summary>
        /// False when a hold began after the slot was booked: a paced slot further ahead must not go out into an
        /// exhausted window (on top of the probes), so the request books again (the slot is released).
        /// </summary>
        public bool IsStillValid(PaceTicket ticket, double now)
        {
            if (ticket.Probe || ticket.Holds == _holds) return true;
            Release(now);
            return false;
        }

        /// <summary>Records a granted slot that got no HTTP answer (no connection, timeout, cancelled before sending).</summary>
        public void NoAnswer(double now) => Release(now);

        private void Release(double now)
        {
            if (_outstanding > 0) _outstanding--;
            _lastAnswer = now;
        }

        private void Restart(double now)
        {
            _marks.Clear();
            _marks.Add(Here(now, reopening: false));
            _lastGrowth = now;
        }

        private Mark Here(double at, bool reopening) => new Mark(at, _admitted, _throttled, reopening);

        private readonly struct Mark
        {
            public Mark(double at, long admitted, long refused, bool reopening)
            {
                At = at;
                Admitted = admitted;
                Refused = refused;
                Reopening = reopening;
            }

            public double At { get; }
            public long Admitted { get; }
            public long Refused { get; }
            public bool Reopening { get; }
        }
    }
}
