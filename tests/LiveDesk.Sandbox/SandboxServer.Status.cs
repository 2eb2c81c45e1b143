using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace LiveDesk.Sandbox;

// POST /api/v2/accounts/conversations/{id}/toggle_status, as Chatwoot's ConversationsController#toggle_status.
public sealed partial class SandboxServer
{
    private static readonly string[] Statuses = { "open", "resolved", "pending", "snoozed" };

    /// <summary>
    /// The conversation first (404), then the body: a known <c>status</c> (else 422: Rails' enum refuses it) and,
    /// for any status, <c>snoozed_until</c> in Unix seconds (kept only while snoozed, as Chatwoot's before_save
    /// clears it). Without a status, open and resolved toggle. Answers Chatwoot's toggle_status.json.jbuilder.
    /// </summary>
    private async Task<(int Status, ReadOnlyMemory<byte> Body)> ProcessToggleStatusAsync(HttpContext ctx, string idText)
    {
        var id = long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        if (_conversations.Get(id) is null) return (404, NotFoundResource);

        string? status = null;
        long? snoozedUntil = null;
        if (ctx.Request.ContentLength != 0)
        {
            var (doc, errorStatus, error) = await ReadJsonObjectAsync(ctx).ConfigureAwait(false);
            if (doc is null) return (errorStatus, error);
            using var _ = doc;
            var root = doc.RootElement;
            if (root.TryGetProperty("status", out var sv) && sv.ValueKind != JsonValueKind.Null)
            {
                status = sv.ValueKind == JsonValueKind.String ? sv.GetString() : sv.GetRawText();
                if (string.IsNullOrEmpty(status)) status = null;
                else if (!Statuses.Contains(status, StringComparer.Ordinal)) return (422, ErrorBody($"'{status}' is not a valid status"));
            }
            if (root.TryGetProperty("snoozed_until", out var uv) && uv.ValueKind != JsonValueKind.Null)
            {
                // DateTime.strptime(value.to_s, '%s'): whole seconds, as a number or a string
                if (!TryReadId(uv, out var seconds)) return (422, ErrorBody("snoozed_until must be Unix seconds"));
                snoozedUntil = seconds;
            }
        }

        var changed = _conversations.SetStatus(id, status, snoozedUntil)!;
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteStartObject("meta");
            w.WriteEndObject();
            w.WriteStartObject("payload");
            w.WriteBoolean("success", true);
            w.WriteNumber("conversation_id", changed.Id);
            w.WriteString("current_status", changed.Status);
            WriteSnoozedUntil(w, changed.SnoozedUntil);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return (200, buffer.WrittenMemory);
    }

    /// <summary>Rails renders the time as ISO 8601 with milliseconds, UTC: <c>"2026-12-05T09:00:00.000Z"</c>.</summary>
    private static void WriteSnoozedUntil(Utf8JsonWriter w, long? seconds)
    {
        if (seconds is long s) w.WriteString("snoozed_until", DateTimeOffset.FromUnixTimeSeconds(s).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        else w.WriteNull("snoozed_until");
    }
}
