using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using LiveDesk.Contacts;
using LiveDesk.Conversations;
using LiveDesk.Models;

namespace LiveDesk.Protocol
{
    /// <summary>Writes request bodies. Fields that are null are left out, so "not given" is never sent as null.</summary>
    internal static class RequestWriter
    {
        /// <summary>The body of <c>POST /api/v2/accounts/contacts</c>.</summary>
        public static string CreateBody(ContactFields f)
        {
            if (f.InboxId is null) throw new ArgumentException("InboxId is required to create a contact.", nameof(f));
            return Write(w =>
            {
                // A JSON number: the documented example sends 407, although the table says String.
                w.WriteNumber("inbox_id", f.InboxId.Value);
                WriteFields(w, f);
                WriteAdditionalAttributes(w, f);
            });
        }

        /// <summary>The body of <c>PATCH /api/v2/accounts/contacts/{id}</c>.</summary>
        public static string UpdateBody(ContactFields f)
        {
            return Write(w =>
            {
                WriteFields(w, f);
                WriteAdditionalAttributes(w, f);
                if (f.Blocked is bool blocked) w.WriteBoolean("blocked", blocked);
                if (f.CustomAttributes != null && f.CustomAttributes.Count > 0)
                {
                    // Validation normalized them already; this call is the guarantee for any other caller.
                    w.WritePropertyName("custom_attributes");
                    WriteValue(w, CustomAttributeValues.Normalize(f.CustomAttributes));
                }
            });
        }

        /// <summary>The body of <c>POST /api/v2/accounts/conversations</c>: the inbox and one way to name the contact.</summary>
        public static string ConversationBody(ConversationRequest r) => Write(w =>
        {
            w.WriteNumber("inbox_id", r.InboxId);
            if (r.ContactId is long id) w.WriteNumber("contact_id", id);
            else w.WriteString("source_id", r.SourceId);
        });

        /// <summary>The body of <c>POST /api/v2/accounts/conversations/{id}/messages</c>.</summary>
        public static string MessageBody(MessageRequest r) => Write(w =>
        {
            w.WriteString("content", r.Content);
            w.WriteBoolean("private", r.Private);
            if (r.InReplyTo is long reply)
            {
                w.WriteStartObject("content_attributes");
                w.WriteNumber("in_reply_to", reply);
                w.WriteEndObject();
            }
        });

        private static void WriteFields(Utf8JsonWriter w, ContactFields f)
        {
            if (f.Name != null) w.WriteString("name", f.Name);
            if (f.Email != null) w.WriteString("email", f.Email);
            if (f.PhoneNumber != null) w.WriteString("phone_number", f.PhoneNumber);
            if (f.AvatarUrl != null) w.WriteString("avatar_url", f.AvatarUrl);
            if (f.Identifier != null) w.WriteString("identifier", f.Identifier);
        }

        /// <summary>
        /// Company, city, country, country code and description, under the keys LiveDesk's update page names. An empty
        /// string is sent as such: LiveDesk merges additional attributes key by key, so "" is how one is cleared.
        /// </summary>
        private static void WriteAdditionalAttributes(Utf8JsonWriter w, ContactFields f)
        {
            if (!f.HasAdditionalAttributes) return;
            w.WriteStartObject("additional_attributes");
            foreach (var (key, value) in f.AdditionalAttributes())
            {
                if (value != null) w.WriteString(key, value);
            }
            w.WriteEndObject();
        }

        private static string Write(Action<Utf8JsonWriter> body)
        {
            using var stream = new MemoryStream(256);
            using (var w = new Utf8JsonWriter(stream))
            {
                w.WriteStartObject();
                body(w);
                w.WriteEndObject();
            }
            return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
        }

        // Writes the plain form CustomAttributeValues produces; that form has no cycles and a bounded depth.
        private static void WriteValue(Utf8JsonWriter w, object? value)
        {
            switch (value)
            {
                case null: w.WriteNullValue(); break;
                case string s: w.WriteStringValue(s); break;
                case bool b: w.WriteBooleanValue(b); break;
                case ulong ul: w.WriteNumberValue(ul); break;
                case sbyte _: case byte _: case short _: case ushort _: case int _: case uint _: case long _:
                    w.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                    break;
                case float fl: w.WriteNumberValue(fl); break;
                case double d: w.WriteNumberValue(d); break;
                case decimal m: w.WriteNumberValue(m); break;
                case IDictionary dict:
                    w.WriteStartObject();
                    foreach (DictionaryEntry e in dict)
                    {
                        w.WritePropertyName((string)e.Key);
                        WriteValue(w, e.Value);
                    }
                    w.WriteEndObject();
                    break;
                case object?[] list:
                    w.WriteStartArray();
                    foreach (var item in list) WriteValue(w, item);
                    w.WriteEndArray();
                    break;
                default:
                    throw new InvalidOperationException($"{value.GetType().FullName} is not a normalized custom attribute value.");
            }
        }
    }
}
