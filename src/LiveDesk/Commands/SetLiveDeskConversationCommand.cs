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
    [Cmdlet(VerbsCommon.Set, "LiveDeskConversation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = PipelineSet)]
    [OutputType(typeof(LiveDeskConversation))]
    public sealed class SetLiveDeskConversationCommand : LiveDeskImportCmdletBase<LiveDeskConversation>
    {
        private const string IdSet = "Id";
        private const string PipelineSet = "Pipeline";

        private static readonly ImportReport<LiveDeskConversation> Changes =
            new ImportReport<LiveDeskConversation>("Setting the status of LiveDesk conversations", "LiveDesk conversation statuses", "conversations", new[] { "set" });

        private DateTimeOffset? _snoozedUntil;

        /// <summary>The id of the conversation; given on the command line only (a piped contact's Id must never name a conversation).</summary>
        [Parameter(ParameterSetName = IdSet, Mandatory = true, Position = 0)]
        public long Id { get; set; }

        /// <summary>
        /// A piped conversation (New-LiveDeskConversation), message (Send-LiveDeskMessage: its conversation) or row with a
        /// ConversationId column. Its bare Id is never read: a contact piped in by mistake changes nothing.
        /// </summary>
        // One untyped pipeline parameter rather than one typed parameter per kind: PowerShell cannot choose between
        // parameter sets that each take a different type from the pipeline ("Parameter set cannot be resolved").
        [Parameter(ParameterSetName = PipelineSet, ValueFromPipeline = true)]
        public PSObject? InputObject { get; set; }

        /// <summary>The id of the conversation, from a ConversationId (or conversation_id) property of a piped row.</summary>
        [Parameter(ParameterSetName = PipelineSet, ValueFromPipelineByPropertyName = true)]
        [Alias("conversation_id")]
        public long? ConversationId { get; set; }

        /// <summary>The status to set: Open, Resolved, Pending or Snoozed.</summary>
        [Parameter(Mandatory = true)]
        public ConversationStatus Status { get; set; }

        /// <summary>When a snoozed conversation opens again; required with -Status Snoozed, refused with any other status. A time without a zone is local time.</summary>
        [Parameter]
        public DateTime SnoozedUntil { get; set; }

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
            object target = (object?)input ?? DescribeParameters();
            switch (input?.BaseObject)
            {
                case LiveDeskConversation conversation:
                    request.Conversation = conversation;
                    request.ConversationId = conversation.Id;
                    break;
                case LiveDeskMessage message:
                    request.ConversationId = message.ConversationId;
                    request.InboxId = message.InboxId ?? 0;
                    break;
                default:
                    if (ParameterSetName == IdSet) request.ConversationId = Id;
                    else if (ConversationId is long id) request.ConversationId = id;
                    else
                    {
                        return ImportRow<LiveDeskConversation>.Failed(target, Failures.Invalid(ErrorIds.InvalidInput,
                            "The piped object names no conversation. Pipe conversations from New-LiveDeskConversation, messages from Send-LiveDeskMessage, or rows with a ConversationId column, or give -Id; a bare Id property is not read, so that a contact piped in by mistake changes nothing. Nothing was changed."));
                    }
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
