using System.Management.Automation;
using LiveDesk.Conversations;
using LiveDesk.Errors;
using LiveDesk.Import;
using LiveDesk.Models;
using LiveDesk.Protocol;

namespace LiveDesk.Commands
{
    /// <summary>
    /// Sends messages into LiveDesk conversations: the API channel's third step. Keeps several requests in
    /// flight, sends the messages of one conversation one after the other, and writes them in input order.
    /// </summary>
    [Cmdlet(VerbsCommunications.Send, "LiveDeskMessage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ConversationSet)]
    [OutputType(typeof(LiveDeskMessage))]
    public sealed class SendLiveDeskMessageCommand : LiveDeskImportCmdletBase<LiveDeskMessage>
    {
        private const string ConversationSet = "Conversation";
        private const string ConversationIdSet = "ConversationId";

        private static readonly ImportReport<LiveDeskMessage> Sends = new ImportReport<LiveDeskMessage>("Sending LiveDesk messages", "LiveDesk messages", "messages", new[] { "sent" });

        /// <summary>A conversation from New-LiveDeskConversation; the message is sent into it.</summary>
        // Typed, and the only way a piped object names a conversation besides a property called ConversationId:
        // a contact (or any row) whose Id happens to be a conversation's id must never receive a message.
        [Parameter(ParameterSetName = ConversationSet, Mandatory = true, ValueFromPipeline = true)]
        public LiveDeskConversation? Conversation { get; set; }

        /// <summary>The id of the conversation to send the message into.</summary>
        [Parameter(ParameterSetName = ConversationIdSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("conversation_id")]
        public long ConversationId { get; set; }

        /// <summary>The text of the message; a script block is run for each piped object ($_).</summary>
        // ValueFromPipelineByPropertyName is what lets PowerShell run a script block given here once per
        // piped object (delay-bind); AllowEmptyString lets an empty result reach the row check below.
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowNull, AllowEmptyString]
        public string? Content { get; set; }

        /// <summary>Sends a private note, which only agents see.</summary>
        [Parameter]
        public SwitchParameter Private { get; set; }

        /// <summary>The id of the message this one answers.</summary>
        [Parameter]
        [ValidateRange(1, long.MaxValue)]
        public long InReplyTo { get; set; }

        /// <summary>The input row; bound from the pipeline and used as the TargetObject of errors.</summary>
        [Parameter(ParameterSetName = ConversationIdSet, ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        internal override ImportReport<LiveDeskMessage> Report => Sends;

        internal override PSObject? Input => InputObject;

        internal override ImportRow<LiveDeskMessage> ReadRow(PSObject? input)
        {
            var conversationId = ParameterSetName == ConversationSet ? Conversation!.Id : ConversationId;
            object target = ParameterSetName == ConversationSet ? Conversation! : (object?)input ?? DescribeParameters();
            var request = new MessageRequest
            {
                ConversationId = conversationId,
                Content = Content ?? string.Empty,
                Private = Private.IsPresent,
                InReplyTo = InReplyTo > 0 ? InReplyTo : (long?)null,
            };

            LiveDeskError? error = null;
            if (conversationId <= 0) error = Failures.Invalid(ErrorIds.InvalidInput, $"The conversation id {conversationId} is not a positive number.");
            else if (string.IsNullOrWhiteSpace(Content)) error = Failures.Invalid(ErrorIds.InvalidInput, $"The message for conversation {conversationId} is empty: -Content needs some text. Nothing was sent.");
            else if (Content!.Length > ConversationService.MaximumContentLength)
            {
                error = Failures.Invalid(ErrorIds.ValueTooLong, $"The message for conversation {conversationId} has {Content.Length} characters; LiveDesk accepts at most {ConversationService.MaximumContentLength}. Nothing was sent.");
            }

            if (error != null) return ImportRow<LiveDeskMessage>.Failed(target, error);
            var service = Conversations;
            // Messages into one conversation go one after the other, so they arrive in input order.
            return ImportRow<LiveDeskMessage>.Request(target, Private ? "Add LiveDesk private note" : "Send LiveDesk message",
                $"conversation {conversationId}: \"{ResponseParser.Excerpt(request.Content, 60)}\"", ct => service.SendMessageAsync(request, ct), new[] { "conversation:" + conversationId });
        }
    }
}
