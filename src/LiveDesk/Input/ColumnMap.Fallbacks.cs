using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // When every e-mail column is empty in a row, the contact's own login fills the address where it holds one. Never a
    // column about someone else: those never become candidates. Decided per file; the choice per row depends only on the
    // row, so a re-run gives the same row the same address.
    // The identifier does not fall back: an id set aside for the contact's own id comes from another numbering (the
    // exporting system's record key, a login), and "1022" there may be another person's "1022" in the own-id column, so
    // one file would give two people the same key, and matching would merge them. A row without its own id is matched
    // by e-mail and phone instead, and gets its id when a later export has one.
    internal sealed partial class ColumnMap
    {
        /// <summary>
        /// The contact's own login columns, read for the e-mail address where every e-mail column of a row is empty and the
        /// login there is an e-mail address (Canvas's login_id, a sign-in name that is an address).
        /// </summary>
        public IReadOnlyList<ColumnSource> EmailFallbacks
        {
            get
            {
                // Asked for every row: decided once the map is final (its values read), not per row.
                if (_emailFallbacks != null) return _emailFallbacks;
                var found = FindEmailFallbacks();
                if (!NeedsValues) _emailFallbacks = found;
                return found;
            }
        }

        private IReadOnlyList<ColumnSource>? _emailFallbacks;

        private IReadOnlyList<ColumnSource> FindEmailFallbacks()
        {
            if (OverrideFor(ContactField.Email) != null) return new ColumnSource[0];
            var emails = SourcesFor(ContactField.Email).Select(s => s.Index).ToList();
            var names = SourcesFor(ContactField.Name).Select(s => s.Index).ToList();
            var logins = SourcesFor(ContactField.Identifier).Concat(_parkedKeys)
                .Where(s => s.Rank == HeaderRecognizer.LoginRank).Select(s => s.Index)
                .Concat(_logins).Distinct().Where(i => !emails.Contains(i) && !names.Contains(i)).OrderBy(i => i);
            return logins.Select(i => new ColumnSource(i, Headers[i], 200, ColumnKind.Fallback)).ToArray();
        }

        private IEnumerable<string> DescribeFallbacks()
        {
            if (EmailFallbacks is var mail && mail.Count > 0)
            {
                var where = SourcesFor(ContactField.Email) is var e && e.Count > 0 ? $"where {ColumnNames.Quote(e[0].Header)} is empty" : "where no column names one";
                yield return $"Email, {where}, from " + string.Join(", then ", mail.Select(s => ColumnNames.Quote(s.Header))) + " (where it holds an e-mail address)";
            }
        }
    }
}
