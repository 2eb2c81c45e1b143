using System;
using System.Collections.Generic;
using LiveDesk.Models;
using LiveDesk.Protocol;

namespace LiveDesk.Contacts
{
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
}
