using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace LiveDesk.Contacts
{
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
