namespace LiveDesk.Conversations
{
    /// <summary>A message to send into a conversation.</summary>
    internal sealed class MessageRequest
    {
        /// <summary>The conversation id.</summary>
        public long ConversationId { get; set; }

        /// <summary>The text; never empty.</summary>
        public string Content { get; set; } = string.Empty;

        /// <summary>True for a private note.</summary>
        public bool Private { get; set; }

        /// <summary>The id of the message answered, or null.</summary>
        public long? InReplyTo { get; set; }
    }
}
