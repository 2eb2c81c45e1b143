namespace LiveDesk.Contacts
{
    /// <summary>What to list: the whole list or a search, and its order.</summary>
    internal sealed class ContactQuery
    {
        /// <summary>The search text (the API's q), or null for the whole list.</summary>
        public string? Search { get; set; }

        /// <summary>The field to sort by, or null for the server's order.</summary>
        public string? Sort { get; set; }

        /// <summary>Only contacts with any of these labels; null or empty for all.</summary>
        public string[]? Labels { get; set; }

        /// <summary>Sorts in descending order.</summary>
        public bool Descending { get; set; }

        /// <summary>Asks for each contact's inboxes (the default; the credential check does without).</summary>
        public bool IncludeContactInboxes { get; set; } = true;

        /// <summary>Why a failure matters to the user: ends the give-up messages.</summary>
        public string NotDone { get; set; } = "The contacts were not read.";
    }
}
