using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using System.Text.Json;

namespace LiveDesk.Transport
{
    /// <summary>
    /// Every way a server or gateway might write a credential back: the secret itself and the Basic token made
    /// from it, each as sent, base64url, URL- and form-encoded, JSON-escaped (plain, with <c>\/</c>, ASCII-only,
    /// and as System.Text.Json escapes <c>+</c>), and HTML-encoded. Casing and line breaks are the
    /// <see cref="SecretScrubber"/>'s to ignore.
    /// </summary>
    internal static class SecretForms
    {
        /// <summary>The forms of a Basic credential <paramref name="user"/>:<paramref name="secret"/>.</summary>
        internal static IEnumerable<string> OfBasic(string user, string secret)
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + secret)).TrimEnd('=');
            var urlSafe = token.Replace('+', '-').Replace('/', '_');
            foreach (var text in new[] { secret, token, urlSafe })
            {
                foreach (var form in Encodings(text)) yield return form;
            }
        }

        private static IEnumerable<string> Encodings(string text)
        {
            yield return text;
            yield return Uri.EscapeDataString(text);
            yield return WebUtility.UrlEncode(text);
            yield return WebUtility.HtmlEncode(text);
            var json = JsonEscape(text, asciiOnly: false);
            yield return json;
            yield return json.Replace("/", "\\/");
            yield return JsonEscape(text, asciiOnly: true);
            yield return JsonEncodedText.Encode(text).ToString();
        }

        private static string JsonEscape(string text, bool asciiOnly)
        {
            var builder = new StringBuilder(text.Length + 8);
            foreach (var c in text)
            {
                if (c == '"' || c == '\\') builder.Append('\\').Append(c);
                else if (c < 0x20 || (asciiOnly && c > 0x7E)) builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                else builder.Append(c);
            }
            return builder.ToString();
        }
    }
}
