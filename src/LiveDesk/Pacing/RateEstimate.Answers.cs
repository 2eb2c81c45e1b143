using System;
using System.Collections.Generic;
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
        private const double Decrease = 0.8;
        private const int RecentKept = 10000;
        private const double CreepCycleSeconds = 4;

        // A last whole window that admitted less than this share of the average over the span is a cut limit.
        private const double CutShare = 0.8;

        // Send times of admitted requests are kept for this many windows (the longest cycle a cut is measured in).
        private const double KeptWindows = 2;

        // A cut is read from one window only when the round trip is at most this share of the window.
        private const double NearShare = 0.25;

        // The round trip is a good part of the window: answers arrive well into the window after their sends'.
        private bool Far => _roundTrip > Unit * NearShare;

        // The round trip of admitted requests lately (seconds), smoothed.
        private double _roundTrip;

        private bool _ceilingFound;
        private double _lastRefusedSend;
        private double _reopenedAt = double.NegativeInfinity;
        private long _admitted;
        private long _throttled;
        private double _lastGrowth;
        private double _cycleSeconds = 1;
        private double _shortestCycle = double.PositiveInfinity;
        private double _sustainedSince = double.PositiveInfinity;
        private double? _sustainedRate;
        private double? _sustained;
        private double _trailing;
        private bool _survived;
        private readonly Queue<double> _recent = new Queue<double>();
        private readonly Queue<double> _lastReopenings = new Queue<double>();

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
            var trip = Math.Max(0, now - ticket.SentAt);
            _roundTrip = _admitted == 1 ? trip : 0.8 * _roundTrip + 0.2 * trip;
            Remember(ticket.SentAt);
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
            // The first refusal of a command that has learned nothing yet ends its unpaced burst.
            if (_rate == null && !_marks.Exists(m => m.Reopening)) _burstEnd = ticket.SentAt;
            _locked = true;
            _holds++;
            _lastRefusedSend = ticket.SentAt;
            _lockedAt = now;
            _sustained = _rate != null && now - _sustainedSince >= Unit ? _sustainedRate : null;
            _trailing = AdmittedInWindowBefore(ticket.SentAt);
            _survived |= _sustained != null;
            // A pace that held for a shorter window than the one learned since did not hold a whole window.
            if (_heldBest != null && _heldBestUnit < Unit) _heldBest = null;
            if (_rate != null && now - _sustainedSince >= Math.Max(2, Unit / 2) && _sustainedRate is double kept && kept > (_heldLoosely ?? 0))
                _heldLoosely = kept;
            if (_sustained is double held && held > (_heldBest ?? 0))
            {
                _heldBest = held;
                _heldBestUnit = Unit;
            }
            RecoveryRefused();
            // Probes no closer than the pace's own spacing: a window that counts refused requests counts every probe,
            // and at a slow pace probes at the first spacing would take all it allows and prolong the hold they wait out.
            _probeSeconds = Math.Min(MaximumProbeSeconds, Math.Max(FirstProbeSeconds, _rate is double paced ? 1 / paced : 0));
            _nextProbe = Math.Max(now + _probeSeconds, _pausedUntil);
            return _pausedUntil > now
                ? string.Format(CultureInfo.InvariantCulture, "Rate limited (429): holding requests for {0:0.0} s as LiveDesk asked (Retry-After).", _pausedUntil - now)
                : "Rate limited (429): the server's window is exhausted; holding requests and probing until it accepts again.";
        }

        private string Reopen(double at, double now)
        {
            _locked = false;
            _lastReopenings.Enqueue(at);
            while (_lastReopenings.Count > AlignedReopenings) _lastReopenings.Dequeue();
            // Requests sent before we knew (later probes, say) still belong to the hold: their refusals are old news.
            _reopenedAt = now;
            _nextSlot = now;
            _lastGrowth = now;
            var held = Math.Max(0, at - _lockedAt);
            if (_joinedAt is double joined && _rate is double climbing && climbing < 2 * joined && !_joinerRefused)
            {
                // A joiner's slow start meets the other job's pace (or its growth) long before it could have found the
                // limit: once, it goes on from just under the refused pace instead of measuring a share the other job
                // squeezed. A second refusal before it doubled ends it as any refusal does (the limit may be that small).
                _joinerRefused = true;
                _rate = climbing * Backoff;
                return Reopened(held);
            }
            _joinedAt = null;
            _probing = false;
            var refusedPace = _rate;
            var recovered = _recoveryFailed;
            _recoveryFailed = false;
            if (_rate is double probed && (recovered || _lockedAt > _accelerateFrom + 2 * _doublingSeconds))
            {
                // Refused after a quiet spell (the growth had begun to accelerate, or a new command probed upward from
                // a remembered pace): until just now the pace was under the limit, so the time since the last
                // reopening measured the pace, not the server. Measuring starts afresh here, just under the refused pace.
                // Not the pace refused, though: growth that accelerates (or doubles) overshoots before the refusal comes
                // back, and a window that counts refused requests punishes every overshoot. What the server admitted in
                // the window before the refused send is what it allows (all of it under a sliding window, a share of it
                // when shared); and never below the pace that went unrefused since the last reopening.
                _marks.Clear();
                _marks.Add(Here(at, reopening: true));
                var allowed = Math.Max(_trailing * Margin, _sustainedRate ?? MinimumRate);
                _rate = Math.Max(MinimumRate, Math.Min(probed * Backoff, allowed));
                QuietAfterRefusal(now, refusedPace);
                return Reopened(held);
            }
            // Only spans that start at a reopening are whole windows; the first span starts wherever the
            // import did, so it is used only until two reopenings are known.
            var previous = _marks.FindLastIndex(m => m.Reopening);
            var last = _marks[previous >= 0 ? previous : 0];
            var cycle = at - last.At;
            if (previous >= 0 || cycle > _cycleSeconds) _cycleSeconds = cycle;
            _marks.Add(Here(at, reopening: true));
            if (previous >= 0) _shortestCycle = Math.Min(_shortestCycle, cycle);
            // Several whole cycles, and at least the last few seconds of them: short cycles (a token bucket's)
            // are noisy one by one.
            while (_marks.Count > CyclesKept + 1 && _marks[1].At < at - MeasureSeconds) _marks.RemoveAt(0);
            var first = _marks.FindIndex(m => m.Reopening);
            var from = first >= 0 && first < _marks.Count - 1 ? _marks[first] : _marks[0];
            var span = at - from.At;
            // Under a fifth of a second says nothing reliable (an import that ended while held, say).
            if (span >= 0.2 && _admitted > from.Admitted)
            {
                // Reopenings are placed by send time. Far from the server, answers counted as they arrive fall a round trip
                // after their sends, so a short span that began with a hold counts the hold's silence, and a pace of 57/s
                // under 50/s was measured at 17/s (500 ms: 74-85% of the limit at some phases of the window). Within the
                // sends kept, the span's own sends that were admitted count.
                double count = _admitted - from.Admitted;
                if (Far && span <= KeptWindows * Unit) count = Math.Max(count, AdmittedSentBetween(from.At, at));
                _limit = count / span;
                // The span averages several windows so that one short, noisy cycle does not move the pace; but when the
                // last whole window admitted far less than that average, the limit was cut (or someone began to share
                // it), and averaging it with the windows before would follow the cut down over ten seconds of refusals.
                // From here on only the windows since the cut count. Only once some pace has held for a window: a job that
                // has just joined a shared limit sees little of it at first, and pacing to that would starve it. The window's
                // admissions are counted by when they were sent: far from the server, answers counted as they arrive fall
                // half a round trip into the next window, and an unmoved limit looked cut (500 ms: 89% of the limit fell to 79%).
                // Even so, a round trip that is a good part of the window blurs one window's count (500 ms: 83%): far from the
                // server, the averaged span alone follows the limit.
                if (_survived && previous >= 0 && cycle >= Unit / 2 && cycle <= KeptWindows * Unit && !Far)
                {
                    var latest = AdmittedSentBetween(last.At, at) / cycle;
                    if (latest < CutShare * _limit.Value)
                    {
                        // Not below half the average, though: under a window that counts refused requests the window
                        // with the cut in it also counted our refused sends, and admitted less than the new limit.
                        _marks.RemoveAll(m => m.At < last.At);
                        _limit = Math.Max(latest, _limit.Value / 2);
                    }
                }
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
                    {
                        // Far from the server (a round trip a good part of the window) a fixed window has reopened by the
                        // time its refusal arrives, so "reopened at once" says nothing of who was the bottleneck: the
                        // resumed pace is bounded by what the window before the refused send admitted (500 ms: a pace
                        // resumed at 60/s under 50/s came down 3% per refusal, one every two seconds, at 86% of the limit).
                        var resume = refused * ResumeShare;
                        if (Far && _trailing > 0) resume = Math.Min(resume, Math.Max(_trailing * Margin, measured));
                        measured = Math.Max(measured, resume);
                    }
                    // One refusal lowers a pace that was admitted for a whole window by a bounded factor, however little
                    // the span admitted: under a window that counts refused requests, or one shared with another job,
                    // the admissions of a span with holds in it fall short of the rate, and pacing to them spirals
                    // down (each slower pace holds longer per refusal). A limit really cut further is followed in the
                    // next windows; a pace never admitted that long (the first, or a probe's) has no such floor. Once some
                    // pace has held for a window, a span shorter than one is too short to measure a rate: each such
                    // refusal lowers the pace by the factor (a limit cut to a half is reached in three).
                    if (_sustained is double sustained) measured = Math.Max(measured, Math.Min(refused, sustained) * Decrease);
                    else if (span < Unit && _survived) measured = Math.Max(measured, refused * Decrease);
                    _ceilingFound = true;
                }
                _rate = Math.Max(MinimumRate, measured);
                _window = RegularWindow();
            }
            QuietAfterRefusal(now, refusedPace);
            // A first burst cut short, and a window that freed within a second: one the burst itself had filled would have
            // stayed shut until the burst aged out, so what aged out was someone else's (alone under a sliding window of 8 a
            // second, a command is refused after 8 requests too). What went through is counted by send time: the answers of
            // requests sent at once arrive in any order.
            if (refusedPace == null && _rate != null && held < MinimumWindow && AdmittedSent(t => t >= _marks[0].At && t <= _burstEnd) < JoinerBurst)
                JoinBusyLimit(now);
            return Reopened(held);
        }

        // Send times of admitted requests within two windows of the latest (bounded: a long window at a high rate keeps
        // the newest only).
        private void Remember(double sentAt)
        {
            _recent.Enqueue(sentAt);
            while (_recent.Count > RecentKept || (_recent.Count > 0 && _recent.Peek() < sentAt - KeptWindows * Unit)) _recent.Dequeue();
        }

        // Admitted requests sent in [from, to): a window's own sends, whatever was answered since.
        private double AdmittedSentBetween(double from, double to) => AdmittedSent(t => t >= from && t < to);

        // The rate admitted in the window up to and including a send.
        private double AdmittedInWindowBefore(double sentAt) => AdmittedSent(t => t > sentAt - Unit && t <= sentAt) / Unit;

        private int AdmittedSent(Func<double, bool> when)
        {
            var count = 0;
            foreach (var t in _recent) if (when(t)) count++;
            return count;
        }

        private string Reopened(double held)
        {
            _sustainedSince = _reopenedAt;
            _sustainedRate = _rate;
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
