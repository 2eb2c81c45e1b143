using LiveDesk.Models;
using LiveDesk.Protocol;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// What matching and the "unchanged" decision need of one existing contact: its id, its unique keys (e-mail
    /// lower-cased, phone E.164, identifier exact) and 64-bit fingerprints of its name and of each custom
    /// attribute. The index does not keep these objects: it stores the same facts packed (<see cref="IndexStore"/>)
    /// and makes one for each contact a lookup finds. Fingerprints instead of the values keep it small; a fingerprint
    /// collision could only make a changed row look unchanged (one in 2^64), never match a row to the wrong contact:
    /// matching compares the keys themselves.
    /// </summary>
    internal sealed class IndexedContact
    {
        private static readonly long[] NoAttributes = new long[0];

        /// <summary>The contact id.</summary>
        public long Id { get; }

        /// <summary>The e-mail, lower-cased; null when the contact has none.</summary>
        public string? Email { get; }

        /// <summary>The phone number in E.164 format.</summary>
        public string? PhoneNumber { get; }

        /// <summary>The identifier, as stored.</summary>
        public string? Identifier { get; }

        /// <summary>The fingerprint of the name (<see cref="Fingerprint.OfName"/>).</summary>
        public long NameHash { get; }

        /// <summary>The fingerprints of the custom attributes (name and value), sorted.</summary>
        public long[] AttributeHashes { get; }

        /// <summary>The page of the list this entry was read from (1-based), at <see cref="ListedPageSize"/>; 0 when it was not listed.</summary>
        public int ListedPage { get; }

        /// <summary>The page size <see cref="ListedPage"/> counts in.</summary>
        public int ListedPageSize { get; }

        /// <summary>The fingerprints of the additional attributes (company_name, city, country...), sorted.</summary>
        public long[] AdditionalHashes { get; }

        private IndexedContact(long id, string? email, string? phone, string? identifier, long nameHash, long[] attributeHashes, long[] additionalHashes, int page = 0, int pageSize = 0)
        {
            AdditionalHashes = additionalHashes;
            ListedPage = page;
            ListedPageSize = pageSize;
            Id = id;
            Email = email;
            PhoneNumber = phone;
            Identifier = identifier;
            NameHash = nameHash;
            AttributeHashes = attributeHashes;
        }

        /// <summary>The entry for a contact read from the API; from page <paramref name="page"/> of <paramref name="pageSize"/> when it was listed.</summary>
        public static IndexedContact From(LiveDeskContact c, int page = 0, int pageSize = 0) =>
            new IndexedContact(c.Id, Normalize(UniqueField.Email, c.Email), Normalize(UniqueField.PhoneNumber, c.PhoneNumber), Normalize(UniqueField.Identifier, c.Identifier),
                Fingerprint.OfName(c.Name), Fingerprint.OfAttributes(c.CustomAttributes) ?? NoAttributes, Fingerprint.OfAttributes(c.AdditionalAttributes) ?? NoAttributes, page, pageSize);

        /// <summary>An entry as <see cref="IndexStore"/> kept it; null fingerprints for none.</summary>
        public static IndexedContact Stored(long id, string? email, string? phone, string? identifier, long nameHash, long[]? attributeHashes, long[]? additionalHashes, int page, int pageSize) =>
            new IndexedContact(id, email, phone, identifier, nameHash, attributeHashes ?? NoAttributes, additionalHashes ?? NoAttributes, page, pageSize);

        /// <summary>The contact's value of a unique field.</summary>
        public string? ValueOf(UniqueField field) =>
            field == UniqueField.Email ? Email : field == UniqueField.PhoneNumber ? PhoneNumber : Identifier;

        /// <summary>A key as the index compares it: e-mail lower-cased, the others as given; null for empty.</summary>
        public static string? Normalize(UniqueField field, string? value)
        {
            if (string.IsNullOrEmpty(value)) return null;
            return field == UniqueField.Email ? value!.ToLowerInvariant() : value;
        }

        /// <summary>
        /// What an import emits for a contact it did not read in full: the id, the unique keys, and the name when the
        /// row's name is the contact's (known by its fingerprint). Other properties stay empty.
        /// </summary>
        public LiveDeskContact ToContact(ContactFields row, ContactOutcome outcome) => new LiveDeskContact
        {
            Id = Id,
            Email = Email,
            PhoneNumber = PhoneNumber,
            Identifier = Identifier,
            Name = row.Name != null && Fingerprint.OfName(row.Name) == NameHash ? row.Name : null,
            InboxId = row.InboxId,
            Outcome = outcome,
        };
    }
}
