using System.Collections.Generic;
using LiveDesk.Api;
using LiveDesk.Models;

namespace LiveDesk.Input
{
    /// <summary>What <see cref="RowReader.Read"/> made of one row.</summary>
    internal sealed class RowReadResult
    {
        public RowReadResult(ContactFields fields, LiveDeskError? error, IReadOnlyList<string> warnings, IReadOnlyDictionary<ContactField, string> sources, object target)
        {
            Fields = fields;
            Error = error;
            Warnings = warnings;
            Sources = sources;
            Target = target;
        }

        /// <summary>The fields read (InboxId only when the row has an inbox column). Not yet validated by ContactValidator.</summary>
        public ContactFields Fields { get; }

        /// <summary>Why the row cannot be sent (InvalidInput, InvalidPhoneNumber, InvalidInboxId), else null.</summary>
        public LiveDeskError? Error { get; }

        /// <summary>Warnings to write now: each is said once per import (see <see cref="WarnOnce"/>).</summary>
        public IReadOnlyList<string> Warnings { get; }

        /// <summary>Where each filled field came from ("'Mobile Phone'", "'First Name' + 'Last Name'"), for -WhatIf and -Verbose.</summary>
        public IReadOnlyDictionary<ContactField, string> Sources { get; }

        /// <summary>The original row, for the error's TargetObject.</summary>
        public object Target { get; }
    }
}
