using Xunit;
using Xunit.Abstractions;

namespace LiveDesk.Tests;

/// <summary>
/// Capacity left unused: a remembered pace outliving its limit, a limit raised or cut mid-run. On the simulated
/// limiters, so the figures are exact and repeatable.
/// </summary>
public class PacingCapacityTests(ITestOutputHelper output)
{
    private static SimLimiter Make(string kind, int limit) =>
        kind == "fixed" ? SimLimiter.Fixed(limit, 1) : SimLimiter.Sliding(limit, 1);

    private void Show(string what, SimResult r) =>
        output.WriteLine($"{what}: {r.Done}/{r.Rows} rows in {r.Seconds:0.0} s = {r.Rate:0.0}/s, {r.Refused} of {r.Requests} refused ({r.RefusedShare:P1})");

    [Fact]
    public void A_remembered_pace_is_a_starting_point_not_a_ceiling()
    {
        // A connection that learned 50/s; the limit is gone by the next import. 16 in flight at 100 ms carry 160/s.
        var sim = new PacingSimulation();
        sim.Import(SimLimiter.Fixed(50, 1), 500);
        Assert.InRange(sim.Governor.CurrentRate!.Value, 40, 60);
        sim.Idle(10);
        var r = sim.Import(SimLimiter.None(), 1600);
        Show("limit lifted", r);
        for (var t = 0; t < 10; t++) output.WriteLine($"  second {t}: {r.RateBetween(t, t + 1):0}/s");
        Assert.InRange(r.Rate, 110, 160);
        Assert.InRange(r.RateBetween(9, 10), 0.9 * 160, 160);
    }

    [Theory]
    [InlineData("fixed")]
    [InlineData("sliding")]
    public void A_tripled_limit_is_found_within_40_seconds(string kind)
    {
        var sim = new PacingSimulation(startAt: 1000);
        var r = sim.Import(SimLimiter.Switch(Make(kind, 50), 1020, Make(kind, 150)), 150 * 40);
        Show(kind + " tripled at 20 s", r);
        for (var t = 15; t < 60; t += 5) output.WriteLine($"  {t}-{t + 5} s: {r.RateBetween(t, t + 5):0}/s");
        Assert.Equal(r.Rows, r.Done);
        Assert.InRange(r.RateBetween(55, 60), 0.85 * 150, 160);
        Assert.InRange(r.RefusedShare, 0, 0.10);
    }

    [Theory]
    [InlineData("fixed")]
    [InlineData("sliding")]
    public void A_halved_limit_is_followed_with_few_refusals(string kind)
    {
        var sim = new PacingSimulation(startAt: 1000);
        var r = sim.Import(SimLimiter.Switch(Make(kind, 50), 1020, Make(kind, 25)), 50 * 20 + 25 * 20);
        Show(kind + " halved at 20 s", r);
        for (var t = 18; t < 26; t++) output.WriteLine($"  {t}-{t + 1} s: {r.RateBetween(t, t + 1):0}/s");
        Assert.Equal(r.Rows, r.Done);
        Assert.InRange(r.RefusedShare, 0, 0.10);
    }

    [Theory]
    [InlineData("fixed")]
    [InlineData("sliding")]
    public void A_slow_pace_that_grows_is_used_at_once(string kind)
    {
        // 16 rows in flight at 4/s: slots booked far ahead would hold four seconds of the old pace, whatever it
        // grew to since. The limit is lifted at 20 s; 16 in flight at 100 ms carry 160/s.
        var sim = new PacingSimulation(startAt: 1000);
        var r = sim.Import(SimLimiter.Switch(Make(kind, 4), 1020, SimLimiter.None()), 80 + 160 * 20);
        for (var t = 18; t < 34; t += 2) output.WriteLine($"  {t}-{t + 2} s: {r.RateBetween(t, t + 2):0}/s");
        Assert.InRange(r.RateBetween(30, 32), 0.9 * 160, 160);
    }
}
