using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // The contact's company when no header names one, decided once per header set from the first rows' values:
    // - A CRM calls the organisation an account (Salesforce, Dynamics, SugarCRM/SuiteCRM, Zoho, vtiger, EspoCRM), and its
    //   translations say so in every language: SuiteCRM's language packs (modules/Contacts/language/<lang>.lang.php,
    //   LBL_ACCOUNT_NAME and LBL_ACCOUNT: tr_TR 'Hesap Adı:', vi_VN 'Tên tài khoản:' and 'Khách hàng:', pl_PL 'Nazwa konta').
    //   An account word with name words only ("Konto", "Hesap Adı", "Nazwa Konta", "アカウント名", "Контрагент"), beside a
    //   column naming the person, is the company, unless its values are numbers, e-mail addresses or logins (a bank or login
    //   account: "Account Number", "Bank account", "Account owner", "Kontonummer" name other things by their words anyway).
    // - A customer or client word ("Customer", "客户", "ลูกค้า", "Име на клиента") names a company or a person: it is the
    //   company only when its values say so, by a legal form or by differing from the person's name in the same rows.
    // - A column whose values are mostly names of legal entities ("Acme GmbH", "ООО «Ромашка»", "株式会社ソニー") is the
    //   company, said once in a warning and in -Verbose.
    // Never a column about someone else, the contact person's column, nor one already read as another field.
    internal sealed partial class ColumnMap
    {
        private const int AccountWord = 2;
        private const int CustomerWord = 1;
        // Rank of a company column found this way: after every column a header names as the company.
        private const int ByValuesCompanyRank = 60;

        private static readonly HashSet<string> AccountWords = Folded(
            "account accounts konto konta kontot kontoen cont contul contului akun hesap hesabi cuenta cuentas compte comptes conto conti conta contas "
            + "аккаунт аккаунта акаунт контрагент контрагента контрагенти kontrahent kontrahenta counterparty アカウント 取引先 taikhoan");
        private static readonly HashSet<string> CustomerWords = Folded(
            "customer customers client clients kunde kunden cliente clientes clienti klant klanten kund kunder klient klienta "
            + "клиент клиента клиенты клієнт клієнта πελατης πελατη 客户 客戶 顧客 고객 ลูกค้า musteri musterisi asiakas khachhang");
        // Name words and connectors of languages the header vocabulary does not list: Vietnamese "Tên", Bulgarian "Име ... на",
        // Japanese "名" after a noun, Thai "ชื่อ".
        private static readonly HashSet<string> PartyNameWords = Folded("ten име наименование назва 名 名称 名稱 名前 ชื่อ на cua");

        private readonly List<int> _pendingAccounts = new List<int>();
        private readonly List<ColumnSource> _companyColumns = new List<ColumnSource>();
        private readonly List<string> _companyNotes = new List<string>();
        private readonly List<string> _companyByValues = new List<string>();

        /// <summary>Columns found to hold the contact's company although no header names one, best first.</summary>
        public IReadOnlyList<ColumnSource> CompanyColumns => _companyColumns;

        /// <summary>A column found to be the company by its legal forms alone, for the warning.</summary>
        public IReadOnlyList<string> CompanyFoundByValues => _companyByValues;

        private bool CompanyUnnamed => Unnamed(ContactField.Company);

        private bool HasPersonName => NameNamed || ContactPersonIndex >= 0;

        // A header (or -Map) names the person's name or a part of it.
        private bool NameNamed =>
            OverrideFor(ContactField.Name) != null
            || new[] { ContactField.Name, ContactField.FirstName, ContactField.LastName }.Any(f => SourcesFor(f).Count > 0);

        // Called once when the map is built: account columns beside a person's name wait for their values. They leave the
        // unrecognised columns now, so no other rule takes them first.
        private void FindAccountCompanies()
        {
            ReleasePartyNames();
            if (!CompanyUnnamed || !HasPersonName) return;
            foreach (var i in CompanyCandidates().ToList())
            {
                if (PartyWord(HeaderWords.Split(Headers[i] ?? "")) == AccountWord) _pendingAccounts.Add(i);
            }
            if (_pendingAccounts.Count == 0) return;
            var taken = _pendingAccounts.Select(i => Headers[i]).ToList();
            Unrecognized = Unrecognized.Where(h => !taken.Contains(h)).ToArray();
            NearMisses = NearMisses.Where(n => !taken.Contains(n.Column)).ToArray();
        }

        // "客户名称", "Customer Name", "Account Name" read by their words as a name, beside a column naming the person's own
        // name: the name of the customer or account the person belongs to, not a second name of the person. It leaves the name
        // columns and waits with the other candidates, where its values decide whether it is the company.
        private void ReleasePartyNames()
        {
            if (!CompanyUnnamed || OverrideFor(ContactField.Name) != null || !_sources.TryGetValue(ContactField.Name, out var names)) return;
            // Salon Booking System's German customers: "VORNAME DES KUNDEN" (the customer's given name) beside "KUNDENNAME": the
            // name parts are the same party's, so its name is theirs (the family name beside the given one), no firm's.
            var partsOf = SourcesFor(ContactField.FirstName).Concat(SourcesFor(ContactField.LastName))
                .Select(s => HeaderWords.Split(s.Header ?? "")).Select(w => w.Any(AccountWords.Contains) ? AccountWord : w.Any(CustomerWords.Contains) ? CustomerWord : 0)
                .Where(w => w != 0).ToList();
            var party = names.Where(s => s.ByWords && PartyWord(HeaderWords.Split(s.Header ?? "")) is var w && w != 0 && !partsOf.Contains(w)).ToList();
            if (party.Count == 0) return;
            var own = names.Count > party.Count || SourcesFor(ContactField.FirstName).Count > 0 || SourcesFor(ContactField.LastName).Count > 0;
            if (!own) return;
            foreach (var source in party) names.Remove(source);
            Unrecognized = Unrecognized.Concat(party.Select(s => s.Header)).ToArray();
        }

        // True while the first rows' values must decide the company.
        private bool CompaniesNeedValues() => _pendingAccounts.Count > 0 || (CompanyUnnamed && CompanyCandidates().Any());

        // A column named as an address is never the company by its values: Bulgarian "ет. 4, ап. 12" (floor, flat) in an
        // "Address Part 2" reads like the legal form ЕТ.
        private IEnumerable<int> CompanyCandidates() => SniffCandidates().Where(i => i != ContactPersonIndex && !NamesAddress(i));

        private bool NamesAddress(int index) =>
            HeaderWords.Split(Headers[index] ?? "").Any(w => HeaderVocabulary.IsStreetWord(w) || HeaderVocabulary.Of(w) == HeaderWord.Address);

        // Called once from ReadValues, after the e-mail and phone columns found by their values have left the candidates.
        private void ReadCompanyValues(List<InputRow> sample)
        {
            foreach (var i in _pendingAccounts)
            {
                var tally = Tally(sample, i);
                if ((tally.Values > 0 && (tally.Values - tally.Organisations) * 5 > tally.Values) || Flag(sample, i))
                {
                    // Account numbers, logins or addresses: a bank or login account, not the organisation.
                    Unrecognized = Unrecognized.Concat(new[] { Headers[i] }).ToArray();
                    continue;
                }
                _companyColumns.Add(new ColumnSource(i, Headers[i], ByValuesCompanyRank + _companyColumns.Count, ColumnKind.Fallback));
                _companyNotes.Add($"Company from {ColumnNames.Quote(Headers[i])} (a CRM account beside the person's name)");
            }
            _pendingAccounts.Clear();
            if (_companyColumns.Count > 0 || !CompanyUnnamed) return;

            (int Index, int Legal, int Values)? legalColumn = null;
            foreach (var i in CompanyCandidates().ToList())
            {
                var tally = Tally(sample, i);
                if (tally.Values == 0) continue;
                var legal = tally.Legal >= System.Math.Min(2, tally.Values) && tally.Legal * 2 >= tally.Values;
                if (PartyWord(HeaderWords.Split(Headers[i] ?? "")) == CustomerWord && HasPersonName && tally.Organisations * 5 >= tally.Values * 4
                    && (tally.Legal > 0 || (tally.BesideName > 0 && tally.OtherThanName * 5 >= tally.BesideName * 4)))
                {
                    Take(i, $"Company from {ColumnNames.Quote(Headers[i])} (its values are organisations, not the person's name)");
                    return;
                }
                if (legal && (legalColumn == null || tally.Legal > legalColumn.Value.Legal)) legalColumn = (i, tally.Legal, tally.Values);
            }
            if (legalColumn is (int index, int hits, int values))
            {
                var found = $"{ColumnNames.Quote(Headers[index])} as Company ({hits} of its first {values} values are names of legal entities)";
                _companyByValues.Add(found);
                Take(index, "Company from " + found.Replace(" as Company", ""));
            }
        }

        private void Take(int index, string note)
        {
            _companyColumns.Add(new ColumnSource(index, Headers[index], ByValuesCompanyRank, ColumnKind.Fallback));
            _companyNotes.Add(note);
            Claim(index);
        }

        // A column a rule found a field for by its values is no longer unrecognised, nor a near-miss to suggest.
        private void Claim(int index)
        {
            Unrecognized = Unrecognized.Where(h => h != Headers[index]).ToArray();
            NearMisses = NearMisses.Where(n => n.Column != Headers[index]).ToArray();
        }

        // Galette's "Compte" (has an account: Oui/Non), a "Customer" yes/no: two short words across the rows are a flag's
        // values, not organisations' names.
        private static bool Flag(List<InputRow> sample, int index)
        {
            var values = sample.Select(r => CellText(r, index)).Where(t => !string.IsNullOrEmpty(t)).ToList();
            var distinct = values.Distinct(System.StringComparer.OrdinalIgnoreCase).ToList();
            return values.Count >= 3 && distinct.Count <= 2 && distinct.All(v => v!.Length <= 5);
        }

        private (int Values, int Organisations, int Legal, int BesideName, int OtherThanName) Tally(List<InputRow> sample, int index)
        {
            int values = 0, organisations = 0, legal = 0, besideName = 0, otherThanName = 0;
            foreach (var row in sample)
            {
                var text = CellText(row, index);
                if (string.IsNullOrEmpty(text)) continue;
                values++;
                if (LegalForms.IsLegalEntity(text)) legal++;
                if (LooksLikeOrganisation(text!)) organisations++;
                var person = PersonNameOf(row);
                if (person == null) continue;
                besideName++;
                if (!SameWords(person, text!)) otherThanName++;
            }
            return (values, organisations, legal, besideName, otherThanName);
        }

        // The row's person name as its name columns give it (the name, else first and last name).
        private string? PersonNameOf(InputRow row)
        {
            string? Read(ContactField field) => SourcesFor(field).Select(s => CellValue.Read(row.GetValue(s.Index), splitList: false).Text)
                .FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
            if (ContactPersonIndex >= 0 && CellValue.Read(row.GetValue(ContactPersonIndex), splitList: false).Text is string person) return person;
            var name = Read(ContactField.Name);
            if (name != null) return name;
            var parts = string.Join(" ", new[] { Read(ContactField.FirstName), Read(ContactField.LastName) }.Where(p => p != null));
            return parts.Length > 0 ? parts : null;
        }

        /// <summary>
        /// True for a value that can be an organisation's name: letters more than digits, and no e-mail address, phone number
        /// or login ("jkoenig", "ann_lee", "user42": one word, all lower case or with digits or underscores).
        /// </summary>
        internal static bool LooksLikeOrganisation(string text)
        {
            var letters = text.Count(char.IsLetter);
            if (letters == 0 || letters <= text.Count(char.IsDigit) || text.IndexOf('@') >= 0 || LooksLikePhone(text)) return false;
            if (text.Any(char.IsWhiteSpace) || LegalForms.IsLegalEntity(text)) return true;
            var cased = text.Where(c => char.IsUpper(c) || char.IsLower(c)).ToList();
            return !(text.Any(char.IsDigit) || text.IndexOf('_') >= 0 || (cased.Count > 0 && !cased.Any(char.IsUpper)));
        }

        /// <summary>True when both texts are made of the same words, in any order and case ("Lee, Ann" and "ANN LEE").</summary>
        internal static bool SameWords(string a, string b)
        {
            static HashSet<string> Words(string s) => new HashSet<string>(
                new string(s.Select(c => char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : ' ').ToArray()).Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries),
                System.StringComparer.Ordinal);
            return Words(a).SetEquals(Words(b));
        }

        // An account or customer word with name words and connectors only: "Account", "Hesap Adı", "Tên tài khoản", "Име на
        // клиента". Words the vocabulary reads as something else (number, id, type, owner, bank, user) make it no party column.
        private static int PartyWord(List<string> words)
        {
            var kind = 0;
            // A word the splitter left apart ("tài khoản", "khách hàng") is read written together first: its parts may be
            // words of another language ("tai" is Finnish for "or").
            words = new List<string>(words);
            for (var i = 0; i + 1 < words.Count; i++)
            {
                var joined = words[i] + words[i + 1];
                if (!AccountWords.Contains(joined) && !CustomerWords.Contains(joined)) continue;
                words[i] = joined;
                words.RemoveAt(i + 1);
            }
            foreach (var word in words)
            {
                if (AccountWords.Contains(word)) kind = AccountWord;
                else if (CustomerWords.Contains(word) || IsThingNameWord(word)) kind = System.Math.Max(kind, CustomerWord);
                else if (HeaderVocabulary.IsUserNoun(word)) return 0;
                else if (!PartyNameWords.Contains(word) && HeaderVocabulary.Of(word) is not (HeaderWord.Name or HeaderWord.NamePart or HeaderWord.Full or HeaderWord.Connector)) return 0;
            }
            return kind;
        }

        private IEnumerable<string> DescribeCompanies() => _companyNotes;
    }
}
