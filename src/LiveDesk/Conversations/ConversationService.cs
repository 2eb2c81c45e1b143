using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Errors;
using LiveDesk.Models;
using LiveDesk.Pacing;
using LiveDesk.Protocol;
using LiveDesk.Transport;

namespace LiveDesk.Conversations
{
    /// <summary>
    /// The API channel's steps two and three: creating a conversation and sending a message. Neither can be
    /// found again after an unknown outcome (there is no idempotency key and no documented way to list
    /// them), so both are <see cref="RequestKind.UnresolvableCreate"/>: sent again only when they cannot have
    /// been processed, never after a timeout, a lost connection or a 5xx. One instance serves one cmdlet
    /// invocation; it is safe to use from many tasks.
    /// </summary>
    internal sealed class ConversationService : ApiService
    {
        internal const string ConversationsPath = "api/v2/accounts/conversations";

        /// <summary>Chatwoot's limit on a message's content.</summary>
        internal const int MaximumContentLength = 150000;

        // Inboxes a conversation was created in during this invocation: a later 404 there is about the contact.
        private readonly ConcurrentDictionary<long, bool> _knownInboxes = new ConcurrentDictionary<long, bool>();

        /// <summary>Creates the service over a connection's client and governor, with this invocation's retry settings.</summary>
        public ConversationService(LiveDeskClient client, RateGovernor governor, RetrySettings retries, Action<string>? trace = null)
            : base(client, governor, retries, trace)
        {
        }

        /// <summary>Creates a conversation; returns it, or throws <see cref="LiveDeskException"/> for this row.</summary>
        public async Task<LiveDeskConversation> CreateConversationAsync(ConversationRequest request, CancellationToken ct)
        {
            var who = request.Describe();
            var inbox = request.InboxId.ToString(CultureInfo.InvariantCulture);
            var attempt = Retries.Begin(RequestKind.UnresolvableCreate, $"No conversation was created for {who}.",
                $"A conversation with {who} in inbox {inbox} may or may not have been created. It was not sent again, so that the contact does not get a second conversation: look at the contact's conversations in LiveDesk before creating one again.");
            var response = await SendAsync(attempt, HttpMethod.Post, ConversationsPath, RequestWriter.ConversationBody(request), ct).ConfigureAwait(false);
            if (response.IsSuccess)
            {
                var conversation = ParseOr(() => ResponseParser.ParseConversation(response.Body), "created the conversation");
                _knownInboxes[request.InboxId] = true;
                if (conversation.InboxId == 0) conversation.InboxId = request.InboxId;
                conversation.Contact ??= request.Contact;
                if (conversation.ContactId == 0) conversation.ContactId = request.ContactId ?? request.Contact?.Id ?? 0;
                return conversation;
            }
            var error = ResponseParser.ParseError(response.Body, response.ContentType);
            if (response.StatusCode == 404) throw ConversationTargetNotFound(request, error);
            if (response.StatusCode == 422)
            {
                throw Failures.Fail(ErrorIds.RequestRejected, LiveDeskErrorKind.InvalidData, $"LiveDesk refused a conversation with {who} in inbox {inbox}: {error.Message}", 422);
            }
            throw MapFailure(response, error, inboxId: null);
        }

        /// <summary>
        /// LiveDesk answers 404 alike for an unknown inbox and an unknown contact (it looks the inbox up first).
        /// Once LiveDesk has shown the inbox exists, the contact is what is missing; until then the message names both.
        /// </summary>
        private LiveDeskException ConversationTargetNotFound(ConversationRequest request, ServerError error)
        {
            var inbox = request.InboxId.ToString(CultureInfo.InvariantCulture);
            if (request.InboxKnown || _knownInboxes.ContainsKey(request.InboxId))
            {
                var what = request.ContactId is long id
                    ? $"Contact {id.ToString(CultureInfo.InvariantCulture)} was not found"
                    : $"No contact has the source id '{request.SourceId}' in inbox {inbox}";
                return Failures.Fail(ErrorIds.ContactNotFound, LiveDeskErrorKind.ObjectNotFound, $"{what} ({error.Message}). No conversation was created.", 404);
            }
            return Failures.Fail(ErrorIds.InboxNotFound, LiveDeskErrorKind.ObjectNotFound,
                $"Inbox {inbox} or {request.Describe()} was not found ({error.Message}); LiveDesk gives the same answer for both. Check the inbox id (the channel id under Project settings - Channels in the LiveDesk console) and the contact. No conversation was created.", 404);
        }

        /// <summary>Sends a message into a conversation; returns it, or throws <see cref="LiveDeskException"/> for this row.</summary>
        public async Task<LiveDeskMessage> SendMessageAsync(MessageRequest request, CancellationToken ct)
        {
            var conversation = request.ConversationId.ToString(CultureInfo.InvariantCulture);
            var attempt = Retries.Begin(RequestKind.UnresolvableCreate, $"The message was not sent to conversation {conversation}.",
                $"The message may or may not have been added to conversation {conversation}. It was not sent again, so that it does not arrive twice: look at conversation {conversation} in LiveDesk before sending it again.");
            var path = $"{ConversationsPath}/{conversation}/messages";
            var response = request.Attachments.Count == 0
                ? await SendAsync(attempt, HttpMethod.Post, path, RequestWriter.MessageBody(request), ct).ConfigureAwait(false)
                : await SendAsync(attempt, HttpMethod.Post, path, () => MessageForm(request), ct).ConfigureAwait(false);
            if (response.IsSuccess)
            {
                var message = ParseOr(() => ResponseParser.ParseMessage(response.Body), "sent the message");
                if (message.ConversationId == 0) message.ConversationId = request.ConversationId;
                if (request.Content.Length > 0) message.Content ??= request.Content;
                message.InReplyTo ??= request.InReplyTo;
                AttachmentCheck.Verify(request, message);
                return message;
            }
            var error = ResponseParser.ParseError(response.Body, response.ContentType);
            switch (response.StatusCode)
            {
                case 404:
                    throw Failures.Fail(ErrorIds.ConversationNotFound, LiveDeskErrorKind.ObjectNotFound, $"Conversation {conversation} was not found ({error.Message}). The message was not sent.", 404);
                case 422:
                    throw Failures.Fail(ErrorIds.RequestRejected, LiveDeskErrorKind.InvalidData, $"LiveDesk refused the message for conversation {conversation}: {error.Message}", 422);
                case 413:
                    throw Failures.Fail(ErrorIds.AttachmentTooLarge, LiveDeskErrorKind.InvalidData, $"LiveDesk refused the message for conversation {conversation} as too large (413): {error.Message}. The message was not sent.", 413);
                default:
                    throw MapFailure(response, error, inboxId: null);
            }
        }

        // Each attempt checks the files again and opens them only while its body is written: a retry after a 429
        // sends them afresh, and a file removed or grown past the limit in the meantime fails the row unsent.
        private static System.Net.Http.HttpContent MessageForm(MessageRequest request)
        {
            var files = new AttachmentFile[request.Attachments.Count];
            for (var i = 0; i < files.Length; i++) files[i] = request.Attachments[i].Recheck(request.MaximumAttachmentSize);
            return RequestWriter.MessageForm(request, files);
        }

        /// <summary>
        /// Sets a conversation's status. Setting a status twice leaves it the same, so the request is
        /// <see cref="RequestKind.Idempotent"/>: sent again after a timeout, a lost connection or a 5xx.
        /// </summary>
        public async Task<LiveDeskConversation> SetStatusAsync(StatusRequest request, CancellationToken ct)
        {
            var conversation = request.ConversationId.ToString(CultureInfo.InvariantCulture);
            var attempt = Retries.Begin(RequestKind.Idempotent, $"The status of conversation {conversation} was not changed.");
            var response = await SendAsync(attempt, HttpMethod.Post, $"{ConversationsPath}/{conversation}/toggle_status", RequestWriter.StatusBody(request), ct).ConfigureAwait(false);
            if (response.IsSuccess)
            {
                var change = ParseOr(() => ResponseParser.ParseStatusChange(response.Body), $"set conversation {conversation} {request.StatusName}");
                if (!string.Equals(change.Status, request.StatusName, StringComparison.OrdinalIgnoreCase))
                {
                    throw Failures.Fail(ErrorIds.InvalidResponse, LiveDeskErrorKind.InvalidResult,
                        $"LiveDesk was asked to set conversation {conversation} {request.StatusName} and answered success, but reports its status as '{ResponseParser.Excerpt(change.Status ?? "(none)", 40)}'.");
                }
                var result = request.Conversation?.Copy() ?? new LiveDeskConversation { Id = request.ConversationId, InboxId = request.InboxId };
                result.Status = request.StatusName;
                result.SnoozedUntil = request.Status == ConversationStatus.Snoozed ? change.SnoozedUntil ?? request.SnoozedUntil : null;
                return result;
            }
            var error = ResponseParser.ParseError(response.Body, response.ContentType);
            var status = response.StatusCode;
            if (status == 404)
            {
                throw Failures.Fail(ErrorIds.ConversationNotFound, LiveDeskErrorKind.ObjectNotFound, $"Conversation {conversation} was not found ({error.Message}). Its status was not changed.", 404);
            }
            // Chatwoot answers a status it does not know with 422 (or, from Rails' enum, 400 or 500): a refusal of the input.
            if (status >= 400 && status < 500 && status != 401 && status != 403)
            {
                throw Failures.Fail(ErrorIds.InvalidInput, LiveDeskErrorKind.InvalidData, $"LiveDesk refused to set conversation {conversation} {request.Describe()} ({status}): {error.Message}", status);
            }
            throw MapFailure(response, error, inboxId: null);
        }
    }
}
