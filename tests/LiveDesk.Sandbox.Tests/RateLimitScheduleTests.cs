namespace LiveDesk.Sandbox.Tests;

/// <summary>
/// rate_limit_later: the limit changes mid-run after N API requests or N seconds, counted from the first API request
/// after it was set, so a benchmark plays a lifted, raised or cut limit without racing its own import.
/// </summary>
public class RateLimitScheduleTests
{
    private const string List = Sandbox.ContactsPath + "?page=1";

    private static async Task<Reply> ConfigAsync(Sandbox s, string json) =>
        await s.SendAsync(s.Request(HttpMethod.Post, "_sandbox/config", json, authorize: false));

    private static async Task<int[]> CodesAsync(Sandbox s, int n)
    {
        var codes = new int[n];
        for (var i = 0; i < n; i++) codes[i] = (await s.GetAsync(List)).Code;
        return codes;
    }

    [Fact]
    public async Task The_limit_changes_after_the_given_number_of_requests()
    {
        var clock = ManualClock.InWindow(1, 0.1);
        await using var s = await Sandbox.StartAsync(new SandboxOptions { TimeProvider = clock, RateLimit = 2 });
        Assert.Equal(200, (await ConfigAsync(s, """{"rate_limit_later":{"rate_limit":0,"after_requests":3}}""")).Code);
        // three requests under the old limit (2 per window), then no limit at all
        Assert.Equal(new[] { 200, 200, 429, 200, 200, 200, 200 }, await CodesAsync(s, 7));
        var config = (await s.GetAsync("_sandbox/config", authorize: false)).Json;
        Assert.Equal(0, config.GetProperty("rate_limit").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, config.GetProperty("rate_limit_later").ValueKind);
    }

    [Fact]
    public async Task The_limit_changes_after_the_given_seconds_from_the_first_request()
    {
        var clock = ManualClock.InWindow(1, 0.1);
        await using var s = await Sandbox.StartAsync(new SandboxOptions { TimeProvider = clock, RateLimit = 3 });
        Assert.Equal(200, (await ConfigAsync(s, """{"rate_limit_later":{"rate_limit":1,"after_seconds":5}}""")).Code);
        clock.Advance(30); // nothing asked yet: the countdown has not started
        Assert.Equal(new[] { 200, 200, 200, 429 }, await CodesAsync(s, 4));
        clock.Advance(4.5);
        Assert.Equal(new[] { 200, 200, 200, 429 }, await CodesAsync(s, 4));
        var pending = (await s.GetAsync("_sandbox/config", authorize: false)).Json.GetProperty("rate_limit_later");
        Assert.Equal(1, pending.GetProperty("rate_limit").GetInt32());
        Assert.Equal(5, pending.GetProperty("after_seconds").GetDouble());
        clock.Advance(0.6); // 5.1 s after the first request: the limit is cut to 1
        Assert.Equal(new[] { 200, 429 }, await CodesAsync(s, 2));
    }

    [Fact]
    public async Task A_pending_change_survives_a_reset_and_null_clears_it()
    {
        var clock = ManualClock.InWindow(1, 0.1);
        await using var s = await Sandbox.StartAsync(new SandboxOptions { TimeProvider = clock, RateLimit = 1 });
        Assert.Equal(200, (await ConfigAsync(s, """{"rate_limit_later":{"rate_limit":5,"after_requests":1}}""")).Code);
        Assert.Equal(200, (await s.SendAsync(s.Request(HttpMethod.Post, "_sandbox/reset", authorize: false))).Code);
        Assert.Equal(new[] { 200, 200, 200 }, await CodesAsync(s, 3));
        Assert.Equal(200, (await ConfigAsync(s, """{"rate_limit":1,"rate_limit_later":{"rate_limit":5,"after_requests":1}}""")).Code);
        Assert.Equal(200, (await ConfigAsync(s, """{"rate_limit_later":null}""")).Code);
        clock.Advance(1);
        Assert.Equal(new[] { 200, 429, 429 }, await CodesAsync(s, 3));
    }

    [Theory]
    [InlineData("""{"rate_limit_later":{"rate_limit":5}}""")]
    [InlineData("""{"rate_limit_later":{"rate_limit":5,"after_requests":2,"after_seconds":1}}""")]
    [InlineData("""{"rate_limit_later":{"rate_limit":-1,"after_requests":2}}""")]
    [InlineData("""{"rate_limit_later":{"rate_limit":5,"after_requests":0}}""")]
    [InlineData("""{"rate_limit_later":{"rate_limit":5,"after_seconds":-1}}""")]
    [InlineData("""{"rate_limit_later":{"rate_limit":5,"after_requests":2,"when":1}}""")]
    [InlineData("""{"rate_limit_later":5}""")]
    public async Task A_bad_schedule_is_400_and_changes_nothing(string json)
    {
        await using var s = await Sandbox.StartAsync(new SandboxOptions { RateLimit = 7 });
        var r = await ConfigAsync(s, json);
        Assert.Equal(400, r.Code);
        Assert.Contains("rate_limit_later", r.Body);
        var config = (await s.GetAsync("_sandbox/config", authorize: false)).Json;
        Assert.Equal(System.Text.Json.JsonValueKind.Null, config.GetProperty("rate_limit_later").ValueKind);
    }
}
