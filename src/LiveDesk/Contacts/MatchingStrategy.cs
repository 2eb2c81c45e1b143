using System;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Errors;
using LiveDesk.Models;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// Chooses, for one command, whether rows are matched by searching or against an index of the account, and
    /// builds that index (once) by listing the account with pages read concurrently. Listing costs one request per
    /// page (15 contacts, or the larger page the connection learned: <see cref="ListPageSize"/>) on the overall limit
    /// (Chatwoot: 3,000 a minute); a search costs one of the 100 searches a minute the account has, about
    /// <see cref="PagesPerSearch"/> list pages' worth. The input is streamed, so its size is unknown: -MatchBy Auto
    /// searches first (a single lookup costs one search, nothing more), and after <see cref="MinimumSearchBudget"/>
    /// searches reads page 1, whose meta.count is the account's size. It switches to the index once the searches
    /// spent would have paid for listing (pages / 30, at least 3), or at once when a search met a 429.
    /// The index never grows past its capacity (-MaximumIndexMB): an account that needs more, an index that cannot be
    /// listed under Auto, or a list the server never ends, are matched by searching from then on, with one warning.
    /// </summary>
    internal sealed class MatchingStrategy
    {
        /// <summary>List pages one search is worth: Chatwoot's overall limit over its search limit (3,000 / 100).</summary>
        public const int PagesPerSearch = 30;

        /// <summary>The searches Auto makes before it reads the account's size; also the least it spends before switching.</summary>
        public const int MinimumSearchBudget = 3;

        /// <summary>
        /// The default capacity of the index, in MB, derived from Azure Automation's sandbox, which has 400 MB for
        /// everything. Measured with pwsh against an account larger than the bound (100 a page): PowerShell with the
        /// module connected takes about 120 MB, and the listing's pages in flight and the garbage they leave about 105 MB
        /// more on top of the index at its bound; 128 MB leaves about 45 MB for the runbook's own data and for Windows
        /// PowerShell 5.1, which takes more than pwsh. It holds about 830,000 contacts with an e-mail, a phone number, an
        /// identifier and two custom attributes (about 165 bytes each; see docs/about_LiveDesk_Performance.md).
        /// </summary>
        public const int DefaultCapacityMB = 128;

        private readonly object _gate = new object();
        private readonly ContactService _service;
        private readonly MatchBy _mode;
        private readonly int _concurrency;
        private readonly Action<string>? _trace;
        private Task? _probe;
        private Task<bool>? _build;
        private volatile bool _abandoned;
        private long _searchBudget = long.MaxValue;
        private long _searches;

        /// <summary>Creates the strategy of one command; the index holds up to <paramref name="capacityBytes"/>.</summary>
        public MatchingStrategy(ContactService service, MatchBy mode, int concurrency, long capacityBytes, Action<string>? trace)
        {
            _service = service;
            _mode = mode;
            _concurrency = Math.Max(1, concurrency);
            _trace = trace;
            Index = new ContactIndex(capacityBytes);
        }

        /// <summary>The index; filled once a build started, kept current by the import from then on.</summary>
        public ContactIndex Index { get; }

        /// <summary>True once the index is being built or built (and not given up): contacts created or found are put in it.</summary>
        public bool Indexing { get { lock (_gate) return _build != null && !_abandoned; } }

        /// <summary>The number of searches made for matching.</summary>
        public long Searches => Interlocked.Read(ref _searches);

        /// <summary>The index to match against, waiting for its build; null while (or once) rows are to be searched.</summary>
        public async Task<ContactIndex?> IndexForMatchingAsync(CancellationToken ct)
        {
            if (_mode == MatchBy.Search || _abandoned) return null;
            Task<bool>? build;
            Task? probe;
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
            return await build.ConfigureAwait(false) ? Index : null;
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
            int size;
            try
            {
                var (learned, page) = await _service.PageSize.ResolveAsync(_service, Query(), ct).ConfigureAwait(false);
                size = learned;
                first = page ?? await _service.GetPageAsync(1, size, Query(), ct).ConfigureAwait(false);
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
                var pages = PagesOf(first, size);
                _searchBudget = Math.Max(MinimumSearchBudget, pages / PagesPerSearch);
                if (_build != null) return;
                if (Interlocked.Read(ref _searches) >= _searchBudget)
                {
                    _trace?.Invoke($"The account has {first.TotalCount} contacts ({pages} pages of {size}): listing it costs no more than the searches made so far, so matching against an index of it from now on.");
                    _build = BuildAsync((first, size), ct);
                }
                else
                {
                    _trace?.Invoke($"The account has {first.TotalCount} contacts ({pages} pages of {size}): searching until {_searchBudget} searches or a 429, then indexing.");
                }
            }
        }

        private static long PagesOf(ContactPage first, int size) =>
            first.TotalCount is long total && total >= 0 ? (total + size - 1) / size : (first.Contacts.Count < size ? 1 : long.MaxValue);

        // Only what matching needs: the inboxes are not read.
        private static ContactQuery Query() => new ContactQuery
        {
            IncludeContactInboxes = false,
            NotDone = "The account's contacts were not listed, so the rows could not be matched against them.",
        };

        // True: the index is built. False: matching searches (the account does not fit, or -MatchBy Auto could not list it).
        private async Task<bool> BuildAsync((ContactPage Page, int Size)? first, CancellationToken ct)
        {
            // Off the caller's stack: the lock is held while this starts.
            await Task.Yield();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                using (var pager = new ContactPager(_service, Query(), 0, _concurrency))
                {
                    if (first is (ContactPage page1, int size1)) pager.UseFirstPage(page1, size1);
                    var pageNumber = 0;
                    while (await pager.NextAsync(ct).ConfigureAwait(false) is ContactPage page)
                    {
                        pageNumber++;
                        if (pageNumber == 1 && pager.Announced is long announced && announced > Index.CapacityBytes / ContactIndex.LeastBytesPerContact)
                        {
                            return GiveUp($"The account has {announced} contacts; an index of them would need more than the {Megabytes(Index.CapacityBytes)} MB it may take (-MaximumIndexMB)", raise: true);
                        }
                        foreach (var contact in page.Contacts)
                        {
                            if (!Index.PutListed(contact, pageNumber, pager.PageSize))
                            {
                                return GiveUp($"The index of the account reached the {Megabytes(Index.CapacityBytes)} MB it may take (-MaximumIndexMB) after {Index.Count} contacts", raise: true);
                            }
                        }
                    }
                }
            }
            catch (LiveDeskException ex) when (_mode == MatchBy.Auto)
            {
                return GiveUp($"The account's contacts could not be listed ({ex.Error.Message})", raise: false);
            }
            _trace?.Invoke($"Indexed {Index.Count} contacts ({Megabytes(Index.Bytes)} MB) in {watch.Elapsed.TotalSeconds:0.0} s.");
            return true;
        }

        private bool GiveUp(string why, bool raise)
        {
            _abandoned = true;
            Index.Clear();
            var message = why + ": the rows are matched by searching instead, which takes longer and spends the account's search limit." +
                (raise ? " Raise -MaximumIndexMB if the machine has the memory." : string.Empty);
            if (_service.Warn != null) _service.Warn(message);
            else _trace?.Invoke(message);
            return false;
        }

        private static long Megabytes(long bytes) => (bytes + (1 << 20) - 1) >> 20;

        /// <summary>Lists the whole account into a new index (for tests and measurements); null when it did not fit.</summary>
        public static async Task<ContactIndex?> BuildIndexAsync(ContactService service, int concurrency, long capacityBytes, CancellationToken ct)
        {
            var strategy = new MatchingStrategy(service, MatchBy.Index, concurrency, capacityBytes, null);
            return await strategy.IndexForMatchingAsync(ct).ConfigureAwait(false);
        }
    }
}
