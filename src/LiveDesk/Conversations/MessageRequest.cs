using System;
using System.Collections.Generic;

namespace LiveDesk.Conversations
{
    /// <summary>A message to send into a conversation.</summary>
    internal sealed class MessageRequest
    {
        /// <summary>The conversation id.</summary>
        public long ConversationId { get; set; }

        /// <summary>The text; empty only when files are attached.</summary>
        public string Content { get; set; } = string.Empty;

        /// <summary>True for a private note.</summary>
        public bool Private { get; set; }

        /// <summary>The id of the message answered, or null.</summary>
        public long? InReplyTo { get; set; }

        /// <summary>The files to attach, as checked when the row was read; none sends the message as JSON.</summary>
        public IReadOnlyList<AttachmentFile> Attachments { get; set; } = Array.Empty<AttachmentFile>();

        /// <summary>The largest file allowed (-MaximumAttachmentSize), checked again before every attempt.</summary>
        public long MaximumAttachmentSize { get; set; } = long.MaxValue;
    }
}
