using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace LiveDesk.Pacing
{
    /// <summary>
    /// The slots that bound how many rows are at work at once (requests in flight, or waiting for their paced
    /// turn). First come, first served; the number of slots can grow while rows wait. A row that waits out a
    /// retry's back-off steps out of its slot (<see cref="WaitOutsideAsync"/>), so the rows behind it are sent
    /// meanwhile, and steps back in ahead of the rows that have not started yet. The requests sent from a slot report
    /// their round trip (<see cref="RecordRoundTrip"/>), so the number of slots can follow it.
    /// </summary>
    internal sealed class InFlightSlots
    {
        // The slot the current row holds; flows into the work it runs (the retry loop reads it).
        private static readonly AsyncLocal<Lease?> Current = new AsyncLocal<Lease?>();

        private readonly object _gate = new object();
        private readonly LinkedList<TaskCompletionSource<bool>> _waiters = new LinkedList<TaskCompletionSource<bool>>();
        private int _capacity;
        private int _inUse;
        private double? _roundTrip;

        // Each new round trip moves the smoothed one by this share (TCP's smoothed round trip uses 1/8).
        private const double RoundTripWeight = 0.125;

        /// <summary>Creates <paramref name="capacity"/> slots.</summary>
        public InFlightSlots(int capacity)
        {
            if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity));
            _capacity = capacity;
        }

        /// <summary>Raised (on the thread that freed or added it) whenever a slot is taken or given back.</summary>
        public event Action? Changed;

        /// <summary>The number of slots; raising it lets waiting rows in at once.</summary>
        public int Capacity
        {
            get { lock (_gate) return _capacity; }
            set
            {
                if (value < 1) throw new ArgumentOutOfRangeException(nameof(value));
                lock (_gate) _capacity = value;
                Dispatch();
            }
        }

        /// <summary>Slots taken.</summary>
        public int InUse { get { lock (_gate) return _inUse; } }

        /// <summary>Rows waiting for a slot.</summary>
        public int Waiting { get { lock (_gate) return _waiters.Count; } }

        /// <summary>The smoothed round trip of the answers to requests sent from these slots (seconds), or null before the first.</summary>
        public double? RoundTrip { get { lock (_gate) return _roundTrip; } }

        /// <summary>
        /// Records how long one request took from sending to its answer (any HTTP answer, a 429 too: it crossed the
        /// same distance), on the slots the calling row runs in; outside a slot it is not recorded.
        /// </summary>
        public static void RecordRoundTrip(TimeSpan elapsed)
        {
            var lease = Current.Value;
            if (lease == null || elapsed <= TimeSpan.Zero) return;
            var slots = lease.Slots;
            var seconds = elapsed.TotalSeconds;
            lock (slots._gate)
            {
                slots._roundTrip = slots._roundTrip is double smoothed ? smoothed + RoundTripWeight * (seconds - smoothed) : seconds;
            }
        }

        /// <summary>
        /// Runs <paramref name="work"/> in a slot, waiting for one first; the slot is free again when the work ends
        /// (or while it waits out a back-off through <see cref="WaitOutsideAsync"/>).
        /// </summary>
        public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct)
        {
            var lease = new Lease(this);
            await EnterAsync(ahead: false, ct).ConfigureAwait(false);
            lease.Held = true;
            try
            {
                Current.Value = lease;
                return await work(ct).ConfigureAwait(false);
            }
            finally
            {
                if (lease.Held) Leave();
            }
        }

        /// <summary>
        /// Waits <paramref name="delay"/> (a retry's back-off) without holding the caller's slot, if it holds one:
        /// nothing is in flight for that row meanwhile, so another row may be. Returns once the slot is back.
        /// </summary>
        public static async Task WaitOutsideAsync(TimeSpan delay, CancellationToken ct)
        {
            var lease = Current.Value;
            if (lease == null || !lease.Held)
            {
                await Task.Delay(delay, ct).ConfigureAwait(false);
                return;
            }
            lease.Held = false;
            lease.Slots.Leave();
            await Task.Delay(delay, ct).ConfigureAwait(false);
            await lease.Slots.EnterAsync(ahead: true, ct).ConfigureAwait(false);
            lease.Held = true;
        }

        private async Task EnterAsync(bool ahead, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            TaskCompletionSource<bool> entry;
            LinkedListNode<TaskCompletionSource<bool>> node;
            lock (_gate)
            {
                if (_inUse < _capacity && (_waiters.Count == 0 || ahead))
                {
                    _inUse++;
                    entry = null!;
                    node = null!;
                }
                else
                {
                    entry = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                    node = ahead ? _waiters.AddFirst(entry) : _waiters.AddLast(entry);
                }
            }
            if (entry == null)
            {
                Changed?.Invoke();
                return;
            }
            using (ct.Register(() => Withdraw(node)))
            {
                await entry.Task.ConfigureAwait(false);
            }
        }

        // A cancelled waiter leaves the line. Let in just before, it keeps its slot and gives it back when its work
        // ends; let in by a Dispatch that has not yet told it, that Dispatch gives the slot back.
        private void Withdraw(LinkedListNode<TaskCompletionSource<bool>> node)
        {
            lock (_gate)
            {
                if (node.List != null) _waiters.Remove(node);
            }
            node.Value.TrySetCanceled();
        }

        private void Leave()
        {
            lock (_gate) _inUse--;
            Dispatch();
        }

        private void Dispatch()
        {
            var admitted = new List<TaskCompletionSource<bool>>();
            lock (_gate)
            {
                while (_inUse < _capacity && _waiters.Count > 0)
                {
                    var first = _waiters.First!;
                    _waiters.RemoveFirst();
                    _inUse++;
                    admitted.Add(first.Value);
                }
            }
            // Set outside the lock; a waiter cancelled meanwhile gives its slot back (Withdraw sees it was let in).
            foreach (var entry in admitted)
            {
                if (!entry.TrySetResult(true)) Leave();
            }
            Changed?.Invoke();
        }

        private sealed class Lease
        {
            public Lease(InFlightSlots slots) => Slots = slots;

            public InFlightSlots Slots { get; }

            public bool Held { get; set; }
        }
    }
}
