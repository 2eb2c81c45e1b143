using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;

namespace LiveDesk.Sandbox;

/// <summary>
/// A local fake of the LiveDesk contacts REST API (Kestrel on loopback). Start it in-process with
/// <see cref="StartAsync(SandboxOptions, int, CancellationToken)"/>, or as a process with
/// <c>dotnet run --project tests/LiveDesk.Sandbox -- --urls http://127.0.0.1:0</c>.
/// </summary>
public sealed partial class SandboxServer : IAsyncDisposable
{
    private const string ContactsPath = "/api/v2/accounts/contacts";
    private const string ConversationsPath = "/api/v2/accounts/conversations";
    private const string JsonType = "application/json; charset=utf-8";
    private const int PageSize = 15;
    private const int MaxLength = 255;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly byte[] NotFoundResource = Utf8("{\"error\":\"Resource could not be found\"}");
    private static readonly byte[] NotFoundRoute = Utf8("{\"status\":404,\"error\":\"Not Found\"}");
    private static readonly byte[] MethodNotAllowed = Utf8("{\"status\":405,\"error\":\"Method Not Allowed\"}");
    private static readonly byte[] SignIn = Utf8("{\"errors\":[\"You need to sign in or sign up before continuing.\"]}");
    private static readonly byte[] InvalidToken = Utf8("{\"error\":\"Invalid Access Token\"}");
    private static readonly byte[] RetryLater = Utf8("Retry later");
    private static readonly byte[] UnsupportedMediaType = Utf8("{\"error\":\"Unsupported Content-Type: send the request body as application/json\"}");
    private static readonly byte[] EmptyBody = Utf8("{\"error\":\"Malformed request body: the body is empty, a JSON object is required\"}");
    private static readonly byte[] NotAnObject = Utf8("{\"error\":\"Malformed request body: a JSON object is required\"}");
    private static readonly byte[] InternalError = Utf8("{\"status\":500,\"error\":\"Internal Server Error\"}");
    private static readonly byte[] InternalErrorHtml = Utf8(
        "<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n" +
        "<center><h1>500 Internal Server Error</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");

    private readonly WebApplication _app;
    private readonly ContactStore _store = new();
    private readonly Counters _counters = new();
    private readonly ConversationStore _conversations = new();
    private readonly RateLimiter _limiter = new();
    private readonly RateLimitSchedule _rateSchedule = new();
    private readonly FaultDice _dice;

    private SandboxServer(WebApplication app, SandboxOptions options)
    {
        _app = app;
        Options = options;
        _dice = new FaultDice(options.Seed);
        BaseUri = new Uri("http://127.0.0.1/");
    }

    /// <summary>The root the server listens on, with a trailing slash, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUri { get; private set; }

    /// <summary>The live settings (a copy of those passed in); changes take effect on the next request.</summary>
    public SandboxOptions Options { get; }

    /// <summary>A snapshot of all stored contacts, by id.</summary>
    public IReadOnlyList<SandboxContact> Contacts => _store.Snapshot();

    /// <summary>A snapshot of all stored conversations, by id.</summary>
    public IReadOnlyList<SandboxConversation> Conversations => _conversations.Conversations();

    /// <summary>A snapshot of all stored messages, by id.</summary>
    public IReadOnlyList<SandboxMessage> Messages => _conversations.Messages();

    /// <summary>A snapshot of the counters.</summary>
    public SandboxStats Stats => _counters.Snapshot(_store.Count, _conversations.ConversationCount, _conversations.MessageCount);

    /// <summary>
    /// Clears contacts, conversations and messages (ids restart at 1), counters and every throttle's state;
    /// reseeds the fault RNG with <see cref="SandboxOptions.Seed"/>.
    /// </summary>
    public void Reset()
    {
        _store.Clear();
        _conversations.Clear();
        _counters.Reset();
        _limiter.Reset();
        _dice.Reseed(Options.Seed);
    }

    /// <summary>Starts a sandbox on <c>http://127.0.0.1:{port}</c> (0 = a free port) and returns once it accepts requests.</summary>
    public static Task<SandboxServer> StartAsync(SandboxOptions options, int port = 0, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        return StartAsync(options, string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"), consoleHost: false, ct);
    }

    internal static async Task<SandboxServer> StartAsync(SandboxOptions options, string urls, bool consoleHost, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Clone();
        settings.Validate();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = Array.Empty<string>(),
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        if (consoleHost)
        {
            // stdout carries only the four startup lines: warnings and errors go to stderr.
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        }
        else
        {
            builder.Services.AddSingleton<IHostLifetime, InProcessLifetime>();
        }
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            // Attachments up to the size knob and beyond it must arrive whole, to be refused as Chatwoot refuses them (422).
            k.Limits.MaxRequestBodySize = null;
        });

        var app = builder.Build();
        var server = new SandboxServer(app, settings);
        server.MapRoutes(app);
        try
        {
            await app.StartAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        server.BaseUri = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    /// <summary>Completes when the host is asked to stop (Ctrl+C, SIGTERM).</summary>
    public Task WaitForShutdownAsync(CancellationToken ct = default) => _app.WaitForShutdownAsync(ct);

    /// <summary>Stops the server (in-flight requests get up to 5 s) and releases it.</summary>
    public async ValueTask DisposeAsync()
    {
        using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            try
            {
                await _app.StopAsync(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    // ---------------------------------------------------------------- the gate in front of every API route

    /// <summary>
    /// Middleware for every request: requests outside <c>/_sandbox</c> are counted, delayed and throttled here, before
    /// the endpoint runs and whether or not a route matched (Rack::Attack sits in front of Rails' router). Routes are
    /// matched case-sensitively, like Rails': ASP.NET Core's are not, so a match in another case is sent to the 404.
    /// </summary>
    private async Task GateAsync(HttpContext ctx, RequestDelegate next)
    {
        try
        {
            var path = ctx.Request.Path.Value ?? "/";
            if (path.StartsWith("/_sandbox", StringComparison.Ordinal) && (path.Length == 9 || path[9] == '/'))
            {
                await next(ctx).ConfigureAwait(false);
                return;
            }
            if (!await ThrottleAsync(ctx, path).ConfigureAwait(false)) return;
            if (ctx.GetEndpoint() is RouteEndpoint route && route.Order < FallbackOrder && !MatchesCase(route.RoutePattern.RawText, path))
            {
                await SendAsync(ctx, 404, JsonType, NotFoundRoute).ConfigureAwait(false);
                return;
            }
            await next(ctx).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException || ctx.RequestAborted.IsCancellationRequested)
        {
            // the client went away (or the connection was dropped on purpose)
        }
    }

    /// <summary>The literal part of the route template (up to the first parameter) must match the path ordinally.</summary>
    private static bool MatchesCase(string? template, string path)
    {
        if (string.IsNullOrEmpty(template)) return true;
        var brace = template.IndexOf('{');
        var literal = brace < 0 ? template : template[..brace];
        return path.StartsWith(literal.TrimEnd('/'), StringComparison.Ordinal);
    }

    /// <summary>Counts the request, adds the latency, and answers 429 (returning false) when a throttle refuses it.</summary>
    private async Task<bool> ThrottleAsync(HttpContext ctx, string path)
    {
        _counters.Request();
        var o = Options;
        // The jitter has its own RNG so that it never shifts the seeded fault sequence.
        var latency = o.LatencyMs + (o.LatencyJitterMs > 0 ? Random.Shared.Next(o.LatencyJitterMs + 1) : 0);
        if (latency > 0)
        {
            _counters.EnterLatency();
            try
            {
                await Task.Delay(latency, ctx.RequestAborted).ConfigureAwait(false);
            }
            finally
            {
                _counters.LeaveLatency();
            }
        }

        var now = o.TimeProvider.GetUtcNow();
        if (_rateSchedule.Due(now, out var scheduledLimit)) o.RateLimit = scheduledLimit;
        if (_limiter.Check(o, now, IsSearch(ctx, path)) is not { } refused) return true;

        _counters.RateLimited(refused.Throttle);
        // whole seconds, rounded up: Rack::Attack's period - (epoch % period) for the fixed window
        var seconds = Math.Max(1, (long)Math.Ceiling(refused.RetryAfter.TotalSeconds));
        if (o.RetryAfterAsDate)
        {
            var at = (long)Math.Ceiling((now + refused.RetryAfter).ToUnixTimeMilliseconds() / 1000.0);
            ctx.Response.Headers.RetryAfter = DateTimeOffset.FromUnixTimeSeconds(at).ToString("R", CultureInfo.InvariantCulture);
        }
        else if (o.RetryAfter)
        {
            ctx.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }
        await SendAsync(ctx, 429, "text/plain", RetryLater).ConfigureAwait(false);
        return false;
    }

    /// <summary>A contact search: what Chatwoot's search throttle matches, here <c>GET /api/v2/accounts/contacts?q=</c> with a non-empty q.</summary>
    private static bool IsSearch(HttpContext ctx, string path) =>
        HttpMethods.IsGet(ctx.Request.Method)
        && (path.Length == ContactsPath.Length || (path.Length == ContactsPath.Length + 1 && path[^1] == '/'))
        && path.StartsWith(ContactsPath, StringComparison.Ordinal)
        && ctx.Request.Query["q"].ToString().Length > 0;

    private Task SendMethodNotAllowedAsync(HttpContext ctx, string allow)
    {
        ctx.Response.Headers.Allow = allow;
        return SendAsync(ctx, 405, JsonType, MethodNotAllowed);
    }

    // ---------------------------------------------------------------- auth and body

    /// <summary>Sends the 401 and returns false unless the Basic credentials match.</summary>
    private async ValueTask<bool> AuthorizeAsync(HttpContext ctx)
    {
        var header = ctx.Request.Headers.Authorization.ToString();
        byte[]? failure = null;
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            failure = SignIn;
        }
        else
        {
            string decoded;
            try
            {
                decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.AsSpan(6).Trim().ToString()));
            }
            catch (FormatException)
            {
                decoded = string.Empty;
            }
            var colon = decoded.IndexOf(':');
            if (colon <= 0) failure = SignIn;
            else
            {
                var o = Options;
                if (!decoded.AsSpan(0, colon).SequenceEqual(o.ApiKey) || !decoded.AsSpan(colon + 1).SequenceEqual(o.ApiSecret))
                    failure = InvalidToken;
            }
        }
        if (failure is null) return true;
        await SendAsync(ctx, 401, JsonType, failure).ConfigureAwait(false);
        return false;
    }

    private static bool IsJsonContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return false;
        var media = contentType.AsSpan();
        var semi = media.IndexOf(';');
        if (semi >= 0) media = media[..semi];
        return media.Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads a JSON object body; on failure Doc is null and Status/Error hold the 415 or 400 to send.</summary>
    private static async Task<(JsonDocument? Doc, int Status, ReadOnlyMemory<byte> Error)> ReadJsonObjectAsync(HttpContext ctx, bool requireJsonContentType = true)
    {
        if (requireJsonContentType && !IsJsonContentType(ctx.Request.ContentType)) return (null, 415, UnsupportedMediaType);
        if (ctx.Request.ContentLength == 0) return (null, 400, EmptyBody);
        JsonDocument doc;
        try
        {
            doc = await JsonDocument.ParseAsync(ctx.Request.Body, default, ctx.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            return (null, 400, ErrorBody("Malformed JSON in request body: " + ex.Message));
        }
        if (doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            doc.Dispose();
            return (null, 400, NotAnObject);
        }
        return (doc, 0, default);
    }

    // ---------------------------------------------------------------- POST /contacts

    private Task CreateAsync(HttpContext ctx) => CreateWithFaultsAsync(ctx, FaultEndpoints.Contacts, ProcessCreateAsync);

    /// <summary>
    /// A create (contact, conversation or message) under the fault knobs: auth, then one roll of the fault dice
    /// (when <see cref="SandboxOptions.FaultEndpoints"/> targets this create), then the processing.
    /// </summary>
    private async Task CreateWithFaultsAsync(HttpContext ctx, FaultEndpoints endpoint, Func<HttpContext, Task<(int Status, ReadOnlyMemory<byte> Body)>> process)
    {
        if (!await AuthorizeAsync(ctx).ConfigureAwait(false)) return;

        var o = Options;
        var fault = (o.FaultEndpoints & endpoint) != 0 ? _dice.Roll(o.DropRate, o.FailRate, o.FailAfterCommitRate) : Fault.None;
        if (fault == Fault.DropBeforeCommit)
        {
            _counters.Fault(fault);
            ctx.Abort();
            return;
        }
        if (fault == Fault.Fail)
        {
            _counters.Fault(fault);
            await SendAsync(ctx, 500, JsonType, InternalError).ConfigureAwait(false);
            return;
        }

        var (status, body) = await process(ctx).ConfigureAwait(false);

        if (fault == Fault.DropAfterCommit)
        {
            _counters.Fault(fault);
            ctx.Abort();
            return;
        }
        if (fault == Fault.FailAfterCommit)
        {
            _counters.Fault(fault);
            await SendAsync(ctx, 500, "text/html", InternalErrorHtml).ConfigureAwait(false);
            return;
        }
        await SendAsync(ctx, status, JsonType, body).ConfigureAwait(false);
    }

    /// <summary>Reads, validates and stores; returns the (JSON) response to send.</summary>
    private async Task<(int Status, ReadOnlyMemory<byte> Body)> ProcessCreateAsync(HttpContext ctx)
    {
        var (doc, errorStatus, error) = await ReadJsonObjectAsync(ctx).ConfigureAwait(false);
        if (doc is null) return (errorStatus, error);
        using var _ = doc;
        var root = doc.RootElement;

        if (!TryGetInboxId(root, out var inboxId) || !Options.Inboxes.Contains(inboxId))
            return (404, NotFoundResource);

        var input = ParseFields(root, out var errors);
        if (errors is not null) return (422, ValidationBody(errors));

        var contact = _store.TryCreate(input, inboxId, out var taken, Options.CreateKeepsAdditionalAttributes);
        if (contact is null) return (422, TakenBody(taken!));

        _counters.Create();
        var buffer = new ArrayBufferWriter<byte>(768);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteStartObject("payload");
            w.WritePropertyName("contact");
            WriteContact(w, contact, includeInboxes: true, includeInternal: false);
            w.WritePropertyName("contact_inbox");
            WriteContactInbox(w, contact.ContactInboxes[0]);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return (200, buffer.WrittenMemory);
    }

    private static bool TryGetInboxId(JsonElement root, out long id)
    {
        id = 0;
        JsonElement? value = null;
        foreach (var p in root.EnumerateObject())
        {
            if (p.NameEquals("inbox_id")) value = p.Value;
        }
        if (value is not { } v) return false;
        return v.ValueKind switch
        {
            JsonValueKind.Number => v.TryGetInt64(out id),
            JsonValueKind.String => long.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out id),
            _ => false,
        };
    }

    // ---------------------------------------------------------------- PATCH /contacts/{id}

    private async Task UpdateAsync(HttpContext ctx, string idText)
    {
        if (!await AuthorizeAsync(ctx).ConfigureAwait(false)) return;
        var (doc, errorStatus, error) = await ReadJsonObjectAsync(ctx).ConfigureAwait(false);
        if (doc is null)
        {
            await SendAsync(ctx, errorStatus, JsonType, error).ConfigureAwait(false);
            return;
        }
        using var _ = doc;

        if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            await SendAsync(ctx, 404, JsonType, NotFoundResource).ConfigureAwait(false);
            return;
        }
        var input = ParseFields(doc.RootElement, out var errors);
        if (errors is not null)
        {
            // like Rails: the record is looked up first
            if (id < 1 || id > _store.Count) await SendAsync(ctx, 404, JsonType, NotFoundResource).ConfigureAwait(false);
            else await SendAsync(ctx, 422, JsonType, ValidationBody(errors)).ConfigureAwait(false);
            return;
        }
        switch (_store.TryUpdate(id, input, out var contact, out var taken))
        {
            case ContactStore.UpdateOutcome.NotFound:
                await SendAsync(ctx, 404, JsonType, NotFoundResource).ConfigureAwait(false);
                return;
            case ContactStore.UpdateOutcome.Taken:
                await SendAsync(ctx, 422, JsonType, TakenBody(taken!)).ConfigureAwait(false);
                return;
        }
        _counters.Update();
        var buffer = new ArrayBufferWriter<byte>(768);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WritePropertyName("payload");
            WriteContact(w, contact!, includeInboxes: true, includeInternal: false);
            w.WriteEndObject();
        }
        await SendAsync(ctx, 200, JsonType, buffer.WrittenMemory).ConfigureAwait(false);
    }

    // ---------------------------------------------------------------- GET /contacts

    private async Task ListAsync(HttpContext ctx)
    {
        if (!await AuthorizeAsync(ctx).ConfigureAwait(false)) return;
        var query = ctx.Request.Query;

        var page = int.TryParse(query["page"].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var q = query["q"].ToString();
        var search = q.Length > 0 ? q : null;
        var includeInboxes = !string.Equals(query["include_contact_inboxes"].ToString(), "false", StringComparison.OrdinalIgnoreCase);
        var sort = BuildSort(query["sort"].ToString(), query["direction"].ToString());

        var (total, items) = _store.Query(search, sort, page, EffectivePageSize(query["page_size"].ToString()), ReadLabels(query));
        if (search is null) _counters.List(); else _counters.Search();

        var buffer = new ArrayBufferWriter<byte>(1024 + items.Count * 512);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteStartObject("meta");
            w.WriteNumber("count", total);
            w.WriteString("current_page", page.ToString(CultureInfo.InvariantCulture));
            w.WriteEndObject();
            w.WriteStartArray("payload");
            foreach (var c in items) WriteContact(w, c, includeInboxes, includeInternal: false);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        await SendAsync(ctx, 200, JsonType, buffer.WrittenMemory).ConfigureAwait(false);
    }

    // Chatwoot serves 15 whatever page_size says (MaxPageSize 0); a server that honours it may cap it. Pages are
    // cut at (page - 1) * the size served, so a client must ask every page with the size it learned.
    private int EffectivePageSize(string requested)
    {
        var max = Options.MaxPageSize;
        if (max <= 0 || !int.TryParse(requested, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) || size < 1) return PageSize;
        return Math.Min(size, max);
    }

    /// <summary>
    /// The <c>labels</c> filter as Chatwoot reads it: <c>labels=vip</c>, <c>labels[]=vip&amp;labels[]=gold</c>, and (through
    /// acts-as-taggable-on's tag list parser) <c>labels=vip,gold</c>; empty when absent.
    /// </summary>
    private static List<string> ReadLabels(IQueryCollection query)
    {
        var labels = new List<string>();
        foreach (var key in new[] { "labels", "labels[]" })
        {
            foreach (var value in query[key])
            {
                if (value is null) continue;
                foreach (var part in value.Split(','))
                {
                    var label = part.Trim();
                    if (label.Length > 0) labels.Add(label);
                }
            }
        }
        return labels;
    }

    /// <summary>Chatwoot-style sort: <c>sort=name</c>, <c>sort=-name</c> (descending) or <c>direction=desc</c>; nulls last; ties by id.</summary>
    private static Comparison<SandboxContact>? BuildSort(string sort, string direction)
    {
        var descending = string.Equals(direction, "desc", StringComparison.OrdinalIgnoreCase);
        if (sort.StartsWith('-'))
        {
            descending = true;
            sort = sort[1..];
        }
        Func<SandboxContact, string?>? key = sort switch
        {
            "email" => c => c.Email,
            "name" => c => c.Name,
            "phone_number" => c => c.PhoneNumber,
            "identifier" => c => c.Identifier,
            "company" => c => Additional(c, "company_name"),
            "city" => c => Additional(c, "city"),
            "country" => c => Additional(c, "country"),
            _ => null,
        };
        var sign = descending ? -1 : 1;
        if (key is not null)
        {
            return (a, b) =>
            {
                string? x = key(a), y = key(b);
                if (x is null || y is null)
                {
                    if (x is null && y is null) return a.Id.CompareTo(b.Id);
                    return x is null ? 1 : -1; // nulls last, both directions
                }
                var r = string.Compare(x, y, StringComparison.OrdinalIgnoreCase);
                if (r == 0) r = string.CompareOrdinal(x, y);
                if (r == 0) r = a.Id.CompareTo(b.Id);
                return sign * r;
            };
        }
        if (sort == "created_at")
            return (a, b) => sign * (a.CreatedAt != b.CreatedAt ? a.CreatedAt.CompareTo(b.CreatedAt) : a.Id.CompareTo(b.Id));
        // id, last_activity_at (always null here), unknown or no sort: by id
        return descending ? (a, b) => b.Id.CompareTo(a.Id) : null;
    }

    /// <summary>A string additional attribute (null when absent, empty or not a string), the key Chatwoot sorts company, city and country by.</summary>
    private static string? Additional(SandboxContact c, string key) =>
        c.AdditionalAttributes.TryGetValue(key, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    // ---------------------------------------------------------------- validation

    private static readonly (string Key, string Label)[] StringFields =
    {
        ("name", "Name"),
        ("email", "Email"),
        ("phone_number", "Phone number"),
        ("identifier", "Identifier"),
        ("avatar_url", "Avatar url"),
    };

    /// <summary>Reads and validates the contact fields present in <paramref name="root"/>; unknown fields are ignored.</summary>
    private static ContactInput ParseFields(JsonElement root, out List<(string Message, string Attribute)>? errors)
    {
        errors = null;
        Span<bool> present = stackalloc bool[StringFields.Length];
        var values = new JsonElement[StringFields.Length];
        JsonElement? custom = null, additional = null, blocked = null;
        foreach (var p in root.EnumerateObject())
        {
            for (var i = 0; i < StringFields.Length; i++)
            {
                if (p.NameEquals(StringFields[i].Key))
                {
                    present[i] = true;
                    values[i] = p.Value;
                    goto next;
                }
            }
            if (p.NameEquals("custom_attributes")) custom = p.Value;
            else if (p.NameEquals("additional_attributes")) additional = p.Value;
            else if (p.NameEquals("blocked")) blocked = p.Value;
            next:;
        }

        var input = new ContactInput();
        for (var i = 0; i < StringFields.Length; i++)
        {
            if (!present[i]) continue;
            var (key, label) = StringFields[i];
            var v = values[i];
            string? s = null;
            if (v.ValueKind == JsonValueKind.String)
            {
                s = v.GetString();
                if (string.IsNullOrEmpty(s)) s = null;
            }
            else if (v.ValueKind != JsonValueKind.Null)
            {
                (errors ??= new()).Add(($"{label} must be a string", key));
                continue;
            }
            if (s is not null)
            {
                if (s.Length > MaxLength && s.EnumerateRunes().Count() > MaxLength)
                    (errors ??= new()).Add(($"{label} is too long (maximum is 255 characters)", key));
                if (key == "email" && !IsEmail(s)) (errors ??= new()).Add(("Email is invalid", key));
                if (key == "phone_number" && !IsE164(s)) (errors ??= new()).Add(("Phone number should be in e164 format", key));
            }
            switch (i)
            {
                case 0: input.HasName = true; input.Name = s; break;
                case 1: input.HasEmail = true; input.Email = s?.ToLowerInvariant(); break;
                case 2: input.HasPhone = true; input.Phone = s; break;
                case 3: input.HasIdentifier = true; input.Identifier = s; break;
                case 4: input.HasAvatarUrl = true; input.AvatarUrl = s; break;
            }
        }
        input.CustomAttributes = ReadAttributes(custom, "custom_attributes", "Custom attributes", ref errors);
        input.AdditionalAttributes = ReadAttributes(additional, "additional_attributes", "Additional attributes", ref errors);
        if (blocked is { } b)
        {
            // Rails casts "true"/"false" and 1/0 as well; anything else is not a boolean here.
            bool? value = b.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.String when b.GetString() is "true" or "1" => true,
                JsonValueKind.String when b.GetString() is "false" or "0" => false,
                JsonValueKind.Number when b.TryGetInt32(out var n) && n is 0 or 1 => n == 1,
                _ => null,
            };
            if (value is bool v) { input.HasBlocked = true; input.Blocked = v; }
            else (errors ??= new()).Add(("Blocked must be true or false", "blocked"));
        }
        return input;
    }

    private static Dictionary<string, JsonElement>? ReadAttributes(JsonElement? value, string key, string label, ref List<(string, string)>? errors)
    {
        if (value is not { } v || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind != JsonValueKind.Object)
        {
            (errors ??= new()).Add(($"{label} must be an object", key));
            return null;
        }
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in v.EnumerateObject()) result[p.Name] = p.Value.Clone();
        return result;
    }

    /// <summary>Devise's e-mail format, <c>\A[^@\s]+@[^@\s]+\z</c>.</summary>
    internal static bool IsEmail(string s)
    {
        var at = s.IndexOf('@');
        if (at <= 0 || at == s.Length - 1 || s.IndexOf('@', at + 1) >= 0) return false;
        foreach (var ch in s)
        {
            if (char.IsWhiteSpace(ch)) return false;
        }
        return true;
    }

    /// <summary>E.164, anchored at both ends: <c>\A\+[1-9]\d{1,14}\z</c>.</summary>
    internal static bool IsE164(string s)
    {
        if (s.Length < 3 || s.Length > 16 || s[0] != '+' || s[1] < '1' || s[1] > '9') return false;
        for (var i = 2; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i])) return false;
        }
        return true;
    }

    private static readonly Dictionary<string, string> TakenMessages = new(StringComparer.Ordinal)
    {
        ["email"] = "Email has already been taken",
        ["phone_number"] = "Phone number has already been taken",
        ["identifier"] = "Identifier has already been taken",
    };

    private static ReadOnlyMemory<byte> TakenBody(List<string> fields) =>
        ValidationBody(fields.Select(f => (TakenMessages[f], f)).ToList());

    private static ReadOnlyMemory<byte> ValidationBody(List<(string Message, string Attribute)> errors)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("message", string.Join(", ", errors.Select(e => e.Message)));
            w.WriteStartArray("attributes");
            foreach (var a in errors.Select(e => e.Attribute).Distinct()) w.WriteStringValue(a);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.WrittenMemory;
    }

    // ---------------------------------------------------------------- JSON output

    internal static void WriteContact(Utf8JsonWriter w, SandboxContact c, bool includeInboxes, bool includeInternal)
    {
        w.WriteStartObject();
        WriteAttributes(w, "additional_attributes", c.AdditionalAttributes);
        w.WriteString("availability_status", "offline");
        WriteNullable(w, "email", c.Email);
        w.WriteNumber("id", c.Id);
        WriteNullable(w, "name", c.Name);
        WriteNullable(w, "phone_number", c.PhoneNumber);
        w.WriteBoolean("blocked", c.Blocked);
        WriteNullable(w, "identifier", c.Identifier);
        w.WriteString("thumbnail", "");
        WriteAttributes(w, "custom_attributes", c.CustomAttributes);
        w.WriteNumber("created_at", c.CreatedAt);
        w.WriteNull("last_activity_at");
        if (includeInboxes)
        {
            w.WriteStartArray("contact_inboxes");
            foreach (var ci in c.ContactInboxes) WriteContactInbox(w, ci);
            w.WriteEndArray();
        }
        if (includeInternal)
        {
            WriteNullable(w, "avatar_url", c.AvatarUrl);
            w.WriteStartArray("labels");
            foreach (var label in c.Labels) w.WriteStringValue(label);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteContactInbox(Utf8JsonWriter w, SandboxContactInbox ci)
    {
        w.WriteStartObject();
        w.WriteString("source_id", ci.SourceId);
        w.WriteStartObject("inbox");
        w.WriteNumber("id", ci.InboxId);
        w.WriteString("name", string.Create(CultureInfo.InvariantCulture, $"API Inbox {ci.InboxId}"));
        w.WriteString("channel_type", "Channel::Api");
        w.WriteString("provider", (string?)null);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void WriteAttributes(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, JsonElement> attributes)
    {
        w.WriteStartObject(name);
        foreach (var kv in attributes)
        {
            w.WritePropertyName(kv.Key);
            kv.Value.WriteTo(w);
        }
        w.WriteEndObject();
    }

    // ---------------------------------------------------------------- sending

    private Task SendAsync(HttpContext ctx, int status, string contentType, ReadOnlyMemory<byte> body, bool count = true)
    {
        if (count) _counters.Status(status);
        var response = ctx.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, ctx.RequestAborted).AsTask();
    }

    private static ReadOnlyMemory<byte> ErrorBody(string message)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("error", message);
            w.WriteEndObject();
        }
        return buffer.WrittenMemory;
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private sealed class InProcessLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
