using System.Net;
using System.Net.Sockets;
using System.Text;
using LiveDesk.Contacts;
using LiveDesk.Errors;
using LiveDesk.Models;
using LiveDesk.Pacing;
using LiveDesk.Protocol;
using LiveDesk.Transport;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A tiny HTTP server on a raw socket that answers every request with one canned response, for the
/// answers the sandbox never gives: HTML with 200, truncated JSON, huge bodies, bodies without a length.
/// </summary>
internal sealed class CannedServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly Func<byte[]> _response;
    private int _requests;

    public CannedServer(Func<byte[]> response)
    {
        _response = response;
        _listener.Start();
        BaseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _loop = Task.Run(AcceptAsync);
    }

    public static CannedServer Respond(int status, string contentType, string body, bool contentLength = true) =>
        Respond(status, contentType, Encoding.UTF8.GetBytes(body), contentLength);

    public static CannedServer Respond(int status, string contentType, byte[] body, bool contentLength = true) => new(() =>
    {
        var head = $"HTTP/1.1 {status} X\r\nContent-Type: {contentType}\r\nConnection: close\r\n"
            + (contentLength ? $"Content-Length: {body.Length}\r\n" : "") + "\r\n";
        return Encoding.ASCII.GetBytes(head).Concat(body).ToArray();
    });

    public Uri BaseUri { get; }

    public int Requests => Volatile.Read(ref _requests);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) { return; }
            _ = Task.Run(async () =>
            {
                using (client)
                {
                    try
                    {
                        var stream = client.GetStream();
                        await ReadRequestAsync(stream);
                        Interlocked.Increment(ref _requests);
                        var bytes = _response();
                        await stream.WriteAsync(bytes, _stop.Token);
                        await stream.FlushAsync();
                        client.Client.Shutdown(SocketShutdown.Send);
                        await Task.Delay(50);
                    }
                    catch (Exception) { /* the client gave up: fine */ }
                }
            });
        }
    }

    private static async Task ReadRequestAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one) == 0) return;
            buffer.Add(one[0]);
            var n = buffer.Count;
            if (n >= 4 && buffer[n - 4] == '\r' && buffer[n - 3] == '\n' && buffer[n - 2] == '\r' && buffer[n - 1] == '\n') break;
        }
        var head = Encoding.ASCII.GetString(buffer.ToArray());
        var line = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var length = line == null ? 0 : int.Parse(line.Substring(15).Trim());
        var body = new byte[length];
        var read = 0;
        while (read < length)
        {
            var r = await stream.ReadAsync(body.AsMemory(read));
            if (r == 0) return;
            read += r;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try { await _loop; } catch (Exception) { }
    }
}

public class MalformedResponseTests
{
    private static (LiveDeskClient Client, ContactService Service) Connect(Uri baseUri, int maxBytes = 1024 * 1024)
    {
        var settings = new ClientSettings(baseUri, Secrets.Key, Secrets.Secure(Secrets.Secret))
        {
            MaximumResponseBytes = maxBytes,
            Timeout = TimeSpan.FromSeconds(5),
        };
        var client = new LiveDeskClient(settings);
        return (client, new ContactService(client, new RateGovernor(), Harness.Policy(TimeSpan.FromMilliseconds(2), 2)));
    }

    public static TheoryData<string, string, string> SuccessBodies() => new()
    {
        { "text/html", "<html><head><title>Welcome to nginx!</title></head><body>It works</body></html>", "not valid JSON" },
        { "application/json", "{\"payload\":{\"contact\":{\"id\":12,\"name\":\"tru", "not valid JSON" },
        { "application/json", "", "empty" },
        { "application/json", "{\"payload\":{\"contact\":{\"id\":\"abc\"}}}", "'id'" },
        { "application/json", "{\"payload\":{\"contact\":{\"id\":1,\"additional_attributes\":[1]}}}", "'additional_attributes'" },
        { "application/json", "[]", "not a JSON object" },
    };

    [Theory]
    [MemberData(nameof(SuccessBodies))]
    public async Task A_200_that_cannot_be_read_is_InvalidResponse(string contentType, string body, string fragment)
    {
        await using var server = CannedServer.Respond(200, contentType, body);
        var (client, service) = Connect(server.BaseUri);
        using (client)
        {
            var error = await Harness.FailsAsync(() => service.CreateAsync(Harness.Row("A", "a@x.io"), IfExistsAction.Error, CancellationToken.None));
            Assert.Equal(ErrorIds.InvalidResponse, error.ErrorId);
            Assert.Equal(LiveDeskErrorKind.InvalidResult, error.Kind);
            Assert.Contains("reported success", error.Message);
            Assert.Contains(fragment, error.Message);
            Assert.Equal(1, server.Requests); // a 200 is never re-sent

            var pageError = await Harness.FailsAsync(() => service.GetPageAsync(1, new ContactQuery { IncludeContactInboxes = false }, CancellationToken.None));
            Assert.Equal(ErrorIds.InvalidResponse, pageError.ErrorId);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_MaximumResponseBytes_is_InvalidResponse(bool contentLength)
    {
        var huge = "{\"payload\":{\"contact\":{\"id\":1,\"name\":\"" + new string('x', 64 * 1024) + "\"}}}";
        await using var server = CannedServer.Respond(200, "application/json", huge, contentLength);
        var (client, service) = Connect(server.BaseUri, maxBytes: 16 * 1024);
        using (client)
        {
            var error = await Harness.FailsAsync(() => service.CreateAsync(Harness.Row("A"), IfExistsAction.Error, CancellationToken.None));
            Assert.Equal(ErrorIds.InvalidResponse, error.ErrorId);
            Assert.Contains("16 KiB", error.Message);
            Assert.Equal(1, server.Requests);
        }
    }

    [Fact]
    public async Task A_body_just_under_the_limit_is_read()
    {
        var body = "{\"payload\":{\"contact\":{\"id\":5,\"name\":\"" + new string('y', 2000) + "\"}}}";
        await using var server = CannedServer.Respond(200, "application/json", body, contentLength: false);
        var (client, service) = Connect(server.BaseUri, maxBytes: body.Length);
        using (client)
        {
            var c = await service.CreateAsync(Harness.Row("A"), IfExistsAction.Error, CancellationToken.None);
            Assert.Equal(5, c.Id);
            Assert.Equal(2000, c.Name!.Length);
        }
    }

    [Fact]
    public async Task A_latin1_charset_is_decoded()
    {
        var bytes = Encoding.Latin1.GetBytes("{\"payload\":{\"contact\":{\"id\":6,\"name\":\"Zoë Ångström\"}}}");
        await using var server = CannedServer.Respond(200, "application/json; charset=iso-8859-1", bytes);
        var (client, service) = Connect(server.BaseUri);
        using (client)
        {
            var c = await service.CreateAsync(Harness.Row("A"), IfExistsAction.Error, CancellationToken.None);
            Assert.Equal("Zoë Ångström", c.Name);
        }
    }

    [Fact]
    public async Task A_proxy_502_page_on_a_search_is_retried_then_ServerError_with_clean_text()
    {
        const string html = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>upstream timed out</p></body></html>";
        await using var server = CannedServer.Respond(502, "text/html", html);
        var (client, service) = Connect(server.BaseUri);
        using (client)
        {
            var error = await Harness.FailsAsync(() => service.GetPageAsync(1, new ContactQuery { Search = "x" }, CancellationToken.None));
            Assert.Equal(ErrorIds.ServerError, error.ErrorId);
            Assert.Equal(502, error.StatusCode);
            Assert.Contains("502 Bad Gateway", error.Message);
            Assert.Contains("upstream timed out", error.Message);
            Assert.DoesNotContain("<", error.Message);
            Assert.Equal(3, server.Requests); // idempotent: 1 + MaximumRetryCount
        }
    }

    [Fact]
    public async Task A_redirect_is_RequestRejected_and_not_followed()
    {
        await using var server = new CannedServer(() => Encoding.ASCII.GetBytes("HTTP/1.1 301 Moved\r\nLocation: http://127.0.0.1:1/elsewhere\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
        var (client, service) = Connect(server.BaseUri);
        using (client)
        {
            var error = await Harness.FailsAsync(() => service.CreateAsync(Harness.Row("A"), IfExistsAction.Error, CancellationToken.None));
            Assert.Equal(ErrorIds.RequestRejected, error.ErrorId);
            Assert.Contains("redirect", error.Message);
            Assert.Equal(1, server.Requests);
        }
    }

    [Fact]
    public async Task A_json_error_whose_message_is_an_object_is_still_a_LiveDesk_error()
    {
        // ParseError is documented never to throw; a server sending {"message":{...}} must still give a row error.
        await using var server = CannedServer.Respond(422, "application/json", "{\"message\":{\"email\":[\"is invalid\"]}}");
        var (client, service) = Connect(server.BaseUri);
        using (client)
        {
            var ex = await Record.ExceptionAsync(() => service.CreateAsync(Harness.Row("A", "a@x.io"), IfExistsAction.Error, CancellationToken.None));
            var lde = Assert.IsType<LiveDeskException>(ex);
            Assert.Equal(ErrorIds.ContactInvalid, lde.Error.ErrorId);
        }
    }

    [Fact]
    public async Task The_request_carries_basic_auth_json_and_the_user_agent()
    {
        string? request = null;
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var baseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        var serve = Task.Run(async () =>
        {
            using var c = await listener.AcceptTcpClientAsync();
            var s = c.GetStream();
            var buf = new byte[8192];
            var sb = new StringBuilder();
            while (!sb.ToString().Contains("\"inbox_id\""))
            {
                var n = await s.ReadAsync(buf);
                if (n == 0) break;
                sb.Append(Encoding.UTF8.GetString(buf, 0, n));
            }
            request = sb.ToString();
            var body = "{\"payload\":{\"contact\":{\"id\":1}}}";
            await s.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}"));
        });
        var (client, service) = Connect(baseUri);
        using (client)
        {
            await service.CreateAsync(Harness.Row("A"), IfExistsAction.Error, CancellationToken.None);
        }
        await serve;
        listener.Stop();
        Assert.StartsWith("POST /api/v2/accounts/contacts HTTP/1.1", request);
        Assert.Contains("Authorization: Basic " + Secrets.Base64(Secrets.Key, Secrets.Secret), request);
        Assert.Contains("Content-Type: application/json; charset=utf-8", request);
        Assert.Contains("User-Agent: LiveDesk-PowerShell/", request);
        Assert.Contains("Accept: application/json", request);
        Assert.EndsWith("{\"inbox_id\":407,\"name\":\"A\"}", request);
    }
}
