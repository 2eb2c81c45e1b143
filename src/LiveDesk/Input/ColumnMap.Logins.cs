using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // A login or user name column is the account's unique name: an identifier when no column names the person's own id.
    // Some tools put the person's display name under such a header (Zoom's "User Name (Original Name)"): the first rows'
    // values decide. A login has no spaces ("jkoenig", "j.koenig"); a column whose values mostly have one ("Ann Lee") holds
    // names, and fills the name when no column is named for it (a name, or a first or last name).
    internal sealed partial class ColumnMap
    {
        // Rank of a login column whose values are names: after display/full name (10) and name (20).
        private const int NameByValuesRank = 25;
        private readonly List<int> _logins = new List<int>();
        private readonly List<ColumnSource> _parkedKeys = new List<ColumnSource>();
        // Said in -Verbose with the columns found by their values (not in the e-mail/phone warning).
        private readonly List<string> _loginsAsNames = new List<string>();

        private IEnumerable<int> UndecidedLogins() =>
            _valuesRead || OverrideFor(ContactField.Identifier) != null ? Enumerable.Empty<int>() : _logins;

        private void DecideLogins(List<InputRow> sample)
        {
            foreach (var i in UndecidedLogins().ToList())
            {
                int values = 0, spaced = 0, times = 0;
                foreach (var row in sample)
                {
                    var text = CellText(row, i);
                    if (string.IsNullOrEmpty(text)) continue;
                    // "2024-03-01 08:12:44+00:00" (a last_login column) has a space and is no name; a value without a
                    // letter never is one.
                    if (ValueShapes.IsDateOrTime(text!)) times++;
                    else values++;
                    if (!ValueShapes.HasNoLetter(text!) && text!.Any(char.IsWhiteSpace)) spaced++;
                }
                if (times > 0 && times * 10 >= (times + values) * 9)
                {
                    DropTimes(i, times, times + values);
                    continue;
                }
                if (values == 0 || spaced * 2 <= values) continue;
                DropIdCandidate(i);
                _loginsAsNames.Add($"Name from {ColumnNames.Quote(Headers[i])} ({spaced} of its first {values} values are names, not logins)");
                if (!NameNamed) AddNameByValues(i);
            }
        }

        // A column whose values are names fills the name after every column a header names for it.
        private void AddNameByValues(int i)
        {
            var names = EditableSources(ContactField.Name);
            names.Add(new ColumnSource(i, Headers[i], NameByValuesRank, ColumnKind.Plain, -1, true));
            names.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Index.CompareTo(b.Index));
        }

        // A column named as a login whose values are dates and times (Open edX's last_login: when the user last signed
        // in) is neither a login nor a name: it fills nothing.
        private void DropTimes(int i, int times, int values)
        {
            DropIdCandidate(i);
            _logins.Remove(i);
            _setAside.Add($"{ColumnNames.Quote(Headers[i])} ({times} of its first {values} values are dates or times, not logins)");
        }
    }
}
