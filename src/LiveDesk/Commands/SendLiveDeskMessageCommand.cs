using System.Linq;
using System.Management.Automation;
using LiveDesk.Conversations;
using LiveDesk.Errors;
using LiveDesk.Import;
using LiveDesk.Models;
using LiveDesk.Parameters;
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

        /// <summary>The text of the message (optional with -Attachment); a script block is run for each piped object ($_).</summary>
        // ValueFromPipelineByPropertyName is what lets PowerShell run a script block given here once per
        // piped object (delay-bind); AllowEmptyString lets an empty result reach the row check below.
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowNull, AllowEmptyString]
        public string? Content { get; set; }

        /// <summary>Files to attach, resolved like -Path (wildcards allowed); a script block is run for each piped object ($_).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateNotNull]
        public string[]? Attachment { get; set; }

        /// <summary>The largest file -Attachment may send, in bytes (default 40 MB, LiveDesk's limit).</summary>
        [Parameter]
        [ValidateRange(1, long.MaxValue)]
        public long MaximumAttachmentSize { get; set; } = DefaultMaximumAttachmentSize;

        /// <summary>LiveDesk's (Chatwoot's) limit on one attachment: 40 MB.</summary>
        internal const long DefaultMaximumAttachmentSize = 40L * 1024 * 1024;

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
                Content = string.IsNullOrWhiteSpace(Content) ? string.Empty : Content!,
                Private = Private.IsPresent,
                InReplyTo = InReplyTo > 0 ? InReplyTo : (long?)null,
                MaximumAttachmentSize = MaximumAttachmentSize,
            };

            LiveDeskError? error = null;
            if (conversationId <= 0) error = Failures.Invalid(ErrorIds.InvalidInput, $"The conversation id {conversationId} is not a positive number.");
            // Every file of the row is found and measured before any of it is sent.
            else if (Attachment != null) request.Attachments = AttachmentPaths.Resolve(this, Attachment, MaximumAttachmentSize, out error);
            error ??= CheckContent(request);

            if (error != null) return ImportRow<LiveDeskMessage>.Failed(target, error);
            var service = Conversations;
            // Messages into one conversation go one after the other, so they arrive in input order.
            return ImportRow<LiveDeskMessage>.Request(target, Private ? "Add LiveDesk private note" : "Send LiveDesk message",
                Describe(request), ct => service.SendMessageAsync(request, ct), new[] { "conversation:" + conversationId });
        }

        private static LiveDeskError? CheckContent(MessageRequest request)
        {
            var conversation = request.ConversationId;
            if (request.Content.Length == 0 && request.Attachments.Count == 0)
            {
                return Failures.Invalid(ErrorIds.InvalidInput, $"The message for conversation {conversation} is empty: give -Content some text, or files with -Attachment. Nothing was sent.");
            }
            if (request.Content.Length > ConversationService.MaximumContentLength)
            {
                return Failures.Invalid(ErrorIds.ValueTooLong, $"The message for conversation {conversation} has {request.Content.Length} characters; LiveDesk accepts at most {ConversationService.MaximumContentLength}. Nothing was sent.");
            }
            return null;
        }

        private static string Describe(MessageRequest request)
        {
            var text = $"conversation {request.ConversationId}: \"{ResponseParser.Excerpt(request.Content, 60)}\"";
            return request.Attachments.Count == 0 ? text : text + " with " + string.Join(", ", request.Attachments.Select(f => f.FileName));
        }
    }
}
