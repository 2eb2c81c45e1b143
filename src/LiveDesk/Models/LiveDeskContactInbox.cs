namespace LiveDesk.Models
{
    /// <summary>The link between a contact and an inbox (channel) in LiveDesk.</summary>
    public sealed class LiveDeskContactInbox
    {
        /// <summary>The inbox id, when the server described the inbox.</summary>
        public long? InboxId { get; set; }

        /// <summary>The inbox name, when the server described the inbox.</summary>
        public string? InboxName { get; set; }

        /// <summary>The id of the contact in this inbox (a UUID for API channels).</summary>
        public string? SourceId { get; set; }

        /// <inheritdoc />
        public override string ToString() => InboxId is null ? SourceId ?? string.Empty : $"{InboxId}:{SourceId}";
    }
}
