using System.Text.Json;

namespace LiveDesk.Sandbox.Tests;

/// <summary>A clock that moves only when told to, so window tests need not sleep through whole windows.</summary>
internal sealed class ManualClock : TimeProvider
{
    private long _ticks;

    public ManualClock(DateTimeOffset start) => _ticks = start.UtcTicks;

    /// <summary>A start at <paramref name="offset"/> seconds into a window of <paramref name="window"/> seconds (unix time).</summary>
    public static ManualClock InWindow(int window, double offset) =>
        new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000L / window * window).AddSeconds(offset));

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(double seconds) => Interlocked.Add(ref _ticks, TimeSpan.FromSeconds(seconds).Ticks);

    /// <summary>Seconds into the current window of <paramref name="window"/> seconds.</summary>
    public double IntoWindow(int window) => (GetUtcNow().ToUnixTimeMilliseconds() % (window * 1000L)) / 1000.0;
}

/// <summary>The throttles: Rack::Attack's fixed window, the sliding window, the token bucket and the search throttle.</summary>
public class LimiterTests
{
    private const string List = Sandbox.ContactsPath + "?page=1";
    private const string Search = Sandbox.ContactsPath + "?q=x";

    private static async Task<Sandbox> StartAsync(ManualClock clock, Action<SandboxOptions> configure)
    {
        var o = new SandboxOptions { TimeProvider = clock };
        configure(o);
        return await Sandbox.StartAsync(o);
    }

    private static async Task<int[]> CodesAsync(Sandbox s, string path, int n)
    {
        var codes = new int[n];
        for (var i = 0; i < n; i++) codes[i] = (await s.GetAsync(path)).Code;
        return codes;
    }

    private static int[] Repeat(int code, int n) => Enumerable.Repeat(code, n).ToArray();

    // ---------------------------------------------------------------- fixed window (Rack::Attack)

    [Fact]
    public async Task Fixed_window_is_aligned_to_the_clock_not_to_the_first_request()
    {
        // the first request comes 5 s into a 6 s window: the window still closes 1 s later
        var clock = ManualClock.InWindow(6, 5.0);
        await using var s = await StartAsync(clock, o => { o.RateLimit = 3; o.RateWindowSeconds = 6; });
        Assert.Equal(new[] { 200, 200, 200, 429 }, await CodesAsync(s, List, 4));
        clock.Advance(0.9);
        Assert.Equal(429, (await s.GetAsync(List)).Code); // 5.9 s: same window
        clock.Advance(0.2);
        Assert.Equal(new[] { 200, 200, 200, 429 }, await CodesAsync(s, List, 4)); // 6.1 s: a new window, a full one
    }

    [Fact]
    public async Task Fixed_window_counts_refused_requests()
    {
        var clock = ManualClock.InWindow(10, 1);
        await using var s = await StartAsync(clock, o => { o.RateLimit = 3; o.RateWindowSeconds = 10; });
        // a burst past the limit: 3 accepted, 4 refused, and the counter stands at 7
        Assert.Equal(new[] { 200, 200, 200, 429, 429, 429, 429 }, await CodesAsync(s, List, 7));
        // raising the limit to 7 in the same window lets nothing through: the refused ones were counted
        s.Server.Options.RateLimit = 7;
        Assert.Equal(429, (await s.GetAsync(List)).Code); // the 8th
        s.Server.Options.RateLimit = 9;
        Assert.Equal(200, (await s.GetAsync(List)).Code); // the 9th
        Assert.Equal(429, (await s.GetAsync(List)).Code); // the 10th
        Assert.Equal(6, s.Server.Stats.RateLimited);
        Assert.Equal(6, s.Server.Stats.RateLimitedOverall);
    }

    [Fact]
    public async Task Fixed_window_refuses_before_auth_and_401s_count()
    {
        var clock = ManualClock.InWindow(1, 0.1);
        await using var s = await StartAsync(clock, o => o.RateLimit = 2);
        Assert.Equal(401, (await s.GetAsync(List, authorize: false)).Code);
        Assert.Equal(200, (await s.GetAsync(List)).Code);
        Assert.Equal(429, (await s.GetAsync(List, authorize: false)).Code);
        Assert.Equal(429, (await s.CreateAsync("""{"inbox_id":407}""")).Code);
        Assert.Empty(s.Server.Contacts);
    }

    [Theory]
    [InlineData(6, 2.0, 4)]
    [InlineData(6, 2.9, 4)]
    [InlineData(60, 0.5, 60)]
    [InlineData(1, 0.99, 1)]
    public async Task Retry_after_is_Rack_Attacks_period_minus_epoch_mod_period(int window, double offset, int expected)
    {
        var clock = ManualClock.InWindow(window, offset);
        await using var s = await StartAsync(clock, o => { o.RateLimit = 1; o.RateWindowSeconds = window; o.RetryAfter = true; });
        Assert.Equal(200, (await s.GetAsync(List)).Code);
        var r = await s.GetAsync(List);
        Assert.Equal(429, r.Code);
        Assert.Equal(TimeSpan.FromSeconds(expected), r.RetryAfter!.Delta);
    }

    [Fact]
    public async Task Retry_after_as_a_date_is_the_windows_end()
    {
        var clock = ManualClock.InWindow(6, 1.5);
        await using var s = await StartAsync(clock, o => { o.RateLimit = 1; o.RateWindowSeconds = 6; o.RetryAfterAsDate = true; });
        Assert.Equal(200, (await s.GetAsync(List)).Code);
        var r = await s.GetAsync(List);
        Assert.Equal(429, r.Code);
        var windowEnd = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000L / 6 * 6 + 6);
        Assert.Equal(windowEnd, r.RetryAfter!.Date);
    }

    [Fact]
    public async Task Fixed_window_429s_carry_no_Retry_After_by_default()
    {
        var clock = ManualClock.InWindow(60, 3);
        await using var s = await StartAsync(clock, o => { o.RateLimit = 1; o.RateWindowSeconds = 60; });
        await s.GetAsync(List);
        var r = await s.GetAsync(List);
        Assert.Equal(429, r.Code);
        Assert.Equal("text/plain", r.MediaType);
        Assert.Equal("Retry later", r.Body);
        Assert.False(r.HasRetryAfter);
    }

    [Fact]
    public async Task Reset_clears_the_window()
    {
        var clock = ManualClock.InWindow(60, 3);
        await using var s = await StartAsync(clock, o => { o.RateLimit = 2; o.RateWindowSeconds = 60; o.SearchRateLimit = 1; });
        Assert.Equal(new[] { 200, 200, 429 }, await CodesAsync(s, List, 3));
        s.Server.Reset();
        Assert.Equal(new[] { 200, 429 }, await CodesAsync(s, Search, 2)); // overall 2 of 2, search refused
        s.Server.Reset();
        Assert.Equal(200, (await s.GetAsync(Search)).Code);
    }

    // ---------------------------------------------------------------- sliding window

    [Fact]
    public async Task Sliding_window_refused_requests_delay_recovery()
    {
        var clock = ManualClock.InWindow(1, 0.0);
        await using var s = await StartAsync(clock, o => { o.RateLimit = 3; o.Limiter = LimiterKind.Sliding; });
        Assert.Equal(200, (await s.GetAsync(List)).Code); // t = 0.0
        clock.Advance(0.1);
        Assert.Equal(200, (await s.GetAsync(List)).Code); // 0.1
        clock.Advance(0.1);
        Assert.Equal(200, (await s.GetAsync(List)).Code); // 0.2
        clock.Advance(0.3);
        Assert.Equal(429, (await s.GetAsync(List)).Code); // 0.5: 3 in the last second
        clock.Advance(0.55);
        // 1.05: only 2 accepted requests in the last second, but the refused one at 0.5 counts
        Assert.Equal(429, (await s.GetAsync(List)).Code);
        // (counting accepted requests only, it would pass: the one at 0.0 has left the window)
        clock.Advance(0.1);
        Assert.Equal(429, (await s.GetAsync(List)).Code); // 1.15: arrivals 0.2, 0.5, 1.05 in the last second
        clock.Advance(0.41);
        Assert.Equal(200, (await s.GetAsync(List)).Code); // 1.56: arrivals 0.5 .. 1.15 leave room once 0.5 has gone
        Assert.Equal(3, s.Server.Stats.RateLimitedOverall);
    }

    [Fact]
    public void Sliding_window_never_accepts_more_than_N_in_any_window()
    {
        var throttle = new SlidingWindowThrottle();
        var random = new Random(3);
        var t = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var accepted = new List<DateTimeOffset>();
        var refused = 0;
        for (var i = 0; i < 5000; i++)
        {
            // about 8 per second on average, in bursts: some seconds hold more than 10 arrivals
            t = t.AddMilliseconds(random.Next(0, 240));
            if (throttle.Check(t, 10, 1, 0, out var wait)) accepted.Add(t);
            else
            {
                refused++;
                Assert.InRange(wait, TimeSpan.FromTicks(1), TimeSpan.FromSeconds(1));
            }
        }
        Assert.InRange(refused, 10, 2500);
        for (var i = 10; i < accepted.Count; i++)
            Assert.True(accepted[i] - accepted[i - 10] >= TimeSpan.FromSeconds(1), $"11 accepted within {accepted[i] - accepted[i - 10]}");
    }

    // ---------------------------------------------------------------- token bucket

    [Fact]
    public async Task Token_bucket_default_burst_is_min_of_limit_and_ten_and_it_refills_continuously()
    {
        var clock = ManualClock.InWindow(1, 0.3);
        await using var s = await StartAsync(clock, o => { o.RateLimit = 50; o.Limiter = LimiterKind.TokenBucket; });
        Assert.Equal(10, s.Server.Options.EffectiveRateBurst);
        Assert.Equal(Repeat(200, 10).Append(429).ToArray(), await CodesAsync(s, List, 11));
        clock.Advance(0.1); // 5 tokens at 50/s
        Assert.Equal(Repeat(200, 5).Append(429).ToArray(), await CodesAsync(s, List, 6));
        clock.Advance(10); // never more than the burst
        Assert.Equal(Repeat(200, 10).Append(429).ToArray(), await CodesAsync(s, List, 11));
    }

    [Fact]
    public async Task Token_bucket_refused_requests_take_no_token()
    {
        var clock = ManualClock.InWindow(1, 0.0);
        await using var s = await StartAsync(clock, o => { o.RateLimit = 10; o.RateBurst = 1; o.Limiter = LimiterKind.TokenBucket; o.RetryAfter = true; });
        Assert.Equal(200, (await s.GetAsync(List)).Code);
        clock.Advance(0.05);
        var refused = await s.GetAsync(List);
        Assert.Equal(429, refused.Code);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.RetryAfter!.Delta); // 0.05 s, rounded up
        Assert.Equal(429, (await s.GetAsync(List)).Code);
        clock.Advance(0.05);
        Assert.Equal(200, (await s.GetAsync(List)).Code); // one token at 0.1 s despite the two refusals
    }

    // ---------------------------------------------------------------- search throttle

    [Fact]
    public async Task Search_throttle_is_separate_and_counts_only_searches()
    {
        var clock = ManualClock.InWindow(60, 10);
        await using var s = await StartAsync(clock, o => o.SearchRateLimit = 2);
        Assert.Equal(60, s.Server.Options.SearchRateWindowSeconds); // Chatwoot's default
        Assert.Equal(new[] { 200, 200, 429 }, await CodesAsync(s, Search, 3));
        // lists, creates and empty q are no searches
        Assert.Equal(new[] { 200, 200 }, await CodesAsync(s, List, 2));
        Assert.Equal(200, (await s.GetAsync(Sandbox.ContactsPath + "?q=")).Code);
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407}""")).Code);
        clock.Advance(49.9);
        Assert.Equal(429, (await s.GetAsync(Search)).Code); // 59.9 s into the minute
        clock.Advance(0.2);
        Assert.Equal(200, (await s.GetAsync(Search)).Code); // the next minute

        var stats = s.Server.Stats;
        Assert.Equal(2, stats.RateLimitedSearch);
        Assert.Equal(0, stats.RateLimitedOverall);
        Assert.Equal(2, stats.RateLimited);
    }

    [Fact]
    public async Task Overall_throttle_is_checked_first_and_what_it_refuses_never_counts_against_search()
    {
        var clock = ManualClock.InWindow(60, 1);
        await using var s = await StartAsync(clock, o => { o.RateLimit = 3; o.RateWindowSeconds = 60; o.SearchRateLimit = 10; });
        Assert.Equal(new[] { 200, 200, 200, 429, 429 }, await CodesAsync(s, Search, 5));
        Assert.Equal(2, s.Server.Stats.RateLimitedOverall);
        // with the overall limit out of the way, the search counter stands at 3, not 5: 7 more pass
        s.Server.Options.RateLimit = 1000;
        Assert.Equal(Repeat(200, 7).Append(429).ToArray(), await CodesAsync(s, Search, 8));
        Assert.Equal(1, s.Server.Stats.RateLimitedSearch);
    }

    [Fact]
    public async Task A_search_refused_by_the_search_throttle_still_counts_against_the_overall_one()
    {
        var clock = ManualClock.InWindow(60, 1);
        await using var s = await StartAsync(clock, o => { o.RateLimit = 5; o.RateWindowSeconds = 60; o.SearchRateLimit = 1; });
        Assert.Equal(new[] { 200, 429, 429 }, await CodesAsync(s, Search, 3)); // overall counter: 3
        Assert.Equal(new[] { 200, 200, 429 }, await CodesAsync(s, List, 3));
        var stats = s.Server.Stats;
        Assert.Equal(2, stats.RateLimitedSearch);
        Assert.Equal(1, stats.RateLimitedOverall);
        Assert.Equal(3, stats.StatusCount(429));
    }

    [Fact]
    public async Task Stats_route_reports_429s_per_throttle()
    {
        var clock = ManualClock.InWindow(60, 1);
        await using var s = await StartAsync(clock, o => { o.RateLimit = 3; o.RateWindowSeconds = 60; o.SearchRateLimit = 1; });
        await CodesAsync(s, Search, 2); // 1 search 429
        await CodesAsync(s, List, 3);   // 1 ok, 2 overall 429s
        using var doc = JsonDocument.Parse(await s.Http.GetStringAsync("_sandbox/stats"));
        var stats = doc.RootElement;
        Assert.Equal(3, stats.GetProperty("rate_limited").GetInt64());
        Assert.Equal("""{"overall":2,"search":1}""", stats.GetProperty("rate_limited_by").GetRawText());
    }

    // ---------------------------------------------------------------- knobs

    [Fact]
    public async Task Config_route_sets_the_limiter_knobs()
    {
        await using var s = await Sandbox.StartAsync();
        using var content = new StringContent("""{"rate_limit":300,"rate_window":6,"limiter":"token-bucket","rate_burst":20,"search_rate_limit":10,"search_rate_window":6}""");
        using var response = await s.Http.PostAsync("_sandbox/config", content);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var c = doc.RootElement;
        Assert.Equal(300, c.GetProperty("rate_limit").GetInt32());
        Assert.Equal(6, c.GetProperty("rate_window").GetInt32());
        Assert.Equal("token-bucket", c.GetProperty("limiter").GetString());
        Assert.Equal(20, c.GetProperty("rate_burst").GetInt32());
        Assert.Equal(10, c.GetProperty("search_rate_limit").GetInt32());
        Assert.Equal(6, c.GetProperty("search_rate_window").GetInt32());
        var o = s.Server.Options;
        Assert.Equal((300, 6, LimiterKind.TokenBucket, 20, 10, 6), (o.RateLimit, o.RateWindowSeconds, o.Limiter, o.RateBurst, o.SearchRateLimit, o.SearchRateWindowSeconds));
    }

    [Theory]
    [InlineData("""{"rate_window":0}""", "rate_window")]
    [InlineData("""{"rate_window":1.5}""", "rate_window")]
    [InlineData("""{"limiter":"leaky"}""", "limiter")]
    [InlineData("""{"rate_burst":-1}""", "rate_burst")]
    [InlineData("""{"search_rate_limit":-1}""", "search_rate_limit")]
    [InlineData("""{"search_rate_window":0}""", "search_rate_window")]
    [InlineData("""{"fault_endpoints":"contacts,notes"}""", "fault_endpoints")]
    public async Task Config_route_rejects_bad_limiter_values(string json, string mention)
    {
        await using var s = await Sandbox.StartAsync();
        using var content = new StringContent(json);
        using var response = await s.Http.PostAsync("_sandbox/config", content);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(mention, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, s.Server.Options.RateWindowSeconds);
        Assert.Equal(LimiterKind.Fixed, s.Server.Options.Limiter);
    }

    [Fact]
    public void Command_line_takes_the_limiter_options()
    {
        var (o, _) = SandboxCli.Parse(new[]
        {
            "--rate-limit", "300", "--rate-window", "6", "--limiter", "sliding", "--rate-burst=7",
            "--search-rate-limit", "100", "--search-rate-window", "60", "--fault-endpoints", "messages,conversations",
        });
        Assert.Equal((300, 6, LimiterKind.Sliding, 7, 100, 60), (o.RateLimit, o.RateWindowSeconds, o.Limiter, o.RateBurst, o.SearchRateLimit, o.SearchRateWindowSeconds));
        Assert.Equal(FaultEndpoints.Messages | FaultEndpoints.Conversations, o.FaultEndpoints);
        Assert.Throws<ArgumentException>(() => SandboxCli.Parse(new[] { "--limiter", "leaky" }));
        Assert.Throws<ArgumentException>(() => new SandboxOptions { RateWindowSeconds = 0 }.Validate());
        Assert.Throws<ArgumentException>(() => new SandboxOptions { SearchRateWindowSeconds = 0 }.Validate());
    }

    [Fact]
    public void Defaults_are_Chatwoots_shape()
    {
        var o = new SandboxOptions();
        Assert.Equal((0, 1, LimiterKind.Fixed, 0, 0, 60), (o.RateLimit, o.RateWindowSeconds, o.Limiter, o.RateBurst, o.SearchRateLimit, o.SearchRateWindowSeconds));
        Assert.Same(TimeProvider.System, o.TimeProvider);
        Assert.Equal(FaultEndpoints.All, o.FaultEndpoints);
    }
}

public class ShiftedClockTests
{
    private sealed class ToleranceComparer : IEqualityComparer<TimeSpan>
    {
        public bool Equals(TimeSpan x, TimeSpan y) => (x - y).Duration() < TimeSpan.FromSeconds(5);

        public int GetHashCode(TimeSpan obj) => 0;
    }

    [Fact]
    public void Starting_at_window_start_reads_the_start_of_a_window()
    {
        var clock = ShiftedClock.StartingAtWindowStart(6);
        Thread.Sleep(50); // aligned when first read, not when made
        var first = clock.GetUtcNow();
        Assert.Equal(0, first.ToUnixTimeMilliseconds() % 6000);
        Thread.Sleep(20);
        Assert.InRange(clock.GetUtcNow() - first, TimeSpan.FromMilliseconds(15), TimeSpan.FromSeconds(5)); // runs on
        Assert.Equal(TimeSpan.FromMinutes(1), new ShiftedClock(TimeSpan.FromMinutes(1)).GetUtcNow() - TimeProvider.System.GetUtcNow(), new ToleranceComparer());
        Assert.Throws<ArgumentOutOfRangeException>(() => ShiftedClock.StartingAtWindowStart(0));
    }
}
