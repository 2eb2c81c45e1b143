using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Errors;
using LiveDesk.Models;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// Walks the pages of the contact list or of a search, for listing, the index and exact lookups alike, at the
    /// connection's page size (<see cref="ListPageSize"/>): -Skip and -First are counted in contacts and turned into
    /// pages here. It trusts the server only as far as it can check it:
    /// <list type="bullet">
    /// <item>the walk ends at a short page or at meta.count, and a page that repeats the one before is refused (a
    /// server that ignores <c>page</c> would otherwise be read to the end of time);</item>
    /// <item>contacts already handed out on the page before are dropped (an insert shifts the pages by one);</item>
    /// <item>the count announced by the first page bounds the walk: a list that goes on past it by more than
    /// <see cref="GrowthAllowed"/> is an <see cref="ErrorIds.InvalidResponse"/>, not an endless read.</item>
    /// </list>
    /// With a concurrency above 1 it reads ahead: pages meta.count says exist are requested up to that many at once
    /// (each paced like any request) and still handed out one by one in page order. Dispose it when stopping early.
    /// </summary>
    internal sealed class ContactPager : IDisposable
    {
        /// <summary>The largest number of contacts that can be skipped at the documented page size: page numbers are ints.</summary>
        public const long MaximumSkip = (long)(int.MaxValue - 1) * ListPageSize.Default;

        private readonly ContactService _service;
        private readonly ContactQuery _query;
        private readonly int _concurrency;
        private readonly long _skip;
        private readonly Queue<(int Page, Task<ContactPage> Task)> _ahead = new Queue<(int, Task<ContactPage>)>();
        private readonly CancellationTokenSource _aheadCancel = new CancellationTokenSource();
        private CancellationTokenSource? _linked;
        private ContactPage? _knownFirst;
        private int _size;
        private int _page;
        private int _skipOnPage;
        private HashSet<long>? _previousIds;
        private bool _done;
        private long? _announced;
        private long _read;
        private long _handed;
        private long _startOffset;
        private long? _lastPage;

        /// <summary>Passes over <paramref name="skip"/> contacts; reads up to <paramref name="concurrency"/> pages at once.</summary>
        public ContactPager(ContactService service, ContactQuery query, long skip = 0, int concurrency = 1)
        {
            _service = service;
            _query = query;
            _skip = Math.Max(0, skip);
            _concurrency = Math.Max(1, concurrency);
        }

        /// <summary>The most contacts the caller wants (-First); pages after them are never read.</summary>
        public long? Take { get; set; }

        /// <summary>The page size this walk reads; 0 until its first page.</summary>
        public int PageSize => _size;

        /// <summary>meta.count of the first page read: the size the server announced.</summary>
        public long? Announced => _announced;

        /// <summary>
        /// How far past the announced count a list may go before it is refused: a tenth of it, at least 10 pages.
        /// Contacts created while the list is read are real growth (an import adds them itself), a list that never
        /// ends is not.
        /// </summary>
        public long GrowthAllowed => Math.Max(10L * _size, (_announced ?? 0) / 10);

        /// <summary>Hands out <paramref name="page"/> as the first page instead of reading it (it was read to decide how to match).</summary>
        public void UseFirstPage(ContactPage page, int size)
        {
            _knownFirst = page;
            _size = size;
            _page = 1;
        }

        /// <summary>The next page (with -Skip and -First applied), or null after the last one.</summary>
        public async Task<ContactPage?> NextAsync(CancellationToken ct)
        {
            if (_done) return null;
            if (_size == 0) await StartAsync(ct).ConfigureAwait(false);
            ContactPage page;
            if (_knownFirst != null)
            {
                page = _knownFirst;
                _knownFirst = null;
            }
            else if (_ahead.Count > 0 && _ahead.Peek().Page == _page)
            {
                page = await _ahead.Dequeue().Task.ConfigureAwait(false);
            }
            else
            {
                page = await _service.GetPageAsync(_page, _size, _query, ct).ConfigureAwait(false);
            }
            return Accept(page, ct);
        }

        private async Task StartAsync(CancellationToken ct)
        {
            int size;
            ContactPage? first = null;
            if (!string.IsNullOrEmpty(_query.Search))
            {
                // An exact lookup rarely reads past page 1: it takes the size the connection knows, and does not pay a
                // list request to learn it (a single lookup costs one search, nothing more).
                size = _service.PageSize.Known ?? ListPageSize.Default;
            }
            else
            {
                (size, first) = await _service.PageSize.ResolveAsync(_service, _skip == 0 ? _query : null, ct).ConfigureAwait(false);
            }
            _size = size;
            var startPage = _skip / size + 1;
            if (startPage >= int.MaxValue) throw Failures.Fail(ErrorIds.InvalidInput, LiveDeskErrorKind.InvalidArgument, $"Skipping {_skip} contacts goes beyond the last page LiveDesk can be asked for.");
            _page = (int)startPage;
            _startOffset = (startPage - 1) * size;
            _skipOnPage = (int)(_skip % size);
            if (first != null && _page == 1) _knownFirst = first;
        }

        private ContactPage Accept(ContactPage page, CancellationToken ct)
        {
            var all = page.Contacts;
            if (_previousIds != null && all.Count > 0 && all.All(c => _previousIds.Contains(c.Id)))
            {
                Dispose();
                throw Failures.Fail(ErrorIds.InvalidResponse, LiveDeskErrorKind.InvalidResult,
                    $"LiveDesk answered page {_page} with the same contacts as page {_page - 1}: the server ignores the page number, so the list cannot be read to its end. {_query.NotDone}");
            }
            var count = page.TotalCount is long c && c >= 0 ? c : (long?)null;
            // Without a count (LiveDesk documents one) the first page is all that was announced: the walk may still
            // grow by GrowthAllowed, and a list that goes on past that is refused like one that outgrows its count.
            if (_announced == null) _announced = count ?? _startOffset + all.Count;
            // Contacts handed out on the page before: a contact created meanwhile pushed them onto this page.
            var fresh = _previousIds == null ? all : all.Where(x => !_previousIds.Contains(x.Id)).ToList();
            _previousIds = new HashSet<long>(all.Select(x => x.Id));
            _read += fresh.Count;
            if (_announced is long announced && _startOffset + _read > announced + GrowthAllowed)
            {
                Dispose();
                throw Failures.Fail(ErrorIds.InvalidResponse, LiveDeskErrorKind.InvalidResult,
                    $"LiveDesk announced {announced} contacts but kept sending more ({_startOffset + _read} by page {_page}): the list does not end, so it was not read further. {_query.NotDone}");
            }
            if (all.Count < _size && count is long more && (long)(_page - 1) * _size + all.Count + _size <= more)
            {
                // A short page where the same answer's count says pages more follow: the server serves fewer than
                // the page size it served before, and reading on would skip contacts.
                Dispose();
                throw Failures.Fail(ErrorIds.InvalidResponse, LiveDeskErrorKind.InvalidResult,
                    $"LiveDesk answered page {_page} with {all.Count} contacts where {_size} were asked, while counting {more}: its pages are inconsistent, so the list cannot be read completely. {_query.NotDone}");
            }
            if (count is long total) _lastPage = Math.Max(1, (total + _size - 1) / _size);
            var wanted = Trim(fresh);
            var lastByCount = count is long n && (long)_page * _size >= n;
            var lastByTake = Take is long take && _handed >= take;
            if (all.Count < _size || lastByCount || lastByTake || _page == int.MaxValue)
            {
                _done = true;
                Dispose();
            }
            else
            {
                _page++;
                ReadAhead(ct);
            }
            return new ContactPage { Contacts = wanted, TotalCount = page.TotalCount };
        }

        // -Skip's remainder is dropped from the first page, -First's excess from the last.
        private IReadOnlyList<LiveDeskContact> Trim(IReadOnlyList<LiveDeskContact> contacts)
        {
            IEnumerable<LiveDeskContact> kept = contacts;
            if (_skipOnPage > 0)
            {
                kept = kept.Skip(_skipOnPage);
                _skipOnPage = 0;
            }
            if (Take is long take) kept = kept.Take((int)Math.Min(Math.Max(0, take - _handed), int.MaxValue));
            var list = kept as IReadOnlyList<LiveDeskContact> ?? kept.ToList();
            _handed += list.Count;
            return list;
        }

        // Only pages meta.count says exist are read ahead: past the end there is nothing to gain and a request to pay.
        private void ReadAhead(CancellationToken ct)
        {
            if (_concurrency <= 1 || !(_lastPage is long last)) return;
            if (Take is long take) last = Math.Min(last, (_skip + take + _size - 1) / _size);
            var next = _ahead.Count > 0 ? _ahead.Last().Page + 1 : _page;
            if (next < _page) next = _page;
            // One walk runs under one token (the command's): link it once.
            _linked ??= CancellationTokenSource.CreateLinkedTokenSource(ct, _aheadCancel.Token);
            var token = _linked.Token;
            while (_ahead.Count < _concurrency && next <= last && next < int.MaxValue)
            {
                var task = _service.GetPageAsync(next, _size, _query, token);
                // A page read ahead and then not wanted (the walk stopped) must not surface as an unobserved exception.
                _ = task.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                _ahead.Enqueue((next, task));
                next++;
            }
        }

        /// <summary>Cancels the pages read ahead and not handed out.</summary>
        public void Dispose()
        {
            _ahead.Clear();
            _aheadCancel.Cancel();
            _linked?.Dispose();
            _linked = null;
        }
    }
}
