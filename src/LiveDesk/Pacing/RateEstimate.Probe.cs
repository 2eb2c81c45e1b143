using System;

namespace LiveDesk.Pacing
{
    // How the pace grows while nothing is refused: carefully near the pace refused last, fast below it, and faster
    // and faster once well past it without a refusal (the limit has moved, or whoever shared it has gone).
    internal sealed partial class RateEstimate
    {
        // Whole cycles without a refusal before the growth begins to accelerate when no refused pace is known.
        private const double QuietCycles = 3;

        // A remembered pace older than this many of its cycles is where a new command starts probing, not its ceiling.
        private const double StaleCycles = 3;

        // While probing from a remembered pace, growth doubles this often (seconds).
        private const double ProbeDoublingSeconds = 1;

        // The fastest growth of the pace, per second.
        private const double MaximumGrowthPerSecond = 1.0;

        // How far around the pace refused last the pace only creeps: it is where the server said no.
        private const double CeilingBand = 0.04;

        private bool _probing;
        private double _accelerateFrom = double.PositiveInfinity;
        private double _doublingSeconds = 1;
        private double? _ceiling;
        private double _passedCeilingAt = double.PositiveInfinity;

        /// <summary>True while the pace probes upward from a remembered pace (a new command after a quiet spell).</summary>
        public bool Probing => _probing;

        private double GrowthCycle => _probing ? 1 : Math.Max(_ceilingFound ? CreepCycleSeconds : 1, _cycleSeconds);

        // Below the refused pace the server said nothing yet: growth there need not creep.
        private double FreeCycle => Math.Max(1, _cycleSeconds);

        // When the growth began (or begins) to accelerate.
        private double AcceleratingSince => _ceiling == null || _probing ? _accelerateFrom : Math.Max(_accelerateFrom, _passedCeilingAt);

        // After a refusal the pace creeps near the pace that was refused; once a few cycles pass without another and
        // the pace is well past it, the growth accelerates.
        private void QuietAfterRefusal(double now, double? refusedPace)
        {
            _ceiling = refusedPace;
            _passedCeilingAt = double.PositiveInfinity;
            _doublingSeconds = FreeCycle / 2;
            _accelerateFrom = now + (refusedPace == null ? QuietCycles * GrowthCycle : FreeCycle);
        }

        // A new command on a connection whose last refusal is old: what was learned then is where to start, not a
        // ceiling (the limit may have been lifted, or whoever shared it gone), so the pace probes upward at once.
        private void ProbeIfStale(double now)
        {
            if (_rate == null || _locked || _outstanding != 0) return;
            if (now - _lockedAt <= StaleCycles * Math.Max(_window ?? 1, _cycleSeconds)) return;
            _probing = true;
            _doublingSeconds = ProbeDoublingSeconds;
            _accelerateFrom = now;
            _lastGrowth = now;
        }

        private void Grow(double now)
        {
            var seconds = Math.Min(now - _lastGrowth, 1.0);
            if (seconds <= 0) return;
            _lastGrowth = now;
            var rate = _rate!.Value;
            // Once a paced request was refused, the pace sits just under the limit: creeping up as fast as before
            // would be refused again within a few seconds, and every refusal costs a short window a tenth. Well
            // under the refused pace it grows freely; well past it without a refusal, the limit has moved, and the
            // longer nothing is refused the faster it grows (as TCP probes faster the longer it goes unpunished).
            var growth = GrowthPerCycle / GrowthCycle;
            var since = AcceleratingSince;
            if (_ceiling is double ceiling && !_probing)
            {
                if (rate < ceiling * (1 - CeilingBand))
                {
                    growth = GrowthPerCycle / FreeCycle;
                    since = _accelerateFrom;
                }
                else if (rate > ceiling * (1 + CeilingBand) && now < _passedCeilingAt) _passedCeilingAt = now;
            }
            if (now > since) growth *= Math.Pow(2, Math.Min(30, (now - since) / _doublingSeconds));
            _rate = rate * (1 + Math.Min(growth, MaximumGrowthPerSecond) * seconds);
        }
    }
}
