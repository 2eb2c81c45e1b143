using LiveDesk.Errors;
using LiveDesk.Import;
using LiveDesk.Pacing;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>The import loop every import cmdlet shares, driven by a fake host instead of a cmdlet.</summary>
public class ImportEngineTests
{
    private sealed class FakeHost : IImportHost<int>
    {
        private readonly CancellationTokenSource _cancellation = new();
        public List<object> Written { get; } = new();
        public List<string> Summaries { get; } = new();
        public List<string> Verbose { get; } = new();
        public Func<ImportRow<int>, bool> Answer { get; set; } = _ => true;
        public bool StopOnFirstError { get; set; }
        public CancellationToken CancellationToken => _cancellation.Token;
        public bool IsCancelled => _cancellation.IsCancellationRequested;
        public void Cancel() => _cancellation.Cancel();
        public void FlushTrace() { }
        public bool Confirm(ImportRow<int> row) => Answer(row);
        public void WriteResult(int result) => Written.Add(result);
        public bool Previewing { get; set; }
        public void WritePlan(int planned) => Written.Add($"plan {planned}");
        public void WritePlanFailure(object? target, LiveDeskError error) => Written.Add($"plan error {error.ErrorId} for {target}");
        public void WriteFailure(object? target, LiveDeskError error, LiveDeskException? exception)
        {
            Written.Add($"error {error.ErrorId} for {target}");
            if (error.Fatal) throw new InvalidOperationException("terminating: " + error.ErrorId);
        }
        public void WriteProgress(string activity, ProgressUpdate update) { }
        public void WriteSummary(string summary) => Summaries.Add(summary);
        public void WriteVerbose(string line) => Verbose.Add(line);
        public void ThrowStopped() => throw new OperationCanceledException("stopped");
        public Func<bool>? ProbeConsole() => null;
    }

    private static readonly ImportReport<int> Report = new("Testing", "Test import", "rows", new[] { "even", "odd" }) { Classify = v => v % 2 };

    private static ImportEngine<int> Start(FakeHost host, int throttleLimit = 4) => new(host, Report, throttleLimit, throttleLimitGiven: true, new RateGovernor(), () => 7);

    private static LiveDeskError Invalid(string what) => Failures.Invalid(ErrorIds.InvalidInput, what);

    [Fact]
    public void Keeps_several_requests_in_flight_and_writes_results_and_early_errors_in_input_order()
    {
        var host = new FakeHost();
        var engine = Start(host, throttleLimit: 4);
        var inFlight = 0;
        var most = 0;
        for (var i = 0; i < 12; i++)
        {
            var value = i;
            if (i == 5)
            {
                engine.Submit(ImportRow<int>.Failed("row 5", Invalid("bad row")));
                continue;
            }
            engine.Submit(ImportRow<int>.Request($"row {i}", "Test", $"row {i}", async ct =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref most, now);
                // Later rows finish first: the output must still follow the input.
                await Task.Delay(60 - value * 4, ct);
                Interlocked.Decrement(ref inFlight);
                return value;
            }));
        }
        engine.Complete();
        var expected = Enumerable.Range(0, 12).Select(i => i == 5 ? (object)"error LiveDesk.InvalidInput for row 5" : i).ToList();
        Assert.Equal(expected, host.Written);
        Assert.InRange(most, 2, 4);
        var summary = Assert.Single(host.Summaries);
        Assert.StartsWith("Test import: 6 even, 5 odd, 1 failed in ", summary);
        Assert.EndsWith("; 7 answers 429).", summary);
    }

    [Fact]
    public void Under_WhatIf_runs_each_rows_plan_instead_of_its_request_and_counts_what_the_real_run_would_do()
    {
        var host = new FakeHost { Previewing = true, Answer = _ => throw new InvalidOperationException("a planned row must not ask ShouldProcess") };
        var engine = Start(host);
        var sent = 0;
        for (var i = 0; i < 4; i++)
        {
            var value = i;
            var row = ImportRow<int>.Request($"row {i}", "Test", $"row {i}", _ => { Interlocked.Increment(ref sent); return Task.FromResult(value); });
            engine.Submit(i == 2 ? row.WithPlan(_ => throw new LiveDeskException(Invalid("would clash"))) : row.WithPlan(_ => Task.FromResult(value * 10 + 1)));
        }
        engine.Submit(ImportRow<int>.Failed("row 4", Invalid("bad row")));
        engine.Complete();

        Assert.Equal(0, sent);
        Assert.Equal(new object[] { "plan 1", "plan 11", "plan error LiveDesk.InvalidInput for row 2", "plan 31", "plan error LiveDesk.InvalidInput for row 4" }, host.Written);
        Assert.Equal("Test import under -WhatIf, nothing written: the real run would end with 0 even, 3 odd, 2 failed.", Assert.Single(host.Summaries));
    }

    [Fact]
    public void Sends_nothing_for_a_row_ShouldProcess_declines_and_writes_no_summary_when_nothing_ran()
    {
        var host = new FakeHost { Answer = _ => false };
        var engine = Start(host);
        var sent = 0;
        engine.Submit(ImportRow<int>.Previewed("row", "Create", "preview", _ => Task.FromResult(Interlocked.Increment(ref sent))));
        engine.Complete();
        Assert.Equal(0, sent);
        Assert.Empty(host.Written);
        Assert.Empty(host.Summaries);
    }

    [Fact]
    public void Stop_on_the_first_error_sends_one_row_at_a_time()
    {
        var host = new FakeHost { StopOnFirstError = true };
        var engine = Start(host, throttleLimit: 8);
        var inFlight = 0;
        var most = 0;
        for (var i = 0; i < 6; i++)
        {
            engine.Submit(ImportRow<int>.Request(i, "Test", "row", async ct =>
            {
                InterlockedMax(ref most, Interlocked.Increment(ref inFlight));
                await Task.Delay(10, ct);
                Interlocked.Decrement(ref inFlight);
                return 0;
            }));
        }
        engine.Complete();
        Assert.Equal(1, most);
        Assert.Contains(host.Verbose, line => line.Contains("one row at a time"));
    }

    [Fact]
    public void A_fatal_answer_cancels_the_requests_in_flight_before_the_command_ends()
    {
        var host = new FakeHost();
        var engine = Start(host, throttleLimit: 4);
        var fatal = new LiveDeskException(new LiveDeskError(ErrorIds.AuthenticationFailed, LiveDeskErrorKind.AuthenticationError, "401", fatal: true));
        var started = 0;
        var cancelled = 0;
        var ex = Assert.Throws<InvalidOperationException>(() =>
        {
            // The 401 comes once the three rows beside it are in flight (however slowly a loaded machine starts them).
            engine.Submit(ImportRow<int>.Request("first", "Test", "row", async _ =>
            {
                var deadline = DateTime.UtcNow.AddSeconds(10);
                while (Volatile.Read(ref started) < 3 && DateTime.UtcNow < deadline) await Task.Delay(5);
                throw fatal;
            }));
            for (var i = 0; i < 3; i++)
            {
                engine.Submit(ImportRow<int>.Request(i, "Test", "row", async ct =>
                {
                    Interlocked.Increment(ref started);
                    try { await Task.Delay(TimeSpan.FromSeconds(30), ct); }
                    catch (OperationCanceledException) { Interlocked.Increment(ref cancelled); throw; }
                    return 0;
                }));
            }
            engine.Complete();
        });
        Assert.Contains("AuthenticationFailed", ex.Message);
        Assert.True(host.IsCancelled);
        // The three requests started beside the first were cancelled, not left running past the command.
        Assert.Equal(3, Volatile.Read(ref started));
        Assert.Equal(3, Volatile.Read(ref cancelled));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
