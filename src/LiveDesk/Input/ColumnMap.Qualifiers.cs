using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // Two kinds of column the header alone cannot settle. A header that is only a qualifier ("Primary", "Other", "Home",
    // "Hem") carries no field word: the first rows' values tell whether it holds phone numbers or e-mail addresses. A bare
    // "ID number" ("Id nummer", "Numéro ID") is the number of an identity document or of a registration: the contact's own
    // in a file about persons, the organisation's registration number in a file about organisations.
    internal sealed partial class ColumnMap
    {
        private readonly List<int> _qualifiers = new List<int>();
        // Said in -Verbose with the columns found by their values.
        private readonly List<string> _qualifiersByValues = new List<string>();

        private IEnumerable<int> UndecidedQualifiers() =>
            _valuesRead || OverrideFor(ContactField.Email) != null || OverrideFor(ContactField.PhoneNumber) != null ? Enumerable.Empty<int>() : _qualifiers;

        // Rank, then a table column before one recognised by its words, then input order.
        private static int SourceOrder(ColumnSource a, ColumnSource b) =>
            a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.ByWords != b.ByWords ? a.ByWords.CompareTo(b.ByWords) : a.Index.CompareTo(b.Index);

        // Two people of one organisation would share its number as their identifier, and the second would then update the
        // first: when any column names an organisation (a company column, a VAT or registration number, "Company ID"), an
        // ID number is taken for the organisation's and not used. -Map Identifier = '<column>' uses it anyway.
        private void SetAsideIdNumbers(List<int> idNumbers, string organisation)
        {
            if (idNumbers.Count == 0 || !_sources.TryGetValue(ContactField.Identifier, out var ids)) return;
            foreach (var i in idNumbers)
            {
                if (ids.RemoveAll(s => s.Index == i) == 0) continue;
                _setAside.Add($"{ColumnNames.Quote(Headers[i])} (an ID number in a file about organisations, as {ColumnNames.Quote(organisation)} shows: the organisation's registration number, not the contact's)");
            }
        }

        // A qualifier-only column holding mostly e-mail addresses in the first rows fills Email, ranked by its qualifier;
        // otherwise it stays a weak phone column: a row whose value there is no phone number (a label, a street) goes on to
        // the next phone column, with one warning, so a column of other things never stores them and never fails a row.
        // The header already narrows the column to a phone or an e-mail, so most values (not nearly all, as for a header
        // with no known word) decide.
        private void DecideQualifiers(List<InputRow> sample)
        {
            foreach (var i in UndecidedQualifiers().ToList())
            {
                int values = 0, emails = 0;
                foreach (var row in sample)
                {
                    var text = CellValue.Read(row.GetValue(i), splitList: true).Text;
                    if (text == null) continue;
                    values++;
                    if (LooksLikeEmail(ValueLists.FirstAddress(text))) emails++;
                }
                if (values == 0 || !_sources.TryGetValue(ContactField.PhoneNumber, out var phoneSources)) continue;
                var source = phoneSources.FirstOrDefault(s => s.Index == i);
                if (source == null || emails * 2 <= values) continue;
                phoneSources.Remove(source);
                var emailSources = EditableSources(ContactField.Email);
                emailSources.Add(source);
                emailSources.Sort(SourceOrder);
                _qualifiersByValues.Add($"Email from {ColumnNames.Quote(Headers[i])} (a qualifier alone; {emails} of its first {values} values are e-mail addresses)");
            }
        }
    }
}
