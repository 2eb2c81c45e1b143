using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace LiveDesk.Sandbox.Tests;

/// <summary>A started sandbox plus an HttpClient on it; one per test, so tests are independent.</summary>
internal sealed class Sandbox : IAsyncDisposable
{
    public const string ContactsPath = "api/v2/accounts/contacts";

    private Sandbox(SandboxServer server)
    {
        Server = server;
        Http = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 64 })
        {
            BaseAddress = server.BaseUri,
            Timeout = TimeSpan.FromSeconds(20),
        };
    }

    public SandboxServer Server { get; }

    public HttpClient Http { get; }

    public static async Task<Sandbox> StartAsync(SandboxOptions? options = null) =>
        new(await SandboxServer.StartAsync(options ?? new SandboxOptions()));

    public static AuthenticationHeaderValue Basic(string key, string secret) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(key + ":" + secret)));

    public AuthenticationHeaderValue Auth => Basic(Server.Options.ApiKey, Server.Options.ApiSecret);

    public HttpRequestMessage Request(HttpMethod method, string path, string? json = null, string contentType = "application/json", AuthenticationHeaderValue? auth = null, bool authorize = true)
    {
        var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        if (authorize) request.Headers.Authorization = auth ?? Auth;
        return request;
    }

    public async Task<Reply> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return new Reply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body,
                response.Headers.RetryAfter, response.Content.Headers.Allow.ToArray(), response.Headers.Contains("Retry-After"));
        }
    }

    public Task<Reply> CreateAsync(string json, string contentType = "application/json", AuthenticationHeaderValue? auth = null, bool authorize = true) =>
        SendAsync(Request(HttpMethod.Post, ContactsPath, json, contentType, auth, authorize));

    public Task<Reply> CreateAsync(object body) => CreateAsync(JsonSerializer.Serialize(body));

    public Task<Reply> GetAsync(string pathAndQuery, bool authorize = true) =>
        SendAsync(Request(HttpMethod.Get, pathAndQuery, authorize: authorize));

    public Task<Reply> PatchAsync(long id, string json) =>
        SendAsync(Request(HttpMethod.Patch, $"{ContactsPath}/{id}", json));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}

internal sealed record Reply(HttpStatusCode Status, string? MediaType, string Body, RetryConditionHeaderValue? RetryAfter, string[] Allow, bool HasRetryAfter)
{
    public int Code => (int)Status;

    public JsonElement Json
    {
        get
        {
            using var doc = JsonDocument.Parse(Body);
            return doc.RootElement.Clone();
        }
    }

    public override string ToString() => $"{Code} {MediaType}: {Body}";
}
