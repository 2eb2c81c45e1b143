using System;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Models;

namespace LiveDesk.Api
{
    /// <summary>
    /// Decides, for one command, whether rows are matched by searching or against an index of the account, and
    /// builds that index (once) by listing the account with pages read concurrently. Listing costs one request per
    /// 15 contacts on the overall limit (Chatwoot: 3,000 a minute); a search costs one of the 100 searches a minute
    /// the account has, about 30 list pages' worth. -MatchBy Auto therefore indexes at once an account of up to
    /// <see cref="ImmediatePages"/> pages, and otherwise searches until the searches spent would have paid for the
    /// listing (pages / 30, at least <see cref="MinimumSearchBudget"/>) or a search meets a 429, then switches: never
    /// more than about twice the cheaper way, for an input whose size is not known in advance.
    /// </summary>
    internal sealed class IndexBuilder
    {
        /// <summary>Accounts with at most this many pages (1,500 contacts) are indexed before the first row.</summary>
        public const int ImmediatePages = 100;

        /// <summary>List pages one search is worth: Chatwoot's overall limit over its search limit (3,000 / 100).</summary>
        public const int PagesPerSearch = 30;

        /// <summary>The fewest searches Auto spends before switching, however large the account.</summary>
        public const int MinimumSearchBudget = 3;

        private readonly object _gate = new object();
        private readonly ContactService _service;
        private readonly MatchBy _mode;
        private readonly int _concurrency;
        private readonly bool _keepContacts;
        private readonly Action<string>? _trace;
        private Task<ContactPage>? _probe;
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

        /// <summary>The index to match against, built first when needed; null while rows are to be searched.</summary>
        public async Task<ContactIndex?> IndexForMatchingAsync(CancellationToken ct)
        {
            if (_mode == MatchBy.Search) return null;
            Task? build;
            lock (_gate)
            {
                if (_build == null && _mode == MatchBy.Index) _build = BuildAsync(null, ct);
                build = _build;
                if (build == null) _probe ??= ProbeAsync(ct);
            }
            if (build == null)
            {
                // Auto: page 1's meta.count is the account's size. A probe that fails fails the row, as a search would.
                var first = await _probe!.ConfigureAwait(false);
                lock (_gate)
                {
                    var pages = PagesOf(first);
                    if (_build == null && pages <= ImmediatePages)
                    {
                        _trace?.Invoke($"The account has {first.TotalCount} contacts ({pages} pages): matching against an index of them.");
                        _build = BuildAsync(first, ct);
                    }
                    else if (_build == null && _searchBudget == long.MaxValue)
                    {
                        _searchBudget = Math.Max(MinimumSearchBudget, pages / PagesPerSearch);
                        _trace?.Invoke($"The account has {first.TotalCount} contacts ({pages} pages): searching, and indexing after {_searchBudget} searches or a search answered 429.");
                    }
                    build = _build;
                }
                if (build == null) return null;
            }
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
                if (_build != null || (!throttled && searches < _searchBudget)) return;
                _trace?.Invoke(throttled
                    ? $"A search was answered 429 (rate limited) after {searches} searches: matching against an index of the account from now on."
                    : $"{searches} searches cost about as much as listing the account: matching against an index of it from now on.");
                _build = BuildAsync(null, ct);
            }
        }

        private static long PagesOf(ContactPage first) =>
            first.TotalCount is long total ? (total + ContactPager.PageSize - 1) / ContactPager.PageSize : (first.Contacts.Count < ContactPager.PageSize ? 1 : long.MaxValue);

        private Task<ContactPage> ProbeAsync(CancellationToken ct) =>
            _service.GetPageAsync(1, Query(), ct);

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
