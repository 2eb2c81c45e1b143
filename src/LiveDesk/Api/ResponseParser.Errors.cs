using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LiveDesk.Api
{
    /// <summary>An error body as LiveDesk sends it, parsed once: the message and the fields it is about.</summary>
    internal sealed class ServerError
    {
        /// <summary>The message to show, never empty.</summary>
        public string Message { get; set; } = string.Empty;

        /// <summary>The fields the error is about (422 <c>attributes</c>), as the API names them.</summary>
        public IReadOnlyList<string> InvalidFields { get; set; } = Array.Empty<string>();

        /// <summary>The unique fields whose value another contact already has.</summary>
        public IReadOnlyList<UniqueField> TakenFields { get; set; } = Array.Empty<UniqueField>();

        /// <summary>True when every complaint is "has already been taken": the row collides with an existing contact and is otherwise valid.</summary>
        public bool IsAlreadyTaken { get; set; }

        /// <summary>The taken fields for a message ("e-mail and phone number"), or "value" when the server did not say.</summary>
        public string DescribeTakenFields() =>
            TakenFields.Count == 0 ? "value" : string.Join(" and ", TakenFields.Select(f => f.Describe()));
    }

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

        private static string HtmlToText(string html)
        {
            // A proxy's error page: the title and the visible text say what happened; scripts and styles do not.
            var withoutBlocks = Regex.Replace(html, @"<(script|style|head)\b[^>]*>.*?</\1\s*>", " ", RegexOptions.IgnoreCase | RegexOptions.Singleline);
            var title = Regex.Match(html, @"<title[^>]*>(.*?)</title\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline);
            var text = Regex.Replace(withoutBlocks, @"<[^>]*>", " ");
            text = System.Net.WebUtility.HtmlDecode(text);
            if (title.Success)
            {
                var t = System.Net.WebUtility.HtmlDecode(Regex.Replace(title.Groups[1].Value, @"\s+", " ").Trim());
                if (t.Length > 0 && text.IndexOf(t, StringComparison.Ordinal) < 0) text = t + ": " + text;
            }
            return text;
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
