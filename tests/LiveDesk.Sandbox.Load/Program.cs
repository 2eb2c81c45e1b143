// Load generator for the LiveDesk sandbox: N creates with unique e-mails, C in flight, bounded in time.
// Usage: dotnet run -c Release --project tests/LiveDesk.Sandbox.Load -- http://127.0.0.1:5080 [count=20000] [concurrency=32] [maxSeconds=30] [key] [secret] [inbox]
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

var baseUrl = args.Length > 0 ? args[0].TrimEnd('/') : "http://127.0.0.1:5080";
var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20000;
var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 32;
var maxSeconds = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 30;
var key = args.Length > 4 ? args[4] : "sandbox-key";
var secret = args.Length > 5 ? args[5] : "sandbox-secret";
var inbox = args.Length > 6 ? args[6] : "407";

var uri = new Uri(baseUrl);
if (!IPAddress.TryParse(uri.Host, out var ip) || !IPAddress.IsLoopback(ip))
{
    Console.Error.WriteLine("Refusing to load anything but a loopback address (e.g. http://127.0.0.1:5080).");
    return 2;
}

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseProxy = false })
{
    BaseAddress = new Uri(baseUrl + "/"),
    Timeout = TimeSpan.FromSeconds(30),
};
var auth = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(key + ":" + secret));
var run = Guid.NewGuid().ToString("N")[..8];
var statuses = new int[600];
var errors = 0;
var next = -1;
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(maxSeconds));

async Task<bool> CreateAsync(int i, CancellationToken ct)
{
    var body = $"{{\"inbox_id\":{inbox},\"name\":\"Load {i}\",\"email\":\"load-{run}-{i}@example.test\",\"identifier\":\"load-{run}-{i}\"}}";
    using var request = new HttpRequestMessage(HttpMethod.Post, "api/v2/accounts/contacts")
    {
        Content = new StringContent(body, Encoding.UTF8, "application/json"),
    };
    request.Headers.TryAddWithoutValidation("Authorization", auth);
    using var response = await http.SendAsync(request, ct);
    await response.Content.ReadAsByteArrayAsync(ct);
    return Interlocked.Increment(ref statuses[(int)response.StatusCode]) > 0;
}

// warm-up (JIT, connections), not measured
var warm = Math.Min(500, count / 10);
await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async w =>
{
    for (var i = w; i < warm; i += concurrency) await CreateAsync(-1 - i, stop.Token);
}));
Array.Clear(statuses);

var sw = Stopwatch.StartNew();
var workers = Enumerable.Range(0, concurrency).Select(async _ =>
{
    while (!stop.IsCancellationRequested)
    {
        var i = Interlocked.Increment(ref next);
        if (i >= count) return;
        try { await CreateAsync(i, stop.Token); }
        catch (OperationCanceledException) { return; }
        catch (HttpRequestException) { Interlocked.Increment(ref errors); }
    }
}).ToArray();
await Task.WhenAll(workers);
sw.Stop();

var done = statuses.Sum();
var ok = statuses[200];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{ok} creates (200) of {done} responses in {sw.Elapsed.TotalSeconds:F2} s = {ok / sw.Elapsed.TotalSeconds:F0} creates/s; concurrency {concurrency}; transport errors {errors}"));
for (var s = 0; s < statuses.Length; s++)
{
    if (statuses[s] != 0 && s != 200) Console.WriteLine($"  status {s}: {statuses[s]}");
}
return ok == done && errors == 0 ? 0 : 1;
