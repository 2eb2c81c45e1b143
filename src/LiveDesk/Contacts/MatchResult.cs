using LiveDesk.Protocol;

namespace LiveDesk.Contacts
{
    /// <summary>The result of matching one row.</summary>
    internal sealed class MatchResult
    {
        /// <summary>What was found.</summary>
        public MatchKind Kind { get; set; }

        /// <summary>The contact found (Found, Conflict), or the first of two (Ambiguous).</summary>
        public IndexedContact? Contact { get; set; }

        /// <summary>The second contact (Ambiguous).</summary>
        public IndexedContact? Other { get; set; }

        /// <summary>The key the contact was found by (Found, Conflict, Ambiguous: the first contact's).</summary>
        public UniqueField By { get; set; }

        /// <summary>The key the second contact was found by (Ambiguous), or the key that differs (Conflict).</summary>
        public UniqueField Differs { get; set; }

        /// <summary>Found by e-mail or identifier, with another phone number than the row's: the person's new number.</summary>
        public bool PhoneDiffers { get; set; }
    }
}
