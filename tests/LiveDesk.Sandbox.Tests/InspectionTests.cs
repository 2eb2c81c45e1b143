using System.Net;
using System.Text;
using System.Text.Json;

namespace LiveDesk.Sandbox.Tests;

/// <summary>/_sandbox/ routes and the in-process Contacts/Stats/Reset members.</summary>
public class InspectionTests
{
    private static async Task<JsonElement> GetJsonAsync(Sandbox s, string path)
    {
        using var response = await s.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    private static async Task<(HttpStatusCode Status, JsonElement Json)> PostJsonAsync(Sandbox s, string path, string? json)
    {
        using var content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await s.Http.PostAsync(path, content);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, doc.RootElement.Clone());
    }

    [Fact]
    public async Task Contacts_route_lists_all_contacts_in_the_api_shape()
    {
        await using var s = await Sandbox.StartAsync();
        for (var i = 0; i < 17; i++)
            Assert.Equal(200, (await s.CreateAsync($$"""{"inbox_id":407,"email":"c{{i}}@x.io","avatar_url":"https://a/{{i}}.png"}""")).Code);

        var all = await GetJsonAsync(s, "_sandbox/contacts");
        Assert.Equal(JsonValueKind.Array, all.ValueKind);
        Assert.Equal(17, all.GetArrayLength()); // not paged

        var page1 = (await s.GetAsync(Sandbox.ContactsPath)).Json.GetProperty("payload");
        for (var i = 0; i < 15; i++)
        {
            foreach (var p in page1[i].EnumerateObject())
                Assert.Equal(p.Value.GetRawText(), all[i].GetProperty(p.Name).GetRawText());
        }
        Assert.Equal("https://a/0.png", all[0].GetProperty("avatar_url").GetString()); // extra, inspection only
        Assert.Equal(17, s.Server.Contacts.Count);
    }

    [Fact]
    public async Task Stats_route_reports_the_documented_fields()
    {
        await using var s = await Sandbox.StartAsync();
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"email":"a@x.io"}""")).Code);
        Assert.Equal(422, (await s.CreateAsync("""{"inbox_id":407,"email":"A@x.io"}""")).Code);
        Assert.Equal(401, (await s.CreateAsync("""{"inbox_id":407}""", authorize: false)).Code);
        Assert.Equal(200, (await s.GetAsync(Sandbox.ContactsPath)).Code);
        Assert.Equal(200, (await s.GetAsync(Sandbox.ContactsPath + "?q=a")).Code);
        Assert.Equal(200, (await s.PatchAsync(1, """{"name":"A"}""")).Code);
        Assert.Equal(404, (await s.GetAsync("nope")).Code);
        await GetJsonAsync(s, "_sandbox/contacts"); // not counted

        var stats = await GetJsonAsync(s, "_sandbox/stats");
        Assert.Equal(7, stats.GetProperty("requests").GetInt64());
        Assert.Equal(1, stats.GetProperty("creates").GetInt64());
        Assert.Equal(1, stats.GetProperty("updates").GetInt64());
        Assert.Equal(1, stats.GetProperty("searches").GetInt64());
        Assert.Equal(1, stats.GetProperty("lists").GetInt64());
        Assert.Equal(0, stats.GetProperty("rate_limited").GetInt64());
        Assert.Equal(1, stats.GetProperty("contacts").GetInt64());
        Assert.Equal("""{"200":4,"401":1,"404":1,"422":1}""", stats.GetProperty("status").GetRawText());
        var faults = stats.GetProperty("faults");
        foreach (var name in new[] { "fail", "fail_after_commit", "drop_before_commit", "drop_after_commit" })
            Assert.Equal(0, faults.GetProperty(name).GetInt64());

        var typed = s.Server.Stats;
        Assert.Equal(7, typed.Requests);
        Assert.Equal(4, typed.StatusCount(200));
        Assert.Equal(1, typed.Contacts);
    }

    [Fact]
    public async Task Inspection_needs_no_auth_and_ignores_latency_and_rate_limit()
    {
        await using var s = await Sandbox.StartAsync(new SandboxOptions { RateLimit = 1, LatencyMs = 1000 });
        Assert.Equal(200, (await s.GetAsync(Sandbox.ContactsPath)).Code); // uses the window
        var sw = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 5; i++) await GetJsonAsync(s, "_sandbox/stats");
        Assert.True(sw.ElapsedMilliseconds < 900, $"{sw.ElapsedMilliseconds} ms");
        Assert.Equal(1, s.Server.Stats.Requests);
    }

    [Fact]
    public async Task Reset_clears_contacts_counters_window_and_restarts_ids()
    {
        await using var s = await Sandbox.StartAsync(new SandboxOptions { RateLimit = 2, TimeProvider = ShiftedClock.StartingAtWindowStart() });
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"email":"a@x.io"}""")).Code);
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"email":"b@x.io"}""")).Code);
        Assert.Equal(429, (await s.CreateAsync("""{"inbox_id":407,"email":"c@x.io"}""")).Code);

        var (status, json) = await PostJsonAsync(s, "_sandbox/reset", null);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(json.GetProperty("reset").GetBoolean());
        Assert.Empty(s.Server.Contacts);
        var stats = await GetJsonAsync(s, "_sandbox/stats");
        Assert.Equal(0, stats.GetProperty("requests").GetInt64());
        Assert.Equal(0, stats.GetProperty("contacts").GetInt64());
        Assert.Empty(stats.GetProperty("status").EnumerateObject());

        var again = await s.CreateAsync("""{"inbox_id":407,"email":"a@x.io"}"""); // window reset, e-mail free, id 1
        Assert.Equal(200, again.Code);
        Assert.Equal(1, again.Json.GetProperty("payload").GetProperty("contact").GetProperty("id").GetInt64());

        s.Server.Reset(); // the in-process twin
        Assert.Empty(s.Server.Contacts);
        Assert.Equal(0, s.Server.Stats.Requests);
    }

    [Fact]
    public async Task Config_changes_knobs_at_run_time()
    {
        await using var s = await Sandbox.StartAsync();
        var (status, config) = await PostJsonAsync(s, "_sandbox/config", """{"fail_rate":1,"latency_ms":5,"latency_jitter_ms":7,"rate_limit":100,"retry_after":true,"retry_after_as_date":false,"drop_rate":0,"fail_after_commit_rate":0.25}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, config.GetProperty("fail_rate").GetDouble());
        Assert.Equal(5, config.GetProperty("latency_ms").GetInt32());
        Assert.Equal(7, config.GetProperty("latency_jitter_ms").GetInt32());
        Assert.Equal(7, s.Server.Options.LatencyJitterMs);
        Assert.Equal(100, config.GetProperty("rate_limit").GetInt32());
        Assert.True(config.GetProperty("retry_after").GetBoolean());
        Assert.Equal(0.25, config.GetProperty("fail_after_commit_rate").GetDouble());
        Assert.Equal("sandbox-key", config.GetProperty("api_key").GetString());
        Assert.Equal(407, config.GetProperty("inboxes")[0].GetInt64());
        Assert.Equal(JsonValueKind.Null, config.GetProperty("seed").ValueKind);
        Assert.Equal(1, s.Server.Options.FailRate);

        Assert.Equal(500, (await s.CreateAsync("""{"inbox_id":407}""")).Code);

        (status, config) = await PostJsonAsync(s, "_sandbox/config", """{"fail_rate":0,"fail_after_commit_rate":0}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(5, config.GetProperty("latency_ms").GetInt32()); // untouched keys keep their value
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407}""")).Code);

        var get = await GetJsonAsync(s, "_sandbox/config");
        Assert.Equal(0, get.GetProperty("fail_rate").GetDouble());
    }

    [Theory]
    [InlineData("""{"fail_rate":2}""", "fail_rate")]
    [InlineData("""{"drop_rate":-0.1}""", "drop_rate")]
    [InlineData("""{"latency_ms":-1}""", "latency_ms")]
    [InlineData("""{"latency_jitter_ms":-1}""", "latency_jitter_ms")]
    [InlineData("""{"rate_limit":"5"}""", "rate_limit")]
    [InlineData("""{"retry_after":"yes"}""", "retry_after")]
    [InlineData("""{"seed":1.5}""", "seed")]
    [InlineData("""{"fail_rate":0.5,"typo":1}""", "typo")]
    [InlineData("[1]", "JSON object")]
    [InlineData("{", "Malformed JSON")]
    public async Task Config_rejects_bad_values_and_applies_nothing(string json, string mention)
    {
        await using var s = await Sandbox.StartAsync();
        var (status, body) = await PostJsonAsync(s, "_sandbox/config", json);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(mention, body.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, s.Server.Options.FailRate);
    }

    [Fact]
    public async Task Config_seed_reseeds_the_fault_sequence()
    {
        await using var s = await Sandbox.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await PostJsonAsync(s, "_sandbox/config", """{"fail_rate":0.3,"seed":5}""")).Status);
        Assert.Equal(5, s.Server.Options.Seed);
        var expected = KnobTests.Replay(5, 30, 0, 0.3, 0);
        Assert.Equal(expected, await KnobTests.RunCreatesAsync(s, 30, "a"));
        Assert.Equal(HttpStatusCode.OK, (await PostJsonAsync(s, "_sandbox/config", """{"seed":5}""")).Status);
        Assert.Equal(expected, await KnobTests.RunCreatesAsync(s, 30, "b"));
    }

    [Fact]
    public async Task Unknown_sandbox_routes_and_methods()
    {
        await using var s = await Sandbox.StartAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await s.Http.GetAsync("_sandbox/nope")).StatusCode);
        using var wrong = await s.Http.GetAsync("_sandbox/reset");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrong.StatusCode);
        using var wrong2 = await s.Http.DeleteAsync("_sandbox/contacts");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrong2.StatusCode);
        Assert.Equal(0, s.Server.Stats.Requests);
    }

    [Fact]
    public async Task Options_are_copied_and_base_uri_is_the_bound_loopback_port()
    {
        var options = new SandboxOptions { ApiKey = "k" };
        await using var s = await Sandbox.StartAsync(options);
        Assert.NotSame(options, s.Server.Options);
        Assert.Equal("k", s.Server.Options.ApiKey);
        Assert.Equal("127.0.0.1", s.Server.BaseUri.Host);
        Assert.NotEqual(0, s.Server.BaseUri.Port);
        Assert.EndsWith("/", s.Server.BaseUri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_options_are_rejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => SandboxServer.StartAsync(new SandboxOptions { FailRate = 1.5 }));
        await Assert.ThrowsAsync<ArgumentException>(() => SandboxServer.StartAsync(new SandboxOptions { Inboxes = new List<long>() }));
        await Assert.ThrowsAsync<ArgumentException>(() => SandboxServer.StartAsync(new SandboxOptions { LatencyMs = -1 }));
    }
}
