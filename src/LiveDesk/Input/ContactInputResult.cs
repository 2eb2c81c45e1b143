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

        /// <summary>Why the row's cells may be shifted (a backslash-escaped delimiter), added to a validation error; else null.</summary>
        public string? ShiftHint { get; set; }

        /// <summary>A validation error of this row, with <see cref="ShiftHint"/> when there is one.</summary>
        public LiveDeskError? Explain(LiveDeskError? error) => error == null ? null : RowReader.WithHint(error, ShiftHint);
    }
}
