using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Errors;
using LiveDesk.Models;
using LiveDesk.Pacing;
using LiveDesk.Protocol;
using LiveDesk.Transport;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// The contact operations. Each says what it is (<see cref="RequestKind"/>) and what a failure means
    /// for the user; <see cref="RetryPolicy"/> decides every retry. A create sent again after an unknown
    /// outcome may meet its own earlier attempt as "has already been taken": that is resolved here by
    /// looking the contact up. One instance serves one cmdlet invocation; it is safe to use from many tasks.
    /// </summary>
    internal sealed class ContactService : ApiService
    {
        internal const string ContactsPath = "api/v2/accounts/contacts";
        private const int MaximumLookupPages = 50;
        private static readonly HttpMethod Patch = new HttpMethod("PATCH");
        private readonly ListedContacts _listed;

        /// <summary>Creates the service over a connection's client and governor, with this invocation's retry policy.</summary>
        public ContactService(LiveDeskClient client, RateGovernor governor, RetryPolicy policy, Action<string>? trace = null)
            : base(client, governor, policy, trace)
        {
            _listed = new ListedContacts(this);
        }

        /// <summary>
        /// Paces searches (<c>?q=</c>), which LiveDesk throttles on their own (Chatwoot: 100 a minute per
        /// account): their refusals must not slow the creates down. Null: searches share the main governor.
        /// </summary>
        public RateGovernor? SearchGovernor { get; set; }

        /// <summary>How this command matches rows to existing contacts (-MatchBy); null until <see cref="UseMatching"/>: every match searches.</summary>
        public MatchingStrategy? Matching { get; private set; }

        /// <summary>
        /// Matches rows as <paramref name="mode"/> says; an index is listed with <paramref name="concurrency"/> pages in
        /// flight and holds up to <paramref name="capacityMB"/> MB.
        /// </summary>
        public void UseMatching(MatchBy mode, int concurrency, int capacityMB = MatchingStrategy.DefaultCapacityMB) =>
            Matching = new MatchingStrategy(this, mode, concurrency, (long)capacityMB << 20, Trace);

        /// <summary>
        /// Creates a contact; returns it with its Outcome, or throws <see cref="LiveDeskException"/> for this row.
        /// With -IfExists Skip or Update and an index (<see cref="Matching"/>), the row is matched first and only a
        /// row no contact has is sent as a create; a 422 "taken" for it (a contact created meanwhile by someone
        /// else) is resolved by searching, under the same rules.
        /// </summary>
        public async Task<LiveDeskContact> CreateAsync(ContactFields fields, IfExistsAction ifExists, CancellationToken ct)
        {
            if (ifExists != IfExistsAction.Error && fields.HasUniqueField && Matching != null
                && await Matching.IndexForMatchingAsync(ct).ConfigureAwait(false) is ContactIndex index)
            {
                var match = ContactMatcher.Match(fields, index);
                if (match.Kind == MatchKind.Ambiguous || match.Kind == MatchKind.Conflict) throw ContactMatcher.Failure(match, fields);
                if (match.Kind == MatchKind.Found) return await ApplyToExistingAsync(match.Contact!, null, fields, ifExists, ct).ConfigureAwait(false);
            }
            var attempt = Policy.Begin(fields.HasUniqueField ? RequestKind.ResolvableCreate : RequestKind.UnresolvableCreate, "The contact was not created.");
            var response = await SendAsync(attempt, HttpMethod.Post, ContactsPath, RequestWriter.CreateBody(fields), ct).ConfigureAwait(false);
            if (response.IsSuccess) return Remember(AsCreated(ParseOr(() => ResponseParser.ParseCreated(response.Body), "created the contact"), fields));
            var error = ResponseParser.ParseError(response.Body, response.ContentType);
            if (response.StatusCode == 422 && error.IsAlreadyTaken) return await ResolveTakenAsync(fields, ifExists, error, attempt, response, ct).ConfigureAwait(false);
            throw MapFailure(response, error, inboxId: fields.InboxId);
        }

        private async Task<LiveDeskContact> ResolveTakenAsync(ContactFields fields, IfExistsAction ifExists, ServerError error, RequestAttempt attempt, ApiResponse response, CancellationToken ct)
        {
            if (ifExists == IfExistsAction.Error)
            {
                // Only an earlier attempt of ours that may have landed needs looking up.
                var own = attempt.UnknownOutcome != null ? await FindExistingAsync(fields, error, ct).ConfigureAwait(false) : null;
                if (own != null && IsOwnEarlierAttempt(own, fields, attempt, response)) return Remember(AsCreated(own, fields));
                throw Failures.Fail(ErrorIds.ContactDuplicate, LiveDeskErrorKind.ResourceExists,
                    $"{error.Message}: a contact with this {error.DescribeTakenFields()} already exists. Use -IfExists Skip or -IfExists Update to accept existing contacts.", 422);
            }

            // The index's rules, by searching: only the keys the 422 names are taken, the others are free.
            var read = new Dictionary<long, LiveDeskContact>();
            var taken = error.TakenFields;
            var match = await ContactMatcher.MatchAsync(fields, async (field, value) =>
            {
                if (taken.Count > 0 && !taken.Contains(field)) return null;
                var found = await FindExactAsync(field, value, ct).ConfigureAwait(false);
                if (found == null) return null;
                read[found.Id] = found;
                return IndexedContact.From(found);
            }).ConfigureAwait(false);
            if (match.Kind == MatchKind.None)
            {
                throw Failures.Fail(ErrorIds.ContactDuplicate, LiveDeskErrorKind.ResourceExists, $"{error.Message}, but no contact with that value could be found to {(ifExists == IfExistsAction.Skip ? "skip" : "update")}.", 422);
            }
            if (match.Kind != MatchKind.Found) throw ContactMatcher.Failure(match, fields);
            var existing = read[match.Contact!.Id];
            if (IsOwnEarlierAttempt(existing, fields, attempt, response)) return Remember(AsCreated(existing, fields));
            Remember(existing);
            return await ApplyToExistingAsync(match.Contact, existing, fields, ifExists, ct).ConfigureAwait(false);
        }

        // An earlier attempt of ours may have landed: if the contact holding our values is ours in every unique
        // field and not older than that attempt, that attempt created it.
        private bool IsOwnEarlierAttempt(LiveDeskContact existing, ContactFields fields, RequestAttempt attempt, ApiResponse response)
        {
            if (attempt.UnknownOutcome == null || !UniqueFields.MatchesAll(existing, fields) || !CreatedSinceFirstAttempt(existing, attempt.SinceFirstSend, response.ServerDate)) return false;
            Trace?.Invoke($"An earlier attempt had created contact {existing.Id} ({attempt.UnknownOutcome}); using it.");
            return true;
        }

        /// <summary>
        /// Skip emits the contact as Existing. Update sends only what differs (<see cref="ContactMatcher.Changes"/>):
        /// nothing at all for a row equal to its contact, which is emitted as Unchanged. <paramref name="full"/> is the
        /// contact as read when it was searched; from the index only the id and keys are known.
        /// </summary>
        private async Task<LiveDeskContact> ApplyToExistingAsync(IndexedContact entry, LiveDeskContact? full, ContactFields fields, IfExistsAction ifExists, CancellationToken ct)
        {
            var changes = ifExists == IfExistsAction.Update ? ContactMatcher.Changes(fields, entry) : null;
            if (changes == null)
            {
                var outcome = ifExists == IfExistsAction.Skip ? ContactOutcome.Existing : ContactOutcome.Unchanged;
                var contact = full ?? entry.ToContact(fields, outcome);
                contact.Outcome = outcome;
                return contact;
            }
            // LiveDesk does not return the avatar URL, so it cannot be compared; a row that is patched anyway carries it.
            changes.AvatarUrl = fields.AvatarUrl;
            var updated = await UpdateAsync(entry.Id, changes, ct).ConfigureAwait(false);
            updated.Outcome = ContactOutcome.Updated;
            return Remember(updated);
        }

        // Keeps the index current once there is one: contacts this import created, found or changed.
        private LiveDeskContact Remember(LiveDeskContact contact)
        {
            if (Matching != null && Matching.Indexing) Matching.Index.Put(contact);
            return contact;
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

        /// <summary>The connection's list page size (probed once per connection); a service of its own gets a holder of its own.</summary>
        public ListPageSize PageSize { get; set; } = new ListPageSize();

        /// <summary>Said once to the user (a warning) when matching changes course; null: traced only.</summary>
        public Action<string>? Warn { get; set; }

        /// <summary>Writes a line to -Verbose.</summary>
        internal void TraceLine(string line) => Trace?.Invoke(line);

        /// <summary>Reads one page of the list or of a search at the documented 15 a page.</summary>
        public Task<ContactPage> GetPageAsync(int page, ContactQuery query, CancellationToken ct) => GetPageAsync(page, ListPageSize.Default, query, ct);

        /// <summary>Reads one page of the list or of a search, <paramref name="size"/> contacts a page; <see cref="ContactPager"/> walks them.</summary>
        public async Task<ContactPage> GetPageAsync(int page, int size, ContactQuery query, CancellationToken ct)
        {
            var attempt = Policy.Begin(RequestKind.Idempotent, query.NotDone);
            var governor = string.IsNullOrEmpty(query.Search) ? Governor : SearchGovernor ?? Governor;
            var response = await SendAsync(attempt, HttpMethod.Get, BuildListPath(page, size, query), null, ct, governor).ConfigureAwait(false);
            if (response.IsSuccess) return ParseOr(() => ResponseParser.ParsePage(response.Body), "listed contacts");
            throw MapFailure(response, ResponseParser.ParseError(response.Body, response.ContentType), inboxId: null);
        }

        /// <summary>Builds the list/search path with URL-encoded values; page_size only when it is not the documented 15.</summary>
        public static string BuildListPath(int page, int size, ContactQuery query)
        {
            var parts = new List<string> { "page=" + page.ToString(CultureInfo.InvariantCulture) };
            if (size != ListPageSize.Default) parts.Add("page_size=" + size.ToString(CultureInfo.InvariantCulture));
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
            var throttledBefore = Policy.ThrottledCount;
            try
            {
                using (var pager = new ContactPager(this, new ContactQuery { Search = value, NotDone = "The contact was not looked up." }))
                {
                    for (var read = 0; read < MaximumLookupPages && await pager.NextAsync(ct).ConfigureAwait(false) is ContactPage page; read++)
                    {
                        var match = page.Contacts.FirstOrDefault(c => field.Matches(c, value));
                        if (match != null) return match;
                    }
                }
                return null;
            }
            finally
            {
                // Any 429 meanwhile counts: under a limit, the listing's requests are the cheaper ones.
                Matching?.OnSearched(Policy.ThrottledCount > throttledBefore, ct);
            }
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
        /// Finds the contact of a row of keys (Get-LiveDeskContact's lookups) by the matching rules: against the index
        /// when <see cref="Matching"/> has one, else by searching. Null when no contact has the keys or the one that has
        /// some has another value for another (not the row's contact); <see cref="ErrorIds.AmbiguousMatch"/> when they
        /// belong to two contacts.
        /// </summary>
        public async Task<LiveDeskContact?> FindByUniqueFieldsAsync(ContactFields fields, CancellationToken ct)
        {
            if (!fields.HasUniqueField) throw new ArgumentException("An e-mail, phone number or identifier is needed to find a contact.", nameof(fields));
            if (Matching != null && await Matching.IndexForMatchingAsync(ct).ConfigureAwait(false) is ContactIndex index)
            {
                var indexed = ContactMatcher.Match(fields, index);
                if (indexed.Kind == MatchKind.Ambiguous) throw ContactMatcher.Failure(indexed, fields);
                if (indexed.Kind != MatchKind.Found || indexed.PhoneDiffers) return null;
                return await _listed.ReadAsync(indexed.Contact!, indexed.By, indexed.By.ValueIn(fields)!, ct).ConfigureAwait(false);
            }
            var read = new Dictionary<long, LiveDeskContact>();
            var match = await ContactMatcher.MatchAsync(fields, async (field, value) =>
            {
                var found = await FindExactAsync(field, value, ct).ConfigureAwait(false);
                if (found == null) return null;
                read[found.Id] = found;
                return IndexedContact.From(found);
            }).ConfigureAwait(false);
            if (match.Kind == MatchKind.Ambiguous) throw ContactMatcher.Failure(match, fields);
            return match.Kind == MatchKind.Found && !match.PhoneDiffers ? read[match.Contact!.Id] : null;
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
    }
}
