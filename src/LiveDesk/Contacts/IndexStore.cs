using System;
using LiveDesk.Protocol;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// The memory behind <see cref="ContactIndex"/>: no object per contact. Entries are 40-byte structs
    /// (<see cref="IndexEntry"/>), keys UTF-8 bytes (<see cref="IndexKeys"/>) and fingerprints longs, each kind in
    /// its own chunked arena (<see cref="IndexArena{T}"/>), found through four open-addressing tables of ints (by id,
    /// e-mail, phone, identifier; 4 bytes a slot, at most three quarters full). About 150 bytes a contact with an
    /// e-mail, a phone number, an identifier and two custom attributes, where strings in dictionaries of objects took
    /// about 500. <see cref="Bytes"/> is what the arrays take, counted as they are allocated, so the index's bound is
    /// checked against real memory, not an estimate. Not thread-safe: <see cref="ContactIndex"/> locks around it.
    /// </summary>
    internal sealed class IndexStore
    {
        /// <summary>The least a contact can cost: its entry and its slot in the table of ids (at most three quarters full).</summary>
        public const int LeastBytesPerContact = IndexEntry.Size + 5;

        // The objects themselves, the arenas' lists and the tables' headers.
        private const int FixedBytes = 1024;
        private const int Deleted = -1;
        private static readonly UniqueField[] Fields = { UniqueField.Email, UniqueField.PhoneNumber, UniqueField.Identifier };

        private readonly IndexArena<IndexEntry> _entries = new IndexArena<IndexEntry>(10, IndexEntry.Size);
        private readonly IndexArena<byte> _keys = new IndexArena<byte>(16, 1);
        private readonly IndexArena<long> _hashes = new IndexArena<long>(13, 8);
        private readonly Table _ids = new Table();
        private readonly Table[] _byKey = { new Table(), new Table(), new Table() };

        /// <summary>The number of contacts stored.</summary>
        public int Count { get; private set; }

        /// <summary>The memory the store takes: its arrays as allocated.</summary>
        public long Bytes => FixedBytes + _entries.Bytes + _keys.Bytes + _hashes.Bytes + _ids.Bytes + _byKey[0].Bytes + _byKey[1].Bytes + _byKey[2].Bytes;

        /// <summary>True when contact <paramref name="id"/> is stored.</summary>
        public bool Contains(long id) => FindSlot(_ids, IndexKeys.Hash(id), id, null, null) >= 0;

        /// <summary>
        /// Stores <paramref name="contact"/>, replacing what was stored of the same id; false (and nothing changed)
        /// when the memory it needs would take the store past <paramref name="capacityBytes"/>.
        /// </summary>
        public bool Put(IndexedContact contact, long capacityBytes)
        {
            var keys = new byte[]?[3];
            for (var f = 0; f < 3; f++) keys[f] = contact.ValueOf(Fields[f]) is string key ? IndexKeys.Encode(key) : null;
            var hashes = Combine(contact.AttributeHashes, contact.AdditionalHashes);

            var idSlot = FindSlot(_ids, IndexKeys.Hash(contact.Id), contact.Id, null, null);
            var index = idSlot >= 0 ? _ids.Slots[idSlot] - 1 : -1;
            var old = index >= 0 ? Entry(index) : new IndexEntry { Email = -1, Phone = -1, Identifier = -1, Hashes = -1 };
            // A key the contact keeps is not written again (an update rarely changes its keys).
            var fresh = new int[3];
            for (var f = 0; f < 3; f++) fresh[f] = keys[f] is byte[] k && !SameKey(old.KeyOf(Fields[f]), k) ? k.Length : 0;
            var rewriteHashes = hashes != null && !(old.Hashes >= 0 && RunLength(old.Hashes) == hashes.Length);

            var growth = (index < 0 ? _entries.GrowthFor(1) + _ids.GrowthFor(1) : 0) + _keys.GrowthFor(fresh[0], fresh[1], fresh[2])
                + (rewriteHashes ? _hashes.GrowthFor(hashes!.Length) : 0);
            for (var f = 0; f < 3; f++) growth += keys[f] != null ? _byKey[f].GrowthFor(1) : 0;
            if (growth < 0 || growth > capacityBytes - Bytes) return false;

            if (index < 0)
            {
                index = _entries.Start(1);
                Count++;
                Insert(_ids, index, IndexKeys.Hash(contact.Id), contact.Id, null, null);
            }
            var entry = new IndexEntry { Id = contact.Id, NameHash = contact.NameHash, ListedPage = contact.ListedPage, ListedPageSize = contact.ListedPageSize };
            for (var f = 0; f < 3; f++)
            {
                var field = Fields[f];
                var was = old.KeyOf(field);
                // The old key leaves its table unless another contact holds it now (the last one read or written wins).
                if (was >= 0 && fresh[f] == 0 && keys[f] != null) entry.SetKey(field, was);
                else
                {
                    if (was >= 0) Remove(_byKey[f], index, KeyHash(was));
                    entry.SetKey(field, keys[f] is byte[] k ? Write(k) : -1);
                }
            }
            entry.Hashes = hashes == null ? -1 : rewriteHashes ? _hashes.Start(hashes.Length) : old.Hashes;
            if (hashes != null)
            {
                var chunk = _hashes.Chunk(entry.Hashes, out var at);
                Array.Copy(hashes, 0, chunk, at, hashes.Length);
            }
            SetEntry(index, entry);
            for (var f = 0; f < 3; f++)
            {
                if (keys[f] is byte[] k) Insert(_byKey[f], index, IndexKeys.Hash(k, 0), 0, Fields[f], k);
            }
            return true;
        }

        /// <summary>The contact holding <paramref name="key"/> (normalized) in <paramref name="field"/>, or null.</summary>
        public IndexedContact? Find(UniqueField field, string key)
        {
            var bytes = IndexKeys.Encode(key);
            var table = _byKey[Array.IndexOf(Fields, field)];
            var slot = FindSlot(table, IndexKeys.Hash(bytes, 0), 0, field, bytes);
            return slot < 0 ? null : Read(table.Slots[slot] - 1);
        }

        private IndexedContact Read(int index)
        {
            var e = Entry(index);
            long[]? attributes = null, additional = null;
            if (e.Hashes >= 0)
            {
                var chunk = _hashes.Chunk(e.Hashes, out var at);
                var header = chunk[at];
                attributes = new long[(int)(header >> 32)];
                additional = new long[(int)(header & 0xFFFFFFFF)];
                Array.Copy(chunk, at + 1, attributes, 0, attributes.Length);
                Array.Copy(chunk, at + 1 + attributes.Length, additional, 0, additional.Length);
            }
            return IndexedContact.Stored(e.Id, Text(e.Email), Text(e.Phone), Text(e.Identifier), e.NameHash, attributes, additional, e.ListedPage, e.ListedPageSize);
        }

        // One run: a header (the two counts), the attributes' fingerprints, then the additional attributes'.
        private static long[]? Combine(long[] attributes, long[] additional)
        {
            if (attributes.Length == 0 && additional.Length == 0) return null;
            var run = new long[1 + attributes.Length + additional.Length];
            run[0] = ((long)attributes.Length << 32) | (uint)additional.Length;
            attributes.CopyTo(run, 1);
            additional.CopyTo(run, 1 + attributes.Length);
            return run;
        }

        private int RunLength(int position)
        {
            var header = _hashes.Chunk(position, out var at)[at];
            return 1 + (int)(header >> 32) + (int)(header & 0xFFFFFFFF);
        }

        private IndexEntry Entry(int index) => _entries.Chunk(index, out var at)[at];

        private void SetEntry(int index, IndexEntry entry) => _entries.Chunk(index, out var at)[at] = entry;

        private int Write(byte[] key)
        {
            var position = _keys.Start(key.Length);
            var chunk = _keys.Chunk(position, out var at);
            Buffer.BlockCopy(key, 0, chunk, at, key.Length);
            return position;
        }

        private (byte[] Chunk, int Offset) Key(int position) => (_keys.Chunk(position, out var at), at);

        private int KeyHash(int position)
        {
            var (chunk, at) = Key(position);
            return IndexKeys.Hash(chunk, at);
        }

        private string? Text(int position)
        {
            if (position < 0) return null;
            var (chunk, at) = Key(position);
            return IndexKeys.Decode(chunk, at);
        }

        private bool SameKey(int position, byte[] key)
        {
            if (position < 0) return false;
            var (chunk, at) = Key(position);
            return IndexKeys.Equals(chunk, at, key);
        }

        // The slot holding the entry with this id (field null) or key, or ~(the slot a new one goes to).
        private int FindSlot(Table table, int hash, long id, UniqueField? field, byte[]? key)
        {
            var slots = table.Slots;
            var mask = slots.Length - 1;
            var free = -1;
            for (var i = hash & mask; ; i = (i + 1) & mask)
            {
                var value = slots[i];
                if (value == 0) return ~(free >= 0 ? free : i);
                if (value == Deleted)
                {
                    if (free < 0) free = i;
                }
                else if (field is UniqueField f ? SameKey(Entry(value - 1).KeyOf(f), key!) : Entry(value - 1).Id == id)
                {
                    return i;
                }
            }
        }

        private void Insert(Table table, int index, int hash, long id, UniqueField? field, byte[]? key)
        {
            if ((table.Used + table.Deleted + 1) * 4L > table.Slots.Length * 3L) Rehash(table, field);
            var slot = FindSlot(table, hash, id, field, key);
            if (slot >= 0)
            {
                table.Slots[slot] = index + 1;
                return;
            }
            slot = ~slot;
            if (table.Slots[slot] == Deleted) table.Deleted--;
            table.Slots[slot] = index + 1;
            table.Used++;
        }

        private static void Remove(Table table, int index, int hash)
        {
            var slots = table.Slots;
            var mask = slots.Length - 1;
            for (var i = hash & mask; slots[i] != 0; i = (i + 1) & mask)
            {
                if (slots[i] != index + 1) continue;
                slots[i] = Deleted;
                table.Used--;
                table.Deleted++;
                return;
            }
        }

        private void Rehash(Table table, UniqueField? field)
        {
            var old = table.Slots;
            var slots = new int[Table.LengthFor(table.Used + 1)];
            var mask = slots.Length - 1;
            foreach (var value in old)
            {
                if (value <= 0) continue;
                var e = Entry(value - 1);
                var i = (field is UniqueField f ? KeyHash(e.KeyOf(f)) : IndexKeys.Hash(e.Id)) & mask;
                while (slots[i] != 0) i = (i + 1) & mask;
                slots[i] = value;
            }
            table.Slots = slots;
            table.Deleted = 0;
        }

        private sealed class Table
        {
            public int[] Slots = new int[16];
            public int Used;
            public int Deleted;

            public long Bytes => 24 + 4L * Slots.Length;

            // A table is rebuilt at three quarters full (deleted slots count: they lengthen the probes) to at most half full.
            public static int LengthFor(int used)
            {
                var length = 16;
                while (used * 2L > length) length *= 2;
                return length;
            }

            // A rebuild allocates the new slots while the old ones are still held: both count against the bound then.
            public long GrowthFor(int more) => (Used + Deleted + more) * 4L > Slots.Length * 3L ? 24 + 4L * LengthFor(Used + more) : 0;
        }
    }
}
