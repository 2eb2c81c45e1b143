using Xunit;
using Xunit.Abstractions;

namespace LiveDesk.Tests;

/// <summary>
/// Two jobs on two connections sharing one limit: A imports alone, B joins for a while, then B finishes and A
/// has the limit to itself again. On the simulated limiters, so the figures are exact and repeatable.
/// </summary>
public class PacingSharingTests(ITestOutputHelper output)
{
    private static SimLimiter Make(string kind, int limit) =>
        kind == "fixed" ? SimLimiter.Fixed(limit, 1) : SimLimiter.Sliding(limit, 1);

    [Theory]
    [InlineData("fixed", 0.0)]
    [InlineData("fixed", 0.37)]
    [InlineData("sliding", 0.0)]
    [InlineData("sliding", 0.37)]
    public void Two_jobs_sharing_one_limit_use_most_of_it(string kind, double phase)
    {
        var sim = new PacingSimulation(startAt: 1000 + phase);
        var server = Make(kind, 50);
        var a = new SimJob(2500, Governor: sim.NewConnection());
        var b = new SimJob(400, StartAfter: 10, Governor: sim.NewConnection());
        var r = sim.Run(server, a, b);
        var (ra, rb) = (r[0], r[1]);
        var bLeft = 10 + rb.Seconds;
        var end = Math.Max(ra.Seconds, bLeft);
        var whole = (ra.Done + rb.Done) / end / 50;
        // Whoever finishes first leaves the limit to the other.
        var after = ra.Seconds > bLeft
            ? ra.DoneAt.Count(t => t > bLeft) / (ra.Seconds - bLeft) / 50
            : rb.DoneAt.Count(t => t + 10 > ra.Seconds) / (bLeft - ra.Seconds) / 50;
        output.WriteLine($"{kind}: A {ra.Done} rows in {ra.Seconds:0.0} s ({ra.Refused}/{ra.Requests} refused), B {rb.Done} in {rb.Seconds:0.0} s ({rb.Refused}/{rb.Requests} refused)");
        output.WriteLine($"  whole run {whole:P1}, the one left alone {after:P1}");
        for (var t = 0; t < (int)end; t += 2) output.WriteLine($"  {t,3}-{t + 2} s: A {ra.RateBetween(t, t + 2),4:0}/s  B {rb.DoneAt.Count(x => x + 10 > t && x + 10 <= t + 2) / 2.0,4:0}/s");
        Assert.Equal(ra.Rows, ra.Done);
        Assert.Equal(rb.Rows, rb.Done);
        // The goal is 90% for both figures under both kinds. Reached: fixed over the whole run (92.8-94.8%). Not yet:
        // fixed after one left (86-89%), sliding (88.8% whole, 80.8% after): a sliding window that counts refusals
        // keeps whoever paces first ahead (the other starves at a few per second), and every overshoot costs it.
        // These floors hold what was gained (the old pacing: fixed 83% after, sliding 24% after).
        var (wholeFloor, afterFloor) = kind == "fixed" ? (0.90, 0.85) : (0.85, 0.75);
        Assert.InRange(whole, wholeFloor, 1.05);
        Assert.InRange(after, afterFloor, 1.05);
    }
}
