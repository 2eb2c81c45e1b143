using System;
using System.Collections.Generic;

namespace LiveDesk.Models
{
    /// <summary>A message in a LiveDesk conversation, as sent by Send-LiveDeskMessage.</summary>
    public sealed class LiveDeskMessage
    {
        // Not public: PowerShell would otherwise turn any [pscustomobject] with matching properties into a message while
        // binding pipeline input, and Set-LiveDeskConversation would act on whatever conversation that names.
        internal LiveDeskMessage() { }

        /// <summary>The message id in LiveDesk.</summary>
        public long Id { get; set; }

        /// <summary>The conversation the message is in.</summary>
        public long ConversationId { get; set; }

        /// <summary>The inbox (channel) of the conversation.</summary>
        public long? InboxId { get; set; }

        /// <summary>The text of the message.</summary>
        public string? Content { get; set; }

        /// <summary>True for a private note, which only agents see.</summary>
        public bool Private { get; set; }

        /// <summary>Incoming, Outgoing, Activity or Template (LiveDesk's message_type 0 to 3); a message sent with the API is Outgoing.</summary>
        public string? MessageType { get; set; }

        /// <summary>The content type, for example "text".</summary>
        public string? ContentType { get; set; }

        /// <summary>The id of the message this one answers, when one was given.</summary>
        public long? InReplyTo { get; set; }

        /// <summary>The files attached to the message, as LiveDesk stored them; empty when there are none.</summary>
        public IReadOnlyList<LiveDeskAttachment> Attachments { get; set; } = Array.Empty<LiveDeskAttachment>();

        /// <summary>When the message was created.</summary>
        public DateTimeOffset? CreatedAt { get; set; }

        /// <inheritdoc />
        public override string ToString() => $"{Id} {Content}".TrimEnd();
    }
}
