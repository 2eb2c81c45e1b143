using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using LiveDesk.Contacts;
using LiveDesk.Errors;
using LiveDesk.Models;

namespace LiveDesk.Protocol
{
    /// <summary>
    /// Turns the API's loosely typed JSON into strict models, once, at the edge. Every failure is a
    /// <see cref="LiveDeskResponseException"/>; nothing else escapes, whatever the body.
    /// </summary>
    internal static partial class ResponseParser
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
            contact.Company = TextAttribute(contact.AdditionalAttributes, "company_name");
            contact.City = TextAttribute(contact.AdditionalAttributes, "city");
            contact.Country = TextAttribute(contact.AdditionalAttributes, "country");
            contact.CountryCode = TextAttribute(contact.AdditionalAttributes, "country_code");
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

        // A string attribute, else null: a server that sends a number or an object there gets it shown only in AdditionalAttributes.
        private static string? TextAttribute(Hashtable attributes, string key) =>
            attributes[key] is string s && s.Length > 0 ? s : null;

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

        internal static JsonElement? Property(JsonElement e, string name)
        {
            if (e.ValueKind != JsonValueKind.Object) return null;
            return e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : (JsonElement?)null;
        }

        internal static string? ReadString(JsonElement e, string name)
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
            // Beyond the long range, a number rounds to the double +/-2^63: compare strictly on both sides, or
            // -9223372036854775809 would come back as long.MinValue (a whole long in range parsed above).
            if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && d > -9.2233720368547758E18 && d < 9.2233720368547758E18 && Math.Floor(d) == d) return (long)d;
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
