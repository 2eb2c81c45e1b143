using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace LiveDesk.Input
{
    // The unique keys of a contact (e-mail, phone, identifier) come from the columns that are the contact's own: a label
    // repeated later in the file belongs to another block (a company's second "Téléphone"), and the exporting system's key
    // of the record stands back when a column names the person's own id. Decided once per header set.
    internal sealed partial class ColumnMap
    {
        // How tools tell a repeated label apart: "Téléphone (2)", pandas' "Téléphone.1".
        private static readonly Regex RepeatMarker = new Regex(@"(\s*\(\s*\d+\s*\)|\.\d+)\s*$", RegexOptions.CultureInvariant);
        private static readonly ContactField[] Keys = { ContactField.Email, ContactField.PhoneNumber, ContactField.Identifier };
        private readonly List<string> _setAside = new List<string>();

        /// <summary>Key columns not used although they name the field, with the reason (for -Verbose).</summary>
        public IReadOnlyList<string> SetAside => _setAside;

        private void KeepOwnKeys()
        {
            foreach (var field in Keys)
            {
                if (!_sources.TryGetValue(field, out var list)) continue;
                var first = new Dictionary<string, ColumnSource>(System.StringComparer.Ordinal);
                foreach (var source in list.OrderBy(s => s.Index).ToList())
                {
                    var label = Label(source.Header);
                    if (label.Length == 0) continue;
                    if (first.TryGetValue(label, out var earlier))
                    {
                        list.Remove(source);
                        _setAside.Add($"{ColumnNames.Quote(source.Header)} repeats {ColumnNames.Quote(earlier.Header)} ({field} from the first)");
                    }
                    else first[label] = source;
                }
            }
            if (!_sources.TryGetValue(ContactField.Identifier, out var ids)) return;
            // A bare reference in a file that names other records (Attendize's attendees: "Ticket ID", "Reference" of the
            // order) is one of theirs: several attendees share their order's reference, and an order export's reference is
            // the order's. It keys the record in a file about the contacts (Thelia's customers: "ref", with the customer's
            // "total_orders" and "last_order_date").
            var thing = Headers.FirstOrDefault(h => h != null && HeaderVocabulary.NamesOtherRecord(HeaderWords.Split(h)));
            if (thing != null)
            {
                foreach (var reference in ids.Where(s => s.Rank == HeaderRecognizer.ReferenceRank).ToList())
                {
                    ids.Remove(reference);
                    _setAside.Add($"{ColumnNames.Quote(reference.Header)} (a reference in a file about other records: {ColumnNames.Quote(thing)})");
                }
            }
            // A login stands back when a column names the person's own id, and stands in for it otherwise.
            var threshold = ids.Any(s => s.Rank < HeaderRecognizer.LoginRank) ? HeaderRecognizer.LoginRank : HeaderRecognizer.RecordKeyRank;
            if (ids.Any(s => s.Rank < threshold))
            {
                var own = ids.First(s => s.Rank < threshold);
                foreach (var key in ids.Where(s => s.Rank >= threshold).ToList())
                {
                    ids.Remove(key);
                    var what = key.Rank < HeaderRecognizer.RecordKeyRank ? "a login" : "the exporting system's key of the record";
                    _parkedKeys.Add(key);
                    _setAside.Add($"{ColumnNames.Quote(key.Header)} ({what}; {ColumnNames.Quote(own.Header)} names the contact's own id)");
                }
            }
        }

        // The words a header says, without the marker a tool added to tell a repeated label apart.
        private static string Label(string header) => string.Join(" ", HeaderWords.Split(RepeatMarker.Replace(header, "")));
    }
}
