using System;
using System.Collections;
using System.IO;
using System.Text;
using System.Text.Json;
using LiveDesk.Models;

namespace LiveDesk.Api
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
            });
        }

        /// <summary>The body of <c>PATCH /api/v2/accounts/contacts/{id}</c>.</summary>
        public static string UpdateBody(ContactFields f)
        {
            return Write(w =>
            {
                WriteFields(w, f);
                if (f.CustomAttributes != null && f.CustomAttributes.Count > 0)
                {
                    w.WritePropertyName("custom_attributes");
                    WriteValue(w, f.CustomAttributes, 0);
                }
            });
        }

        private static void WriteFields(Utf8JsonWriter w, ContactFields f)
        {
            if (f.Name != null) w.WriteString("name", f.Name);
            if (f.Email != null) w.WriteString("email", f.Email);
            if (f.PhoneNumber != null) w.WriteString("phone_number", f.PhoneNumber);
            if (f.AvatarUrl != null) w.WriteString("avatar_url", f.AvatarUrl);
            if (f.Identifier != null) w.WriteString("identifier", f.Identifier);
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

        private static void WriteValue(Utf8JsonWriter w, object? value, int depth)
        {
            if (depth > 16) throw new ArgumentException("Custom attributes are nested too deeply.");
            switch (value)
            {
                case null: w.WriteNullValue(); break;
                case string s: w.WriteStringValue(s); break;
                case bool b: w.WriteBooleanValue(b); break;
                case int i: w.WriteNumberValue(i); break;
                case long l: w.WriteNumberValue(l); break;
                case double d: w.WriteNumberValue(d); break;
                case decimal m: w.WriteNumberValue(m); break;
                case float fl: w.WriteNumberValue(fl); break;
                case DateTime dt: w.WriteStringValue(dt.ToString("o", System.Globalization.CultureInfo.InvariantCulture)); break;
                case DateTimeOffset dto: w.WriteStringValue(dto.ToString("o", System.Globalization.CultureInfo.InvariantCulture)); break;
                case IDictionary dict:
                    w.WriteStartObject();
                    foreach (DictionaryEntry e in dict)
                    {
                        w.WritePropertyName(Convert.ToString(e.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
                        WriteValue(w, e.Value, depth + 1);
                    }
                    w.WriteEndObject();
                    break;
                case IEnumerable list:
                    w.WriteStartArray();
                    foreach (var item in list) WriteValue(w, item, depth + 1);
                    w.WriteEndArray();
                    break;
                default:
                    w.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }
    }
}
