using System;
using System.Collections.Generic;
using LiveDesk.Models;
using LiveDesk.Protocol;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// An in-memory index of an account's contacts by e-mail, phone number and identifier, for matching import rows
    /// without searching. Filled by listing (<see cref="MatchingStrategy"/>) and kept current by the import: contacts it
    /// creates or updates are put in. It holds what matching needs (<see cref="IndexedContact"/>), never whole
    /// contacts, and stops growing at <see cref="CapacityBytes"/>: each entry is charged what it costs (its strings and
    /// its share of the dictionaries), so no server, whatever it claims or sends, makes it bigger. Safe to use from many tasks.
    /// </summary>
    internal sealed class ContactIndex
    {
        private readonly object _gate = new object();
        private Dictionary<long, IndexedContact> _byId = new Dictionary<long, IndexedContact>();
        private Dictionary<string, IndexedContact> _byEmail = NewKeyMap();
        private Dictionary<string, IndexedContact> _byPhone = NewKeyMap();
        private Dictionary<string, IndexedContact> _byIdentifier = NewKeyMap();
        private long _bytes;

        /// <summary>Creates an empty index that holds up to <paramref name="capacityBytes"/> bytes of entries.</summary>
        public ContactIndex(long capacityBytes = long.MaxValue)
        {
            CapacityBytes = capacityBytes;
        }

        /// <summary>The most memory the entries may take, as <see cref="IndexedContact.EstimatedBytes"/> counts it.</summary>
        public long CapacityBytes { get; }

        /// <summary>The memory the entries take now, as <see cref="IndexedContact.EstimatedBytes"/> counts it.</summary>
        public long Bytes { get { lock (_gate) return _bytes; } }

        /// <summary>The number of contacts indexed.</summary>
        public int Count { get { lock (_gate) return _byId.Count; } }

        /// <summary>Puts a contact in, replacing what was known of the same id (its old keys are dropped). False when the index is full.</summary>
        public bool Put(LiveDeskContact contact) => Put(IndexedContact.From(contact));

        /// <summary>
        /// Puts a contact read by listing (from page <paramref name="page"/> of <paramref name="pageSize"/>) in, unless this import already put that id
        /// in: what it created or updated is newer than a page that may have been read before. False when the index is full.
        /// </summary>
        public bool PutListed(LiveDeskContact contact, int page, int pageSize)
        {
            lock (_gate)
            {
                if (_byId.ContainsKey(contact.Id)) return true;
                return Put(IndexedContact.From(contact, page, pageSize));
            }
        }

        /// <summary>Empties the index and gives its memory back (matching searches from then on).</summary>
        public void Clear()
        {
            lock (_gate)
            {
                // Clear would keep the buckets: new dictionaries give the memory back.
                _byId = new Dictionary<long, IndexedContact>();
                _byEmail = NewKeyMap();
                _byPhone = NewKeyMap();
                _byIdentifier = NewKeyMap();
                _bytes = 0;
            }
        }

        /// <summary>Puts an entry in, replacing what was known of the same id. False (and nothing put) when it does not fit.</summary>
        public bool Put(IndexedContact entry)
        {
            lock (_gate)
            {
                var had = _byId.TryGetValue(entry.Id, out var old);
                var freed = had ? old!.EstimatedBytes : 0;
                if (_bytes - freed + entry.EstimatedBytes > CapacityBytes) return false;
                if (had)
                {
                    Remove(_byEmail, old!.Email, old);
                    Remove(_byPhone, old.PhoneNumber, old);
                    Remove(_byIdentifier, old.Identifier, old);
                }
                _bytes += entry.EstimatedBytes - freed;
                _byId[entry.Id] = entry;
                // A key moves to the contact that holds it now: the last one read or written wins.
                if (entry.Email != null) _byEmail[entry.Email] = entry;
                if (entry.PhoneNumber != null) _byPhone[entry.PhoneNumber] = entry;
                if (entry.Identifier != null) _byIdentifier[entry.Identifier] = entry;
                return true;
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

        private static Dictionary<string, IndexedContact> NewKeyMap() => new Dictionary<string, IndexedContact>(StringComparer.Ordinal);

        private static void Remove(Dictionary<string, IndexedContact> map, string? key, IndexedContact owner)
        {
            if (key != null && map.TryGetValue(key, out var current) && ReferenceEquals(current, owner)) map.Remove(key);
        }
    }
}
