using System;

namespace LiveDesk.Protocol
{
    /// <summary>What the answer to a status change says: the conversation's status now, and when a snooze ends.</summary>
    internal sealed class StatusChange
    {
        /// <summary>The conversation id the answer names, if any.</summary>
        public long? ConversationId { get; set; }

        /// <summary>The status now (current_status).</summary>
        public string? Status { get; set; }

        /// <summary>When the snooze ends, if the answer says.</summary>
        public DateTimeOffset? SnoozedUntil { get; set; }
    }
}
