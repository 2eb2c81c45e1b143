using System.Globalization;

namespace LiveDesk.Sandbox;

/// <summary>The command line: parses options, starts the server, prints the four startup lines, serves until Ctrl+C/SIGTERM.</summary>
internal static class SandboxCli
{
    internal const string DefaultUrls = "http://127.0.0.1:5080";

    private const string Usage = """
        LiveDesk sandbox: a local fake of the LiveDesk REST API (contacts, conversations, messages).

        Usage: LiveDesk.Sandbox [options]
          --urls URL                  listen address (default http://127.0.0.1:5080; port 0 = any free port)
          --api-key KEY               accepted API key (default sandbox-key)
          --api-secret SECRET         accepted API secret (default sandbox-secret)
          --inbox ID[,ID...]          known inbox ids (default 407)
          --latency-ms N              delay added to every API request
          --latency-jitter-ms N       up to N more milliseconds, at random per request
          --rate-limit N              API requests per window, 429 "Retry later", checked before auth (0 = off)
          --rate-window S             the window in whole seconds (default 1; Chatwoot: 60)
          --limiter KIND              fixed (default: Rack::Attack, clock-aligned, refused requests count),
                                      sliding (N in any S seconds, refused count), token-bucket
          --rate-burst B              token-bucket capacity (default min(N, 10))
          --search-rate-limit N       contact searches (GET contacts?q=) per search window (0 = off)
          --search-rate-window S      the search window in whole seconds (default 60, like Chatwoot)
          --retry-after               send Retry-After (seconds to the window's end, rounded up) on 429s
          --retry-after-date          send Retry-After as an HTTP date on 429s
          --fail-rate P               creates answered 500 before anything is stored (0..1)
          --fail-after-commit-rate P  creates stored, then answered 500 with an HTML body (0..1)
          --drop-rate P               creates whose connection is closed without a response (0..1)
          --fault-endpoints LIST      creates the faults hit: contacts,conversations,messages (default all)
          --seed N                    seed of the fault RNG (reproducible faults)
          --create-keeps-additional   creates keep additional_attributes (company, city...); by default
                                      they are dropped and only a PATCH stores them

        On start it prints, one line each: "Listening: URL", "ApiKey: KEY", "ApiSecret: SECRET",
        "Inboxes: ID,ID". Inspection routes: GET /_sandbox/contacts, GET /_sandbox/conversations,
        GET /_sandbox/messages, GET /_sandbox/stats,
        POST /_sandbox/reset, GET|POST /_sandbox/config.
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        SandboxOptions options;
        string urls;
        try
        {
            if (args.Any(a => a is "--help" or "-h" or "-?" or "/?"))
            {
                Console.Out.WriteLine(Usage);
                return 0;
            }
            (options, urls) = Parse(args);
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine("LiveDesk.Sandbox: " + ex.Message);
            Console.Error.WriteLine("Run with --help for the options.");
            return 2;
        }

        SandboxServer server;
        try
        {
            server = await SandboxServer.StartAsync(options, urls, consoleHost: true, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or ArgumentException or FormatException or UriFormatException)
        {
            Console.Error.WriteLine("LiveDesk.Sandbox: cannot start: " + ex.Message);
            return 1;
        }

        await using (server.ConfigureAwait(false))
        {
            var o = server.Options;
            var stdout = Console.Out;
            stdout.WriteLine("Listening: " + server.BaseUri.GetLeftPart(UriPartial.Authority));
            stdout.WriteLine("ApiKey: " + o.ApiKey);
            stdout.WriteLine("ApiSecret: " + o.ApiSecret);
            stdout.WriteLine("Inboxes: " + string.Join(',', o.Inboxes.Select(i => i.ToString(CultureInfo.InvariantCulture))));
            stdout.Flush();
            await server.WaitForShutdownAsync().ConfigureAwait(false);
        }
        return 0;
    }

    internal static (SandboxOptions Options, string Urls) Parse(string[] args)
    {
        var o = new SandboxOptions();
        var urls = DefaultUrls;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string? inline = null;
            var eq = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && eq > 0)
            {
                inline = arg[(eq + 1)..];
                arg = arg[..eq];
            }
            string Value()
            {
                if (inline is not null) return inline;
                if (i + 1 >= args.Length) throw new ArgumentException($"{arg} needs a value.");
                return args[++i];
            }
            switch (arg.ToLowerInvariant())
            {
                case "--urls": urls = Value(); break;
                case "--api-key": o.ApiKey = Value(); break;
                case "--api-secret": o.ApiSecret = Value(); break;
                case "--inbox":
                case "--inboxes":
                    o.Inboxes = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(s => ParseLong(s, "--inbox")).ToList();
                    break;
                case "--latency-ms": o.LatencyMs = ParseInt(Value(), arg); break;
                case "--latency-jitter-ms": o.LatencyJitterMs = ParseInt(Value(), arg); break;
                case "--rate-limit": o.RateLimit = ParseInt(Value(), arg); break;
                case "--rate-window": o.RateWindowSeconds = ParseInt(Value(), arg); break;
                case "--limiter":
                    var kindText = Value();
                    o.Limiter = SandboxServer.TryParseLimiter(kindText, out var kind) ? kind : throw new ArgumentException($"--limiter: '{kindText}' is not fixed, sliding or token-bucket.");
                    break;
                case "--rate-burst": o.RateBurst = ParseInt(Value(), arg); break;
                case "--search-rate-limit": o.SearchRateLimit = ParseInt(Value(), arg); break;
                case "--search-rate-window": o.SearchRateWindowSeconds = ParseInt(Value(), arg); break;
                case "--max-page-size": o.MaxPageSize = ParseInt(Value(), arg); break;
                case "--fault-endpoints":
                    var targetText = Value();
                    o.FaultEndpoints = SandboxServer.TryParseFaultEndpoints(targetText, out var targets) ? targets : throw new ArgumentException($"--fault-endpoints: '{targetText}' is not a list of contacts, conversations, messages.");
                    break;
                case "--retry-after": o.RetryAfter = inline is null || ParseBool(inline, arg); break;
                case "--retry-after-date": o.RetryAfterAsDate = inline is null || ParseBool(inline, arg); break;
                case "--fail-rate": o.FailRate = ParseDouble(Value(), arg); break;
                case "--fail-after-commit-rate": o.FailAfterCommitRate = ParseDouble(Value(), arg); break;
                case "--drop-rate": o.DropRate = ParseDouble(Value(), arg); break;
                case "--seed": o.Seed = ParseInt(Value(), arg); break;
                case "--create-keeps-additional": o.CreateKeepsAdditionalAttributes = inline is null || ParseBool(inline, arg); break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }
        return (o, urls);
    }

    private static int ParseInt(string s, string name) =>
        int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : throw new ArgumentException($"{name}: '{s}' is not an integer.");

    private static long ParseLong(string s, string name) =>
        long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : throw new ArgumentException($"{name}: '{s}' is not an integer.");

    private static double ParseDouble(string s, string name) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw new ArgumentException($"{name}: '{s}' is not a number.");

    private static bool ParseBool(string s, string name) =>
        bool.TryParse(s, out var v) ? v : throw new ArgumentException($"{name}: '{s}' is not true or false.");
}
