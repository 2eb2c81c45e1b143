using System.Net;
using System.Net.Sockets;
using System.Text;
using LiveDesk.Transport;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>Runs alone: it sets the process-wide default proxy, which any other test's request could meet.</summary>
[CollectionDefinition(nameof(DefaultProxyTests), DisableParallelization = true)]
public sealed class DefaultProxyCollection;

/// <summary>A loopback base URI of any spelling never goes through the default proxy.</summary>
[Collection(nameof(DefaultProxyTests))]
public sealed class DefaultProxyTests
{
    /// <summary>
    /// The default proxy (HTTP_PROXY, the system's) would read the secret sent over plain http to a local server.
    /// A real origin and a real recording proxy: every loopback spelling reaches the origin directly; a
    /// non-loopback host goes to the proxy, which shows the proxy is really in place.
    /// </summary>
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.0.0.2", true)]
    [InlineData("127.255.0.9", true)]
    [InlineData("[::1]", true)]
    [InlineData("LOCALHOST", true)]
    [InlineData("livedesk.invalid", false)]
    public async Task Loopback_addresses_of_any_spelling_bypass_the_default_proxy(string host, bool direct)
    {
        using var proxy = new OneAnswerServer(IPAddress.Loopback);
        var address = host == "[::1]" ? IPAddress.IPv6Loopback : host.StartsWith("127.", StringComparison.Ordinal) ? IPAddress.Parse(host) : IPAddress.Loopback;
        OneAnswerServer origin;
        try
        {
            origin = new OneAnswerServer(address);
        }
        catch (SocketException)
        {
            // 127.0.0.2 is loopback on Linux and Windows; macOS and IPv6-less hosts cannot bind it.
            return;
        }
        using (origin)
        {
            var previous = HttpClient.DefaultProxy;
            HttpClient.DefaultProxy = new WebProxy(new Uri($"http://127.0.0.1:{proxy.Port}/"));
            try
            {
                var port = direct ? origin.Port : 80;
                using var client = new LiveDeskClient(new ClientSettings(new Uri($"http://{host}:{port}/"), Secrets.Key, Secrets.Secure(Secrets.Secret)) { Timeout = TimeSpan.FromSeconds(10) });
                var response = await client.SendAsync(HttpMethod.Get, "api/v2/accounts/contacts?page=1", null, null, CancellationToken.None);
                Assert.Equal(200, response.StatusCode);
            }
            finally
            {
                HttpClient.DefaultProxy = previous;
            }
            Assert.Equal(direct ? 1 : 0, origin.Requests);
            Assert.Equal(direct ? 0 : 1, proxy.Requests);
        }
    }

    /// <summary>Answers every request with an empty contact page and counts them.</summary>
    private sealed class OneAnswerServer : IDisposable
    {
        private readonly TcpListener _listener;
        private int _requests;

        public OneAnswerServer(IPAddress address)
        {
            _listener = new TcpListener(address, 0);
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public int Requests => Volatile.Read(ref _requests);

        private async Task ServeAsync()
        {
            while (true)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync();
                }
                catch (Exception)
                {
                    return;
                }
                using (client)
                {
                    var stream = client.GetStream();
                    var buffer = new byte[8192];
                    var head = new StringBuilder();
                    while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                    {
                        var read = await stream.ReadAsync(buffer);
                        if (read == 0) break;
                        head.Append(Encoding.ASCII.GetString(buffer, 0, read));
                    }
                    Interlocked.Increment(ref _requests);
                    var body = Encoding.UTF8.GetBytes("""{"meta":{"count":0},"payload":[]}""");
                    await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n"));
                    await stream.WriteAsync(body);
                }
            }
        }

        public void Dispose() => _listener.Stop();
    }
}
