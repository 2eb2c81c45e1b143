using System;
using System.Collections.Generic;
using LiveDesk.Errors;
using LiveDesk.Models;

namespace LiveDesk.Input
{
    /// <summary>What <see cref="ContactInput.Read"/> made of one pipeline record.</summary>
    internal sealed class ContactInputResult
    {
        /// <summary>The fields: the row's, overlaid with the command line's. Not yet validated by ContactValidator.</summary>
        public ContactFields Fields { get; set; } = new ContactFields();

        /// <summary>The row's error, else null.</summary>
        public LiveDeskError? Error { get; set; }

        /// <summary>True when <see cref="Error"/> ends the command (a -Map entry naming a column the input lacks).</summary>
        public bool Terminating { get; set; }

        /// <summary>Warnings to write now.</summary>
        public IReadOnlyList<string> Warnings { get; set; } = Array.Empty<string>();

        /// <summary>Which column fills which field, when this row's columns differ from the previous row's (for -Verbose), else null.</summary>
        public string? MapDescription { get; set; }

        /// <summary>True when the row is the file's header line, found among the rows (a title stood above it): no record, nothing to do.</summary>
        public bool IsHeader { get; set; }

        /// <summary>True when the row had an inbox column with a value (then it is the row's inbox).</summary>
        public bool RowHasInbox { get; set; }

        /// <summary>The row's inbox cell when it is no whole number (an error only where the row's inbox is used), else null.</summary>
        public string? UnreadableInbox { get; set; }

        /// <summary>The pipeline record's row, when there was one.</summary>
        public InputRow? Row { get; set; }

        /// <summary>
        /// A validation error of this row, with the reason its cells may be shifted (a backslash-escaped delimiter) when there
        /// is one. The row's cells are looked at only for a row that failed.
        /// </summary>
        public LiveDeskError? Explain(LiveDeskError? error) =>
            error == null || Row == null ? error : RowReader.WithHint(error, RowReader.EscapeHint(Row));
    }
}
