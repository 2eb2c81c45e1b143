using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Xml;
using LiveDesk.Errors;

namespace LiveDesk.Input
{
    /// <summary>
    /// Adapts a pipeline object to an <see cref="InputRow"/>: a PSCustomObject (Import-Csv, ConvertFrom-Json), a .NET
    /// object (Get-ADUser, Get-MgUser, Get-Mailbox) or a dictionary (keys as columns). Values are fetched only when the
    /// map asks for them, so objects with a hundred properties cost little.
    /// </summary>
    internal sealed class PSObjectRow : InputRow
    {
        private readonly PSObject _row;
        private readonly List<string> _names = new List<string>();
        private readonly List<PSPropertyInfo>? _properties;
        private readonly List<object?>? _values;

        private PSObjectRow(PSObject row)
        {
            _row = row;
            if (row.BaseObject is IDictionary dictionary)
            {
                _values = new List<object?>();
                foreach (DictionaryEntry entry in dictionary)
                {
                    _names.Add(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                    _values.Add(entry.Value);
                }
                return;
            }
            _properties = new List<PSPropertyInfo>();
            foreach (var property in row.Properties)
            {
                if (!property.IsGettable) continue;
                _names.Add(property.Name);
                _properties.Add(property);
            }
        }

        /// <summary>
        /// The row for <paramref name="row"/>, or an InvalidInput error when it is not a row at all (a string or a number
        /// piped in: its only property would be Length).
        /// </summary>
        public static InputRow? TryCreate(PSObject row, out LiveDeskError? error)
        {
            var value = row.BaseObject;
            if (value is string || value.GetType().IsPrimitive || value is decimal)
            {
                error = new LiveDeskError(ErrorIds.InvalidInput, LiveDeskErrorKind.InvalidArgument,
                    $"The input '{row}' is not a row: pipe objects with properties such as Email and Name (for example from Import-Csv).");
                return null;
            }
            error = null;
            return new PSObjectRow(row);
        }

        /// <inheritdoc />
        public override IReadOnlyList<string> Names => _names;

        /// <inheritdoc />
        public override object Source => _row;

        /// <inheritdoc />
        public override object? GetValue(int index)
        {
            if (_values != null) return Unwrap(_values[index], 0);
            object? value;
            try
            {
                value = _properties![index].Value;
            }
            catch (GetValueException)
            {
                // A property whose getter throws (some adapted directory properties do) has no value to read.
                return null;
            }
            return Unwrap(value, 0);
        }

        /// <summary>
        /// Removes PSObject wrappers, recursively through arrays, so that the core sees plain .NET values; a PSCustomObject
        /// becomes an <see cref="OpaqueValue"/> the core reports by name.
        /// </summary>
        internal static object? Unwrap(object? value, int depth)
        {
            if (value is PSObject pso)
            {
                if (pso.BaseObject is PSCustomObject) return new OpaqueValue("a PSCustomObject");
                value = pso.BaseObject;
            }
            if (value == null || value is string || value is IDictionary || value is XmlNode) return value;
            if (value is IEnumerable items && depth < 2)
            {
                var list = new List<object?>();
                foreach (var item in items)
                {
                    list.Add(Unwrap(item, depth + 1));
                    if (list.Count >= 1000) break;
                }
                return list;
            }
            return value;
        }
    }
}
