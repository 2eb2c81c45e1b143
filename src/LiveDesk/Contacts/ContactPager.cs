using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Errors;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// Walks the pages of the contact list or of a search, for listing and exact lookups alike. Stops at a
    /// short page or at meta.count, and refuses a page that repeats the one before (a server that ignores
    /// <c>page</c> would otherwise be read to the end of time). With a concurrency above 1 it reads ahead:
    /// once page 1's meta.count says how many pages there are, up to that many following pages are in flight at
    /// once (each paced by the connection's governor like any request), and pages are still handed out one by
    /// one in page order, so the repeat check and the output order stay those of a sequential walk.
    /// Dispose it when stopping early: pages read ahead are cancelled.
    /// </summary>
    internal sealed class ContactPager : IDisposable
    {
        /// <summary>The number of contacts LiveDesk returns per page.</summary>
        public const int PageSize = 15;

        /// <summary>The largest number of contacts that can be skipped: page numbers are ints.</summary>
        public const long MaximumSkip = (long)(int.MaxValue - 1) * PageSize;

        private readonly ContactService _service;
        private readonly ContactQuery _query;
        private readonly int _concurrency;
        private readonly Queue<(int Page, Task<ContactPage> Task)> _ahead = new Queue<(int, Task<ContactPage>)>();
        private readonly CancellationTokenSource _aheadCancel = new CancellationTokenSource();
        private CancellationTokenSource? _linked;
        private ContactPage? _knownFirst;
        private int _page;
        private long[]? _previousIds;
        private bool _done;
        private long? _lastPage;

        /// <summary>Starts at <paramref name="firstPage"/> (1-based); reads up to <paramref name="concurrency"/> pages at once.</summary>
        public ContactPager(ContactService service, ContactQuery query, int firstPage = 1, int concurrency = 1)
        {
            _service = service;
            _query = query;
            _page = firstPage < 1 ? 1 : firstPage;
            _concurrency = Math.Max(1, concurrency);
        }

        /// <summary>The last page the caller wants (for -First); pages after it are never read ahead.</summary>
        public long? StopAfterPage { get; set; }

        /// <summary>Hands out <paramref name="page"/> as the first page instead of reading it (it was read to decide how to match).</summary>
        public void UseFirstPage(ContactPage page) => _knownFirst = page;

        /// <summary>The page to start at so that <paramref name="skip"/> contacts are passed over, and how many to drop from it.</summary>
        public static (int Page, int SkipOnPage) StartFor(long skip) =>
            ((int)(skip / PageSize) + 1, (int)(skip % PageSize));

        /// <summary>The next page, or null after the last one.</summary>
        public async Task<ContactPage?> NextAsync(CancellationToken ct)
        {
            if (_done) return null;
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
                page = await _service.GetPageAsync(_page, _query, ct).ConfigureAwait(false);
            }
            var ids = page.Contacts.Select(c => c.Id).ToArray();
            if (_previousIds != null && ids.Length > 0 && ids.SequenceEqual(_previousIds))
            {
                Dispose();
                throw Failures.Fail(ErrorIds.InvalidResponse, LiveDeskErrorKind.InvalidResult,
                    $"LiveDesk answered page {_page} with the same contacts as page {_page - 1}: the server ignores the page number, so the list cannot be read to its end.");
            }
            _previousIds = ids;
            if (page.TotalCount is long total) _lastPage = Math.Max(1, (total + PageSize - 1) / PageSize);
            var lastByCount = page.TotalCount is long count && (long)_page * PageSize >= count;
            if (ids.Length < PageSize || lastByCount || _page == int.MaxValue || _page >= StopAfterPage)
            {
                _done = true;
                Dispose();
            }
            else
            {
                _page++;
                ReadAhead(ct);
            }
            return page;
        }

        // Only pages meta.count says exist are read ahead: past the end there is nothing to gain and a request to pay.
        private void ReadAhead(CancellationToken ct)
        {
            if (_concurrency <= 1 || !(_lastPage is long last)) return;
            if (StopAfterPage is long stop && stop < last) last = stop;
            var next = _ahead.Count > 0 ? _ahead.Last().Page + 1 : _page;
            if (next < _page) next = _page;
            // One walk runs under one token (the command's): link it once.
            _linked ??= CancellationTokenSource.CreateLinkedTokenSource(ct, _aheadCancel.Token);
            var token = _linked.Token;
            while (_ahead.Count < _concurrency && next <= last && next < int.MaxValue)
            {
                var task = _service.GetPageAsync(next, _query, token);
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
