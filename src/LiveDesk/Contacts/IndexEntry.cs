using LiveDesk.Protocol;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// One contact as the index stores it: numbers only, 40 bytes. Its keys and fingerprints live in the index's
    /// arenas (<see cref="IndexStore"/>) and are named here by position, -1 for none.
    /// </summary>
    internal struct IndexEntry
    {
        /// <summary>What an entry takes in its arena.</summary>
        public const int Size = 40;

        /// <summary>The contact id.</summary>
        public long Id;

        /// <summary>The fingerprint of the name.</summary>
        public long NameHash;

        /// <summary>Where the e-mail (lower-cased) is in the key arena; -1 for none.</summary>
        public int Email;

        /// <summary>Where the phone number is in the key arena; -1 for none.</summary>
        public int Phone;

        /// <summary>Where the identifier is in the key arena; -1 for none.</summary>
        public int Identifier;

        /// <summary>Where the attribute fingerprints are in the fingerprint arena; -1 for none.</summary>
        public int Hashes;

        /// <summary>The list page the contact was read from; 0 when it was not listed.</summary>
        public int ListedPage;

        /// <summary>The page size <see cref="ListedPage"/> counts in.</summary>
        public int ListedPageSize;

        /// <summary>Where the key of <paramref name="field"/> is; -1 for none.</summary>
        public int KeyOf(UniqueField field) => field == UniqueField.Email ? Email : field == UniqueField.PhoneNumber ? Phone : Identifier;

        /// <summary>Sets where the key of <paramref name="field"/> is.</summary>
        public void SetKey(UniqueField field, int position)
        {
            if (field == UniqueField.Email) Email = position;
            else if (field == UniqueField.PhoneNumber) Phone = position;
            else Identifier = position;
        }
    }
}
