using System;
using System.Linq;
using System.Management.Automation;
using LiveDesk.Conversations;
using LiveDesk.Errors;
using LiveDesk.Import;
using LiveDesk.Models;

namespace LiveDesk.Commands
{
    /// <summary>
    /// Creates LiveDesk conversations in an API inbox, one per contact: the API channel's second step,
    /// between New-LiveDeskContact and Send-LiveDeskMessage. Keeps several requests in flight and writes
    /// the conversations in input order.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "LiveDeskConversation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = ContactSet)]
    [OutputType(typeof(LiveDeskConversation))]
    public sealed class NewLiveDeskConversationCommand : LiveDeskImportCmdletBase<LiveDeskConversation>
    {
        private const string ContactSet = "Contact";
        private const string ContactIdSet = "ContactId";
        private const string SourceIdSet = "SourceId";

        private static readonly ImportReport<LiveDeskConversation> Creates = new ImportReport<LiveDeskConversation>("Creating LiveDesk conversations", "LiveDesk conversations", "conversations", new[] { "created" });

        /// <summary>A contact from New-LiveDeskContact or Get-LiveDeskContact; its Id names the contact.</summary>
        // Typed, so that only a real contact binds here: a row's bare Id column never becomes a contact id.
        [Parameter(ParameterSetName = ContactSet, Mandatory = true, ValueFromPipeline = true)]
        public LiveDeskContact? Contact { get; set; }

        /// <summary>The id of the contact to open the conversation with.</summary>
        [Parameter(ParameterSetName = ContactIdSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("contact_id")]
        public long ContactId { get; set; }

        /// <summary>The contact's source id in the inbox (contact_inbox.source_id of the create-contact answer).</summary>
        [Parameter(ParameterSetName = SourceIdSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("source_id")]
        [AllowNull, AllowEmptyString]
        public string? SourceId { get; set; }

        /// <summary>The inbox (channel) id; with -Contact it defaults to the inbox the contact was created in.</summary>
        [Parameter(ParameterSetName = ContactSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = ContactIdSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = SourceIdSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("inbox_id", "Inbox", "ChannelId")]
        public long InboxId { get; set; }

        /// <summary>The input row; bound from the pipeline and used as the TargetObject of errors.</summary>
        [Parameter(ParameterSetName = ContactIdSet, ValueFromPipeline = true, DontShow = true)]
        [Parameter(ParameterSetName = SourceIdSet, ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        internal override ImportReport<LiveDeskConversation> Report => Creates;

        internal override PSObject? Input => InputObject;

        internal override ImportRow<LiveDeskConversation> ReadRow(PSObject? input)
        {
            var request = new ConversationRequest { InboxId = InboxId };
            object target;
            LiveDeskError? error = null;
            switch (ParameterSetName)
            {
                case ContactSet:
                    var contact = Contact!;
                    target = contact;
                    request.ContactId = contact.Id;
                    request.Contact = contact;
                    request.InboxKnown = contact.InboxId == InboxId || contact.ContactInboxes.Any(link => link.InboxId == InboxId);
                    if (contact.Id <= 0) error = Invalid("The contact has no id. Pipe contacts from New-LiveDeskContact or Get-LiveDeskContact.");
                    else if (InboxId <= 0) error = Failures.Invalid(ErrorIds.InvalidInboxId, $"Contact {contact.Id} is in no inbox that LiveDesk reported. Pass the inbox with -InboxId.");
                    break;
                case ContactIdSet:
                    target = (object?)input ?? DescribeParameters();
                    request.ContactId = ContactId;
                    if (ContactId <= 0) error = Invalid($"The contact id {ContactId} is not a positive number.");
                    break;
                default:
                    target = (object?)input ?? DescribeParameters();
                    request.SourceId = SourceId?.Trim();
                    if (string.IsNullOrEmpty(request.SourceId)) error = Invalid("The source id is empty. Give the contact_inbox.source_id of the contact in this inbox, or use -ContactId.");
                    break;
            }
            if (error == null && InboxId <= 0) error = Failures.Invalid(ErrorIds.InvalidInboxId, $"The inbox id {InboxId} is not a positive number.");

            if (error != null) return ImportRow<LiveDeskConversation>.Failed(target, error);
            var service = Conversations;
            return ImportRow<LiveDeskConversation>.Request(target, "Create LiveDesk conversation", $"{request.Describe()} in inbox {request.InboxId}",
                ct => service.CreateConversationAsync(request, ct));
        }

        private static LiveDeskError Invalid(string message) => Failures.Invalid(ErrorIds.InvalidInput, message);
    }
}
