using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace LiveDesk.Pacing
{
    // How a reopening window is measured into a pace; the booking side is in RateGovernor.cs.
    internal sealed partial class RateGovernor
    {
        private string Reopen(long at, long now)
        {
            _locked = false;
            // Requests sent before we knew (later probes, say) still belong to the hold: their refusals are old news.
            _reopenedAt = now;
            _nextSlot = now;
            _lastGrowth = now;
            // Only spans that start at a reopening are whole windows; the first span starts wherever the
            // import did, so it is used only until two reopenings are known.
            var previous = _marks.FindLastIndex(m => m.Reopening);
            var cycle = Seconds(at - _marks[previous >= 0 ? previous : 0].At);
            if (previous >= 0 || cycle > _cycleSeconds) _cycleSeconds = cycle;
            _marks.Add(Here(at, reopening: true));
            // Several whole cycles, and at least the last few seconds of them: short cycles (a token bucket's)
            // are noisy one by one.
            while (_marks.Count > CyclesKept + 1 && _marks[1].At < at - Ticks(MeasureSeconds)) _marks.RemoveAt(0);
            var first = _marks.FindIndex(m => m.Reopening);
            var from = first >= 0 && first < _marks.Count - 1 ? _marks[first] : _marks[0];
            var span = Seconds(at - from.At);
            var held = Math.Max(0, Seconds(at - _lockedAt));
            // Under a fifth of a second says nothing reliable (an import that ended while held, say).
            if (span >= 0.2 && _admitted > from.Admitted)
            {
                _limit = (_admitted - from.Admitted) / span;
                // The admissions between reopenings are the server's rate when it was the bottleneck, and our own
                // pace when the pace had crept up to the limit; the pace that was refused bounds it either way.
                var measured = _limit.Value * Margin;
                if (_rate is double refused)
                {
                    measured = Math.Min(measured, refused * Backoff);
                    // Refused while paced, reopened at once, and nearly everything of the span admitted: the pace was
                    // the bottleneck (a sliding window or a bucket), so the admissions only measure the pace as it
                    // crept up to the limit, and pacing to them would fall a tenth short for the next cycle. The limit
                    // is just under the pace that was refused. A long hold or much refused means the server was the
                    // bottleneck and its admissions are its rate (a fixed window, or a limit shared with someone else).
                    var admitted = _admitted - from.Admitted;
                    var answered = admitted + (Interlocked.Read(ref _throttled) - from.Refused);
                    if (held <= ShortHoldShare * span && admitted >= PacedBottleneckShare * answered)
                        measured = Math.Max(measured, refused * ResumeShare);
                    _ceilingFound = true;
                }
                _rate = Math.Max(MinimumRate, measured);
                _window = RegularWindow();
            }
            var old = _reopened;
            _reopened = NewSignal();
            old.TrySetResult(true);
            var limit = DescribeLimit(); // Monitor is re-entrant
            return _rate is double paced
                ? string.Format(CultureInfo.InvariantCulture, "LiveDesk accepts requests again after {0:0.0} s; pacing to {1:0.0}/s{2}.", held, paced, limit == null ? string.Empty : " (" + limit + ")")
                : string.Format(CultureInfo.InvariantCulture, "LiveDesk accepts requests again after {0:0.0} s; too little seen yet to pace.", held);
        }

        private (long At, long Admitted, long Refused, bool Reopening) Here(long at, bool reopening) =>
            (at, _admitted, Interlocked.Read(ref _throttled), reopening);

        // Reopenings a whole number of seconds apart, the same each time, are a clock-aligned window.
        private double? RegularWindow()
        {
            var reopenings = _marks.FindAll(m => m.Reopening);
            if (reopenings.Count < 3) return _window;
            double? common = null;
            for (var i = 1; i < reopenings.Count; i++)
            {
                var gap = Math.Round(Seconds(reopenings[i].At - reopenings[i - 1].At));
                if (gap < 1) return null;
                if (common == null || gap < common) common = gap;
            }
            return common;
        }


        private void Grow(long now)
        {
            var seconds = Math.Min(Seconds(now - _lastGrowth), 1.0);
            if (seconds <= 0) return;
            _lastGrowth = now;
            // Once a paced request was refused, the pace sits just under the limit: creeping up as fast as before
            // would be refused again within a few seconds, and every refusal costs a short window a tenth.
            var cycle = Math.Max(_ceilingFound ? CreepCycleSeconds : 1, _cycleSeconds);
            _rate = _rate!.Value * (1 + GrowthPerCycle * seconds / cycle);
        }

        private static void Notify(List<Action<string>>? listeners, string? line)
        {
            if (listeners == null || line == null) return;
            foreach (var listener in listeners) listener(line);
        }
    }
}
