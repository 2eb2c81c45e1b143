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
    public sealed class NewLiveDeskConversationCommand : LiveDeskConnectedCmdletBase
    {
        private const string ContactSet = "Contact";
        private const string ContactIdSet = "ContactId";
        private const string SourceIdSet = "SourceId";

        private ConversationImport<LiveDeskConversation>? _import;

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

        /// <summary>The most requests in flight at once.</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 16;

        /// <summary>How long one row may wait out rate limiting (429) in total before it fails.</summary>
        [Parameter]
        [ValidateRange(0, 86400)]
        public int MaximumRateLimitWaitSec { get; set; } = 300;

        /// <inheritdoc />
        protected override void BeginProcessing() =>
            _import = ConversationImport<LiveDeskConversation>.Start(this,
                new ImportReport<LiveDeskConversation> { Activity = "Creating LiveDesk conversations", SummaryTitle = "LiveDesk conversations",
                    Source = "New-LiveDeskConversation", Unit = "conversations", Outcomes = new[] { "created" } },
                ThrottleLimit, MaximumRateLimitWaitSec);

        /// <inheritdoc />
        protected override void ProcessRecord()
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
                    target = (object?)InputObject ?? DescribeParameters();
                    request.ContactId = ContactId;
                    if (ContactId <= 0) error = Invalid($"The contact id {ContactId} is not a positive number.");
                    break;
                default:
                    target = (object?)InputObject ?? DescribeParameters();
                    request.SourceId = SourceId?.Trim();
                    if (string.IsNullOrEmpty(request.SourceId)) error = Invalid("The source id is empty. Give the contact_inbox.source_id of the contact in this inbox, or use -ContactId.");
                    break;
            }
            if (error == null && InboxId <= 0) error = Failures.Invalid(ErrorIds.InvalidInboxId, $"The inbox id {InboxId} is not a positive number.");

            _import!.Submit(target, error, () => ShouldProcess($"{request.Describe()} in inbox {request.InboxId}", "Create LiveDesk conversation"),
                Array.Empty<string>(), (service, ct) => service.CreateConversationAsync(request, ct));
        }

        /// <inheritdoc />
        protected override void EndProcessing() => _import!.Complete();

        private static LiveDeskError Invalid(string message) => Failures.Invalid(ErrorIds.InvalidInput, message);

        private PSObject DescribeParameters()
        {
            var o = new PSObject();
            o.Properties.Add(new PSNoteProperty("InboxId", InboxId));
            if (ParameterSetName == ContactIdSet) o.Properties.Add(new PSNoteProperty("ContactId", ContactId));
            else o.Properties.Add(new PSNoteProperty("SourceId", SourceId));
            return o;
        }
    }
}
