using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Models;

namespace LiveDesk.Api
{
    /// <summary>
    /// The contact operations. Each says what it is (<see cref="RequestKind"/>) and what a failure means
    /// for the user; <see cref="RetryPolicy"/> decides every retry. A create sent again after an unknown
    /// outcome may meet its own earlier attempt as "has already been taken": that is resolved here by
    /// looking the contact up. One instance serves one cmdlet invocation; it is safe to use from many tasks.
    /// </summary>
    internal sealed class ContactService
    {
        internal const string ContactsPath = "api/v2/accounts/contacts";
        private const int MaximumLookupPages = 50;
        private static readonly HttpMethod Patch = new HttpMethod("PATCH");

        private readonly LiveDeskClient _client;
        private readonly RateGovernor _governor;
        private readonly Action<string>? _trace;

        /// <summary>Creates the service over a connection's client and governor, with this invocation's retry policy.</summary>
        public ContactService(LiveDeskClient client, RateGovernor governor, RetryPolicy policy, Action<string>? trace = null)
        {
            _client = client;
            _governor = governor;
            Policy = policy;
            _trace = trace;
        }

        /// <summary>The retry settings of this invocation.</summary>
        public RetryPolicy Policy { get; }

        /// <summary>The number of 429 answers seen by this service.</summary>
        public long ThrottledCount => Policy.ThrottledCount;

        /// <summary>Creates a contact; returns it with its Outcome, or throws <see cref="LiveDeskException"/> for this row.</summary>
        public async Task<LiveDeskContact> CreateAsync(ContactFields fields, IfExistsAction ifExists, CancellationToken ct)
        {
            var attempt = Policy.Begin(fields.HasUniqueField ? RequestKind.ResolvableCreate : RequestKind.UnresolvableCreate, "The contact was not created.");
            var response = await SendAsync(attempt, HttpMethod.Post, ContactsPath, RequestWriter.CreateBody(fields), ct).ConfigureAwait(false);
            if (response.IsSuccess) return AsCreated(ParseOr(() => ResponseParser.ParseCreated(response.Body), "created the contact"), fields);
            var error = ResponseParser.ParseError(response.Body, response.ContentType);
            if (response.StatusCode == 422 && error.IsAlreadyTaken) return await ResolveTakenAsync(fields, ifExists, error, attempt, response, ct).ConfigureAwait(false);
            throw MapFailure(response, error, inboxId: fields.InboxId);
        }

        private async Task<LiveDeskContact> ResolveTakenAsync(ContactFields fields, IfExistsAction ifExists, ServerError error, RequestAttempt attempt, ApiResponse response, CancellationToken ct)
        {
            // One search serves both questions below: searches count against the rate limit.
            LiveDeskContact? existing = null;
            if (attempt.UnknownOutcome != null || ifExists != IfExistsAction.Error)
            {
                existing = await FindExistingAsync(fields, error, ct).ConfigureAwait(false);
            }
            // An earlier attempt of ours may have landed: if the contact holding our values is ours in
            // every unique field and not older than that attempt, that attempt created it.
            if (attempt.UnknownOutcome != null && existing != null && UniqueFields.MatchesAll(existing, fields) && CreatedSinceFirstAttempt(existing, attempt.SinceFirstSend, response.ServerDate))
            {
                _trace?.Invoke($"An earlier attempt had created contact {existing.Id} ({attempt.UnknownOutcome}); using it.");
                return AsCreated(existing, fields);
            }
            if (ifExists == IfExistsAction.Error)
            {
                throw Failures.Fail(ErrorIds.ContactDuplicate, LiveDeskErrorKind.ResourceExists,
                    $"{error.Message}: a contact with this {error.DescribeTakenFields()} already exists. Use -IfExists Skip or -IfExists Update to accept existing contacts.", 422);
            }
            if (existing == null)
            {
                throw Failures.Fail(ErrorIds.ContactDuplicate, LiveDeskErrorKind.ResourceExists, $"{error.Message}, but no contact with that value could be found to {(ifExists == IfExistsAction.Skip ? "skip" : "update")}.", 422);
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
            var attempt = Policy.Begin(RequestKind.Idempotent, $"Contact {id} was not updated.");
            var response = await SendAsync(attempt, Patch, $"{ContactsPath}/{id}", RequestWriter.UpdateBody(fields), ct).ConfigureAwait(false);
            if (response.IsSuccess)
            {
                var contact = ParseOr(() => ResponseParser.ParseSingle(response.Body), "updated the contact");
                contact.AvatarUrl ??= fields.AvatarUrl;
                return contact;
            }
            var error = ResponseParser.ParseError(response.Body, response.ContentType);
            if (response.StatusCode == 404)
            {
                throw Failures.Fail(ErrorIds.ContactNotFound, LiveDeskErrorKind.ObjectNotFound, $"Contact {id} was not found: {error.Message}", 404);
            }
            if (response.StatusCode == 422 && error.IsAlreadyTaken)
            {
                throw Failures.Fail(ErrorIds.ContactDuplicate, LiveDeskErrorKind.ResourceExists, $"{error.Message}: another contact already has this {error.DescribeTakenFields()}.", 422);
            }
            throw MapFailure(response, error, inboxId: null);
        }

        /// <summary>Reads one page of the list or of a search; <see cref="ContactPager"/> walks them.</summary>
        public async Task<ContactPage> GetPageAsync(int page, ContactQuery query, CancellationToken ct)
        {
            var attempt = Policy.Begin(RequestKind.Idempotent, query.NotDone);
            var response = await SendAsync(attempt, HttpMethod.Get, BuildListPath(page, query), null, ct).ConfigureAwait(false);
            if (response.IsSuccess) return ParseOr(() => ResponseParser.ParsePage(response.Body), "listed contacts");
            throw MapFailure(response, ResponseParser.ParseError(response.Body, response.ContentType), inboxId: null);
        }

        /// <summary>Builds the list/search path with URL-encoded values.</summary>
        public static string BuildListPath(int page, ContactQuery query)
        {
            var parts = new List<string> { "page=" + page.ToString(CultureInfo.InvariantCulture) };
            if (!string.IsNullOrEmpty(query.Search)) parts.Add("q=" + Uri.EscapeDataString(query.Search!));
            if (!string.IsNullOrEmpty(query.Sort))
            {
                parts.Add("sort=" + Uri.EscapeDataString(query.Sort!));
                parts.Add("direction=" + (query.Descending ? "desc" : "asc"));
            }
            if (!query.IncludeContactInboxes) parts.Add("include_contact_inboxes=false");
            return ContactsPath + "?" + string.Join("&", parts);
        }

        /// <summary>Finds the contact whose field equals the value exactly (e-mail ignoring case), by searching and filtering.</summary>
        public async Task<LiveDeskContact?> FindExactAsync(UniqueField field, string value, CancellationToken ct)
        {
            // q is a substring match over several fields: page on until an exact match or the end.
            var pager = new ContactPager(this, new ContactQuery { Search = value, NotDone = "The contact was not looked up." });
            for (var read = 0; read < MaximumLookupPages && await pager.NextAsync(ct).ConfigureAwait(false) is ContactPage page; read++)
            {
                var match = page.Contacts.FirstOrDefault(c => field.Matches(c, value));
                if (match != null) return match;
            }
            return null;
        }

        /// <summary>
        /// True when the contact cannot be older than our first attempt: then that attempt created it.
        /// Compared on the server's clock (the Date of the 422 answer minus the time elapsed here since the
        /// first send), so a skewed local clock does not matter. Two seconds of slack cover the whole-second
        /// resolution of created_at and Date and a server that refreshes its Date once a second (Kestrel, nginx).
        /// </summary>
        internal static bool CreatedSinceFirstAttempt(LiveDeskContact contact, TimeSpan sinceFirstSend, DateTimeOffset? serverDate)
        {
            if (contact.CreatedAt is not DateTimeOffset created) return true;
            var firstAttempt = serverDate is DateTimeOffset serverNow
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
            var field = UniqueFields.All.FirstOrDefault(f => f.ValueIn(fields) != null);
            var value = field.ValueIn(fields) ?? throw new ArgumentException("An e-mail, phone number or identifier is needed to find a contact.", nameof(fields));
            var found = await FindExactAsync(field, value, ct).ConfigureAwait(false);
            return found != null && UniqueFields.MatchesAll(found, fields) ? found : null;
        }

        private async Task<LiveDeskContact?> FindExistingAsync(ContactFields fields, ServerError error, CancellationToken ct)
        {
            foreach (var field in error.TakenFields.Concat(UniqueFields.All).Distinct())
            {
                if (!(field.ValueIn(fields) is string value)) continue;
                var found = await FindExactAsync(field, value, ct).ConfigureAwait(false);
                if (found != null) return found;
            }
            return null;
        }

        private Task<ApiResponse> SendAsync(RequestAttempt attempt, HttpMethod method, string path, string? body, CancellationToken ct) =>
            Policy.SendAsync(attempt, _governor, token => _client.SendAsync(method, path, body, _trace, token), ct);

        private static T ParseOr<T>(Func<T> parse, string what)
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

        private static LiveDeskException MapFailure(ApiResponse response, ServerError error, long? inboxId)
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
                    return Failures.Fail(ErrorIds.ContactInvalid, LiveDeskErrorKind.InvalidData, $"LiveDesk rejected the contact: {error.Message}", status);
            }
            if (status >= 500) return Failures.Fail(ErrorIds.ServerError, LiveDeskErrorKind.ConnectionError, $"LiveDesk answered {status}: {error.Message}", status);
            if (status >= 300 && status < 400) return Failures.Fail(ErrorIds.RequestRejected, LiveDeskErrorKind.InvalidOperation, $"LiveDesk answered {status} (a redirect); check -BaseUri on Connect-LiveDesk.", status);
            return Failures.Fail(ErrorIds.RequestRejected, LiveDeskErrorKind.InvalidOperation, $"LiveDesk answered {status}: {error.Message}", status);
        }
    }
}
