using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Globalization;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using System.Xml;
using LiveDesk.Errors;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// Turns the custom attributes as PowerShell hands them over (values wrapped in PSObject, PSCustomObjects,
    /// nested hashtables, arrays) into plain values that map one to one onto JSON, and refuses what has no
    /// faithful JSON form: cycles, absurd nesting, NaN and Infinity, script blocks, XML and other live objects.
    /// Refusing beats guessing here: the old writer sent a PSCustomObject as "", an [xml] as [[[[]]]] and a
    /// script block as its source text, and overflowed the stack on a hashtable that contains itself.
    /// </summary>
    /// <remarks>
    /// The plain form: <see cref="Hashtable"/> at the top (what <c>ContactFields</c> holds),
    /// <see cref="OrderedDictionary"/> for nested objects (keeping the caller's order), <c>object?[]</c> for lists;
    /// scalars are null, string, bool, the integer types, finite float/double, decimal. Dates are written as ISO 8601
    /// strings, and Guid, enum, char and Uri values as their text.
    /// </remarks>
    internal static class CustomAttributeValues
    {
        /// <summary>The deepest nesting accepted; the top-level attributes are depth 0.</summary>
        public const int MaxDepth = 16;

        /// <summary>The most values (at any depth) one set of custom attributes may hold.</summary>
        public const int MaxValues = 10000;

        /// <summary>The plain form of <paramref name="attributes"/>, or throws <see cref="LiveDeskException"/> (<c>LiveDesk.InvalidInput</c>).</summary>
        public static Hashtable Normalize(IDictionary attributes)
        {
            var error = TryNormalize(attributes, out var plain);
            if (error != null) throw new LiveDeskException(error);
            return plain!;
        }

        /// <summary>The plain form of <paramref name="attributes"/> in <paramref name="plain"/>; or, when they cannot be written as JSON, the error for the row.</summary>
        public static LiveDeskError? TryNormalize(IDictionary attributes, out Hashtable? plain)
        {
            plain = null;
            var walk = new Walk();
            try
            {
                var top = new Hashtable(StringComparer.OrdinalIgnoreCase);
                walk.Enter(attributes, "CustomAttribute");
                foreach (var (key, value) in Entries(attributes, "CustomAttribute", walk))
                {
                    top[key] = walk.Convert(value, key, 1);
                }
                plain = top;
                return null;
            }
            catch (InvalidValueException ex)
            {
                return Failures.Invalid(ErrorIds.InvalidInput, ex.Message);
            }
        }

        private static IEnumerable<(string Key, object? Value)> Entries(IDictionary dict, string path, Walk walk)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (DictionaryEntry e in dict)
            {
                var key = KeyText(e.Key, path);
                // JSON objects (and LiveDesk) cannot hold a name twice; 1 and '1' would collide silently.
                if (!seen.Add(key)) throw new InvalidValueException($"Custom attribute '{path}' has the key '{key}' twice (keys are compared as text, ignoring case).");
                walk.Count(path);
                yield return (key, e.Value);
            }
        }

        private static string KeyText(object? key, string path)
        {
            if (key is PSObject pso) key = pso.BaseObject;
            switch (key)
            {
                case string s:
                    CheckText(s, path);
                    return s;
                case char _:
                case Enum _:
                case Guid _:
                case sbyte _: case byte _: case short _: case ushort _: case int _: case uint _: case long _: case ulong _:
                    return Convert.ToString(key, CultureInfo.InvariantCulture)!;
                default:
                    throw new InvalidValueException($"Custom attribute '{path}' has a key of type {TypeName(key)}; keys must be text.");
            }
        }

        private static void CheckText(string s, string path)
        {
            if (ContactValidator.FindLoneSurrogate(s) is int at)
            {
                throw new InvalidValueException($"Custom attribute '{path}' holds a broken character (a lone UTF-16 surrogate U+{(int)s[at]:X4} at position {at + 1}); the text was probably cut inside an emoji.");
            }
        }

        private static string TypeName(object? value) => value == null ? "null" : value.GetType().FullName ?? value.GetType().Name;

        private sealed class InvalidValueException : Exception
        {
            public InvalidValueException(string message) : base(message) { }
        }

        private sealed class Walk
        {
            // The containers on the path from the top to the current value: meeting one again is a cycle.
            // A container reached twice by different paths (shared, not cyclic) is fine and written twice.
            private readonly HashSet<object> _path = new HashSet<object>(ReferenceComparer.Instance);
            private int _values;

            public void Enter(object container, string path)
            {
                if (!_path.Add(container)) throw new InvalidValueException($"Custom attribute '{path}' contains itself (a cycle); JSON cannot express that.");
            }

            public void Leave(object container) => _path.Remove(container);

            public void Count(string path)
            {
                if (++_values > MaxValues) throw new InvalidValueException($"Custom attributes hold more than {MaxValues} values (at '{path}'); that is not a contact's data.");
            }

            public object? Convert(object? value, string path, int depth)
            {
                if (depth > MaxDepth) throw new InvalidValueException($"Custom attribute '{path}' is nested more than {MaxDepth} levels deep.");
                var identity = value;
                if (value is PSObject pso)
                {
                    // Every PSCustomObject shares one BaseObject: the PSObject itself is the object.
                    if (pso.BaseObject is PSCustomObject) return ConvertObject(pso, path, depth);
                    value = pso.BaseObject;
                    identity = value;
                }
                switch (value)
                {
                    case null: return null;
                    case string s:
                        CheckText(s, path);
                        return s;
                    case bool _:
                    case sbyte _: case byte _: case short _: case ushort _: case int _: case uint _: case long _: case ulong _:
                    case decimal _:
                        return value;
                    case double d:
                        if (double.IsNaN(d) || double.IsInfinity(d)) throw new InvalidValueException($"Custom attribute '{path}' is {d.ToString(CultureInfo.InvariantCulture)}; JSON has no such number.");
                        return d;
                    case float f:
                        if (float.IsNaN(f) || float.IsInfinity(f)) throw new InvalidValueException($"Custom attribute '{path}' is {f.ToString(CultureInfo.InvariantCulture)}; JSON has no such number.");
                        return f;
                    case DateTime dt: return dt.ToString("o", CultureInfo.InvariantCulture);
                    case DateTimeOffset dto: return dto.ToString("o", CultureInfo.InvariantCulture);
                    case Guid g: return g.ToString("D");
                    case Enum en: return en.ToString();
                    case char c:
                        var text = c.ToString();
                        CheckText(text, path);
                        return text;
                    case Uri uri: return uri.OriginalString;
                    // Before IEnumerable: an XML node enumerates its children, which made [xml] come out as [[[[]]]].
                    case XmlNode _:
                    case ScriptBlock _:
                        throw Unsupported(value, path);
                    case IDictionary dict:
                        Enter(identity!, path);
                        var obj = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
                        foreach (var (key, item) in Entries(dict, path, this)) obj[key] = Convert(item, path + "." + key, depth + 1);
                        Leave(identity!);
                        return obj;
                    // Lists only: a lazy IEnumerable may be endless, or enumerate something no one meant to send.
                    case IList list:
                        Enter(identity!, path);
                        var items = new object?[list.Count];
                        for (var i = 0; i < items.Length; i++)
                        {
                            Count(path);
                            items[i] = Convert(list[i], $"{path}[{i}]", depth + 1);
                        }
                        Leave(identity!);
                        return items;
                    default:
                        throw Unsupported(value, path);
                }
            }

            private OrderedDictionary ConvertObject(PSObject pso, string path, int depth)
            {
                Enter(pso, path);
                var obj = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
                foreach (var property in pso.Properties)
                {
                    if (!property.IsGettable) continue;
                    if (obj.Contains(property.Name)) throw new InvalidValueException($"Custom attribute '{path}' has the property '{property.Name}' twice (names are compared ignoring case).");
                    CheckText(property.Name, path);
                    Count(path);
                    obj[property.Name] = Convert(property.Value, path + "." + property.Name, depth + 1);
                }
                Leave(pso);
                return obj;
            }

            private static InvalidValueException Unsupported(object value, string path) =>
                new InvalidValueException($"Custom attribute '{path}' is a {TypeName(value)}, which has no JSON form. Use text, a number, true or false, a date, or a hashtable, [pscustomobject] or array of those.");
        }

        private sealed class ReferenceComparer : IEqualityComparer<object>
        {
            public static readonly ReferenceComparer Instance = new ReferenceComparer();

            public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

            public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
        }
    }
}
