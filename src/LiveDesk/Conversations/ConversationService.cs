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
            var response = await SendAsync(attempt, HttpMethod.Post, $"{ConversationsPath}/{conversation}/messages", RequestWriter.MessageBody(request), ct).ConfigureAwait(false);
            if (response.IsSuccess)
            {
                var message = ParseOr(() => ResponseParser.ParseMessage(response.Body), "sent the message");
                if (message.ConversationId == 0) message.ConversationId = request.ConversationId;
                message.Content ??= request.Content;
                message.InReplyTo ??= request.InReplyTo;
                return message;
            }
            var error = ResponseParser.ParseError(response.Body, response.ContentType);
            switch (response.StatusCode)
            {
                case 404:
                    throw Failures.Fail(ErrorIds.ConversationNotFound, LiveDeskErrorKind.ObjectNotFound, $"Conversation {conversation} was not found ({error.Message}). The message was not sent.", 404);
                case 422:
                    throw Failures.Fail(ErrorIds.RequestRejected, LiveDeskErrorKind.InvalidData, $"LiveDesk refused the message for conversation {conversation}: {error.Message}", 422);
                default:
                    throw MapFailure(response, error, inboxId: null);
            }
        }
    }
}
