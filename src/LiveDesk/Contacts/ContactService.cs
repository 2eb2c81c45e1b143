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
using LiveDesk.Session;
using LiveDesk.Transport;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// The contact operations. Each says what it is (<see cref="RequestKind"/>) and what a failure means
    /// for the user; <see cref="RetryRules"/> decide every retry. A create sent again after an unknown
    /// outcome may meet its own earlier attempt as "has already been taken": that is resolved here by
    /// looking the contact up. One instance serves one cmdlet invocation; it is safe to use from many tasks.
    /// </summary>
    internal sealed partial class ContactService : ApiService
    {
        internal const string ContactsPath = "api/v2/accounts/contacts";
        private const int MaximumLookupPages = 50;
        private static readonly HttpMethod Patch = new HttpMethod("PATCH");
        private readonly ListedContacts _listed;

        /// <summary>Creates the service over a connection's client and governor, with this invocation's retry settings.</summary>
        public ContactService(LiveDeskClient client, RateGovernor governor, RetrySettings retries, Action<string>? trace = null)
            : base(client, governor, retries, trace)
        {
            _listed = new ListedContacts(this);
        }

        /// <summary>
        /// Paces searches (<c>?q=</c>), which LiveDesk throttles on their own (Chatwoot: 100 a minute per
        /// account): their refusals must not slow the creates down. Null: searches share the main governor.
        /// </summary>
        public RateGovernor? SearchGovernor { get; set; }

        /// <summary>What the connection has learned about its server (shared by every command on it).</summary>
        public ServerTraits Traits { get; set; } = new ServerTraits();

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
            var attempt = Retries.Begin(fields.HasUniqueField ? RequestKind.ResolvableCreate : RequestKind.UnresolvableCreate, "The contact was not created.");
            // Once the server is known to drop additional attributes on create, they go only into the PATCH after it.
            var body = RequestWriter.CreateBody(Traits.CreateDropsAdditionalAttributes ? fields.WithoutAdditionalAttributes() : fields);
            var response = await SendAsync(attempt, HttpMethod.Post, ContactsPath, body, ct).ConfigureAwait(false);
            if (response.IsSuccess) return Remember(await StoreAdditionalAttributesAsync(AsCreated(ParseOr(() => ResponseParser.ParseCreated(response.Body), "created the contact"), fields), fields, ct).ConfigureAwait(false));
            var error = ResponseParser.ParseError(response.Body, response.ContentType);
            if (response.StatusCode == 422 && error.IsAlreadyTaken) return await ResolveTakenAsync(fields, ifExists, error, attempt, response, ct).ConfigureAwait(false);
            throw MapFailure(response, error, inboxId: fields.InboxId);
        }

        private async Task<LiveDeskContact> ResolveTakenAsync(ContactFields fields, IfExistsAction ifExists, ServerError error, RetryRules attempt, ApiResponse response, CancellationToken ct)
        {
            if (ifExists == IfExistsAction.Error)
            {
                // Only an earlier attempt of ours that may have landed needs looking up.
                var own = attempt.UnknownOutcome != null ? await FindExistingAsync(fields, error, ct).ConfigureAwait(false) : null;
                if (own != null && IsOwnEarlierAttempt(own, fields, attempt, response)) return Remember(await StoreAdditionalAttributesAsync(AsCreated(own, fields), fields, ct).ConfigureAwait(false));
                throw Failures.Fail(ErrorIds.ContactDuplicate, LiveDeskErrorKind.ResourceExists,
                    $"{error.Message}: a contact with this {error.DescribeTakenFields()} already exists. Use -IfExists Skip or -IfExists Update to accept existing contacts.", 422);
            }

            // The index's rules, by searching: only the keys the 422 names are taken, the others are free.
            var (match, existing) = await MatchBySearchAsync(fields, error.TakenFields, ct).ConfigureAwait(false);
            if (match.Kind == MatchKind.None)
            {
                throw Failures.Fail(ErrorIds.ContactDuplicate, LiveDeskErrorKind.ResourceExists, $"{error.Message}, but no contact with that value could be found to {(ifExists == IfExistsAction.Skip ? "skip" : "update")}.", 422);
            }
            if (match.Kind != MatchKind.Found || existing == null) throw ContactMatcher.Failure(match, fields);
            if (IsOwnEarlierAttempt(existing, fields, attempt, response)) return Remember(await StoreAdditionalAttributesAsync(AsCreated(existing, fields), fields, ct).ConfigureAwait(false));
            Remember(existing);
            return await ApplyToExistingAsync(match.Contact!, existing, fields, ifExists, ct).ConfigureAwait(false);
        }

        // An earlier attempt of ours may have landed: if the contact holding our values is ours in every unique
        // field and not older than that attempt, that attempt created it.
        private bool IsOwnEarlierAttempt(LiveDeskContact existing, ContactFields fields, RetryRules attempt, ApiResponse response)
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

        /// <summary>
        /// LiveDesk documents six create fields; whether a create keeps company, city and country is not said. When the
        /// answer lacks any of them they are stored with one PATCH (idempotent, so retried like any update), and the
        /// connection remembers that creates drop them. A failed PATCH fails the row, naming the contact that exists.
        /// </summary>
        private async Task<LiveDeskContact> StoreAdditionalAttributesAsync(LiveDeskContact created, ContactFields fields, CancellationToken ct)
        {
            if (!fields.HasAdditionalAttributes || KeptAdditionalAttributes(created, fields)) return created;
            Traits.CreateDropsAdditionalAttributes = true;
            LiveDeskContact updated;
            try
            {
                updated = await UpdateAsync(created.Id, fields.OnlyAdditionalAttributes(), ct).ConfigureAwait(false);
            }
            catch (LiveDeskException ex)
            {
                var e = ex.Error;
                throw new LiveDeskException(new LiveDeskError(e.ErrorId, e.Kind,
                    $"Contact {created.Id} {fields.Describe()} was created, but its company, city and country could not be stored: {e.Message} Set them with Set-LiveDeskContact -Id {created.Id}.",
                    e.Fatal, e.StatusCode, e.Cause));
            }
            updated.Outcome = created.Outcome;
            updated.InboxId ??= created.InboxId;
            updated.SourceId ??= created.SourceId;
            updated.AvatarUrl ??= created.AvatarUrl;
            return updated;
        }

        private static bool KeptAdditionalAttributes(LiveDeskContact contact, ContactFields fields)
        {
            foreach (var (key, value) in fields.AdditionalAttributes())
            {
                if (value != null && !string.Equals(contact.AdditionalAttributes[key] as string, value, StringComparison.Ordinal)) return false;
            }
            return true;
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
            var attempt = Retries.Begin(RequestKind.Idempotent, $"Contact {id} was not updated.");
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

        private async Task<LiveDeskContact?> FindExistingAsync(ContactFields fields, ServerError error, CancellationToken ct)
        {
            foreach (var field in error.TakenFields.Concat(UniqueFields.All).Distinct())
            {
                if (!(field.ValueIn(fields) is string value)) continue;
                // Looking up our own earlier attempt is not matching: it must not make -MatchBy Auto list the account.
                var found = await FindExactAsync(field, value, ct, forMatching: false).ConfigureAwait(false);
                if (found != null) return found;
            }
            return null;
        }
    }
}
