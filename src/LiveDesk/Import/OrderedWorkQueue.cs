using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Errors;
using LiveDesk.Pacing;

namespace LiveDesk.Import
{
    /// <summary>
    /// Runs work items with at most N at work at once and hands results back strictly in the order the items
    /// were added, so a cmdlet can write them on the pipeline thread in input order.
    /// <para>
    /// The reorder buffer is bounded by what it holds, not by N: the caller stops adding while
    /// <see cref="IsFull"/>, which is when as many ready items wait for a slot as there are slots (enough to keep
    /// every slot busy), or when the items added and not yet taken reach the pending bound (by default
    /// <see cref="DefaultMaxPending"/>). A row that waits out a retry's back-off gives up its slot meanwhile (see
    /// <see cref="InFlightSlots.WaitOutsideAsync"/>), so the rows behind it keep being sent and finish into the
    /// buffer; only when the buffer is full does the head stall the stream. Memory does not grow with input size.
    /// </para>
    /// Single consumer: Add, TryTake and the waits are called from one thread.
    /// </summary>
    internal sealed class OrderedWorkQueue<T>
    {
        /// <summary>The most items held between adding and taking unless a caller asks for fewer: about 20 s of rows at 200/s behind a head that waits out retries.</summary>
        public const int DefaultMaxPending = 4096;

        private readonly Queue<Task<WorkResult<T>>> _pending = new Queue<Task<WorkResult<T>>>();
        private readonly Dictionary<string, Task<WorkResult<T>>> _lastByKey = new Dictionary<string, Task<WorkResult<T>>>(StringComparer.Ordinal);
        private readonly Dictionary<Task<WorkResult<T>>, string[]> _keysOf = new Dictionary<Task<WorkResult<T>>, string[]>();
        private readonly InFlightSlots _slots;
        private readonly int _maxPending;
        private readonly ManualResetEventSlim _changed = new ManualResetEventSlim(false);
        private LiveDeskException? _fatal;
        private long _finished;

        /// <summary>Creates the queue with <paramref name="maxInFlight"/> slots and the default pending bound.</summary>
        public OrderedWorkQueue(int maxInFlight) : this(maxInFlight, DefaultMaxPending) { }

        /// <summary>Creates the queue; <paramref name="maxPending"/> bounds the items between adding and taking.</summary>
        public OrderedWorkQueue(int maxInFlight, int maxPending)
        {
            if (maxInFlight < 1) throw new ArgumentOutOfRangeException(nameof(maxInFlight));
            if (maxPending < 1) throw new ArgumentOutOfRangeException(nameof(maxPending));
            _slots = new InFlightSlots(maxInFlight);
            _slots.Changed += _changed.Set;
            _maxPending = maxPending;
        }

        /// <summary>The slots, for a caller that adjusts how many there are while the queue runs.</summary>
        internal InFlightSlots Slots => _slots;

        /// <summary>
        /// True when the caller should take results (or wait) before adding more: the pending bound is reached, or
        /// as many items wait for a slot as there are slots.
        /// </summary>
        public bool IsFull => _pending.Count >= _maxPending || _slots.Waiting >= _slots.Capacity;

        /// <summary>Items whose work ended (done or failed, not cancelled), counted as they end rather than as they are taken.</summary>
        public long Finished => Interlocked.Read(ref _finished);

        /// <summary>Items added and not yet taken.</summary>
        public int Count => _pending.Count;

        /// <summary>
        /// Adds work; it starts as soon as a slot is free and every earlier pending item that shares one of
        /// <paramref name="keys"/> is done. Two rows with the same e-mail then behave as they would one after
        /// the other: the first is created, the second meets it (instead of whichever request lands first winning).
        /// </summary>
        public void Add(object? item, IReadOnlyCollection<string> keys, Func<CancellationToken, Task<T>> work, CancellationToken ct)
        {
            List<Task>? before = null;
            foreach (var key in keys)
            {
                if (_lastByKey.TryGetValue(key, out var earlier)) (before ??= new List<Task>()).Add(earlier);
            }
            var task = RunAsync(item, before, work, ct);
            // Wakes the pipeline thread once the task is complete (not merely about to be), so it sees it done.
            task.ContinueWith(_ => _changed.Set(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            if (keys.Count > 0)
            {
                var keyArray = keys.ToArray();
                foreach (var key in keyArray) _lastByKey[key] = task;
                _keysOf[task] = keyArray;
            }
            _pending.Enqueue(task);
        }

        /// <summary>Adds an item whose result is already known (a row that failed validation), keeping its place in the order.</summary>
        public void AddCompleted(WorkResult<T> result) => _pending.Enqueue(Task.FromResult(result));

        /// <summary>Takes the first item's result if it is done.</summary>
        public bool TryTake(out WorkResult<T> result)
        {
            if (_pending.Count > 0 && _pending.Peek().IsCompleted)
            {
                var task = _pending.Dequeue();
                if (_keysOf.TryGetValue(task, out var keys))
                {
                    _keysOf.Remove(task);
                    foreach (var key in keys)
                    {
                        if (_lastByKey.TryGetValue(key, out var last) && last == task) _lastByKey.Remove(key);
                    }
                }
                result = task.Result;
                return true;
            }
            result = null!;
            return false;
        }

        /// <summary>Blocks until the first item is done or the timeout passes; true when it is done.</summary>
        public bool WaitForHead(TimeSpan timeout)
        {
            if (_pending.Count == 0) return false;
            var head = _pending.Peek();
            // The tasks never fault (RunAsync catches), so Wait only returns or times out.
            return head.IsCompleted || head.Wait(timeout);
        }

        /// <summary>
        /// Blocks until the first item is done or the queue has room again (<see cref="IsFull"/> is false), or the
        /// timeout passes; true when the first item is done.
        /// </summary>
        public bool WaitForHeadOrRoom(TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                _changed.Reset();
                if (_pending.Count == 0) return false;
                if (_pending.Peek().IsCompleted) return true;
                if (!IsFull) return false;
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !_changed.Wait(left)) return _pending.Peek().IsCompleted;
            }
        }

        /// <summary>Waits up to <paramref name="timeout"/> for every pending item, e.g. after cancelling them.</summary>
        public bool WaitAll(TimeSpan timeout) => Task.WaitAll(_pending.ToArray(), timeout);

        private async Task<WorkResult<T>> RunAsync(object? item, List<Task>? before, Func<CancellationToken, Task<T>> work, CancellationToken ct)
        {
            var result = new WorkResult<T> { Item = item };
            try
            {
                if (before != null) await Task.WhenAll(before).ConfigureAwait(false);
                ct.ThrowIfCancellationRequested();
                result.Value = await _slots.RunAsync(async token =>
                {
                    // After a fatal failure (bad credentials, host gone) no later row can succeed: the slot it freed
                    // must not send another request before the pipeline thread gets to stop the command.
                    if (Volatile.Read(ref _fatal) is LiveDeskException fatal) throw fatal;
                    token.ThrowIfCancellationRequested();
                    try
                    {
                        return await work(token).ConfigureAwait(false);
                    }
                    catch (LiveDeskException ex) when (ex.Error.Fatal)
                    {
                        // Marked while the slot is still held: the row that takes the slot next must already see it.
                        Interlocked.CompareExchange(ref _fatal, ex, null);
                        throw;
                    }
                }, ct).ConfigureAwait(false);
                Interlocked.Increment(ref _finished);
            }
            catch (LiveDeskException ex)
            {
                Interlocked.Increment(ref _finished);
                result.Error = ex.Error;
                result.Exception = ex;
                if (ex.Error.Fatal) Interlocked.CompareExchange(ref _fatal, ex, null);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                result.Cancelled = true;
            }
            catch (Exception ex)
            {
                // A bug of ours must not take the pipeline down with an unhandled exception: report it on the row.
                result.Error = new LiveDeskError(ErrorIds.UnexpectedError, LiveDeskErrorKind.InvalidOperation, $"Unexpected failure: {ex.GetType().Name}: {ex.Message}", cause: ex);
            }
            return result;
        }
    }
}
