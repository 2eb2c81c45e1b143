using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace LiveDesk.Hostile;

/// <summary>One request as the server saw it, for the assertions: whether credentials came (never their values), and the body.</summary>
public sealed record HostileRequest(string Listener, string Method, string Target, bool Authorization, bool ProxyAuthorization, string Body);

/// <summary>
/// A loopback HTTP server that misbehaves on purpose (see README.md for the modes), plus a second port that
/// acts as a forward proxy. Raw sockets, one request per connection, so that it can send what a real
/// server framework would refuse to.
/// </summary>
public sealed class HostileServer : IAsyncDisposable
{
    /// <summary>The contact name every successful answer carries: non-ASCII, so a wrong decoding shows.</summary>
    public const string ContactName = "Zoë ☃";

    /// <summary>A body of <c>&lt;head&gt;</c> repeated to just under the module's 1 MiB response limit.</summary>
    public static readonly int HtmlBodyBytes = 1024 * 1024 - 4;

    private readonly TcpListener _origin = new(IPAddress.Loopback, 0);
    private readonly TcpListener _proxy = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<HostileRequest> _requests = new();
    private readonly List<Task> _loops = new();
    private readonly Dictionary<string, HostileTls> _tls = new();

    /// <summary>The origin's base address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Origin { get; private set; } = null!;

    /// <summary>The proxy's address.</summary>
    public Uri Proxy { get; private set; } = null!;

    /// <summary>The https addresses, by kind of certificate: self-signed, expired, wrong-name.</summary>
    public IReadOnlyDictionary<string, Uri> Tls => _tls.ToDictionary(t => t.Key, t => t.Value.Address);

    /// <summary>How many TLS handshakes the https port with that kind of certificate was offered since the last reset.</summary>
    public int Handshakes(string kind) => _tls[kind].Handshakes;

    /// <summary>The base URI of one mode, for -BaseUri.</summary>
    public Uri Mode(string mode) => new(Origin, $"m/{mode}/");

    /// <summary>Every request received so far, on either port.</summary>
    public IReadOnlyList<HostileRequest> Requests
    {
        get { lock (_requests) return _requests.ToArray(); }
    }

    /// <summary>Forgets the recorded requests.</summary>
    public void Reset()
    {
        lock (_requests) _requests.Clear();
    }

    /// <summary>Starts both listeners on free loopback ports.</summary>
    public static HostileServer Start()
    {
        var server = new HostileServer();
        server._origin.Start();
        server._proxy.Start();
        server.Origin = new Uri($"http://127.0.0.1:{((IPEndPoint)server._origin.LocalEndpoint).Port}/");
        server.Proxy = new Uri($"http://127.0.0.1:{((IPEndPoint)server._proxy.LocalEndpoint).Port}/");
        server._loops.Add(Task.Run(() => server.AcceptLoop(server._origin, "origin")));
        server._loops.Add(Task.Run(() => server.AcceptLoop(server._proxy, "proxy")));
        foreach (var kind in HostileTls.Kinds)
        {
            var tls = HostileTls.Start(kind);
            server._tls[kind] = tls;
            server._loops.Add(Task.Run(() => server.AcceptLoop(tls.Listener, kind)));
        }
        return server;
    }

    private async Task AcceptLoop(TcpListener listener, string name)
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException)
            {
                continue;
            }
            _ = Task.Run(() => Serve(client, name));
        }
    }

    private async Task Serve(TcpClient client, string listener)
    {
        using (client)
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                timeout.CancelAfter(TimeSpan.FromSeconds(30));
                Stream stream = client.GetStream();
                if (_tls.TryGetValue(listener, out var tls))
                {
                    var secure = await tls.HandshakeAsync(stream, timeout.Token);
                    if (secure == null) return;
                    stream = secure;
                }
                var request = await ReadRequest(stream, timeout.Token);
                if (request == null) return;
                var response = Answer(request, listener);
                // slow: every answer comes 8 s after the request was recorded, so that a test can act while it is in flight.
                if (request.Target.Contains("/m/slow/", StringComparison.Ordinal)) await Task.Delay(TimeSpan.FromSeconds(8), timeout.Token);
                await stream.WriteAsync(response, timeout.Token);
                await stream.FlushAsync(timeout.Token);
                client.Client.Shutdown(SocketShutdown.Send);
            }
            catch (Exception ex) when (ex is IOException || ex is SocketException || ex is OperationCanceledException || ex is System.Security.Authentication.AuthenticationException)
            {
                // The client went away; nothing to answer.
            }
        }
    }

    private sealed record Request(string Method, string Target, Dictionary<string, string> Headers, byte[] Body, string[] HeaderLines);

    private static async Task<Request?> ReadRequest(Stream stream, CancellationToken ct)
    {
        var head = new MemoryStream();
        var one = new byte[1];
        // Byte by byte up to the blank line: slow, but exact, and requests here are tiny.
        while (true)
        {
            if (await stream.ReadAsync(one, ct) == 0) return null;
            head.WriteByte(one[0]);
            if (head.Length > 64 * 1024) return null;
            var b = head.GetBuffer();
            var n = (int)head.Length;
            if (n >= 4 && b[n - 4] == '\r' && b[n - 3] == '\n' && b[n - 2] == '\r' && b[n - 1] == '\n') break;
        }
        var lines = Encoding.Latin1.GetString(head.GetBuffer(), 0, (int)head.Length).Split("\r\n");
        var first = lines[0].Split(' ');
        if (first.Length < 3) return null;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        var body = Array.Empty<byte>();
        if (headers.TryGetValue("Content-Length", out var lengthText) && int.TryParse(lengthText, out var length) && length > 0)
        {
            body = new byte[length];
            await stream.ReadExactlyAsync(body, ct);
        }
        return new Request(first[0], first[1], headers, body, lines.Skip(1).Where(l => l.Length > 0).ToArray());
    }

    private byte[] Answer(Request request, string listener)
    {
        var isInspection = listener == "origin" && request.Target.StartsWith("/_hostile/", StringComparison.Ordinal);
        if (!isInspection)
        {
            lock (_requests)
            {
                _requests.Add(new HostileRequest(listener, request.Method, request.Target,
                    request.Headers.ContainsKey("Authorization"), request.Headers.ContainsKey("Proxy-Authorization"), Encoding.UTF8.GetString(request.Body)));
            }
        }
        if (isInspection) return Inspect(request);

        if (request.Method == "CONNECT")
        {
            // A tunnel is never built: without credentials the proxy asks for them, with them it gives up.
            return request.Headers.ContainsKey("Proxy-Authorization")
                ? Respond(502, "Bad Gateway", "text/plain", Encoding.ASCII.GetBytes("no tunnels here"))
                : Respond(407, "Proxy Authentication Required", "text/plain", Encoding.ASCII.GetBytes("proxy credentials required"), ("Proxy-Authenticate", "Basic realm=\"hostile\""));
        }

        string path;
        if (request.Target.StartsWith("/", StringComparison.Ordinal)) path = request.Target;
        else if (Uri.TryCreate(request.Target, UriKind.Absolute, out var absolute)) path = absolute.PathAndQuery;
        else return Respond(400, "Bad Request", "text/plain", Encoding.ASCII.GetBytes("bad request target"));

        var segments = path.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        var mode = segments.Length >= 2 && segments[0] == "m" ? segments[1] : "ok";
        var isList = request.Method == "GET";
        var isCreate = request.Method == "POST";

        if (mode.StartsWith("echo-", StringComparison.Ordinal)) return HeaderEcho.Answer(mode, request.HeaderLines);
        if (isList && LyingLists.Answer(mode, path) is (int listStatus, string listBody))
        {
            return Respond(listStatus, listStatus == 200 ? "OK" : "Service Unavailable", "application/json", Json(listBody));
        }

        switch (mode)
        {
            case "429-huge": return Respond(429, "Too Many Requests", "application/json", Json("{\"error\":\"slow down\"}"), ("Retry-After", "999999"));
            // Beyond Task.Delay's limit of 2^31 - 1 ms (24.8 days): the old code threw ArgumentOutOfRangeException raw.
            case "429-month": return Respond(429, "Too Many Requests", "application/json", Json("{\"error\":\"slow down\"}"), ("Retry-After", "3000000"));
            case "429-future": return Respond(429, "Too Many Requests", "application/json", Json("{\"error\":\"slow down\"}"), ("Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT"));
            case "429-past": return Respond(429, "Too Many Requests", "application/json", Json("{\"error\":\"slow down\"}"), ("Retry-After", "Mon, 01 Jan 1900 00:00:00 GMT"));
            case "503-huge": return Respond(503, "Service Unavailable", "application/json", Json("{\"error\":\"maintenance\"}"), ("Retry-After", "999999"));
            case "500-huge": return Respond(500, "Internal Server Error", "application/json", Json("{\"error\":\"boom\"}"), ("Retry-After", "999999"));
            case "html-head": return Respond(400, "Bad Request", "text/html", HtmlHeads());
            case "bom": return Respond(200, "OK", "application/json; charset=utf-8", [.. Encoding.UTF8.GetPreamble(), .. Json(Success(isList, isCreate))]);
            case "utf16": return Respond(200, "OK", "application/json; charset=utf-16", Encoding.Unicode.GetBytes(Success(isList, isCreate)));
            case "utf16-bom": return Respond(200, "OK", "application/json; charset=utf-16", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Success(isList, isCreate))]);
            case "latin1": return Respond(200, "OK", "application/json; charset=iso-8859-1", Encoding.Latin1.GetBytes(Success(isList, isCreate, ContactName.Replace("☃", string.Empty, StringComparison.Ordinal))));
            // ASCII-only JSON, so the body itself would be fine: only the label is the problem.
            case "utf7": return Respond(200, "OK", "application/json; charset=utf-7", Encoding.ASCII.GetBytes(Success(isList, isCreate, "Zoe")));
            case "unknown-charset": return Respond(200, "OK", "application/json; charset=x-hostile", Encoding.ASCII.GetBytes(Success(isList, isCreate, "Zoe")));
            // A 422 that mixes "already taken" with another complaint: not a duplicate. Every read finds the contact
            // the row would match, so code that took it for a duplicate would come back with that contact.
            case "taken-mixed" when isCreate: return Respond(422, "Unprocessable Entity", "application/json",
                Json("{\"message\":\"Email has already been taken, Name is too long\",\"attributes\":[\"email\",\"name\"]}"));
            case "taken-mixed": return Respond(200, "OK", "application/json", Json("{\"meta\":{\"count\":1},\"payload\":[{\"id\":9,\"name\":\"Existing\",\"email\":\"mixed@example.com\",\"phone_number\":null,\"identifier\":null,\"custom_attributes\":{},\"created_at\":1764288000}]}"));
            case "ctl": return Respond(200, "OK", "application/json; charset=utf-8", Json(ControlSuccess(isList, isCreate)));
            case "ignore-page" when isList: return Respond(200, "OK", "application/json", Json(SamePage()));
            case "proxy-auth" when listener == "proxy" && !request.Headers.ContainsKey("Proxy-Authorization"):
                return Respond(407, "Proxy Authentication Required", "text/html", Encoding.ASCII.GetBytes("<html><head><title>407 Proxy Authentication Required</title></head><body>Log in to the proxy.</body></html>"), ("Proxy-Authenticate", "Basic realm=\"hostile\""));
            default: return Respond(200, "OK", "application/json; charset=utf-8", Json(Success(isList, isCreate)));
        }
    }

    private byte[] Inspect(Request request)
    {
        if (request.Method == "POST" && request.Target.StartsWith("/_hostile/reset", StringComparison.Ordinal))
        {
            Reset();
            foreach (var tls in _tls.Values) tls.Reset();
            return Respond(204, "No Content", "text/plain", []);
        }
        if (request.Target.StartsWith("/_hostile/handshakes", StringComparison.Ordinal))
        {
            return Respond(200, "OK", "application/json", Json(JsonSerializer.Serialize(_tls.ToDictionary(t => t.Key, t => t.Value.Handshakes))));
        }
        var body = JsonSerializer.Serialize(Requests.Select(r => new Dictionary<string, object>
        {
            ["listener"] = r.Listener,
            ["method"] = r.Method,
            ["target"] = r.Target,
            ["authorization"] = r.Authorization,
            ["proxyAuthorization"] = r.ProxyAuthorization,
            ["body"] = r.Body,
        }));
        return Respond(200, "OK", "application/json", Json(body));
    }

    private static byte[] Json(string text) => Encoding.UTF8.GetBytes(text);

    private static string Contact(long id, string name) =>
        "{\"id\":" + id.ToString(CultureInfo.InvariantCulture) + ",\"name\":" + JsonSerializer.Serialize(name) + ",\"email\":null,\"phone_number\":null,\"identifier\":null,\"custom_attributes\":{},\"created_at\":1764288000}";

    private static string Success(bool isList, bool isCreate, string name = ContactName)
    {
        if (isList) return "{\"meta\":{\"count\":1},\"payload\":[" + Contact(1, name) + "]}";
        if (isCreate) return "{\"payload\":{\"contact\":" + Contact(1, name) + ",\"contact_inbox\":{\"inbox\":{\"id\":407},\"source_id\":\"hostile\"}}}";
        return "{\"payload\":" + Contact(1, name) + "}";
    }

    /// <summary>
    /// What the ctl mode puts in every text field: a window-title change, a clipboard write (OSC 52), a clear
    /// screen, a colour, backspaces, a bell, DEL and a C1 CSI.
    /// </summary>
    public const string ControlText = "Eve\u001b]0;owned\u0007\u001b]52;c;ZXZpbA==\u0007\u001b[2J\u001b[31mred\b\b\u007f\u009b1m!";

    private static string ControlSuccess(bool isList, bool isCreate)
    {
        var text = JsonSerializer.Serialize(ControlText);
        var contact = "{\"id\":1,\"name\":" + text + ",\"email\":" + JsonSerializer.Serialize(ControlText + "@example.com") + ",\"phone_number\":null,\"identifier\":" + text +
            ",\"custom_attributes\":{\"note\":" + text + "},\"created_at\":1764288000}";
        if (isList) return "{\"meta\":{\"count\":1},\"payload\":[" + contact + "]}";
        if (isCreate) return "{\"payload\":{\"contact\":" + contact + ",\"contact_inbox\":{\"inbox\":{\"id\":407},\"source_id\":" + text + "}}}";
        return "{\"payload\":" + contact + "}";
    }

    // The same 15 contacts on every page, and a count that promises 300 pages of them.
    private static string SamePage() =>
        "{\"meta\":{\"count\":4500},\"payload\":[" + string.Join(",", Enumerable.Range(1, 15).Select(i => Contact(i, "Same " + i.ToString(CultureInfo.InvariantCulture)))) + "]}";

    private static byte[] HtmlHeads()
    {
        var unit = Encoding.ASCII.GetBytes("<head>");
        var body = new byte[HtmlBodyBytes - HtmlBodyBytes % unit.Length];
        for (var i = 0; i < body.Length; i += unit.Length) unit.CopyTo(body, i);
        return body;
    }

    private static byte[] Respond(int status, string reason, string contentType, byte[] body, params (string Name, string Value)[] extra)
    {
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {reason}\r\n");
        head.Append(CultureInfo.InvariantCulture, $"Date: {DateTimeOffset.UtcNow:R}\r\n");
        head.Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\n");
        head.Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n");
        head.Append("Connection: close\r\n");
        foreach (var (name, value) in extra) head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        head.Append("\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body];
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _origin.Stop();
        _proxy.Stop();
        foreach (var tls in _tls.Values) tls.Listener.Stop();
        try { await Task.WhenAll(_loops); } catch (OperationCanceledException) { }
        _stop.Dispose();
    }
}
