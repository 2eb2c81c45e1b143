using LiveDesk.Models;
using LiveDesk.Protocol;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// An in-memory index of an account's contacts by e-mail, phone number and identifier, for matching import rows
    /// without searching. Filled by listing (<see cref="MatchingStrategy"/>) and kept current by the import: contacts it
    /// creates or updates are put in. It holds what matching needs (<see cref="IndexedContact"/>), packed without an
    /// object per contact (<see cref="IndexStore"/>), never whole contacts, and stops growing at
    /// <see cref="CapacityBytes"/>: its arrays are counted as they are allocated, so no server, whatever it claims or
    /// sends, makes it bigger. Safe to use from many tasks.
    /// </summary>
    internal sealed class ContactIndex
    {
        /// <summary>The least memory one contact takes in the index: an announced count times this that exceeds the capacity cannot fit.</summary>
        public const int LeastBytesPerContact = IndexStore.LeastBytesPerContact;

        private readonly object _gate = new object();
        private IndexStore _store = new IndexStore();

        /// <summary>Creates an empty index that holds up to <paramref name="capacityBytes"/> bytes.</summary>
        public ContactIndex(long capacityBytes = long.MaxValue)
        {
            CapacityBytes = capacityBytes;
        }

        /// <summary>The most memory the index may take.</summary>
        public long CapacityBytes { get; }

        /// <summary>The memory the index takes now: the arrays it allocated.</summary>
        public long Bytes { get { lock (_gate) return _store.Bytes; } }

        /// <summary>The number of contacts indexed.</summary>
        public int Count { get { lock (_gate) return _store.Count; } }

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
                if (_store.Contains(contact.Id)) return true;
                return _store.Put(IndexedContact.From(contact, page, pageSize), CapacityBytes);
            }
        }

        /// <summary>Puts an entry in, replacing what was known of the same id. False (and nothing put) when it does not fit.</summary>
        public bool Put(IndexedContact entry)
        {
            // A key moves to the contact that holds it now: the last one read or written wins.
            lock (_gate) return _store.Put(entry, CapacityBytes);
        }

        /// <summary>Empties the index and gives its memory back (matching searches from then on).</summary>
        public void Clear()
        {
            lock (_gate) _store = new IndexStore();
        }

        /// <summary>The contact holding the value of a unique field, or null.</summary>
        public IndexedContact? Find(UniqueField field, string value)
        {
            var key = IndexedContact.Normalize(field, value);
            if (key == null) return null;
            lock (_gate) return _store.Find(field, key);
        }
    }
}
