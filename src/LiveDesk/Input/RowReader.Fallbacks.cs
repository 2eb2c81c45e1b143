using System;
using System.Linq;

namespace LiveDesk.Input
{
    // The login an empty e-mail falls back on (ColumnMap.Fallbacks), and the e-mail
    // address as LiveDesk stores it: bare, never with the text a mail program or a list wraps around it.
    internal sealed partial class RowReader
    {
        private sealed partial class Context
        {
            // A candidate chosen by a weak rule fills the e-mail only where its value is an address: the first of a list,
            // or a wrapped one.
            private static bool IsAddress(string text)
            {
                var first = ValueLists.FirstAddress(text);
                return ValueShapes.IsBareAddress(first) || ValueShapes.Unwrap(first) != null || ValueShapes.Unwrap(text) != null;
            }

            // "Ann Lee <ann@example.com>" and "mailto:ann@example.com" are the address ann@example.com; said once per column.
            // Anything else that is not a bare address goes on as it is, and validation refuses the row.
            private string? Bare(string? text)
            {
                if (text == null || ValueShapes.IsBareAddress(text) || !(ValueShapes.Unwrap(text) is string address)) return text;
                var header = _sources.TryGetValue(ContactField.Email, out var h) ? h : "-Map";
                _reader.Warnings.Add("wrapped:" + header,
                    $"Column {header} holds addresses with a display name or a mailto: (such as '{text}'); the address alone is used as Email.");
                return address;
            }
        }
    }
}
