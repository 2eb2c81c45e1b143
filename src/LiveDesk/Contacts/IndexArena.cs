using System.Collections.Generic;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// Append-only storage for the index, in chunks of 2^shift items. Growing never copies what is stored: a doubling
    /// array would hold the old and the new copy at once, plus up to half its length as slack, and past 85 KB both
    /// land on the large object heap. A run of items written at once stays in one chunk (a run longer than a chunk
    /// gets a chunk of its own), so a position (chunk &lt;&lt; shift | offset) names its start. Not thread-safe.
    /// </summary>
    internal sealed class IndexArena<T> where T : struct
    {
        /// <summary>
        /// What one chunk costs besides its items: the array's header, its slot in the list of chunks, and the heap's
        /// slack beside it: 100,000 contacts measured about 800 bytes a chunk more than the chunks' items (tests/LiveDesk.Tests
        /// IndexMemoryTests), so each is charged twice that, to be sure the bound is never exceeded.
        /// </summary>
        public const int ChunkOverhead = 2048;

        private readonly List<T[]> _chunks = new List<T[]>();
        private readonly int _shift;
        private readonly int _itemBytes;
        private int _free;

        /// <summary>Storage in chunks of 2^<paramref name="shift"/> items of <paramref name="itemBytes"/> bytes each.</summary>
        public IndexArena(int shift, int itemBytes)
        {
            _shift = shift;
            _itemBytes = itemBytes;
        }

        /// <summary>The memory the chunks take.</summary>
        public long Bytes { get; private set; }

        private int ChunkLength => 1 << _shift;

        // Positions are ints: at most 2^(31 - shift) chunks.
        private int MaximumChunks => 1 << (31 - _shift);

        /// <summary>
        /// The memory that writing runs of the given lengths (in that order; 0 for none) would add; long.MaxValue when
        /// positions would run out. Nothing is written.
        /// </summary>
        public long GrowthFor(int length1, int length2 = 0, int length3 = 0)
        {
            var free = _free;
            var chunks = _chunks.Count;
            long growth = 0;
            if (!Step(length1) || !Step(length2) || !Step(length3)) return long.MaxValue;
            return growth;

            bool Step(int length)
            {
                if (length == 0) return true;
                if (free < length)
                {
                    var size = System.Math.Max(ChunkLength, length);
                    growth += (long)size * _itemBytes + ChunkOverhead;
                    if (++chunks > MaximumChunks) return false;
                    free = size;
                }
                free -= length;
                return true;
            }
        }

        /// <summary>Makes room for a run of <paramref name="length"/> items and returns its position; <see cref="GrowthFor"/> said what it costs.</summary>
        public int Start(int length)
        {
            if (_free < length)
            {
                var size = System.Math.Max(ChunkLength, length);
                _chunks.Add(new T[size]);
                Bytes += (long)size * _itemBytes + ChunkOverhead;
                // A run longer than a chunk gets one of exactly its length, which it fills: nothing follows it there.
                _free = size;
            }
            var last = _chunks.Count - 1;
            var offset = _chunks[last].Length - _free;
            _free -= length;
            return (last << _shift) | offset;
        }

        /// <summary>The chunk holding <paramref name="position"/>, and the offset of the position in it.</summary>
        public T[] Chunk(int position, out int offset)
        {
            offset = position & (ChunkLength - 1);
            return _chunks[position >> _shift];
        }
    }
}
