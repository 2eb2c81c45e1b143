using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // When the chosen column of a key field is empty in a row, the next-ranked column that could fill it and holds a valid
    // value in that row does: the identifier columns set aside for a better one (a login, the exporting system's key of the
    // record), and the contact's own login for the e-mail address when it holds one. Never a column about someone else:
    // those never become candidates. Decided per file; the choice per row depends only on the row, so a re-run gives the
    // same row the same key.
    internal sealed partial class ColumnMap
    {
        /// <summary>
        /// Identifier columns set aside for the contact's own id, read where every identifier column of a row is empty: the
        /// exporting system's key of the record first (an id like the one that is missing, assigned once and never
        /// changed), then a login (a name the account may change, and often an e-mail address).
        /// </summary>
        public IReadOnlyList<ColumnSource> IdentifierFallbacks =>
            OverrideFor(ContactField.Identifier) != null ? new ColumnSource[0]
                : _parkedKeys.OrderBy(p => p.Rank >= HeaderRecognizer.RecordKeyRank ? 0 : 1).ThenBy(p => p.Rank).ThenBy(p => p.Index).ToArray();

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
                .Where(s => s.Rank >= HeaderRecognizer.LoginRank && s.Rank < HeaderRecognizer.RecordKeyRank).Select(s => s.Index)
                .Concat(_logins).Distinct().Where(i => !emails.Contains(i) && !names.Contains(i)).OrderBy(i => i);
            return logins.Select(i => new ColumnSource(i, Headers[i], 200, ColumnKind.Fallback)).ToArray();
        }

        private IEnumerable<string> DescribeFallbacks()
        {
            var ids = SourcesFor(ContactField.Identifier);
            if (ids.Count > 0 && IdentifierFallbacks is var idFallbacks && idFallbacks.Count > 0)
            {
                yield return $"Identifier, where {ColumnNames.Quote(ids[0].Header)} is empty, from " + string.Join(", then ", idFallbacks.Select(s => ColumnNames.Quote(s.Header)));
            }
            if (EmailFallbacks is var mail && mail.Count > 0)
            {
                var where = SourcesFor(ContactField.Email) is var e && e.Count > 0 ? $"where {ColumnNames.Quote(e[0].Header)} is empty" : "where no column names one";
                yield return $"Email, {where}, from " + string.Join(", then ", mail.Select(s => ColumnNames.Quote(s.Header))) + " (where it holds an e-mail address)";
            }
        }
    }
}
