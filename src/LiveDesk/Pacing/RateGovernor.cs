using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace LiveDesk.Pacing
{
    /// <summary>
    /// Paces requests to what the server accepts, shared by everything that uses one connection. The estimate
    /// itself (what the answers say, when the next slot is due) is <see cref="RateEstimate"/>; this class applies
    /// it to requests: it reads the clock, serialises the callers, makes them wait for their slot, wakes held
    /// requests when the window reopens, and tells listeners (-Verbose) why the pace changed.
    /// </summary>
    internal sealed class RateGovernor
    {
        /// <summary>The share of the learned rate that is used: even spacing under it is never refused.</summary>
        internal const double Margin = RateEstimate.Margin;

        /// <summary>The lowest rate pacing goes down to, in requests per second.</summary>
        internal const double MinimumRate = RateEstimate.MinimumRate;

        /// <summary>The longest server-requested pause honoured connection-wide, and the cap of every rate-limit wait budget.</summary>
        internal static readonly TimeSpan MaximumPause = TimeSpan.FromMinutes(5);

        private readonly object _gate = new object();
        private readonly Func<long> _clock;
        private readonly RateEstimate _estimate = new RateEstimate();
        private readonly List<Action<string>> _listeners = new List<Action<string>>();
        private TaskCompletionSource<bool> _reopened = NewSignal();

        // Requests waiting for a slot, by turn. Only the first asks the estimate; the rest wait to be first. When every
        // waiter polled, which of them won a slot was the scheduler's whim: a row refused once could lose slot after slot
        // (a head row held 6 s at 4.5/s while rows read after it went out), holding the ordered output behind it and
        // spending its rate-limit budget.
        private readonly SortedDictionary<long, TaskCompletionSource<bool>> _queue = new SortedDictionary<long, TaskCompletionSource<bool>>();
        private long _turns;

        /// <summary>Creates a governor on the real clock.</summary>
        public RateGovernor() : this(Stopwatch.GetTimestamp) { }

        /// <summary>Creates a governor on a given clock in Stopwatch ticks (for tests).</summary>
        public RateGovernor(Func<long> clock) => _clock = clock;

        private double Now() => (double)_clock() / Stopwatch.Frequency;

        private static TaskCompletionSource<bool> NewSignal() => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>The paced rate in requests per second, or null while unlimited.</summary>
        public double? CurrentRate { get { lock (_gate) return _estimate.Rate; } }

        /// <summary>The server's sustainable rate as learned from its refusals (requests per second), or null.</summary>
        public double? LearnedLimit { get { lock (_gate) return _estimate.Limit; } }

        /// <summary>The spacing of the server's windows when they reopen regularly (whole seconds), or null.</summary>
        public TimeSpan? LearnedWindow { get { lock (_gate) return _estimate.Window is double w ? TimeSpan.FromSeconds(w) : (TimeSpan?)null; } }

        /// <summary>True while a window is exhausted and only probes are sent.</summary>
        public bool Holding { get { lock (_gate) return _estimate.Holding; } }

        /// <summary>How many 429 answers this governor has seen.</summary>
        public long ThrottledCount { get { lock (_gate) return _estimate.Throttled; } }

        /// <summary>The time left of a server-requested pause.</summary>
        public TimeSpan CurrentPause { get { lock (_gate) return TimeSpan.FromSeconds(_estimate.PauseLeft(Now())); } }

        /// <summary>
        /// While a Retry-After pause is in force: what the server asked for, before it was clamped to a budget.
        /// A request whose own budget cannot cover it fails at once instead of waiting out the clamped pause
        /// only to be refused again.
        /// </summary>
        public TimeSpan RequestedWait { get { lock (_gate) return TimeSpan.FromSeconds(_estimate.RequestedLeft(Now())); } }

        /// <summary>Receives a line whenever the pace changes and why (for -Verbose).</summary>
        public void AddListener(Action<string> listener) { lock (_gate) _listeners.Add(listener); }

        /// <summary>Stops sending lines to <paramref name="listener"/>.</summary>
        public void RemoveListener(Action<string> listener) { lock (_gate) _listeners.Remove(listener); }

        /// <summary>"server allows about 3,000 per minute", once learned; else null.</summary>
        public string? DescribeLimit() { lock (_gate) return _estimate.DescribeLimit(); }

        /// <summary>A command starts using the connection (see <see cref="RateEstimate.MarkStart"/>).</summary>
        public void MarkStart() { lock (_gate) _estimate.MarkStart(Now()); }

        /// <summary>Books the next send slot, or says how long to hold while a window is exhausted.</summary>
        public Reservation Reserve()
        {
            lock (_gate)
            {
                return _estimate.Book(Now(), out var wait, out var ticket)
                    ? new Reservation(true, TimeSpan.FromSeconds(wait), ticket, null)
                    : new Reservation(false, TimeSpan.FromSeconds(wait), default, _reopened.Task);
            }
        }

        /// <summary>
        /// False when a hold began after the slot was booked: a paced slot further ahead must not go out into an
        /// exhausted window (on top of the probes), so the request books again.
        /// </summary>
        public bool IsStillValid(PaceTicket ticket) { lock (_gate) return _estimate.IsStillValid(ticket, Now()); }

        /// <summary>Records a granted slot that got no HTTP answer (no connection, timeout, cancelled before sending).</summary>
        public void OnNoAnswer(PaceTicket ticket) { lock (_gate) _estimate.NoAnswer(Now()); }

        /// <summary>Records an answer that was not a 429.</summary>
        public void OnAdmitted(PaceTicket ticket)
        {
            List<Action<string>>? notify = null;
            string? line;
            TaskCompletionSource<bool>? reopened = null;
            lock (_gate)
            {
                line = _estimate.Admitted(ticket, Now());
                if (line != null)
                {
                    reopened = _reopened;
                    _reopened = NewSignal();
                    notify = new List<Action<string>>(_listeners);
                }
            }
            reopened?.TrySetResult(true);
            Notify(notify, line);
        }

        /// <summary>Records a 429, with the server's Retry-After when it sent one.</summary>
        public void OnThrottled(PaceTicket ticket, TimeSpan? retryAfter, TimeSpan? requested = null)
        {
            List<Action<string>>? notify = null;
            string? line;
            lock (_gate)
            {
                double? pause = retryAfter is TimeSpan p && p > TimeSpan.Zero ? Math.Min(p.TotalSeconds, MaximumPause.TotalSeconds) : (double?)null;
                line = _estimate.Refused(ticket, Now(), pause, requested?.TotalSeconds);
                if (line != null) notify = new List<Action<string>>(_listeners);
            }
            Notify(notify, line);
        }

        /// <summary>A number for a request's first wait: the earlier the number, the earlier its turn at every wait after.</summary>
        public long NextTurn() => Interlocked.Increment(ref _turns);

        /// <summary>Waits for a send slot under a new turn (see <see cref="WaitTurnAsync(long, CancellationToken)"/>).</summary>
        public Task<PaceTicket> WaitTurnAsync(CancellationToken cancellationToken) => WaitTurnAsync(NextTurn(), cancellationToken);

        /// <summary>
        /// Waits for a send slot and returns its ticket, to be handed back with the answer. Waiters are served by
        /// <paramref name="turn"/>, earliest first, so a request refused once (it keeps the turn it first had) goes
        /// out before the rows that were read after it.
        /// </summary>
        public async Task<PaceTicket> WaitTurnAsync(long turn, CancellationToken cancellationToken)
        {
            try
            {
                while (true)
                {
                    Reservation r;
                    TaskCompletionSource<bool>? behind = null;
                    lock (_gate)
                    {
                        if (_queue.Count == 0)
                        {
                            // Nobody waits (unpaced, or the pace has slots to spare): no queue to join.
                            r = Reserve();
                            if (r.Granted && r.Wait <= TimeSpan.Zero) return r.Ticket;
                        }
                        else r = default;
                        if (!_queue.TryGetValue(turn, out var mine) || mine.Task.IsCompleted) _queue[turn] = mine = NewSignal();
                        if (First() == turn)
                        {
                            if (!r.Granted && r.Reopened == null) r = Reserve();
                            if (r.Granted) Leave(turn);
                        }
                        else behind = mine;
                    }
                    if (behind != null)
                    {
                        // Woken when this turn becomes the first, or by cancellation (Leave then wakes the next).
                        using (cancellationToken.Register(() => behind.TrySetCanceled()))
                            await behind.Task.ConfigureAwait(false);
                        continue;
                    }
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
            catch (OperationCanceledException)
            {
                lock (_gate) Leave(turn);
                throw;
            }
        }

        private long First()
        {
            foreach (var entry in _queue) return entry.Key;
            return long.MaxValue;
        }

        // Takes a turn out of the queue and wakes whoever is first now.
        private void Leave(long turn)
        {
            if (!_queue.Remove(turn)) return;
            foreach (var entry in _queue)
            {
                entry.Value.TrySetResult(true);
                break;
            }
        }

        private static void Notify(List<Action<string>>? listeners, string? line)
        {
            if (listeners == null || line == null) return;
            foreach (var listener in listeners) listener(line);
        }
    }
}
