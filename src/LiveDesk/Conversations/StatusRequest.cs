using System;
using System.Globalization;
using LiveDesk.Models;

namespace LiveDesk.Conversations
{
    /// <summary>A status to set on a conversation.</summary>
    internal sealed class StatusRequest
    {
        /// <summary>The conversation id.</summary>
        public long ConversationId { get; set; }

        /// <summary>The status to set.</summary>
        public ConversationStatus Status { get; set; }

        /// <summary>When a snooze ends (only with <see cref="ConversationStatus.Snoozed"/>); sent as whole Unix seconds.</summary>
        public DateTimeOffset? SnoozedUntil { get; set; }

        /// <summary>The conversation piped in, when there was one: its other properties are kept on the result.</summary>
        public LiveDeskConversation? Conversation { get; set; }

        /// <summary>The inbox, when the piped object named it.</summary>
        public long InboxId { get; set; }

        /// <summary>The status as the API spells it: open, resolved, pending, snoozed.</summary>
        public string StatusName => Status.ToString().ToLowerInvariant();

        /// <summary>"resolved" or "snoozed until 2026-12-05 09:00:00Z", for messages.</summary>
        public string Describe() => SnoozedUntil is DateTimeOffset until
            ? $"{StatusName} until {until.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)}"
            : StatusName;
    }
}
