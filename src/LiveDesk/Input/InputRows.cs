using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;

namespace LiveDesk.Input
{
    /// <summary>
    /// The rows of an array given as a parameter value (-InputObject $rows). PowerShell enumerates a piped array
    /// itself and gives a cmdlet no count, so only a value given directly tells how many rows will come.
    /// </summary>
    internal static class InputRows
    {
        /// <summary>The elements of <paramref name="value"/> when it is a list of rows, else null (a single row).</summary>
        public static IReadOnlyList<object>? Of(PSObject? value)
        {
            var items = value?.BaseObject;
            if (items == null || items is string || items is IDictionary || items is System.Xml.XmlNode || !(items is IEnumerable enumerable)) return null;
            // A DataTable, an ArrayList, object[], a generic list: all are ICollection; anything else could be endless.
            if (!(items is ICollection)) return null;
            var rows = new List<object>();
            foreach (var item in enumerable)
            {
                if (item != null) rows.Add(item);
            }
            return rows;
        }
    }
}
