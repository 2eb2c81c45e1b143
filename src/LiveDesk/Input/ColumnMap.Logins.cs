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
                    // Chinese and Japanese names have no space: two to four CJK letters alone ("刘洋", under Taobao's "会员名") are a
                    // name, where a nickname is longer or has digits ("小鱼爱吃猫", "茶小白_88").
                    if (!ValueShapes.HasNoLetter(text!) && (text!.Any(char.IsWhiteSpace) || (PersonName.IsCjkName(text!) && text!.Trim().Length is >= 2 and <= 4))) spaced++;
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
                else if (ThingsNameBesideParty(i) is { Count: > 0 } things)
                {
                    // Ibimina's savings reports: "ikimina_name" (the savings group's) beside "member_name" (a login word, a
                    // member's names in its values): the party's names are the row's, the thing's name someone else's.
                    foreach (var thing in things) Release(ContactField.Name, s => s.Index == thing);
                    Give(things.Select(t => Headers[t]!).ToList(), "the name of a thing the row belongs to, beside the party's own names");
                    AddNameByValues(i);
                }
            }
        }

        // The name columns, when all of them are a thing's: qualified by a word that is no party's and no kind of name, with no
        // given or family name beside them; empty unless the column at <paramref name="party"/> is headed by a party's word.
        private List<int> ThingsNameBesideParty(int party)
        {
            if (OverrideFor(ContactField.Name) != null || SourcesFor(ContactField.FirstName).Count + SourcesFor(ContactField.LastName).Count > 0
                || !HeaderWords.Split(Headers[party] ?? "").Any(w => HeaderVocabulary.Of(w) == HeaderWord.IdOwner || PartyLogin(w))) return new List<int>();
            var names = SourcesFor(ContactField.Name).ToList();
            return names.Count > 0 && names.All(s => Qualifier(s.Header) is { Length: > 0 } q && q.Split(' ').All(w => HeaderVocabulary.Of(w) == HeaderWord.Unknown))
                ? names.Select(s => s.Index).ToList() : new List<int>();
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

        // MRBS in Japanese puts the login under "名前" (name) beside "Name" holding the display name; other tools name the
        // login column plainly "Name" beside a full name. Of two columns read as the whole name, one whose first values are
        // all logins ("yamada", "h-sato", "suzuki.ichiro": one token, no capital, or a digit or a dot inside) beside one of
        // names with spaces is the account's name: the identifier when no column names one.
        private void UseLoginShapedNames(List<InputRow> sample)
        {
            if (OverrideFor(ContactField.Name) != null || OverrideFor(ContactField.Identifier) != null) return;
            List<string> Filled(ColumnSource s) => FilledValues(sample, s.Index);
            if (UsePartysLoginAsKey(sample, Filled) || _idCandidates.Count > 0) return;
            if (!_sources.TryGetValue(ContactField.Name, out var names) || names.Count < 2) return;
            var spaced = names.Any(s => Filled(s) is var v && v.Count > 0 && v.Count(x => x.Trim().Any(char.IsWhiteSpace) && !ValueShapes.HasNoLetter(x)) * 2 > v.Count);
            if (!spaced) return;
            foreach (var source in names.ToList())
            {
                var values = Filled(source);
                if (values.Count < 2 || !values.All(LoginShaped)) continue;
                names.Remove(source);
                var login = new ColumnSource(source.Index, source.Header, HeaderRecognizer.LoginRank, ColumnKind.Plain, ByWords: true);
                _idCandidates.Add(login);
                EditableSources(ContactField.Identifier);
                ChooseIdentifiers();
                _loginsAsNames.Add($"Identifier from {ColumnNames.Quote(source.Header)} (its first {values.Count} values are logins, not names)");
                return;
            }
        }

        // A Taobao-style order export (Hidistro's "买家会员名", the buyer's member name: "liuyang1988") names the buyer only by the
        // account: a party's name column whose first values are all logins, one with a digit or a separator at least, is the
        // buyer's login, a key. The person's name is then the recipient's (收货人姓名), whose phone the row gives too.
        private bool UsePartysLoginAsKey(List<InputRow> sample, System.Func<ColumnSource, List<string>> filled)
        {
            // The one column of the person's name, whichever part it was read as (买家会员名 ends in 名, read as the given name).
            var parts = new[] { ContactField.Name, ContactField.FirstName, ContactField.LastName, ContactField.MiddleName }.Where(f => SourcesFor(f).Count > 0).ToList();
            if (parts.Count != 1 || !_sources.TryGetValue(parts[0], out var names) || names.Count != 1) return false;
            var source = names[0];
            if (!HeaderWords.Split(source.Header).Any(w => HeaderVocabulary.Of(w) == HeaderWord.IdOwner)) return false;
            var values = filled(source);
            if (values.Count < 2 || !values.All(LoginShaped) || !values.Any(v => v.Any(c => char.IsDigit(c) || c is '.' or '-' or '_'))) return false;
            names.Remove(source);
            _sources.Remove(parts[0]);
            _idCandidates.Add(source with { Rank = HeaderRecognizer.LoginRank, Kind = ColumnKind.Plain, ByWords = true });
            EditableSources(ContactField.Identifier);
            _loginsAsNames.Add($"Identifier from {ColumnNames.Quote(source.Header)} (its first {values.Count} values are logins, not names)");
            if (RecipientNameColumn() is var recipient && recipient >= 0)
            {
                _nameFallbacks.Add(new ColumnSource(recipient, Headers[recipient] ?? "", 95, ColumnKind.Fallback));
                Unrecognized = Unrecognized.Where(h => h != Headers[recipient]).ToArray();
            }
            return true;
        }

        // An ISP's subscribers ("Username PPPoE", MIKPAY's; "Radius Username", "SIP Login"): a login qualified by the system it
        // signs in to, a word the vocabulary does not know. So are "Login Count" and "Login Portal", so the values decide: every
        // filled one of the first rows a login, no two alike. It keys the contact only where no id column does.
        private static bool NamesQualifiedLogin(string? header) => HeaderWords.Split(header ?? "") is var w
            && w.Any(x => HeaderVocabulary.Of(x) == HeaderWord.Login) && w.All(x => HeaderVocabulary.Of(x) is HeaderWord.Login or HeaderWord.Unknown or HeaderWord.Connector);

        private IEnumerable<int> QualifiedLoginCandidates() =>
            _valuesRead || OverrideFor(ContactField.Identifier) != null ? Enumerable.Empty<int>() : SniffCandidates().Where(i => NamesQualifiedLogin(Headers[i]));

        private void DecideQualifiedLogins(List<InputRow> sample)
        {
            if (OverrideFor(ContactField.Identifier) != null) return;
            foreach (var i in SniffCandidates().Where(i => NamesQualifiedLogin(Headers[i])).ToList())
            {
                var values = FilledValues(sample, i);
                if (values.Count < 2 || !values.All(LoginShaped)) continue;
                if (!AddKeyByValues(i, HeaderRecognizer.LoginRank, sample)) continue;
                Claim(i);
                _loginsAsNames.Add($"Identifier from {ColumnNames.Quote(Headers[i])} (a login qualified by its system: its first {values.Count} values are logins)");
                return;
            }
        }

        private static bool LoginShaped(string value)
        {
            var v = value.Trim();
            if (v.Length < 2 || v.Length > 64 || !v.Any(c => c >= 'a' && c <= 'z')) return false;
            if (!v.All(c => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c is '.' or '-' or '_')) return false;
            // "Anna", "Müller" written alone are given or family names; a login is lower case, or has a digit or a separator.
            return !char.IsUpper(v[0]) || v.Any(c => char.IsDigit(c) || c is '.' or '-' or '_');
        }
    }
}
