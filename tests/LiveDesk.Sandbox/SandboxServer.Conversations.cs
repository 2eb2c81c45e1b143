using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace LiveDesk.Sandbox;

// The API channel's steps two and three: POST /api/v2/accounts/conversations and
// POST /api/v2/accounts/conversations/{id}/messages, with Chatwoot's answer shapes and errors.
public sealed partial class SandboxServer
{
    private const int MaxContentLength = 150_000; // Chatwoot's Message validation

    private static readonly byte[] SourceIdNotUnique = Utf8("{\"error\":\"source_id should be unique\"}");

    // ---------------------------------------------------------------- POST /conversations

    /// <summary>
    /// Chatwoot's order: the inbox (404), the contact (404), then the contact inbox: the contact's link to the inbox
    /// (made when missing), or the link with the given source_id (404). Always a new conversation.
    /// </summary>
    private async Task<(int Status, ReadOnlyMemory<byte> Body)> ProcessCreateConversationAsync(HttpContext ctx)
    {
        var (doc, errorStatus, error) = await ReadJsonObjectAsync(ctx).ConfigureAwait(false);
        if (doc is null) return (errorStatus, error);
        using var _ = doc;
        var root = doc.RootElement;

        if (!TryGetInboxId(root, out var inboxId) || !Options.Inboxes.Contains(inboxId)) return (404, NotFoundResource);

        long? contactId = null;
        if (root.TryGetProperty("contact_id", out var cv) && cv.ValueKind != JsonValueKind.Null)
        {
            if (!TryReadId(cv, out var id)) return (404, NotFoundResource);
            contactId = id;
        }
        string? sourceId = null;
        if (root.TryGetProperty("source_id", out var sv))
        {
            sourceId = sv.ValueKind switch
            {
                JsonValueKind.String => sv.GetString(),
                JsonValueKind.Number => sv.GetRawText(),
                _ => null,
            };
            if (string.IsNullOrEmpty(sourceId)) sourceId = null;
        }

        switch (_store.ResolveContactInbox(inboxId, contactId, sourceId, out var contact, out var link))
        {
            case ContactStore.ResolveOutcome.ContactNotFound:
            case ContactStore.ResolveOutcome.SourceNotFound:
                return (404, NotFoundResource);
            case ContactStore.ResolveOutcome.SourceTaken:
                return (422, SourceIdNotUnique);
        }

        var conversation = _conversations.Create(inboxId, contact!.Id, link!.SourceId, Options.TimeProvider.GetUtcNow().ToUnixTimeSeconds());
        _counters.ConversationCreate();
        var buffer = new ArrayBufferWriter<byte>(1536);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions)) WriteConversation(w, conversation, contact, link, lastMessage: null, includeInternal: false);
        return (200, buffer.WrittenMemory);
    }

    private static bool TryReadId(JsonElement v, out long id)
    {
        id = 0;
        return v.ValueKind switch
        {
            JsonValueKind.Number => v.TryGetInt64(out id),
            JsonValueKind.String => long.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out id),
            _ => false,
        };
    }

    // ---------------------------------------------------------------- POST /conversations/{id}/messages

    /// <summary>The conversation is looked up first (404, like Chatwoot's before_action), then the body is validated (422).</summary>
    private async Task<(int Status, ReadOnlyMemory<byte> Body)> ProcessCreateMessageAsync(HttpContext ctx, string idText)
    {
        var conversation = long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? _conversations.Get(id) : null;
        if (conversation is null) return (404, NotFoundResource);
        if (IsMultipart(ctx.Request.ContentType)) return await ProcessMultipartMessageAsync(ctx, conversation).ConfigureAwait(false);

        var (doc, errorStatus, error) = await ReadJsonObjectAsync(ctx).ConfigureAwait(false);
        if (doc is null) return (errorStatus, error);
        using var body = doc;
        var root = doc.RootElement;

        List<(string Message, string Attribute)>? errors = null;
        string? content = null;
        if (root.TryGetProperty("content", out var cv))
        {
            // Rails casts scalars to the string column
            content = cv.ValueKind switch
            {
                JsonValueKind.String => cv.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => cv.GetRawText(),
                _ => null,
            };
        }
        if (string.IsNullOrWhiteSpace(content)) (errors ??= new()).Add(("Content can't be blank", "content"));
        else if (content.Length > MaxContentLength) (errors ??= new()).Add(($"Content is too long (maximum is {MaxContentLength} characters)", "content"));

        var isPrivate = false;
        if (root.TryGetProperty("private", out var pv) && !TryReadBoolean(pv, out isPrivate))
            (errors ??= new()).Add(("Private must be true or false", "private"));

        var messageType = 1; // outgoing: Chatwoot's MessageBuilder default
        if (root.TryGetProperty("message_type", out var tv) && tv.ValueKind != JsonValueKind.Null)
        {
            messageType = tv.ValueKind switch
            {
                JsonValueKind.String => tv.GetString() switch { "outgoing" or "1" => 1, "incoming" or "0" => 0, _ => -1 },
                JsonValueKind.Number => tv.TryGetInt32(out var n) && n is 0 or 1 ? n : -1,
                _ => -1,
            };
            if (messageType < 0) (errors ??= new()).Add(("Message type is not included in the list", "message_type"));
        }

        var attributes = (IReadOnlyDictionary<string, JsonElement>?)ReadAttributes(
            root.TryGetProperty("content_attributes", out var av) ? av : null, "content_attributes", "Content attributes", ref errors)
            ?? new Dictionary<string, JsonElement>();
        if (attributes.TryGetValue("in_reply_to", out var reply) && reply.ValueKind != JsonValueKind.Null && !TryReadId(reply, out _))
            (errors ??= new()).Add(("In reply to must be a message id", "in_reply_to"));

        if (errors is not null) return (422, ValidationBody(errors));

        var message = _conversations.AddMessage(conversation, content!, messageType, isPrivate, attributes, Options.TimeProvider.GetUtcNow().ToUnixTimeSeconds());
        _counters.MessageCreate();
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions)) WriteMessage(w, message, _store.Get(conversation.ContactId));
        return (200, buffer.WrittenMemory);
    }

    /// <summary>true/false, or what Rails casts to them ("true"/"false", "1"/"0", 1/0); null is false.</summary>
    private static bool TryReadBoolean(JsonElement v, out bool value)
    {
        value = false;
        switch (v.ValueKind)
        {
            case JsonValueKind.Null: return true;
            case JsonValueKind.True: value = true; return true;
            case JsonValueKind.False: return true;
            case JsonValueKind.String:
                var s = v.GetString();
                if (s is "true" or "1") { value = true; return true; }
                return s is "false" or "0";
            case JsonValueKind.Number:
                if (v.TryGetInt32(out var n) && n is 0 or 1) { value = n == 1; return true; }
                return false;
            default: return false;
        }
    }

    // ---------------------------------------------------------------- JSON output

    /// <summary>Chatwoot's <c>api/v1/conversations/partials/_conversation</c>, plus the documented <c>contact_inbox</c>.</summary>
    internal static void WriteConversation(Utf8JsonWriter w, SandboxConversation c, SandboxContact contact, SandboxContactInbox link, SandboxMessage? lastMessage, bool includeInternal)
    {
        w.WriteStartObject();
        w.WriteStartObject("meta");
        w.WritePropertyName("sender");
        WriteContact(w, contact, includeInboxes: false, includeInternal: false);
        w.WriteString("channel", "Channel::Api");
        w.WriteBoolean("hmac_verified", false);
        w.WriteEndObject();
        w.WriteNumber("id", c.Id);
        w.WriteStartArray("messages");
        if (lastMessage is not null) WriteMessage(w, lastMessage, contact);
        w.WriteEndArray();
        w.WriteNumber("account_id", 1);
        w.WriteString("uuid", c.Uuid);
        w.WriteStartObject("additional_attributes");
        w.WriteEndObject();
        w.WriteNumber("agent_last_seen_at", 0);
        w.WriteNumber("assignee_last_seen_at", 0);
        w.WriteBoolean("can_reply", true);
        w.WriteNumber("contact_last_seen_at", 0);
        w.WriteStartObject("custom_attributes");
        w.WriteEndObject();
        w.WriteNumber("inbox_id", c.InboxId);
        w.WriteStartArray("labels");
        w.WriteEndArray();
        w.WriteBoolean("muted", false);
        WriteSnoozedUntil(w, c.SnoozedUntil);
        w.WriteString("status", c.Status);
        w.WriteNumber("created_at", c.CreatedAt);
        w.WriteNumber("timestamp", c.CreatedAt);
        w.WriteNumber("first_reply_created_at", 0);
        w.WriteNumber("unread_count", 0);
        w.WriteNull("last_non_activity_message");
        w.WriteNumber("last_activity_at", c.CreatedAt);
        w.WriteNull("priority");
        w.WriteNumber("waiting_since", c.CreatedAt);
        w.WriteNull("sla_policy_id");
        w.WritePropertyName("contact_inbox");
        WriteContactInbox(w, link);
        if (includeInternal)
        {
            w.WriteNumber("contact_id", c.ContactId);
            w.WriteString("source_id", c.SourceId);
        }
        w.WriteEndObject();
    }

    /// <summary>Chatwoot's <c>messages/create.json.jbuilder</c> (plus the documented <c>source_id</c>).</summary>
    internal static void WriteMessage(Utf8JsonWriter w, SandboxMessage m, SandboxContact? contact, bool includeInternal = false)
    {
        w.WriteStartObject();
        w.WriteNumber("id", m.Id);
        WriteNullable(w, "content", m.Content);
        w.WriteNumber("inbox_id", m.InboxId);
        w.WriteNull("echo_id");
        w.WriteNumber("conversation_id", m.ConversationId);
        w.WriteNumber("message_type", m.MessageType);
        w.WriteString("content_type", "text");
        WriteAttributes(w, "content_attributes", m.ContentAttributes);
        w.WriteNumber("created_at", m.CreatedAt);
        w.WriteBoolean("private", m.Private);
        w.WriteNull("source_id");
        w.WriteStartObject("sender");
        if (m.MessageType == 0 && contact is not null)
        {
            // an incoming message is the contact's
            w.WriteNumber("id", contact.Id);
            WriteNullable(w, "name", contact.Name);
            WriteNullable(w, "email", contact.Email);
            WriteNullable(w, "phone_number", contact.PhoneNumber);
            WriteNullable(w, "identifier", contact.Identifier);
            w.WriteString("thumbnail", "");
            w.WriteString("type", "contact");
        }
        else
        {
            // an outgoing one is the API key's user
            w.WriteNumber("id", 1);
            w.WriteString("name", "LiveDesk API");
            w.WriteString("available_name", "LiveDesk API");
            w.WriteString("avatar_url", "");
            w.WriteString("availability_status", "online");
            w.WriteString("thumbnail", "");
            w.WriteString("type", "user");
        }
        w.WriteEndObject();
        if (m.Attachments.Count > 0)
        {
            // jbuilder: `json.attachments ... if @message.attachments.present?`: no key at all without files
            w.WriteStartArray("attachments");
            foreach (var a in m.Attachments) WriteAttachment(w, a, includeInternal);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }
}
