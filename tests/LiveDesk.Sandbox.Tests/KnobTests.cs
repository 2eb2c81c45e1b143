using System.Diagnostics;
using System.Net;

namespace LiveDesk.Sandbox.Tests;

/// <summary>Latency, rate limit, Retry-After and fault injection.</summary>
public class KnobTests
{
    internal enum Outcome { Ok, Fail, FailAfterCommit, DropBeforeCommit, DropAfterCommit }

    /// <summary>
    /// The documented fault algorithm, re-implemented independently: per create, four NextDouble() draws
    /// d1..d4; d1 &lt; drop → drop (after commit when d2 &lt; 0.5); else d3 &lt; fail → fail; else d4 &lt; failAfterCommit.
    /// </summary>
    internal static List<Outcome> Replay(int seed, int n, double drop, double fail, double failAfterCommit)
    {
        var random = new Random(seed);
        var result = new List<Outcome>(n);
        for (var i = 0; i < n; i++)
        {
            double d1 = random.NextDouble(), d2 = random.NextDouble(), d3 = random.NextDouble(), d4 = random.NextDouble();
            result.Add(d1 < drop ? (d2 < 0.5 ? Outcome.DropAfterCommit : Outcome.DropBeforeCommit)
                : d3 < fail ? Outcome.Fail
                : d4 < failAfterCommit ? Outcome.FailAfterCommit
                : Outcome.Ok);
        }
        return result;
    }

    /// <summary>Sends n sequential creates (unique e-mails, each on a fresh connection) and classifies what came back.</summary>
    internal static async Task<List<Outcome>> RunCreatesAsync(Sandbox s, int n, string tag)
    {
        var observed = new List<Outcome>(n);
        for (var i = 0; i < n; i++)
        {
            var email = $"{tag}-{i}@x.io";
            using var request = s.Request(HttpMethod.Post, Sandbox.ContactsPath, $$"""{"inbox_id":407,"email":"{{email}}"}""");
            // a fresh connection each time, so no request depends on a keep-alive connection a drop has just closed
            request.Headers.ConnectionClose = true;
            try
            {
                var r = await s.SendAsync(request);
                observed.Add(r.Code switch
                {
                    200 => Outcome.Ok,
                    500 when r.MediaType == "application/json" => Outcome.Fail,
                    500 when r.MediaType == "text/html" => Outcome.FailAfterCommit,
                    _ => throw new Xunit.Sdk.XunitException($"unexpected reply {r}"),
                });
            }
            catch (HttpRequestException)
            {
                observed.Add(s.Server.Contacts.Any(c => c.Email == email) ? Outcome.DropAfterCommit : Outcome.DropBeforeCommit);
            }
        }
        return observed;
    }

    [Fact]
    public async Task Latency_is_added_to_every_api_request_but_not_to_inspection()
    {
        await using var s = await Sandbox.StartAsync(new SandboxOptions { LatencyMs = 1000 });
        await s.Http.GetAsync("_sandbox/stats"); // warm up
        // Upper bounds stay far below the latency so that a busy machine cannot make them flaky.

        var sw = Stopwatch.StartNew();
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407}""")).Code);
        Assert.True(sw.ElapsedMilliseconds >= 990, $"create took {sw.ElapsedMilliseconds} ms");

        sw.Restart();
        Assert.Equal(401, (await s.CreateAsync("""{"inbox_id":407}""", authorize: false)).Code);
        Assert.True(sw.ElapsedMilliseconds >= 990, $"401 took {sw.ElapsedMilliseconds} ms");

        sw.Restart();
        Assert.Equal(404, (await s.GetAsync("nope")).Code);
        Assert.True(sw.ElapsedMilliseconds >= 990, $"404 took {sw.ElapsedMilliseconds} ms");

        sw.Restart();
        Assert.Equal(HttpStatusCode.OK, (await s.Http.GetAsync("_sandbox/stats")).StatusCode);
        Assert.True(sw.ElapsedMilliseconds < 900, $"inspection took {sw.ElapsedMilliseconds} ms");

        s.Server.Options.LatencyMs = 0; // live knob
        sw.Restart();
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407}""")).Code);
        Assert.True(sw.ElapsedMilliseconds < 900, $"create without latency took {sw.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Rate_limit_answers_429_text_plain_Retry_later_without_Retry_After()
    {
        await using var s = await Sandbox.StartAsync(new SandboxOptions { RateLimit = 5, TimeProvider = ShiftedClock.StartingAtWindowStart() });
        var replies = new List<Reply>();
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < 12; i++) replies.Add(await s.GetAsync(Sandbox.ContactsPath + "?page=1"));
        var seconds = sw.Elapsed.TotalSeconds;

        Assert.All(replies.Take(5), r => Assert.Equal(200, r.Code)); // the first window
        var limited = replies.Where(r => r.Code == 429).ToList();
        Assert.NotEmpty(limited);
        Assert.True(replies.Count(r => r.Code == 200) <= 5 * ((int)Math.Ceiling(seconds) + 1));
        if (seconds < 0.9) Assert.Equal(7, limited.Count);
        Assert.All(limited, r =>
        {
            Assert.Equal("text/plain", r.MediaType);
            Assert.Equal("Retry later", r.Body);
            Assert.False(r.HasRetryAfter);
        });
        Assert.All(replies, r => Assert.True(r.Code is 200 or 429, r.ToString()));

        var stats = s.Server.Stats;
        Assert.Equal(limited.Count, stats.RateLimited);
        Assert.Equal(limited.Count, stats.StatusCount(429));
        Assert.Equal(12, stats.Requests);

        // a new window lets requests through again
        await Task.Delay(1100);
        Assert.Equal(200, (await s.GetAsync(Sandbox.ContactsPath + "?page=1")).Code);
    }

    [Fact]
    public async Task Rate_limit_runs_before_auth_and_counts_creates_and_searches()
    {
        await using var s = await Sandbox.StartAsync(new SandboxOptions { RateLimit = 2, TimeProvider = ShiftedClock.StartingAtWindowStart() });
        Assert.Equal(401, (await s.CreateAsync("""{"inbox_id":407}""", authorize: false)).Code);
        Assert.Equal(200, (await s.GetAsync(Sandbox.ContactsPath + "?q=x")).Code);
        Assert.Equal(429, (await s.CreateAsync("""{"inbox_id":407}""", authorize: false)).Code);
        Assert.Equal(429, (await s.CreateAsync("""{"inbox_id":407}""")).Code);
        Assert.Equal(429, (await s.GetAsync(Sandbox.ContactsPath + "?q=x")).Code);
        Assert.Empty(s.Server.Contacts);
    }

    [Fact]
    public async Task Retry_after_in_seconds()
    {
        // Pinned near the window's start, as below: on the wall clock the second request could open a new window.
        await using var s = await Sandbox.StartAsync(new SandboxOptions { RateLimit = 1, RetryAfter = true, TimeProvider = ManualClock.InWindow(1, 0.1) });
        Assert.Equal(200, (await s.GetAsync(Sandbox.ContactsPath)).Code);
        var r = await s.GetAsync(Sandbox.ContactsPath);
        Assert.Equal(429, r.Code);
        Assert.Equal("Retry later", r.Body);
        Assert.NotNull(r.RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(1), r.RetryAfter!.Delta);
        Assert.Null(r.RetryAfter.Date);
    }

    [Fact]
    public async Task Retry_after_as_an_http_date()
    {
        // A manual clock 0.1 s into a 1 s window: on the wall clock the two requests could straddle a window boundary,
        // and the second would be admitted rather than refused.
        var clock = ManualClock.InWindow(1, 0.1);
        await using var s = await Sandbox.StartAsync(new SandboxOptions { RateLimit = 1, RetryAfterAsDate = true, TimeProvider = clock });
        Assert.Equal(200, (await s.GetAsync(Sandbox.ContactsPath)).Code);
        var r = await s.GetAsync(Sandbox.ContactsPath);
        Assert.Equal(429, r.Code);
        Assert.NotNull(r.RetryAfter);
        Assert.Null(r.RetryAfter!.Delta);
        var date = Assert.NotNull(r.RetryAfter.Date);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_800_000_001L), date);
    }

    [Fact]
    public async Task Five_percent_fail_rate_with_a_fixed_seed_is_exactly_reproducible()
    {
        const int n = 200, seed = 12345;
        var expected = Replay(seed, n, 0, 0.05, 0);
        var expectedFails = expected.Count(o => o == Outcome.Fail);
        Assert.InRange(expectedFails, 2, 25); // a sane sample of 5 %

        await using var s = await Sandbox.StartAsync(new SandboxOptions { FailRate = 0.05, Seed = seed });
        var first = await RunCreatesAsync(s, n, "run1");
        Assert.Equal(expected, first);

        var stats = s.Server.Stats;
        Assert.Equal(expectedFails, stats.Faults.Fail);
        Assert.Equal(expectedFails, stats.Faults.Total);
        Assert.Equal(expectedFails, stats.StatusCount(500));
        Assert.Equal(n - expectedFails, stats.StatusCount(200));
        Assert.Equal(n - expectedFails, stats.Creates);
        Assert.Equal(n - expectedFails, s.Server.Contacts.Count);
        Assert.Equal(n, stats.Requests);

        // reset reseeds: the same sequence again; a second server with the same seed too
        s.Server.Reset();
        Assert.Equal(expected, await RunCreatesAsync(s, n, "run2"));
        await using var s2 = await Sandbox.StartAsync(new SandboxOptions { FailRate = 0.05, Seed = seed });
        Assert.Equal(expected, await RunCreatesAsync(s2, n, "run3"));
    }

    [Fact]
    public async Task Mixed_faults_follow_the_seeded_sequence_and_stats_agree()
    {
        const int n = 120, seed = 99;
        var options = new SandboxOptions { DropRate = 0.1, FailRate = 0.1, FailAfterCommitRate = 0.1, Seed = seed };
        var expected = Replay(seed, n, options.DropRate, options.FailRate, options.FailAfterCommitRate);
        foreach (var kind in Enum.GetValues<Outcome>()) Assert.Contains(kind, expected); // the seed exercises every kind

        await using var s = await Sandbox.StartAsync(options);
        var observed = await RunCreatesAsync(s, n, "mix");
        Assert.Equal(expected, observed);

        int Count(Outcome o) => observed.Count(x => x == o);
        var stats = s.Server.Stats;
        Assert.Equal(Count(Outcome.Fail), stats.Faults.Fail);
        Assert.Equal(Count(Outcome.FailAfterCommit), stats.Faults.FailAfterCommit);
        Assert.Equal(Count(Outcome.DropBeforeCommit), stats.Faults.DropBeforeCommit);
        Assert.Equal(Count(Outcome.DropAfterCommit), stats.Faults.DropAfterCommit);
        Assert.Equal(Count(Outcome.Fail) + Count(Outcome.FailAfterCommit), stats.StatusCount(500));
        Assert.Equal(Count(Outcome.Ok), stats.StatusCount(200));
        var stored = Count(Outcome.Ok) + Count(Outcome.FailAfterCommit) + Count(Outcome.DropAfterCommit);
        Assert.Equal(stored, s.Server.Contacts.Count);
        Assert.Equal(stored, stats.Creates);
        Assert.Equal(n, stats.Requests);
    }

    [Fact]
    public async Task Fail_after_commit_stores_the_contact_and_answers_500_html()
    {
        await using var s = await Sandbox.StartAsync(new SandboxOptions { FailAfterCommitRate = 1 });
        const string body = """{"inbox_id":407,"email":"committed@x.io"}""";
        var r = await s.CreateAsync(body);
        Assert.Equal(500, r.Code);
        Assert.Equal("text/html", r.MediaType);
        Assert.Contains("<html>", r.Body, StringComparison.Ordinal);
        Assert.Equal("committed@x.io", Assert.Single(s.Server.Contacts).Email);
        var stats = s.Server.Stats;
        Assert.Equal(1, stats.Creates);
        Assert.Equal(1, stats.Faults.FailAfterCommit);

        // the client's retry finds it taken: the outcome was a success after all
        s.Server.Options.FailAfterCommitRate = 0;
        CreateContactTests.AssertValidation(await s.CreateAsync(body), "Email has already been taken", "email");
    }

    [Fact]
    public async Task Fail_answers_500_and_stores_nothing()
    {
        await using var s = await Sandbox.StartAsync(new SandboxOptions { FailRate = 1 });
        const string body = """{"inbox_id":407,"email":"later@x.io"}""";
        var r = await s.CreateAsync(body);
        Assert.Equal(500, r.Code);
        Assert.Empty(s.Server.Contacts);
        Assert.Equal(1, s.Server.Stats.Faults.Fail);
        Assert.Equal(0, s.Server.Stats.Creates);
        s.Server.Options.FailRate = 0;
        Assert.Equal(200, (await s.CreateAsync(body)).Code);
    }

    [Fact]
    public async Task Faults_apply_to_creates_only()
    {
        await using var s = await Sandbox.StartAsync(new SandboxOptions { FailRate = 1, DropRate = 0 });
        Assert.Equal(200, (await s.GetAsync(Sandbox.ContactsPath)).Code);
        Assert.Equal(200, (await s.GetAsync(Sandbox.ContactsPath + "?q=a")).Code);
        Assert.Equal(0, s.Server.Stats.Faults.Total);
    }

    [Fact]
    public async Task Drop_closes_the_connection_without_a_response()
    {
        const int n = 20, seed = 7;
        var expected = Replay(seed, n, 1, 0, 0);
        await using var s = await Sandbox.StartAsync(new SandboxOptions { DropRate = 1, Seed = seed });

        using (var request = s.Request(HttpMethod.Post, Sandbox.ContactsPath, """{"inbox_id":407,"email":"first@x.io"}"""))
        {
            request.Headers.ConnectionClose = true;
            await Assert.ThrowsAsync<HttpRequestException>(() => s.Http.SendAsync(request));
        }
        s.Server.Reset();

        var observed = await RunCreatesAsync(s, n, "drop");
        Assert.Equal(expected, observed);
        Assert.All(observed, o => Assert.True(o is Outcome.DropBeforeCommit or Outcome.DropAfterCommit));
        var stats = s.Server.Stats;
        Assert.Empty(stats.Status); // no response at all
        Assert.Equal(n, stats.Faults.DropBeforeCommit + stats.Faults.DropAfterCommit);
        Assert.Equal(observed.Count(o => o == Outcome.DropAfterCommit), stats.Faults.DropAfterCommit);
        Assert.Equal(stats.Faults.DropAfterCommit, s.Server.Contacts.Count);
        Assert.InRange(stats.Faults.DropAfterCommit, 1, n - 1);
    }

    [Fact]
    public async Task Drop_on_raw_socket_yields_no_response_bytes()
    {
        await using var s = await Sandbox.StartAsync(new SandboxOptions { DropRate = 1, Seed = 1 });
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(s.Server.BaseUri.Host, s.Server.BaseUri.Port);
        var stream = tcp.GetStream();
        const string json = """{"inbox_id":407}""";
        var auth = s.Auth.Parameter;
        var raw = $"POST /api/v2/accounts/contacts HTTP/1.1\r\nHost: x\r\nAuthorization: Basic {auth}\r\nContent-Type: application/json\r\nContent-Length: {json.Length}\r\n\r\n{json}";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(raw));
        var buffer = new byte[1024];
        int read;
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            read = await stream.ReadAsync(buffer, cts.Token);
        }
        catch (IOException)
        {
            read = 0; // connection reset
        }
        Assert.Equal(0, read);
    }
}
