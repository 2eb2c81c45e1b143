using System;

namespace LiveDesk.Pacing
{
    // How the pace grows while nothing is refused: slowly right after a refusal, faster the longer none comes.
    internal sealed partial class RateEstimate
    {
        // Whole cycles without a refusal before the growth begins to accelerate; it then doubles every half cycle.
        private const double QuietCycles = 3;

        // A remembered pace older than this many of its cycles is where a new command starts probing, not its ceiling.
        private const double StaleCycles = 3;

        // While probing from a remembered pace, growth doubles this often (seconds).
        private const double ProbeDoublingSeconds = 1;

        // The fastest growth of the pace, per second.
        private const double MaximumGrowthPerSecond = 1.0;

        private bool _probing;
        private double _accelerateFrom = double.PositiveInfinity;
        private double _doublingSeconds = 1;

        /// <summary>True while the pace probes upward from a remembered pace (a new command after a quiet spell).</summary>
        public bool Probing => _probing;

        private double GrowthCycle => _probing ? 1 : Math.Max(_ceilingFound ? CreepCycleSeconds : 1, _cycleSeconds);

        // After a refusal the pace creeps; once a few cycles pass without another, the growth accelerates.
        private void QuietAfterRefusal(double now)
        {
            _doublingSeconds = GrowthCycle / 2;
            _accelerateFrom = now + QuietCycles * GrowthCycle;
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
            // Once a paced request was refused, the pace sits just under the limit: creeping up as fast as before
            // would be refused again within a few seconds, and every refusal costs a short window a tenth. The
            // longer nothing is refused, the less that holds (as TCP probes faster the longer it goes unpunished).
            var growth = GrowthPerCycle / GrowthCycle;
            if (now > _accelerateFrom) growth *= Math.Pow(2, Math.Min(30, (now - _accelerateFrom) / _doublingSeconds));
            _rate = _rate!.Value * (1 + Math.Min(growth, MaximumGrowthPerSecond) * seconds);
        }
    }
}
