using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using LiveDesk.Models;
using LiveDesk.Protocol;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// What matching and the "unchanged" decision need of one existing contact: its id, its unique keys (e-mail
    /// lower-cased, phone E.164, identifier exact) and 64-bit fingerprints of its name and of each custom
    /// attribute. Fingerprints instead of the values keep the index small (a 100,000-contact account in a few
    /// tens of MB); a fingerprint collision could only make a changed row look unchanged (one in 2^64), never
    /// match a row to the wrong contact: matching compares the keys themselves.
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

        private IndexedContact(long id, string? email, string? phone, string? identifier, long nameHash, long[] attributeHashes)
        {
            Id = id;
            Email = email;
            PhoneNumber = phone;
            Identifier = identifier;
            NameHash = nameHash;
            AttributeHashes = attributeHashes;
        }

        /// <summary>The entry for a contact read from the API.</summary>
        public static IndexedContact From(LiveDeskContact c) =>
            new IndexedContact(c.Id, Normalize(UniqueField.Email, c.Email), Normalize(UniqueField.PhoneNumber, c.PhoneNumber), Normalize(UniqueField.Identifier, c.Identifier),
                Fingerprint.OfName(c.Name), Fingerprint.OfAttributes(c.CustomAttributes) ?? NoAttributes);

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

    /// <summary>
    /// An in-memory index of an account's contacts by e-mail, phone number and identifier, for matching import rows
    /// without searching. Filled by listing (<see cref="IndexBuilder"/>) and kept current by the import: contacts it
    /// creates or updates are put in. Safe to use from many tasks.
    /// </summary>
    internal sealed class ContactIndex
    {
        private readonly object _gate = new object();
        private readonly Dictionary<long, IndexedContact> _byId = new Dictionary<long, IndexedContact>();
        private readonly Dictionary<string, IndexedContact> _byEmail = new Dictionary<string, IndexedContact>(StringComparer.Ordinal);
        private readonly Dictionary<string, IndexedContact> _byPhone = new Dictionary<string, IndexedContact>(StringComparer.Ordinal);
        private readonly Dictionary<string, IndexedContact> _byIdentifier = new Dictionary<string, IndexedContact>(StringComparer.Ordinal);
        private readonly Dictionary<long, LiveDeskContact>? _contacts;

        /// <summary>Creates an empty index; with <paramref name="keepContacts"/> it also keeps each contact as read (for lookups that return them).</summary>
        public ContactIndex(bool keepContacts = false)
        {
            if (keepContacts) _contacts = new Dictionary<long, LiveDeskContact>();
        }

        /// <summary>The number of contacts indexed.</summary>
        public int Count { get { lock (_gate) return _byId.Count; } }

        /// <summary>Puts a contact in, replacing what was known of the same id (its old keys are dropped).</summary>
        public void Put(LiveDeskContact contact)
        {
            lock (_gate)
            {
                Put(IndexedContact.From(contact));
                if (_contacts != null) _contacts[contact.Id] = contact;
            }
        }

        /// <summary>
        /// Puts a contact read by listing in, unless this import already put that id in: what it created or updated
        /// is newer than a page that may have been read before.
        /// </summary>
        public void PutListed(LiveDeskContact contact)
        {
            lock (_gate)
            {
                if (_byId.ContainsKey(contact.Id)) return;
                Put(contact);
            }
        }

        /// <summary>The contact as read, when the index keeps contacts; else null.</summary>
        public LiveDeskContact? Contact(long id)
        {
            lock (_gate) return _contacts != null && _contacts.TryGetValue(id, out var c) ? c : null;
        }

        /// <summary>Puts an entry in, replacing what was known of the same id.</summary>
        public void Put(IndexedContact entry)
        {
            lock (_gate)
            {
                if (_byId.TryGetValue(entry.Id, out var old))
                {
                    Remove(_byEmail, old.Email, old);
                    Remove(_byPhone, old.PhoneNumber, old);
                    Remove(_byIdentifier, old.Identifier, old);
                }
                _byId[entry.Id] = entry;
                // A key moves to the contact that holds it now: the last one read or written wins.
                if (entry.Email != null) _byEmail[entry.Email] = entry;
                if (entry.PhoneNumber != null) _byPhone[entry.PhoneNumber] = entry;
                if (entry.Identifier != null) _byIdentifier[entry.Identifier] = entry;
            }
        }

        /// <summary>The contact holding the value of a unique field, or null.</summary>
        public IndexedContact? Find(UniqueField field, string value)
        {
            var key = IndexedContact.Normalize(field, value);
            if (key == null) return null;
            lock (_gate)
            {
                var map = field == UniqueField.Email ? _byEmail : field == UniqueField.PhoneNumber ? _byPhone : _byIdentifier;
                return map.TryGetValue(key, out var entry) ? entry : null;
            }
        }

        private static void Remove(Dictionary<string, IndexedContact> map, string? key, IndexedContact owner)
        {
            if (key != null && map.TryGetValue(key, out var current) && ReferenceEquals(current, owner)) map.Remove(key);
        }
    }

    /// <summary>64-bit fingerprints (FNV-1a) of names and custom attributes, compared the same way for rows and contacts.</summary>
    internal static class Fingerprint
    {
        private const ulong Offset = 14695981039346656037UL;
        private const ulong Prime = 1099511628211UL;

        /// <summary>The fingerprint of a name; null and empty are the same (no name).</summary>
        public static long OfName(string? name) => string.IsNullOrEmpty(name) ? 0 : Hash(name!);

        /// <summary>The sorted fingerprints of each attribute's name (ignoring case) and value; null for none.</summary>
        public static long[]? OfAttributes(IDictionary? attributes)
        {
            if (attributes == null || attributes.Count == 0) return null;
            var hashes = new long[attributes.Count];
            var i = 0;
            foreach (DictionaryEntry e in attributes) hashes[i++] = OfAttribute(Convert.ToString(e.Key, CultureInfo.InvariantCulture) ?? string.Empty, e.Value);
            Array.Sort(hashes);
            return hashes;
        }

        /// <summary>The fingerprint of one attribute: its name ignoring case, and its value as JSON would carry it.</summary>
        public static long OfAttribute(string name, object? value) => Hash(name.ToLowerInvariant() + "\u0000" + Canonical(value));

        /// <summary>
        /// A value as the API stores it: numbers by value (1, 1L and 1.0 alike), strings apart from numbers,
        /// nested tables by sorted keys. So a row's 42 equals the 42 LiveDesk returns, and "42" does not.
        /// </summary>
        internal static string Canonical(object? value)
        {
            if (value is System.Management.Automation.PSObject pso) value = pso.BaseObject;
            switch (value)
            {
                case null: return "null";
                case string s: return "s:" + s;
                case bool b: return b ? "true" : "false";
                case byte _: case sbyte _: case short _: case ushort _: case int _: case uint _: case long _: case ulong _: case decimal _:
                    return "n:" + Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                case double d: return Number(d);
                case float f: return Number(f);
                case IDictionary table:
                    var parts = new List<string>();
                    foreach (DictionaryEntry e in table) parts.Add((Convert.ToString(e.Key, CultureInfo.InvariantCulture) ?? string.Empty).ToLowerInvariant() + "=" + Canonical(e.Value));
                    parts.Sort(StringComparer.Ordinal);
                    return "{" + string.Join(",", parts) + "}";
                case IEnumerable list:
                    var items = new StringBuilder("[");
                    foreach (var item in list) items.Append(Canonical(item)).Append(',');
                    return items.Append(']').ToString();
                default:
                    return "s:" + Convert.ToString(value, CultureInfo.InvariantCulture);
            }
        }

        private static string Number(double d) =>
            d == Math.Floor(d) && Math.Abs(d) < 7.9e27 ? "n:" + ((decimal)d).ToString(CultureInfo.InvariantCulture) : "n:" + d.ToString("R", CultureInfo.InvariantCulture);

        private static long Hash(string text)
        {
            var h = Offset;
            foreach (var c in text)
            {
                h = (h ^ (byte)c) * Prime;
                h = (h ^ (byte)(c >> 8)) * Prime;
            }
            return unchecked((long)h);
        }
    }
}
