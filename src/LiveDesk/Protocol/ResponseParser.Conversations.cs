using System;
using System.Collections.Generic;
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
                message.Attachments = ReadAttachments(e);
                return message;
            });
        }

        /// <summary>
        /// Parses the answer to a status change, <c>{"meta":{},"payload":{"success":true,"current_status":"resolved",
        /// "conversation_id":42}}</c> (newer Chatwoot adds <c>snoozed_until</c>). An answer that does not say it succeeded is refused.
        /// </summary>
        public static StatusChange ParseStatusChange(string body)
        {
            return WithDocument(body, root =>
            {
                var payload = Property(root, "payload") is JsonElement p && p.ValueKind == JsonValueKind.Object ? p : root;
                if (ReadBool(payload, "success") == false) throw new LiveDeskResponseException("It says 'success': false.");
                var status = ReadString(payload, "current_status") ?? ReadString(payload, "status")
                    ?? throw new LiveDeskResponseException("It does not say the conversation's status ('current_status').");
                return new StatusChange
                {
                    ConversationId = ReadLong(payload, "conversation_id"),
                    Status = Excerpt(status, 40),
                    SnoozedUntil = ReadUnixTime(payload, "snoozed_until"),
                };
            });
        }

        // The most attachments read from one answer: a message carries a handful; a server sending thousands is not LiveDesk.
        private const int MaximumAttachments = 100;

        private static IReadOnlyList<LiveDeskAttachment> ReadAttachments(JsonElement message)
        {
            if (!(Property(message, "attachments") is JsonElement list)) return Array.Empty<LiveDeskAttachment>();
            if (list.ValueKind != JsonValueKind.Array) throw new LiveDeskResponseException("'attachments' is not a list.");
            var result = new List<LiveDeskAttachment>();
            foreach (var a in list.EnumerateArray())
            {
                if (result.Count == MaximumAttachments) throw new LiveDeskResponseException($"It lists more than {MaximumAttachments} attachments.");
                if (a.ValueKind != JsonValueKind.Object) throw new LiveDeskResponseException("An attachment is not an object.");
                var url = Bounded(ReadString(a, "data_url"), 2048);
                result.Add(new LiveDeskAttachment
                {
                    Id = ReadLong(a, "id") ?? 0,
                    MessageId = ReadLong(a, "message_id") ?? 0,
                    FileType = Bounded(ReadString(a, "file_type"), 40),
                    Extension = Bounded(ReadString(a, "extension"), 40),
                    Size = ReadLong(a, "file_size"),
                    Url = url,
                    ThumbnailUrl = Bounded(ReadString(a, "thumb_url"), 2048),
                    FileName = FileNameOf(url),
                });
            }
            return result;
        }

        private static string? Bounded(string? value, int max) => value == null ? null : Excerpt(value, max);

        /// <summary>The last segment of the URL's path, decoded (Active Storage ends its URLs with the file name); null if there is none.</summary>
        internal static string? FileNameOf(string? url)
        {
            if (url == null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
            var path = uri.AbsolutePath;
            var slash = path.LastIndexOf('/');
            var last = Uri.UnescapeDataString(path.Substring(slash + 1));
            return last.Length == 0 ? null : Excerpt(last, 255);
        }

        private static JsonElement Unwrapped(JsonElement root) =>
            Property(root, "payload") is JsonElement p && p.ValueKind == JsonValueKind.Object && Property(p, "id") != null ? p : root;
    }
}
