using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using LiveDesk.Models;

namespace LiveDesk.Api
{
    /// <summary>A page of contacts from the list or search endpoint.</summary>
    public sealed class ContactPage
    {
        /// <summary>The contacts on this page.</summary>
        public IReadOnlyList<LiveDeskContact> Contacts { get; set; } = Array.Empty<LiveDeskContact>();

        /// <summary>meta.count: the number of matching contacts, when the server sent it.</summary>
        public long? TotalCount { get; set; }
    }

    /// <summary>
    /// Turns the API's loosely typed JSON into strict models, once, at the edge. Every failure is a
    /// <see cref="LiveDeskResponseException"/>; nothing else escapes, whatever the body.
    /// </summary>
    public static class ResponseParser
    {
        private static readonly JsonDocumentOptions DocumentOptions = new JsonDocumentOptions { MaxDepth = 64 };

        /// <summary>Parses a create response: <c>payload.contact</c> and <c>payload.contact_inbox</c>.</summary>
        public static LiveDeskContact ParseCreated(string body)
        {
            return WithDocument(body, root =>
            {
                var payload = Property(root, "payload") ?? throw new LiveDeskResponseException("The response has no 'payload'.");
                var contactElement = Property(payload, "contact");
                LiveDeskContact contact;
                if (contactElement is JsonElement c && c.ValueKind == JsonValueKind.Object)
                {
                    contact = ReadContact(c);
                }
                else if (payload.ValueKind == JsonValueKind.Object && Property(payload, "id") != null)
                {
                    contact = ReadContact(payload);
                }
                else
                {
                    throw new LiveDeskResponseException("The response has no 'payload.contact' object.");
                }

                if (Property(payload, "contact_inbox") is JsonElement ci && ci.ValueKind == JsonValueKind.Object)
                {
                    var link = ReadContactInbox(ci);
                    contact.SourceId = link.SourceId;
                    contact.InboxId = link.InboxId;
                }
                return contact;
            });
        }

        /// <summary>Parses a single contact as returned by update: <c>payload</c>, <c>payload.contact</c> or the bare object.</summary>
        public static LiveDeskContact ParseSingle(string body)
        {
            return WithDocument(body, root =>
            {
                var element = root;
                if (Property(element, "payload") is JsonElement p) element = p;
                if (Property(element, "contact") is JsonElement c && c.ValueKind == JsonValueKind.Object) element = c;
                if (element.ValueKind != JsonValueKind.Object || Property(element, "id") == null)
                {
                    throw new LiveDeskResponseException("The response does not describe a contact.");
                }
                return ReadContact(element);
            });
        }

        /// <summary>Parses a list or search response: <c>{"meta":{"count":N},"payload":[...]}</c>.</summary>
        public static ContactPage ParsePage(string body)
        {
            return WithDocument(body, root =>
            {
                var payload = Property(root, "payload") ?? throw new LiveDeskResponseException("The response has no 'payload'.");
                if (payload.ValueKind != JsonValueKind.Array) throw new LiveDeskResponseException("'payload' is not a list of contacts.");
                var contacts = new List<LiveDeskContact>(payload.GetArrayLength());
                foreach (var item in payload.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Object) throw new LiveDeskResponseException("'payload' holds an item that is not a contact.");
                    contacts.Add(ReadContact(item));
                }
                long? count = null;
                if (Property(root, "meta") is JsonElement meta && meta.ValueKind == JsonValueKind.Object)
                {
                    count = ReadLong(meta, "count");
                }
                return new ContactPage { Contacts = contacts, TotalCount = count };
            });
        }

        /// <summary>An error body as LiveDesk sends it.</summary>
        public sealed class ServerError
        {
            /// <summary>The message to show, never empty.</summary>
            public string Message { get; set; } = string.Empty;

            /// <summary>The fields the error is about (422 <c>attributes</c>).</summary>
            public IReadOnlyList<string> Attributes { get; set; } = Array.Empty<string>();
        }

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
                        if (shown.Length > 0)
                        {
                            return new ServerError { Message = shown, Attributes = attributes };
                        }
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

        private static T WithDocument<T>(string? body, Func<JsonElement, T> read)
        {
            if (string.IsNullOrWhiteSpace(body)) throw new LiveDeskResponseException("The response body is empty.");
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(body!, DocumentOptions);
            }
            catch (Exception ex) when (ex is JsonException || ex is ArgumentException)
            {
                throw new LiveDeskResponseException($"The response is not valid JSON: {Excerpt(body!, 80)}");
            }
            using (doc)
            {
                if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new LiveDeskResponseException("The response is not a JSON object.");
                try
                {
                    return read(doc.RootElement);
                }
                catch (InvalidOperationException ex)
                {
                    throw new LiveDeskResponseException("The response has an unexpected shape: " + ex.Message);
                }
                catch (FormatException ex)
                {
                    throw new LiveDeskResponseException("The response has an unexpected value: " + ex.Message);
                }
            }
        }

        internal static LiveDeskContact ReadContact(JsonElement e)
        {
            var id = ReadLong(e, "id") ?? throw new LiveDeskResponseException("A contact in the response has no numeric 'id'.");
            var contact = new LiveDeskContact
            {
                Id = id,
                Name = ReadString(e, "name"),
                Email = ReadString(e, "email"),
                PhoneNumber = ReadString(e, "phone_number"),
                Identifier = ReadString(e, "identifier"),
                AvatarUrl = ReadString(e, "avatar_url"),
                Thumbnail = ReadString(e, "thumbnail"),
                AvailabilityStatus = ReadString(e, "availability_status"),
                Blocked = ReadBool(e, "blocked") ?? false,
                AdditionalAttributes = ReadHashtable(e, "additional_attributes"),
                CustomAttributes = ReadHashtable(e, "custom_attributes"),
                CreatedAt = ReadUnixTime(e, "created_at"),
                LastActivityAt = ReadUnixTime(e, "last_activity_at"),
            };
            if (Property(e, "contact_inboxes") is JsonElement inboxes && inboxes.ValueKind == JsonValueKind.Array)
            {
                contact.ContactInboxes = inboxes.EnumerateArray()
                    .Where(i => i.ValueKind == JsonValueKind.Object)
                    .Select(ReadContactInbox)
                    .ToArray();
                if (contact.ContactInboxes.Length > 0)
                {
                    contact.InboxId = contact.ContactInboxes[0].InboxId;
                    contact.SourceId = contact.ContactInboxes[0].SourceId;
                }
            }
            return contact;
        }

        private static LiveDeskContactInbox ReadContactInbox(JsonElement e)
        {
            var link = new LiveDeskContactInbox { SourceId = ReadString(e, "source_id") };
            if (Property(e, "inbox") is JsonElement inbox && inbox.ValueKind == JsonValueKind.Object)
            {
                link.InboxId = ReadLong(inbox, "id");
                link.InboxName = ReadString(inbox, "name");
            }
            else
            {
                link.InboxId = ReadLong(e, "inbox_id");
            }
            return link;
        }

        private static JsonElement? Property(JsonElement e, string name)
        {
            if (e.ValueKind != JsonValueKind.Object) return null;
            return e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : (JsonElement?)null;
        }

        private static string? ReadString(JsonElement e, string name)
        {
            if (!(Property(e, name) is JsonElement v)) return null;
            switch (v.ValueKind)
            {
                case JsonValueKind.String: return v.GetString();
                case JsonValueKind.Number: return v.GetRawText();
                case JsonValueKind.True: return "true";
                case JsonValueKind.False: return "false";
                default: throw new LiveDeskResponseException($"'{name}' is a {v.ValueKind}, not a string.");
            }
        }

        private static long? ReadLong(JsonElement e, string name)
        {
            if (!(Property(e, name) is JsonElement v)) return null;
            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n)) return n;
            // 2^63 itself is not a long: compare strictly against the double nearest long.MaxValue (which is 2^63).
            if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && d >= -9.2233720368547758E18 && d < 9.2233720368547758E18 && Math.Floor(d) == d) return (long)d;
            if (v.ValueKind == JsonValueKind.String && long.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)) return s;
            if (v.ValueKind == JsonValueKind.String && string.IsNullOrEmpty(v.GetString())) return null;
            throw new LiveDeskResponseException($"'{name}' is not a whole number: {Excerpt(v.GetRawText(), 40)}");
        }

        private static bool? ReadBool(JsonElement e, string name)
        {
            if (!(Property(e, name) is JsonElement v)) return null;
            switch (v.ValueKind)
            {
                case JsonValueKind.True: return true;
                case JsonValueKind.False: return false;
                case JsonValueKind.String when bool.TryParse(v.GetString(), out var b): return b;
                case JsonValueKind.Number when v.TryGetInt64(out var n): return n != 0;
                default: throw new LiveDeskResponseException($"'{name}' is not true or false: {Excerpt(v.GetRawText(), 40)}");
            }
        }

        private static DateTimeOffset? ReadUnixTime(JsonElement e, string name)
        {
            if (!(Property(e, name) is JsonElement v)) return null;
            double seconds;
            if (v.ValueKind == JsonValueKind.Number) seconds = v.GetDouble();
            else if (v.ValueKind == JsonValueKind.String)
            {
                var s = v.GetString() ?? string.Empty;
                if (s.Length == 0) return null;
                if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out seconds))
                {
                    // Chatwoot's own JSON uses Unix seconds; an ISO date is tolerated too.
                    if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)) return parsed;
                    throw new LiveDeskResponseException($"'{name}' is not a time: {Excerpt(s, 40)}");
                }
            }
            else throw new LiveDeskResponseException($"'{name}' is not a time: {Excerpt(v.GetRawText(), 40)}");
            // Beyond year 9999 DateTimeOffset cannot represent it.
            if (double.IsNaN(seconds) || seconds < -62135596800 || seconds > 253402300799) throw new LiveDeskResponseException($"'{name}' is out of range: {seconds}");
            return DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000));
        }

        private static Hashtable ReadHashtable(JsonElement e, string name)
        {
            var table = new Hashtable(StringComparer.OrdinalIgnoreCase);
            if (!(Property(e, name) is JsonElement v)) return table;
            if (v.ValueKind != JsonValueKind.Object) throw new LiveDeskResponseException($"'{name}' is not an object.");
            foreach (var p in v.EnumerateObject()) table[p.Name] = ToValue(p.Value);
            return table;
        }

        private static object? ToValue(JsonElement v)
        {
            switch (v.ValueKind)
            {
                case JsonValueKind.String: return v.GetString();
                case JsonValueKind.Number:
                    if (v.TryGetInt64(out var n)) return n;
                    return v.GetDouble();
                case JsonValueKind.True: return true;
                case JsonValueKind.False: return false;
                case JsonValueKind.Object:
                    var t = new Hashtable(StringComparer.OrdinalIgnoreCase);
                    foreach (var p in v.EnumerateObject()) t[p.Name] = ToValue(p.Value);
                    return t;
                case JsonValueKind.Array: return v.EnumerateArray().Select(ToValue).ToArray();
                default: return null;
            }
        }
    }
}
