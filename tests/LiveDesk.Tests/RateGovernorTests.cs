using System.Diagnostics;
using LiveDesk.Api;
using Xunit;

namespace LiveDesk.Tests;

public class RateGovernorTests
{
    /// <summary>A clock in Stopwatch ticks that only moves when told.</summary>
    private sealed class FakeClock
    {
        public long Now = 1000 * Stopwatch.Frequency; // a positive clock, like Stopwatch.GetTimestamp()
        public void Advance(double seconds) => Now += (long)(seconds * Stopwatch.Frequency);
    }

    private static (RateGovernor Governor, FakeClock Clock) Create()
    {
        var clock = new FakeClock();
        return (new RateGovernor(() => clock.Now), clock);
    }

    /// <summary>Admits <paramref name="count"/> requests spread evenly over <paramref name="seconds"/>.</summary>
    private static void Admit(RateGovernor g, FakeClock clock, int count, double seconds)
    {
        for (var i = 0; i < count; i++)
        {
            g.OnAdmitted();
            clock.Advance(seconds / count);
        }
    }

    [Fact]
    public void Unlimited_before_any_429()
    {
        var (g, clock) = Create();
        for (var i = 0; i < 500; i++)
        {
            Assert.Equal(TimeSpan.Zero, g.Reserve());
            g.OnAdmitted();
        }
        clock.Advance(0.001);
        Assert.Equal(TimeSpan.Zero, g.Reserve());
        Assert.Null(g.CurrentRate);
        Assert.Equal(TimeSpan.Zero, g.CurrentPause);
    }

    [Fact]
    public void First_429_sets_the_rate_to_0_9_times_the_admissions_of_the_last_second()
    {
        var (g, clock) = Create();
        Admit(g, clock, 50, 2.0);  // old: these leave the window
        clock.Advance(1.5);
        Admit(g, clock, 20, 0.8);  // 20 in the last second
        clock.Advance(0.1);
        g.OnThrottled(null);
        Assert.Equal(18.0, g.CurrentRate!.Value, 6);
    }

    [Fact]
    public void First_429_on_the_real_clock_sets_a_rate()
    {
        // Stopwatch.GetTimestamp() is positive: the production constructor must start pacing on a 429 too.
        var g = new RateGovernor();
        for (var i = 0; i < 10; i++) g.OnAdmitted();
        g.OnThrottled(null);
        Assert.NotNull(g.CurrentRate);
        Assert.InRange(g.CurrentRate!.Value, 8.9, 9.5);
    }

    [Fact]
    public void First_429_without_admissions_starts_at_the_minimum()
    {
        var (g, _) = Create();
        g.OnThrottled(null);
        Assert.Equal(RateGovernor.MinimumRate, g.CurrentRate);
    }

    [Fact]
    public void A_burst_of_429s_within_a_second_decreases_once_and_a_later_one_again()
    {
        var (g, clock) = Create();
        Admit(g, clock, 20, 0.5);
        g.OnThrottled(null);
        var first = g.CurrentRate!.Value;
        Assert.Equal(18.0, first, 6);
        for (var i = 0; i < 9; i++)
        {
            clock.Advance(0.1);
            g.OnThrottled(null); // the requests already in flight bounce too
        }
        // no decrease inside the burst (growth is capped: nothing admitted in the last second)
        Assert.Equal(18.0, g.CurrentRate!.Value, 6);

        clock.Advance(0.15); // > 1 s after the first decrease
        g.OnThrottled(null);
        Assert.Equal(18.0 * 0.9, g.CurrentRate!.Value, 6);
    }

    [Fact]
    public void Additive_growth_while_the_rate_is_used()
    {
        var (g, clock) = Create();
        Admit(g, clock, 20, 0.99);
        g.OnThrottled(null);
        var start = g.CurrentRate!.Value;
        Assert.Equal(18.0, start, 6);

        // keep sending at the paced rate for 3 seconds: growth is max(1, 5 % of the rate) per second
        var previous = start;
        for (var step = 0; step < 60; step++)
        {
            var wait = g.Reserve();
            clock.Advance(wait.TotalSeconds);
            g.OnAdmitted();
            var rate = g.CurrentRate!.Value;
            Assert.True(rate >= previous - 1e-9, $"rate fell from {previous} to {rate} without a 429");
            previous = rate;
        }
        var final = g.CurrentRate!.Value;
        Assert.True(final > start + 1.5, $"no additive growth: {start} -> {final}");
        Assert.True(final < start + 6, $"growth is not additive: {start} -> {final}");
    }

    [Fact]
    public void Growth_is_capped_near_the_admitted_rate_when_the_sender_is_slow()
    {
        var (g, clock) = Create();
        Admit(g, clock, 2, 0.5);
        g.OnThrottled(null);
        Assert.Equal(1.8, g.CurrentRate!.Value, 6);

        // two requests per second for a minute: ceiling 2 * 1.5 + 5 = 8
        var max = 0.0;
        for (var i = 0; i < 120; i++)
        {
            clock.Advance(0.25);
            g.OnAdmitted();
            clock.Advance(0.25);
            max = Math.Max(max, g.CurrentRate!.Value);
        }
        Assert.True(max <= 8.0 + 1e-9, $"grew to {max}, beyond 1.5 x 2 + 5");
        Assert.True(max >= 7.5, $"did not grow towards the ceiling: {max}");
    }

    [Fact]
    public void Growth_when_idle_stays_at_the_floor_ceiling()
    {
        var (g, clock) = Create();
        Admit(g, clock, 100, 0.9);
        g.OnThrottled(null);
        Assert.Equal(90, g.CurrentRate!.Value, 6);
        clock.Advance(600); // idle ten minutes
        Assert.Equal(90, g.CurrentRate!.Value, 6); // not higher than before, not lower either
        var (g2, clock2) = Create();
        g2.OnThrottled(null); // rate 1
        clock2.Advance(600);
        Assert.True(g2.CurrentRate <= 5.0 + 1e-9, $"idle growth to {g2.CurrentRate}");
    }

    [Fact]
    public void The_server_requested_wait_is_known_while_its_clamped_pause_lasts_and_forgotten_after()
    {
        var (g, clock) = Create();
        Assert.Equal(TimeSpan.Zero, g.RequestedWait);
        g.OnThrottled(TimeSpan.FromSeconds(300), TimeSpan.FromSeconds(999999));
        Assert.Equal(300.0, g.CurrentPause.TotalSeconds, 3);
        Assert.Equal(999999.0, g.RequestedWait.TotalSeconds, 3);
        clock.Advance(100);
        Assert.Equal(999899.0, g.RequestedWait.TotalSeconds, 3);
        // The clamp is the point: once the pause is over, the connection tries again.
        clock.Advance(201);
        Assert.Equal(TimeSpan.Zero, g.CurrentPause);
        Assert.Equal(TimeSpan.Zero, g.RequestedWait);
        // Without a separate request, the pause is what was asked for.
        g.OnThrottled(TimeSpan.FromSeconds(2));
        Assert.Equal(2.0, g.RequestedWait.TotalSeconds, 3);
    }

    [Fact]
    public void Retry_after_pauses_reserve_for_everyone()
    {
        var (g, clock) = Create();
        Admit(g, clock, 10, 0.5); // rate will be 9/s
        g.OnThrottled(TimeSpan.FromSeconds(3));
        Assert.Equal(3.0, g.CurrentPause.TotalSeconds, 3);
        var waits = Enumerable.Range(0, 4).Select(_ => g.Reserve().TotalSeconds).ToArray();
        Assert.Equal(3.0, waits[0], 3);
        for (var i = 1; i < waits.Length; i++) Assert.Equal(3.0 + i / 9.0, waits[i], 3);

        clock.Advance(1);
        Assert.Equal(2.0, g.CurrentPause.TotalSeconds, 3);
        // a later, shorter Retry-After does not shorten the pause
        g.OnThrottled(TimeSpan.FromSeconds(0.5));
        Assert.Equal(2.0, g.CurrentPause.TotalSeconds, 3);
        Assert.True(g.Reserve() >= TimeSpan.FromSeconds(2));

        clock.Advance(10);
        Assert.Equal(TimeSpan.Zero, g.CurrentPause);
    }

    [Fact]
    public void Retry_after_pauses_even_while_unlimited_otherwise()
    {
        var (g, clock) = Create();
        g.OnThrottled(TimeSpan.FromSeconds(2));
        Assert.True(g.Reserve() >= TimeSpan.FromSeconds(2) - TimeSpan.FromMilliseconds(1));
        clock.Advance(2.5);
        Assert.True(g.Reserve() < TimeSpan.FromSeconds(1.01));
    }

    [Fact]
    public void Reserve_spaces_slots_by_one_over_the_rate()
    {
        var (g, clock) = Create();
        Admit(g, clock, 10, 0.9);
        g.OnThrottled(null);
        var rate = g.CurrentRate!.Value;
        Assert.Equal(9, rate, 6);
        var waits = Enumerable.Range(0, 10).Select(_ => g.Reserve().TotalSeconds).ToArray();
        Assert.Equal(0, waits[0], 6);
        for (var i = 1; i < waits.Length; i++) Assert.Equal(1 / rate, waits[i] - waits[i - 1], 4);

        // after the reserved slots have passed, the next one is immediate again
        clock.Advance(5);
        Assert.Equal(TimeSpan.Zero, g.Reserve());
    }

    [Fact]
    public async Task WaitTurnAsync_completes_at_once_while_unlimited_and_honours_cancellation()
    {
        var (g, _) = Create();
        Assert.True(g.WaitTurnAsync(CancellationToken.None).IsCompleted);
        g.OnThrottled(TimeSpan.FromSeconds(30));
        using var cts = new CancellationTokenSource(50);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => g.WaitTurnAsync(cts.Token));
    }

    [Fact]
    public void A_later_429_keeps_the_slots_already_handed_out()
    {
        var (g, clock) = Create();
        Admit(g, clock, 20, 1.0);
        g.OnThrottled(null);                       // paced at 18/s
        var reserved = Enumerable.Range(0, 40).Select(_ => g.Reserve()).ToList();
        var lastBooked = reserved[^1];
        Assert.True(lastBooked > TimeSpan.FromSeconds(2), $"forty slots at 18/s reach {lastBooked}");

        clock.Advance(1.1);                        // a second burst, after the one-second hold-off
        g.OnThrottled(null);
        // The next slot comes after those already booked (less the time that passed), never back at "now".
        var next = g.Reserve();
        Assert.True(next >= TimeSpan.Zero);
        Assert.True(next + TimeSpan.FromSeconds(1.1) >= lastBooked, $"next slot {next} overlaps the booked ones ending at {lastBooked}");
    }
}
