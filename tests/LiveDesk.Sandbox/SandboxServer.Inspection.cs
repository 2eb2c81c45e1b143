using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace LiveDesk.Sandbox;

// The /_sandbox/ routes (mapped in SandboxServer.Routes.cs): no auth, no latency, no rate limit, not counted.
public sealed partial class SandboxServer
{
    private async Task ResetAsync(HttpContext ctx)
    {
        Reset();
        await SendInspectionAsync(ctx, 200, w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("reset", true);
            w.WriteEndObject();
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// POST /_sandbox/seed <c>{"inbox_id":407,"contacts":[{"name":..,"email":..,"phone_number":..,"identifier":..,"custom_attributes":{..}},...]}</c>:
    /// stores many contacts at once, validated like creates, without latency, throttles, faults or counters, so a
    /// benchmark can start from a large account in a second. Answers <c>{"created":n,"taken":n,"invalid":n}</c>.
    /// </summary>
    /// <summary>
    /// POST /_sandbox/contacts/{id}/labels with <c>{"labels": ["vip", ...]}</c>: replaces the contact's labels. LiveDesk
    /// documents no way to set labels (only the list filter), so tests set them here.
    /// </summary>
    private async Task SetLabelsAsync(HttpContext ctx, string idText)
    {
        var (doc, errorStatus, error) = await ReadJsonObjectAsync(ctx, requireJsonContentType: false).ConfigureAwait(false);
        if (doc is null)
        {
            await SendAsync(ctx, errorStatus, JsonType, error, count: false).ConfigureAwait(false);
            return;
        }
        using var owned = doc;
        if (ReadLabelList(doc.RootElement) is not { } labels)
        {
            await SendAsync(ctx, 400, JsonType, ErrorBody("The body must be {\"labels\": [\"label\", ...]}."), count: false).ConfigureAwait(false);
            return;
        }
        if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !_store.SetLabels(id, labels))
        {
            await SendAsync(ctx, 404, JsonType, ErrorBody("No contact with id " + idText + "."), count: false).ConfigureAwait(false);
            return;
        }
        await SendInspectionAsync(ctx, 200, w => WriteContact(w, _store.Get(id)!, includeInboxes: true, includeInternal: true)).ConfigureAwait(false);
    }

    /// <summary>The <c>labels</c> array of <paramref name="item"/> (strings, trimmed, non-empty), or null when there is none or it is not an array of strings.</summary>
    private static List<string>? ReadLabelList(JsonElement item)
    {
        if (!item.TryGetProperty("labels", out var list) || list.ValueKind != JsonValueKind.Array) return null;
        var labels = new List<string>();
        foreach (var label in list.EnumerateArray())
        {
            if (label.ValueKind != JsonValueKind.String) return null;
            if (label.GetString()!.Trim() is { Length: > 0 } text) labels.Add(text);
        }
        return labels;
    }

    private async Task SeedAsync(HttpContext ctx)
    {
        var (doc, errorStatus, error) = await ReadJsonObjectAsync(ctx, requireJsonContentType: false).ConfigureAwait(false);
        if (doc is null)
        {
            await SendAsync(ctx, errorStatus, JsonType, error, count: false).ConfigureAwait(false);
            return;
        }
        using var owned = doc;
        var root = doc.RootElement;
        if (!TryGetInboxId(root, out var inboxId) || !Options.Inboxes.Contains(inboxId)
            || !root.TryGetProperty("contacts", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            await SendAsync(ctx, 400, JsonType, ErrorBody("The body must be {\"inbox_id\": a known inbox, \"contacts\": [ ... ]}."), count: false).ConfigureAwait(false);
            return;
        }
        int created = 0, taken = 0, invalid = 0;
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object) { invalid++; continue; }
            var input = ParseFields(item, out var errors);
            if (errors is not null) { invalid++; continue; }
            var stored = _store.TryCreate(input, inboxId, out _);
            if (stored is null) taken++;
            else if (ReadLabelList(item) is { } labels) _store.SetLabels(stored.Id, labels);
            else created++;
        }
        await SendInspectionAsync(ctx, 200, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("created", created);
            w.WriteNumber("taken", taken);
            w.WriteNumber("invalid", invalid);
            w.WriteEndObject();
        }).ConfigureAwait(false);
    }

    private Task SendMessagesAsync(HttpContext ctx)
    {
        long? only = long.TryParse(ctx.Request.Query["conversation_id"].ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var cid) ? cid : null;
        return SendInspectionAsync(ctx, 200, w => WriteMessagesJson(w, only));
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

    /// <summary>Every conversation in the API shape, its last message in <c>messages</c> (as Chatwoot lists it), plus <c>contact_id</c> and <c>source_id</c>.</summary>
    private void WriteConversationsJson(Utf8JsonWriter w)
    {
        var last = new Dictionary<long, SandboxMessage>();
        foreach (var m in _conversations.Messages()) last[m.ConversationId] = m;
        w.WriteStartArray();
        foreach (var c in _conversations.Conversations())
        {
            var contact = _store.Get(c.ContactId)!;
            var link = contact.ContactInboxes.FirstOrDefault(x => x.SourceId == c.SourceId) ?? new SandboxContactInbox(c.SourceId, c.InboxId);
            WriteConversation(w, c, contact, link, last.GetValueOrDefault(c.Id), includeInternal: true);
        }
        w.WriteEndArray();
    }

    private void WriteMessagesJson(Utf8JsonWriter w, long? conversationId)
    {
        w.WriteStartArray();
        foreach (var m in _conversations.Messages())
        {
            if (conversationId is long only && m.ConversationId != only) continue;
            var contact = _conversations.Get(m.ConversationId) is { } c ? _store.Get(c.ContactId) : null;
            WriteMessage(w, m, contact, includeInternal: true);
        }
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
        w.WriteStartObject("rate_limited_by");
        w.WriteNumber("overall", s.RateLimitedOverall);
        w.WriteNumber("search", s.RateLimitedSearch);
        w.WriteEndObject();
        w.WriteNumber("conversation_creates", s.ConversationCreates);
        w.WriteNumber("message_creates", s.MessageCreates);
        w.WriteNumber("peak_concurrent", s.PeakConcurrent);
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
        w.WriteNumber("conversations", s.Conversations);
        w.WriteNumber("messages", s.Messages);
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
        w.WriteNumber("rate_window", o.RateWindowSeconds);
        w.WriteString("limiter", LimiterName(o.Limiter));
        w.WriteNumber("rate_burst", o.RateBurst);
        w.WriteNumber("effective_rate_burst", o.EffectiveRateBurst);
        w.WriteNumber("search_rate_limit", o.SearchRateLimit);
        w.WriteNumber("search_rate_window", o.SearchRateWindowSeconds);
        w.WriteNumber("max_page_size", o.MaxPageSize);
        w.WriteBoolean("retry_after", o.RetryAfter);
        w.WriteBoolean("retry_after_as_date", o.RetryAfterAsDate);
        w.WriteNumber("fail_rate", o.FailRate);
        w.WriteNumber("fail_after_commit_rate", o.FailAfterCommitRate);
        w.WriteNumber("drop_rate", o.DropRate);
        w.WriteString("fault_endpoints", FaultEndpointsText(o.FaultEndpoints));
        w.WriteNumber("attachment_limit", o.AttachmentLimitBytes);
        w.WriteString("malformed_upload", o.MalformedUpload == MalformedUpload.Reject ? "reject" : "empty-message");
        w.WriteBoolean("strip_attachments", o.StripAttachments);
        w.WriteBoolean("create_keeps_additional_attributes", o.CreateKeepsAdditionalAttributes);
        _rateSchedule.Write(w, "rate_limit_later");
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
                        case "rate_limit_later":
                            if (v.ValueKind == JsonValueKind.Null) changes.Add(_ => _rateSchedule.Clear());
                            else if (TryParseSchedule(v, out var later)) changes.Add(_ => _rateSchedule.Set(later.Target, later.AfterRequests, later.AfterSeconds));
                            else problem = "rate_limit_later must be null or {\"rate_limit\": N >= 0, and \"after_requests\": N >= 1 or \"after_seconds\": S > 0}";
                            break;
                        case "rate_window":
                            if (TryPositive(v, out var window)) changes.Add(o => o.RateWindowSeconds = window);
                            else problem = "rate_window must be a whole number of seconds >= 1";
                            break;
                        case "limiter":
                            if (v.ValueKind == JsonValueKind.String && TryParseLimiter(v.GetString(), out var kind)) changes.Add(o => o.Limiter = kind);
                            else problem = "limiter must be \"fixed\", \"sliding\" or \"token-bucket\"";
                            break;
                        case "rate_burst":
                            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var burst) && burst >= 0) changes.Add(o => o.RateBurst = burst);
                            else problem = "rate_burst must be an integer >= 0 (0 = min(rate_limit, 10))";
                            break;
                        case "search_rate_limit":
                            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var searchLimit) && searchLimit >= 0) changes.Add(o => o.SearchRateLimit = searchLimit);
                            else problem = "search_rate_limit must be an integer >= 0 (0 = off)";
                            break;
                        case "search_rate_window":
                            if (TryPositive(v, out var searchWindow)) changes.Add(o => o.SearchRateWindowSeconds = searchWindow);
                            else problem = "search_rate_window must be a whole number of seconds >= 1";
                            break;
                        case "max_page_size":
                            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var maxPage) && maxPage >= 0) changes.Add(o => o.MaxPageSize = maxPage);
                            else problem = "max_page_size must be an integer >= 0 (0 = page_size is ignored)";
                            break;
                        case "fault_endpoints":
                            if (v.ValueKind == JsonValueKind.String && TryParseFaultEndpoints(v.GetString(), out var targets)) changes.Add(o => o.FaultEndpoints = targets);
                            else problem = "fault_endpoints must be a comma-separated list of contacts, conversations, messages (or \"all\", \"none\")";
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
                        case "attachment_limit":
                            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var attachmentLimit) && attachmentLimit >= 1) changes.Add(o => o.AttachmentLimitBytes = attachmentLimit);
                            else problem = "attachment_limit must be a whole number of bytes >= 1";
                            break;
                        case "malformed_upload":
                            var answer = v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                            if (answer is "empty-message" or "reject") changes.Add(o => o.MalformedUpload = answer == "reject" ? MalformedUpload.Reject : MalformedUpload.EmptyMessage);
                            else problem = "malformed_upload must be \"empty-message\" or \"reject\"";
                            break;
                        case "strip_attachments":
                            if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) { var b = v.GetBoolean(); changes.Add(o => o.StripAttachments = b); }
                            else problem = "strip_attachments must be true or false";
                            break;
                        case "create_keeps_additional_attributes":
                            if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) { var b = v.GetBoolean(); changes.Add(o => o.CreateKeepsAdditionalAttributes = b); }
                            else problem = "create_keeps_additional_attributes must be true or false";
                            break;
                        case "seed":
                            if (v.ValueKind == JsonValueKind.Null) { reseed = true; newSeed = null; }
                            else if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var seed)) { reseed = true; newSeed = seed; }
                            else problem = "seed must be an integer or null";
                            break;
                        default:
                            problem = $"unknown config key '{p.Name}' (known: latency_ms, latency_jitter_ms, rate_limit, rate_limit_later, rate_window, limiter, rate_burst, search_rate_limit, search_rate_window, fault_endpoints, retry_after, retry_after_as_date, fail_rate, fail_after_commit_rate, drop_rate, attachment_limit, malformed_upload, strip_attachments, create_keeps_additional_attributes, seed)";
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

    private static bool TryParseSchedule(JsonElement v, out (int Target, long AfterRequests, double AfterSeconds) schedule)
    {
        schedule = default;
        if (v.ValueKind != JsonValueKind.Object) return false;
        int? target = null;
        long requests = 0;
        double seconds = 0;
        foreach (var p in v.EnumerateObject())
        {
            var x = p.Value;
            if (x.ValueKind != JsonValueKind.Number) return false;
            switch (p.Name)
            {
                case "rate_limit" when x.TryGetInt32(out var t) && t >= 0: target = t; break;
                case "after_requests" when x.TryGetInt64(out var n) && n >= 1: requests = n; break;
                case "after_seconds" when x.TryGetDouble(out var sec) && sec > 0 && sec <= 86400: seconds = sec; break;
                default: return false;
            }
        }
        // exactly one trigger
        if (target is not int limit || (requests > 0) == (seconds > 0)) return false;
        schedule = (limit, requests, seconds);
        return true;
    }

    private static bool TryPositive(JsonElement v, out int value)
    {
        value = 0;
        return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out value) && value >= 1;
    }

    internal static string LimiterName(LimiterKind kind) => kind switch
    {
        LimiterKind.Sliding => "sliding",
        LimiterKind.TokenBucket => "token-bucket",
        _ => "fixed",
    };

    internal static bool TryParseLimiter(string? text, out LimiterKind kind)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "fixed": kind = LimiterKind.Fixed; return true;
            case "sliding": kind = LimiterKind.Sliding; return true;
            case "token-bucket" or "tokenbucket" or "token_bucket": kind = LimiterKind.TokenBucket; return true;
            default: kind = default; return false;
        }
    }

    internal static string FaultEndpointsText(FaultEndpoints targets)
    {
        if (targets == FaultEndpoints.None) return "none";
        var parts = new List<string>(3);
        if ((targets & FaultEndpoints.Contacts) != 0) parts.Add("contacts");
        if ((targets & FaultEndpoints.Conversations) != 0) parts.Add("conversations");
        if ((targets & FaultEndpoints.Messages) != 0) parts.Add("messages");
        if ((targets & FaultEndpoints.Status) != 0) parts.Add("status");
        return string.Join(',', parts);
    }

    internal static bool TryParseFaultEndpoints(string? text, out FaultEndpoints targets)
    {
        targets = FaultEndpoints.None;
        if (text is null) return false;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (part.ToLowerInvariant())
            {
                case "contacts": targets |= FaultEndpoints.Contacts; break;
                case "conversations": targets |= FaultEndpoints.Conversations; break;
                case "messages": targets |= FaultEndpoints.Messages; break;
                case "status": targets |= FaultEndpoints.Status; break;
                case "all": targets |= FaultEndpoints.All; break;
                case "none": break;
                default: return false;
            }
        }
        return true;
    }

    private static bool TryRate(JsonElement v, out double rate)
    {
        rate = 0;
        return v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out rate) && rate >= 0 && rate <= 1;
    }
}
