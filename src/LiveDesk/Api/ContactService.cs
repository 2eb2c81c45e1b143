using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Models;

namespace LiveDesk.Api
{
    /// <summary>What New-LiveDeskContact does when a row's e-mail, phone number or identifier is already taken.</summary>
    public enum IfExistsAction
    {
        /// <summary>Write a LiveDesk.ContactDuplicate error.</summary>
        Error,
        /// <summary>Emit the existing contact unchanged.</summary>
        Skip,
        /// <summary>Update the existing contact with the row's non-empty fields.</summary>
        Update,
    }

    /// <summary>
    /// The contact operations with their retry rules. Creates are not idempotent and the API has no
    /// idempotency key, so a create is repeated automatically only when it cannot have been processed
    /// (429, no connection, 503 with Retry-After); when the outcome is unknown it is repeated only if the
    /// row carries a unique field, and a later "has already been taken" is resolved by looking the
    /// contact up. One instance serves one cmdlet invocation; it is safe to use from many tasks.
    /// </summary>
    public sealed class ContactService
    {
        internal const string ContactsPath = "api/v2/accounts/contacts";
        private static readonly HttpMethod Patch = new HttpMethod("PATCH");
        private static readonly ThreadLocal<Random> Jitter = new ThreadLocal<Random>(() => new Random(Guid.NewGuid().GetHashCode()));

        private readonly LiveDeskClient _client;
        private readonly RateGovernor _governor;
        private readonly Action<string>? _trace;

        /// <summary>Creates the service over a connection's client and governor.</summary>
        public ContactService(LiveDeskClient client, RateGovernor governor, Action<string>? trace = null)
        {
            _client = client;
            _governor = governor;
            _trace = trace;
        }

        /// <summary>A row throttled (429) for longer than this in total fails with LiveDesk.RateLimitExceeded.</summary>
        public TimeSpan MaximumRateLimitWait { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>Overrides the connection's MaximumRetryCount (Connect-LiveDesk's check should fail fast).</summary>
        public int? MaximumRetryCount { get; set; }

        /// <summary>The number of 429 answers seen by this service.</summary>
        public long ThrottledCount => Interlocked.Read(ref _throttled);

        private long _throttled;

        private ClientSettings Settings => _client.Settings;

        /// <summary>Creates a contact; returns it with its Outcome, or throws <see cref="LiveDeskException"/> for this row.</summary>
        public async Task<LiveDeskContact> CreateAsync(ContactFields fields, IfExistsAction ifExists, CancellationToken ct)
        {
            var body = RequestWriter.CreateBody(fields);
            var state = new RequestState();
            string? unknownReason = null;
            while (true)
            {
                ApiResponse response;
                try
                {
                    response = await SendAsync(HttpMethod.Post, ContactsPath, body, idempotent: false, state, ct).ConfigureAwait(false);
                }
                catch (TransportException ex)
                {
                    unknownReason = ex.Message;
                    await RetryUnknownAsync(fields, state, unknownReason, ex.Failure == TransportFailure.Timeout, ct).ConfigureAwait(false);
                    continue;
                }

                if (response.IsSuccess)
                {
                    return AsCreated(ParseOr(() => ResponseParser.ParseCreated(response.Body), "created the contact"), fields);
                }

                var status = response.StatusCode;
                var error = ResponseParser.ParseError(response.Body, response.ContentType);
                if (status >= 500)
                {
                    unknownReason = $"LiveDesk answered {status}: {error.Message}";
                    await RetryUnknownAsync(fields, state, unknownReason, timeout: false, ct).ConfigureAwait(false);
                    continue;
                }

                if (status == 422 && IsAlreadyTaken(error))
                {
                    // One search serves both questions below: searches count against the rate limit.
                    LiveDeskContact? existing = null;
                    if (unknownReason != null || ifExists != IfExistsAction.Error)
                    {
                        existing = await FindExistingAsync(fields, error, ct).ConfigureAwait(false);
                    }
                    // An earlier attempt of ours may have landed: if the contact holding our values is ours in
                    // every unique field and not older than that attempt, that attempt created it.
                    if (unknownReason != null && existing != null && MatchesAllUniqueFields(existing, fields) && CreatedSinceFirstAttempt(existing, state, response))
                    {
                        _trace?.Invoke($"An earlier attempt had created contact {existing.Id} ({unknownReason}); using it.");
                        return AsCreated(existing, fields);
                    }
                    if (ifExists != IfExistsAction.Error)
                    {
                        if (existing == null)
                        {
                            throw Fail(ErrorIds.ContactDuplicate, LiveDeskErrorKind.ResourceExists, $"{error.Message}, but no contact with that value could be found to {(ifExists == IfExistsAction.Skip ? "skip" : "update")}.", status);
                        }
                        if (ifExists == IfExistsAction.Skip)
                        {
                            existing.Outcome = ContactOutcome.Existing;
                            return existing;
                        }
                        var update = new ContactFields { Name = fields.Name, Email = fields.Email, PhoneNumber = fields.PhoneNumber, Identifier = fields.Identifier, AvatarUrl = fields.AvatarUrl };
                        var updated = await UpdateAsync(existing.Id, update, ct).ConfigureAwait(false);
                        updated.Outcome = ContactOutcome.Updated;
                        return updated;
                    }
                    throw Fail(ErrorIds.ContactDuplicate, LiveDeskErrorKind.ResourceExists,
                        $"{error.Message}: a contact with this {DescribeFields(error)} already exists. Use -IfExists Skip or -IfExists Update to accept existing contacts.", status);
                }

                throw MapFailure(response, error, inboxId: fields.InboxId);
            }
        }

        // The API does not echo the avatar URL, and a contact found by search may not name the inbox.
        private static LiveDeskContact AsCreated(LiveDeskContact contact, ContactFields fields)
        {
            contact.Outcome = ContactOutcome.Created;
            contact.InboxId ??= fields.InboxId;
            contact.AvatarUrl ??= fields.AvatarUrl;
            return contact;
        }

        /// <summary>Updates a contact (PATCH); custom attributes are merged by the API.</summary>
        public async Task<LiveDeskContact> UpdateAsync(long id, ContactFields fields, CancellationToken ct)
        {
            var body = RequestWriter.UpdateBody(fields);
            var response = await SendIdempotentAsync(Patch, $"{ContactsPath}/{id}", body, ct).ConfigureAwait(false);
            if (response.IsSuccess)
            {
                var contact = ParseOr(() => ResponseParser.ParseSingle(response.Body), "updated the contact");
                contact.AvatarUrl ??= fields.AvatarUrl;
                return contact;
            }
            var error = ResponseParser.ParseError(response.Body, response.ContentType);
            if (response.StatusCode == 404)
            {
                throw Fail(ErrorIds.ContactNotFound, LiveDeskErrorKind.ObjectNotFound, $"Contact {id} was not found: {error.Message}", 404);
            }
            if (response.StatusCode == 422 && IsAlreadyTaken(error))
            {
                throw Fail(ErrorIds.ContactDuplicate, LiveDeskErrorKind.ResourceExists, $"{error.Message}: another contact already has this {DescribeFields(error)}.", 422);
            }
            throw MapFailure(response, error, inboxId: null);
        }

        /// <summary>Reads one page of the list (<paramref name="query"/> null) or of a search.</summary>
        public async Task<ContactPage> GetPageAsync(int page, string? query, string? sort, bool descending, bool includeContactInboxes, CancellationToken ct)
        {
            var path = BuildListPath(page, query, sort, descending, includeContactInboxes);
            var response = await SendIdempotentAsync(HttpMethod.Get, path, null, ct).ConfigureAwait(false);
            if (response.IsSuccess) return ParseOr(() => ResponseParser.ParsePage(response.Body), "listed contacts");
            throw MapFailure(response, ResponseParser.ParseError(response.Body, response.ContentType), inboxId: null);
        }

        /// <summary>Builds the list/search path with URL-encoded values.</summary>
        public static string BuildListPath(int page, string? query, string? sort, bool descending, bool includeContactInboxes)
        {
            var parts = new List<string> { "page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            if (!string.IsNullOrEmpty(query)) parts.Add("q=" + Uri.EscapeDataString(query!));
            if (!string.IsNullOrEmpty(sort))
            {
                parts.Add("sort=" + Uri.EscapeDataString(sort!));
                parts.Add("direction=" + (descending ? "desc" : "asc"));
            }
            if (!includeContactInboxes) parts.Add("include_contact_inboxes=false");
            return ContactsPath + "?" + string.Join("&", parts);
        }

        /// <summary>Finds the contact whose field equals the value exactly (e-mail ignoring case), by searching and filtering.</summary>
        public async Task<LiveDeskContact?> FindExactAsync(string field, string value, CancellationToken ct)
        {
            // q is a substring match over several fields: page on until an exact match or the end.
            for (var page = 1; page <= 50; page++)
            {
                var result = await GetPageAsync(page, value, null, false, true, ct).ConfigureAwait(false);
                var match = result.Contacts.FirstOrDefault(c => FieldEquals(c, field, value));
                if (match != null) return match;
                if (result.Contacts.Count == 0 || (result.TotalCount is long total && page * 15L >= total)) return null;
            }
            return null;
        }

        internal static bool FieldEquals(LiveDeskContact c, string field, string value)
        {
            switch (field)
            {
                case "email": return string.Equals(c.Email, value, StringComparison.OrdinalIgnoreCase);
                case "phone_number": return string.Equals(c.PhoneNumber, value, StringComparison.Ordinal);
                case "identifier": return string.Equals(c.Identifier, value, StringComparison.Ordinal);
                default: return false;
            }
        }

        /// <summary>
        /// True when the contact cannot be older than our first attempt: then that attempt created it.
        /// Compared on the server's clock (the Date of the 422 answer minus the time elapsed here since the
        /// first send), so a skewed local clock does not matter. Two seconds of slack cover the whole-second
        /// resolution of created_at and Date and a server that refreshes its Date once a second (Kestrel, nginx).
        /// </summary>
        internal static bool CreatedSinceFirstAttempt(LiveDeskContact contact, RequestState state, ApiResponse answer)
        {
            if (contact.CreatedAt is not DateTimeOffset created || state.FirstSend is not long firstSend) return true;
            var sinceFirstSend = TimeSpan.FromSeconds((double)(Stopwatch.GetTimestamp() - firstSend) / Stopwatch.Frequency);
            var firstAttempt = answer.ServerDate is DateTimeOffset serverNow
                ? serverNow - sinceFirstSend - TimeSpan.FromSeconds(2)
                : DateTimeOffset.UtcNow - sinceFirstSend - TimeSpan.FromSeconds(30);
            return created >= firstAttempt;
        }

        /// <summary>
        /// Finds the contact that has every e-mail, phone number and identifier the fields give: searched by
        /// the first of them, then checked against all. Null when there is none.
        /// </summary>
        public async Task<LiveDeskContact?> FindByUniqueFieldsAsync(ContactFields fields, CancellationToken ct)
        {
            var (field, value) = fields.Email != null ? ("email", fields.Email)
                : fields.PhoneNumber != null ? ("phone_number", fields.PhoneNumber)
                : fields.Identifier != null ? ("identifier", fields.Identifier)
                : throw new ArgumentException("An e-mail, phone number or identifier is needed to find a contact.", nameof(fields));
            var found = await FindExactAsync(field, value, ct).ConfigureAwait(false);
            return found != null && MatchesAllUniqueFields(found, fields) ? found : null;
        }

        private static bool MatchesAllUniqueFields(LiveDeskContact c, ContactFields f) =>
            (f.Email == null || FieldEquals(c, "email", f.Email))
            && (f.PhoneNumber == null || FieldEquals(c, "phone_number", f.PhoneNumber))
            && (f.Identifier == null || FieldEquals(c, "identifier", f.Identifier));

        private async Task<LiveDeskContact?> FindExistingAsync(ContactFields fields, ResponseParser.ServerError error, CancellationToken ct)
        {
            foreach (var field in CollidingFields(error).Concat(new[] { "email", "phone_number", "identifier" }).Distinct())
            {
                var value = field == "email" ? fields.Email : field == "phone_number" ? fields.PhoneNumber : field == "identifier" ? fields.Identifier : null;
                if (value == null) continue;
                var found = await FindExactAsync(field, value, ct).ConfigureAwait(false);
                if (found != null) return found;
            }
            return null;
        }

        internal static bool IsAlreadyTaken(ResponseParser.ServerError error)
        {
            var parts = error.Message.Split(new[] { ", " }, StringSplitOptions.RemoveEmptyEntries);
            return parts.Length > 0 && parts.All(p => p.IndexOf("already been taken", StringComparison.OrdinalIgnoreCase) >= 0);
        }

        internal static IEnumerable<string> CollidingFields(ResponseParser.ServerError error)
        {
            if (error.Attributes.Count > 0) return error.Attributes;
            var fields = new List<string>();
            foreach (var part in error.Message.Split(new[] { ", " }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.StartsWith("Email", StringComparison.OrdinalIgnoreCase)) fields.Add("email");
                else if (part.StartsWith("Phone", StringComparison.OrdinalIgnoreCase)) fields.Add("phone_number");
                else if (part.StartsWith("Identifier", StringComparison.OrdinalIgnoreCase)) fields.Add("identifier");
            }
            return fields;
        }

        private static string DescribeFields(ResponseParser.ServerError error)
        {
            var names = CollidingFields(error).Select(f => f == "phone_number" ? "phone number" : f == "email" ? "e-mail" : f).ToList();
            return names.Count == 0 ? "value" : string.Join(" and ", names);
        }

        private async Task RetryUnknownAsync(ContactFields fields, RequestState state, string reason, bool timeout, CancellationToken ct)
        {
            var kind = timeout ? LiveDeskErrorKind.OperationTimeout : LiveDeskErrorKind.ConnectionError;
            if (!fields.HasUniqueField)
            {
                throw Fail(ErrorIds.OutcomeUnknown, kind,
                    $"{reason} The contact may or may not have been created. The row has no e-mail, phone number or identifier to check that by, so it was not sent again: look for it in LiveDesk before importing it again.");
            }
            if (!state.CanRetry(Settings, MaximumRetryCount))
            {
                throw Fail(ErrorIds.OutcomeUnknown, kind,
                    $"{reason} Gave up after {state.Retries + 1} attempts; the contact may or may not have been created. Importing the row again with -IfExists Skip is safe.");
            }
            await BackoffAsync(state, ct).ConfigureAwait(false);
        }

        private Task<ApiResponse> SendIdempotentAsync(HttpMethod method, string path, string? body, CancellationToken ct) =>
            SendAsync(method, path, body, idempotent: true, new RequestState(), ct);

        /// <summary>
        /// Sends with the retries that are always safe: pacing and 429 waits, connect failures, 503 with
        /// Retry-After; for idempotent requests also other 5xx and lost connections.
        /// </summary>
        private async Task<ApiResponse> SendAsync(HttpMethod method, string path, string? body, bool idempotent, RequestState state, CancellationToken ct)
        {
            while (true)
            {
                await _governor.WaitTurnAsync(ct).ConfigureAwait(false);
                ApiResponse response;
                try
                {
                    state.FirstSend ??= Stopwatch.GetTimestamp();
                    response = await _client.SendAsync(method, path, body, _trace, ct).ConfigureAwait(false);
                }
                catch (TransportException ex) when (ex.Failure == TransportFailure.ConnectFailed || (idempotent && ex.Failure != TransportFailure.ResponseTooLarge))
                {
                    if (!state.CanRetry(Settings, MaximumRetryCount))
                    {
                        if (ex.Failure == TransportFailure.ConnectFailed) throw Fail(ErrorIds.HostUnreachable, LiveDeskErrorKind.ConnectionError, $"{ex.Message} (after {state.Retries + 1} attempts)", fatal: true);
                        throw Fail(ex.Failure == TransportFailure.Timeout ? ErrorIds.Timeout : ErrorIds.ServerError, ex.Failure == TransportFailure.Timeout ? LiveDeskErrorKind.OperationTimeout : LiveDeskErrorKind.ConnectionError, $"{ex.Message} (after {state.Retries + 1} attempts)");
                    }
                    await BackoffAsync(state, ct).ConfigureAwait(false);
                    continue;
                }
                catch (TransportException ex) when (ex.Failure == TransportFailure.ResponseTooLarge)
                {
                    throw Fail(ErrorIds.InvalidResponse, LiveDeskErrorKind.InvalidResult, ex.Message);
                }

                if (response.StatusCode == 429)
                {
                    Interlocked.Increment(ref _throttled);
                    _governor.OnThrottled(response.RetryAfter);
                    // Once the governor paces, the paced schedule is the wait: sleeping on top of it would only
                    // stall this row (and, through the ordered output, the rows behind it). The exponential
                    // back-off stays as the safety net for a row that keeps bouncing, or before pacing starts.
                    var wait = response.RetryAfter
                        ?? (_governor.CurrentRate != null && state.Throttles < 3 ? TimeSpan.Zero : JitteredBackoff(TimeSpan.FromSeconds(1), state.Throttles, TimeSpan.FromSeconds(30)));
                    state.Throttles++;
                    state.FirstThrottle ??= Stopwatch.GetTimestamp();
                    // The bound covers all the time since this row's first 429: sleeps and paced waits alike.
                    var throttledFor = TimeSpan.FromSeconds((double)(Stopwatch.GetTimestamp() - state.FirstThrottle.Value) / Stopwatch.Frequency);
                    if (MaximumRateLimitWait <= TimeSpan.Zero || throttledFor + wait > MaximumRateLimitWait)
                    {
                        throw Fail(ErrorIds.RateLimitExceeded, LiveDeskErrorKind.LimitsExceeded,
                            $"LiveDesk kept answering 429 (rate limited) for {throttledFor.TotalSeconds:0} s, longer than the {MaximumRateLimitWait.TotalSeconds:0} s allowed (-MaximumRateLimitWaitSec). The contact was not created.", 429);
                    }
                    state.ThrottledFor = throttledFor + wait;
                    if (wait > TimeSpan.Zero) await Task.Delay(wait, ct).ConfigureAwait(false);
                    continue;
                }
                _governor.OnAdmitted();

                var retryable = (response.StatusCode == 503 && response.RetryAfter != null)
                    || (idempotent && (response.StatusCode == 500 || response.StatusCode == 502 || response.StatusCode == 503 || response.StatusCode == 504));
                if (retryable && state.CanRetry(Settings, MaximumRetryCount))
                {
                    if (response.RetryAfter is TimeSpan retryAfter)
                    {
                        state.Retries++;
                        await Task.Delay(retryAfter, ct).ConfigureAwait(false);
                    }
                    else
                    {
                        await BackoffAsync(state, ct).ConfigureAwait(false);
                    }
                    continue;
                }
                return response;
            }
        }

        private Task BackoffAsync(RequestState state, CancellationToken ct)
        {
            state.Retries++;
            var delay = JitteredBackoff(Settings.RetryInterval, state.Retries - 1, TimeSpan.FromSeconds(30));
            return Task.Delay(delay, ct);
        }

        /// <summary>Exponential back-off with jitter in [0.5, 1.5) of the nominal delay.</summary>
        internal static TimeSpan JitteredBackoff(TimeSpan first, int attempt, TimeSpan cap)
        {
            var nominal = first.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 16));
            nominal = Math.Min(nominal, cap.TotalMilliseconds);
            return TimeSpan.FromMilliseconds(nominal * (0.5 + Jitter.Value!.NextDouble()));
        }

        private static T ParseOr<T>(Func<T> parse, string what)
        {
            try
            {
                return parse();
            }
            catch (LiveDeskResponseException ex)
            {
                throw Fail(ErrorIds.InvalidResponse, LiveDeskErrorKind.InvalidResult, $"LiveDesk reported success ({what}), but its answer could not be read: {ex.Message}");
            }
        }

        private static LiveDeskException MapFailure(ApiResponse response, ResponseParser.ServerError error, long? inboxId)
        {
            var status = response.StatusCode;
            switch (status)
            {
                case 401:
                    var forbidden = error.Message.IndexOf("not authorized", StringComparison.OrdinalIgnoreCase) >= 0;
                    return forbidden
                        ? Fail(ErrorIds.PermissionDenied, LiveDeskErrorKind.PermissionDenied, $"LiveDesk refused the request: {error.Message}. The API key lacks the permission for it.", status, fatal: true)
                        : Fail(ErrorIds.AuthenticationFailed, LiveDeskErrorKind.AuthenticationError, $"LiveDesk rejected the API key and secret ({error.Message}). Check them in the LiveDesk console (Project settings - API management) and run Connect-LiveDesk again.", status, fatal: true);
                case 403:
                    return Fail(ErrorIds.PermissionDenied, LiveDeskErrorKind.PermissionDenied, $"LiveDesk refused the request: {error.Message}", status, fatal: true);
                case 404 when inboxId != null:
                    return Fail(ErrorIds.InboxNotFound, LiveDeskErrorKind.ObjectNotFound, $"Inbox {inboxId} was not found ({error.Message}). Use the channel id shown in the LiveDesk console under Project settings - Channels.", status);
                case 422:
                    return Fail(ErrorIds.ContactInvalid, LiveDeskErrorKind.InvalidData, $"LiveDesk rejected the contact: {error.Message}", status);
                case 429:
                    return Fail(ErrorIds.RateLimitExceeded, LiveDeskErrorKind.LimitsExceeded, "LiveDesk is rate limiting these requests.", status);
            }
            if (status >= 500) return Fail(ErrorIds.ServerError, LiveDeskErrorKind.ConnectionError, $"LiveDesk answered {status}: {error.Message}", status);
            if (status >= 300 && status < 400) return Fail(ErrorIds.RequestRejected, LiveDeskErrorKind.InvalidOperation, $"LiveDesk answered {status} (a redirect); check -BaseUri on Connect-LiveDesk.", status);
            return Fail(ErrorIds.RequestRejected, LiveDeskErrorKind.InvalidOperation, $"LiveDesk answered {status}: {error.Message}", status);
        }

        internal static LiveDeskException Fail(string id, LiveDeskErrorKind kind, string message, int? status = null, bool fatal = false) =>
            new LiveDeskException(new LiveDeskError(id, kind, message, fatal, status));

        internal sealed class RequestState
        {
            private readonly Stopwatch _watch = Stopwatch.StartNew();
            public long? FirstSend;
            public int Retries;
            public int Throttles;
            public long? FirstThrottle;
            public TimeSpan ThrottledFor;

            // Time spent waiting out 429s is bounded on its own (MaximumRateLimitWait), not here.
            public bool CanRetry(ClientSettings s, int? maximum) => Retries < (maximum ?? s.MaximumRetryCount) && _watch.Elapsed - ThrottledFor < s.MaximumRetryTime;
        }
    }
}
