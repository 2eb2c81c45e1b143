using System.Buffers;
using System.Text.Json;

namespace LiveDesk.Sandbox;

// The /_sandbox/ routes: no auth, no latency, no rate limit, not counted.
public sealed partial class SandboxServer
{
    private async Task HandleInspectionAsync(HttpContext ctx, string path)
    {
        var method = ctx.Request.Method;
        var route = path.TrimEnd('/');
        switch (route)
        {
            case "/_sandbox/contacts":
                if (!HttpMethods.IsGet(method)) break;
                await SendInspectionAsync(ctx, 200, WriteContactsJson).ConfigureAwait(false);
                return;
            case "/_sandbox/stats":
                if (!HttpMethods.IsGet(method)) break;
                await SendInspectionAsync(ctx, 200, WriteStatsJson).ConfigureAwait(false);
                return;
            case "/_sandbox/reset":
                if (!HttpMethods.IsPost(method)) break;
                Reset();
                await SendInspectionAsync(ctx, 200, w =>
                {
                    w.WriteStartObject();
                    w.WriteBoolean("reset", true);
                    w.WriteEndObject();
                }).ConfigureAwait(false);
                return;
            case "/_sandbox/config":
                if (HttpMethods.IsGet(method))
                {
                    await SendInspectionAsync(ctx, 200, WriteConfigJson).ConfigureAwait(false);
                    return;
                }
                if (!HttpMethods.IsPost(method)) break;
                await ConfigureAsync(ctx).ConfigureAwait(false);
                return;
            default:
                await SendAsync(ctx, 404, JsonType, ErrorBody("Unknown sandbox route. Known: GET /_sandbox/contacts, GET /_sandbox/stats, POST /_sandbox/reset, GET|POST /_sandbox/config"), count: false).ConfigureAwait(false);
                return;
        }
        ctx.Response.Headers.Allow = route switch
        {
            "/_sandbox/reset" => "POST",
            "/_sandbox/config" => "GET, POST",
            _ => "GET",
        };
        await SendAsync(ctx, 405, JsonType, MethodNotAllowed, count: false).ConfigureAwait(false);
    }

    private Task SendInspectionAsync(HttpContext ctx, int status, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions)) write(w);
        return SendAsync(ctx, status, JsonType, buffer.WrittenMemory, count: false);
    }

    private void WriteContactsJson(Utf8JsonWriter w)
    {
        w.WriteStartArray();
        foreach (var c in _store.Snapshot()) WriteContact(w, c, includeInboxes: true, includeInternal: true);
        w.WriteEndArray();
    }

    private void WriteStatsJson(Utf8JsonWriter w)
    {
        var s = Stats;
        w.WriteStartObject();
        w.WriteNumber("requests", s.Requests);
        w.WriteNumber("creates", s.Creates);
        w.WriteNumber("updates", s.Updates);
        w.WriteNumber("searches", s.Searches);
        w.WriteNumber("lists", s.Lists);
        w.WriteNumber("rate_limited", s.RateLimited);
        w.WriteStartObject("status");
        foreach (var kv in s.Status) w.WriteNumber(kv.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), kv.Value);
        w.WriteEndObject();
        w.WriteStartObject("faults");
        w.WriteNumber("fail", s.Faults.Fail);
        w.WriteNumber("fail_after_commit", s.Faults.FailAfterCommit);
        w.WriteNumber("drop_before_commit", s.Faults.DropBeforeCommit);
        w.WriteNumber("drop_after_commit", s.Faults.DropAfterCommit);
        w.WriteNumber("total", s.Faults.Total);
        w.WriteEndObject();
        w.WriteNumber("contacts", s.Contacts);
        w.WriteEndObject();
    }

    private void WriteConfigJson(Utf8JsonWriter w)
    {
        var o = Options;
        w.WriteStartObject();
        w.WriteString("api_key", o.ApiKey);
        w.WriteString("api_secret", o.ApiSecret);
        w.WriteStartArray("inboxes");
        foreach (var i in o.Inboxes) w.WriteNumberValue(i);
        w.WriteEndArray();
        w.WriteNumber("latency_ms", o.LatencyMs);
        w.WriteNumber("latency_jitter_ms", o.LatencyJitterMs);
        w.WriteNumber("rate_limit", o.RateLimit);
        w.WriteBoolean("retry_after", o.RetryAfter);
        w.WriteBoolean("retry_after_as_date", o.RetryAfterAsDate);
        w.WriteNumber("fail_rate", o.FailRate);
        w.WriteNumber("fail_after_commit_rate", o.FailAfterCommitRate);
        w.WriteNumber("drop_rate", o.DropRate);
        if (o.Seed is int seed) w.WriteNumber("seed", seed);
        else w.WriteNull("seed");
        w.WriteEndObject();
    }

    /// <summary>POST /_sandbox/config: validates every key first, then applies them all (or none).</summary>
    private async Task ConfigureAsync(HttpContext ctx)
    {
        JsonDocument? doc = null;
        if (ctx.Request.ContentLength != 0)
        {
            (doc, var status, var error) = await ReadJsonObjectAsync(ctx, requireJsonContentType: false).ConfigureAwait(false);
            if (doc is null && status == 400 && error.Span.SequenceEqual(EmptyBody)) doc = null;
            else if (doc is null)
            {
                await SendAsync(ctx, status, JsonType, error, count: false).ConfigureAwait(false);
                return;
            }
        }

        using (doc)
        {
            var changes = new List<Action<SandboxOptions>>();
            var reseed = false;
            int? newSeed = null;
            string? problem = null;
            if (doc is not null)
            {
                foreach (var p in doc.RootElement.EnumerateObject())
                {
                    var v = p.Value;
                    switch (p.Name)
                    {
                        case "latency_ms":
                            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var latency) && latency >= 0) changes.Add(o => o.LatencyMs = latency);
                            else problem = "latency_ms must be an integer >= 0";
                            break;
                        case "latency_jitter_ms":
                            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var jitter) && jitter >= 0) changes.Add(o => o.LatencyJitterMs = jitter);
                            else problem = "latency_jitter_ms must be an integer >= 0";
                            break;
                        case "rate_limit":
                            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var limit) && limit >= 0) changes.Add(o => o.RateLimit = limit);
                            else problem = "rate_limit must be an integer >= 0 (0 = off)";
                            break;
                        case "retry_after":
                            if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) { var b = v.GetBoolean(); changes.Add(o => o.RetryAfter = b); }
                            else problem = "retry_after must be true or false";
                            break;
                        case "retry_after_as_date":
                            if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) { var b = v.GetBoolean(); changes.Add(o => o.RetryAfterAsDate = b); }
                            else problem = "retry_after_as_date must be true or false";
                            break;
                        case "fail_rate":
                            if (TryRate(v, out var fail)) changes.Add(o => o.FailRate = fail);
                            else problem = "fail_rate must be a number between 0 and 1";
                            break;
                        case "fail_after_commit_rate":
                            if (TryRate(v, out var fac)) changes.Add(o => o.FailAfterCommitRate = fac);
                            else problem = "fail_after_commit_rate must be a number between 0 and 1";
                            break;
                        case "drop_rate":
                            if (TryRate(v, out var drop)) changes.Add(o => o.DropRate = drop);
                            else problem = "drop_rate must be a number between 0 and 1";
                            break;
                        case "seed":
                            if (v.ValueKind == JsonValueKind.Null) { reseed = true; newSeed = null; }
                            else if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var seed)) { reseed = true; newSeed = seed; }
                            else problem = "seed must be an integer or null";
                            break;
                        default:
                            problem = $"unknown config key '{p.Name}' (known: latency_ms, latency_jitter_ms, rate_limit, retry_after, retry_after_as_date, fail_rate, fail_after_commit_rate, drop_rate, seed)";
                            break;
                    }
                    if (problem is not null) break;
                }
            }
            if (problem is not null)
            {
                await SendAsync(ctx, 400, JsonType, ErrorBody(problem), count: false).ConfigureAwait(false);
                return;
            }
            foreach (var change in changes) change(Options);
            if (reseed)
            {
                Options.Seed = newSeed;
                _dice.Reseed(newSeed);
            }
        }
        await SendInspectionAsync(ctx, 200, WriteConfigJson).ConfigureAwait(false);
    }

    private static bool TryRate(JsonElement v, out double rate)
    {
        rate = 0;
        return v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out rate) && rate >= 0 && rate <= 1;
    }
}
