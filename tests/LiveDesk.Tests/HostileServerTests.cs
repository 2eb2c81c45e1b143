using System.Diagnostics;
using System.Net;
using System.Text;
using LiveDesk.Errors;
using LiveDesk.Hostile;
using LiveDesk.Protocol;
using LiveDesk.Transport;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// The client against the hostile server (tests/LiveDesk.Hostile): odd charsets and byte order marks,
/// a 1 MiB HTML error body, proxies that ask for credentials. Every case has a generous wall-time bound and
/// expects a LiveDesk.* ErrorId (or a clean success), never a raw exception.
/// The Retry-After and paging cases run through the cmdlets in tests/Pester/Hostile.Tests.ps1.
/// </summary>
public sealed class HostileServerTests : IAsyncLifetime
{
    private const string ListPath = "api/v2/accounts/contacts?page=1";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private HostileServer _server = null!;

    public Task InitializeAsync()
    {
        _server = HostileServer.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static LiveDeskClient Client(Uri baseUri, Action<ClientSettings>? configure = null)
    {
        var settings = new ClientSettings(baseUri, Secrets.Key, Secrets.Secure(Secrets.Secret)) { Timeout = TimeSpan.FromSeconds(10) };
        configure?.Invoke(settings);
        return new LiveDeskClient(settings);
    }

    private static async Task<T> Bounded<T>(Func<Task<T>> call)
    {
        var watch = Stopwatch.StartNew();
        var result = await call().WaitAsync(Bound);
        Assert.True(watch.Elapsed < Bound, $"took {watch.Elapsed}");
        return result;
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("bom")]
    [InlineData("utf16")]
    [InlineData("utf16-bom")]
    public async Task A_success_in_any_charset_dotnet_knows_or_with_a_BOM_parses(string mode)
    {
        using var client = Client(_server.Mode(mode));
        var response = await Bounded(() => client.SendAsync(HttpMethod.Get, ListPath, null, null, CancellationToken.None));
        Assert.Equal(200, response.StatusCode);
        var page = ResponseParser.ParsePage(response.Body);
        Assert.Equal(HostileServer.ContactName, Assert.Single(page.Contacts).Name);
    }

    [Fact]
    public async Task A_latin1_body_is_decoded_as_latin1()
    {
        using var client = Client(_server.Mode("latin1"));
        var response = await Bounded(() => client.SendAsync(HttpMethod.Get, ListPath, null, null, CancellationToken.None));
        Assert.Equal("Zoë ", ResponseParser.ParsePage(response.Body).Contacts[0].Name);
    }

    [Theory]
    [InlineData("utf7", "utf-7")]
    [InlineData("unknown-charset", "x-hostile")]
    public async Task A_success_in_a_charset_that_cannot_be_decoded_is_InvalidResponse(string mode, string charset)
    {
        using var client = Client(_server.Mode(mode));
        var ex = await Bounded(() => Assert.ThrowsAsync<LiveDeskException>(() => client.SendAsync(HttpMethod.Get, ListPath, null, null, CancellationToken.None)));
        Assert.Equal(ErrorIds.InvalidResponse, ex.Error.ErrorId);
        Assert.Contains(charset, ex.Message);
        Secrets.AssertClean(ex);
    }

    [Fact]
    public async Task A_1_MiB_html_error_body_is_read_and_summarised_in_bounded_time()
    {
        using var client = Client(_server.Mode("html-head"));
        var response = await Bounded(() => client.SendAsync(HttpMethod.Get, ListPath, null, null, CancellationToken.None));
        Assert.Equal(400, response.StatusCode);
        Assert.True(response.Body.Length > 1000 * 1000, response.Body.Length.ToString());
        var watch = Stopwatch.StartNew();
        var error = ResponseParser.ParseError(response.Body, response.ContentType);
        // Before: more than 150 s of CPU. A generous bound, not a benchmark.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"ParseError took {watch.Elapsed}");
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public async Task A_proxy_407_on_a_plain_http_request_is_ProxyAuthenticationRequired()
    {
        using var client = Client(_server.Mode("proxy-auth"), s => s.Proxy = _server.Proxy);
        var ex = await Bounded(() => Assert.ThrowsAsync<LiveDeskException>(() => client.SendAsync(HttpMethod.Get, ListPath, null, null, CancellationToken.None)));
        Assert.Equal(ErrorIds.ProxyAuthenticationRequired, ex.Error.ErrorId);
        Assert.True(ex.Error.Fatal);
        Assert.Contains("proxy", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("LiveDesk answered", ex.Message);
        Assert.Contains(_server.Requests, r => r.Listener == "proxy");
    }

    [Fact]
    public async Task A_proxy_407_on_the_CONNECT_of_an_https_request_is_ProxyAuthenticationRequired()
    {
        // The target is never contacted: the proxy refuses the tunnel.
        using var client = Client(new Uri("https://127.0.0.1:9/"), s => s.Proxy = _server.Proxy);
        var ex = await Bounded(() => Assert.ThrowsAsync<LiveDeskException>(() => client.SendAsync(HttpMethod.Get, ListPath, null, null, CancellationToken.None)));
        Assert.Equal(ErrorIds.ProxyAuthenticationRequired, ex.Error.ErrorId);
        Assert.Contains(_server.Requests, r => r.Listener == "proxy" && r.Method == "CONNECT");
    }

    [Fact]
    public async Task Proxy_credentials_are_sent_to_the_proxy_that_asks_for_them()
    {
        using var client = Client(_server.Mode("proxy-auth"), s =>
        {
            s.Proxy = _server.Proxy;
            s.ProxyCredential = new NetworkCredential("proxy-user", "proxy-pass");
        });
        var response = await Bounded(() => client.SendAsync(HttpMethod.Get, ListPath, null, null, CancellationToken.None));
        Assert.Equal(200, response.StatusCode);
        Assert.Contains(_server.Requests, r => r.Listener == "proxy" && r.ProxyAuthorization);
    }

    [Fact]
    public async Task No_proxy_means_the_proxy_sees_nothing()
    {
        using var client = Client(_server.Mode("ok"), s => s.NoProxy = true);
        var response = await Bounded(() => client.SendAsync(HttpMethod.Get, ListPath, null, null, CancellationToken.None));
        Assert.Equal(200, response.StatusCode);
        Assert.DoesNotContain(_server.Requests, r => r.Listener == "proxy");
        Assert.Contains(_server.Requests, r => r.Listener == "origin" && r.Authorization);
    }

    [Fact]
    public void The_connection_shows_the_proxy_without_credentials()
    {
        var settings = new ClientSettings(new Uri("https://livedesk.example/"), "k", Secrets.Secure(Secrets.Secret))
        {
            Proxy = new Uri("http://proxy.example:3128/"),
            ProxyCredential = new NetworkCredential("proxy-user", Secrets.Secret),
        };
        Assert.Equal("http://proxy.example:3128", settings.DescribeProxy());
        Secrets.AssertClean(settings.DescribeProxy());
        Assert.StartsWith("None", new ClientSettings(new Uri("http://127.0.0.1:5/"), "k", Secrets.Secure("s")).DescribeProxy());
        Assert.StartsWith("Default", new ClientSettings(new Uri("https://livedesk.example/"), "k", Secrets.Secure("s")).DescribeProxy());
    }
}
