using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Errors;

namespace LiveDesk.Import
{
    /// <summary>
    /// Runs work items with at most N in flight and hands results back strictly in the order the items
    /// were added, so a cmdlet can write them on the pipeline thread in input order. Holds only the items
    /// still pending, which the caller keeps bounded: memory does not grow with input size.
    /// Single consumer: Add, TryTake and WaitForHead are called from one thread.
    /// </summary>
    internal sealed class OrderedWorkQueue<T>
    {
        private readonly Queue<Task<WorkResult<T>>> _pending = new Queue<Task<WorkResult<T>>>();
        private readonly Dictionary<string, Task<WorkResult<T>>> _lastByKey = new Dictionary<string, Task<WorkResult<T>>>(StringComparer.Ordinal);
        private readonly Dictionary<Task<WorkResult<T>>, string[]> _keysOf = new Dictionary<Task<WorkResult<T>>, string[]>();
        private readonly SemaphoreSlim _slots;
        private LiveDeskException? _fatal;

        /// <summary>Creates the queue.</summary>
        public OrderedWorkQueue(int maxInFlight)
        {
            if (maxInFlight < 1) throw new ArgumentOutOfRangeException(nameof(maxInFlight));
            _slots = new SemaphoreSlim(maxInFlight, maxInFlight);
        }

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

        /// <summary>Waits up to <paramref name="timeout"/> for every pending item, e.g. after cancelling them.</summary>
        public bool WaitAll(TimeSpan timeout) => Task.WaitAll(_pending.ToArray(), timeout);

        private async Task<WorkResult<T>> RunAsync(object? item, List<Task>? before, Func<CancellationToken, Task<T>> work, CancellationToken ct)
        {
            var result = new WorkResult<T> { Item = item };
            var acquired = false;
            try
            {
                if (before != null) await Task.WhenAll(before).ConfigureAwait(false);
                ct.ThrowIfCancellationRequested();
                await _slots.WaitAsync(ct).ConfigureAwait(false);
                acquired = true;
                ct.ThrowIfCancellationRequested();
                // After a fatal failure (bad credentials, host gone) no later row can succeed: the slot it freed
                // must not send another request before the pipeline thread gets to stop the command.
                if (Volatile.Read(ref _fatal) is LiveDeskException fatal)
                {
                    result.Error = fatal.Error;
                    result.Exception = fatal;
                    return result;
                }
                result.Value = await work(ct).ConfigureAwait(false);
            }
            catch (LiveDeskException ex)
            {
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
            finally
            {
                if (acquired) _slots.Release();
            }
            return result;
        }
    }
}
