using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace LiveDesk.Api
{
    /// <summary>
    /// Walks the pages of the contact list or of a search, for listing and exact lookups alike. Stops at a
    /// short page or at meta.count, and refuses a page that repeats the one before (a server that ignores
    /// <c>page</c> would otherwise be read to the end of time).
    /// </summary>
    internal sealed class ContactPager
    {
        /// <summary>The number of contacts LiveDesk returns per page.</summary>
        public const int PageSize = 15;

        /// <summary>The largest number of contacts that can be skipped: page numbers are ints.</summary>
        public const long MaximumSkip = (long)(int.MaxValue - 1) * PageSize;

        private readonly ContactService _service;
        private readonly ContactQuery _query;
        private int _page;
        private long[]? _previousIds;
        private bool _done;

        /// <summary>Starts at <paramref name="firstPage"/> (1-based).</summary>
        public ContactPager(ContactService service, ContactQuery query, int firstPage = 1)
        {
            _service = service;
            _query = query;
            _page = firstPage < 1 ? 1 : firstPage;
        }

        /// <summary>The page to start at so that <paramref name="skip"/> contacts are passed over, and how many to drop from it.</summary>
        public static (int Page, int SkipOnPage) StartFor(long skip) =>
            ((int)(skip / PageSize) + 1, (int)(skip % PageSize));

        /// <summary>The next page, or null after the last one.</summary>
        public async Task<ContactPage?> NextAsync(CancellationToken ct)
        {
            if (_done) return null;
            var page = await _service.GetPageAsync(_page, _query, ct).ConfigureAwait(false);
            var ids = page.Contacts.Select(c => c.Id).ToArray();
            if (_previousIds != null && ids.Length > 0 && ids.SequenceEqual(_previousIds))
            {
                throw Failures.Fail(ErrorIds.InvalidResponse, LiveDeskErrorKind.InvalidResult,
                    $"LiveDesk answered page {_page} with the same contacts as page {_page - 1}: the server ignores the page number, so the list cannot be read to its end.");
            }
            _previousIds = ids;
            var lastByCount = page.TotalCount is long total && (long)_page * PageSize >= total;
            if (ids.Length < PageSize || lastByCount || _page == int.MaxValue) _done = true;
            else _page++;
            return page;
        }
    }

    /// <summary>What to list: the whole list or a search, and its order.</summary>
    internal sealed class ContactQuery
    {
        /// <summary>The search text (the API's q), or null for the whole list.</summary>
        public string? Search { get; set; }

        /// <summary>The field to sort by, or null for the server's order.</summary>
        public string? Sort { get; set; }

        /// <summary>Sorts in descending order.</summary>
        public bool Descending { get; set; }

        /// <summary>Asks for each contact's inboxes (the default; the credential check does without).</summary>
        public bool IncludeContactInboxes { get; set; } = true;

        /// <summary>Why a failure matters to the user: ends the give-up messages.</summary>
        public string NotDone { get; set; } = "The contacts were not read.";
    }
}
