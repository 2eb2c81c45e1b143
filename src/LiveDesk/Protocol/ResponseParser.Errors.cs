using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using LiveDesk.Errors;

namespace LiveDesk.Protocol
{
    internal static partial class ResponseParser
    {
        /// <summary>
        /// Reads the server's own message from an error body: JSON <c>message</c>, <c>error</c> or <c>errors[]</c>;
        /// for HTML or text a short, clean excerpt. Never throws.
        /// </summary>
        public static ServerError ParseError(string? body, string? contentType)
        {
            var text = body ?? string.Empty;
            var trimmed = text.TrimStart();
            if (trimmed.StartsWith("{", StringComparison.Ordinal))
            {
                try
                {
                    using var doc = JsonDocument.Parse(text, DocumentOptions);
                    var root = doc.RootElement;
                    if (root.ValueKind == JsonValueKind.Object)
                    {
                        var message = ReadString(root, "message") ?? ReadString(root, "error") ?? ReadErrors(root);
                        var attributes = new List<string>();
                        if (Property(root, "attributes") is JsonElement attrs && attrs.ValueKind == JsonValueKind.Array)
                        {
                            foreach (var a in attrs.EnumerateArray())
                            {
                                if (a.ValueKind == JsonValueKind.String) attributes.Add(a.GetString()!);
                            }
                        }
                        var shown = message == null ? string.Empty : Excerpt(message);
                        if (shown.Length > 0) return Classify(shown, attributes);
                    }
                }
                catch (Exception ex) when (ex is JsonException || ex is LiveDeskResponseException || ex is InvalidOperationException || ex is ArgumentException)
                {
                    // Not JSON after all, or JSON of an unexpected shape: fall through to the text excerpt.
                }
            }

            var isHtml = (contentType ?? string.Empty).IndexOf("html", StringComparison.OrdinalIgnoreCase) >= 0
                || trimmed.StartsWith("<", StringComparison.Ordinal);
            var plain = isHtml ? HtmlToText(text) : text;
            var excerpt = Excerpt(Regex.Replace(plain, @"\s+", " "));
            return new ServerError { Message = excerpt.Length == 0 ? "(empty response body)" : excerpt };
        }

        /// <summary>
        /// Chatwoot joins its complaints with ", " ("Email has already been taken, Phone number has already been
        /// taken") and names the fields in <c>attributes</c>, or, in older versions, only in the message.
        /// </summary>
        private static ServerError Classify(string message, IReadOnlyList<string> attributes)
        {
            var parts = message.Split(new[] { ", " }, StringSplitOptions.RemoveEmptyEntries);
            var taken = parts.Length > 0 && parts.All(p => p.IndexOf("already been taken", StringComparison.OrdinalIgnoreCase) >= 0);
            var named = attributes.Count > 0 ? (IEnumerable<string>)attributes : parts;
            return new ServerError
            {
                Message = message,
                InvalidFields = attributes,
                IsAlreadyTaken = taken,
                TakenFields = taken
                    ? named.Select(UniqueFields.FromApiName).Where(f => f != null).Select(f => f!.Value).Distinct().ToArray()
                    : Array.Empty<UniqueField>(),
            };
        }

        internal static string Excerpt(string text, int max = 200)
        {
            var clean = new string(text.Where(c => !char.IsControl(c) || c == ' ').ToArray()).Trim();
            return clean.Length <= max ? clean : clean.Substring(0, max - 3) + "...";
        }

        /// <summary>How much of an HTML error body is read for its text: an error page says what happened early.</summary>
        internal const int HtmlScanLimit = 8 * 1024;

        private static readonly string[] SkippedBlocks = { "script", "style", "head" };

        /// <summary>
        /// The title and visible text of an HTML error page (a proxy's, typically); scripts, styles and the head
        /// say nothing to a user. A hand-written scanner over the first <see cref="HtmlScanLimit"/> characters,
        /// in which every character is looked at a bounded number of times: a hostile body (1 MiB of
        /// <c>&lt;head&gt;</c> made the old regex quadratic) costs no more than a normal page.
        /// </summary>
        internal static string HtmlToText(string html)
        {
            var source = html.Length > HtmlScanLimit ? html.Substring(0, HtmlScanLimit) : html;
            var title = FindTitle(source);
            var text = new StringBuilder(Math.Min(source.Length, 1024));
            // Once a block's closing tag is known to be missing, it is never searched for again (that search
            // from every opening tag is what makes such scanning quadratic).
            var unclosed = new bool[SkippedBlocks.Length];
            var i = 0;
            while (i < source.Length)
            {
                var c = source[i];
                if (c != '<')
                {
                    text.Append(c);
                    i++;
                    continue;
                }
                var end = source.IndexOf('>', i + 1);
                if (end < 0) break; // an unterminated tag: the rest is markup, not text
                var block = BlockIndex(source, i + 1, end);
                text.Append(' ');
                i = end + 1;
                if (block < 0 || unclosed[block]) continue;
                var close = source.IndexOf("</" + SkippedBlocks[block], i, StringComparison.OrdinalIgnoreCase);
                if (close < 0)
                {
                    unclosed[block] = true;
                    continue;
                }
                var closeEnd = source.IndexOf('>', close);
                if (closeEnd < 0) break;
                i = closeEnd + 1;
            }
            var result = System.Net.WebUtility.HtmlDecode(text.ToString());
            if (title != null && title.Length > 0 && result.IndexOf(title, StringComparison.Ordinal) < 0) result = title + ": " + result;
            // Markup without a word of text is not an empty body: say what it was.
            return string.IsNullOrWhiteSpace(result) && source.Length > 0 ? "(an HTML page without text)" : result;
        }

        // Which skipped block an opening tag <name ...> starts, or -1 (closing tags, self-closing tags, other names).
        private static int BlockIndex(string source, int start, int end)
        {
            if (source[end - 1] == '/') return -1;
            var nameEnd = start;
            while (nameEnd < end && char.IsLetterOrDigit(source[nameEnd])) nameEnd++;
            for (var b = 0; b < SkippedBlocks.Length; b++)
            {
                var name = SkippedBlocks[b];
                if (nameEnd - start == name.Length && string.Compare(source, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0) return b;
            }
            return -1;
        }

        private static string? FindTitle(string source)
        {
            var open = source.IndexOf("<title", StringComparison.OrdinalIgnoreCase);
            // <titlebar> is not <title>; each search starts past the last, so this stays linear.
            while (open >= 0 && open + 6 < source.Length && char.IsLetterOrDigit(source[open + 6]))
            {
                open = source.IndexOf("<title", open + 6, StringComparison.OrdinalIgnoreCase);
            }
            if (open < 0) return null;
            var start = source.IndexOf('>', open);
            if (start < 0) return null;
            var close = source.IndexOf("</title", start + 1, StringComparison.OrdinalIgnoreCase);
            if (close < 0) return null;
            var title = new StringBuilder(close - start);
            var space = false;
            for (var k = start + 1; k < close; k++)
            {
                if (char.IsWhiteSpace(source[k]))
                {
                    space = title.Length > 0;
                    continue;
                }
                if (space) title.Append(' ');
                space = false;
                title.Append(source[k]);
            }
            return System.Net.WebUtility.HtmlDecode(title.ToString());
        }

        private static string? ReadErrors(JsonElement root)
        {
            if (!(Property(root, "errors") is JsonElement errors)) return null;
            if (errors.ValueKind == JsonValueKind.String) return errors.GetString();
            if (errors.ValueKind != JsonValueKind.Array) return null;
            var parts = new List<string>();
            foreach (var e in errors.EnumerateArray())
            {
                if (e.ValueKind == JsonValueKind.String) parts.Add(e.GetString()!);
                else if (e.ValueKind == JsonValueKind.Object && (ReadString(e, "message") ?? ReadString(e, "error")) is string m) parts.Add(m);
            }
            return parts.Count == 0 ? null : string.Join(", ", parts);
        }
    }
}
