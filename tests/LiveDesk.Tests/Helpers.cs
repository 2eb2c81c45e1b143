using System.Collections.Concurrent;
using System.Security;
using System.Text;
using LiveDesk.Contacts;
using LiveDesk.Errors;
using LiveDesk.Models;
using LiveDesk.Pacing;
using LiveDesk.Sandbox;
using LiveDesk.Transport;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>The secret every test uses, and the check that it never shows up in text we produce.</summary>
internal static class Secrets
{
    public const string Key = "sandbox-key";
    public const string Secret = "Zq7-s3cr3t-Walrus-4481";
    public const string WrongSecret = "Wr0ng-Secret-Okapi-9923";

    public static string Base64(string key, string secret) => Convert.ToBase64String(Encoding.UTF8.GetBytes(key + ":" + secret));

    public static SecureString Secure(string s)
    {
        var ss = new SecureString();
        foreach (var c in s) ss.AppendChar(c);
        ss.MakeReadOnly();
        return ss;
    }

    /// <summary>Fails when <paramref name="text"/> holds a secret, its base64 credential, or a fragment long enough to matter.</summary>
    public static void AssertClean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        foreach (var secret in new[] { Secret, WrongSecret })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret.Substring(0, 12), text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Base64(Key, secret), text, StringComparison.Ordinal);
            // base64 of the credential is also recognisable by its first characters past the key
            Assert.DoesNotContain(Base64(Key, secret).Substring(8, 16), text, StringComparison.Ordinal);
        }
    }

    public static void AssertClean(Exception ex)
    {
        for (var e = ex; e != null; e = e.InnerException)
        {
            AssertClean(e.Message);
            AssertClean(e.ToString());
        }
        if (ex is LiveDeskException lde) AssertClean(lde.Error.ToString());
    }
}

/// <summary>A started sandbox with a client, governor and service on it; one per test.</summary>
internal sealed class Harness : IAsyncDisposable
{
    public const long Inbox = 407;

    private Harness(SandboxServer server, ClientSettings settings, RetrySettings policy)
    {
        Server = server;
        Settings = settings;
        Client = new LiveDeskClient(settings);
        Governor = new RateGovernor();
        Service = new ContactService(Client, Governor, policy, line =>
        {
            Trace.Enqueue(line);
            OnTrace?.Invoke(line);
        });
    }

    public SandboxServer Server { get; }
    public ClientSettings Settings { get; }
    public LiveDeskClient Client { get; }
    public RateGovernor Governor { get; }
    public ContactService Service { get; }
    public ConcurrentQueue<string> Trace { get; } = new();

    /// <summary>Called for every trace line (one per HTTP attempt), on the request's thread.</summary>
    public Action<string>? OnTrace { get; set; }

    public SandboxOptions Knobs => Server.Options;

    public static async Task<Harness> StartAsync(Action<SandboxOptions>? sandbox = null, Action<HarnessOptions>? client = null, string? secret = null)
    {
        var options = new SandboxOptions { ApiKey = Secrets.Key, ApiSecret = Secrets.Secret, Seed = 7 };
        sandbox?.Invoke(options);
        var server = await SandboxServer.StartAsync(options);
        var settings = new ClientSettings(server.BaseUri, Secrets.Key, Secrets.Secure(secret ?? Secrets.Secret)) { Timeout = TimeSpan.FromSeconds(10) };
        var harness = new HarnessOptions(settings, Policy(TimeSpan.FromMilliseconds(5), 4));
        client?.Invoke(harness);
        return new Harness(server, settings, harness.Policy);
    }

    /// <summary>A retry policy with a short interval, as the tests use.</summary>
    public static RetrySettings Policy(TimeSpan interval, int retries) => new() { RetryInterval = interval, MaximumRetryCount = retries };

    public static ContactFields Row(string? name = null, string? email = null, string? phone = null, string? identifier = null, long inbox = Inbox) =>
        new() { InboxId = inbox, Name = name, Email = email, PhoneNumber = phone, Identifier = identifier };

    /// <summary>Runs a call that must fail with a LiveDeskException; checks the secret is not in it.</summary>
    public static async Task<LiveDeskError> FailsAsync(Func<Task> call)
    {
        var ex = await Assert.ThrowsAsync<LiveDeskException>(call);
        Secrets.AssertClean(ex);
        Assert.False(string.IsNullOrWhiteSpace(ex.Error.Message));
        return ex.Error;
    }

    public int CountTrace(string fragment) => Trace.Count(l => l.Contains(fragment, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        foreach (var line in Trace) Secrets.AssertClean(line);
        Client.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>The client and retry settings a test may change before the harness starts.</summary>
internal sealed class HarnessOptions(ClientSettings settings, RetrySettings policy)
{
    public RetrySettings Policy { get; } = policy;
    public TimeSpan Timeout { get => settings.Timeout; set => settings.Timeout = value; }
    public int MaximumRetryCount { get => Policy.MaximumRetryCount; set => Policy.MaximumRetryCount = value; }
    public TimeSpan RetryInterval { get => Policy.RetryInterval; set => Policy.RetryInterval = value; }
    public TimeSpan MaximumRetryTime { get => Policy.MaximumRetryTime; set => Policy.MaximumRetryTime = value; }
    public TimeSpan MaximumRateLimitWait { get => Policy.MaximumRateLimitWait; set => Policy.MaximumRateLimitWait = value; }
}
