using System.Text.Json;
using LiveDesk.Errors;
using LiveDesk.Models;

namespace LiveDesk.Protocol
{
    internal static partial class ResponseParser
    {
        private static readonly string[] MessageTypes = { "Incoming", "Outgoing", "Activity", "Template" };

        /// <summary>Parses a created conversation: Chatwoot's conversation object, bare or under <c>payload</c>.</summary>
        public static LiveDeskConversation ParseConversation(string body)
        {
            return WithDocument(body, root =>
            {
                var e = Unwrapped(root);
                var id = ReadLong(e, "id") ?? throw new LiveDeskResponseException("The response does not describe a conversation: it has no numeric 'id'.");
                var conversation = new LiveDeskConversation
                {
                    Id = id,
                    InboxId = ReadLong(e, "inbox_id") ?? 0,
                    Status = ReadString(e, "status"),
                    CreatedAt = ReadUnixTime(e, "created_at"),
                };
                if (Property(e, "meta") is JsonElement meta && Property(meta, "sender") is JsonElement sender
                    && sender.ValueKind == JsonValueKind.Object && Property(sender, "id") != null)
                {
                    conversation.Contact = ReadContact(sender);
                    conversation.ContactId = conversation.Contact.Id;
                }
                if (ReadLong(e, "contact_id") is long contactId) conversation.ContactId = contactId;
                if (Property(e, "contact_inbox") is JsonElement ci && ci.ValueKind == JsonValueKind.Object)
                {
                    var link = ReadContactInbox(ci);
                    conversation.SourceId = link.SourceId;
                    if (conversation.InboxId == 0 && link.InboxId is long inbox) conversation.InboxId = inbox;
                }
                return conversation;
            });
        }

        /// <summary>Parses a sent message: Chatwoot's message object, bare or under <c>payload</c>.</summary>
        public static LiveDeskMessage ParseMessage(string body)
        {
            return WithDocument(body, root =>
            {
                var e = Unwrapped(root);
                var id = ReadLong(e, "id") ?? throw new LiveDeskResponseException("The response does not describe a message: it has no numeric 'id'.");
                var message = new LiveDeskMessage
                {
                    Id = id,
                    ConversationId = ReadLong(e, "conversation_id") ?? 0,
                    InboxId = ReadLong(e, "inbox_id"),
                    Content = ReadString(e, "content"),
                    Private = ReadBool(e, "private") ?? false,
                    ContentType = ReadString(e, "content_type"),
                    CreatedAt = ReadUnixTime(e, "created_at"),
                };
                // A number (0-3) in Chatwoot's JSON; the name ("outgoing") in some of its other answers.
                var type = ReadString(e, "message_type");
                message.MessageType = int.TryParse(type, out var n) && n >= 0 && n < MessageTypes.Length
                    ? MessageTypes[n]
                    : string.IsNullOrEmpty(type) ? null : char.ToUpperInvariant(type![0]) + type.Substring(1);
                if (Property(e, "content_attributes") is JsonElement attributes && attributes.ValueKind == JsonValueKind.Object)
                {
                    message.InReplyTo = ReadLong(attributes, "in_reply_to");
                }
                return message;
            });
        }

        private static JsonElement Unwrapped(JsonElement root) =>
            Property(root, "payload") is JsonElement p && p.ValueKind == JsonValueKind.Object && Property(p, "id") != null ? p : root;
    }
}
