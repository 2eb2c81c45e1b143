using System;

namespace LiveDesk.Pacing
{
    // How the pace grows while nothing is refused: carefully near the pace refused last, fast below it, and faster
    // and faster once well past it without a refusal (the limit has moved, or whoever shared it has gone).
    internal sealed partial class RateEstimate
    {
        // Whole cycles without a refusal before the growth begins to accelerate when no refused pace is known.
        private const double QuietCycles = 3;

        // Windows without a refusal after which the growth accelerates once a refused pace is known: each probe past the
        // limit costs a few refusals, so a pace that sits at the limit probes once every several windows.
        private const double QuietWindows = 4;

        // Round trips between two probes past a known limit, at least: each probe's refusal holds every request for about a
        // round trip, so far from the server (500 ms) probing every few windows would cost a tenth of the time.
        private const double QuietRoundTrips = 20;

        // A remembered pace older than this many of its cycles is where a new command starts probing, not its ceiling.
        private const double StaleCycles = 3;

        // The window a slow start from a remembered pace counts in, at least (seconds), and its growth in the first window.
        private const double ProbeWindowSeconds = 1;
        private const double FirstProbeGrowth = 0.1;

        // The fastest growth of the pace, per second.
        private const double MaximumGrowthPerSecond = 1.0;

        // How far around the pace refused last the pace only creeps: it is where the server said no.
        private const double CeilingBand = 0.04;

        // Windows without a refusal after which a pace well below the best that ever held returns to it. Two cost the job left
        // alone by a sharer 3-5 points in the simulator (89.7-94.5% against 94.9-95.7%); one made a halved limit cost 12
        // refusals after it was followed (at most 10).
        private const double RecoverWindows = 1.5;

        // Quiet windows before the return where the window is not aligned to the clock: there a refused return shuts both
        // sharers until the refused requests age out of the window, so the pace waits half a window longer.
        private const double UnalignedRecoverWindows = 2;

        // A first burst refused before this many requests went through met a limit someone else was already using.
        private const long JoinerBurst = 10;

        // The shortest window a limit is assumed to have (seconds): a command's own burst cannot age out of it sooner.
        private const double MinimumWindow = 1;

        // Below this share of the best held pace, the pace is well below it; recovery ends at RecoverTo of it.
        private const double RecoverBelow = 0.85;
        private const double RecoverTo = 0.97;

        // Growth per second while returning to the best held pace.
        private const double RecoverPerSecond = 0.5;

        // Reopenings that must fall at one phase of the window, and how far apart (a share of the window) they may be.
        private const int AlignedReopenings = 3;
        private const double AlignedSlack = 0.1;

        private bool _probing;
        // The highest pace that went unrefused for two seconds and half the unit: under a window that reopens wherever an
        // overshoot ended, the unit is the time between refusals itself, so "held a whole unit" is a coin toss there.
        private double? _heldLoosely;
        // When the first unpaced burst's first refused request was sent.
        private double _burstEnd = double.NegativeInfinity;
        // While a command that joined a busy limit slow-starts: the pace it started from; whether a refusal was forgiven.
        private double? _joinedAt;
        private bool _joinerRefused;
        // The command running joined a limit another job was using.
        private bool _joined;
        // The highest pace that held a whole window unrefused: what the server gave this connection at best.
        private double? _heldBest;
        // The window as known when that pace held it.
        private double _heldBestUnit;
        // When a pace well below the best held returns to it, unless refused before.
        private double _recoverFrom = double.PositiveInfinity;
        // While the pace returns to the best held, and for a window after reaching it (a probe: a refusal says the best is not
        // there now); when it reached it.
        private bool _returning;
        private double _recoveredAt = double.PositiveInfinity;
        private bool _recoveryFailed;
        // When the growth began (or begins) to accelerate.
        private double _accelerateFrom = double.PositiveInfinity;
        private double _doublingSeconds = 1;
        private double? _ceiling;

        /// <summary>True while the pace probes upward from a remembered pace (a new command after a quiet spell).</summary>
        public bool Probing => _probing;

        // Near a found ceiling the creep is measured in round trips too: each refusal it brings holds every request for
        // about a round trip, which far from the server is half a window.
        private double GrowthCycle => _probing ? 1 : Math.Max(_ceilingFound ? Math.Max(CreepCycleSeconds, QuietRoundTrips * _roundTrip) : 1, Unit);

        // The server's window as far as it is known: the shortest time between two reopenings seen (a fixed window
        // reopens only at its boundaries), at least a second. Not the last cycle, nor the spacing of the last few: a
        // pace that goes unrefused for long makes those long, and growth measured in them would slow down the longer
        // nothing is refused, the opposite of probing.
        private double Unit
        {
            get
            {
                var known = Math.Min(_window ?? double.PositiveInfinity, _shortestCycle);
                return Math.Max(MinimumWindow, double.IsPositiveInfinity(known) ? _cycleSeconds : known);
            }
        }

        // After a refusal the pace creeps near the pace that was refused (below it, it grows freely). Once a few windows
        // pass without another refusal, the growth accelerates wherever the pace is: the limit may have moved, or whoever
        // shared it gone, and below the pace refused last is no exception (a job that was paced to its share must find
        // the whole limit again when the other job leaves, and nothing but probing tells it).
        private void QuietAfterRefusal(double now, double? refusedPace)
        {
            _ceiling = refusedPace;
            _doublingSeconds = Unit / 2;
            // A command that joined a busy limit has no best pace to return to when the other job leaves: its probe is the only
            // way to find out, so it begins after the same quiet spell as a return (one and a half windows, and twenty round
            // trips). After four, a joiner left alone at a small share crept back for seconds: in about a fifth of the
            // simulated runs the job left alone used under 40% of the limit (mean 65.7%, now 87.3%).
            var quiet = _joined ? RecoverWindows : QuietWindows;
            _accelerateFrom = now + (refusedPace == null ? QuietCycles * GrowthCycle : Math.Max(quiet * Unit, QuietRoundTrips * _roundTrip));
            _recoverFrom = now + Math.Max(RecoverWindows * Unit, QuietRoundTrips / 2 * _roundTrip);
        }

        // A new command on a connection whose last refusal is old: what was learned then is where to start, not a
        // ceiling (the limit may have been lifted, or whoever shared it gone), so the pace probes upward at once.
        private void ProbeIfStale(double now)
        {
            if (_rate == null || _locked || _outstanding != 0) return;
            if (now - _lockedAt <= StaleCycles * Unit) return;
            _sustainedSince = now;
            _sustainedRate = _rate;
            SlowStart(now);
        }

        // From here the pace grows by a tenth in the first window, and each window by twice the growth of the one before.
        private void SlowStart(double now)
        {
            _probing = true;
            _doublingSeconds = Math.Max(ProbeWindowSeconds, _window ?? 0);
            _accelerateFrom = now;
            _lastGrowth = now;
        }

        // A command whose first burst was refused almost at once joined a limit another job keeps nearly full: its first
        // pace is the gap that job left, not its share. Pacing to it and creeping up from there, a joiner kept a tenth of
        // a shared sliding window for its whole run, and was then left alone at that pace. So it slow-starts from there,
        // as a stale remembered pace does, and the other job's refusals make room.
        private void JoinBusyLimit(double now)
        {
            _joined = true;
            _joinedAt = _rate;
            _joinerRefused = false;
            SlowStart(now);
        }

        // A refusal while returning to the best held pace, or within a window of reaching it: the best is not there now
        // (someone shares the limit, or it was cut). The pace resumes where the return began rather than being measured
        // from the overshoot, and the next return waits one and a half quiet windows again. Waiting twice as long after each refused
        // return (up to eight windows) cost the job left alone 3.5 points in the simulator (85.6% against 89.1%), while the
        // halved-limit cases stayed under their refusal bounds without it: a return begins from a pace that held, and a
        // refusal ends it within a round trip.
        private void RecoveryRefused()
        {
            if (!_returning) return;
            _recoveryFailed = true;
            _returning = false;
            _recoveredAt = double.PositiveInfinity;
        }

        private void Grow(double now)
        {
            var seconds = Math.Min(now - _lastGrowth, 1.0);
            if (seconds <= 0) return;
            _lastGrowth = now;
            var rate = _rate!.Value;
            if (_probing)
            {
                // Slow start from a remembered pace that may no longer bind: by a tenth in the first window, and each
                // window twice the growth of the one before, up to doubling. A limit that did not move is overshot by
                // little (a window that counts refused requests makes every overshoot pay twice); one that was lifted
                // is found within a few windows.
                var windows = Math.Max(0, now - _accelerateFrom) / _doublingSeconds;
                var perWindow = 1 + Math.Min(1, FirstProbeGrowth * Math.Pow(2, Math.Min(30, windows)));
                _rate = rate * Math.Pow(perWindow, seconds / _doublingSeconds);
                return;
            }
            // Held a window at the best again: the return is over.
            if (now - _recoveredAt >= Unit)
            {
                _returning = false;
                _recoveredAt = double.PositiveInfinity;
            }
            // Paced well below the best pace this connection ever held, and one and a half windows went by unrefused: whoever
            // shared the limit may have gone, and creeping back at a few percent a second would leave most of it unused for
            // many windows. Under a window aligned to the clock an overshoot costs the rest of one window. A sliding window
            // that counts refused requests stays shut until they age out, so there the return waits two windows; it was left
            // out there at first, and the job left alone by a sharer crept back at 53-77% of the limit.
            var below = _returning && double.IsPositiveInfinity(_recoveredAt) ? RecoverTo : RecoverBelow;
            var aligned = ClockAligned();
            var returnTo = aligned ? (_heldBestUnit >= Unit ? _heldBest : null) : _heldLoosely;
            var quietUntil = aligned ? _recoverFrom : _recoverFrom + (UnalignedRecoverWindows - RecoverWindows) * Unit;
            if (returnTo is double best && rate < best * below && now > quietUntil)
            {
                _returning = true;
                _rate = Math.Min(best * RecoverTo, rate * (1 + RecoverPerSecond * seconds));
                if (_rate >= best * RecoverTo)
                {
                    if (double.IsPositiveInfinity(_recoveredAt)) _recoveredAt = now;
                    // Back at the best held: from here on the usual creep, and acceleration only after quiet windows.
                    _ceiling = best;
                    _accelerateFrom = now + Math.Max(QuietWindows * Unit, QuietRoundTrips * _roundTrip);
                }
                return;
            }
            // Once a paced request was refused, the pace sits just under the limit: creeping up as fast as before
            // would be refused again within a few seconds, and every refusal costs a short window a tenth. Well
            // under the refused pace it grows freely; well past it without a refusal, the limit has moved, and the
            // longer nothing is refused the faster it grows (as TCP probes faster the longer it goes unpunished).
            var growth = GrowthPerCycle / GrowthCycle;
            // Below the refused pace the server said nothing yet: growth there need not creep.
            if (_ceiling is double ceiling && rate < ceiling * (1 - CeilingBand)) growth = GrowthPerCycle / Unit;
            if (now > _accelerateFrom) growth *= Math.Pow(2, Math.Min(30, (now - _accelerateFrom) / _doublingSeconds));
            _rate = rate * (1 + Math.Min(growth, MaximumGrowthPerSecond) * seconds);
        }

        // The last few reopenings fall at one phase of a window of whole seconds: a window aligned to the clock (Rack::Attack's),
        // where an overshoot costs only the rest of one window. A sliding window or a bucket reopens wherever an overshoot ended,
        // and one that counts refused requests stays shut for a whole window after it.
        private bool ClockAligned()
        {
            if (_lastReopenings.Count < AlignedReopenings) return false;
            var w = _window ?? 1;
            double Phase(double t) => t - w * Math.Floor(t / w);
            var first = double.NaN;
            foreach (var at in _lastReopenings)
            {
                if (double.IsNaN(first)) { first = Phase(at); continue; }
                var apart = Math.Abs(Phase(at) - first);
                if (Math.Min(apart, w - apart) > AlignedSlack * w) return false;
            }
            return true;
        }
    }
}
