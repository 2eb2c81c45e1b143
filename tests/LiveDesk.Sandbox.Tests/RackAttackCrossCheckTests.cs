using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace LiveDesk.Sandbox.Tests;

/// <summary>A fact that runs only where Ruby with the rack-attack and activesupport gems and Puma are installed.</summary>
public sealed class RackAttackFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Missing = new(FindMissing);

    public RackAttackFactAttribute()
    {
        if (Missing.Value is { } why) Skip = why;
    }

    private static string? FindMissing()
    {
        if (OperatingSystem.IsWindows()) return "the cross-check runs on Linux (Debian: apt-get install ruby-rack-attack ruby-activesupport puma)";
        if (Run("puma", "--version") != 0) return "puma is not installed (Debian: apt-get install puma)";
        if (Run("ruby", "-e", "require 'active_support'; require 'active_support/cache'; require 'rack/attack'") != 0)
            return "Ruby with the rack-attack and activesupport gems is not installed (Debian: apt-get install ruby-rack-attack ruby-activesupport)";
        return null;
    }

    private static int Run(string file, params string[] args)
    {
        try
        {
            var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            p.StandardOutput.ReadToEndAsync();
            p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(30_000))
            {
                p.Kill(entireProcessTree: true);
                return -1;
            }
            return p.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1; // not on the PATH
        }
    }
}

/// <summary>
/// The sandbox's fixed window against the real thing: Debian's rack-attack gem with Chatwoot's two throttles
/// (every request per IP; contact searches per account), behind Puma on loopback. Both servers get the same
/// requests in lockstep on the same system clock; pairs that straddle a window boundary are not compared.
/// </summary>
public class RackAttackCrossCheckTests
{
    private const int Period = 3;
    private const string List = Sandbox.ContactsPath + "?page=1";
    private const string Search = Sandbox.ContactsPath + "?q=x";

    private const string ConfigRu = """
        require 'active_support'
        require 'active_support/cache'
        require 'rack/attack'
        Rack::Attack.cache.store = ActiveSupport::Cache::MemoryStore.new
        Rack::Attack.throttled_response_retry_after_header = true
        period = Integer(ENV.fetch('RA_PERIOD'))
        # limits are read per request, so a test can change them mid-window as it does the sandbox's knobs
        Rack::Attack.throttle('req/ip', limit: ->(req) { Integer(File.read(ENV.fetch('RA_LIMIT_FILE'))) }, period: period) { |req| req.ip }
        Rack::Attack.throttle('contacts/search', limit: ->(req) { Integer(File.read(ENV.fetch('RA_SEARCH_LIMIT_FILE'))) }, period: period) do |req|
          'account' if req.get? && !req.params['q'].to_s.empty?
        end
        use Rack::Attack
        run ->(env) { [200, { 'content-type' => 'application/json' }, ['{}']] }
        """;

    private sealed class Gem : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly string _dir;

        private Gem(Process process, string dir, int port)
        {
            _process = process;
            _dir = dir;
            Http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(20) };
        }

        public HttpClient Http { get; }

        public void SetLimits(int overall, int search)
        {
            File.WriteAllText(Path.Combine(_dir, "limit"), overall.ToString(CultureInfo.InvariantCulture));
            File.WriteAllText(Path.Combine(_dir, "search_limit"), search.ToString(CultureInfo.InvariantCulture));
        }

        public static async Task<Gem> StartAsync(int overall, int search)
        {
            var dir = Directory.CreateTempSubdirectory("rack-attack-").FullName;
            File.WriteAllText(Path.Combine(dir, "config.ru"), ConfigRu);
            int port;
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                port = ((IPEndPoint)probe.LocalEndpoint).Port;
            }
            var psi = new ProcessStartInfo("puma") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "-b", $"tcp://127.0.0.1:{port}", "-t", "1:4", "config.ru" }) psi.ArgumentList.Add(a);
            psi.Environment["RA_PERIOD"] = Period.ToString(CultureInfo.InvariantCulture);
            psi.Environment["RA_LIMIT_FILE"] = Path.Combine(dir, "limit");
            psi.Environment["RA_SEARCH_LIMIT_FILE"] = Path.Combine(dir, "search_limit");
            var gem = new Gem(Process.Start(psi)!, dir, port);
            gem.SetLimits(overall, search);
            _ = gem._process.StandardOutput.ReadToEndAsync();
            _ = gem._process.StandardError.ReadToEndAsync();
            // ready when the port accepts connections (a TCP connect is no request, so it counts nowhere)
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (true)
            {
                try
                {
                    using var tcp = new TcpClient();
                    await tcp.ConnectAsync(IPAddress.Loopback, port);
                    return gem;
                }
                catch (SocketException) when (DateTime.UtcNow < deadline && !gem._process.HasExited)
                {
                    await Task.Delay(200);
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static long Window(DateTimeOffset t) => t.ToUnixTimeSeconds() / Period;

    /// <summary>The same request to both; null when the pair straddled a window boundary (then <paramref name="straddled"/> is the new window).</summary>
    private static async Task<(string Gem, string Sandbox, long Window)?> PairAsync(Gem gem, Sandbox s, string path, Action<long>? straddled = null)
    {
        var before = DateTimeOffset.UtcNow;
        using var g = await gem.Http.GetAsync(path);
        var r = await s.GetAsync(path);
        var after = DateTimeOffset.UtcNow;
        if (Window(before) != Window(after))
        {
            straddled?.Invoke(Window(after));
            return null;
        }
        static string Describe(int code, string? retryAfter) => $"{code} {retryAfter}";
        return (Describe((int)g.StatusCode, g.Headers.TryGetValues("Retry-After", out var v) ? v.Single() : null),
                Describe(r.Code, r.RetryAfter?.Delta?.TotalSeconds.ToString(CultureInfo.InvariantCulture)),
                Window(before));
    }

    private static async Task WaitForWindowStartAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var next = DateTimeOffset.FromUnixTimeSeconds((Window(now) + 1) * Period);
        await Task.Delay(next - now + TimeSpan.FromMilliseconds(20));
    }

    /// <summary>Runs <paramref name="steps"/> inside one window on both servers (up to three tries); returns the codes of each.</summary>
    private static async Task<(List<string> Gem, List<string> Sandbox)> InOneWindowAsync(Gem gem, Sandbox s, Action<int>? beforeStep, params string[] steps)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await WaitForWindowStartAsync();
            var gemCodes = new List<string>();
            var sandboxCodes = new List<string>();
            var straddled = false;
            for (var i = 0; i < steps.Length && !straddled; i++)
            {
                beforeStep?.Invoke(i);
                var pair = await PairAsync(gem, s, steps[i]);
                if (pair is null) straddled = true;
                else
                {
                    gemCodes.Add(pair.Value.Gem);
                    sandboxCodes.Add(pair.Value.Sandbox);
                }
            }
            if (!straddled) return (gemCodes, sandboxCodes);
        }
        throw new Xunit.Sdk.XunitException("the machine is too slow to fit the steps into one window three times");
    }

    // "429 3": the status, then Retry-After in whole seconds. The two servers are asked one after the other,
    // so near a second boundary one may already count a second less: the status must match, the wait within 1 s.
    private static void SameAnswer(string gem, string sandbox)
    {
        Assert.Equal(gem[..3], sandbox[..3]);
        var g = gem[3..].Trim();
        var x = sandbox[3..].Trim();
        if (g.Length == 0 || x.Length == 0)
        {
            Assert.Equal(g, x);
            return;
        }
        var wait = int.Parse(g, CultureInfo.InvariantCulture);
        Assert.InRange(int.Parse(x, CultureInfo.InvariantCulture), wait - 1, wait + 1);
    }

    [RackAttackFact]
    public async Task Fixed_window_answers_like_the_rack_attack_gem()
    {
        await using var gem = await Gem.StartAsync(overall: 5, search: 1000);
        await using var s = await Sandbox.StartAsync(new SandboxOptions { RateLimit = 5, RateWindowSeconds = Period, SearchRateLimit = 1000, SearchRateWindowSeconds = Period, RetryAfter = true });

        // lockstep over about three windows: 200s then 429s with the same Retry-After, windows opening together
        var compared = 0;
        var codes = new HashSet<string>();
        var end = DateTime.UtcNow.AddSeconds(Period * 3);
        var desynchronized = long.MinValue;
        while (DateTime.UtcNow < end)
        {
            // a straddling pair may have counted in different windows on the two servers: skip the rest of that window
            if (await PairAsync(gem, s, List, w => desynchronized = w) is { } pair && pair.Window != desynchronized)
            {
                SameAnswer(pair.Gem, pair.Sandbox);
                compared++;
                codes.Add(pair.Gem[..3]);
            }
            await Task.Delay(40);
        }
        Assert.True(compared >= 10, $"only {compared} pairs compared");
        Assert.Equal(new[] { "200", "429" }, codes.Order());

        // refused requests count: 7 requests at limit 3, then the limit raised to 7 (nothing passes) and to 9 (one passes)
        var (g1, s1) = await InOneWindowAsync(gem, s, i =>
        {
            var limit = i < 7 ? 3 : i == 7 ? 7 : 9;
            gem.SetLimits(limit, 1000);
            s.Server.Options.RateLimit = limit;
        }, Enumerable.Repeat(List, 10).ToArray());
        Assert.Equal(g1, s1);
        Assert.Equal(new[] { 200, 200, 200, 429, 429, 429, 429, 429, 200, 429 }, s1.Select(c => int.Parse(c[..3], CultureInfo.InvariantCulture)));

        // throttle order: a search refused by the search throttle counts against the overall one,
        // and a search the overall throttle refuses never counts against the search throttle
        gem.SetLimits(5, 2);
        s.Server.Options.RateLimit = 5;
        s.Server.Options.SearchRateLimit = 2;
        var (g2, s2) = await InOneWindowAsync(gem, s, null, Search, Search, Search, List, List, List, Search);
        Assert.Equal(g2, s2);
        Assert.Equal(new[] { 200, 200, 429, 200, 200, 429, 429 }, s2.Select(c => int.Parse(c[..3], CultureInfo.InvariantCulture)));
        var (g3, s3) = await InOneWindowAsync(gem, s, i =>
        {
            // overall 2: searches 3 and 4 are refused by it; then overall 100: the search counter stands at 2 of 3
            var overall = i < 4 ? 2 : 100;
            gem.SetLimits(overall, 3);
            s.Server.Options.RateLimit = overall;
            s.Server.Options.SearchRateLimit = 3;
        }, Search, Search, Search, Search, Search, Search);
        Assert.Equal(g3, s3);
        Assert.Equal(new[] { 200, 200, 429, 429, 200, 429 }, s3.Select(c => int.Parse(c[..3], CultureInfo.InvariantCulture)));
    }
}
