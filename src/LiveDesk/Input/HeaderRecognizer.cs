using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    /// <summary>
    /// Recognises a header the known-header table does not list by its words (<see cref="HeaderWords"/>,
    /// <see cref="HeaderVocabulary"/>, inflections by <see cref="HeaderStems"/>). The rule, by word class:
    /// <list type="bullet">
    /// <item>A word about someone or something else (assistant, manager, owner, created by, fax, pager): never used.</item>
    /// <item>Another noun or an attribute next to the field word names something else: a word the vocabulary does not
    /// know ("Mail Server", "Email Opt Out"), a word describing the value (type, label, status, verified, user name), a
    /// handle on another network or the id of another thing ("Yahoo! ID", "Order ID"), a postal address ("Work Address"),
    /// an owner after the field ("Mail Client"; "Client Email" and "E-mail du client" are the client's).</item>
    /// <item>Otherwise its field words name the field: an e-mail or phone word wins over company and place words ("Company
    /// Phone" is a work phone); a name word next to an e-mail or phone word is that address's display name, not used.</item>
    /// <item>Qualifiers rank the candidates: mobile (0) before general (10) before work (20) before home (30) before
    /// other (40); within each, primary/main/1 before unnumbered before 2, 3; numbered alternates by number.</item>
    /// <item>Ids: external (10), customer/member/employee (30); a bare or entity id and a system column naming only the
    /// record ("(Do Not Modify) Contact") are the exporting system's key (<see cref="RecordKeyRank"/>), "&lt;vendor&gt; ID"
    /// after it (<see cref="VendorKeyRank"/>); <see cref="ColumnMap"/> uses a key only when no column names the person's own id.
    /// Then a record's code or number (<see cref="CodeKeyRank"/>), a linked user's id, a login (<see cref="LoginRank"/>).</item>
    /// <item>A city, country or company word at the end names the field whatever stands in front ("SACity", "Buyer City",
    /// "CARD.ADDRESS_CITY"); the party goods are shipped to ranks last there, and its e-mail, phone, name and id are never used.</item>
    /// </list>
    /// </summary>
    internal static partial class HeaderRecognizer
    {
        /// <summary>Rank of an identifier that is the exporting system's key of the record (a bare "Id", "Id contact"), not one the person was given.</summary>
        public const int RecordKeyRank = 55;

        /// <summary>Rank of "&lt;vendor&gt; ID" ("Klaviyo ID"): the exporting system's key named after the system, after every other id.</summary>
        public const int VendorKeyRank = 57;

        /// <summary>
        /// Rank of an internal id ("Internal ID", "ID interno", "identifiant interne"): the exporting system's key as a bare id
        /// is, the one its users see, before a bare id (OpenODG's "identifiant interne" 210045601 beside "id" COMPTE-210045601).
        /// </summary>
        public const int InternalKeyRank = 54;

        /// <summary>Rank of a bare reference ("ref", "Référence"): the record's own key, after a bare id, before a vendor's.</summary>
        public const int ReferenceRank = 56;

        /// <summary>Rank of a login or user name: the account's unique name, after every id of the record (a bare "uid" included).</summary>
        public const int LoginRank = 65;

        /// <summary>Rank added to a country column whose country word names a state too ("Staat"): used only when no other names the country.</summary>
        public const int StateRank = 40;

        /// <summary>Rank of a full or display name column ("Full Name", "Anzeigename"): before a plain name.</summary>
        public const int FullNameRank = 10;

        /// <summary>Rank of a plain name column ("Name", "Nom", "Ονομα").</summary>
        public const int PlainNameRank = 20;

        /// <summary>Rank of a column of initials ("Initials", "Voorletters") as the given name: after a given name of its own.</summary>
        public const int InitialsRank = 30;

        // Rank of an e-mail address named as a mobile's ("携帯メール"): after the main and work addresses, before other ones.
        private const int MobileMailRank = 35;

        // Rank added to a place or company of the party goods are shipped to: after the file's main party's.
        private const int ShippingRank = 50;

        // Rank added to a place or company whose head word has words in front the vocabulary does not know ("SACity").
        private const int PrefixedRank = 2;

        private static readonly HashSet<string> PersonalWords = new HashSet<string>(new[]
        {
            "personal", "personales", "personais", "pessoais", "pessoal", "personnel", "personnels", "personnelle", "personnelles",
            "personali", "personale", "persoonlijk", "persoonlijke", "personlich", "personliche", "persoenliche", "osobowe", "osobni",
        }.Select(HeaderWords.Fold), System.StringComparer.Ordinal);

        // A person's name as the civil register has it ("nome civil", "nombre civil", "nom civil"), against a firm's.
        private static readonly HashSet<string> CivilWords = new HashSet<string>(new[] { "civil", "civile", "cywilne", "burgerlijke" }, System.StringComparer.Ordinal);

        private static readonly char[] Brackets = { '(', '（', '[' };

        // A field key in snake_case ending in its running number, then a label in brackets: "tel_1 (電話番号１)".
        private static readonly System.Text.RegularExpressions.Regex NumberedKeyLabel = new System.Text.RegularExpressions.Regex(
            @"^\s*[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z][A-Za-z0-9]*)*_[0-9]+\s*[(（](.+)[)）]\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        // Subscribie's subscribers write each signup question's answers under the question's numbered key and the question in
        // double quotes ("question_id-2-\"Contact phone number\""): the question names the field.
        private static readonly System.Text.RegularExpressions.Regex QuotedQuestion = new System.Text.RegularExpressions.Regex(
            @"^\s*[A-Za-z][A-Za-z_]*[-_ ]?(?:id)?[-_ ]?[0-9]+[-_ ]*""(?<label>[^""]+)""\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

        /// <summary>What the words of <paramref name="header"/> say.</summary>
        public static HeaderMeaning Recognize(string header) => Recognize(header, null);

        /// <summary>
        /// What the words of <paramref name="header"/> say when its first word is <paramref name="namespaceWord"/>, a prefix
        /// the file puts before many of its names ("MERGE_", a vendor's name): read without it.
        /// </summary>
        public static HeaderMeaning Recognize(string header, string? namespaceWord)
        {
            header = WithoutQuestionNumber(header);
            var meaning = RecognizeWords(header, namespaceWord);
            // "AD-nummer" (Chirojeugd Vlaanderen's member number): an acronym in capitals before a number word names the number's
            // kind or issuer, not the name word it happens to spell (Turkish "Ad", the name). Read as the number word alone.
            if (meaning.Field is ContactField.Name or ContactField.FirstName or ContactField.LastName or ContactField.MiddleName
                && HeaderWords.Split(header) is { Count: 2 } pair && HeaderVocabulary.Of(pair[1]) == HeaderWord.Number
                && IssuerAcronym(header, pair[0]))
            {
                return RecognizeWords(pair[1], null);
            }
            // Czech "Měna", Slovak "Mena": the currency (Packeta's parcels, beside "Jméno" and "Příjmení"). The plural of "meno" is the
            // same word, but names others only with a word for other ("Ďalšie mená"); alone it is the currency.
            if (meaning.Field == ContactField.Name && HeaderWords.Split(header) is { Count: 1 } single && single[0] == "mena") return HeaderMeaning.None;
            // TeamUp's memberships report: "Membership Name" ("Adults Unlimited 2026") beside "Customer Name". A membership's,
            // an admission's or an association's number is its holder's, but its name is the plan's, the course's or the
            // association's, never a person's.
            if (meaning.Field is ContactField.Name or ContactField.FirstName or ContactField.LastName or ContactField.MiddleName
                && HeaderWords.Split(header).Any(MembershipNouns.Contains))
            {
                return HeaderMeaning.None;
            }
            // A form's name field split into its parts after a dash ("Nome e cognome - Nome", "Nome e cognome - Cognome":
            // Forminator's name field in Italian): the whole name's label, then the part the column holds.
            if (meaning.Field == ContactField.Name && SubField(header, namespaceWord) is HeaderMeaning part) meaning = part;
            if (meaning.Field == ContactField.Name && GlossedPart(header) is HeaderMeaning glossed) meaning = glossed;
            if (meaning == HeaderMeaning.None && Alternative(header) is HeaderMeaning either) meaning = either;
            // "Անուն Ազգանուն / Անվանում", "Имя Фамилия / Название" (a person's name and surname, or a firm's denomination): read
            // as one, the name parts and the slash make a surname; the side that is the whole name is the column's.
            else if (meaning.Field is ContactField.FirstName or ContactField.LastName or ContactField.MiddleName
                && Alternative(header) is { Field: ContactField.Name } whole) meaning = whole;
            // Fineract's client listing: "Client Account No." (the member's number at the SACCO), "Customer Account Number": a
            // party's account with the exporting business is its number there, the party's own. An account alone is a bank's
            // or a ledger's ("Account No", "Bank Account No.").
            if (meaning == HeaderMeaning.None && HeaderWords.Split(header).Where(w => HeaderVocabulary.Of(w) != HeaderWord.Connector).ToList() is { Count: 3 } three
                && three.Count(w => HeaderVocabulary.Of(w) == HeaderWord.IdOwner) == 1
                && three.Count(AccountWords.Contains) == 1 && three.Count(w => HeaderVocabulary.Of(w) == HeaderWord.Number) == 1)
            {
                return new HeaderMeaning(ContactField.Identifier, OwnNumberRank);
            }
            if (meaning == HeaderMeaning.None && EmailOrHandle(header) is HeaderMeaning address) meaning = address;
            if (meaning == HeaderMeaning.None && ResponseKey(header)) return new HeaderMeaning(ContactField.Identifier, VendorKeyRank);
            // "Posta" names the post as well as e-mail (Italian "Posta elettronica"; Slovenian, Croatian, Czech, Romanian,
            // Hungarian, Turkish "pošta"/"posta": the post office, in Minimax's customers the postal code). Alone it names an
            // e-mail column whose values decide row by row: a postal code is no address and fails no row.
            // With a place, a street or a number beside it and no word for electronic ("Pošta kraj", the post office's town in
            // e-računi's partners; "Posta Kodu") it is the post, never an e-mail.
            if (meaning.Field == ContactField.Email && PostalPlace(header)) return HeaderMeaning.None;
            return meaning.Field == ContactField.Email && !meaning.Weak && PostalWordAlone(header) ? meaning with { Weak = true } : meaning;
        }

        // "Name (Nachname)" (VCMS's address list beside "Vorname"), "Nachname (Name)": a bare name word and a name part, one
        // glossing the other in brackets, is the part: the gloss says which name "Name" means.
        private static HeaderMeaning? GlossedPart(string header)
        {
            var open = header.IndexOf('(');
            var close = header.LastIndexOf(')');
            if (open <= 0 || close < open || header.Substring(close + 1).Trim().Length > 0) return null;
            var outer = RecognizeWords(header.Substring(0, open), null);
            var inner = RecognizeWords(header.Substring(open + 1, close - open - 1), null);
            static bool Bare(string text) => HeaderWords.Split(text) is { Count: 1 } w && HeaderVocabulary.Of(w[0]) is HeaderWord.Name or HeaderWord.NamePart;
            static bool IsPart(HeaderMeaning m) => m.Field is ContactField.FirstName or ContactField.LastName or ContactField.MiddleName;
            if (IsPart(inner) && Bare(header.Substring(0, open))) return inner;
            if (IsPart(outer) && Bare(header.Substring(open + 1, close - open - 1))) return outer;
            return null;
        }

        // "Response ID", "Submission ID", "ID odpowiedzi" (FormSG's, Formbricks' responses; a form plugin's "Entries ID"): in an
        // export of a form's responses each row is one respondent's, and its id keys the row as a record's does, after any
        // id of the respondent's own ("Respondent ID", a member number). The survey's or form's id is the same in every row
        // and ruled out by its values.
        private static readonly HashSet<string> ResponseWords = new HashSet<string>(HeaderVocabulary.FoldAll(
            "response responses submission submissions antwort einsendung reponse soumission respuesta risposta resposta antwoord inzending",
            "svar odpowiedzi odpowiedz zgloszenia zgloszenie ответа ответ відповіді odpovedi vastauksen yanit valasz raspuns απαντησης",
            "回答 응답 پاسخ الرد תשובה"), System.StringComparer.Ordinal);

        private static bool ResponseKey(string header)
        {
            var words = HeaderWords.Split(header);
            return words.Count == 2 && (HeaderVocabulary.Of(words[0]) == HeaderWord.Id ? ResponseWords.Contains(words[1])
                : HeaderVocabulary.Of(words[1]) == HeaderWord.Id && ResponseWords.Contains(words[0]));
        }

        private static readonly HashSet<string> TicketWords = new HashSet<string>(HeaderVocabulary.FoldAll(
            "ticket tickets billet billets boleto boletos biglietto biglietti bilhete bilhetes kaartje biljett bilet билет квиток vstupenka",
            "lippu billett jegy εισιτηριο チケット 티켓 tiket"), System.StringComparer.Ordinal);

        private static readonly HashSet<string> AccountWords = new HashSet<string>(HeaderVocabulary.FoldAll(
            "account konto compte cuenta conta conto rekening"), System.StringComparer.Ordinal);

        // Records held by a person (not HeaderVocabulary's record nouns, which name the party a record is of).
        private static readonly HashSet<string> MembershipNouns = new HashSet<string>(HeaderVocabulary.FoldAll(
            "membership admission enrollment enrolment associacao"), System.StringComparer.Ordinal);

        private static bool IssuerAcronym(string header, string word) =>
            word.Length is >= 2 and <= 5 && System.Text.RegularExpressions.Regex.Split(header, @"[^\p{L}]+")
                .Any(t => t.Length == word.Length && t.All(char.IsUpper) && string.Equals(t, word, System.StringComparison.OrdinalIgnoreCase));

        private static HeaderMeaning? SubField(string header, string? namespaceWord)
        {
            var dash = header.LastIndexOf(" - ", System.StringComparison.Ordinal);
            if (dash <= 0) return null;
            var whole = RecognizeWords(header.Substring(0, dash), namespaceWord);
            var part = RecognizeWords(header.Substring(dash + 3), namespaceWord);
            if (whole.Field != ContactField.Name) return null;
            return part.Field is ContactField.FirstName or ContactField.LastName or ContactField.MiddleName || (part.Field == ContactField.Name && part.NamePart)
                ? part : null;
        }

        // An import template's header that tells how to fill the column after a dash ("Mobile number - Numeric Value and 10 digits
        // (Mandatory)", "Contact Person Name - Minimum 3 char & Max 50 char., Name should not end with space (M)": an Indian billing
        // program's contact template): the label is before the dash. An instruction is a phrase of four words or more, or one with a
        // figure in it; a word or two after a dash qualify the label ("Phone - Work") and are read with it. Never one about someone
        // else ("Phone - Number of the assistant").
        internal static string? LabelBeforeInstruction(string header)
        {
            if (header.Length < 12) return null;
            var m = DashedInstruction.Match(header);
            if (!m.Success) return null;
            var label = m.Groups["label"].Value;
            var rest = m.Groups["rest"].Value;
            var words = rest.Split(new[] { ' ', '\t', ',', '.', '&', '(', ')' }, System.StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 4 && !rest.Any(char.IsDigit)) return null;
            if (RecognizeWords(rest, null).Elsewhere || HeaderWords.Split(rest).Any(w => HeaderVocabulary.Of(w) == HeaderWord.Elsewhere)) return null;
            return RecognizeWords(label, null).Field != null ? label : null;
        }

        private static readonly System.Text.RegularExpressions.Regex DashedInstruction = new System.Text.RegularExpressions.Regex(
            @"^\s*(?<label>[^-–—]*\p{L}[^-–—]*?)\s+[-–—]\s+(?<rest>.*\p{L}.*)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        private static readonly System.Text.RegularExpressions.Regex QuestionNumber = new System.Text.RegularExpressions.Regex(
            @"^\s*(?:[QqPpFf]\s*)?\d{1,3}\s*(?<mark>[、．.)）:：])\s*(?=\D)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        // 问卷星's "2、您的手机号码：", a survey's "Q2. Your name": the number before a form's question counts the questions, not a
        // second phone or a second person. The ideographic enumeration comma and full stop only ever count; "2." or "2)" count
        // questions when a question follows (a "your", or a closing "?" or ":"), and are left for the slot rules otherwise
        // ("2. Vorname" may be a second person's).
        private static string WithoutQuestionNumber(string header)
        {
            var m = QuestionNumber.Match(header);
            if (!m.Success) return header;
            var rest = header.Substring(m.Length);
            var cjk = m.Groups["mark"].Value is "、" or "．";
            var end = rest.TrimEnd();
            var question = (end.Length > 0 && end[end.Length - 1] is '?' or '？' or ':' or '：')
                || HeaderWords.Split(rest).Any(HeaderVocabulary.IsFormQuestionWord);
            return cjk || question ? rest : header;
        }

        // php-addressbook's Italian "Nome / Settore", "Cognome / Ufficio": a spaced slash between two labels says the column holds
        // either, a person's name part or a company's department. The side that names a field is the column's, when the other
        // names nothing (neither a field, nor someone else, nor a thing that blocks it).
        private static HeaderMeaning? Alternative(string header)
        {
            var sides = header.Split(new[] { " / " }, System.StringSplitOptions.None);
            if (sides.Length != 2) return null;
            var left = RecognizeWords(sides[0], null);
            var right = RecognizeWords(sides[1], null);
            bool Names(HeaderMeaning m) => m.Field != null || m.NamePart;
            if (Names(left) && right == HeaderMeaning.None && !BlocksOrElsewhere(sides[1])) return left;
            if (Names(right) && left == HeaderMeaning.None && !BlocksOrElsewhere(sides[0])) return right;
            return null;
        }

        // A Chinese dealer list's "QQ/E-mail", a "Skype / E-mail": a slash between the e-mail and a messenger says the column
        // holds either, an e-mail address or a handle there. It is an e-mail column where its value is an address (weak: a QQ
        // number there is no address and fails no row).
        private static HeaderMeaning? EmailOrHandle(string header)
        {
            var sides = header.Split('/');
            if (sides.Length != 2) return null;
            for (var i = 0; i < 2; i++)
            {
                var email = RecognizeWords(sides[i], null);
                var other = HeaderWords.Split(sides[1 - i]);
                if (email.Field == ContactField.Email && !email.Weak && other.Count > 0 && other.All(MessengerWords.Contains))
                {
                    return email with { Weak = true };
                }
            }
            return null;
        }

        // "othername" beside "surname" and "firstname" (a Ghanaian parish's members), "Other Names", Colombia's "Otros nombres"
        // after "Primer nombre": the given names after the first, as a middle name is (ColumnMap reads them so only beside a
        // given name and a surname; alone, "Other Name" may be an alias). Only the two words.
        internal static bool OtherNames(string header)
        {
            var words = HeaderWords.Split(header);
            return words.Count == 2 && OtherWords.Contains(words[0]) && HeaderVocabulary.Of(words[1]) is HeaderWord.Name or HeaderWord.NamePart;
        }

        private static readonly HashSet<string> OtherWords = new HashSet<string>(System.StringComparer.Ordinal) { "other", "otros", "otras", "outros", "autres", "altri" };

        private static readonly HashSet<string> MessengerWords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "qq", "skype", "wechat", "weixin", "icq", "msn", "jabber", "xmpp", "telegram", "viber", "line", "kakaotalk", "whatsapp", "messenger", "im",
        };

        private static bool BlocksOrElsewhere(string side) =>
            HeaderWords.Split(side).Any(w => HeaderVocabulary.Of(w) is HeaderWord.Blocker or HeaderWord.Elsewhere or HeaderWord.Agent or HeaderWord.Registry
                or HeaderWord.Note or HeaderWord.SystemNote or HeaderWord.Except);

        private static bool PostalPlace(string header)
        {
            var words = HeaderWords.Split(header, out _);
            return words.Any(PostalMailWords.Contains) && !words.Any(HeaderVocabulary.IsElectronic)
                && words.Any(w => HeaderVocabulary.IsStreetWord(w) || HeaderVocabulary.IsCodeWord(w)
                    || HeaderVocabulary.Of(w) is HeaderWord.City or HeaderWord.Country or HeaderWord.Number);
        }

        private static readonly HashSet<string> PostalMailWords = new HashSet<string>(System.StringComparer.Ordinal) { "posta" };

        private static bool PostalWordAlone(string header)
        {
            var words = HeaderWords.Split(header, out _).Where(w => !w.All(char.IsDigit) && HeaderVocabulary.Of(w) != HeaderWord.Number).ToList();
            return words.Count > 0 && words.All(PostalMailWords.Contains);
        }

        private static readonly System.Text.RegularExpressions.Regex NamespaceToken =
            new System.Text.RegularExpressions.Regex(@"^[\p{L}\p{N}]+", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        private static readonly System.Text.RegularExpressions.Regex DottedAttribute =
            new System.Text.RegularExpressions.Regex(@"^([A-Za-z]+)\.([A-Za-z]+)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        private static HeaderMeaning RecognizeWords(string header, string? namespaceWord)
        {
            // Paystack's "Recipient Code (This overrides all other details if available)": a sentence in brackets after the name is
            // a note for whoever fills the template; the name before it says the field.
            // Cadulis's activities: "reference" (the activity's) beside "customer.reference": an object's attribute written as a path,
            // the customer object's reference, is the customer's key, not a reference the customer gave an order.
            if (DottedAttribute.Match(header.Trim()) is { Success: true } path
                && HeaderVocabulary.Of(HeaderWords.Fold(path.Groups[1].Value)) == HeaderWord.IdOwner
                && HeaderVocabulary.Of(HeaderWords.Fold(path.Groups[2].Value)) == HeaderWord.Reference)
            {
                return new HeaderMeaning(ContactField.Identifier, 30);
            }
            var open = header.IndexOf('(');
            if (open > 0 && header.TrimEnd().EndsWith(")", System.StringComparison.Ordinal) && header.Substring(open).Count(c => c == ' ') >= 3
                && header.Substring(0, open).Trim() is { Length: > 0 } head)
            {
                return RecognizeWords(head, namespaceWord);
            }
            var words = HeaderWords.Split(header, out var systemColumn);
            if (namespaceWord != null && words.Count > 1 && words[0] == namespaceWord)
            {
                // Raiser's Edge's "CnBio_First_Name", "CnAdrPrf_City": the namespace ("Cn", the constituent) begins a token written
                // as one in camel case, whose other parts the vocabulary does not know either ("Bio", "AdrPrf"): the whole token is
                // the namespace.
                var token = NamespaceToken.Match(header).Value;
                var parts = token.Length == 0 ? 1 : HeaderWords.Split(token).Count;
                words.RemoveAt(0);
                for (var j = 1; j < parts && words.Count > 1 && HeaderVocabulary.Of(words[0]) == HeaderWord.Unknown; j++) words.RemoveAt(0);
            }
            if (words.Count == 0) return HeaderMeaning.None;
            var meaning = Read(words, systemColumn, header.IndexOfAny(Brackets) < 0, header);
            // "registration_form_answers/1. Telèfon", "user/name": a path's label alone names the field, the steps before it
            // say whose record it is. "user/name" is the user's name, not a user name (a login); whose it is still decides
            // when it is someone else's ("owner/email").
            if (SlashPathLabel(header) is string label)
            {
                var named = Recognize(label, null);
                if (meaning == HeaderMeaning.None || (!meaning.Elsewhere && named.Field != null && named.Field != meaning.Field)) return named;
            }
            // "name_2 (名漢字)", "name_1 (姓)": a form's numbered field key with its label in brackets (baserCMS). The number
            // counts the form's fields, not a second name; the label names the field.
            else if (NumberedKeyLabel.Match(header) is { Success: true } keyed && Recognize(keyed.Groups[1].Value, null) is { Field: not null } label2
                && !meaning.Elsewhere && label2.Field != meaning.Field) return label2;
            else if (QuotedQuestion.Match(header) is { Success: true } question && Recognize(question.Groups["label"].Value, null) is { Field: not null } asked
                && !meaning.Elsewhere && asked.Field != meaning.Field) return asked;
            // "vendor.field.first_name", "customer.fields.email": a translation key or a property path, written where the
            // label should be. Its last step names the field.
            else if (meaning == HeaderMeaning.None && KeyPathLeaf(header) is string leaf) return Recognize(leaf, null);
            // "Ship City", "Shipping Company", "Ville de livraison": the recipient of goods is often the buyer, so the place
            // is used after the main party's; the recipient's e-mail, phone, name and id are never the contact's.
            if (!words.Any(w => HeaderVocabulary.Of(w) == HeaderWord.Shipping) || meaning.Field == null) return meaning;
            return meaning.Field is ContactField.City or ContactField.Country or ContactField.Company
                ? meaning with { Rank = meaning.Rank + ShippingRank }
                : HeaderMeaning.AboutSomeoneElse;
        }

        // English party nouns that head a compound after a field word ("Mail Client", "SMS Subscriber", "Email Member").
        private static readonly HashSet<string> EnglishHeadNouns = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "client", "clients", "customer", "customers", "member", "members", "user", "users", "subscriber", "subscribers",
            "guest", "guests", "student", "students", "patient", "patients", "participant", "participants", "attendee", "attendees",
            "buyer", "buyers", "holder", "holders", "sender", "senders", "applicant", "applicants", "candidate", "candidates",
            "tenant", "tenants", "employee", "employees", "staff",
        };

        private static readonly HashSet<string> PlaceNouns = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "region", "regio", "regione", "regiao", "district", "distrikt", "distrito", "distretto", "village", "ward", "province", "provinz",
            "provincia", "county", "zone", "area", "commune", "kommune", "gemeinde", "municipality", "parish",
        };

        // Also a Brazilian clinic's "Prontuário" (Gesclinic's patients: "000153"), the number of the patient's record there, and
        // an employer's "Badge" (GestionaleCV's staff: "CV-01274"), the number on the staff member's pass.
        private static readonly HashSet<string> RegistrationRollWords = new HashSet<string>(System.StringComparer.Ordinal) { "matricule", "matricola", "matrikel", "prontuario", "badge" };

        private static HeaderMeaning Read(List<string> words, bool systemColumn, bool unbracketed, string header)
        {
            words = Excluding(words, out var excluded);
            // "Company URL", "会社URL" (宛名職人's work web page): a web address of the field's owner, not the field. Only a picture
            // is a field kept as a web address ("Avatar URL", "Photo Link").
            if (words.Exists(w => w is "url" or "uri" or "link") && !words.Exists(w => HeaderVocabulary.Of(w) == HeaderWord.Avatar)) return HeaderMeaning.None;
            // "Telegram ID" (a booking bot's only key of its clients), "LINE ID", "QQ ID": the number or key the messenger gave the
            // person's account, stable and unique as a linked user account's id is, and ranked with it: after every id of the
            // record's own, before a login. A handle one chose on another network ("Skype ID", "Yahoo! ID") is an address there;
            // WhatsApp's id is the phone number.
            if (words.Count == 2 && words[0] is "telegram" or "line" or "qq" or "icq" && HeaderVocabulary.Of(words[1]) == HeaderWord.Id)
                return new HeaderMeaning(ContactField.Identifier, ForeignKeyRank);
            // "Matricule", "N° matricule", "Matricola", "Matrikelnummer": the number a school, an employer or an association gives
            // the person (Kourel's members: "Matricule" KRL-0012 beside the table's bare "ID"), theirs as a member number is.
            if (words.Any(RegistrationRollWords.Contains) && words.All(w => RegistrationRollWords.Contains(w)
                || HeaderVocabulary.Of(w) is HeaderWord.Number or HeaderWord.Id or HeaderWord.Connector))
                return new HeaderMeaning(ContactField.Identifier, OwnNumberRank);
            // openIMIS's insurees: "RegionName", "DistrictName", "VillageName", "WardName" beside the insuree's "OtherNames" and
            // "LastName": a place and its name, the place's.
            if (words.Any(PlaceNouns.Contains) && words.All(w => PlaceNouns.Contains(w) || HeaderVocabulary.Of(w) is HeaderWord.Name or HeaderWord.NamePart or HeaderWord.Connector))
                return HeaderMeaning.None;
            // An umrah agency's manifest: "NAME PASSPORT" beside "FIRST NAME" (the given name alone); "Name as per passport", "Nama
            // sesuai paspor": the person's whole name as the document writes it, not the document.
            if (words.Any(w => HeaderVocabulary.Of(w) == HeaderWord.Name) && words.Any(HeaderVocabulary.IsStateDocument)
                && words.All(w => HeaderVocabulary.Of(w) is HeaderWord.Name or HeaderWord.Connector or HeaderWord.Neutral || HeaderVocabulary.IsStateDocument(w)
                    || w is "as" or "per" or "sesuai" or "seperti"))
                return new HeaderMeaning(ContactField.Name, FullNameRank);
            // Oda Bultum's applications: "family_region", "family_zone" (where the applicant's family lives): a family's place is
            // no family name.
            if (words.Count == 2 && HeaderVocabulary.Of(words[0]) == HeaderWord.Last && (PlaceNouns.Contains(words[1]) || HeaderVocabulary.IsStateWord(words[1])))
                return HeaderMeaning.None;
            if (RecordCode(words) is HeaderMeaning code) return code;
            // SHOEBOX's patients: "LastName", "FirstName", "MI": the middle initial, as American forms abbreviate it. Written in
            // capitals alone, never the Spanish or Italian "mi" (my) of a longer header.
            if (words.Count == 1 && words[0] == "mi" && header.Trim().Trim('.').Replace(".", "") == "MI") return new HeaderMeaning(ContactField.MiddleName, 0);
            if (PocketAlone(words)) return new HeaderMeaning(ContactField.PhoneNumber, 1, Weak: true);
            // "Registration Number", "Número de registro" (Bahmni's patients): the number a register gave the row's party, a
            // patient's or a student's, or a firm's at the trade register. An ID number: the contact's own only in a file
            // about persons (ColumnMap).
            if (RegistrationNumber(words)) return new HeaderMeaning(ContactField.Identifier, RecordKeyRank, IdNumber: true);
            if (MemberCardNumber(words)) return new HeaderMeaning(ContactField.Identifier, OwnNumberRank);
            if (BareCardNumber(words)) return new HeaderMeaning(ContactField.Identifier, CardKeyRank);
            var seen = new HashSet<HeaderWord>();
            var number = -1;
            int unknown = 0, fieldAt = -1, lastUnknown = -1;
            var pairedUnknown = false;
            var blockers = 0;
            var ownerAfterField = false;
            var previous = HeaderWord.Unknown;
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                if (HeaderWords.IsCount(word, out var n))
                {
                    if (number < 0) number = n;
                    continue;
                }
                // A form builder's field key ends in a generated number ("email-532", "firstname_1583949012345"): no word.
                if (word.All(char.IsDigit)) continue;
                var role = BesidePhone(word, words) ?? HeaderVocabulary.Of(word);
                // "ClientKey" (Premvet's client number), Salesforce Marketing Cloud's "Subscriber Key" and "Contact Key", "Primary
                // Key": a key that is the record's party's, or the primary one, is its id. An "API Key", a "License Key" stay unread.
                if (word == "key" && role == HeaderWord.Unknown
                    && words.Any(w => HeaderVocabulary.Of(w) is var r && ((r == HeaderWord.IdOwner && !HeaderVocabulary.Licences.Contains(w)) || r == HeaderWord.Primary
                        || w is "contact" or "record")))
                {
                    role = HeaderWord.Id;
                }
                // "Created by", "Saisi par", "Ingevoerd door": whoever did something to the record. Right after the field word the
                // preposition names no one: "Email par défaut", "Teléfono por defecto", SoftPro's "tel_par" (par = partener).
                // English "by" is also the Danish and Norwegian city ("Postnr. og by"); last, after a word that is no field's, it is the agent.
                if (role == HeaderWord.City && word == "by" && i > 0 && i == words.Count - 1 && previous == HeaderWord.Unknown) role = HeaderWord.Agent;
                if (role == HeaderWord.Agent) role = previous is HeaderWord.Email or HeaderWord.Phone or HeaderWord.Mobile ? HeaderWord.Connector : HeaderWord.Elsewhere;
                // "Parent ID", "Parent Account" name a record above this one; "PrimaryParentEmail", "Parent Phone" (a nursery's
                // children, a school's pupils) a person: the child's mother or father, never the child.
                if (role == HeaderWord.Blocker && word is "parent" or "parents" && words.Any(w => HeaderVocabulary.Of(w) is HeaderWord.Email
                    or HeaderWord.Phone or HeaderWord.Mobile or HeaderWord.Name or HeaderWord.NamePart or HeaderWord.First or HeaderWord.Last))
                {
                    role = HeaderWord.Elsewhere;
                }
                if (role == HeaderWord.Elsewhere) return HeaderMeaning.AboutSomeoneElse;
                // "Alternate contact phone", Koha's "altcontactsurname", "Teléfono del contacto alternativo": another person to
                // reach, not the contact's second number. The contact's own alternate e-mail or phone has no contact word
                // beside the qualifier.
                if (words.Count > 2 && (role, previous) is (HeaderWord.Reach, HeaderWord.Secondary) or (HeaderWord.Secondary, HeaderWord.Reach))
                {
                    return HeaderMeaning.AboutSomeoneElse;
                }
                // Vantaca's "SecondaryTenantEmail", "Second Guest Email", "Zweiter Mieter E-Mail": the qualifier counts the
                // party, not the field, when a party's noun (or a noun the vocabulary does not know) stands between it and the
                // field word: the second tenant's e-mail. "Customer Secondary Email" is the customer's second e-mail.
                if (previous == HeaderWord.Secondary && role is HeaderWord.IdOwner or HeaderWord.Unknown && i + 1 < words.Count
                    && words.Skip(i + 1).Any(w => HeaderVocabulary.Of(w) is HeaderWord.Email or HeaderWord.Phone or HeaderWord.Mobile
                        or HeaderWord.Name or HeaderWord.First or HeaderWord.Last))
                {
                    return HeaderMeaning.AboutSomeoneElse;
                }
                if (role == HeaderWord.Unknown)
                {
                    unknown++;
                    // Written together in the header, the two were one word ("RosarioSIS").
                    if (unknown == 2 && lastUnknown == i - 1) pairedUnknown = HeaderWords.Fold(header).Contains(words[i - 1] + word);
                    lastUnknown = i;
                }
                if (role is HeaderWord.Blocker or HeaderWord.Note or HeaderWord.SystemNote or HeaderWord.Except) blockers++;
                // "Ticket Holder Name", "Card Holder Email", "Booking Guest Phone": a thing before a party names which party
                // (the one holding the ticket), not an attribute of the thing.
                if (role == HeaderWord.IdOwner && previous == HeaderWord.Blocker && HeaderVocabulary.IsThing(words[i - 1])) blockers--;
                // The same after them, last, in a language that puts the modifier after its noun (ASDP's ferry bookings: "NAMA
                // PENUMPANG BOOKING", the booking's passenger's name). "Customer Order ID" stays the order's.
                if (role == HeaderWord.Blocker && i == words.Count - 1 && previous == HeaderWord.IdOwner && HeaderVocabulary.IsThing(word)
                    && words.Take(i).Any(w => HeaderVocabulary.Of(w) is HeaderWord.Name or HeaderWord.Email or HeaderWord.Phone or HeaderWord.Mobile)) blockers--;
                // Tito's attendees: "Ticket Full Name", "Ticket Email", "Ticket Phone Number" (beside "Order Name", the buyer's): a
                // ticket has no name part, address or phone of its own, so these are its holder's. "Ticket Name" alone is its type.
                if (role is HeaderWord.Email or HeaderWord.Phone or HeaderWord.Mobile or HeaderWord.First or HeaderWord.Last or HeaderWord.Full
                    && previous == HeaderWord.Blocker && TicketWords.Contains(words[i - 1])) blockers--;
                if (role is HeaderWord.Email or HeaderWord.Phone or HeaderWord.Mobile && fieldAt < 0) fieldAt = i;
                // "Mail Client" is a program, "Client Email" and "E-mail du client" the client's address: whose the field is
                // comes before it, or after a connector. English and the CJK languages put the head noun last, so a party after
                // the field word makes a compound ("Email Member", "メール会員"); the languages that put the owner after the field
                // without a connector inflect or simply place it so ("E-mail klienta", "Telefon zákazníka", "Телефон клиента",
                // "Broj mobitela člana", "Teléfono cliente"): the owner's field.
                if (role == HeaderWord.IdOwner && fieldAt >= 0 && previous != HeaderWord.Connector
                    && (EnglishHeadNouns.Contains(word) || word.Any(HeaderScripts.IsCjk))) ownerAfterField = true;
                seen.Add(role);
                previous = role;
            }
            var attribute = blockers > 0;
            // Lithuanian "vardas" and Latvian "vārds" are the given name beside a surname column, and the name itself with a
            // word for whole or a user's: "Visas vardas" (the full name), "Naudotojo vardas", "Lietotāja vārds" (the login).
            if (seen.Contains(HeaderWord.First) && words.Any(HeaderVocabulary.IsGivenOrName)
                && (seen.Contains(HeaderWord.Full) || words.Any(HeaderVocabulary.IsUserNoun)))
            {
                seen.Remove(HeaderWord.First);
                seen.Add(HeaderWord.NamePart);
            }
            // "VAT Number", "USt-IdNr.", "SIRET", "Numer NIP", "ИНН": a registry's number is an organisation's (or the state's
            // record of a person), never the contact's identifier; with no other word it tells the rows are organisations.
            // "Fiscal name", "Nombre fiscal" (Holded's contacts): the name the party is registered under with the tax office,
            // a firm's or a self-employed person's; read as the company, as "Razón social" is. Not with a number or an id word.
            if (seen.Contains(HeaderWord.Registry) && unknown == 0 && (seen.Contains(HeaderWord.Name) || seen.Contains(HeaderWord.NamePart))
                && !seen.Contains(HeaderWord.Number) && !seen.Contains(HeaderWord.Id) && number < 0)
            {
                return new HeaderMeaning(ContactField.Company, Rank(seen, number, companyIsWork: false));
            }
            if (seen.Contains(HeaderWord.Registry)) return unknown == 0 ? HeaderMeaning.OrganisationNumber : HeaderMeaning.None;
            // "Klaviyo ID": one word the vocabulary does not know names the id; it is the exporting system's key of the record.
            // A vendor's name in capitals and small letters splits in two ("RosarioSIS ID", "ID RosarioSIS"); two names apart
            // ("Zoom Meeting ID") are something's id. With a number word too ("Nº Id. Escolar", Séneca's school id number) it
            // is the same id. With whose it is ("LGL Constituent ID", Little Green Light's key of the constituent) too.
            if ((unknown == 1 || pairedUnknown && unknown == 2) && !attribute && seen.Contains(HeaderWord.Id)
                && seen.All(w => w is HeaderWord.Unknown or HeaderWord.Id or HeaderWord.Number or HeaderWord.Neutral or HeaderWord.Reach or HeaderWord.Connector
                    or HeaderWord.IdOwner))
            {
                return new HeaderMeaning(ContactField.Identifier, unknown == 1 && words.Contains("internal") && !seen.Contains(HeaderWord.IdOwner) ? InternalKeyRank : VendorKeyRank);
            }
            // "SAC Mitgliedernummer" (the Swiss Alpine Club's member number, in an event's participant list), "AOK
            // Versichertennummer": an issuer's acronym in capitals before the party's own number names who issued it.
            if (unknown == 1 && !attribute && seen.Contains(HeaderWord.IdOwner) && seen.Contains(HeaderWord.Number)
                && seen.All(w => w is HeaderWord.Unknown or HeaderWord.IdOwner or HeaderWord.Number or HeaderWord.Connector)
                && IssuerAcronym(header, words.First(w => HeaderVocabulary.Of(w) == HeaderWord.Unknown)))
            {
                return new HeaderMeaning(ContactField.Identifier, OwnNumberRank);
            }
            // Mercado Libre's "Datos personales o de empresa", "Dados pessoais ou da empresa": the buyer's own data or the firm's,
            // a person's name or a firm's, as "Nombre o razón social" is.
            // eBrain Clinic's people: "nome_civil_razao_social", the civil name or the firm's registered name, two names side by side.
            if (seen.Contains(HeaderWord.Company) && !seen.Contains(HeaderWord.Id) && !seen.Contains(HeaderWord.Number)
                && ((words.Any(PersonalWords.Contains) && words.Any(w => w is "or" or "o" or "ou" or "oder"))
                    || (seen.Contains(HeaderWord.NamePart) && words.Any(CivilWords.Contains))))
            {
                return new HeaderMeaning(ContactField.Name, PlainNameRank);
            }
            if (unknown > 0 && !attribute && !ownerAfterField && Prefixed(words, seen, unknown) is ContactField place)
            {
                return new HeaderMeaning(place, Rank(seen, number, companyIsWork: place != ContactField.Company) + PrefixedRank);
            }
            if (unknown > 0 && !attribute && !ownerAfterField && PersonOfUnknownRole(words, seen, systemColumn, unbracketed, header) is ContactField person)
            {
                return new HeaderMeaning(null, 0, PersonOfUnknownRole: person);
            }
            if (unknown > 0 || attribute || ownerAfterField) return HeaderMeaning.None;
            // "(Do Not Modify) Contact": the exporting system's own column that names only the record is its key.
            if (systemColumn && seen.All(w => w is HeaderWord.Neutral or HeaderWord.Reach or HeaderWord.Connector or HeaderWord.IdOwner))
            {
                return new HeaderMeaning(ContactField.Identifier, RecordKeyRank);
            }

            bool Has(HeaderWord w) => seen.Contains(w);
            if (Has(HeaderWord.Reference)) return ReferenceMeaning(seen, number);
            var email = Has(HeaderWord.Email);
            // "Contact Number", "Números de Contacto", "İletişim Numaraları", "شماره‌های تماس": a number to reach someone by is
            // a phone; whose number it is ("Contact ID", "Customer Number") makes it an identifier instead.
            var phone = Has(HeaderWord.Phone) || Has(HeaderWord.Mobile)
                || (Has(HeaderWord.Number) && Has(HeaderWord.Reach) && !Has(HeaderWord.Id) && !Has(HeaderWord.IdOwner));
            var name = Has(HeaderWord.Name) || Has(HeaderWord.NamePart) || Has(HeaderWord.Full);
            if (excluded != HeaderWord.Unknown) return WithoutPart(seen, excluded);
            // "携帯メール", "Mobile Email": the address a phone receives mail at (a Japanese carrier's), after the main one.
            // Japanese writes it "携帯電話メールアドレス" too (a staffing agency's staff master): the mobile phone's mail address.
            if (email && Has(HeaderWord.Mobile) && seen.All(w => w is HeaderWord.Email or HeaderWord.Mobile or HeaderWord.Neutral or HeaderWord.Address
                || (w == HeaderWord.Phone && header.Any(c => c >= '\u3040' && c <= '\u30FF'))))
            {
                return new HeaderMeaning(ContactField.Email, MobileMailRank);
            }
            if (email && phone) return HeaderMeaning.None;
            // North Carolina's voter file: "mail_addr1" to "mail_addr4", "mail_city", "mail_state": the mailing address, "mail" as
            // in the post. A bare "mail" with a town, a state, a country, a street or a numbered address line is a postal address.
            if (email && words.Contains("mail") && !words.Any(w => w.EndsWith("email", System.StringComparison.Ordinal))
                && (Has(HeaderWord.City) || Has(HeaderWord.Country) || words.Any(w => HeaderVocabulary.IsPostalCodeWord(w) || w is "street" or "state" or "line")
                    || (Has(HeaderWord.Address) && number >= 0 && words.Any(w => w is "addr" or "adr"))))
            {
                return HeaderMeaning.None;
            }
            // Civetta CRM's "phoneCountry" ("+593") beside "phoneNumber": the phone's country, its calling code, which the first
            // rows' values confirm (ColumnMap); no phone number of its own.
            if (phone && Has(HeaderWord.Country) && !Has(HeaderWord.Number)) return HeaderMeaning.None;
            if (email || phone)
            {
                // "E-mail Display Name", "Nom complet de l'adresse de messagerie": the name shown for the address.
                // "full_phone_number" (North Carolina's voters: the number with its area code): "full" alone names no name there.
                if (Has(HeaderWord.Name) || Has(HeaderWord.NamePart) || Has(HeaderWord.First) || Has(HeaderWord.Last)) return HeaderMeaning.None;
                return new HeaderMeaning(email ? ContactField.Email : ContactField.PhoneNumber, Rank(seen, number, companyIsWork: true));
            }
            if (Has(HeaderWord.Avatar)) return new HeaderMeaning(ContactField.AvatarUrl, Rank(seen, number, companyIsWork: false));
            var city = Has(HeaderWord.City);
            var country = Has(HeaderWord.Country);
            if (city && country) return HeaderMeaning.None;
            if (city) return new HeaderMeaning(ContactField.City, Rank(seen, number, companyIsWork: true));
            // "Staat" (a state in Dutch, the country in some German forms): after every other country column.
            if (country) return new HeaderMeaning(ContactField.Country, Rank(seen, number, companyIsWork: true) + (NamesState(words) ? StateRank : 0));
            // "Adresse électronique", "Ηλεκτρονική διεύθυνση", "indirizzo elettronico": an electronic address is an e-mail.
            if (Has(HeaderWord.Address) && words.Any(HeaderVocabulary.IsElectronic)) return new HeaderMeaning(ContactField.Email, Rank(seen, number, companyIsWork: true));
            // "Default Address Company", "Billing Address Company": the company line of an address, as "Address City" is its town.
            // In brackets the company qualifies the address: "주소(회사)" is the company's address.
            // Not with a connector between ("Adresse de votre entreprise", Respaid's creditor: the address of the company, the
            // Romance order).
            if (unbracketed && Has(HeaderWord.Address) && Has(HeaderWord.Company) && !Has(HeaderWord.Id) && !Has(HeaderWord.Number)
                && words.FindLastIndex(w => HeaderVocabulary.Of(w) == HeaderWord.Company) is var companyLast
                && words.FindLastIndex(w => HeaderVocabulary.Of(w) == HeaderWord.Address) is var addressLast && companyLast > addressLast
                && !words.Skip(addressLast + 1).Take(companyLast - addressLast - 1).Any(w => HeaderVocabulary.Of(w) == HeaderWord.Connector))
            {
                return new HeaderMeaning(ContactField.Company, Rank(seen, number, companyIsWork: false));
            }
            // "Work Address", "Company Address", "Adresse": a postal address, no phone, company or name.
            if (Has(HeaderWord.Address)) return HeaderMeaning.None;
            // "Login", "User Name", "Nombre de usuario", "ログインID": the account's unique name, never the person's name. The
            // first rows' values decide an ambiguous one (ColumnMap): names have spaces, logins none.
            // A user noun alone is a login too ("Usuário", "Utente"), but not numbered: Outlook's custom fields are "User 1" to
            // "User 4" in every language ("Benutzer 1", "Gebruiker 2").
            var userNoun = words.Any(HeaderVocabulary.IsUserNoun);
            // Numbered, a user's name is that user's ("user1_name" beside "user1_prename": W&W ImmoTop's tenants), no login.
            var login = Has(HeaderWord.Login) || (userNoun && number < 0 && (Has(HeaderWord.Name) || Has(HeaderWord.NamePart)))
                || (userNoun && number < 0 && seen.All(w => w is HeaderWord.Neutral or HeaderWord.Reach or HeaderWord.Connector));
            if (login && !Has(HeaderWord.Company)) return new HeaderMeaning(ContactField.Identifier, LoginRank, Login: true);
            // "Company Contact Name", "Company Contact First Name" (Moralius's "AccountContactFirstName"): the person to talk to
            // at the company, by name, not the company's name.
            // "Nombre o razón social" (SUNAT's taxpayer register: a person's name or a firm's), "Name or Company": the party's name,
            // whichever it is, as a name column is.
            if (Has(HeaderWord.Company) && name && !Has(HeaderWord.Id) && !Has(HeaderWord.Number) && words.Any(w => w is "or" or "o" or "ou" or "oder"))
            {
                return new HeaderMeaning(ContactField.Name, PlainNameRank);
            }
            // VTEX's "corporateName" beside "firstName", "lastName" and "tradeName", "Corporate Name", "Office Name": the name of the
            // workplace is the company's, as "Business Name" is, never the person's.
            if (name && unbracketed && Has(HeaderWord.Work) && words.Count <= 3 && seen.All(w => w is HeaderWord.Work or HeaderWord.Name or HeaderWord.Connector))
            {
                // Personio's applicants: "Jobname" is the position applied for, no workplace and no one's name.
                if (words.Any(w => w.StartsWith("job", System.StringComparison.Ordinal))) return HeaderMeaning.None;
                return new HeaderMeaning(ContactField.Company, Rank(seen, number, companyIsWork: false));
            }
            var companyAt = words.FindIndex(w => HeaderVocabulary.Of(w) == HeaderWord.Company);
            if (companyAt >= 0 && words.FindIndex(w => HeaderVocabulary.Of(w) == HeaderWord.Reach) > companyAt
                && (name || Has(HeaderWord.First) || Has(HeaderWord.Last)) && !Has(HeaderWord.Id) && !Has(HeaderWord.Number))
            {
                seen.Remove(HeaderWord.Company);
            }
            if (Has(HeaderWord.Company))
            {
                // "Company ID", "Org. nr" identify the company, not the contact.
                if (Has(HeaderWord.Id) || Has(HeaderWord.Number)) return HeaderMeaning.OrganisationNumber;
                return new HeaderMeaning(ContactField.Company, Rank(seen, number, companyIsWork: false));
            }
            if (Has(HeaderWord.Id) || (Has(HeaderWord.IdOwner) && Has(HeaderWord.Number)))
            {
                // "Full ID", "Display ID": the record's id written out whole, as a full name is the name written out; only a
                // name word makes it a name's ("Display Name ID").
                if (Has(HeaderWord.Name) || Has(HeaderWord.NamePart)) return HeaderMeaning.None;
                // "Business ID", "Corporate ID": the business's number (the Finnish Y-tunnus in English), not the person's.
                if (Has(HeaderWord.Work)) return HeaderMeaning.OrganisationNumber;
                // "ID Number", "Id nummer", "Numéro ID", "Αριθμός ID": the number of an identity document or a registration,
                // whoever the row is. ColumnMap uses it only when the file is not about organisations.
                if (Has(HeaderWord.Id) && Has(HeaderWord.Number) && !Has(HeaderWord.IdOwner) && !Has(HeaderWord.External))
                {
                    return new HeaderMeaning(ContactField.Identifier, RecordKeyRank, IdNumber: true);
                }
                // The person's own ids rank by whose they are; a bare or entity id ("Id", "Id contact") is the record's key,
                // used only when no column names the person's own id; "User ID" a linked user account's, after it.
                // The number a person was given ("Numéro adhérent", "Member Number") comes before the id of the same person
                // ("ID de l'adhérent", Galette's database key): the number is what the organisation and the person use.
                // "Person-ID" (Events Made Easy's bookings: the person's id beside the booking's bare "ID") is the person's own id.
                var rank = Has(HeaderWord.External) ? 10 : Has(HeaderWord.IdOwner) || words.Any(w => w is "person" or "persona" or "personne" or "persoon")
                    ? (Has(HeaderWord.Number) && !Has(HeaderWord.Id) ? OwnNumberRank : OwnNumberRank + 1)
                    : words.Any(HeaderVocabulary.IsUserNoun) ? ForeignKeyRank : RecordKeyRank;
                return new HeaderMeaning(ContactField.Identifier, rank);
            }
            // "Nome di battesimo", "Christian name", "Taufname": a name word qualified as the given one.
            var first = Has(HeaderWord.First) || (Has(HeaderWord.Given) && (Has(HeaderWord.Name) || Has(HeaderWord.NamePart)));
            var last = Has(HeaderWord.Last);
            var second = Has(HeaderWord.Secondary) || number > 1;
            // "Imię i nazwisko": first and last name in one column is the whole name; so are two name parts joined by "and"
            // ("Nombre y apellidos", "Nome e cognome", "Nom et prénom").
            // "First and Middle Name" (Kenya's voters' register, beside "Last Name"): the given names, without the family name.
            if (first && !last && Has(HeaderWord.Middle) && NamePartsJoined(words)) return new HeaderMeaning(ContactField.FirstName, 0);
            if ((first && last) || NamePartsJoined(words) || TwoNameNouns(words, header)) return new HeaderMeaning(ContactField.Name, 10);
            // "Last contact", "Último contato", "First contact": with no name word, a first or last that comes before the word
            // for contact is when someone was contacted, a date. After it ("Contact Last") it stays the name part.
            if ((first || last) && !name && QualifiesContact(words)) return HeaderMeaning.None;
            // "顧客名", "会員名", "予約者名", "客户名": 名 after a party's noun is that party's name, the whole of it. Japanese and
            // Chinese write the given name as 名 beside 姓; beside "顧客姓" the shared "顧客" is read past (a namespace word), and
            // 名 is the given name again.
            if (first && !last && PartysCjkName(words)) return new HeaderMeaning(ContactField.Name, PlainNameRank);
            if (first || Has(HeaderWord.Middle)) return new HeaderMeaning(second || Has(HeaderWord.Middle) ? ContactField.MiddleName : ContactField.FirstName, 0);
            if (last) return new HeaderMeaning(ContactField.LastName, 0);
            if (Has(HeaderWord.NamePart))
            {
                // "Primer nombre", "Segundo nombre", "Deuxième prénom" (prénom is a first-name word already).
                if (Has(HeaderWord.Primary)) return new HeaderMeaning(ContactField.FirstName, 0);
                if (second) return new HeaderMeaning(ContactField.MiddleName, 0);
                if (!Has(HeaderWord.Full)) return new HeaderMeaning(ContactField.Name, 20, NamePart: true);
            }
            // "Additional Names", "Other Name", "Name 2": another name than the person's own.
            if (name) return second ? HeaderMeaning.None : new HeaderMeaning(ContactField.Name, Has(HeaderWord.Full) ? FullNameRank : PlainNameRank);
            // A header that is only a qualifier names no field: Outlook in Spanish, Swedish and Italian names two of its phone
            // columns so ("Particular", "Hem", "Arbete", "Abitazione 2"), Yahoo four ("Home", "Work", "Primary", "Other").
            // It is a phone column until the first rows' values say it holds e-mail addresses (ColumnMap), ranked by its
            // qualifier. Not when another noun names the thing ("Home Address", "Work Web Page", "Other Info", "Primary
            // Contact"); and the rule is weak: a row whose value in such a column is not a phone number leaves it for the
            // next candidate.
            if (seen.Any(w => w is HeaderWord.Work or HeaderWord.Home or HeaderWord.Primary or HeaderWord.Secondary)
                && seen.All(w => w is HeaderWord.Work or HeaderWord.Home or HeaderWord.Primary or HeaderWord.Secondary or HeaderWord.Connector or HeaderWord.Number)
                && !words.Any(HeaderVocabulary.IsOtherNoun))
            {
                return new HeaderMeaning(ContactField.PhoneNumber, Rank(seen, number, companyIsWork: false), Weak: true, QualifierOnly: true);
            }
            return HeaderMeaning.None;
        }
    }
}
