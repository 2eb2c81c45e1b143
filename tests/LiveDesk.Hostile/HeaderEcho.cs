using System.Net;
using System.Text;
using System.Text.Json;

namespace LiveDesk.Hostile;

/// <summary>
/// The <c>echo-*</c> modes: a gateway that writes the request's headers, credential first, into its answer, in
/// one of the forms gateways, WAFs and frameworks use. Each also writes the Basic credential decoded
/// (<c>key:secret</c>), so that the raw secret is offered too.
/// </summary>
public static class HeaderEcho
{
    /// <summary>The mode names, for README.md and the tests.</summary>
    public static readonly string[] Modes = ["echo-plain", "echo-folded", "echo-json", "echo-url", "echo-html", "echo-200", "echo-422"];

    public static byte[] Answer(string mode, string[] headerLines)
    {
        var auth = headerLines.FirstOrDefault(l => l.StartsWith("Authorization:", StringComparison.OrdinalIgnoreCase)) ?? "Authorization: (none)";
        var value = auth[(auth.IndexOf(':') + 1)..].Trim();
        var token = value.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) ? value[6..].Trim() : value;
        var decoded = Decode(token);
        var others = string.Join("\r\n", headerLines.Where(l => !ReferenceEquals(l, auth)));
        switch (mode)
        {
            case "echo-plain":
                return Text(500, "Internal Server Error", "text/plain", $"{auth}\r\nX-Decoded: {decoded}\r\n{others}");
            case "echo-folded":
                // Lower-cased names, the value folded across lines (obs-fold) and the token split in two.
                var half = token.Length / 2;
                return Text(500, "Internal Server Error", "text/plain",
                    $"authorization: BASIC\r\n\t{token[..half]}\r\n {token[half..]}\r\nx-decoded: {decoded.ToUpperInvariant()}\r\n{others.ToLowerInvariant()}");
            case "echo-json":
                // What a framework's error handler writes: JSON with '/' escaped and '+' as \\u002B.
                var json = JsonSerializer.Serialize(new { message = $"Rejected: Authorization: {value}; credentials {decoded}; {others}" }).Replace("/", "\\/");
                return Text(500, "Internal Server Error", "application/json", json);
            case "echo-url":
                return Text(500, "Internal Server Error", "text/plain",
                    $"Bad request: ?authorization={Uri.EscapeDataString(value)}&credentials={WebUtility.UrlEncode(decoded)}&token={Uri.EscapeDataString(token).ToLowerInvariant()} {others}");
            case "echo-html":
                var cut = token.Length / 3;
                return Text(502, "Bad Gateway", "text/html",
                    $"<html><head><title>Request blocked</title></head><body><pre>Authorization: Basic {token[..cut]}<br>{token[cut..]}\n" +
                    $"credentials: {WebUtility.HtmlEncode(decoded)}\n{WebUtility.HtmlEncode(others)}</pre></body></html>");
            case "echo-200":
                return Text(200, "OK", "text/plain", $"{auth}\r\nX-Decoded: {decoded}\r\n{others}");
            default:
                return Text(422, "Unprocessable Entity", "application/json",
                    JsonSerializer.Serialize(new { message = $"{auth} is invalid, {decoded} is invalid, {others}" }));
        }
    }

    private static string Decode(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(token));
        }
        catch (FormatException)
        {
            return "(not base64)";
        }
    }

    private static byte[] Text(int status, string reason, string contentType, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = $"HTTP/1.1 {status} {reason}\r\nContent-Type: {contentType}; charset=utf-8\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. bytes];
    }
}
