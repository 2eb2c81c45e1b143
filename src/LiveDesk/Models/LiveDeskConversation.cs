using System;

namespace LiveDesk.Models
{
    /// <summary>A LiveDesk conversation, as created by New-LiveDeskConversation.</summary>
    public sealed class LiveDeskConversation
    {
        // Not public: PowerShell would otherwise turn any [pscustomobject] with an Id into a conversation while
        // binding pipeline input, and Send-LiveDeskMessage would send to whatever that Id names.
        internal LiveDeskConversation() { }

        /// <summary>The conversation id in LiveDesk.</summary>
        public long Id { get; set; }

        /// <summary>The inbox (channel) the conversation is in.</summary>
        public long InboxId { get; set; }

        /// <summary>The conversation's status: open, resolved, pending or snoozed.</summary>
        public string? Status { get; set; }

        /// <summary>When a snoozed conversation opens again, as LiveDesk reported it; null when it is not snoozed.</summary>
        public DateTimeOffset? SnoozedUntil { get; set; }

        /// <summary>The id of the contact the conversation is with.</summary>
        public long ContactId { get; set; }

        /// <summary>The contact the conversation is with, as LiveDesk returned it.</summary>
        public LiveDeskContact? Contact { get; set; }

        /// <summary>The contact's id in the inbox (contact_inbox.source_id).</summary>
        public string? SourceId { get; set; }

        /// <summary>When the conversation was created.</summary>
        public DateTimeOffset? CreatedAt { get; set; }

        /// <summary>A copy, so that a status change does not alter the object the caller piped in.</summary>
        internal LiveDeskConversation Copy() => (LiveDeskConversation)MemberwiseClone();

        /// <inheritdoc />
        public override string ToString() => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
