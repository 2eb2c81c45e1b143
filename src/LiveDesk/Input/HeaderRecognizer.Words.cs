using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace LiveDesk.Input
{
    // Name parts joined by "and", references, a record's code, states, the Turkish pocket phone, key paths, prefixed places,
    // excluded name parts and the ranks qualifiers give: rules of HeaderRecognizer kept apart for the file's length.
    internal static partial class HeaderRecognizer
    {
        /// <summary>
        /// Rank of a record's code ("Code", "Code Partei", "Código", "Kod", "代码"): its key when no id column exists; the first
        /// rows' values decide (<see cref="ColumnMap"/>).
        /// </summary>
        public const int CodeKeyRank = 58;

        /// <summary>Rank of a record's bare number ("No.", "Nr.", "Número", "Номер", "番号"): as a code, but a running row number as often.</summary>
        public const int NumberKeyRank = 59;

        /// <summary>Rank of a number a person was given ("Member Number", "Numéro adhérent", "Member Card Number").</summary>
        public const int OwnNumberRank = 29;

        // Words as HeaderWords.Split folds them (Greek "Κάρτας" is "καρτασ"). Not Hebrew "כרטיס", a ticket as often as a card.
        // "Member Card Number", "Library Card Number", "会员卡编号" (ECShopX's members), "patron_barcode": the number of the card a member, a
        // patron or a loyalty customer holds is that person's own number. "Card Number" alone, or with a word for
        // payment, is a payment card's and names nothing.
        private static readonly HashSet<string> CardWords = new HashSet<string>(
            new[] { "card", "cards", "karte", "kart", "carte", "tarjeta", "carta", "cartao", "kaart", "kort", "karta", "卡", "カード", "カート", "카드", "บัตร", "kartu",
                "karty", "kartice", "kartica", "karticy", "карта", "карты", "картки", "картка", "карти", "kartya", "kortti", "kortin", "kaardi",
                "kartes", "kartos", "καρτα", "καρτασ", "بطاقة", "البطاقة", "tessera",
                // Persian "کارت" (an RFID club's "شماره کارت", the member's card number).
                "کارت" },
            System.StringComparer.Ordinal);

        private static readonly HashSet<string> CardHolderWords = new HashSet<string>(
            new[] { "loyalty", "library", "bonus", "club", "fidelity", "fidelite", "fidelidad", "fedelta", "fidelidade", "treue", "klub", "vip",
                "czlonkowska", "czlonkowskiej", "clenska", "clenske", "clenskej", "clanska", "clanske", "членская", "членской", "членська", "членської" },
            System.StringComparer.Ordinal);

        // A barcode is a card's number: RERO's "patron_barcode" (a library patron's card), not "item_barcode" (a book's).
        private static readonly HashSet<string> BarcodeWords = new HashSet<string>(
            new[] { "barcode", "barcodes", "strichcode", "streepjescode", "streckkod", "stregkode", "strekkode", "条码", "条形码", "條碼", "バーコード", "바코드" },
            System.StringComparer.Ordinal);

        private static bool MemberCardNumber(List<string> words) =>
            ((words.Any(CardWords.Contains) && words.Any(w => HeaderVocabulary.Of(w) is HeaderWord.Number or HeaderWord.Id)) || words.Any(BarcodeWords.Contains))
            && words.Any(w => CardHolderWords.Contains(w) || HeaderVocabulary.Of(w) == HeaderWord.IdOwner)
            && words.All(w => CardWords.Contains(w) || CardHolderWords.Contains(w) || BarcodeWords.Contains(w)
                || HeaderVocabulary.Of(w) is HeaderWord.Number or HeaderWord.Id or HeaderWord.IdOwner or HeaderWord.Connector);

        /// <summary>
        /// Rank of a bare card number ("Card Number", "Numer karty", "Kartennummer"): a member's or a customer's card as often as a
        /// payment card's, so it is a key only where nothing else is, and only when the first rows' values are no payment card's.
        /// </summary>
        public const int CardKeyRank = 61;

        // "Card Number", "Numer karty" (an association's member report): a card and its number, nothing else. Not an identity card
        // ("ID Card Number": the state's number, as a national ID is), and not Danish, Swedish or Dutch "kort", which is "short" too
        // ("Kort nummer": a phone's extension).
        private static readonly HashSet<string> CardNumberCompounds = new HashSet<string>(
            // English joined as a database column (Koha's patrons: "cardnumber", the library card's barcode).
            new[] { "kartennummer", "kartenummer", "kortnummer", "kaartnummer", "kartyaszam", "kortinnumero", "kaardinumber", "카드번호", "卡号", "卡號", "cardnumber", "cardno" },
            System.StringComparer.Ordinal);

        private static bool BareCardNumber(List<string> words)
        {
            // "Κάρτα" alone (iPear Loyalty's customers): in a file with no other key, the card the customer holds.
            if (words.Count == 1 && (CardNumberCompounds.Contains(words[0]) || (CardWords.Contains(words[0]) && words[0] != "kort"))) return true;
            var card = words.FindIndex(w => CardWords.Contains(w) && w != "kort");
            return card >= 0
                && !words.Take(card).Any(w => HeaderVocabulary.Of(w) == HeaderWord.Id)
                && words.Any(w => HeaderVocabulary.Of(w) is HeaderWord.Number or HeaderWord.Id)
                && words.All(w => CardWords.Contains(w) || HeaderVocabulary.Of(w) is HeaderWord.Number or HeaderWord.Id or HeaderWord.Connector);
        }

        // "Initials", Dutch "Voorletters" (Premvet's clients: "Surname", "Title", "Initials"; a Dutch member list's "Voorletters"
        // before "Tussenvoegsel" and "Achternaam"): the given names cut to their letters. ColumnMap uses them only where they
        // are all the file has of the given names: Outlook writes "Initials" beside "First Name" (and beside Spanish "Nombre",
        // which a given-name column beside it would turn into the whole name).
        private static readonly HashSet<string> InitialsWords = new HashSet<string>(new[]
        {
            "initials", "voorletters", "voorletter", "initialen", "initiales", "iniciales", "iniziali", "iniciais", "initialer", "inicjaly",
        }, System.StringComparer.Ordinal);

        /// <summary>True for a header of initials alone ("Initials", "Voorletters").</summary>
        internal static bool IsInitialsHeader(string? header) =>
            HeaderWords.Split(header ?? "") is var words && words.Count > 0 && words.All(InitialsWords.Contains);

        // The register's word in "Registration Number", "Número de registro"; the desk's that took a sign-up in connpass's
        // "受付番号" (a participant's registration number), Korean "접수번호", Chinese "报名号", "登记号".
        // Indonesian "No. Pendaftaran" (a school's admission number, PPDB), French "Numéro d'inscription", Spanish "Número de
        // inscripción", Italian "Numero di iscrizione", Dutch "Nummer inschrijving", German "Nummer der Anmeldung", Turkish "Kayıt No".
        // Not Portuguese "inscrição": a Brazilian firm's state or municipal tax registration.
        private static readonly string[] RegistrationWords = new[]
        {
            "registration", "registro", "registo", "受付", "접수", "报名", "報名", "登记", "登記", "pendaftaran", "registrasi", "inscription",
            "inscripcion", "iscrizione", "inschrijving", "anmeldung", "kayit",
            // Abbreviated ("Reg No", "Reg. No.", "Regn. No."), and written in Urdu and Hindi ("رجسٹریشن نمبر", "पंजीकरण संख्या").
            "reg", "regn", "رجسٹریشن", "पंजीकरण", "रजिस्ट्रेशन",
            // Dutch "Geregistreerde nummer", "Registratienummer" (a Dutch church's contributors: LRP's "Geregistreerde_nummer").
            "registratie", "geregistreerde", "geregistreerd",
        }.Select(HeaderWords.Fold).ToArray();

        private static bool RegistrationNumber(List<string> words) =>
            words.Any(w => RegistrationWords.Contains(w)) && words.Any(w => HeaderVocabulary.Of(w) == HeaderWord.Number)
            && words.All(w => RegistrationWords.Contains(w) || HeaderVocabulary.Of(w) is HeaderWord.Number or HeaderWord.Connector);

        /// <summary>
        /// Rank of the id of the user account a record is linked to ("User ID", "user_id", "Benutzer-ID"): in a shop's or CRM's
        /// export the login system's key (0 for a guest) or the owning user's, so after the record's own key and code.
        /// </summary>
        public const int ForeignKeyRank = 62;

        // "Code", "Code Partei", "Código", "Код", "Kod", "کد", "代码", "No.", "Nr.", "Número", "Номер", "番号": a code or number
        // alone, or with a noun for the record itself, is the record's key, which the first rows' values confirm (ColumnMap:
        // unique, no zero, no running row number); with whose it is ("Customer Code", "Code client", "Kod klienta", "客户代码")
        // the person's own id. Any other word makes it another thing's code or number: "Postal Code", "Country Code", "Promo
        // Code", "Order No.", "Phone Number", "Code 2". "Customer Number" and a bare "#" are read by the rules below.
        private static HeaderMeaning? RecordCode(List<string> words)
        {
            bool code = false, number = false, owner = false, id = false, login = false, user = false;
            foreach (var word in words)
            {
                // "Mã đăng nhập", "Login Code": the code one signs in with, a login.
                if (HeaderVocabulary.Of(word) == HeaderWord.Login)
                {
                    login = true;
                    continue;
                }
                // "Code identifiant", "ID Code" (Eduka's pupils): the identifying code, the record's key.
                if (HeaderVocabulary.Of(word) == HeaderWord.Id)
                {
                    id = true;
                    continue;
                }
                if (HeaderVocabulary.IsCodeWord(word))
                {
                    code = true;
                    continue;
                }
                // The system that numbered the record says who gave the number, not whose it is ("系统编号", "System Number").
                if (HeaderVocabulary.IsRecordNoun(word) || HeaderVocabulary.IsSystemWord(word)) continue;
                // "User Code", COSCUP's "ucode": a user account's code, as "User ID" is its id.
                if (HeaderVocabulary.IsUserNoun(word))
                {
                    user = true;
                    continue;
                }
                var role = HeaderVocabulary.Of(word);
                if (role == HeaderWord.Number) number |= word != "#";
                else if (role == HeaderWord.IdOwner) owner = true;
                // Paystack's "Recipient Code" (RCP_2x5j67tnnw1t98k, the payee's code), "Subscriber Code": a person the vocabulary
                // keeps neutral, as "Recipient ID" is that person's id.
                else if (role == HeaderWord.Neutral && word is "recipient" or "subscriber" or "contact" or "lead") owner = true;
                else if (role != HeaderWord.Connector) return null;
            }
            if (login) return code && !number && !id && !owner ? new HeaderMeaning(ContactField.Identifier, LoginRank, Login: true) : null;
            if (id) return code && !number ? new HeaderMeaning(ContactField.Identifier, owner ? 30 : RecordKeyRank) : null;
            if (owner) return code ? new HeaderMeaning(ContactField.Identifier, 30) : null;
            if (user) return code && !number ? new HeaderMeaning(ContactField.Identifier, ForeignKeyRank) : null;
            return code || number ? new HeaderMeaning(ContactField.Identifier, code ? CodeKeyRank : NumberKeyRank) : null;
        }

        private static bool NamePartsJoined(List<string> words)
        {
            static bool NameWord(string w) => HeaderVocabulary.Of(w) is HeaderWord.Name or HeaderWord.NamePart or HeaderWord.First or HeaderWord.Last;
            var and = words.FindIndex(HeaderVocabulary.IsConjunction);
            return and > 0 && words.Take(and).Any(NameWord) && words.Skip(and + 1).Any(NameWord);
        }

        // A party's noun and 名, nothing else: "顧客名", "会員名", "ゲスト名".
        private static bool PartysCjkName(List<string> words) =>
            words.Count == 2 && words[1] == "名" && HeaderVocabulary.Of(words[0]) == HeaderWord.IdOwner;

        // A first or last word followed by the word for contact: "Last contact", "Último contato", "First contact".
        private static bool QualifiesContact(List<string> words)
        {
            var qualifier = words.FindIndex(w => HeaderVocabulary.Of(w) is HeaderWord.First or HeaderWord.Last);
            return qualifier >= 0 && words.Skip(qualifier + 1).Any(w => HeaderVocabulary.Of(w) == HeaderWord.Reach);
        }

        // French, Spanish, Italian and Portuguese "nom", "nombre", "nome" is a name or either part of it. Beside a noun that
        // is itself the given or the family name, and nothing else, the header names both ("Nom Prénom", pass Culture's;
        // "Cognome Nome", "Apellidos Nombre"): the whole name, in the order the file writes it. Beside a modifier it is one
        // part ("Último nome", "Nombre propio"), with a preposition too ("Nom de famille").
        private static readonly HashSet<string> NameNouns = new HashSet<string>(
            new[] { "prenom", "prenoms", "cognome", "cognomi", "apellido", "apellidos", "sobrenome", "apelido", "apelidos",
                // "Jméno Příjmení", "Meno Priezvisko", "Имя Фамилия": family-name nouns not built on the name word.
                "prijmeni", "priezvisko", "nazwisko", "фамилия", "прізвище", "επωνυμο" }, System.StringComparer.Ordinal);

        private static bool TwoNameNouns(List<string> words, string header) =>
            words.Count == 2 && (words.Count(w => HeaderVocabulary.Of(w) == HeaderWord.NamePart) == 1 && words.Count(NameNouns.Contains) == 1
                // Not "Nazwa/Nazwisko", "Name/Surname" (LMS: the firm's name or the person's surname, beside "Imię"): a slash
                // offers either, and lists nothing.
                || header.IndexOf('/') < 0 && words.Count(w => HeaderVocabulary.Of(w) is HeaderWord.Name or HeaderWord.NamePart) == 1
                    && words.Count(w => NameNouns.Contains(w) || BuiltOnName(w)) == 1);

        // "Ad Soyad", "Name Surname", "Navn Efternavn", "Nume Prenume", "Nimi Sukunimi": a given or family name that is a compound
        // of the name word (soy-ad, sur-name, efter-navn, pre-nume, suku-nimi) is a noun of its own, not a modifier of the name
        // word beside it ("Last Name", "Nama Belakang"): the two nouns list the name's parts, the whole name. The name words
        // are the vocabulary's, so every language with such compounds is read alike.
        private static bool BuiltOnName(string word)
        {
            if (HeaderVocabulary.Of(word) is not (HeaderWord.First or HeaderWord.Last)) return false;
            foreach (var name in NameWords.Value)
            {
                if (word.Length > name.Length && word.IndexOf(name, System.StringComparison.Ordinal) >= 0) return true;
            }
            return false;
        }

        private static readonly System.Lazy<string[]> NameWords = new System.Lazy<string[]>(() => HeaderVocabulary.All
            .Where(e => e.Value is HeaderWord.Name or HeaderWord.NamePart && e.Key.Length >= 2).Select(e => e.Key).ToArray());

        // "Sürücü Adı Soyadı" (a driver), OneGov's "form_nachname", "Mentor First Name": words nobody listed before a
        // person's name. A family or given name is a person's (a course, a pet or a team has a name, not a surname), so the
        // column names some person; whose, the word does not say. Only the words before the name may be unknown, and
        // nothing but name words may follow. A bare "X Name" stays unread: things have names too.
        private static ContactField? PersonOfUnknownRole(List<string> words, HashSet<HeaderWord> seen, bool systemColumn, bool unbracketed, string header)
        {
            var firstName = words.FindIndex(w => HeaderVocabulary.Of(w) is HeaderWord.Name or HeaderWord.NamePart or HeaderWord.First or HeaderWord.Last or HeaderWord.Full);
            if (firstName <= 0 || words.Skip(firstName).Any(w => HeaderVocabulary.Of(w) == HeaderWord.Unknown)) return null;
            if (!seen.All(w => w is HeaderWord.Unknown or HeaderWord.Name or HeaderWord.NamePart or HeaderWord.First or HeaderWord.Last
                or HeaderWord.Full or HeaderWord.Neutral or HeaderWord.Connector)) return null;
            // Japanese and Chinese 名 after a noun is that thing's name (担当者名, the person in charge; 会社名), not a given name.
            if (!words.Skip(firstName).Any(w => HeaderVocabulary.Of(w) is HeaderWord.First or HeaderWord.Last && w.Length > 1)) return null;
            var meaning = Read(words.Skip(firstName).ToList(), systemColumn, unbracketed, header);
            return meaning.Field is ContactField.Name or ContactField.FirstName or ContactField.LastName ? meaning.Field : null;
        }

        /// <summary>True when every country word of <paramref name="words"/> also names a state or province ("Staat").</summary>
        public static bool NamesState(IReadOnlyList<string> words) =>
            words.Any(HeaderVocabulary.IsStateWord) && words.All(w => HeaderVocabulary.IsStateWord(w) || HeaderVocabulary.Of(w) != HeaderWord.Country);

        // Words that mean something else alone, read beside a phone word. "CEP" is a Brazilian postal code, "Cep Telefonu"
        // (Turkish: pocket phone) a mobile. "Tél. port." is the portable (mobile), "Tel. cel." the celular, and Scouts du
        // Canada's "tel_res", "tel_tra" the residence's and the work's phone: cuts read only in a two-word header, as alone
        // "Port", "Res" and "Tra" are a port, a reservation, anything.
        private static HeaderWord? BesidePhone(string word, List<string> words)
        {
            HeaderWord? role = word switch
            {
                "cep" or "port" or "cel" => HeaderWord.Mobile,
                "res" or "resid" => HeaderWord.Home,
                "tra" => HeaderWord.Work,
                // Axelor's "fixedPhone", English "Fixed Phone": the landline, as Italian "fisso". Alone "Fixed" is a flag.
                "fixed" => HeaderWord.Neutral,
                _ => null,
            };
            if (role == null || (word != "cep" && words.Count != 2)) return null;
            return words.Any(w => HeaderVocabulary.Of(w) == HeaderWord.Phone) ? role : null;
        }

        // Alone, "Cep" is Kimai's Turkish mobile column and Fat Free CRM's Brazilian postal code: a weak mobile column, used
        // in a row only where its value is a valid phone number (a CEP, 8 digits, never is), so a CEP never fails a row.
        // "Cel" alone is Latin America's celular (MiCorreo's "cel(obligatorio)") and Polish "cel", a purpose: the same.
        private static bool PocketAlone(List<string> words) => words.Count == 1 && words[0] is "cep" or "cel";

        /// <summary>True for a header that is "Cep" alone: a Turkish mobile or a Brazilian postal code.</summary>
        public static bool IsPocketAlone(string header) => PocketAlone(HeaderWords.Split(header));

        // "Ref", "Référence", "Reference No.", "Customer Reference": the record's own key, after a bare id.
        // Next to any other field word the reference is someone else's (a referee's "Reference Phone") or describes the value.
        private static HeaderMeaning ReferenceMeaning(HashSet<HeaderWord> seen, int number)
        {
            if (number > 1 || !seen.All(w => w is HeaderWord.Reference or HeaderWord.Number or HeaderWord.Neutral or HeaderWord.Reach
                or HeaderWord.Connector or HeaderWord.IdOwner or HeaderWord.External or HeaderWord.Id or HeaderWord.Primary))
            {
                return HeaderMeaning.None;
            }
            // Whose it is does not make it the party's own id: a customer's or buyer's reference is as often the one they
            // gave for a purchase or an invoice (Kimai's "Buyer reference", e-invoicing's routing id), so it never outranks
            // the record's key.
            return new HeaderMeaning(ContactField.Identifier, seen.Contains(HeaderWord.External) ? 10 : ReferenceRank);
        }

        // "1. ", "12) ": a form's question number before its label.
        private static readonly Regex NumberedQuestion = new Regex(@"^\s*[0-9]{1,3}[.)]\s+", RegexOptions.CultureInvariant);

        /// <summary>
        /// The label after a path of code-style steps ("registration_form_answers/1. Telèfon", "user/name"), without a
        /// question's number; null when <paramref name="header"/> is no such path. "E-Mail/Telefon" is a label with a
        /// slash (either of the two), not a path: a step starts with a small letter and has no spaces or dashes.
        /// </summary>
        internal static string? SlashPathLabel(string header)
        {
            var space = header.IndexOfAny(new[] { ' ', '\t' });
            var slash = header.LastIndexOf('/', space < 0 ? header.Length - 1 : space);
            if (slash <= 0 || !header.Substring(0, slash).Split('/').All(CodeStep.IsMatch)) return null;
            var label = NumberedQuestion.Replace(header.Substring(slash + 1), "");
            return label.Count(char.IsLetter) >= 2 ? label : null;
        }

        private static readonly Regex CodeStep = new Regex("^[a-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

        // The last step of a dotted path ("vendor.field.first_name", "fe_users.email"); null when the header is none.
        private static string? KeyPathLeaf(string header)
        {
            var dot = header.LastIndexOf('.');
            if (dot <= 0 || dot >= header.Length - 2 || header.Any(char.IsWhiteSpace)) return null;
            // One dot is a path only after a code step: a database's table before its column (TYPO3's "fe_users.email").
            if (header.IndexOf('.') == dot && !CodeStep.IsMatch(header.Substring(0, dot))) return null;
            var leaf = header.Substring(dot + 1);
            return leaf.Count(char.IsLetter) >= 2 ? leaf : null;
        }

        // "SACity", "Buyer City", "CARD.ADDRESS_CITY", "Ship To Country": a header whose last word is a city, country or
        // company word is that field with other words in front (a postal or street prefix, a dotted path, whose it is),
        // when nothing in front names another field and at most two words are unknown.
        private static ContactField? Prefixed(List<string> words, HashSet<HeaderWord> seen, int unknown)
        {
            var last = words.LastOrDefault(w => !HeaderWords.IsCount(w, out _));
            // A head of two letters is too short to name the field after words nobody knows: Danish "by" (town) is the English
            // "by" of "Canceled By", "Scheduled by".
            if (last == null || unknown > 2 || last.Length <= 2) return null;
            var head = HeaderVocabulary.Of(last);
            if (head is not (HeaderWord.City or HeaderWord.Country or HeaderWord.Company)) return null;
            var fits = seen.All(w => w == head || w is HeaderWord.Unknown or HeaderWord.Neutral or HeaderWord.Reach or HeaderWord.Connector or HeaderWord.Address
                or HeaderWord.Shipping or HeaderWord.IdOwner or HeaderWord.Primary or HeaderWord.Work or HeaderWord.Home
                || (w == HeaderWord.Company && head != HeaderWord.Company));
            if (!fits) return null;
            return head == HeaderWord.City ? ContactField.City : head == HeaderWord.Country ? ContactField.Country : ContactField.Company;
        }

        // "Name (without family name)", "이름(성 제외)", "氏名(姓を除く)", "姓名(不含姓氏)": an exclusion word takes out the name
        // part next to it (after it, else before it; connectors and name words between skipped). Without such a part the
        // exclusion word stays, and the header is not recognised.
        private static List<string> Excluding(List<string> words, out HeaderWord excluded)
        {
            excluded = HeaderWord.Unknown;
            var at = words.FindIndex(w => HeaderVocabulary.Of(w) == HeaderWord.Except);
            if (at < 0) return words;
            var part = NamePartNear(words, at, 1);
            if (part < 0) part = NamePartNear(words, at, -1);
            if (part < 0) return words;
            excluded = HeaderVocabulary.Of(words[part]);
            var rest = new List<string>(words);
            rest.RemoveAt(System.Math.Max(at, part));
            rest.RemoveAt(System.Math.Min(at, part));
            return rest;
        }

        private static int NamePartNear(List<string> words, int from, int step)
        {
            for (var i = from + step; i >= 0 && i < words.Count; i += step)
            {
                // "Nom (sans nom de famille)": the name word and connectors of a part written in several words are passed.
                var role = HeaderVocabulary.Of(words[i]);
                if (role is HeaderWord.Connector or HeaderWord.Name or HeaderWord.NamePart) continue;
                return role is HeaderWord.First or HeaderWord.Last ? i : -1;
            }
            return -1;
        }

        // What is left of a name once a part is excluded: without the family name, the given name; without the given name,
        // the family name. Anything but a name word left over names something else.
        private static HeaderMeaning WithoutPart(HashSet<HeaderWord> seen, HeaderWord excluded)
        {
            if (!seen.All(w => w is HeaderWord.Name or HeaderWord.NamePart or HeaderWord.Full or HeaderWord.First or HeaderWord.Last or HeaderWord.Neutral or HeaderWord.Connector))
            {
                return HeaderMeaning.None;
            }
            return new HeaderMeaning(excluded == HeaderWord.Last ? ContactField.FirstName : ContactField.LastName, 0);
        }

        /// <summary>
        /// For a column found by its values: the rank its known words give ("Телефон (моб.)" before "Телефон (дом.)"), words
        /// the vocabulary does not know left aside. Whether it is about someone else is <see cref="Recognize(string)"/>'s answer.
        /// </summary>
        public static int RankByKnownWords(string header)
        {
            var seen = new HashSet<HeaderWord>();
            var number = -1;
            foreach (var word in HeaderWords.Split(header))
            {
                if (HeaderWords.IsCount(word, out var n))
                {
                    if (number < 0) number = n;
                    continue;
                }
                seen.Add(HeaderVocabulary.Of(word));
            }
            return Rank(seen, number, companyIsWork: true);
        }

        /// <summary>
        /// The kinds an e-mail or phone column ranks by, a step of <see cref="KindStep"/> apart: mobile, general, work, home,
        /// other. The order within a kind (primary, 1, 2 ...) is added and stays below the step. RowReader ranks a row's phone
        /// label by the same kinds.
        /// </summary>
        public const int MobileKind = 0, GeneralKind = 10, WorkKind = 20, HomeKind = 30, OtherKind = 40, KindStep = 10;

        // Mobile before general before work before home before other; primary (or 1) before unnumbered before 2, 3; numbered
        // alternates ("Alternate Email 1", "Alternate Email 2") by their number, after the primary and before an unnumbered one.
        private static int Rank(HashSet<HeaderWord> seen, int number, bool companyIsWork)
        {
            var secondary = seen.Contains(HeaderWord.Secondary);
            var kind = seen.Contains(HeaderWord.Mobile) ? MobileKind
                : seen.Contains(HeaderWord.Work) || (companyIsWork && seen.Contains(HeaderWord.Company)) ? WorkKind
                : seen.Contains(HeaderWord.Home) ? HomeKind
                : secondary ? OtherKind
                : GeneralKind;
            // A running number from 0 (Open WebMail's "EMAIL_00", "EMAIL_01", a vCard's property indexes) starts at the first:
            // 0 and 1 both rank first, and input order puts 0 before 1.
            var order = seen.Contains(HeaderWord.Primary) || ((number == 1 || number == 0) && !secondary) ? 0
                : number > 0 ? System.Math.Min(number, 8)
                : secondary ? 9 : 1;
            return kind + order;
        }
    }
}
