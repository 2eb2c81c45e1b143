using System;
using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // Whose a column is, and how people sign in; Arabic and Hebrew. Added before every other line, so these roles win.
    // Arabic and Hebrew words are those of Roundcube's address book (program/localization/{ar_SA,he_IL}/labels.inc:
    // username, organization, name, firstname, surname, middlename, email, phone, typemobile, typework, typehome,
    // locality, country) and Bagisto's admin (packages/Webkul/Admin/src/Resources/lang/{ar,he}/app.php: company-name,
    // customer-name, contact-number, city, country, email, first-name, last-name, phone, id). Arabic writes the article
    // joined to its noun ("الهاتف", the phone): both forms are listed; hamza and shadda fold away ("الإسم" = "الاسم").
    internal static partial class HeaderVocabulary
    {
        // Words for "electronic": next to an address word they make it an e-mail address ("adresse électronique",
        // "Ηλεκτρονική διεύθυνση", "dirección electrónica"), in any language listed.
        private static readonly HashSet<string> Electronic = new HashSet<string>(StringComparer.Ordinal);

        // Abbreviations and compounds whose parts mislead: "Empl No" is an employee number, "Personalnummer" (German: staff
        // number) is no personal (home) number.
        private static readonly Dictionary<string, string[]> Abbreviations = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["empl"] = new[] { "employee" },
            ["emp"] = new[] { "employee" },
            // "Cust No", "CUST_NAME", and the column names of ERPs that write them joined ("CUSNAME", "CUSCODE": WINSpeed,
            // a Mongolian utility's billing): the customer's.
            ["cust"] = new[] { "customer" },
            ["cus"] = new[] { "customer" },
            // "phno", a phone number written short (a Navi Mumbai housing society's owners). An abbreviation, not a word: a
            // misspelt "Phnoe" stays a near miss.
            ["phno"] = new[] { "phone", "number" },
            // "ucode" (COSCUP's subscribers): the user's code, as "uid" is the user's id.
            ["ucode"] = new[] { "user", "code" },
            ["personalnummer"] = new[] { "employee", "number" },
            ["personalnr"] = new[] { "employee", "number" },
            ["persnr"] = new[] { "employee", "number" },
            // Italian "PEC" (posta elettronica certificata: a tax adviser's clients, "Email" beside "PEC"): a certified mailbox,
            // the person's or firm's address all the same, after the ordinary one (many refuse mail from outside PEC).
            ["pec"] = new[] { "secondary", "email" },
            // German "Kd.-Nr.", "KdNr", "Kd.-Name": the customer's (Kunde), two letters no dotted abbreviation is read from.
            ["kd"] = new[] { "customer" },
            ["kdnr"] = new[] { "customer", "number" },
            // Danish and Norwegian "Personalenummer"/"Personalnummer": the staff number.
            ["personalenummer"] = new[] { "employee", "number" },
            // ShopXO's "会员码" (member code): the member's number. 码 alone is not listed: it would cut "代码" (code) apart.
            ["会员码"] = new[] { "会员", "番号" },
            ["會員碼"] = new[] { "會員", "番号" },
            // Mexican and Chilean forms write the two surnames as "A. Paterno"/"A. Materno", "APaterno", "Ap_Pat", "ApeMat": the
            // father's and the mother's surname (apellido paterno, materno), in that order.
            ["apaterno"] = new[] { "apellido", "paterno" },
            ["amaterno"] = new[] { "apellido", "materno" },
            ["appaterno"] = new[] { "apellido", "paterno" },
            ["apmaterno"] = new[] { "apellido", "materno" },
            ["apepaterno"] = new[] { "apellido", "paterno" },
            ["apematerno"] = new[] { "apellido", "materno" },
            ["appat"] = new[] { "apellido", "paterno" },
            ["apmat"] = new[] { "apellido", "materno" },
            ["apepat"] = new[] { "apellido", "paterno" },
            ["apemat"] = new[] { "apellido", "materno" },
            // Congo's "Post-Nom"/"Postnom" (Nom, Post-Nom, Prénom): a second family name, written after the first as a Spanish
            // mother's surname is. Its "post" is no qualifier of someone else's name.
            // An applicant's examinee number (Japanese "受験番号", Chinese "考生号", "准考证号"; Korean "수험번호" in
            // HeaderVocabulary.Languages): the number an admissions list knows the applicant by, as "Applicant No" is.
            ["受験番号"] = new[] { "応募者", "番号" },
            ["考生号"] = new[] { "申请人", "编号" },
            ["准考证号"] = new[] { "申请人", "编号" },
            ["postnom"] = new[] { "apellido", "materno" },
            ["postnoms"] = new[] { "apellido", "materno" },
        };

        private static readonly HashSet<string> UserNouns = new HashSet<string>(StringComparer.Ordinal);

        // Short words that are words only when written apart: as a part of a compound they would split "director" into
        // direct + or, "Campo" into cam + po, "Hotel" into the Vietnamese ho (family name) + tel. English "-ship" is a suffix
        // ("Membership", "Partnership", "Ownership"), never the shipping party; "Ship To" is listed written together. Italian
        // "nomi" would make "Denomination" de + nomi + nation.
        private static readonly HashSet<string> ApartOnly = new HashSet<string>(StringComparer.Ordinal) { "or", "po", "ip", "#", "ho", "ten", "so", "hp", "ship", "nomi", "mena", "jmena", "muu", "muut" };

        // Vietnamese words of several syllables, listed joined ("dienthoai"), and the one-syllable words a database's column name
        // puts before them without a space ("sodienthoai", "tennhanvien", "manhanvien": a Vietnamese program's own names).
        private static readonly HashSet<string> VietnameseJoined = new HashSet<string>(StringComparer.Ordinal);
        private static readonly string[] VietnameseHeads = { "ten", "ho", "so", "ma" };

        /// <summary>"tennhanvien" as "ten" + "nhanvien": a Vietnamese syllable before a listed word of several, written together.</summary>
        public static bool VietnameseCompound(string word, out List<string> parts)
        {
            parts = null!;
            foreach (var head in VietnameseHeads)
            {
                if (word.Length <= head.Length || !word.StartsWith(head, StringComparison.Ordinal)) continue;
                var tail = word.Substring(head.Length);
                if (!VietnameseJoined.Contains(tail)) continue;
                parts = new List<string> { head, tail };
                return true;
            }
            return false;
        }

        /// <summary>True for a short listed word that is never a part of a compound (or, po, ip).</summary>
        public static bool IsApartOnly(string word) => ApartOnly.Contains(word);

        /// <summary>True for a noun meaning a user of a system (user, Benutzer, usuario): with a name word, a login.</summary>
        public static bool IsUserNoun(string word) => UserNouns.Contains(word);

        /// <summary>True for a word that is the given name alone and the name with a qualifier (Lithuanian vardas, Latvian vārds).</summary>
        public static bool IsGivenOrName(string word) => word is "vardas" or "vards" or "vardo";

        /// <summary>True for a word meaning "electronic" (électronique, elektronisch, ηλεκτρονική, электронной, الإلكتروني).</summary>
        public static bool IsElectronic(string word) => Electronic.Contains(word);

        /// <summary>
        /// The words an abbreviation stands for ("empl" = employee); "Personal-Nr." and "Pers.-Nr." (German) are a staff number, as its
        /// abbreviated number word (nr, nummer) tells. Null when <paramref name="word"/> is none.
        /// </summary>
        public static string[]? Abbreviation(string word, string? next)
        {
            if (Abbreviations.TryGetValue(word, out var full)) return full;
            // "Pers.-Nr.", "Pers.Nr." (DATEV's payroll, German HR exports) the same, cut shorter; "Pat.-Nr.", "Pat_no" (Aeskulap's
            // Swiss practice software) the patient's.
            if (word is "personal" or "pers" && next is "nr" or "nummer") return new[] { "employee" };
            if (word == "pat" && next is "nr" or "no" or "nummer" or "num") return new[] { "patient" };
            // MYOB's card lists: "Co./Last Name" holds a company's name or a person's last name, a last name beside "First Name".
            if (word == "co" && next is "last" or "lastname" or "surname") return Array.Empty<string>();
            // 24SevenOffice's contacts: "ContactRolePhone", "ContactRoleEmail" (the contact's job, "Jobb" in its Swedish help) beside
            // the private "ContactPhone", "ContactEmail": a role's phone and e-mail are the work ones. "Role" alone is a job title.
            if (word is "role" && next != null && Of(next) is HeaderWord.Email or HeaderWord.Phone or HeaderWord.Mobile) return new[] { "work" };
            // "Reg No", "GeneralRegNo": a register's number, the person's as "GR No" is. Only before a number word: Kürschner's
            // "TelefonnummerReg" is the phone at the government office (Regierung), beside "…Parl" and "…WK".
            if (word == "reg" && next is "no" or "nr" or "num" or "number" or "nummer") return new[] { "gr" };
            // A CRM's account is the customer organisation (Moralius's "AccountContactEmail", as "Company Contact Email"): its
            // contact is the person to talk to there. "Account" alone stays a thing (a bank account, an account number).
            if (word == "account" && next is "contact" or "contacts") return new[] { "company" };
            // "First Email", "First Phone": the first of a contact's addresses or numbers, the primary one; "first" before a name is
            // the given name.
            if (word == "first" && next != null && Of(next) is HeaderWord.Email or HeaderWord.Phone or HeaderWord.Mobile) return new[] { "primary" };
            // South Slavic and Czech "Naziv partnera", "Název zákazníka" (e-računi's partners): the party's registered name, its firm's
            // where the given and family name are empty. Before a thing ("Naziv artikla") it stays the thing's.
            if (word is "naziv" or "nazev" or "nazov" && next != null && (Of(next) == HeaderWord.IdOwner || next.StartsWith("partner", StringComparison.Ordinal)))
                return new[] { "company" };
            // Insurance's "Named Insured" (Nexsure's client list): the insured as the policy names them, the party's name.
            if (word == "named" && next != null && Of(next) == HeaderWord.IdOwner) return new[] { "name" };
            // SLiMS's "inst_name": the institution's name.
            return word == "inst" && next is "name" or "nama" ? new[] { "institution" } : null;
        }

        /// <summary>
        /// An abbreviation written joined to a listed word ("custname", "CUSCODE", "emplno"): the words it stands for and the
        /// listed word; null otherwise. Asked only of a word the vocabulary does not list itself.
        /// </summary>
        public static string[]? JoinedAbbreviation(string word)
        {
            if (word.Length <= 4) return null;
            foreach (var pair in Abbreviations)
            {
                var head = pair.Key;
                if (head.Length >= word.Length - 1 || !word.StartsWith(head, StringComparison.Ordinal) || head.Any(c => c > 'z')) continue;
                var tail = word.Substring(head.Length);
                if (Exact(tail) == HeaderWord.Unknown || ApartOnly.Contains(tail) || Abbreviations.ContainsKey(tail)) continue;
                return pair.Value.Concat(new[] { tail }).ToArray();
            }
            return null;
        }

        /// <summary>Words for a document the state issues a person (a national id, a passport): never read, not even by values.</summary>
        internal static readonly HashSet<string> StateDocuments = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>True for a word naming a document the state issues a person ("Personnummer", "DNI", "Passport").</summary>
        public static bool IsStateDocument(string word) => StateDocuments.Contains(word);

        private static void AddParties()
        {
            // A login, user or member name names the account, not the person: unique in the exporting system, so an
            // identifier when no column names the person's own id. "User Name" written apart is joined ("username").
            AddFolded(HeaderWord.Login, "login logon username loginname logonname membername userlogin signin",
                "benutzername anmeldename nutzername benutzerkennung mitgliedsname", "nomutilisateur", "nombredeusuario", "nomeutente",
                "gebruikersnaam", "anvandarnamn", "nazwauzytkownika", "brugernavn brukernavn kayttajatunnus kayttajanimi kullaniciadi felhasznalonev",
                "логин логін", "ログイン ユーザー名 ユーザ名 用户名 用戶名 会员名 會員名 登录名 登入名 账号 帳號 사용자명 로그인", "اسمالمستخدم שםמשתמש 아이디");
            // The user's name written as one word: Estonian "Kasutajanimi", "Kasutajatunnus", Latvian "Lietotājvārds", Icelandic
            // "Notandanafn".
            AddFolded(HeaderWord.Login, "kasutajanimi kasutajatunnus lietotajvards notandanafn");
            // A radio amateur's call sign (Nkom's licence register: "Kallesignal"; "Callsign", "Rufzeichen", "Indicatif"): unique to its
            // holder as a login is, and a key where nothing else is. "Call Sign" written apart is joined.
            AddFolded(HeaderWord.Login, "callsign kallesignal anropssignal kaldesignal rufzeichen kutsutunnus", "znakwywolawczy", "позывной");
            // Korean "계정" (an account, as 账号 is): "인트라넷계정", the intranet account (a research institute's expert pool).
            AddFolded(HeaderWord.Login, "계정");
            AddFolded(HeaderWord.Neutral, "인트라넷");
            // A user noun is a login alone ("Usuário", "Utente") or with a name word ("Nombre de usuario", "Nome utente",
            // "Имя пользователя", "Kullanıcı adı"), but not numbered: Outlook's custom fields are "User 1" to "User 4".
            foreach (var word in FoldAll("user benutzer nutzer utilisateur usuario utente usuário gebruiker anvandare uzytkownik uzytkownika",
                "bruger bruker kayttaja kullanici felhasznalo utilizator utilizador utilizadores пользователь пользователя користувач користувача uzivatel pouzivatel",
                "χρηστης χρηστη المستخدم مستخدم משתמש", "ユーザー ユーザ 사용자",
                // Azerbaijani (Redmine's "İstifadəçi", the login), Mongolian ("Хэрэглэгчийн нэр", the user's name: Snipe-IT's login).
                "istifadəci istifadəcinin", "хэрэглэгч хэрэглэгчийн",
                // Estonian "Kasutaja nimi", Lithuanian "Naudotojo vardas", "Vartotojo vardas", Latvian "Lietotāja vārds", Icelandic
                // "Notandi" (LibreBooking's, Snipe-IT's user lists).
                "kasutaja kasutajate naudotojo naudotojas vartotojo vartotojas lietotajs lietotaja notandi notanda",
                // The South Slavic user adjective ("Потребителско име", Bulgarian; "Корисничко име", "Korisničko ime", Serbian,
                // Macedonian, Croatian; "Uporabniško ime", Slovenian).
                "потребителско корисничко korisnicko uporabnisko",
                // Persian and Dari "کاربر" (Roshdgar's orders: the customer's user, by name), Sorani "بەکارهێنەر" (DokuWiki's
                // user manager: the login), Pashto "کارن".
                "کاربر بەکارهێنەر کارن",
                // The Czech and Slovak adjective ("Uživatelské jméno": PostfixAdmin's mailbox list in Czech; "Používateľské meno").
                "uzivatelske uzivatelsky uzivatelskeho pouzivatelske pouzivatelsky pouzivatelskeho"))
            {
                UserNouns.Add(word);
                if (!Words.ContainsKey(word)) Words.Add(word, HeaderWord.Neutral);
            }
            // The party goods are sent to: its place and company rank after the file's main party's, and its e-mail, phone,
            // name and id are never the contact's. ("Recipient" is not among them: newsletter tools call the subscriber so.)
            AddFolded(HeaderWord.Shipping, "ship shipping shipto shipment delivery deliver consignee", "versand lieferung liefer lieferadresse empfangsadresse",
                "livraison expedition", "envio entrega", "spedizione consegna", "envio entrega remessa", "levering bezorging verzending",
                "leverans frakt", "dostawa wysylka dostawy", "доставка доставки доставку", "配送 発送 届け先 收货 收貨 配送先", "배송 배송지");
            // A team's captain is the team's contact: a registration of teams (a hike's or a tournament's) names the captain with
            // e-mail and phone, and the other members by name only ("Kapteinis", "Kapteiņa e-pasts", "Kapteiņa tālrunis",
            // "Dalībnieks 2"). Latvian, Lithuanian and Estonian are written with their genitive.
            Captains.UnionWith(FoldAll("captain teamcaptain skipper kapitan kapitana kapitän mannschaftsfuhrer mannschaftskapitan spielfuhrer",
                "capitaine capitan capitano capitao aanvoerder kapten lagkapten kaptein kaptajn kapteeni kapitany",
                "kapteinis kapteina kapitonas kapitono kapteni kaptan kaptani капитан капитана капітан капітана"));
            AddFolded(HeaderWord.IdOwner, string.Join(" ", Captains));
            // The file's main party (a shop's buyer, an event's attendee, a card's holder): whose own number is an id.
            AddFolded(HeaderWord.IdOwner, "attendee participant registrant subscriber buyer purchaser cardholder holder invitee guest",
                "gast eingeladene eingeladener", "invite invitee", "invitado invitada huesped", "invitato invitata ospite", "convidado convidada hospede",
                "genodigde",
                // A guest in Slavic languages (a Slovenian restaurant's survey: "Ime gosta", the guest's name).
                "gost gosta gostu gosti gostov gosc goscia гость гостя гост госта",
                "teilnehmer teilnehmende kaufer abonnent", "participant inscrit acheteur abonne", "participante inscrito comprador suscriptor",
                "partecipante iscritto acquirente abbonato", "participante inscrito comprador assinante", "deelnemer koper abonnee",
                "deltagare kopare prenumerant", "uczestnik kupujacy subskrybent", "участник покупатель клиент клиента подписчик",
                "العميل عميل לקוח הלקוח",
                // "الزبون", the customer in the Levant and the Gulf (PHP Point of Sale's Arabic "هوية الزبون", the customer's id).
                "الزبون زبون الزبائن زبائن",
                // The buyer in more languages (Tokopedia's "Nama Pembeli"). Not Turkish "alıcı", a parcel's recipient as often.
                "pembeli vevo vevoje cumparator cumparatorul kjoper kober ostaja покупець покупця αγοραστης 买家 买方 買家 買方 ผู้ซื้อ");
            // Whoever applied, enrolled or booked (a recruiting tool's "Candidate Name", a grant's "Applicant Email", snplab's
            // "지원자명", "申込者名", "Başvuran Adı"): the file's main party, as a buyer is a shop's.
            AddFolded(HeaderWord.IdOwner, "applicant applicants candidate candidates booker requester enrollee enrolee",
                "bewerber bewerberin antragsteller antragstellerin anmelder", "candidat candidate demandeur demandeuse postulant postulante",
                "solicitante postulante aspirante candidato candidata", "richiedente candidato candidata", "candidato candidata requerente",
                "aanvrager aanvraagster sollicitant kandidaat", "sokande kandidat", "wnioskodawca kandydat kandydatka", "заявитель кандидат соискатель",
                "заявник кандидат", "zadatel uchazec zadatelka uchazecka", "ziadatel uchadzac", "hakija", "ansoger", "soker", "basvuran aday",
                "jelentkezo palyazo kerelmezo", "solicitant candidat", "αιτων αιτουσα υποψηφιος υποψηφια",
                "申请人 申請人 报名人 報名人 申请者 申請者 应聘者 應聘者 购买人 購買人 购买者 購買者 订购人 訂購人 预约人 預約人",
                "応募者 申込者 申請者 購入者 注文者 予約者 利用者 受講者", "지원자 신청자 응모자 가입자 구매자 주문자 예약자 이용자 수강생",
                "متقاضی", "المتقدم مقدم", "מועמד מועמדת מבקש", "ungvien", "ผู้สมัคร", "pelamar pemohon pendaftar", "आवेदक");
            // A voters' register's person (an Iraqi campaign's "رقم الناخب", a party's "Voter No", "Wählernummer"): the row is the
            // voter, so the register's number for them keys it, as a member's number does a club's.
            // Not the words a dotted abbreviation of another would share its start with (HeaderScripts.Abbreviated): "elector",
            // "électeur", "elettore", "eleitor" beside "Correo elec.", "Posta elettr.", "E-mail elet."; "volič", "választó",
            // "velger", "alegător" beside "vol.", "vala.", "vel.", "ale.".
            AddFolded(HeaderWord.IdOwner, "voter voters", "wahler wahlerin", "votante", "kiezer", "valjare", "wyborca",
                "secmen secmenin", "ψηφοφορος εκλογεας", "избиратель избирателя виборець виборця", "ناخب الناخب", "בוחר",
                "选民 選民 有権者 유권자", "pemilih", "मतदाता");
            // A conference's speakers (EventoL's proposals: "Nombre del disertante", "Correo del disertantes"; "Speaker Email"):
            // in a list of talks, the person each row names. Not Ukrainian "доповідач": "Доп." would read as its abbreviation,
            // where it is "додатковий"/"дополнительный", an additional phone.
            // (Not "presenter", "lecturer", "Redner", "ponente", "spreker", "talare", "спикер", "conférencier": "pres.", "lect.",
            // "red.", "pon.", "spr.", "tala.", "спи." abbreviate other listed words, "Conf." a confirmation as often, Russian "Док." a document.)
            AddFolded(HeaderWord.IdOwner, "speaker speakers", "vortragende vortragender",
                "intervenant intervenante orateur oratrice", "disertante disertantes orador oradora",
                "relatore relatrice", "palestrante palestrantes", "prelegent prelegentka",
                "konusmaci", "登壇者 講演者 発表者", "讲者 講者 演讲者 演講者 讲师 講師", "연사 발표자", "pembicara narasumber");
            // A place of birth or origin is not where the contact is (and a row's country becomes its phones' region).
            AddFolded(HeaderWord.Blocker, "birth birthplace nationality citizenship origin", "geburt geburtsort geburtsland herkunft staatsangehorigkeit",
                "naissance nationalite origine", "nacimiento nacionalidad origen", "nascita nazionalita origine", "nascimento nacionalidade origem",
                "geboorte geboorteplaats nationaliteit herkomst", "fodelse fodelseort nationalitet", "urodzenia obywatelstwo pochodzenie");
            // A document the state issues a person, and its number: a national identity card or number, a passport ("National
            // ID" beside a barangay's "First Name", "Citizen ID", "DNI", "CURP", "Personnummer", "کد ملی"; Hungary's "Oktatási
            // azonosító", the state's number for every pupil, and its "Diákigazolvány", the state's student card). Personal data
            // the helpdesk has no use for, and never the record's key: it would merge one person's records from two systems. Not
            // "identity" itself: alone it is the record's id in some exports (Greek "Ταυτότητα", Arabic "هوية الزبون"), and an ID
            // number keeps its own rule (the person's only in a file about persons).
            // Their values look like phone numbers (Sweden's 19990312-4821), so such a column is never sniffed for a phone either.
            StateDocuments.UnionWith(FoldAll("national citizen passport aadhaar aadhar philsys", "staatsburger reisepass personalausweis ausweis",
                "nationale passeport", "nacional ciudadano ciudadania pasaporte dni curp cedula",
                "nazionale passaporto", "cidadao passaporte", "nationaal paspoort bsn burgerservicenummer",
                "personnummer fodselsnummer kennitala", "paszport dowod", "паспорт снилс", "obcansky rodne", "kimlik pasaport", "szemelyi utlevel igazolvany diakigazolvany oktatasi",
                "cnp pasaport buletin", "διαβατηριο αμκα", "jmbg emso", "الوطني وطني الوطنية وطنية جواز", "ملی گذرنامه پاسپورت",
                "זהות דרכון", "身份证 身分證 护照 護照", "マイナンバー 旅券 パスポート", "주민등록번호 주민번호 여권", "cmnd cccd hochieu",
                "ประชาชน หนังสือเดินทาง", "ktp paspor nric mykad hkid hkic nik nisn", "आधार पासपोर्ट नागरिकता", "nan nortasun"));
            AddFolded(HeaderWord.Blocker, string.Join(" ", StateDocuments));
            // "Attendee #", "Member #": the sign for number. ("Ship To" is read as the one listed word "shipto": a listed
            // "to" would make "Topic" a compound of to + pic, an avatar.)
            AddFolded(HeaderWord.Number, "#");
            AddFolded(HeaderWord.Neutral, "original postal po mailing", "", "postale", "postal", "postale", "postal");
            // kissj's "registration email" beside "contact email": the address the person registered with is their own, as the
            // mailing one is. "Registration Number" and "Registration Date" keep their own rules (a number, a date).
            AddFolded(HeaderWord.Neutral, "registration");
            // Danish and Norwegian "Registreringsnummer" (OpenEduCat's student register number), cut at the number word: a
            // register's number is the person's, as "Reg No" and "GR No" are.
            AddFolded(HeaderWord.IdOwner, "registrerings");
            // Greek "Αριθμός μητρώου" (the register's number: Open eClass's students, a member register), as "Reg No" is.
            AddFolded(HeaderWord.IdOwner, "μητρωου μητρωο");
            // Finnish genitives: "Kännykän numero", "Matkapuhelimen numero" (the mobile's number: FrontlineSMS in Finnish).
            AddFolded(HeaderWord.Mobile, "kannykan matkapuhelimen");

            // Arabic and Hebrew (see the sources above).
            AddFolded(HeaderWord.Email, "البريد بريد البريدالالكتروني \u05D3\u05D5\u05D0\u05DC אימייל מייל דואראלקטרוני");
            AddFolded(HeaderWord.Phone, "الهاتف هاتف رقمالاتصال טלפון הטלפון");
            AddFolded(HeaderWord.Mobile, "المحمول محمول الجوال جوال נייד הנייד");
            AddFolded(HeaderWord.First, "الاسمالاول اسمالاول שםפרטי");
            // "Prename" (the given name in the English of Swiss and German software: W&W ImmoTop's "user1_prename" beside
            // "user1_name").
            AddFolded(HeaderWord.First, "prename prenames");
            // A call record's caller ("caller_id_name", "caller_id_number": FusionPBX's and Asterisk's call records): the caller's
            // name and number, read joined. "Caller ID" alone is the number a phone shows.
            AddFolded(HeaderWord.Phone, "callerid calleridnumber calleridnum callernumber callingnumber");
            AddFolded(HeaderWord.Name, "calleridname callername");
            // "الأسماء الأولى" (the first names: Go Vocal's attendees in Moroccan Arabic): "first" in either gender qualifies a name.
            AddFolded(HeaderWord.Given, "الاول الأول الاولى الأولى");
            AddFolded(HeaderWord.Middle, "الاسمالثاني שםאמצעי");
            AddFolded(HeaderWord.Last, "الاسمالاخير اسمالعائلة الاسمالعائلة שםמשפחה");
            AddFolded(HeaderWord.Full, "العرض להצגה");
            // "שם מלא" (the full name); "מס' פלאפון" (the cellphone's number: Pelephone, the first carrier, names the phone
            // itself, as "סלולרי", cellular, does); "ממליץ" (who recommended the family) is someone else.
            AddFolded(HeaderWord.Full, "מלא המלא");
            AddFolded(HeaderWord.Mobile, "פלאפון הפלאפון סלולרי סלולר");
            AddFolded(HeaderWord.Number, "מס");
            AddFolded(HeaderWord.Elsewhere, "ממליץ ממליצה הממליץ");
            AddFolded(HeaderWord.Name, "الاسم اسم שם");
            AddFolded(HeaderWord.Company, "الشركة شركة المنظمة منظمة المؤسسة مؤسسة חברה החברה ארגון הארגון");
            AddFolded(HeaderWord.City, "المدينة مدينة עיר העיר");
            AddFolded(HeaderWord.Country, "الدولة دولة البلد بلد מדינה המדינה ארץ");
            AddFolded(HeaderWord.Id, "المعرف معرف מזהה מספרזיהוי ид айди");
            // Greek "Ταυτότητα" alone (identity) heads the record's id (HospitalRun's Greek "Id"); "Αριθμός Ταυτότητας", the
            // identity card's number, is another word.
            AddFolded(HeaderWord.Id, "ταυτοτητα");
            // "هوية": an identity, the id of a record ("هوية الزبون"); "رقم الهوية" is then an ID number, as "ID Number" is.
            AddFolded(HeaderWord.Id, "هوية الهوية");
            AddFolded(HeaderWord.Number, "الرقم رقم מספר");
            AddFolded(HeaderWord.Work, "العمل עבודה");
            // An office is where the work phone is ("טלפון במשרד", "هاتف المكتب"); "additional" is a second one ("טלפון נוסף").
            AddFolded(HeaderWord.Work, "مكتب משרד");
            AddFolded(HeaderWord.Secondary, "اضافي إضافي اضافية إضافية נוסף נוספת");
            // The plural: "טלפונים נוספים" (more phones, a list in one cell).
            AddFolded(HeaderWord.Phone, "טלפונים הטלפונים");
            AddFolded(HeaderWord.Secondary, "נוספים נוספות");
            // "תיבת דואר אלקטרוני" (an e-mail box) is the e-mail; "טלפון בעדיפות 3" (phone, priority 3) the third phone.
            AddFolded(HeaderWord.Neutral, "תיבת עדיפות priority");
            AddFolded(HeaderWord.Home, "المنزل בית");
            AddFolded(HeaderWord.Address, "العنوان عنوان כתובת");
            // Greek, Russian, Czech and Slovak name a company by its name: "Επωνυμία" (a business's registered name),
            // "Название/Наименование организации", "Název společnosti".
            AddFolded(HeaderWord.Company, "επωνυμια επωνυμιας επιχειρηση επιχειρησης spolecnosti spolocnosti организации компании");
            // Their word for the name of a thing is never a person's name: alone it names nothing.
            AddFolded(HeaderWord.Neutral, "название наименование назва найменування nazev nazov");

            foreach (var word in FoldAll("electronic electronique elektronische elektronischer elektronisch electronico electronica elettronico elettronica",
                "eletronico eletronica elektronisk elektroniczny elektroniczna elektronicky elektronicka elektronik elektroniikka elektronikoa",
                "электронной электронная электронный електронна електронної ηλεκτρονικη ηλεκτρονικης ηλεκτρονικο ηλεκτρονικου",
                "الالكتروني الكتروني אלקטרוני אלקטרונית 電子 电子 전자"))
            {
                Electronic.Add(word);
                if (!Words.ContainsKey(word)) Words.Add(word, HeaderWord.Neutral);
            }
        }
    }
}
