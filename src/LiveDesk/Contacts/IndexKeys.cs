using System.Text;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// The index's keys as bytes: UTF-8 (an e-mail address or an E.164 number takes a byte a character, where a .NET
    /// string takes two plus a 20-byte header), behind a length of 1 to 4 bytes. A lone surrogate, which UTF-8 cannot
    /// carry and Encoding.UTF8 would turn into U+FFFD (making two different keys equal), is written as its own 3-byte
    /// sequence, as WTF-8 does: two keys have the same bytes only when they are the same string.
    /// </summary>
    internal static class IndexKeys
    {
        /// <summary>The bytes of <paramref name="key"/>, its length first.</summary>
        public static byte[] Encode(string key)
        {
            var length = 0;
            for (var i = 0; i < key.Length; i++)
            {
                var c = key[i];
                if (c < 0x80) length += 1;
                else if (c < 0x800) length += 2;
                else if (char.IsHighSurrogate(c) && i + 1 < key.Length && char.IsLowSurrogate(key[i + 1])) { length += 4; i++; }
                else length += 3;
            }
            var bytes = new byte[PrefixLength(length) + length];
            var at = WritePrefix(bytes, length);
            for (var i = 0; i < key.Length; i++)
            {
                int c = key[i];
                if (c < 0x80) bytes[at++] = (byte)c;
                else if (c < 0x800)
                {
                    bytes[at++] = (byte)(0xC0 | (c >> 6));
                    bytes[at++] = (byte)(0x80 | (c & 0x3F));
                }
                else if (char.IsHighSurrogate((char)c) && i + 1 < key.Length && char.IsLowSurrogate(key[i + 1]))
                {
                    var cp = char.ConvertToUtf32((char)c, key[++i]);
                    bytes[at++] = (byte)(0xF0 | (cp >> 18));
                    bytes[at++] = (byte)(0x80 | ((cp >> 12) & 0x3F));
                    bytes[at++] = (byte)(0x80 | ((cp >> 6) & 0x3F));
                    bytes[at++] = (byte)(0x80 | (cp & 0x3F));
                }
                else
                {
                    bytes[at++] = (byte)(0xE0 | (c >> 12));
                    bytes[at++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    bytes[at++] = (byte)(0x80 | (c & 0x3F));
                }
            }
            return bytes;
        }

        /// <summary>The string written at <paramref name="offset"/> of <paramref name="chunk"/> by <see cref="Encode"/>.</summary>
        public static string Decode(byte[] chunk, int offset)
        {
            var length = ReadPrefix(chunk, ref offset);
            var text = new StringBuilder(length);
            for (var end = offset + length; offset < end;)
            {
                int b = chunk[offset];
                if (b < 0x80) { text.Append((char)b); offset += 1; }
                else if (b < 0xE0) { text.Append((char)(((b & 0x1F) << 6) | (chunk[offset + 1] & 0x3F))); offset += 2; }
                else if (b < 0xF0) { text.Append((char)(((b & 0x0F) << 12) | ((chunk[offset + 1] & 0x3F) << 6) | (chunk[offset + 2] & 0x3F))); offset += 3; }
                else
                {
                    var cp = ((b & 0x07) << 18) | ((chunk[offset + 1] & 0x3F) << 12) | ((chunk[offset + 2] & 0x3F) << 6) | (chunk[offset + 3] & 0x3F);
                    text.Append(char.ConvertFromUtf32(cp));
                    offset += 4;
                }
            }
            return text.ToString();
        }

        /// <summary>True when the key at <paramref name="offset"/> of <paramref name="chunk"/> is <paramref name="key"/> (as <see cref="Encode"/> wrote it).</summary>
        public static bool Equals(byte[] chunk, int offset, byte[] key)
        {
            for (var i = 0; i < key.Length; i++)
            {
                if (chunk[offset + i] != key[i]) return false;
            }
            return true;
        }

        /// <summary>The hash of an encoded key (FNV-1a, then mixed so that linear probing spreads).</summary>
        public static int Hash(byte[] chunk, int offset)
        {
            var start = offset;
            var length = ReadPrefix(chunk, ref offset);
            var h = 2166136261u;
            for (var end = offset + length; start < end; start++) h = (h ^ chunk[start]) * 16777619u;
            return Mix(h);
        }

        /// <summary>The hash of a contact id.</summary>
        public static int Hash(long id) => Mix((uint)id ^ (uint)(id >> 32) * 0x9E3779B9u);

        private static int Mix(uint h)
        {
            h ^= h >> 16;
            h *= 0x85EBCA6Bu;
            h ^= h >> 13;
            h *= 0xC2B2AE35u;
            h ^= h >> 16;
            return (int)(h & 0x7FFFFFFF);
        }

        private static int PrefixLength(int length) => length < 0x80 ? 1 : length < 0x4000 ? 2 : length < 0x200000 ? 3 : 4;

        private static int WritePrefix(byte[] bytes, int length)
        {
            var at = 0;
            while (length >= 0x80)
            {
                bytes[at++] = (byte)(0x80 | (length & 0x7F));
                length >>= 7;
            }
            bytes[at++] = (byte)length;
            return at;
        }

        private static int ReadPrefix(byte[] chunk, ref int offset)
        {
            int length = 0, shift = 0, b;
            do
            {
                b = chunk[offset++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            return length;
        }
    }
}
