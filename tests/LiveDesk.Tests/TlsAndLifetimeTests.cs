using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using LiveDesk.Contacts;
using LiveDesk.Errors;
using LiveDesk.Hostile;
using LiveDesk.Models;
using LiveDesk.Pacing;
using LiveDesk.Transport;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Failures that are what they are: a refused certificate means nothing was sent (one terminating TLS error, no
/// retry, never an unknown outcome); a connection closed under a command is "not connected"; and a loopback
/// base URI of any spelling never goes through the default proxy.
/// </summary>
public sealed class TlsAndLifetimeTests : IAsyncLifetime
{
    private HostileServer _server = null!;

    public Task InitializeAsync()
    {
        _server = HostileServer.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("self-signed", "not trusted")]
    [InlineData("expired", "expired")]
    [InlineData("wrong-name", "different name")]
    public async Task A_refused_certificate_fails_a_create_at_once_with_TlsError_and_no_retry(string kind, string reason)
    {
        var settings = new ClientSettings(_server.Tls[kind], Secrets.Key, Secrets.Secure(Secrets.Secret)) { Timeout = TimeSpan.FromSeconds(10) };
        using var client = new LiveDeskClient(settings);
        var service = new ContactService(client, new RateGovernor(), new RetrySettings { RetryInterval = TimeSpan.FromMilliseconds(200), MaximumRetryCount = 5 });
        var watch = Stopwatch.StartNew();
        var error = await Harness.FailsAsync(() => service.CreateAsync(Harness.Row("Tls", "tls@example.com"), IfExistsAction.Error, CancellationToken.None));
        Assert.Equal(ErrorIds.TlsError, error.ErrorId);
        Assert.True(error.Fatal);
        Assert.Equal(LiveDeskErrorKind.SecurityError, error.Kind);
        Assert.Contains(reason, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Nothing was sent", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("may or may not", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _server.Handshakes(kind));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_client_closed_while_a_request_waits_is_NotConnected_not_unexpected()
    {
        // A server that accepts and never answers: the request is in flight when the connection closes.
        var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            var settings = new ClientSettings(new Uri($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/"), Secrets.Key, Secrets.Secure(Secrets.Secret)) { Timeout = TimeSpan.FromSeconds(20) };
            var client = new LiveDeskClient(settings);
            var service = new ContactService(client, new RateGovernor(), new RetrySettings { RetryInterval = TimeSpan.FromMilliseconds(10) });
            var pending = Harness.FailsAsync(() => service.CreateAsync(Harness.Row("Closed", "closed@example.com"), IfExistsAction.Error, CancellationToken.None));
            using var accepted = await silent.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(10));
            client.Dispose();
            var error = await pending.WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(ErrorIds.NotConnected, error.ErrorId);
            Assert.True(error.Fatal);
            // And a request made after the close says the same.
            var after = await Harness.FailsAsync(() => service.CreateAsync(Harness.Row("After", "after@example.com"), IfExistsAction.Error, CancellationToken.None));
            Assert.Equal(ErrorIds.NotConnected, after.ErrorId);
        }
        finally
        {
            silent.Stop();
        }
    }
}
