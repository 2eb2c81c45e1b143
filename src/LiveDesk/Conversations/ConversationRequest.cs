using System.Globalization;
using LiveDesk.Models;

namespace LiveDesk.Conversations
{
    /// <summary>Who a conversation is created for: a contact id or a contact's source id, in an inbox.</summary>
    internal sealed class ConversationRequest
    {
        /// <summary>The inbox (channel) id.</summary>
        public long InboxId { get; set; }

        /// <summary>The contact id; null when <see cref="SourceId"/> names the contact.</summary>
        public long? ContactId { get; set; }

        /// <summary>The contact's source id in the inbox; used only without <see cref="ContactId"/>.</summary>
        public string? SourceId { get; set; }

        /// <summary>The contact piped in, when there was one: kept on the result if LiveDesk does not describe the sender.</summary>
        public LiveDeskContact? Contact { get; set; }

        /// <summary>True when LiveDesk itself has shown that the inbox exists (the piped contact is linked to it).</summary>
        public bool InboxKnown { get; set; }

        /// <summary>"contact 12" or "source id 'abc'", for messages.</summary>
        public string Describe() => ContactId is long id
            ? "contact " + id.ToString(CultureInfo.InvariantCulture)
            : $"the contact with source id '{SourceId}'";
    }
}
