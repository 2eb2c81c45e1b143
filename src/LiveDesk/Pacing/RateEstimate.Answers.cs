using System;
using System.Globalization;

namespace LiveDesk.Pacing
{
    // What the server answered, and how a reopening window is measured into a pace. Booking is in RateEstimate.cs.
    internal sealed partial class RateEstimate
    {
        private const int CyclesKept = 4;
        private const double Backoff = 0.97;
        private const double MeasureSeconds = 10;
        private const double PacedBottleneckShare = 0.9;
        private const double ShortHoldShare = 0.1;
        private const double ResumeShare = 0.93;
        private const double CreepCycleSeconds = 4;

        private bool _ceilingFound;
        private double _lastRefusedSend;
        private double _reopenedAt = double.NegativeInfinity;
        private long _admitted;
        private long _throttled;
        private double _lastGrowth;
        private double _cycleSeconds = 1;

        /// <summary>Records an answer that was not a 429; returns the line for -Verbose when it marks a reopening.</summary>
        public string? Admitted(PaceTicket ticket, double now)
        {
            string? line = null;
            if (_locked && ticket.SentAt >= _lockedAt)
            {
                // The window reopened between the last refused send and this one: the middle halves the error.
                var reopened = ticket.SentAt - Math.Max(0, ticket.SentAt - Math.Max(_lastRefusedSend, _lockedAt - 1)) / 2;
                line = Reopen(reopened, now);
            }
            _admitted++;
            Release(now);
            return line;
        }

        /// <summary>
        /// Records a 429, with the pause the server asked for (clamped) and what it asked before clamping; returns
        /// the line for -Verbose when the answer begins a hold.
        /// </summary>
        public string? Refused(PaceTicket ticket, double now, double? pause, double? requested)
        {
            _throttled++;
            Release(now);
            if (pause is double p && p > 0)
            {
                // What an earlier, finished pause asked for is forgotten with it.
                if (_pausedUntil <= now) _requestedUntil = double.NegativeInfinity;
                _pausedUntil = Math.Max(_pausedUntil, now + p);
                var asked = requested is double r && r > p ? r : p;
                _requestedUntil = Math.Max(_requestedUntil, now + Math.Min(asked, 1e7));
            }
            // A refusal of a request sent before the last reopening belongs to the window that has ended.
            if (ticket.SentAt < _reopenedAt) return null;
            if (_locked)
            {
                if (ticket.SentAt > _lastRefusedSend) _lastRefusedSend = ticket.SentAt;
                return null;
            }
            _locked = true;
            _holds++;
            _lastRefusedSend = ticket.SentAt;
            _lockedAt = now;
            _probeSeconds = FirstProbeSeconds;
            _nextProbe = Math.Max(now + _probeSeconds, _pausedUntil);
            return _pausedUntil > now
                ? string.Format(CultureInfo.InvariantCulture, "Rate limited (429): holding requests for {0:0.0} s as LiveDesk asked (Retry-After).", _pausedUntil - now)
                : "Rate limited (429): the server's window is exhausted; holding requests and probing until it accepts again.";
        }

        private string Reopen(double at, double now)
        {
            _locked = false;
            // Requests sent before we knew (later probes, say) still belong to the hold: their refusals are old news.
            _reopenedAt = now;
            _nextSlot = now;
            _lastGrowth = now;
            _probing = false;
            var held = Math.Max(0, at - _lockedAt);
            var refusedPace = _rate;
            if (_rate is double probed && _lockedAt > AcceleratingSince + 2 * _doublingSeconds)
            {
                // Refused after a quiet spell (the growth had begun to accelerate, or a new command probed upward from
                // a remembered pace): until just now the pace was under the limit, so the time since the last
                // reopening measured the pace, not the server. Measuring starts afresh here, just under the refused pace.
                _marks.Clear();
                _marks.Add(Here(at, reopening: true));
                _rate = Math.Max(MinimumRate, probed * Backoff);
                QuietAfterRefusal(now, refusedPace);
                return Reopened(held);
            }
            // Only spans that start at a reopening are whole windows; the first span starts wherever the
            // import did, so it is used only until two reopenings are known.
            var previous = _marks.FindLastIndex(m => m.Reopening);
            var cycle = at - _marks[previous >= 0 ? previous : 0].At;
            if (previous >= 0 || cycle > _cycleSeconds) _cycleSeconds = cycle;
            _marks.Add(Here(at, reopening: true));
            // Several whole cycles, and at least the last few seconds of them: short cycles (a token bucket's)
            // are noisy one by one.
            while (_marks.Count > CyclesKept + 1 && _marks[1].At < at - MeasureSeconds) _marks.RemoveAt(0);
            var first = _marks.FindIndex(m => m.Reopening);
            var from = first >= 0 && first < _marks.Count - 1 ? _marks[first] : _marks[0];
            var span = at - from.At;
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
                    var answered = admitted + (_throttled - from.Refused);
                    if (held <= ShortHoldShare * span && admitted >= PacedBottleneckShare * answered)
                        measured = Math.Max(measured, refused * ResumeShare);
                    _ceilingFound = true;
                }
                _rate = Math.Max(MinimumRate, measured);
                _window = RegularWindow();
            }
            QuietAfterRefusal(now, refusedPace);
            return Reopened(held);
        }

        private string Reopened(double held)
        {
            var limit = DescribeLimit();
            return _rate is double paced
                ? string.Format(CultureInfo.InvariantCulture, "LiveDesk accepts requests again after {0:0.0} s; pacing to {1:0.0}/s{2}.", held, paced, limit == null ? string.Empty : " (" + limit + ")")
                : string.Format(CultureInfo.InvariantCulture, "LiveDesk accepts requests again after {0:0.0} s; too little seen yet to pace.", held);
        }

        // Reopenings a whole number of seconds apart, the same each time, are a clock-aligned window.
        private double? RegularWindow()
        {
            var reopenings = _marks.FindAll(m => m.Reopening);
            if (reopenings.Count < 3) return _window;
            double? common = null;
            for (var i = 1; i < reopenings.Count; i++)
            {
                var gap = Math.Round(reopenings[i].At - reopenings[i - 1].At);
                if (gap < 1) return null;
                if (common == null || gap < common) common = gap;
            }
            return common;
        }
    }
}
