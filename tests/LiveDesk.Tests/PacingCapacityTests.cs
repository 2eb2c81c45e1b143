using LiveDesk.Pacing;
using Xunit;
using Xunit.Abstractions;

namespace LiveDesk.Tests;

/// <summary>
/// Capacity left unused: a remembered pace outliving its limit, a limit raised or cut mid-run, a limit shared by two jobs. On the simulated
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
        // A connection that learned 50/s; the limit is gone by the next import, five seconds later (as in the bench).
        // 16 in flight at 100 ms carry 160/s on paper; with the engine's own time per row, what a fresh connection
        // reaches in the same world is the capacity.
        var capacity = new PacingSimulation().Import(SimLimiter.None(), 1600, engine: SimEngine.Loaded).Rate;
        var sim = new PacingSimulation();
        sim.Import(SimLimiter.Fixed(50, 1), 500, engine: SimEngine.Loaded);
        Assert.InRange(sim.Governor.CurrentRate!.Value, 40, 60);
        sim.Idle(5);
        var r = sim.Import(SimLimiter.None(), 1600, engine: SimEngine.Loaded);
        Show($"limit lifted (capacity {capacity:0}/s)", r);
        for (var t = 0; t < 10; t++) output.WriteLine($"  second {t}: {r.RateBetween(t, t + 1):0}/s");
        Assert.InRange(r.Rate, 110, capacity);
        Assert.InRange(r.RateBetween(9, 10), 0.9 * capacity, 1.05 * capacity);
    }

    // A share given back, as one job sees it: 50/s, then 25/s for fifteen seconds (another job took half), then 50/s again.
    // Under Rack::Attack's clock-aligned window the pace returns to the best it held within a few windows of the limit
    // coming back, all the way: 94% of the limit in the third to fifth second after (a return that stopped at 85% of the
    // pace and crept on from there: 89%), and the limit's rate in the five seconds after that.
    [Fact]
    public void A_share_given_back_is_used_again_within_a_few_windows()
    {
        var sim = new PacingSimulation(startAt: 1000);
        var start = sim.Now;
        var server = SimLimiter.Switch(SimLimiter.Fixed(50, 1), start + 10, SimLimiter.Switch(SimLimiter.Fixed(25, 1), start + 25, SimLimiter.Fixed(50, 1)));
        var r = sim.ImportFollowing(server, 1700, 0.1, engine: SimEngine.Loaded);
        Show("50/s, 25/s from 10 s, 50/s again from 25 s", r);
        for (var t = 20; t < (int)r.Seconds + 1; t++) output.WriteLine($"  {t}-{t + 1} s: {r.RateBetween(t, t + 1):0}/s, {r.RefusedAt.Count(x => x > t && x <= t + 1)} refused");
        Assert.Equal(r.Rows, r.Done);
        Assert.InRange(r.RateBetween(20, 25), 20, 27);
        Assert.InRange(r.RateBetween(27, 30), 0.92 * 50, 1.05 * 50);
        Assert.InRange(r.RateBetween(30, 35), 0.9 * 50, 1.05 * 50);
    }

    // As the bench plays it: a connection that learned 50/s imports again, and the limit is lifted after about ten seconds.
    // Capacity is what a fresh connection reaches with no limit in the same world (16 in flight, the engine's time per row).
    [Fact]
    public void A_limit_lifted_mid_run_is_used_within_seconds()
    {
        var capacity = new PacingSimulation().Import(SimLimiter.None(), 1600, engine: SimEngine.Loaded).Rate;
        var sim = new PacingSimulation(startAt: 1000);
        sim.Import(SimLimiter.Fixed(50, 1), 500, engine: SimEngine.Loaded);
        sim.Idle(5);
        var r = sim.Import(SimLimiter.Switch(SimLimiter.Fixed(50, 1), sim.Now + 10, SimLimiter.None()), 1600, engine: SimEngine.Loaded);
        var ideal = 10 + (1600 - 500) / capacity;
        Show($"lifted at 10 s (capacity {capacity:0}/s, ideal {ideal:0.0} s, {ideal / r.Seconds:0.00}x)", r);
        for (var t = 0; t < (int)r.Seconds + 1; t++) output.WriteLine($"  {t}-{t + 1} s: {r.RateBetween(t, t + 1):0}/s, {r.RefusedAt.Count(x => x > t && x <= t + 1)} refused");
        Assert.Equal(r.Rows, r.Done);
        // The bench's target is 0.80x; here 0.74x. The pace crept at the limit and was refused every other window, so the
        // window looks two seconds long and growth accelerates only eight seconds after the last refusal (six after the
        // lift). Waiting fewer windows reached 0.81x but cost the sliding window's sharing cells 3-6 points. This floor
        // holds what there is.
        Assert.InRange(ideal / r.Seconds, 0.72, 1.05);
    }

    [Theory]
    [InlineData("fixed")]
    [InlineData("sliding")]
    public void A_tripled_limit_is_found_within_40_seconds(string kind)
    {
        var sim = new PacingSimulation(startAt: 1000);
        var r = sim.Import(SimLimiter.Switch(Make(kind, 50), 1020, Make(kind, 150)), 150 * 40, engine: SimEngine.Loaded);
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
        var r = sim.Import(SimLimiter.Switch(Make(kind, 50), 1020, Make(kind, 25)), 50 * 20 + 25 * 20, engine: SimEngine.Loaded);
        Show(kind + " halved at 20 s", r);
        for (var t = 18; t < 26; t++) output.WriteLine($"  {t}-{t + 1} s: {r.RateBetween(t, t + 1):0}/s");
        Assert.Equal(r.Rows, r.Done);
        Assert.InRange(r.RefusedShare, 0, 0.10);
    }

    // Far from the server a fixed window has reopened by the time its refusal arrives, so every refusal looks like a
    // sliding window's (reopened at once). A pace above a limit cut from 62 to 50/s came down 3-4% per refusal, one
    // refusal every two seconds (45.8/s in the second ten seconds after the cut); the window before the refused send
    // bounds where it resumes.
    [Fact]
    public void Far_from_the_server_a_pace_above_a_cut_limit_comes_down_in_a_few_refusals()
    {
        var sim = new PacingSimulation();
        var r = sim.ImportFollowing(SimLimiter.Switch(SimLimiter.Fixed(62, 1), sim.Now + 20, SimLimiter.Fixed(50, 1)), 2500, 0.5, engine: SimEngine.Loaded);
        Show("500 ms, 62/s cut to 50/s at 20 s", r);
        for (var t = 18; t < 40; t += 2) output.WriteLine($"  {t}-{t + 2} s: {r.RateBetween(t, t + 2):0}/s, {r.RefusedAt.Count(x => x >= t && x < t + 2)} refused");
        Assert.Equal(r.Rows, r.Done);
        Assert.InRange(r.RateBetween(30, 40), 0.94 * 50, 1.02 * 50);
        Assert.InRange(r.RefusedAt.Count(x => x >= 26 && x < 40), 0, 12);
    }

    // As the bench plays it: a connection that learned 50/s imports again five seconds later; its remembered pace is
    // stale, so it probes upward while the limit still holds, then the limit is halved about ten seconds in.
    [Theory]
    [InlineData("fixed")]
    [InlineData("sliding")]
    public void A_halved_limit_after_a_learned_pace_is_followed_with_few_refusals(string kind)
    {
        var sim = new PacingSimulation(startAt: 1000);
        sim.Import(Make(kind, 50), 500, engine: SimEngine.Loaded);
        sim.Idle(5);
        var r = sim.Import(SimLimiter.Switch(Make(kind, 50), sim.Now + 10, Make(kind, 25)), 875, engine: SimEngine.Loaded);
        Show(kind + " learned, halved at 10 s", r);
        for (var t = 8; t < (int)r.Seconds + 1; t++) output.WriteLine($"  {t}-{t + 1} s: {r.RateBetween(t, t + 1):0}/s, {r.RefusedAt.Count(x => x > t && x <= t + 1)} refused");
        Assert.Equal(r.Rows, r.Done);
        // Averaged over ten seconds of windows, the cut was followed over ten seconds of refusals: 10.3% refused (fixed). Under
        // the sliding window the pace now returns toward the best it held after two quiet windows (a sharer that left is found
        // that way), and with the limit halved each return is refused: 7.9% refused instead of 6.2%, within the 10%.
        Assert.InRange(r.RefusedShare, 0, kind == "fixed" ? 0.07 : 0.09);
        // Followed down within three windows of the cut: after that, refusals are the pace's own creep (fixed). A sliding
        // window that counted the refused sends dips under the new limit and probes back, at about 28 refusals.
        if (kind == "fixed") Assert.InRange(r.RefusedAt.Count(t => t > 13), 0, 10);
        // The ideal is 10 s at 50/s and 15 s at 25/s. Reached: fixed 0.98x; sliding 0.85x (the window with the cut in it
        // counted refused sends too, and the pace dips under the new limit for a few seconds; 0.83x before the returns).
        Assert.InRange(25.0 / r.Seconds, kind == "fixed" ? 0.9 : 0.82, 1.05);
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

    // The two-job case is chaotic: a small change of when B joins, of the window's phase or of A's rows decides who is refused
    // first and who is left alone, and one run can read 20 points off the next (the bench's spread). So the same case over
    // ten phases of the window, three join times and three sizes of A's file (90 runs, requests in flight following the round
    // trip), by the medians and the means. Sliding, medians: whole run 87.6%, the one left alone for at least two seconds
    // 91.2%; means 88.0% and 87.3%. Before a joiner slow-started and a sliding window's pace returned to its best: medians
    // 86.0% and 71.0%, means 86.0% and 66.2%; with those but a joiner probing only after four quiet windows: medians 88.2% and
    // 84.5%, means 86.4% and 65.7% (in a fifth of the runs B, left alone at a small share, crept back for seconds). Fixed:
    // medians 97.1% and 94.3%, means 96.6% and 93.5%.
    [Theory]
    [InlineData("sliding", 0.87, 0.89, 0.87, 0.85)]
    [InlineData("fixed", 0.95, 0.92, 0.95, 0.92)]
    public void Two_jobs_sharing_one_limit_across_phases_and_joins(string kind, double wholeFloor, double afterFloor, double wholeMean, double afterMean)
    {
        var wholes = new List<double>();
        var afters = new List<double>();
        foreach (var phase in new[] { 0.0, 0.07, 0.13, 0.29, 0.37, 0.44, 0.61, 0.72, 0.85, 0.93 })
        foreach (var join in new[] { 7.0, 8.0, 9.0 })
        foreach (var rows in new[] { 1500, 1700, 2000 })
        {
            var run = RunShared(kind, phase, join, rows, 300, followsRoundTrip: true);
            Assert.Equal(run.A.Rows, run.A.Done);
            Assert.Equal(run.B.Rows, run.B.Done);
            wholes.Add(run.Whole);
            // Left alone for under two seconds, the other's rows are the tail of what it had in flight.
            if (run.Alone >= 2) afters.Add(run.After);
        }
        wholes.Sort();
        afters.Sort();
        output.WriteLine($"{kind}: whole run mean {wholes.Average():P1} (median {wholes[wholes.Count / 2]:P1}, lowest {wholes[0]:P1}); " +
            $"the one left alone mean {afters.Average():P1} (median {afters[afters.Count / 2]:P1}, lowest {afters[0]:P1}, {afters.Count} runs)");
        Assert.InRange(wholes[wholes.Count / 2], wholeFloor, 1.05);
        Assert.InRange(afters[afters.Count / 2], afterFloor, 1.05);
        Assert.InRange(wholes.Average(), wholeMean, 1.05);
        Assert.InRange(afters.Average(), afterMean, 1.05);
    }

    // A command whose first burst is refused almost at once joined a limit another job keeps nearly full: it slow-starts from
    // the gap that job left instead of creeping up from it. Before, B paced at 5/s of a 50/s sliding window for fifteen seconds
    // after joining (a tenth of the limit) and its 300 rows took 32 s; A, which had the limit to itself, yields by its refusals.
    [Theory]
    [InlineData("sliding")]
    [InlineData("fixed")]
    public void A_job_that_joins_a_busy_limit_finds_a_share_of_it(string kind)
    {
        var b = RunShared(kind, 0, 8, 1500, 300, followsRoundTrip: true).B;
        var joined = b.DoneAt.Count(t => t > 3 && t <= 13) / 10.0;
        output.WriteLine($"{kind}: B {joined:0.0}/s from 3 to 13 s after joining, its 300 rows in {b.Seconds:0.0} s ({b.Refused} refused)");
        Assert.Equal(300, b.Done);
        Assert.InRange(joined, 0.2 * 50, 0.6 * 50);
    }

    // Alone under a sliding window smaller than the first burst (16 in flight, 8 a second), a command sees its burst refused
    // after a few requests, as a joiner does; but its own burst fills the window, so it holds for a whole second before the
    // window frees, and it is not taken for a joiner. Taken for one (slow start, a refusal forgiven), it had 18.6% refused and
    // 5.7/s; as before the rule, 10.1% and 6.9/s. Limits this small cost more than the matrix's anyway (10-23% refused at 5-8 per
    // second, fixed or sliding): open.
    [Fact]
    public void Alone_under_a_sliding_window_smaller_than_the_first_burst_it_is_no_joiner()
    {
        var sim = new PacingSimulation(startAt: 1000.37);
        var r = sim.Import(SimLimiter.Sliding(8, 1), 8 * 30, engine: SimEngine.Loaded);
        Show("sliding 8/s alone", r);
        Assert.Equal(r.Rows, r.Done);
        Assert.InRange(r.Rate, 0.85 * 8, 1.05 * 8);
        Assert.InRange(r.RefusedShare, 0, 0.12);
    }

    // Two jobs on two connections sharing one limit: A imports alone, B joins for a while, then B finishes and A
    // has the limit to itself again.
    // followsRoundTrip: requests in flight follow the round trip as the import engine's default does (InFlightGrowth), with
    // the bench's rows (A 1,500, B 300 joining at 8 s); else 16 in flight, A 2,500 and B 400 joining at 10 s.
    [Theory]
    [InlineData("fixed", 0.0, false)]
    [InlineData("fixed", 0.37, false)]
    [InlineData("sliding", 0.0, false)]
    [InlineData("sliding", 0.37, false)]
    [InlineData("fixed", 0.0, true)]
    [InlineData("fixed", 0.37, true)]
    [InlineData("sliding", 0.0, true)]
    public void Two_jobs_sharing_one_limit_use_most_of_it(string kind, double phase, bool followsRoundTrip)
    {
        var join = followsRoundTrip ? 8 : 10;
        var run = RunShared(kind, phase, join, followsRoundTrip ? 1500 : 2500, followsRoundTrip ? 300 : 400, followsRoundTrip);
        var (ra, rb, whole, alone, after) = (run.A, run.B, run.Whole, run.Alone, run.After);
        var end = Math.Max(ra.Seconds, join + rb.Seconds);
        // Left alone for under two seconds, the other's rows are the tail of what it had in flight, and the whole run is the
        // figure.
        output.WriteLine($"{kind}: A {ra.Done} rows in {ra.Seconds:0.0} s ({ra.Refused}/{ra.Requests} refused), B {rb.Done} in {rb.Seconds:0.0} s ({rb.Refused}/{rb.Requests} refused)");
        output.WriteLine($"  whole run {whole:P1}, the one left alone {after:P1} for {alone:0.0} s");
        for (var t = 0; t < (int)end; t += 2) output.WriteLine($"  {t,3}-{t + 2} s: A {ra.RateBetween(t, t + 2),4:0}/s  B {rb.DoneAt.Count(x => x + join > t && x + join <= t + 2) / 2.0,4:0}/s");
        Assert.Equal(ra.Rows, ra.Done);
        Assert.Equal(rb.Rows, rb.Done);
        // The goal is 90% for both figures under both kinds, with the engine's own time per row and late timers.
        // Reached: fixed (92.8-95.1% whole, 90.2-92.3% after one left), sliding 90.1% after one left. Not yet: sliding
        // 89.1% over the whole run: a sliding window that counts refusals makes every overshoot of either job cost both.
        // These floors hold what was gained (before: fixed 94% and 88-89%, sliding 73% and 63% in this harsher world).
        // With requests in flight following the round trip (the engine's default, and the bench's two processes), the
        // simulator shows what the bench measures: fixed 89-94% whole and 83-86% after one left, sliding 82% and 62% (B
        // kept about a tenth of the limit, and after both were refused at once each crept back at 1-3%/s). Open (issue 23).
        // Under a clock-aligned window a pace well below the best it held returns to it after two quiet windows: fixed
        // 93.7-97.6% whole and 89.7-94.5% after one left (before: 89.1-94.2 and 82.8-86.4); sliding 82.4% and 68.7%.
        // After one and a half quiet windows (a sharer that left is found half a window sooner, and a best pace counts only
        // if it held a window as long as the one learned since): fixed 96.1-98.3% whole and 94.9-95.7% after one left.
        // A command that joins a busy limit slow-starts from the gap it found, and under a window not aligned to the clock a pace
        // well below the best it held returns to it after two quiet windows: sliding, following the round trip, 88.5% whole and
        // 93.1% for A after B left (82.6% and 71.0% before: B kept a tenth of the limit and A crept back); with 16 in flight,
        // 89.9% whole (89.1% before), both ending within a second of each other.
        // A joiner that probes after one and a half quiet windows: 86.8% and 91.2% in this one run, 90.3% and 91.2% with 16 in
        // flight; over 90 runs the means rose (Two_jobs_sharing_one_limit_across_phases_and_joins), which is what counts.
        var (wholeFloor, afterFloor) = (kind, followsRoundTrip) switch
        {
            ("fixed", _) => (0.94, 0.92),
            ("sliding", false) => (0.88, 0.88),
            _ => (0.86, 0.90),
        };
        Assert.InRange(whole, wholeFloor, 1.05);
        if (alone >= 2) Assert.InRange(after, afterFloor, 1.05);
    }

    // A imports alone on a connection of its own; B joins after `join` seconds on another; both against one limit of 50 per
    // second. Requests in flight follow the round trip as the import engine's default does, or stay at 16.
    private static SharedRun RunShared(string kind, double phase, double join, int rowsA, int rowsB, bool followsRoundTrip)
    {
        var sim = new PacingSimulation(startAt: 1000 + phase);
        InFlightGrowth? Growth() => followsRoundTrip ? new InFlightGrowth(InFlightGrowth.DefaultLimit, adaptive: true) : null;
        var a = new SimJob(rowsA, Governor: sim.NewConnection(), Engine: SimEngine.Loaded, Growth: Growth());
        var b = new SimJob(rowsB, StartAfter: join, Governor: sim.NewConnection(), Engine: SimEngine.Loaded, Growth: Growth());
        var r = sim.Run(Make(kind, 50), a, b);
        return new SharedRun(r[0], r[1], join);
    }

    // B's times count from its join. Whoever finishes first leaves the limit to the other: After is the other's rate from then
    // on, Alone how long it had the limit to itself.
    private sealed record SharedRun(SimResult A, SimResult B, double Join)
    {
        private double BLeft => Join + B.Seconds;
        public double Whole => (A.Done + B.Done) / Math.Max(A.Seconds, BLeft) / 50;
        public double Alone => Math.Abs(A.Seconds - BLeft);
        public double After => A.Seconds > BLeft
            ? A.DoneAt.Count(t => t > BLeft) / (A.Seconds - BLeft) / 50
            : B.DoneAt.Count(t => t + Join > A.Seconds) / (BLeft - A.Seconds) / 50;
    }
}
