using System;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Errors;
using LiveDesk.Models;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// Decides, for one command, whether rows are matched by searching or against an index of the account, and
    /// builds that index (once) by listing the account with pages read concurrently. Listing costs one request per
    /// 15 contacts on the overall limit (Chatwoot: 3,000 a minute); a search costs one of the 100 searches a minute
    /// the account has, about <see cref="PagesPerSearch"/> list pages' worth. The input is streamed, so its size is
    /// unknown: -MatchBy Auto searches first (a single lookup costs one search, nothing more), and after
    /// <see cref="MinimumSearchBudget"/> searches reads page 1, whose meta.count is the account's size. It switches to
    /// the index once the searches spent would have paid for listing (pages / 30, at least 3), or at once when a
    /// search met a 429: never much more than twice the cheaper way.
    /// </summary>
    internal sealed class IndexBuilder
    {
        /// <summary>List pages one search is worth: Chatwoot's overall limit over its search limit (3,000 / 100).</summary>
        public const int PagesPerSearch = 30;

        /// <summary>The searches Auto makes before it reads the account's size; also the least it spends before switching.</summary>
        public const int MinimumSearchBudget = 3;

        private readonly object _gate = new object();
        private readonly ContactService _service;
        private readonly MatchBy _mode;
        private readonly int _concurrency;
        private readonly bool _keepContacts;
        private readonly Action<string>? _trace;
        private Task? _probe;
        private Task? _build;
        private long _searchBudget = long.MaxValue;
        private long _searches;

        /// <summary>Creates the strategy of one command. <paramref name="keepContacts"/>: the index also keeps the listed contacts (Get-LiveDeskContact returns them).</summary>
        public IndexBuilder(ContactService service, MatchBy mode, int concurrency, bool keepContacts, Action<string>? trace)
        {
            _service = service;
            _mode = mode;
            _concurrency = Math.Max(1, concurrency);
            _keepContacts = keepContacts;
            _trace = trace;
            Index = new ContactIndex(keepContacts);
        }

        /// <summary>The index; filled once a build started, kept current by the import from then on.</summary>
        public ContactIndex Index { get; }

        /// <summary>True once the index is being built or built: contacts created or found are put in it.</summary>
        public bool Indexing { get { lock (_gate) return _build != null; } }

        /// <summary>The number of searches made for matching.</summary>
        public long Searches => Interlocked.Read(ref _searches);

        /// <summary>The index to match against, waiting for its build; null while rows are to be searched.</summary>
        public async Task<ContactIndex?> IndexForMatchingAsync(CancellationToken ct)
        {
            if (_mode == MatchBy.Search) return null;
            Task? build, probe;
            lock (_gate)
            {
                if (_build == null && _mode == MatchBy.Index) _build = BuildAsync(null, ct);
                build = _build;
                probe = _probe;
            }
            if (build == null && probe != null && !probe.IsCompleted)
            {
                // Page 1 is being read to size the account: a search now may be one the index makes unneeded, and
                // searches are the scarcer budget (100 a minute against 3,000), so wait for that one request.
                await probe.ConfigureAwait(false);
                lock (_gate) build = _build;
            }
            if (build == null) return null;
            await build.ConfigureAwait(false);
            return Index;
        }

        /// <summary>Records a search made for matching; Auto switches to the index when the budget is spent or it met a 429.</summary>
        public void OnSearched(bool throttled, CancellationToken ct)
        {
            var searches = Interlocked.Increment(ref _searches);
            if (_mode != MatchBy.Auto) return;
            lock (_gate)
            {
                if (_build != null) return;
                if (throttled)
                {
                    _trace?.Invoke($"A request was answered 429 (rate limited) while searching, after {searches} searches: matching against an index of the account from now on.");
                    _build = BuildAsync(null, ct);
                }
                else if (searches >= _searchBudget)
                {
                    _trace?.Invoke($"{searches} searches cost about as much as listing the account: matching against an index of it from now on.");
                    _build = BuildAsync(null, ct);
                }
                else if (searches >= MinimumSearchBudget && _probe == null)
                {
                    _probe = ProbeAsync(ct);
                }
            }
        }

        // Page 1's meta.count sets the search budget; when it is spent already, the page starts the listing.
        private async Task ProbeAsync(CancellationToken ct)
        {
            await Task.Yield();
            ContactPage first;
            try
            {
                first = await _service.GetPageAsync(1, Query(), ct).ConfigureAwait(false);
            }
            catch (LiveDeskException ex)
            {
                // Searching goes on; a failure that matters (credentials, host) fails the rows' own requests too.
                _trace?.Invoke($"The account's size could not be read ({ex.Error.Message}); searching on.");
                return;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            lock (_gate)
            {
                var pages = PagesOf(first);
                _searchBudget = Math.Max(MinimumSearchBudget, pages / PagesPerSearch);
                if (_build != null) return;
                if (Interlocked.Read(ref _searches) >= _searchBudget)
                {
                    _trace?.Invoke($"The account has {first.TotalCount} contacts ({pages} pages): listing it costs no more than the searches made so far, so matching against an index of it from now on.");
                    _build = BuildAsync(first, ct);
                }
                else
                {
                    _trace?.Invoke($"The account has {first.TotalCount} contacts ({pages} pages): searching until {_searchBudget} searches or a 429, then indexing.");
                }
            }
        }

        private static long PagesOf(ContactPage first) =>
            first.TotalCount is long total ? (total + ContactPager.PageSize - 1) / ContactPager.PageSize : (first.Contacts.Count < ContactPager.PageSize ? 1 : long.MaxValue);

        private ContactQuery Query() => new ContactQuery
        {
            IncludeContactInboxes = _keepContacts,
            NotDone = "The account's contacts were not listed, so the rows could not be matched against them.",
        };

        private async Task BuildAsync(ContactPage? first, CancellationToken ct)
        {
            // Off the caller's stack: the lock is held while this starts.
            await Task.Yield();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            using (var pager = new ContactPager(_service, Query(), 1, _concurrency))
            {
                if (first != null) pager.UseFirstPage(first);
                while (await pager.NextAsync(ct).ConfigureAwait(false) is ContactPage page)
                {
                    foreach (var contact in page.Contacts) Index.PutListed(contact);
                }
            }
            _trace?.Invoke($"Indexed {Index.Count} contacts in {watch.Elapsed.TotalSeconds:0.0} s.");
        }

        /// <summary>Lists the whole account into a new index (for tests and measurements).</summary>
        public static async Task<ContactIndex> BuildIndexAsync(ContactService service, int concurrency, bool keepContacts, CancellationToken ct)
        {
            var builder = new IndexBuilder(service, MatchBy.Index, concurrency, keepContacts, null);
            return (await builder.IndexForMatchingAsync(ct).ConfigureAwait(false))!;
        }
    }
}
