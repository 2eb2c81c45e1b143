using System;
using System.Globalization;
using System.Management.Automation;
using LiveDesk.Conversations;
using LiveDesk.Errors;
using LiveDesk.Import;
using LiveDesk.Models;

namespace LiveDesk.Commands
{
    /// <summary>
    /// Sets the status of LiveDesk conversations: open, resolved, pending, or snoozed until a time. Closes the API
    /// channel's flow, so that conversations opened to send a notice do not stay open for agents. Keeps several
    /// requests in flight and writes the conversations, with their new status, in input order.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "LiveDeskConversation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = MessageSet)]
    [OutputType(typeof(LiveDeskConversation))]
    public sealed class SetLiveDeskConversationCommand : LiveDeskImportCmdletBase<LiveDeskConversation>
    {
        private const string IdSet = "Id";
        private const string ConversationSet = "Conversation";
        private const string MessageSet = "Message";
        private const string ConversationIdSet = "ConversationId";

        private static readonly ImportReport<LiveDeskConversation> Changes = new ImportReport<LiveDeskConversation>
        {
            Activity = "Setting the status of LiveDesk conversations",
            SummaryTitle = "LiveDesk conversation statuses",
            Unit = "conversations",
            Outcomes = new[] { "set" },
        };

        private DateTimeOffset? _snoozedUntil;

        /// <summary>The id of the conversation; given on the command line only (a piped contact's Id must never name a conversation).</summary>
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0)]
        public long Id { get; set; }

        /// <summary>A conversation from New-LiveDeskConversation.</summary>
        // Typed, like -Message: the only ways a piped object names a conversation besides a ConversationId property.
        [Parameter(ParameterSetName = ConversationSet, Mandatory = true, ValueFromPipeline = true)]
        public LiveDeskConversation? Conversation { get; set; }

        /// <summary>A message from Send-LiveDeskMessage; the conversation it was sent into is changed.</summary>
        [Parameter(ParameterSetName = MessageSet, Mandatory = true, ValueFromPipeline = true)]
        public LiveDeskMessage? Message { get; set; }

        /// <summary>The id of the conversation, from a ConversationId (or conversation_id) property of a piped row.</summary>
        [Parameter(ParameterSetName = ConversationIdSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("conversation_id")]
        public long ConversationId { get; set; }

        /// <summary>The status to set: Open, Resolved, Pending or Snoozed.</summary>
        [Parameter(Mandatory = true)]
        public ConversationStatus Status { get; set; }

        /// <summary>When a snoozed conversation opens again; required with -Status Snoozed, refused with any other status. A time without a zone is local time.</summary>
        [Parameter]
        public DateTime SnoozedUntil { get; set; }

        /// <summary>The input row; bound from the pipeline and used as the TargetObject of errors.</summary>
        [Parameter(ParameterSetName = ConversationIdSet, ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        internal override ImportReport<LiveDeskConversation> Report => Changes;

        internal override PSObject? Input => InputObject;

        internal override void BeginImport()
        {
            var given = MyInvocation.BoundParameters.ContainsKey(nameof(SnoozedUntil));
            string? problem = null;
            if (Status == ConversationStatus.Snoozed && !given) problem = "-Status Snoozed needs -SnoozedUntil: the time the conversation opens again.";
            else if (Status != ConversationStatus.Snoozed && given) problem = $"-SnoozedUntil applies only to -Status Snoozed, not to {Status}.";
            else if (given)
            {
                _snoozedUntil = SnoozeTime.ToInstant(SnoozedUntil);
                if (_snoozedUntil <= DateTimeOffset.UtcNow) problem = $"-SnoozedUntil {_snoozedUntil.Value.ToString("u", CultureInfo.InvariantCulture)} is not in the future; LiveDesk would open the conversation again at once.";
            }
            if (problem != null) ThrowTerminatingError(ErrorRecords.Create(ErrorIds.InvalidInput, LiveDeskErrorKind.InvalidArgument, SnoozedUntil, problem + " Nothing was changed."));
        }

        internal override ImportRow<LiveDeskConversation> ReadRow(PSObject? input)
        {
            var request = new StatusRequest { Status = Status, SnoozedUntil = _snoozedUntil };
            object target;
            switch (ParameterSetName)
            {
                case ConversationSet:
                    target = Conversation!;
                    request.Conversation = Conversation;
                    request.ConversationId = Conversation!.Id;
                    break;
                case MessageSet:
                    target = Message!;
                    request.ConversationId = Message!.ConversationId;
                    request.InboxId = Message.InboxId ?? 0;
                    break;
                case IdSet:
                    target = DescribeParameters();
                    request.ConversationId = Id;
                    break;
                default:
                    target = (object?)input ?? DescribeParameters();
                    request.ConversationId = ConversationId;
                    break;
            }
            if (request.ConversationId <= 0)
            {
                return ImportRow<LiveDeskConversation>.Failed(target, Failures.Invalid(ErrorIds.InvalidInput, $"The conversation id {request.ConversationId} is not a positive number. Nothing was changed."));
            }
            var service = Conversations;
            // Changes to one conversation go one after the other, so the last one given is the one that stays.
            return ImportRow<LiveDeskConversation>.Request(target, "Set LiveDesk conversation status",
                $"conversation {request.ConversationId}: {request.Describe()}", ct => service.SetStatusAsync(request, ct), new[] { "conversation:" + request.ConversationId });
        }
    }
}
