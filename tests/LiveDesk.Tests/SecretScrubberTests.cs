using System.Net;
using System.Text;
using System.Text.Json;
using LiveDesk.Errors;
using LiveDesk.Hostile;
using LiveDesk.Protocol;
using LiveDesk.Transport;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Server text never carries the connection's credential into the module's text: every form of the secret and
/// of the Basic token, re-cased, folded or encoded, and any Authorization header value, are cut out.
/// </summary>
public sealed class SecretScrubberTests
{
    private const string Key = "scrub-key";
    private const string Secret = "Scrub+S3cret/\"Öl\"-77";
    private static readonly string Token = Convert.ToBase64String(Encoding.UTF8.GetBytes(Key + ":" + Secret));
    private static readonly SecretScrubber Scrubber = SecretScrubber.For(SecretForms.OfBasic(Key, Secret));

    public static IEnumerable<object[]> Echoes()
    {
        var half = Token.Length / 2;
        yield return ["raw secret", $"bad credentials {Secret} given"];
        yield return ["token", $"X-Token: {Token}"];
        yield return ["token without padding", $"t={Token.TrimEnd('=')}."];
        yield return ["token upper-cased", $"GOT {Token.ToUpperInvariant()}"];
        yield return ["token lower-cased", $"got {Token.ToLowerInvariant()}"];
        yield return ["token folded", $"x: {Token[..half]}\r\n\t{Token[half..]}"];
        yield return ["token split by JSON \\n", $"\"{Token[..half]}\\n{Token[half..]}\""];
        yield return ["token base64url", $"u={Token.TrimEnd('=').Replace('+', '-').Replace('/', '_')}"];
        yield return ["token URL-encoded", $"?t={Uri.EscapeDataString(Token)}"];
        yield return ["token URL-encoded, lower-case hex", $"?t={Uri.EscapeDataString(Token).ToLowerInvariant()}"];
        yield return ["secret form-encoded", $"s={WebUtility.UrlEncode(Secret)}"];
        yield return ["secret JSON-escaped", JsonSerializer.Serialize(new { s = Secret })];
        yield return ["secret JSON-escaped with \\/", $"{{\"s\":\"{Secret.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("/", "\\/")}\"}}"];
        yield return ["secret HTML-encoded", $"<pre>{WebUtility.HtmlEncode(Secret)}</pre>"];
        yield return ["decoded credential", $"user {Key}:{Secret}"];
        yield return ["token split by markup", $"<pre>{Token[..9]}<br>{Token[9..20]}</span>{Token[20..]}</pre>"];
        yield return ["token cut short", $"Basic {Token[..24]}..."];
    }

    [Theory]
    [MemberData(nameof(Echoes))]
    public void Every_form_of_the_secret_is_removed(string what, string echo)
    {
        var text = "before " + echo + " after";
        var scrubbed = Scrubber.Scrub(text);
        Assert.Contains(SecretScrubber.Redacted, scrubbed);
        Assert.StartsWith("before ", scrubbed);
        Assert.EndsWith(" after", scrubbed);
        AssertNoCredential(scrubbed, what);
        // Errors made anywhere in the module go through the same scrubbing.
        AssertNoCredential(new LiveDeskError(ErrorIds.ServerError, LiveDeskErrorKind.ConnectionError, text).Message, what);
    }

    [Theory]
    [InlineData("Authorization: Basic c29tZW9uZTplbHNl", "Authorization: [redacted]")]
    [InlineData("authorization:\r\n Bearer abc.def.ghi\r\nHost: x", "authorization:\r\n [redacted]\r\nHost: x")]
    [InlineData("{\"AUTHORIZATION\":\"Basic c29tZW9uZQ==\"}", "{\"AUTHORIZATION\":\"[redacted]\"}")]
    [InlineData("?authorization=Basic%20c29tZW9uZQ%3D%3D&x=1", "?authorization=[redacted]&x=1")]
    [InlineData("Proxy-Authorization: Basic cHJveHk6cGFzcw==", "Proxy-Authorization: [redacted]")]
    [InlineData("Authorization failed for this key", "Authorization failed for this key")]
    public void Any_Authorization_value_is_removed_whole_whoever_it_belongs_to(string text, string expected)
    {
        Assert.Equal(expected, Scrubber.Scrub(text));
    }

    [Fact]
    public void Ordinary_text_is_left_alone()
    {
        const string text = "Email has already been taken, Name is too long (Zoë ☃)";
        Assert.Same(text, Scrubber.Scrub(text));
    }

    [Theory]
    [MemberData(nameof(EchoModes))]
    public async Task An_echoing_server_gets_no_credential_into_the_response_the_client_returns(string mode)
    {
        await using var server = HostileServer.Start();
        var settings = new ClientSettings(server.Mode(mode), Secrets.Key, Secrets.Secure(Secrets.Secret)) { Timeout = TimeSpan.FromSeconds(10) };
        using var client = new LiveDeskClient(settings);
        var response = await client.SendAsync(HttpMethod.Post, "api/v2/accounts/contacts", "{}", null, CancellationToken.None);
        // The echo really arrived: the rest of the request's headers are still there.
        Assert.Contains("LiveDesk-PowerShell", response.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(SecretScrubber.Redacted, response.Body);
        Secrets.AssertClean(Normalized(response.Body));
        Secrets.AssertClean(Normalized(ResponseParser.ParseError(response.Body, response.ContentType).Message));
    }

    public static IEnumerable<object[]> EchoModes() => HeaderEcho.Modes.Select(m => new object[] { m });

    // What the assertions compare: without whitespace and JSON line-break escapes, so a folded echo counts.
    private static string Normalized(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+|\\[nrt]", string.Empty);

    private static void AssertNoCredential(string text, string what)
    {
        var flat = Normalized(text);
        foreach (var form in new[] { Secret, Token.TrimEnd('='), Token.TrimEnd('=').Replace('+', '-').Replace('/', '_'), Uri.EscapeDataString(Token), WebUtility.UrlEncode(Secret), WebUtility.HtmlEncode(Secret) })
        {
            Assert.False(flat.Contains(form, StringComparison.OrdinalIgnoreCase), $"{what}: '{form}' is in '{text}'");
        }
        var token = Token.TrimEnd('=');
        for (var i = 0; i + SecretScrubber.PieceLength <= token.Length; i++)
        {
            var piece = token.Substring(i, SecretScrubber.PieceLength);
            Assert.False(flat.Contains(piece, StringComparison.OrdinalIgnoreCase), $"{what}: the piece '{piece}' of the token is in '{text}'");
        }
        Assert.DoesNotContain("Scrub+S3cret", flat.Replace("\\u002B", "+", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
    }
}
