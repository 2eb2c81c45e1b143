using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Threading.Tasks;
using LiveDesk.Contacts;
using LiveDesk.Errors;
using LiveDesk.Import;
using LiveDesk.Input;
using LiveDesk.Models;
using LiveDesk.Protocol;

namespace LiveDesk.Commands
{
    /// <summary>
    /// Updates LiveDesk contacts: one given by -Id, or every row piped in. Keeps several requests in flight, paces
    /// itself to the server's rate limit and writes the updated contacts in input order.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "LiveDeskContact", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(LiveDeskContact))]
    public sealed class SetLiveDeskContactCommand : LiveDeskContactImportCmdletBase
    {
        private static readonly ImportReport<LiveDeskContact> Updates = new ImportReport<LiveDeskContact>("Updating LiveDesk contacts", "LiveDesk updates", "contacts", new[] { "updated", "unchanged" })
        {
            // Only a -WhatIf plan can say Unchanged: an update that is sent always counts as updated.
            Classify = contact => contact.Outcome == ContactOutcome.Unchanged ? 1 : 0,
        };

        /// <summary>The id of the contact to update.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactId")]
        [ValidateRange(1, long.MaxValue)]
        public long Id { get; set; }

        /// <summary>Custom attributes to set; merged with the contact's existing ones.</summary>
        [Parameter]
        [Alias("CustomAttributes")]
        public Hashtable? CustomAttribute { get; set; }

        /// <summary>Blocks the contact (its messages are no longer received); -Blocked:$false unblocks it.</summary>
        [Parameter]
        public SwitchParameter Blocked { get; set; }

        /// <summary>The input row; bound from the pipeline and used as the TargetObject of errors.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        internal override ImportReport<LiveDeskContact> Report => Updates;

        internal override bool ClearsWithEmptyValue => true;

        internal override string DescribePlan(LiveDeskContact planned) => planned.Plan ?? planned.ToString();

        internal override PSObject? Input => InputObject;

        internal override ImportRow<LiveDeskContact> ReadRow(PSObject? input)
        {
            object target = (object?)input ?? Id;
            // A conversation or message has an Id too: bound to -Id it would update whichever contact has that id.
            if (input?.BaseObject is LiveDeskConversation || input?.BaseObject is LiveDeskMessage)
            {
                return ImportRow<LiveDeskContact>.Failed(target, Failures.Invalid(ErrorIds.InvalidInput,
                    $"Set-LiveDeskContact updates contacts; a {input.BaseObject.GetType().Name} was piped in. Pipe its contact instead, e.g. Set-LiveDeskContact -Id $conversation.ContactId."));
            }
            // A piped row's columns are read like New-LiveDeskContact reads them; the command line's values win.
            var read = ReadContact(input, requireField: false);
            if (read.IsHeader) return ImportRow<LiveDeskContact>.Nothing(target);
            var fields = read.Fields;
            fields.InboxId = null;
            // Checked and converted by the validator (cycles, depth, NaN, objects): an error for the row, not a crash.
            fields.CustomAttributes = CustomAttribute;
            if (MyInvocation.BoundParameters.ContainsKey(nameof(Blocked))) fields.Blocked = Blocked.IsPresent;
            var invalid = read.Error ?? read.Explain(ContactValidator.Validate(fields, requireInbox: false));
            if (invalid != null) return ImportRow<LiveDeskContact>.Failed(target, invalid);

            var id = Id;
            var service = Contacts;
            // Rows for one contact, or moving one e-mail, phone number or identifier, behave as if sent one after the other.
            var keys = new List<string>(UniqueFields.OrderingKeys(fields)) { "contact:" + id.ToString(CultureInfo.InvariantCulture) };
            var known = input?.BaseObject as LiveDeskContact;
            return ImportRow<LiveDeskContact>.Previewed(target, "Update LiveDesk contact", ContactPreview.Update(id, fields), ct => service.UpdateAsync(id, fields, ct), keys)
                .WithPlan(_ => Task.FromResult(ContactPlanner.PlanUpdate(id, fields, known)));
        }
    }
}
