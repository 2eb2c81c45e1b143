using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Errors;
using LiveDesk.Models;
using LiveDesk.Protocol;
using LiveDesk.Transport;

namespace LiveDesk.Contacts
{
    /// <summary>The listing paths of the contact service: pages of the list or of a search, and exact lookups.</summary>
    internal sealed partial class ContactService
    {
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
            var attempt = Retries.Begin(RequestKind.Idempotent, query.NotDone);
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
            if (query.Labels != null)
            {
                // The documented array form, which also carries a single label.
                foreach (var label in query.Labels.Where(l => !string.IsNullOrWhiteSpace(l))) parts.Add("labels%5B%5D=" + Uri.EscapeDataString(label.Trim()));
            }
            if (!query.IncludeContactInboxes) parts.Add("include_contact_inboxes=false");
            return ContactsPath + "?" + string.Join("&", parts);
        }

        /// <summary>Finds the contact whose field equals the value exactly (e-mail ignoring case), by searching and filtering.</summary>
        public async Task<LiveDeskContact?> FindExactAsync(UniqueField field, string value, CancellationToken ct, bool forMatching = true)
        {
            // q is a substring match over several fields: page on until an exact match or the end.
            var throttledBefore = Retries.ThrottledCount;
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
                if (forMatching) Matching?.OnSearched(Retries.ThrottledCount > throttledBefore, ct);
            }
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
                return await ReadMatchedAsync(indexed, fields, ct).ConfigureAwait(false);
            }
            var (match, found) = await MatchBySearchAsync(fields, Array.Empty<UniqueField>(), ct).ConfigureAwait(false);
            if (match.Kind == MatchKind.Ambiguous) throw ContactMatcher.Failure(match, fields);
            return match.PhoneDiffers ? null : found;
        }

        /// <summary>The whole contact an index match names, re-read from its list page (one request serves every lookup on that page).</summary>
        internal Task<LiveDeskContact?> ReadMatchedAsync(MatchResult indexed, ContactFields fields, CancellationToken ct) =>
            _listed.ReadAsync(indexed.Contact!, indexed.By, indexed.By.ValueIn(fields)!, ct);

        /// <summary>
        /// Matches a row by searching, under the index's rules, and returns the contact found whole (null unless the match
        /// is Found). Only the keys in <paramref name="only"/> are looked up when it is not empty: a 422 names the keys that
        /// are taken, and the others are free.
        /// </summary>
        internal async Task<(MatchResult Match, LiveDeskContact? Contact)> MatchBySearchAsync(ContactFields fields, IReadOnlyCollection<UniqueField> only, CancellationToken ct)
        {
            var read = new Dictionary<long, LiveDeskContact>();
            var match = await ContactMatcher.MatchAsync(fields, async (field, value) =>
            {
                if (only.Count > 0 && !only.Contains(field)) return null;
                var found = await FindExactAsync(field, value, ct).ConfigureAwait(false);
                if (found == null) return null;
                read[found.Id] = found;
                return IndexedContact.From(found);
            }).ConfigureAwait(false);
            return (match, match.Kind == MatchKind.Found ? read[match.Contact!.Id] : null);
        }
    }
}
