using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace LiveDesk.Pacing
{
    /// <summary>
    /// Paces requests to what the server accepts, shared by everything that uses one connection.
    /// <para>
    /// LiveDesk's limiter (Chatwoot's Rack::Attack) counts every request, the refused ones too, in windows
    /// aligned to the clock, and sends no Retry-After. Once a window is exhausted nothing is accepted before
    /// it ends, so lowering the rate on every 429 only throws away the next window. Instead: send unpaced
    /// until the first 429; then hold everything but sparse probes until the server accepts again (the
    /// window reopened). The admissions between two reopenings, over the time between them, are the
    /// server's sustainable rate whatever the window's length or kind; requests are then spread evenly at a
    /// little below it, which no fixed window, sliding window or token bucket of that rate refuses.
    /// While saturated and unrefused the pace creeps up, so a limit that was raised is found again; once a paced
    /// request was refused it creeps slowly, and resumes just under the refused pace when the server reopened at
    /// once (a sliding window or a bucket: the pace was the bottleneck, not the server).
    /// </para>
    /// </summary>
    internal sealed partial class RateGovernor
    {
        /// <summary>The share of the learned rate that is used: even spacing under it is never refused.</summary>
        internal const double Margin = 0.97;

        /// <summary>The lowest rate pacing goes down to, in requests per second.</summary>
        internal const double MinimumRate = 0.2;

        /// <summary>Relative growth of the pace per cycle (the time between reopenings) while saturated and not refused.</summary>
        internal const double GrowthPerCycle = 0.06;

        /// <summary>The longest server-requested pause honoured connection-wide.</summary>
        internal static readonly TimeSpan MaximumPause = TimeSpan.FromMinutes(5);

        private const double FirstProbeSeconds = 0.03;
        private const double MaximumProbeSeconds = 1.0;
        private const double ProbeGrowth = 1.3;
        private const double IdleSeconds = 2.0;

        // A pause in demand this long, before anything is learned, is where a new import starts.
        private const double PauseSeconds = 0.1;
        private const int CyclesKept = 4;
        private const double Backoff = 0.97;
        private const double MeasureSeconds = 10;
        private const double PacedBottleneckShare = 0.9;
        private const double ShortHoldShare = 0.1;
        private const double ResumeShare = 0.93;
        private const double CreepCycleSeconds = 4;

        private readonly object _gate = new object();
        private readonly Func<long> _clock;
        private readonly List<(long At, long Admitted, long Refused, bool Reopening)> _marks = new List<(long, long, long, bool)>();
        private readonly List<Action<string>> _listeners = new List<Action<string>>();

        private double? _rate;
        private double? _limit;
        private bool _ceilingFound;
        private double? _window;
        private long _nextSlot;
        private long _pausedUntil;
        private long _requestedUntil;
        private bool _locked;
        private long _lockedAt;
        private long _lastRefusedSend;
        private long _nextProbe;
        private double _probeSeconds = FirstProbeSeconds;
        private long _reopenedAt = long.MinValue;
        private long _admitted;
        private long _lastDemand = long.MinValue;
        private long _lastAnswer = long.MinValue;
        private int _outstanding;
        private long _lastGrowth;
        private long _throttled;
        private int _holds;
        private double _cycleSeconds = 1;
        private TaskCompletionSource<bool> _reopened = NewSignal();

        /// <summary>Creates a governor on the real clock.</summary>
        public RateGovernor() : this(Stopwatch.GetTimestamp) { }

        /// <summary>Creates a governor on a given clock in Stopwatch ticks (for tests).</summary>
        public RateGovernor(Func<long> clock) => _clock = clock;

        private static long Ticks(double seconds) => (long)(seconds * Stopwatch.Frequency);

        private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;

        private static TaskCompletionSource<bool> NewSignal() => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>The paced rate in requests per second, or null while unlimited.</summary>
        public double? CurrentRate { get { lock (_gate) return _rate; } }

        /// <summary>The server's sustainable rate as learned from its refusals (requests per second), or null.</summary>
        public double? LearnedLimit { get { lock (_gate) return _limit; } }

        /// <summary>The spacing of the server's windows when they reopen regularly (whole seconds), or null.</summary>
        public TimeSpan? LearnedWindow { get { lock (_gate) return _window is double w ? TimeSpan.FromSeconds(w) : (TimeSpan?)null; } }

        /// <summary>True while a window is exhausted and only probes are sent.</summary>
        public bool Holding { get { lock (_gate) return _locked; } }

        /// <summary>How many 429 answers this governor has seen.</summary>
        public long ThrottledCount => Interlocked.Read(ref _throttled);

        /// <summary>The time left of a server-requested pause.</summary>
        public TimeSpan CurrentPause
        {
            get
            {
                lock (_gate)
                {
                    var left = _pausedUntil - _clock();
                    return left > 0 ? TimeSpan.FromSeconds(Seconds(left)) : TimeSpan.Zero;
                }
            }
        }

        /// <summary>
        /// While a Retry-After pause is in force: what the server asked for, before it was clamped to a budget.
        /// A request whose own budget cannot cover it fails at once instead of waiting out the clamped pause
        /// only to be refused again.
        /// </summary>
        public TimeSpan RequestedWait
        {
            get
            {
                lock (_gate)
                {
                    var now = _clock();
                    if (_pausedUntil <= now) return TimeSpan.Zero;
                    return TimeSpan.FromSeconds(Seconds(Math.Max(_requestedUntil, _pausedUntil) - now));
                }
            }
        }

        /// <summary>Receives a line whenever the pace changes and why (for -Verbose).</summary>
        public void AddListener(Action<string> listener) { lock (_gate) _listeners.Add(listener); }

        /// <summary>Stops sending lines to <paramref name="listener"/>.</summary>
        public void RemoveListener(Action<string> listener) { lock (_gate) _listeners.Remove(listener); }

        /// <summary>"server allows about 3,000 per minute", once learned; else null.</summary>
        public string? DescribeLimit()
        {
            lock (_gate)
            {
                if (!(_limit is double limit)) return null;
                if (_window is double w && w >= 2)
                {
                    var per = w == 60 ? "minute" : string.Format(CultureInfo.InvariantCulture, "{0:0} s", w);
                    return string.Format(CultureInfo.InvariantCulture, "server allows about {0:#,0} per {1}", limit * w, per);
                }
                return string.Format(CultureInfo.InvariantCulture, "server allows about {0:0.#}/s", limit);
            }
        }

        /// <summary>
        /// A command starts using the connection. With nothing in flight and nothing learned yet, what was
        /// admitted before (an earlier import a moment ago) must not be counted into the first measurement.
        /// </summary>
        public void MarkStart()
        {
            lock (_gate)
            {
                if (_outstanding != 0 || _locked || _marks.Exists(m => m.Reopening)) return;
                var now = _clock();
                _marks.Clear();
                _marks.Add(Here(now, reopening: false));
                _lastGrowth = now;
            }
        }

        /// <summary>Books the next send slot, or says how long to hold while a window is exhausted.</summary>
        public Reservation Reserve()
        {
            lock (_gate)
            {
                var now = _clock();
                // Idle means nothing asked and nothing in flight: with requests in flight a gap is only latency.
                var last = Math.Max(_lastDemand, _lastAnswer);
                var gap = last == long.MinValue ? double.MaxValue : Seconds(now - last);
                var unlearned = !_marks.Exists(m => m.Reopening);
                if (_outstanding == 0 && (gap > IdleSeconds || (unlearned && !_locked && gap > PauseSeconds)))
                {
                    // Nothing asked for a while: what was admitted before says nothing about the server's rate.
                    _marks.Clear();
                    _marks.Add(Here(now, reopening: false));
                    _lastGrowth = now;
                }
                _lastDemand = now;

                if (_locked)
                {
                    var probeAt = Math.Max(_nextProbe, _pausedUntil);
                    if (now >= probeAt)
                    {
                        _nextProbe = now + Ticks(_probeSeconds);
                        _probeSeconds = Math.Min(_probeSeconds * ProbeGrowth, MaximumProbeSeconds);
                        _outstanding++;
                        return new Reservation(true, TimeSpan.Zero, new PaceTicket(now, probe: true, _holds), null);
                    }
                    return new Reservation(false, TimeSpan.FromSeconds(Seconds(probeAt - now)), default, _reopened.Task);
                }

                var start = Math.Max(now, _pausedUntil);
                if (_rate != null)
                {
                    if (_nextSlot > now) Grow(now);
                    else _lastGrowth = now;
                    start = Math.Max(start, _nextSlot);
                    _nextSlot = start + Ticks(1 / _rate.Value);
                }
                _outstanding++;
                return new Reservation(true, TimeSpan.FromSeconds(Seconds(start - now)), new PaceTicket(start, probe: false, _holds), null);
            }
        }

        /// <summary>
        /// False when a hold began after the slot was booked: a paced slot further ahead must not go out into an
        /// exhausted window (on top of the probes), so the request books again.
        /// </summary>
        public bool IsStillValid(PaceTicket ticket)
        {
            lock (_gate)
            {
                if (ticket.Probe || ticket.Holds == _holds) return true;
                Release();
                return false;
            }
        }

        /// <summary>Records a granted slot that got no HTTP answer (no connection, timeout, cancelled before sending).</summary>
        public void OnNoAnswer(PaceTicket ticket)
        {
            lock (_gate) Release();
        }

        private void Release()
        {
            if (_outstanding > 0) _outstanding--;
            _lastAnswer = _clock();
        }

        /// <summary>Waits for a send slot and returns its ticket, to be handed back with the answer.</summary>
        public async Task<PaceTicket> WaitTurnAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                var r = Reserve();
                if (r.Granted)
                {
                    if (r.Wait <= TimeSpan.Zero) return r.Ticket;
                    try
                    {
                        await Task.Delay(r.Wait, cancellationToken).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        OnNoAnswer(r.Ticket);
                        throw;
                    }
                    if (IsStillValid(r.Ticket)) return r.Ticket;
                    continue;
                }
                var delay = Task.Delay(r.Wait, cancellationToken);
                await Task.WhenAny(delay, r.Reopened!).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }
}
