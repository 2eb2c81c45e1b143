using System;
using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // Columns that change how a row is read rather than filling a field of their own, decided once per header set:
    // the contact person of an organisation's record, names of the same person to fall back on, and a phone number's
    // country calling code kept in a column of its own.
    internal sealed partial class ColumnMap
    {
        // "Contact", "Contact person", "Personne de contact", "Контактное лицо": an entity word for a contact, with person
        // words, name words and connectors only. One-word forms are matched on the header's words written together.
        private static readonly HashSet<string> ContactWords = Folded(
            "contact contacts contacto contacte contato contatto kontakt kontakta kontaktni kontaktna kontaktne контакт контактное контактная контактный контактна yhteys "
            // The person in charge ("PIC Telp"), once ReleasePersonInCharge has read "PIC" so.
            + "pic");
        private static readonly HashSet<string> PersonWords = Folded("person personne persona persoana pessoa persoon osoba лицо особа henkilo 人");
        private static readonly HashSet<string> PersonCompounds = Folded(
            "contactperson ansprechpartner ansprechpartnerin ansprechperson kontaktperson kontaktpersonen contactpersoon personnedecontact personadecontacto personadecontacte "
            + "pic personincharge "
            + "pessoadecontato personadicontatto kontaktniosoba kontaktnaosoba osobakontaktowa yhteyshenkilo контактноелицо контактнаяособа "
            + "联系人 聯繫人 联络人 聯絡人 連絡人 连络人 担当者 ご担当者 담당자 "
            // Turkish "İlgili Kişi" (the person concerned), "Yetkili Kişi" / "Yetkili" (the authorised person), "İrtibat Kişisi";
            // Hungarian "Kapcsolattartó", Romanian "Persoană de contact", Indonesian "Narahubung", Vietnamese "Người liên hệ".
            + "ilgilikisi yetkilikisi yetkili irtibatkisi irtibatkisisi kapcsolattarto persoanadecontact narahubung nguoilienhe "
            // Its Vietnamese initials ("Họ và tên NLH"), and Indonesian "Hubungan dengan" (MAS's customers: whom to deal with).
            + "nlh hubungandengan "
            // Italian and Spanish "Referente" (Danea Easyfatt's customers: the person to deal with at a firm); a referrer is
            // "segnalatore", "referido", "presentato da".
            + "referente "
            // Icelandic "Tengiliður" (RUKK's customers: the person to contact at a customer that is a firm); Arabic "الشخص
            // المسؤول" (the person in charge at a client firm: a Saudi print shop's clients), "مسؤول الاتصال", "جهة الاتصال".
            // "مسؤول التواصل" (who is in charge of communication: an Egyptian loyalty app's business customers).
            + "tengilidur tengilids الشخصالمسوول مسوولالاتصال جهةالاتصال الشخصالمسوولعنالتواصل مسوولالتواصل");

        // Whose name a column holds when it is the same person seen by another system or instrument: the holder of the
        // contact's card or account, the name an external (single sign-on) system knows. Never a recipient or a relative:
        // "Shipping Name" may be a gift's recipient, and words about someone else are refused before this is asked.
        private static readonly HashSet<string> HolderWords = Folded(
            "external card cards cardholder holder payer billing bill legal karte karten karteninhaber kontoinhaber carte titulaire tarjeta titular carta intestatario cartao kaart kaarthouder rekeninghouder kort kortinnehavare karta");

        private static readonly HashSet<string> PreferredWords = Folded("preferred bevorzugter bevorzugt prefere preferido preferida preferito voorkeur");

        private static readonly HashSet<string> NicknameWords = Folded(
            "nickname nick pseudo pseudonym spitzname rufname surnom apodo soprannome apelido bijnaam roepnaam noemnaam smeknamn kallenavn kaldenavn "
            + "lempinimi ksywka pseudonim przezwisko takma прозвище никнейм псевдоним ник 昵称 暱稱 昵稱 ニックネーム 닉네임 별명 ชื่อเล่น المستعار مستعار כינוי");

        // A country calling code: a code word with a country or dialling word, or one word that says both.
        private static readonly HashSet<string> CodeWords = Folded("code codes cod prefix vorwahl indicatif prefixe prefijo prefisso codigo indicativo prefixo kod код код コード 코드 代码 代碼");
        private static readonly HashSet<string> DialWords = Folded("calling call dial dialing dialling international intl country land lander landes pays pais paese kraju kraj страны страна країни країна 国 国名 国家 國家 국가");
        private static readonly HashSet<string> CodeCompounds = Folded(
            "cc countrycode callingcode dialcode dialingcode phonecode landervorwahl landesvorwahl internationalevorwahl landcode landskod landekode maakoodi landerkennung landeskennung "
            + "indicatifpays indicatiftelephonique codigopais prefijopais prefissointernazionale kodkraju кодстраны 国番号 国际区号 國際區號 区号");

        private readonly List<ColumnSource> _nameFallbacks = new List<ColumnSource>();
        private readonly List<int> _codeColumns = new List<int>();
        private readonly List<int> _countryCodeColumns = new List<int>();
        private readonly Dictionary<int, int> _callingCodes = new Dictionary<int, int>();

        /// <summary>The column naming the contact person of an organisation's record ("Contact", "Ansprechpartner"), or -1.</summary>
        public int ContactPersonIndex { get; private set; } = -1;

        /// <summary>Columns naming the same person, read when the name columns of a row are empty ("Card Name", "external_name").</summary>
        public IReadOnlyList<ColumnSource> NameFallbacks => _nameFallbacks;

        /// <summary>
        /// The country code columns that name no phone ("Country Code", Mailchimp's "CC", Shopify's "Default Address Country
        /// Code"): the person's country too, where a value is an ISO code. "Phone Country Code" is the number's, not where the person is.
        /// </summary>
        internal IReadOnlyList<int> CountryCodeColumns => _countryCodeColumns;

        /// <summary>The column holding the country calling code of the phone column at <paramref name="phoneIndex"/>, or -1.</summary>
        public int CallingCodeColumnFor(int phoneIndex) => _callingCodes.TryGetValue(phoneIndex, out var i) ? i : -1;

        private static HashSet<string> Folded(string words) =>
            new HashSet<string>(words.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(HeaderWords.Fold), StringComparer.Ordinal);

        // A column no field took and that is about no one else: free for the rules that read columns by their values.
        private bool Free(int i) => Unrecognized.Contains(Headers[i]) && !AboutSomeoneElse.Contains(Headers[i]);

        // Called once when the map is built.
        private void FindRowColumns()
        {
            var taken = new List<string>();
            var words = new List<string>[Headers.Count];
            for (var i = 0; i < Headers.Count; i++) words[i] = HeaderWords.Split(Headers[i] ?? "");

            ReleasePersonInCharge(words);
            for (var i = 0; i < Headers.Count && ContactPersonIndex < 0; i++)
            {
                if (Free(i) && NamesContactPerson(words[i])) ContactPersonIndex = i;
            }
            SetAsideStaffColumn();
            SetAsideContactPersonsFields(words);
            // "Name" beside "Contact Name": the plain one is the organisation's, the other its contact person.
            var names = SourcesFor(ContactField.Name);
            if (ContactPersonIndex < 0 && OverrideFor(ContactField.Name) == null && names.Count > 1)
            {
                var person = names.FirstOrDefault(s => words[s.Index].Any(ContactWords.Contains));
                if (person != null && names.Any(s => words[s.Index].All(w => HeaderVocabulary.Of(w) is HeaderWord.Name or HeaderWord.NamePart)))
                {
                    ContactPersonIndex = person.Index;
                    _sources[ContactField.Name].Remove(person);
                }
            }

            // A preferred name (Mahara's "preferredname": "Aroha", "Mere T.") beside the given and family name is the name the
            // person goes by, as a nickname is: the name of a row whose name parts are empty, not the one stored before them.
            if (SourcesFor(ContactField.FirstName).Count > 0 && SourcesFor(ContactField.LastName).Count > 0)
            {
                foreach (var preferred in Release(ContactField.Name, s => words[s.Index].Any(PreferredWords.Contains)))
                    _nameFallbacks.Add(new ColumnSource(preferred.Index, preferred.Header, 95, ColumnKind.Fallback));
            }

            // Name columns of a holder ("external_name", "Billing Name") rank after the contact's own name and its parts;
            // unrecognised ones ("Card Name", "CARD.NAME") join them. Only when something else names the contact first.
            if (OverrideFor(ContactField.Name) == null)
            {
                var holders = names.Where(s => IsHolderName(words[s.Index])).ToList();
                var parts = SourcesFor(ContactField.FirstName).Count + SourcesFor(ContactField.LastName).Count;
                if (holders.Count > 0 && (holders.Count < names.Count || parts > 0))
                {
                    foreach (var h in holders) _sources[ContactField.Name].Remove(h);
                    _nameFallbacks.AddRange(holders);
                }
                for (var i = 0; i < Headers.Count; i++)
                {
                    if (i == ContactPersonIndex || !Free(i) || !IsHolderName(words[i])) continue;
                    _nameFallbacks.Add(new ColumnSource(i, Headers[i], HolderRank, ColumnKind.Fallback));
                    taken.Add(Headers[i]);
                }
                // A column no field, no person elsewhere and no -Map took, for a name fallback.
                bool Unclaimed(int i) => i != ContactPersonIndex && !AboutSomeoneElse.Contains(Headers[i])
                    && !_sources.Values.Any(list => list.Any(c => c.Index == i)) && !_overrideIndex.ContainsValue(i);
                // A nickname (ShopXO's 昵称, Galette's "Pseudo", Google's "Nickname") is the name the person goes by: the name
                // of a row whose name columns are empty, and of every row of a file that has none.
                for (var i = 0; i < Headers.Count; i++)
                {
                    if (!words[i].Any(NicknameWords.Contains) || !Unclaimed(i)) continue;
                    _nameFallbacks.Add(new ColumnSource(i, Headers[i], 95, ColumnKind.Fallback));
                    taken.Add(Headers[i]);
                }
                // The reading of the whole name (KIREIMO's "名前カナ", "Name (Furigana)", "フリガナ" alone) beside the name itself: the name of a row
                // whose name is empty, as the salon's own SMS export falls back to it. Not the readings of the parts (セイ, メイ).
                if (SourcesFor(ContactField.Name).Count > 0)
                {
                    for (var i = 0; i < Headers.Count; i++)
                    {
                        if (!words[i].Any(HeaderVocabulary.IsReadingWord) || !Unclaimed(i)) continue;
                        var rest = words[i].Where(w => !HeaderVocabulary.IsReadingWord(w)).Select(HeaderVocabulary.Of).ToList();
                        // "フリガナ" alone beside "氏名" is the name's reading too.
                        if (!rest.All(r => r is HeaderWord.Name or HeaderWord.Connector)) continue;
                        _nameFallbacks.Add(new ColumnSource(i, Headers[i], 95, ColumnKind.Fallback));
                        taken.Add(Headers[i]);
                    }
                }
                // A ticket's or message's "From" beside its "From Email" (osTicket's ticket export): the sender's name, the row's
                // person. Alone, "From" is where a range begins; read only as a name, so a date there names no one.
                if (words.Any(w => w.Count == 2 && w.Contains("from") && w.Any(x => HeaderVocabulary.Of(x) == HeaderWord.Email)))
                {
                    for (var i = 0; i < Headers.Count; i++)
                    {
                        if (words[i].Count != 1 || words[i][0] != "from" || !Free(i) || i == ContactPersonIndex) continue;
                        _nameFallbacks.Add(new ColumnSource(i, Headers[i], 95, ColumnKind.Fallback));
                        taken.Add(Headers[i]);
                    }
                }
            }

            for (var i = 0; i < Headers.Count; i++)
            {
                if (NamesCallingCode(words[i]) && !_overrideIndex.ContainsValue(i) && !AboutSomeoneElse.Contains(Headers[i]))
                {
                    _codeColumns.Add(i);
                    if (!words[i].Any(w => HeaderVocabulary.Of(w) is HeaderWord.Phone or HeaderWord.Mobile)) _countryCodeColumns.Add(i);
                    if (Unrecognized.Contains(Headers[i])) taken.Add(Headers[i]);
                }
            }
            PairCallingCodes(words);
            taken.AddRange(PairPhoneLabels(words).ToList().Select(i => Headers[i]));

            // The person column stays a candidate for the values until they are read: "Kontakt" may hold e-mail addresses.
            if (ContactPersonIndex >= 0) NearMisses = NearMisses.Where(n => n.Column != Headers[ContactPersonIndex]).ToArray();
            if (taken.Count > 0)
            {
                Unrecognized = Unrecognized.Where(h => !taken.Contains(h)).ToArray();
                NearMisses = NearMisses.Where(n => !taken.Contains(n.Column)).ToArray();
            }
            PreferContactPersonsReach(words);
            if (!NeedsValues) KeepContactPerson();
        }

        // "PIC", the person in charge at a customer firm in Indonesian, Malaysian and Indian business lists (bpl-cms's customers:
        // "Nama", "Telp", "E-mail" of the firm, then "PIC", "PIC Telp", "PIC e-mail"; "Nama PIC"), is its contact person,
        // not a picture, when a name word stands beside it or another column holds the PIC's phone or e-mail. "PIC" alone, or
        // "Profile pic", stays a picture.
        private void ReleasePersonInCharge(IReadOnlyList<List<string>> words)
        {
            bool Pic(List<string> w) => w.Contains(PicWord);
            bool Reach(List<string> w) => Pic(w) && w.Any(x => HeaderVocabulary.Of(x) is HeaderWord.Phone or HeaderWord.Mobile or HeaderWord.Email);
            bool Named(List<string> w) => Pic(w) && w.Count > 1 && w.All(x => x == PicWord || HeaderVocabulary.Of(x) is HeaderWord.Name or HeaderWord.Full or HeaderWord.Connector);
            bool reached = words.Any(Reach);
            var released = Release(ContactField.AvatarUrl, s => Named(words[s.Index]) || (reached && words[s.Index].Count == 1 && Pic(words[s.Index])));
            if (released.Count > 0) Unrecognized = Unrecognized.Concat(released.Select(s => s.Header)).ToArray();
        }

        private static readonly string PicWord = HeaderWords.Fold("pic");

        // Saldi's debtors ("firmanavn", "email", "mobile", then "kontakt_navn", "kontakt_email", "kontakt_mobile"): where the
        // row's person is the organisation's contact person, that person's own e-mail and phones come before the
        // organisation's (an info@ address), each within its kind (a mobile still before a landline). A row without a contact
        // person falls back to the organisation's.
        private void PreferContactPersonsReach(IReadOnlyList<List<string>> words)
        {
            bool Contact(ColumnSource s) => words[s.Index].Any(ContactWords.Contains);
            var person = new[] { ContactField.Name, ContactField.FirstName, ContactField.LastName }.SelectMany(SourcesFor).ToList();
            if (ContactPersonIndex < 0 && !person.Any(Contact)) return;
            foreach (var field in new[] { ContactField.Email, ContactField.PhoneNumber })
            {
                if (OverrideFor(field) != null || !_sources.TryGetValue(field, out var list) || !list.Any(Contact) || list.All(Contact)) continue;
                // An e-mail column the file names first ranks as the primary one; that is no kind of its own.
                int Kind(ColumnSource c) => field == ContactField.Email && c.Rank < HeaderRecognizer.WorkKind ? 0 : c.Rank / HeaderRecognizer.KindStep;
                var ordered = list.Select((s, n) => (Source: s, Order: n)).OrderBy(p => Kind(p.Source))
                    .ThenBy(p => Contact(p.Source) ? 0 : 1).ThenBy(p => p.Order).Select(p => p.Source).ToList();
                list.Clear();
                list.AddRange(ordered);
            }
        }

        // Once the values are read: a person column found to hold e-mail addresses or phone numbers is that, no person.
        private void KeepContactPerson()
        {
            if (ContactPersonIndex < 0) return;
            var header = Headers[ContactPersonIndex];
            if (SourcesFor(ContactField.Email).Concat(SourcesFor(ContactField.PhoneNumber)).Any(s => s.Index == ContactPersonIndex))
            {
                ContactPersonIndex = -1;
                return;
            }
            Unrecognized = Unrecognized.Where(h => h != header).ToArray();
        }

        // KAVAC's staff ("nombres", "apellidos", then "nombre_y_apellido_de_persona_de_contacto", "telefono_de_persona_de_contacto"):
        // beside the row's own given and family names, a field of the contact person is that person's (whom to call in an
        // emergency), as the contact person's own column is (SetAsideStaffColumn). In a list of organisations, with no names of
        // the row's own, the contact person is whom the row reaches.
        private void SetAsideContactPersonsFields(IReadOnlyList<List<string>> words)
        {
            bool Own(ContactField f) => SourcesFor(f).Any(s => !OfContactPerson(words, s.Index));
            if (!Own(ContactField.FirstName) || !Own(ContactField.LastName))
            {
                PreferContactPersonsOwn(words);
                return;
            }
            SetAsideAsSomeoneElse(s => OfContactPerson(words, s.Index), "the contact person's, beside the row's own given and family names");
        }

        private static bool OfContactPerson(IReadOnlyList<List<string>> words, int i) => words[i].Any(ContactWords.Contains) && words[i].Any(PersonWords.Contains)
            || PersonCompounds.Any(c => c.Length > 6 && string.Concat(words[i]).Contains(c));

        // MISA's suppliers ("Email" the firm's info@, "Email người liên hệ" the contact person's), "Ansprechpartner E-Mail" beside
        // "E-Mail": where the row's person is the organisation's contact person, their own address and phone come before the
        // organisation's, which stay the fallback for a row without them.
        private void PreferContactPersonsOwn(IReadOnlyList<List<string>> words)
        {
            if (ContactPersonIndex < 0) return;
            foreach (var field in new[] { ContactField.Email, ContactField.PhoneNumber })
            {
                if (OverrideFor(field) != null || !_sources.TryGetValue(field, out var list)) continue;
                var theirs = list.Where(s => OfContactPerson(words, s.Index)).ToList();
                if (theirs.Count == 0 || theirs.Count == list.Count) continue;
                list.RemoveAll(s => theirs.Contains(s));
                list.InsertRange(0, theirs);
            }
        }

        private static readonly HashSet<string> CjkNameTails = new HashSet<string>(new[] { "", "名", "氏名", "名前", "姓名", "名称", "이름", "명", "성명" }, StringComparer.Ordinal);

        // A noun for the party a record is of: a customer, an account, a counterparty (取引先, контрагент).
        private static bool IsPartyNoun(string word) => HeaderVocabulary.IsRecordNoun(word) || AccountWords.Contains(word) || CustomerWords.Contains(word);

        private static bool NamesContactPerson(List<string> words)
        {
            if (words.Count == 0) return false;
            if (PersonCompounds.Contains(string.Concat(words))) return true;
            // "取引先担当者名" (MiiTel: the business partner's person in charge, by name), "担当者名", "Customer Contact Person":
            // the compound with the party it belongs to, or with a name word, is still the contact person.
            // So is a receiver's ("Přijemce - kontaktní osoba", a courier's delivery list: the contact person at the addressee).
            var core = words.Where(w => !(IsPartyNoun(w) || ReceiverWords.Contains(w) || HeaderVocabulary.Of(w) is HeaderWord.Name or HeaderWord.Full || PartyNameWords.Contains(w))).ToList();
            if (core.Count > 0 && core.Count < words.Count && PersonCompounds.Contains(string.Concat(core))) return true;
            // Written in one run of CJK characters, which the splitter may cut elsewhere ("取引 | 先担当者 | 名"): the party,
            // the compound, then a name word.
            var run = string.Concat(words);
            foreach (var compound in PersonCompounds.Where(c => c.Length > 0 && HeaderWords.IsCjk(c[0])))
            {
                var at = run.IndexOf(compound, System.StringComparison.Ordinal);
                if (at < 0) continue;
                var party = run.Substring(0, at);
                var tail = run.Substring(at + compound.Length);
                if ((party.Length == 0 || IsPartyNoun(party)) && CjkNameTails.Contains(tail)) return true;
            }
            if (!words.Any(ContactWords.Contains)) return false;
            return words.All(w => ContactWords.Contains(w) || PersonWords.Contains(w) || HeaderVocabulary.Of(w) is HeaderWord.Connector or HeaderWord.Primary);
        }

        // The holder alone: of a card or account, or Spanish "titular", the member who holds a plot or a membership
        // (openRARP's "titular", beside "titular2", the co-holder).
        // The rank of a holder's name among the names to fall back on.
        private const int HolderRank = 90;

        private static bool IsHolderName(List<string> words)
        {
            if (words.Count == 1 && words[0] is "cardholder" or "karteninhaber" or "kontoinhaber" or "titulaire" or "titular" or "kortinnehavare") return true;
            if (!words.Any(HolderWords.Contains) || !words.Any(w => HeaderVocabulary.Of(w) is HeaderWord.Name or HeaderWord.NamePart)) return false;
            // The holder of something ("Nome do Titular da Exploração", the operator of a Portuguese holiday let; "Nombre del titular de
            // la cuenta"): what is held, after a connector, does not change whose name it is. Never someone else's.
            var holder = words.FindIndex(HolderWords.Contains);
            if (holder + 1 < words.Count && HeaderVocabulary.Of(words[holder + 1]) == HeaderWord.Connector
                && !words.Skip(holder + 1).Any(w => HeaderVocabulary.Of(w) == HeaderWord.Elsewhere))
                words = words.Take(holder + 1).ToList();
            return words.All(w => HolderWords.Contains(w)
                || HeaderVocabulary.Of(w) is HeaderWord.Name or HeaderWord.NamePart or HeaderWord.Full or HeaderWord.Neutral or HeaderWord.Connector);
        }

        private static bool NamesCallingCode(List<string> words)
        {
            if (words.Count == 0) return false;
            var joined = string.Concat(words);
            if (CodeCompounds.Contains(joined) || CodeCompounds.Any(c => joined.EndsWith(c, StringComparison.Ordinal) && words.Any(w => HeaderVocabulary.Of(w) is HeaderWord.Phone or HeaderWord.Mobile)))
            {
                return true;
            }
            // "Country Code", "Calling Code", "Phone Country Code", "Indicatif pays"; not "Area Code", "Zip Code", nor "Phone
            // Code" or "Telefonvorwahl", which are as often the area code ("212" is New York's and Morocco's).
            return words.Any(CodeWords.Contains) && words.Any(w => DialWords.Contains(w) || HeaderVocabulary.Of(w) == HeaderWord.Country);
        }

        private void PairCallingCodes(List<string>[]? words = null) => PairCodes(_codeColumns, _callingCodes, words);

        // A code column (a country calling code, an area code) belongs to the phone column whose header says the same once the
        // code words and the phone words are left out ("Phones / Primary Phone Country Code" and "Phones / Primary Phone
        // Number", "Mobile Country Code" and "Mobile", "TelefonvorwahlParl" and "TelefonnummerParl"). A code column that names
        // no phone ("Country Code", "Ländervorwahl", "DDD") belongs to the phone column next to it, or to the only phone column.
        private void PairCodes(List<int> codes, Dictionary<int, int> pairs, List<string>[]? words = null)
        {
            pairs.Clear();
            if (codes.Count == 0) return;
            words ??= Headers.Select(h => HeaderWords.Split(h ?? "")).ToArray();
            var phones = SourcesFor(ContactField.PhoneNumber).Select(s => s.Index).ToList();
            if (OverrideIndex(ContactField.PhoneNumber) is var o && o >= 0) phones.Add(o);
            if (phones.Count == 0) return;
            foreach (var code in codes)
            {
                var rest = Rest(words[code]);
                var match = phones.Where(p => p != code && Rest(words[p]).SetEquals(rest)).ToList();
                if (match.Count == 0 && rest.Count == 0)
                {
                    match = phones.Where(p => Math.Abs(p - code) == 1).ToList();
                    if (match.Count == 0 && phones.Count == 1) match = phones;
                }
                foreach (var p in match) if (!pairs.ContainsKey(p)) pairs[p] = code;
            }
        }

        // "Prefix tel." beside "Nr. Telefon" (a Romanian course admin's export): a code word with a phone word is as often the
        // area code as the country's ("Telefonvorwahl"), so the header alone leaves it. Values written with a plus or 00
        // (+40, +44, 0049) in every filled cell of the first rows are the country calling code.
        private IEnumerable<int> CallingCodeCandidates() =>
            SniffCandidates().Where(i => !_codeColumns.Contains(i) && HeaderWords.Split(Headers[i] ?? "") is var w
                && (w.Any(CodeWords.Contains) || w.Any(x => HeaderVocabulary.Of(x) == HeaderWord.Country)) && w.Any(x => HeaderVocabulary.Of(x) is HeaderWord.Phone or HeaderWord.Mobile));

        private static readonly System.Text.RegularExpressions.Regex CallingCodeValue =
            new System.Text.RegularExpressions.Regex(@"^(\+|00)[1-9][0-9]{0,3}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        private void FindCallingCodesByValues(List<InputRow> sample)
        {
            foreach (var i in CallingCodeCandidates().ToList())
            {
                var values = sample.Select(r => CellText(r, i)).Where(v => !string.IsNullOrEmpty(v)).ToList();
                if (values.Count == 0 || !values.All(v => CallingCodeValue.IsMatch(v!.Replace(" ", "")))) continue;
                _codeColumns.Add(i);
                Unrecognized = Unrecognized.Where(h => h != Headers[i]).ToArray();
            }
        }

        private static HashSet<string> Rest(List<string> words) =>
            new HashSet<string>(words.Where(w => !CodeWords.Contains(w) && !DialWords.Contains(w) && !CodeCompounds.Contains(w) && !IsAreaCodeWord(w)
                && HeaderVocabulary.Of(w) is not (HeaderWord.Phone or HeaderWord.Number or HeaderWord.Neutral or HeaderWord.Connector or HeaderWord.Country)), StringComparer.Ordinal);

        /// <summary>What these columns do, for -Verbose.</summary>
        private IEnumerable<string> DescribeRowColumns()
        {
            if (ContactPersonIndex >= 0) yield return $"Name from {ColumnNames.Quote(Headers[ContactPersonIndex])} where it is set (the record's name then fills Company)";
            if (_nameFallbacks.Count > 0) yield return "Name, when the name columns are empty, from " + string.Join(", then ", _nameFallbacks.Select(s => ColumnNames.Quote(s.Header)));
            foreach (var pair in _callingCodes) yield return $"country calling code of {ColumnNames.Quote(Headers[pair.Key])} from {ColumnNames.Quote(Headers[pair.Value])}";
            foreach (var s in SourcesFor(ContactField.PhoneNumber).Where(s => s.LabelIndex >= 0 && s.Kind != ColumnKind.LabelledPhone))
            {
                yield return $"kind of {ColumnNames.Quote(s.Header)} (mobile first) from {ColumnNames.Quote(Headers[s.LabelIndex])}";
            }
        }
    }
}
