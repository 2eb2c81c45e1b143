namespace LiveDesk.Models
{
    /// <summary>A conversation's status in LiveDesk.</summary>
    public enum ConversationStatus
    {
        /// <summary>Waiting for an agent.</summary>
        Open,
        /// <summary>Done; a new message from the contact opens it again.</summary>
        Resolved,
        /// <summary>Held back (for example while a bot handles it); agents do not see it among the open ones.</summary>
        Pending,
        /// <summary>Set aside until a time; LiveDesk opens it again then, or when the contact writes.</summary>
        Snoozed,
    }
}
