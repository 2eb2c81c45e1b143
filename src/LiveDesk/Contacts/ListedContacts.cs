using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Models;
using LiveDesk.Protocol;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// Reads the whole contact of an index entry when a lookup must return it: the index keeps only what matching
    /// needs. The list page the entry was read from is read again (a list request, 30 times cheaper than a search on
    /// Chatwoot's limits, and one page serves every lookup on it); a contact no longer on that page (the list moved)
    /// or not listed at all is searched for by the key it was found by. One instance per command; safe from many tasks.
    /// </summary>
    internal sealed class ListedContacts
    {
        private readonly object _gate = new object();
        private readonly ContactService _service;
        private (int Page, int Size, Task<ContactPage> Read)? _last;

        /// <summary>Reads through <paramref name="service"/>.</summary>
        public ListedContacts(ContactService service) => _service = service;

        /// <summary>The whole contact of <paramref name="entry"/>, found in the index by <paramref name="by"/> = <paramref name="value"/>; null when it is gone.</summary>
        public async Task<LiveDeskContact?> ReadAsync(IndexedContact entry, UniqueField by, string value, CancellationToken ct)
        {
            if (entry.ListedPage > 0)
            {
                Task<ContactPage> read;
                lock (_gate)
                {
                    // The last page read serves the lookups that follow it; a failed read is not kept.
                    if (!(_last is (int page, int size, Task<ContactPage> kept)) || page != entry.ListedPage || size != entry.ListedPageSize || kept.IsFaulted || kept.IsCanceled)
                    {
                        kept = _service.GetPageAsync(entry.ListedPage, entry.ListedPageSize, new ContactQuery { NotDone = "The contact was not read." }, ct);
                        _last = (entry.ListedPage, entry.ListedPageSize, kept);
                    }
                    read = kept;
                }
                var listed = (await read.ConfigureAwait(false)).Contacts.FirstOrDefault(c => c.Id == entry.Id);
                if (listed != null && by.Matches(listed, value)) return listed;
            }
            return await _service.FindExactAsync(by, value, ct).ConfigureAwait(false);
        }
    }
}
