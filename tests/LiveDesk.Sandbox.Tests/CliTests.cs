using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace LiveDesk.Sandbox.Tests;

/// <summary>The command line: option parsing, and the real process printing its four lines.</summary>
public class CliTests
{
    [Fact]
    public void Parses_every_option()
    {
        var (o, urls) = SandboxCli.Parse(new[]
        {
            "--urls", "http://127.0.0.1:0", "--api-key", "k", "--api-secret=s", "--inbox", "407, 408",
            "--latency-ms", "25", "--rate-limit", "50", "--retry-after", "--retry-after-date",
            "--fail-rate", "0.05", "--fail-after-commit-rate=0.1", "--drop-rate", "0.2", "--seed", "42",
        });
        Assert.Equal("http://127.0.0.1:0", urls);
        Assert.Equal("k", o.ApiKey);
        Assert.Equal("s", o.ApiSecret);
        Assert.Equal(new long[] { 407, 408 }, o.Inboxes);
        Assert.Equal(25, o.LatencyMs);
        Assert.Equal(50, o.RateLimit);
        Assert.True(o.RetryAfter);
        Assert.True(o.RetryAfterAsDate);
        Assert.Equal(0.05, o.FailRate);
        Assert.Equal(0.1, o.FailAfterCommitRate);
        Assert.Equal(0.2, o.DropRate);
        Assert.Equal(42, o.Seed);
    }

    [Fact]
    public void Defaults()
    {
        var (o, urls) = SandboxCli.Parse(Array.Empty<string>());
        Assert.Equal("http://127.0.0.1:5080", urls);
        Assert.Equal("sandbox-key", o.ApiKey);
        Assert.Equal("sandbox-secret", o.ApiSecret);
        Assert.Equal(new long[] { 407 }, o.Inboxes);
        Assert.Equal(0, o.RateLimit);
        Assert.False(o.RetryAfter);
        Assert.Null(o.Seed);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--seed")]
    [InlineData("--fail-rate", "lots")]
    [InlineData("--inbox", "a,b")]
    public void Bad_options_throw(params string[] args) =>
        Assert.Throws<ArgumentException>(() => SandboxCli.Parse(args));

    private static ProcessStartInfo StartInfo(params string[] args)
    {
        var dll = typeof(SandboxServer).Assembly.Location;
        var psi = new ProcessStartInfo(Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        return psi;
    }

    [Fact]
    public async Task Process_prints_four_lines_then_serves_with_those_settings()
    {
        using var process = Process.Start(StartInfo("--urls", "http://127.0.0.1:0", "--api-key", "cli-key", "--api-secret", "cli-secret", "--inbox", "407,408"))!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var lines = new List<string>();
            for (var i = 0; i < 4; i++)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
                Assert.True(line is not null, "the sandbox exited early: " + (process.HasExited ? await stderr : ""));
                lines.Add(line!);
            }
            Assert.Matches(@"^Listening: http://127\.0\.0\.1:[1-9][0-9]*$", lines[0]);
            Assert.Equal("ApiKey: cli-key", lines[1]);
            Assert.Equal("ApiSecret: cli-secret", lines[2]);
            Assert.Equal("Inboxes: 407,408", lines[3]);

            var url = lines[0]["Listening: ".Length..];
            using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri(url + "/") };
            using var request = new HttpRequestMessage(HttpMethod.Post, Sandbox.ContactsPath)
            {
                Content = new StringContent("""{"inbox_id":"408","email":"cli@x.io"}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("cli-key:cli-secret"u8.ToArray()));
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("cli@x.io", await http.GetStringAsync("_sandbox/contacts"), StringComparison.Ordinal);

            // nothing else on stdout after the four lines
            var more = process.StandardOutput.ReadLineAsync(CancellationToken.None).AsTask();
            Assert.NotSame(more, await Task.WhenAny(more, Task.Delay(300)));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Process_rejects_a_bad_option_on_stderr_with_exit_code_2()
    {
        using var process = Process.Start(StartInfo("--fail-rate", "2"))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("FailRate", await stderr, StringComparison.Ordinal);
        Assert.Equal("", await stdout);
    }
}
