using System.Collections.Generic;
using LiveDesk.Errors;
using LiveDesk.Models;

namespace LiveDesk.Input
{
    /// <summary>What <see cref="RowReader.Read"/> made of one row.</summary>
    /// <param name="Fields">The fields read (InboxId only when the row has an inbox column). Not yet validated by ContactValidator.</param>
    /// <param name="Error">Why the row cannot be sent (InvalidInput, InvalidPhoneNumber, InvalidInboxId), else null.</param>
    /// <param name="Warnings">Warnings to write now: each is said once per import (see <see cref="WarnOnce"/>).</param>
    /// <param name="Sources">Where each filled field came from ("'Mobile Phone'", "'First Name' + 'Last Name'"), for -WhatIf and -Verbose.</param>
    /// <param name="Target">The original row, for the error's TargetObject.</param>
    internal sealed record RowReadResult(ContactFields Fields, LiveDeskError? Error, IReadOnlyList<string> Warnings,
        IReadOnlyDictionary<ContactField, string> Sources, object Target)
    {
        /// <summary>
        /// The row's inbox cell when it is no whole number (Chatwoot's conversation export names the inbox: "WhatsApp Tienda"):
        /// an error only where the row's own inbox is used, not where -InboxId on the command line applies to every row.
        /// </summary>
        public string? UnreadableInbox { get; init; }
    }
}
