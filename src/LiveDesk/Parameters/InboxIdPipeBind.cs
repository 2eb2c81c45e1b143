using System;
using System.Globalization;
using LiveDesk.Contacts;

namespace LiveDesk.Parameters
{
    /// <summary>
    /// The value of -InboxId as the user gave it: a number, or text such as "407" or " 407 " from a CSV cell. The text
    /// is kept with the number read from it, so that a value that is not a whole number fails its own row with
    /// LiveDesk.InvalidInboxId quoting it as given, instead of a parameter-binding error that does not say what is wrong.
    /// </summary>
    public sealed class InboxIdPipeBind
    {
        /// <summary>Reads <paramref name="value"/>, a number or its text.</summary>
        public InboxIdPipeBind(object? value)
        {
            Id = ContactValidator.ReadInboxId(value, out var rejected);
            Text = rejected ?? Convert.ToString(Id, CultureInfo.InvariantCulture) ?? string.Empty;
        }

        /// <summary>Reads an inbox id given as text.</summary>
        public InboxIdPipeBind(string value) : this((object?)value) { }

        /// <summary>An inbox id given as a number.</summary>
        public InboxIdPipeBind(long value) : this((object)value) { }

        /// <summary>The inbox id, or null when <see cref="Text"/> is not a whole number in the range of a long.</summary>
        public long? Id { get; }

        /// <summary>The value as the user gave it.</summary>
        public string Text { get; }

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
