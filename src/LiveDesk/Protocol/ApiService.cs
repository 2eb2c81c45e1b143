using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Contacts;
using LiveDesk.Conversations;
using LiveDesk.Errors;
using LiveDesk.Pacing;
using LiveDesk.Transport;

namespace LiveDesk.Protocol
{
    /// <summary>
    /// What every group of API operations (<see cref="ContactService"/>, <see cref="ConversationService"/>) does
    /// alike: send a request under this invocation's <see cref="RetrySettings"/> and a connection's pacing, read a
    /// successful answer, and map an answer no operation-specific rule handled. One instance serves one cmdlet
    /// invocation; it is safe to use from many tasks.
    /// </summary>
    internal abstract class ApiService
    {
        private readonly LiveDeskClient _client;

        /// <summary>Creates the service over a connection's client and governor, with this invocation's retry settings.</summary>
        protected ApiService(LiveDeskClient client, RateGovernor governor, RetrySettings settings, Action<string>? trace)
        {
            _client = client;
            Governor = governor;
            Retries = new RetryLoop(settings);
            Trace = trace;
        }

        /// <summary>The retry loop of this invocation, with its settings.</summary>
        public RetryLoop Retries { get; }

        /// <summary>The number of 429 answers seen by this service.</summary>
        public long ThrottledCount => Retries.ThrottledCount;

        /// <summary>The connection's governor, which paces every request unless an operation names another.</summary>
        protected RateGovernor Governor { get; }

        /// <summary>Where request traces go (the cmdlet's -Verbose), or null.</summary>
        protected Action<string>? Trace { get; }

        /// <summary>Sends one operation's request, retried as its rules decide, paced by <paramref name="governor"/> (default: <see cref="Governor"/>).</summary>
        protected Task<ApiResponse> SendAsync(RetryRules attempt, HttpMethod method, string path, string? body, CancellationToken ct, RateGovernor? governor = null) =>
            Retries.SendAsync(attempt, governor ?? Governor, token => _client.SendAsync(method, path, body, Trace, token), ct);

        /// <summary>Sends one operation's request with a body that <paramref name="content"/> makes afresh for each attempt.</summary>
        protected Task<ApiResponse> SendAsync(RetryRules attempt, HttpMethod method, string path, Func<HttpContent> content, CancellationToken ct) =>
            Retries.SendAsync(attempt, Governor, token => _client.SendBodyAsync(method, path, content, Trace, token), ct);

        /// <summary>Reads a successful answer; one that cannot be read fails the row with <see cref="ErrorIds.InvalidResponse"/>, saying what LiveDesk reported doing.</summary>
        protected static T ParseOr<T>(Func<T> parse, string what)
        {
            try
            {
                return parse();
            }
            catch (LiveDeskResponseException ex)
            {
                throw Failures.Fail(ErrorIds.InvalidResponse, LiveDeskErrorKind.InvalidResult, $"LiveDesk reported success ({what}), but its answer could not be read: {ex.Message}", cause: ex);
            }
        }

        /// <summary>The error for an answer no operation-specific rule handled: credentials, permissions, 404 of an inbox, 422, 5xx, redirects.</summary>
        internal static LiveDeskException MapFailure(ApiResponse response, ServerError error, long? inboxId)
        {
            var status = response.StatusCode;
            switch (status)
            {
                case 401:
                    var forbidden = error.Message.IndexOf("not authorized", StringComparison.OrdinalIgnoreCase) >= 0;
                    return forbidden
                        ? Failures.Fail(ErrorIds.PermissionDenied, LiveDeskErrorKind.PermissionDenied, $"LiveDesk refused the request: {error.Message}. The API key lacks the permission for it.", status, fatal: true)
                        : Failures.Fail(ErrorIds.AuthenticationFailed, LiveDeskErrorKind.AuthenticationError, $"LiveDesk rejected the API key and secret ({error.Message}). Check them in the LiveDesk console (Project settings - API management) and run Connect-LiveDesk again.", status, fatal: true);
                case 403:
                    return Failures.Fail(ErrorIds.PermissionDenied, LiveDeskErrorKind.PermissionDenied, $"LiveDesk refused the request: {error.Message}", status, fatal: true);
                case 404 when inboxId != null:
                    return Failures.Fail(ErrorIds.InboxNotFound, LiveDeskErrorKind.ObjectNotFound, $"Inbox {inboxId} was not found ({error.Message}). Use the channel id shown in the LiveDesk console under Project settings - Channels.", status);
                case 422:
                    return Failures.Fail(ErrorIds.ContactInvalid, LiveDeskErrorKind.InvalidData, $"LiveDesk rejected the request: {error.Message}", status);
            }
            if (status >= 500) return Failures.Fail(ErrorIds.ServerError, LiveDeskErrorKind.ConnectionError, $"LiveDesk answered {status}: {error.Message}", status);
            if (status >= 300 && status < 400) return Failures.Fail(ErrorIds.RequestRejected, LiveDeskErrorKind.InvalidOperation, $"LiveDesk answered {status} (a redirect); check -BaseUri on Connect-LiveDesk.", status);
            return Failures.Fail(ErrorIds.RequestRejected, LiveDeskErrorKind.InvalidOperation, $"LiveDesk answered {status}: {error.Message}", status);
        }
    }
}
