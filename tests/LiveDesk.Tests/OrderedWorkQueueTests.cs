using LiveDesk.Errors;
using LiveDesk.Import;
using Xunit;

namespace LiveDesk.Tests;

public class OrderedWorkQueueTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(10);
    private static readonly string[] NoKeys = Array.Empty<string>();

    private static List<WorkResult<T>> Drain<T>(OrderedWorkQueue<T> q)
    {
        var results = new List<WorkResult<T>>();
        while (q.Count > 0)
        {
            Assert.True(q.WaitForHead(Long), "the head item did not finish");
            Assert.True(q.TryTake(out var r));
            results.Add(r);
        }
        return results;
    }

    private static async Task Until(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Long;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException(what);
            await Task.Delay(5);
        }
    }

    [Fact]
    public void After_a_fatal_failure_no_later_item_starts_its_work_and_each_carries_that_failure()
    {
        var q = new OrderedWorkQueue<int>(1);
        var fatal = new LiveDeskException(new LiveDeskError(ErrorIds.AuthenticationFailed, LiveDeskErrorKind.AuthenticationError, "401", fatal: true));
        var started = 0;
        q.Add("first", NoKeys, _ => { Interlocked.Increment(ref started); throw fatal; }, CancellationToken.None);
        for (var i = 0; i < 3; i++) q.Add(i, NoKeys, _ => { Interlocked.Increment(ref started); return Task.FromResult(1); }, CancellationToken.None);
        var results = Drain(q);
        Assert.Equal(1, started);
        Assert.All(results, r => Assert.Same(fatal, r.Exception));
        // A failure that is not fatal does not stop later items.
        var q2 = new OrderedWorkQueue<int>(1);
        q2.Add("row", NoKeys, _ => throw new LiveDeskException(new LiveDeskError(ErrorIds.ContactInvalid, LiveDeskErrorKind.InvalidData, "422")), CancellationToken.None);
        q2.Add("next", NoKeys, _ => Task.FromResult(2), CancellationToken.None);
        Assert.Equal(2, Drain(q2)[1].Value);
    }

    [Fact]
    public async Task Results_come_out_in_input_order_when_later_items_finish_first()
    {
        var q = new OrderedWorkQueue<int>(8);
        var gates = Enumerable.Range(0, 6).Select(_ => new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var started = 0;
        for (var i = 0; i < gates.Length; i++)
        {
            var gate = gates[i];
            q.Add("row" + i, NoKeys, async ct => { Interlocked.Increment(ref started); return await gate.Task; }, CancellationToken.None);
        }
        await Until(() => Volatile.Read(ref started) == 6, "all items start");

        // finish in reverse: nothing may be taken until the first one is done
        for (var i = gates.Length - 1; i >= 1; i--)
        {
            gates[i].SetResult(i * 10);
            await Task.Delay(5);
            Assert.False(q.TryTake(out _));
        }
        Assert.False(q.WaitForHead(TimeSpan.FromMilliseconds(30)));
        gates[0].SetResult(0);

        var results = Drain(q);
        Assert.Equal(new[] { 0, 10, 20, 30, 40, 50 }, results.Select(r => r.Value).ToArray());
        Assert.Equal(Enumerable.Range(0, 6).Select(i => (object)("row" + i)).ToArray(), results.Select(r => r.Item).ToArray());
        Assert.All(results, r => { Assert.Null(r.Error); Assert.False(r.Cancelled); });
        Assert.False(q.TryTake(out _));
        Assert.False(q.WaitForHead(TimeSpan.Zero));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task At_most_N_in_flight(int n)
    {
        var q = new OrderedWorkQueue<int>(n);
        var inFlight = 0;
        var maxSeen = 0;
        var started = 0;
        var gates = Enumerable.Range(0, 10).Select(_ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        for (var i = 0; i < gates.Length; i++)
        {
            var index = i;
            q.Add(i, NoKeys, async ct =>
            {
                var now = Interlocked.Increment(ref inFlight);
                Interlocked.Increment(ref started);
                lock (gates) maxSeen = Math.Max(maxSeen, now);
                await gates[index].Task;
                Interlocked.Decrement(ref inFlight);
                return index;
            }, CancellationToken.None);
        }
        await Until(() => Volatile.Read(ref started) == n, "N items start");
        await Task.Delay(50);
        Assert.Equal(n, Volatile.Read(ref started)); // no more than N started

        gates[0].SetResult(true);
        await Until(() => Volatile.Read(ref started) == n + 1, "a freed slot is used");
        foreach (var g in gates) g.TrySetResult(true);

        var results = Drain(q);
        Assert.Equal(Enumerable.Range(0, 10).ToArray(), results.Select(r => r.Value).ToArray());
        Assert.Equal(n, maxSeen);
    }

    [Fact]
    public async Task Items_sharing_a_key_run_one_after_the_other_in_order()
    {
        var q = new OrderedWorkQueue<string>(8);
        var log = new List<string>();
        var gateA = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var gateB = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        Func<string, Task<bool>, Func<CancellationToken, Task<string>>> work = (name, gate) => async ct =>
        {
            lock (log) log.Add("start " + name);
            await gate;
            lock (log) log.Add("end " + name);
            return name;
        };

        q.Add("A", new[] { "email:a@x.io" }, work("A", gateA.Task), CancellationToken.None);
        q.Add("B", new[] { "phone:+49", "email:a@x.io" }, work("B", gateB.Task), CancellationToken.None);
        q.Add("C", new[] { "email:c@x.io" }, work("C", Task.FromResult(true)), CancellationToken.None);
        q.Add("D", new[] { "phone:+49" }, work("D", Task.FromResult(true)), CancellationToken.None);
        q.Add("E", new[] { "email:A@X.IO" }, work("E", Task.FromResult(true)), CancellationToken.None); // keys are ordinal: the caller normalizes

        await Until(() => { lock (log) return log.Contains("end C") && log.Contains("end E"); }, "independent items run");
        await Task.Delay(30);
        lock (log)
        {
            Assert.DoesNotContain("start B", log); // waits for A (shared e-mail)
            Assert.DoesNotContain("start D", log); // waits for B (shared phone), which waits for A
        }

        gateA.SetResult(true);
        await Until(() => { lock (log) return log.Contains("start B"); }, "B starts after A");
        await Task.Delay(30);
        lock (log) Assert.DoesNotContain("start D", log);
        gateB.SetResult(true);

        var results = Drain(q);
        Assert.Equal(new[] { "A", "B", "C", "D", "E" }, results.Select(r => r.Value).ToArray());
        lock (log)
        {
            Assert.True(log.IndexOf("end A") < log.IndexOf("start B"));
            Assert.True(log.IndexOf("end B") < log.IndexOf("start D"));
        }
    }

    [Fact]
    public void A_failed_item_still_releases_the_next_one_with_its_key()
    {
        var q = new OrderedWorkQueue<int>(4);
        q.Add(1, new[] { "k" }, _ => throw new LiveDeskException(new LiveDeskError("LiveDesk.ContactDuplicate", LiveDeskErrorKind.ResourceExists, "dup")), CancellationToken.None);
        q.Add(2, new[] { "k" }, _ => Task.FromResult(2), CancellationToken.None);
        var results = Drain(q);
        Assert.Equal("LiveDesk.ContactDuplicate", results[0].Error!.ErrorId);
        Assert.Equal(2, results[1].Value);
    }

    [Fact]
    public void AddCompleted_keeps_its_place()
    {
        var q = new OrderedWorkQueue<int>(2);
        var gate = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        q.Add("first", NoKeys, _ => gate.Task, CancellationToken.None);
        var invalid = new WorkResult<int> { Item = "second", Error = new LiveDeskError(ErrorIds.InvalidEmail, LiveDeskErrorKind.InvalidArgument, "bad") };
        q.AddCompleted(invalid);
        q.Add("third", NoKeys, _ => Task.FromResult(3), CancellationToken.None);
        Assert.Equal(3, q.Count);

        // the completed one is not taken before the pending first item
        Assert.False(q.TryTake(out _));
        gate.SetResult(1);
        var results = Drain(q);
        Assert.Equal(new object[] { "first", "second", "third" }, results.Select(r => r.Item!).ToArray());
        Assert.Same(invalid, results[1]);
        Assert.Equal(ErrorIds.InvalidEmail, results[1].Error!.ErrorId);
        Assert.Equal(3, results[2].Value);
    }

    [Fact]
    public async Task Cancellation_yields_cancelled_results()
    {
        var q = new OrderedWorkQueue<int>(2);
        using var cts = new CancellationTokenSource();
        var started = 0;
        var ranUncancelled = 0;
        for (var i = 0; i < 5; i++)
        {
            q.Add(i, i == 4 ? new[] { "k" } : NoKeys, async ct =>
            {
                Interlocked.Increment(ref started);
                if (!ct.IsCancellationRequested) Interlocked.Increment(ref ranUncancelled);
                await Task.Delay(Timeout.Infinite, ct);
                return 1;
            }, cts.Token);
        }
        var keyedRan = false;
        q.Add(5, new[] { "k" }, _ => { keyedRan = true; return Task.FromResult(5); }, cts.Token); // waits for item 4's key
        await Until(() => Volatile.Read(ref started) == 2, "two items start");
        cts.Cancel();
        Assert.True(q.WaitAll(Long));
        var results = Drain(q);
        Assert.Equal(6, results.Count);
        Assert.All(results, r => { Assert.True(r.Cancelled, $"item {r.Item} not cancelled"); Assert.Null(r.Error); });
        // Items waiting for a slot may be handed one as the cancelled items release theirs; they then
        // see a cancelled token at once. None runs with a live token after Cancel, and the keyed one never runs.
        Assert.Equal(2, ranUncancelled);
        Assert.False(keyedRan);
    }

    [Fact]
    public void Add_after_cancellation_is_cancelled_without_running()
    {
        var q = new OrderedWorkQueue<int>(2);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var ran = false;
        q.Add(1, NoKeys, _ => { ran = true; return Task.FromResult(1); }, cts.Token);
        var r = Drain(q).Single();
        Assert.True(r.Cancelled);
        Assert.False(ran);
    }

    [Fact]
    public void An_exception_in_work_becomes_an_error_result()
    {
        var q = new OrderedWorkQueue<int>(3);
        q.Add("sync throw", NoKeys, _ => throw new InvalidOperationException("boom sync"), CancellationToken.None);
        q.Add("async throw", NoKeys, async _ => { await Task.Yield(); throw new NullReferenceException("boom async"); }, CancellationToken.None);
        q.Add("unrelated cancel", NoKeys, async _ => { await Task.Yield(); throw new OperationCanceledException("not ours"); }, CancellationToken.None);
        q.Add("ok", NoKeys, _ => Task.FromResult(4), CancellationToken.None);

        var results = Drain(q);
        Assert.Equal("LiveDesk.UnexpectedError", results[0].Error!.ErrorId);
        Assert.Contains("boom sync", results[0].Error!.Message);
        Assert.Contains("InvalidOperationException", results[0].Error!.Message);
        Assert.Contains("boom async", results[1].Error!.Message);
        // an OperationCanceledException that is not the queue's cancellation is an error, not "Cancelled"
        Assert.False(results[2].Cancelled);
        Assert.NotNull(results[2].Error);
        Assert.Equal(4, results[3].Value);
    }

    [Fact]
    public void Constructor_rejects_zero()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OrderedWorkQueue<int>(0));
    }
}
