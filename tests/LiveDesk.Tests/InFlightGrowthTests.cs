using LiveDesk.Pacing;
using Xunit;
using Xunit.Abstractions;

namespace LiveDesk.Tests;

/// <summary>
/// Requests in flight follow the round trip when -ThrottleLimit is not given: far from the server 16 requests
/// cannot carry what the server allows. On the simulated limiters (exact and repeatable), plus the rule on numbers.
/// </summary>
public class InFlightGrowthTests(ITestOutputHelper output)
{
    private void Show(string what, SimResult r) =>
        output.WriteLine($"{what}: {r.Done}/{r.Rows} rows in {r.Seconds:0.0} s = {r.Rate:0.0}/s, {r.Refused} of {r.Requests} refused ({r.RefusedShare:P1}), peak {r.PeakInFlight} in flight");

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.3)]
    public void Far_from_the_server_default_settings_reach_the_limit(double latency)
    {
        var r = new PacingSimulation().ImportFollowing(SimLimiter.Fixed(50, 1), 1500, latency);
        Show($"{latency * 1000:0} ms, 50/s fixed", r);
        for (var t = 0; t < 12; t++) output.WriteLine($"  second {t}: {r.RateBetween(t, t + 1):0}/s");
        Assert.Equal(r.Rows, r.Done);
        Assert.InRange(r.ShareOf(50, 1), 0.90, 1.05);
        Assert.InRange(r.RefusedShare, 0, 0.10);
        Assert.InRange(r.PeakInFlight, InFlightGrowth.DefaultLimit + 1, InFlightGrowth.Cap);
    }

    [Fact]
    public void An_explicit_throttle_limit_is_a_hard_cap()
    {
        // 16 at 500 ms carry 32/s: under the limit, never refused, and still no more than 16.
        var r = new PacingSimulation().ImportFollowing(SimLimiter.Fixed(50, 1), 600, 0.5, throttleLimit: 16);
        Show("500 ms, 50/s fixed, -ThrottleLimit 16", r);
        Assert.Equal(16, r.PeakInFlight);
        Assert.InRange(r.Rate, 25, 32.1);
    }

    [Fact]
    public void Without_a_limit_the_round_trip_sets_the_rate_up_to_the_cap()
    {
        var r = new PacingSimulation().ImportFollowing(SimLimiter.None(), 3000, 0.1);
        Show("100 ms, no limit", r);
        Assert.Equal(InFlightGrowth.Cap, r.PeakInFlight);
        Assert.InRange(r.RateBetween(3, 4), 0.9 * InFlightGrowth.Cap / 0.1, InFlightGrowth.Cap / 0.1);
    }

    [Theory]
    [InlineData("fixed")]
    [InlineData("sliding")]
    [InlineData("bucket")]
    public void Near_the_server_the_pace_binds_and_the_matrix_holds(string kind)
    {
        // The matrix's cells: 100 ms, 50/s (ten windows). 16 in flight carry 160/s: the server is the bound.
        var server = kind switch { "fixed" => SimLimiter.Fixed(50, 1), "sliding" => SimLimiter.Sliding(50, 1), _ => SimLimiter.TokenBucket(50, 1, 10) };
        var r = new PacingSimulation().ImportFollowing(server, 500, 0.1);
        Show(kind + " 50/s at 100 ms", r);
        Assert.InRange(r.ShareOf(50, 1), 0.90, 1.1);
        Assert.InRange(r.RefusedShare, 0, 0.10);
    }

    [Fact]
    public void Refusals_shrink_it_once_per_round_never_below_the_start()
    {
        var g = new InFlightGrowth(16, adaptive: true);
        var t = 0.0;
        long done = 0;
        // Busy, unrefused, unpaced: doubles every round (at least a second and a round of rows) up to the cap.
        for (var i = 0; i < 40; i++) { t += 0.1; done += 20; g.Observe(t, done, 0, busy: true, pace: null, holding: false); }
        Assert.Equal(64, g.Limit);
        Assert.Equal("the round trip sets the rate", g.Reason);
        var line = g.Observe(t += 0.1, done, 1, busy: true, pace: null, holding: true);
        Assert.Equal(32, g.Limit);
        Assert.Contains("429", line);
        // The same refused burst (probes in the exhausted window) does not halve it again within the round.
        Assert.Null(g.Observe(t += 0.1, done, 5, busy: true, pace: null, holding: true));
        Assert.Equal(32, g.Limit);
        g.Observe(t += 1.0, done, 9, busy: true, pace: null, holding: true);
        Assert.Equal(16, g.Limit);
        g.Observe(t += 1.0, done, 12, busy: true, pace: null, holding: true);
        Assert.Equal(16, g.Limit);
        // Paced and finishing at the pace: the server binds, no growth.
        for (var i = 0; i < 40; i++) { t += 0.1; done += 5; g.Observe(t, done, 12, busy: true, pace: 50, holding: false); }
        Assert.Equal(16, g.Limit);
        // Slots not busy (the input is the bound): no growth either.
        for (var i = 0; i < 40; i++) { t += 0.1; done += 2; g.Observe(t, done, 12, busy: false, pace: 50, holding: false); }
        Assert.Equal(16, g.Limit);
    }

    [Fact]
    public void A_given_number_never_changes()
    {
        var g = new InFlightGrowth(8, adaptive: false);
        var t = 0.0;
        for (var i = 0; i < 40; i++) { t += 0.1; Assert.Null(g.Observe(t, i * 20, i % 3, busy: true, pace: null, holding: false)); }
        Assert.Equal(8, g.Limit);
        Assert.False(g.Adaptive);
    }
}
