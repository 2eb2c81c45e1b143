using System;
using System.Collections.Generic;
using LiveDesk.Models;

namespace LiveDesk.Contacts
{
    /// <summary>A page of contacts from the list or search endpoint.</summary>
    internal sealed class ContactPage
    {
        /// <summary>The contacts on this page.</summary>
        public IReadOnlyList<LiveDeskContact> Contacts { get; set; } = Array.Empty<LiveDeskContact>();

        /// <summary>meta.count: the number of matching contacts, when the server sent it.</summary>
        public long? TotalCount { get; set; }
    }
}
