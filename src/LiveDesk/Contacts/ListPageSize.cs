using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Errors;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// The number of contacts a list page holds on one connection. LiveDesk documents 15 a page; its own example
    /// passes <c>page_size</c>, which Chatwoot ignores. So the first walk on a connection asks page 1 with
    /// <c>page_size=</c><see cref="Requested"/> once: an answer of more than 15 contacts (and no more than asked) is
    /// the size this server serves, so every later page asks for exactly that many. A server that caps below the
    /// request answers its cap, which is then the size; one that serves the whole account in fewer than asked
    /// answers the account's size, which it can serve again. Anything else keeps 15, and the connection never asks
    /// again. Safe to use from many tasks.
    /// </summary>
    internal sealed class ListPageSize
    {
        /// <summary>The page size LiveDesk documents, and Chatwoot serves whatever is asked.</summary>
        public const int Default = 15;

        /// <summary>The page size asked for once per connection.</summary>
        public const int Requested = 100;

        private readonly object _gate = new object();
        private Task<(int Size, ContactPage? Page)>? _probe;
        private int _known;

        /// <summary>The size learned on this connection; null until the probe was answered.</summary>
        public int? Known { get { lock (_gate) return _known > 0 ? _known : (int?)null; } }

        /// <summary>A holder that knows its size already (for tests, and services that must not probe).</summary>
        public static ListPageSize Fixed(int size) => new ListPageSize { _known = size };

        /// <summary>
        /// The page size, probing once per connection. <paramref name="query"/> is the walk's own plain list from
        /// page 1, or null: then the probe reads the cheapest page 1. The probe's page comes back only to the walk
        /// that made it (it is that walk's page 1); other callers get null.
        /// </summary>
        public async Task<(int Size, ContactPage? FirstPage)> ResolveAsync(ContactService service, ContactQuery? query, CancellationToken ct)
        {
            Task<(int Size, ContactPage? Page)> probe;
            var mine = false;
            lock (_gate)
            {
                if (_known > 0) return (_known, null);
                if (_probe == null || _probe.IsFaulted || _probe.IsCanceled)
                {
                    // Only the whole list tells the page size: a search or a label filter may match fewer than a page.
                    var probeQuery = query != null && string.IsNullOrEmpty(query.Search) && (query.Labels == null || query.Labels.Length == 0) ? query : new ContactQuery { IncludeContactInboxes = false, NotDone = "The contacts were not read." };
                    _probe = ProbeAsync(service, probeQuery, ct);
                    mine = query != null && ReferenceEquals(probeQuery, query);
                }
                probe = _probe;
            }
            var (size, page) = await probe.ConfigureAwait(false);
            return (size, mine ? page : null);
        }

        private async Task<(int, ContactPage?)> ProbeAsync(ContactService service, ContactQuery query, CancellationToken ct)
        {
            await Task.Yield();
            ContactPage page;
            try
            {
                page = await service.GetPageAsync(1, Requested, query, ct).ConfigureAwait(false);
            }
            catch (LiveDeskException ex) when (ex.Error.StatusCode == 400 || ex.Error.StatusCode == 422)
            {
                // A server that refuses an unknown parameter: it serves the documented size.
                service.TraceLine($"LiveDesk refused page_size ({ex.Error.Message}): reading {Default} contacts a page.");
                return Learn(Default, null);
            }
            var served = page.Contacts.Select(c => c.Id).Distinct().Count();
            // More than asked is a server that does not do what page_size says: trust only the documented size.
            var size = served > Default && served == page.Contacts.Count && served <= Requested ? served : Default;
            service.TraceLine(size > Default
                ? $"LiveDesk served {served} contacts for page_size={Requested}: reading {size} contacts a page on this connection."
                : $"LiveDesk served {page.Contacts.Count} contacts for page_size={Requested}: reading {Default} contacts a page on this connection.");
            // The page is page 1 at the size learned only when it holds exactly that many, or the whole list.
            return Learn(size, page.Contacts.Count <= size ? page : null);
        }

        private (int, ContactPage?) Learn(int size, ContactPage? page)
        {
            lock (_gate) _known = size;
            return (size, page);
        }
    }
}
