using System;
using System.Collections.Generic;

namespace LiveDesk.Input
{
    // The field words of South Asian, Burmese, Swahili and Amharic forms, as their contact and sign-up pages write them
    // ("முதல் பெயர்", "కుటుంబ పేరు", "ইমেইল", "ਸ਼ਹਿਰ", "အမည်", "Jina la kwanza", "Barua pepe", "ስልክ ቁጥር"), and a few words of
    // languages listed elsewhere that name the same fields ("Luogo" is the place one lives in, the city; German
    // "Arbeitsplatz" is the workplace). Vowel signs and viramas are folded away as in every header, so a word matches
    // however its marks were typed.
    internal static partial class HeaderVocabulary
    {
        // A database is the system that numbered the record too (MeOS's Swedish start lists: "Databas nr.", the runner's number in
        // the federation's database).
        private const string SystemList = "system systeme systeem sistema systemu systemy систем система システム 系统 系統 시스템 "
            + "database databas datenbank databaze baza бд データベース 数据库 데이터베이스";

        private static readonly HashSet<string> SystemWords = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>
        /// True for "system" in any language: alone beside a number word the system's number of the record ("系统编号", "System
        /// Number", "Systemnummer"), its own key.
        /// </summary>
        public static bool IsSystemWord(string word) => SystemWords.Contains(word);

        private static void AddSouth()
        {
            // Tamil, Telugu, Kannada, Malayalam, Bengali, Marathi, Gujarati, Punjabi, Sinhala, Nepali, Urdu, Burmese,
            // Swahili, Amharic: one string per language, in that order, in each line.
            AddFolded(HeaderWord.Name, "பெயர் பெயர்", "పేరు", "ಹೆಸರು", "പേര്", "নাম", "नाव", "નામ", "ਨਾਮ ਨਾਂ", "නම", "नाम", "نام", "အမည် နာမည်",
                "jina majina", "ስም");
            AddFolded(HeaderWord.First, "முதல்", "మొదటి", "ಮೊದಲ", "ആദ്യ ആദ്യത്തെ", "প্রথম", "पहिले", "પ્રથમ પહેલું", "ਪਹਿਲਾ", "මුල්",
                "पहिलो", "پہلا", "", "kwanza", "የመጀመሪያ");
            AddFolded(HeaderWord.Last, "கடைசி குடும்பப்பெயர் குடும்ப", "చివరి ఇంటిపేరు కుటుంబ", "ಕೊನೆಯ ಉಪನಾಮ ಕುಟುಂಬ", "അവസാന കുടുംബപ്പേര്",
                "শেষ পদবি পদবী", "आडनाव", "છેલ્લું અટક", "ਆਖਰੀ ਉਪਨਾਮ", "අවසන් වාසගම", "थर", "آخری", "", "ukoo mwisho", "የአባት የቤተሰብ");
            AddFolded(HeaderWord.Full, "முழு", "పూర్తి", "ಪೂರ್ಣ", "പൂർണ്ണ മുഴുവൻ", "পূর্ণ পুরো", "पूर्ण संपूर्ण", "પૂરું સંપૂર્ણ", "ਪੂਰਾ",
                "සම්පූර්ණ", "पूरा", "پورا مکمل", "အပြည့်အစုံ", "kamili", "ሙሉ");
            AddFolded(HeaderWord.Email, "மின்னஞ்சல்", "ఇమెయిల్ ఈమెయిల్", "ಇಮೇಲ್ ಇಮೈಲ್", "ഇമെയിൽ ഇ-മെയിൽ", "ইমেইল ইমেল", "ईमेल", "ઈમેલ ઇમેઇલ",
                "ਈਮੇਲ", "ඊමේල් විද්‍යුත්තැපෑල", "इमेल", "ایمیل ای‌میل", "အီးမေးလ်", "baruapepe", "ኢሜይል ኢሜል");
            AddFolded(HeaderWord.Phone, "தொலைபேசி தொலைப்பேசி", "ఫోన్ టెలిఫోన్", "ಫೋನ್ ದೂರವಾಣಿ", "ഫോൺ ടെലിഫോൺ", "ফোন টেলিফোন", "फोन दूरध्वनी",
                "ફોન ટેલિફોન", "ਫ਼ੋਨ ਫੋਨ", "දුරකථන", "फोन", "فون ٹیلیفون", "ဖုန်း တယ်လီဖုန်း", "simu", "ስልክ");
            AddFolded(HeaderWord.Mobile, "மொபைல் கைபேசி அலைபேசி", "మొబైల్", "ಮೊಬೈಲ್", "മൊബൈൽ", "মোবাইল মুঠোফোন", "मोबाईल भ्रमणध्वनी", "મોબાઇલ",
                "ਮੋਬਾਈਲ", "ජංගම", "मोबाइल", "موبائل", "မိုဘိုင်း", "mkononi rununu", "ሞባይል");
            AddFolded(HeaderWord.Number, "எண்", "సంఖ్య నంబర్", "ಸಂಖ್ಯೆ", "നമ്പർ", "নম্বর", "क्रमांक", "નંબર", "ਨੰਬਰ", "අංකය",
                "नम्बर", "نمبر", "နံပါတ်", "namba nambari", "ቁጥር");
            AddFolded(HeaderWord.City, "நகரம் ஊர்", "నగరం పట్టణం", "ನಗರ ಊರು", "നഗരം", "শহর", "शहर", "શહેર", "ਸ਼ਹਿਰ", "නගරය",
                "सहर", "شہر", "မြို့", "mji jiji", "ከተማ");
            AddFolded(HeaderWord.Country, "நாடு", "దేశం", "ದೇಶ", "രാജ്യം", "দেশ", "देश", "દેશ", "ਦੇਸ਼", "රට", "देश", "ملک", "နိုင်ငံ",
                "nchi", "ሀገር አገር");
            AddFolded(HeaderWord.Company, "நிறுவனம்", "కంపెనీ సంస్థ", "ಕಂಪನಿ ಸಂಸ್ಥೆ", "കമ്പനി സ്ഥാപനം", "কোম্পানি প্রতিষ্ঠান", "कंपनी",
                "કંપની", "ਕੰਪਨੀ", "සමාගම", "कम्पनी", "کمپنی ادارہ", "ကုမ္ပဏီ", "kampuni", "ኩባንያ ድርጅት");
            // FrontlineSMS's Swahili "Nambari inayosogea sogea" (the number that moves about: its "Mobile Number", the contact's
            // main number) beside "Nambari ya simu ya mkononi" (its other number).
            AddFolded(HeaderWord.Mobile, "inayosogea sogea");
            // Swahili "of" joins a name to its qualifier ("Jina la kwanza", "Simu ya mkononi", "Nambari ya simu").
            AddFolded(HeaderWord.Connector, "ya wa cha za", "ነው");

            AddFolded(HeaderWord.Address, "முகவரி", "చిరునామా", "ವಿಳಾಸ", "വിലാസം", "ঠিকানা", "पत्ता", "સરનામું", "ਪਤਾ", "ලිපිනය",
                "ठेगाना", "پتہ", "လိပ်စာ", "anwani", "አድራሻ");

            AddFolded(HeaderWord.City, "luogo", "wohnort");
            // "Telefon am Arbeitsplatz": the phone at the workplace.
            AddFolded(HeaderWord.Work, "arbeitsplatz");
            // A direct line is the person's own at work: German "Durchwahl", Japanese "直通" (Eight's "TEL直通"), "ダイヤルイン".
            AddFolded(HeaderWord.Work, "durchwahl", "直通 ダイヤルイン");
            AddFolded(HeaderWord.Connector, "am im beim");
            // Turkish: "Üye kimliği" (the member's id), "Müşteri kimliği".
            AddFolded(HeaderWord.Id, "kimlik kimligi");
            // Whose number: Arabic "رقم العضو" (the member's number); Polish "Nazwa firmy" (the company's name, genitive).
            AddFolded(HeaderWord.IdOwner, "العضو عضو");
            AddFolded(HeaderWord.Company, "firmy");
            // Hungarian "Alkalmazotti szám" (employee number); Finnish "Kotikunta" (home municipality: the town); Dutch
            // "Identificatienummer" (identification number).
            AddFolded(HeaderWord.IdOwner, "alkalmazotti alkalmazott dolgozoi");
            AddFolded(HeaderWord.City, "kunta kotikunta kaupunki");
            AddFolded(HeaderWord.Id, "identificatie");
            // RapidPro and TextIt name a contact's addresses by scheme: "URN:Tel", "URN:Whatsapp" (a WhatsApp number is a
            // mobile number). "urn" names the kind of column, not a field; Viber, like WhatsApp, is reached by a mobile number.
            AddFolded(HeaderWord.Neutral, "urn");
            AddFolded(HeaderWord.Mobile, "viber");
            // Turkish "Soyisim" (surname, beside "İsim"); Portuguese "Nome de exibição" (display name); Spanish "Nación de
            // residencia" (the country one lives in; "Nacionalidad" is a blocker); a library's members: "borrower", "patron".
            AddFolded(HeaderWord.Last, "soyisim soyismi");
            AddFolded(HeaderWord.Full, "exibicao");
            AddFolded(HeaderWord.Country, "nacion");
            AddFolded(HeaderWord.IdOwner, "borrower patron");
            // A chat's visitor is the person a live-chat export is about (Live Helper Chat's "Külastaja nimi", "Visitor ID").
            AddFolded(HeaderWord.IdOwner, "visitor visitors besucher visiteur visitante visitatore bezoeker besokare odwiedzajacy",
                "посетитель посетителя відвідувач відвідувача navstevnik navstevnika kavija kulastaja apmekletajs apmekletaja lankytojas",
                "lankytojo latogato vizitator επισκεπτης 访客 訪客 訪問者 방문자 방문객 מבקר");
            // A trainee or apprentice is the person a course or training provider's list is of (a riding school's and a
            // MEBBİS driving school's "Kursiyer No", France's "Identifiant Stagiaire"), as a student is; so is the individual
            // a public register names ("Individu.Nom", a French region's trainee extract).
            AddFolded(HeaderWord.IdOwner, "trainee trainees apprentice apprentices intern interns kursiyer kursiyerin stagiaire stagiaires",
                "apprenti apprentie auszubildende auszubildender azubi praktikant praktikantin kursant kursanta kursanci kursteilnehmer",
                "cursista cursisti cursante cursantes aprendiz aprendices tirocinante stazysta stazystka harjoittelija stagiair",
                "individu individus individuo individuos");
            // A worker is whom a contractor-compliance or payroll list is of (FacilControl's "Trabajador", a Chilean contractor's
            // workers; "Colaborador", Brazilian and Mexican HR's staff member), as an employee is.
            AddFolded(HeaderWord.IdOwner, "worker workers trabajador trabajadora trabajadores trabajadoras colaborador colaboradora colaboradores",
                "trabalhador trabalhadora trabalhadores arbeiter arbeiterin arbeitnehmer arbeitnehmerin travailleur travailleuse lavoratore lavoratrice",
                "operario operaria obrero obrera werknemer arbetare arbetstagare");
            // The donor is the file's person in a donation export (GiveWP's "Donor Phone Number"): a word that says nothing
            // more, so the donor's linked site account ("User ID") stays the donor's.
            AddFolded(HeaderWord.Neutral, "donor donors spender donateur donante donatore doador darczynca");
            // A landline: Italian "Telefono fisso", French "Téléphone fixe", Spanish "Teléfono fijo", Portuguese "Telefone
            // fixo": a phone, like Hungarian "vezetékes".
            AddFolded(HeaderWord.Phone, "fisso fixe fijo fixo");
            // The same in the Balkans (SPC registar's "tel_fiksni" beside "tel_mobilni"; Croatian "Fiksni telefon", Albanian
            // "Telefon fiks"), Greek "σταθερο", Turkish "sabit", Bulgarian and Macedonian "стационарен", "фиксен" beside "телефон".
            AddFolded(HeaderWord.Phone, "fiksni fiksna fiksnog fiksen fiks fiksi sabit σταθερο σταθερου");
            // In Cyrillic a qualifier of the phone word, as Russian "стационарный" is (a dotted "Стац." stays its abbreviation).
            AddFolded(HeaderWord.Neutral, "фиксни фиксен фиксна стационарен стационарни");
            // Dutch "vast" (fixed: "Telefoonnummer_vast", "Vaste telefoon", a landline beside "Telefoonnummer_mobiel").
            AddFolded(HeaderWord.Phone, "vast vaste");
            // Basque: "Izena" (name; the given name beside "Abizenak", the family names), "Hiria" (city), "Herrialdea"
            // (country), "Estatua" (the state: a country only where no column names one, as German "Staat").
            AddFolded(HeaderWord.NamePart, "izena");
            AddFolded(HeaderWord.Last, "abizena abizenak");
            AddFolded(HeaderWord.City, "hiria herria");
            AddFolded(HeaderWord.Country, "herrialdea estatua");
            // "Lehen abizena", "Bigarren abizena" (the first and second surnames, as "Primer apellido"); "Mugikorra" (the mobile),
            // "Helbidea" (the address); "Adina" (the age), a word of its own, not a compound of short words of other languages;
            // "NAN" (Nortasun Agiri Nazionala, the DNI) is the state's document (HeaderVocabulary.Parties).
            AddFolded(HeaderWord.Primary, "lehen lehenengo");
            AddFolded(HeaderWord.Secondary, "bigarren");
            AddFolded(HeaderWord.Mobile, "mugikorra mugikor");
            AddFolded(HeaderWord.Address, "helbidea helbide");
            AddFolded(HeaderWord.Neutral, "adina jaiotze");
            // Malagasy: "Anarana" (the name; beside the given names, the surname), "Fanampin'anarana", shortened "Fanampiny" in
            // a church's members list (the given names), "Finday" (the mobile), "Telefaonina", "Mailaka", "Adiresy". Haitian Creole:
            // "Non" (the name; beside "Siyati", the surname, the given name), "Imèl", "Adrès".
            AddFolded(HeaderWord.NamePart, "anarana non");
            ApartOnly.Add("non");
            // Central and West African French writes the names in the plural as it writes "Prénoms": "Noms", "Post-noms",
            // "Prénoms" (a Congolese register), "Nom et Prénoms".
            AddFolded(HeaderWord.NamePart, "noms");
            AddFolded(HeaderWord.First, "fanampinanarana fanampiny");
            AddFolded(HeaderWord.Last, "siyati");
            AddFolded(HeaderWord.Mobile, "finday");
            AddFolded(HeaderWord.Phone, "telefaonina");
            AddFolded(HeaderWord.Email, "mailaka imel");
            AddFolded(HeaderWord.Address, "adiresy");
            // A satellite phone (a field office's staff directory in Chad: "Mobile 1", "Mobile 2", "Thuraya"): a phone, used
            // where the mobiles are empty.
            AddFolded(HeaderWord.Phone, "thuraya iridium inmarsat satphone");
            // Kinyarwanda and Kirundi: "Amazina" (the names, given and family: the whole name), "Izina", "Nimero" (the number; a
            // cooperative's members report keys its members so), "Aderesi". Luganda "Erinnya", "Essimu". Somali: "Magaca" (the
            // name; "Magaca Ardayga", the student's), "Ardayga", "Taleefanka", "Cinwaanka" (the address), "Magaalada" (the town).
            AddFolded(HeaderWord.Name, "amazina izina erinnya magaca magac");
            AddFolded(HeaderWord.Number, "nimero");
            AddFolded(HeaderWord.Address, "aderesi cinwaanka cinwaan");
            AddFolded(HeaderWord.Phone, "essimu taleefanka taleefan");
            AddFolded(HeaderWord.IdOwner, "arday ardayga ardayda");
            // Swahili in Primero's tracing requests: "Jina la Muulizaji" (the inquirer's name: the person asking to trace a
            // child), "Mwombaji" (an applicant), and "Utambulisho / Kitambulisho" (the identification: the record's id, as
            // Kolibri's "Kitambulisho (IDENTIFIER)" is).
            AddFolded(HeaderWord.IdOwner, "muulizaji mwombaji waombaji");
            // A Kenyan cash-transfer register on Ona ("namba_ya_mnufaika": the beneficiary's number; "jina_la_kati": the middle name).
            AddFolded(HeaderWord.IdOwner, "mnufaika wanufaika mnufaikaji");
            AddFolded(HeaderWord.Middle, "kati");
            // The holder of a benefit, a contract or an account ("nombres_titular", "celular_titular": a Colombian cash transfer's
            // household head on SurveyCTO): the party the record is about, as a card's holder is.
            AddFolded(HeaderWord.IdOwner, "titular titulaire");
            // Whoever raised a ticket or submitted a form ("Raised By (Email)": Frappe Helpdesk's and ERPNext's requester, read
            // joined): the party the row is of, unlike whoever created or modified the record.
            AddFolded(HeaderWord.IdOwner, "raisedby submittedby reportedby requestedby");
            AddFolded(HeaderWord.Id, "utambulisho");
            // A case-management file's case is the person's record (CommCare's "caseid", "case_name"; Sahana Eden's "Case"; Primero),
            // as a patient's is; a post's or report's author is the person who wrote it (Ushahidi's "author_realname").
            AddFolded(HeaderWord.IdOwner, "case cases author authors");
            AddFolded(HeaderWord.City, "magaalada magaalo");
            // Welsh: "Enw cyntaf", "Enw olaf" (the first and last name: Open Food Network's Welsh reports), "Cyfenw" (the surname),
            // "E-bost", "Ffôn symudol" (the mobile), "Cyfeiriad" (the address), "Tref", "Gwlad", "Cwmni".
            AddFolded(HeaderWord.NamePart, "enw");
            AddFolded(HeaderWord.Given, "cyntaf");
            AddFolded(HeaderWord.Last, "olaf cyfenw");
            AddFolded(HeaderWord.Email, "ebost");
            AddFolded(HeaderWord.Phone, "ffon");
            AddFolded(HeaderWord.Mobile, "symudol");
            AddFolded(HeaderWord.Address, "cyfeiriad");
            AddFolded(HeaderWord.City, "tref");
            AddFolded(HeaderWord.Country, "gwlad");
            AddFolded(HeaderWord.Company, "cwmni");
            // Welsh "Enw llawn" (the full name), "Rhif ffôn" (the phone's number: a Wagtail form in Welsh), "Cyfeiriad e-bost".
            AddFolded(HeaderWord.Full, "llawn");
            AddFolded(HeaderWord.Number, "rhif");
            // Māori, as Silverstripe's te reo locale heads its members ("Ingoa Tuatahi", the first name; "Ingoa Whānau", the family
            // name; "Īmēra"): "ingoa" is a name, "tuatahi" first, "whānau" the family; "Waea" the phone, "Waea pūkoro" the mobile,
            // "Wāhitau" the address, "Kamupene" the company.
            AddFolded(HeaderWord.NamePart, "ingoa");
            AddFolded(HeaderWord.Given, "tuatahi");
            AddFolded(HeaderWord.Last, "whanau ingoawhanau");
            AddFolded(HeaderWord.Email, "imera");
            AddFolded(HeaderWord.Phone, "waea");
            AddFolded(HeaderWord.Mobile, "pukoro");
            AddFolded(HeaderWord.Address, "wahitau");
            AddFolded(HeaderWord.Company, "kamupene");
            // A pupil's legal guardian in French school registers (SIECLE's "Courriel resp. légal1", "Nom de famille resp.
            // légal2": the responsable légal), written apart and read as one word: someone else.
            AddFolded(HeaderWord.Elsewhere, "resplegal responsablelegal representantlegal tuteurlegal");
            // Finnish "Etunimet" (the given names, plural: KOSKI's study records), "Oppijanumero" (the learner's number: oppija,
            // the learner); Polish "Nr albumu" (a university student's album number, the student's own).
            AddFolded(HeaderWord.First, "etunimet");
            AddFolded(HeaderWord.IdOwner, "oppija oppijan albumu");
            // Portuguese and Spanish "para" (for): "WhatsApp para contato", "Telefone para contato" (the phone to reach the person
            // at), as "Phone for contact" is.
            AddFolded(HeaderWord.Connector, "para");
            // Thai "ไอดี" is "ID" written in Thai letters (OSPOS); Japanese addresses name the municipality "市区町村" or
            // "市町村区" (a town, a village or a ward of a city): the contact's town.
            AddFolded(HeaderWord.Id, "ไอดี");
            AddFolded(HeaderWord.City, "市区町村 市町村 市町村区 区市町村");
            // Czech and Slovak "Osobní číslo", "Osobné číslo" (the personal number an employer gives: iTop's employee
            // number); Hungarian "Szervezeti egység" (the organisation's unit the person belongs to).
            AddFolded(HeaderWord.IdOwner, "osobni osobne");
            AddFolded(HeaderWord.Company, "szervezeti");
            AddFolded(HeaderWord.Neutral, "egyseg");
            AddFolded(HeaderWord.NamePart, "neve");
            // German "Länderkennung" (the country's code) is one word: not "la" + "der" + "Kennung" (an id). Ukrainian and
            // Russian "населений пункт" (a settlement) is the town.
            AddFolded(HeaderWord.Country, "landerkennung landeskennung");
            AddFolded(HeaderWord.City, "населеного населений населенный населенного");
            AddFolded(HeaderWord.Neutral, "пункту пункт пункта");
            // The municipality a person lives in is their town: Spanish "Municipio de residencia", Catalan "Municipi", Dutch
            // "Gemeente", Scandinavian "Kommun(e)", Polish "Gmina", Czech "Obec"; the place word alone (French "Lieu",
            // Spanish "Lugar") as hitobito's French address list writes it after "NPA".
            AddFolded(HeaderWord.City, "municipality municipio municipi municipiu gemeente kommun kommune gmina obec lieu lugar");
            // A member owns the number a club or library gives them (Paheko's "Numéro de membre", "Número de miembro").
            // Catalan and Italian "soci" ("Núm. soci/a", a Catalan hiking club's members).
            AddFolded(HeaderWord.IdOwner, "membre membres miembro miembros membro membros membru membrului clen clena soci socia socis socies");
            // And in more languages ("Broj člana", "Članski broj", "Numer członka", "Номер члена", "Liikme number", "Nario Nr."). Not
            // Hungarian "tag" (English "Tag", a label).
            AddFolded(HeaderWord.IdOwner, "clan clana clanovi clanski clanska clanske clenske clensky czlonek czlonka czlonkowie czlonkowski czlonkowska",
                "член члена члены членский членская члану", "liige liikme liikmed", "narys nario nariai", "biedrs biedra biedri", "μελος μελους",
                "عضو العضو", "สมาชิก", "anggota", "thanhvien",
                "সদস্য सदस्य உறுப்பினர் సభ్యుడు ಸದಸ್ಯ അംഗം સભ્ય ਮੈਂਬਰ ممبر رکن mwanachama");
            // Hindi and Urdu "of" ("सदस्य का नाम", the member's name; "ग्राहक का फ़ोन"): a connector.
            AddFolded(HeaderWord.Connector, "का की के کا کی کے");
            // Customers, clients and pupils of the Western and South Slavic languages (the buyer, "kupca", is listed with the world's
            // words: e-računi's "Šifra kupca", the partner's code as a buyer, comes after "Šifra partnerja", the record's), in the forms a header writes after
            // the field ("Telefon zákazníka", "E-mail klijenta", "Telefon učenika", "Ime polaznika").
            AddFolded(HeaderWord.IdOwner, "zakaznik zakaznika zakaznici zakaznikov klijent klijenta klijenti ucenik ucenika ucenici",
                "zak zaka zaci polaznik polaznika polaznici stranka stranke");
            // A membership's number is the member's ("Membership Number"); a school gives its students an admission or
            // enrolment number (Smart School's "admission_no", "Enrollment No").
            AddFolded(HeaderWord.IdOwner, "membership admission enrollment enrolment");
            // The payer of a payment export (HelloAsso's "Nom payeur", "Prénom payeur", "Email payeur"): the row's person, as a
            // buyer is. A household head in survey forms ("firstNameHH", "phoneNrHH": XLSForm names cut to "HH").
            AddFolded(HeaderWord.IdOwner, "payer payeur pagador pagadora zahler pagatore betaler platnik плательщик", "hh");
            // Urdu and Hindi admission ("داخلہ نمبر", a madrasa's admission register; "दाखिला संख्या", "प्रवेश क्रमांक").
            AddFolded(HeaderWord.IdOwner, "داخلہ داخلے", "दाखिला प्रवेश");
            // Portuguese and Spanish "associação", "associado", "asociado" (byro's "Número/ID de associação"): membership,
            // a member.
            AddFolded(HeaderWord.IdOwner, "associacao associado associada asociado asociada");
            // A party's or a union's member (Brazil's electoral court lists party members: "NOME DO FILIADO"). Not "afiliado",
            // an affiliate (HeaderVocabulary.Things).
            AddFolded(HeaderWord.IdOwner, "filiado filiada filiados");
            // An entity or a collective is the organisation in Romance forms (Decidim's "Entitat o col·lectiu", Spanish "Entidad").
            AddFolded(HeaderWord.Company, "entitat entidad entidade entita collectiu colectivo collectif collettivo coletivo");
            // "Or" between two words for one field ("Entitat o col·lectiu", "Förening eller organisation", "Société ou
            // association"): a connector, as English "or".
            AddFolded(HeaderWord.Connector, "o ou eller lub nebo alebo vagy veya tai или або");
            // Uzbek "va" (and: a Samarkand expo's "Ism va Familiya", the name and the surname) and the Azerbaijani father's
            // name ("Ata adı" beside "Ad", "Soyad"), the patronymic that stands between them as Russian "Отчество" does.
            AddFolded(HeaderWord.Connector, "va");
            AddFolded(HeaderWord.Middle, "ataadi");
            // EGroupware's labels: Hungarian "Üzleti" (business: "Üzleti város", "Üzleti email"; not "üzlet", a shop), Greek
            // "Επίθετο" (surname) and "προσωπική", "(προσ.)" (personal: the private address and e-mail).
            AddFolded(HeaderWord.Work, "uzleti");
            AddFolded(HeaderWord.Last, "επιθετο");
            AddFolded(HeaderWord.Home, "προσωπικη προσωπικο προσωπικος προσωπικου προσ");
            // A player is the person a team or club registration is of (Nextcloud Forms' "Navn på spiller"), as a donor or visitor;
            // alone (a Czech darts league's "hráč" beside its "kapitán") the column of the players' names.
            Players.UnionWith(FoldAll("player players spieler joueur joueuse jugador jugadora giocatore jogador jogadora speler spelare spiller",
                "zawodnik zawodnika gracz gracza hrac hrace hraci hracka igrac igraca pelaaja pelaajan jatekos oyuncu игрок игрока гравець гравця"));
            // The player's number is their own (PZLA's start lists: "NrZawodnika", the athlete's number).
            AddFolded(HeaderWord.IdOwner, string.Join(" ", Players));
            // Japanese "フルネーム" (full name), Korean "실명" (real name); Italian, Spanish, Portuguese and French words for the
            // name shown ("Nome visualizzato", Elgg's display name).
            AddFolded(HeaderWord.Full, "フル");
            AddFolded(HeaderWord.Name, "실명");
            AddFolded(HeaderWord.Full, "visualizzato visualizado visualise visualisee affiche");
            // Japanese "表示名", Chinese "显示名", Korean "표시 이름": the name shown (Outlook's and Thunderbird's address books).
            AddFolded(HeaderWord.Full, "表示 显示 顯示 표시");
            AddFolded(HeaderWord.Name, "表示名 显示名 顯示名");
            // A patient owns their medical record's number (SENAITE's "Medical Record #", "受檢人編號": the examinee's number),
            // as a member owns a membership number.
            AddFolded(HeaderWord.IdOwner, "patient patients paciente pacientes patiente patienten paziente pazienti patienta pacjent pacjenta пациент пациента пацієнт 患者 病人 受檢人 受检人 환자");
            AddFolded(HeaderWord.IdOwner, "medicalrecord");
            // Japanese examinees and examined patients ("受検者名", an aptitude test's results; "受験者", "受診者").
            AddFolded(HeaderWord.IdOwner, "受検者 受験者 受診者");
            // A health insurer's member (openIMIS's "InsureeNum", the insuree's number on their card).
            AddFolded(HeaderWord.IdOwner, "insuree insurees");
            // Thai "ทะเบียน" (a register: OpenEduCat's "ทะเบียนเลขที่", the student's register number), as "GR No" is.
            AddFolded(HeaderWord.IdOwner, "ทะเบียน");
            // A pesantren's student ("Nama Santri": PSB SAZA's applicants), as a pupil is.
            AddFolded(HeaderWord.IdOwner, "santri santriwan santriwati");
            // Income and salary (PSB SAZA's "Pendapatan Keluarga", the family's income): an amount, and "keluarga" there is no
            // family name. Not Danish and Swedish "løn", "lön": a "lønnummer" is the employee's payroll number.
            AddFolded(HeaderWord.Blocker, "income incomes salary salaries einkommen gehalt revenu revenus salaire reddito stipendio renda rendimento",
                "inkomen salaris inkomst dochod wynagrodzenie pendapatan penghasilan gaji");
            // More patients: Indonesian and Malay "pasien" (SIMRS Khanza's "Nama Pasien"), Vietnamese "bệnh nhân", Thai "ผู้ป่วย",
            // Arabic, Persian, Hindi, Czech, Slovak and Romanian, Hungarian, Finnish; Indonesian "rekam medis" (the medical record:
            // "No. RM", "No.R.M", the hospital's number of its patient).
            AddFolded(HeaderWord.IdOwner, "pasien benhnhan ผู้ป่วย مريض المريض بیمار मरीज रोगी pacient pacienta beteg potilas potilaan rekammedis");
            AddFolded(HeaderWord.Id, "mrn");
            // An electronic medical or health record's number ("EMR #", SENAITE's Russian "ЭМК #").
            AddFolded(HeaderWord.Id, "emr ehr эмк");
            // Settings of a field, not the field (NetCommons' "eメール【公開設定】", published? "【受信可否】", receives mail?).
            AddFolded(HeaderWord.Blocker, "設定 公開 受信 可否 許可 配信 同意");
            // "Business Name", "Trading Name": the organisation's name, not the person's.
            AddFolded(HeaderWord.Company, "businessname tradename tradingname");
            // OpenPNE's "ニックネーム" (nickname) is one word, not ニック + ネーム (a name); "PCメールアドレス" (the computer's
            // address, as opposed to the mobile's) and "登録時メールアドレス" (the address at sign-up) are e-mails.
            AddFolded(HeaderWord.Blocker, "ニックネーム");
            AddFolded(HeaderWord.Neutral, "pc 登録時");
            // Spanish double surnames: the paternal one first ("Apellido paterno"), then the maternal ("Apellido materno").
            // In English (a Mexican repair shop's "paternalLastName", "maternalLastName") and Portuguese ("Sobrenome paterno").
            AddFolded(HeaderWord.Primary, "paterno paterna paternal");
            AddFolded(HeaderWord.Secondary, "materno materna maternal");
            // Someone else who referred or invited the person (jamkan's "추천인ID", OpenPNE's "招待者ID"); a WeChat or Weibo
            // account id is a messenger handle, not the record's key ("微信ID").
            AddFolded(HeaderWord.Elsewhere, "추천인 推荐人 推薦人 介绍人 介紹人 紹介者 招待者 소개자");
            AddFolded(HeaderWord.Blocker, "微信 微博");
            // Chinese "号" is a number ("手机号": the mobile's number).
            AddFolded(HeaderWord.Number, "号 號");
            // A participant in more languages (a poll's or an event's "Participants" column, "참가자", "Συμμετέχοντες"): the
            // file's main party, as an attendee.
            AddFolded(HeaderWord.IdOwner, "참가자 참석자 参加者 出席者 参与者 參與者 与会者 與會者 参加人 參加人 参与人 參與人 συμμετεχων συμμετεχοντες συμμετεχουσα",
                "katilimci katilimcilar osallistuja osallistujat deltaker deltakere deltager deltagere ucastnik ucastnici ucastnika resztvevo resztvevok",
                "participanti participantii uczestnicy участники учасник учасники مشارك المشارك المشاركين משתתף משתתפים peserta nguoithamgia");
            // A guest (hotel, holiday-let and booking exports: Booking.com's "宿泊者氏名", Airbnb's "ゲスト名", "Nombre del huésped"):
            // the file's main party, as a customer is.
            AddFolded(HeaderWord.IdOwner, "guest guests gast gaste gasten gaster invite invitee huesped huespedes ospite ospiti hospede hospedes",
                "gosc goscia vieras vierailija misafir konuk гость гостя гости гість гостя 게스트 투숙객 ゲスト 宿泊者 宿泊客 客人 住客 宾客 賓客 επισκεπτης");
            // Italian federations' abbreviations (FIDAL's member file: "COGN", "NOME", "TEL_ATL", the athlete's phone).
            AddFolded(HeaderWord.Last, "cogn");
            AddFolded(HeaderWord.IdOwner, "atl");
            // An athlete (the Dutch archery federation's sign-ups: "Lid nr", "Sporter"; a league's player list): a sports body's
            // main party, whose own number is an id and whose column alone holds names.
            // A driver: the party of a fleet's or a courier's driver lists (Uber's "Prénom du chauffeur", Bolt's "Driver",
            // "Driver's Phone"); beside a customer's columns (a delivery's orders) the customer is still the row's.
            Drivers.UnionWith(FoldAll("driver drivers chauffeur chauffeurs fahrer fahrerin conductor conductora motorista autista kierowca",
                "kierowcy ridic vodic sofor sofőr sofer soforu водитель водителя водій водія οδηγος 司机 司機 ドライバー 운전자 기사 คนขับ supir pengemudi dereva",
                // Couriers and delivery riders (AppJusto's "Entregador" beside the "Cliente" it delivered to; 6amMart's riders).
                "courier couriers entregador entregadora entregadores repartidor repartidora repartidores livreur livreuse livreurs fattorino",
                "bezorger zusteller kurier"));
            AddFolded(HeaderWord.IdOwner, string.Join(" ", Drivers));
            // A rowing club's rower (roprotokol's "roer", the member a right was granted to) is its athlete.
            AddFolded(HeaderWord.IdOwner, "roer roere roerne rower rowers ruderer ruderin roddare",
                "athlete athletes sportler sportlerin sporter sporters deportista deportistas atleta atletas atleti",
                "sportowiec sportowca sportovec zavodnik sportolo urheilija idrettsutover idrottare sporcu спортсмен спортсмена",
                "спортсмени спортсменка αθλητης αθλητη 运动员 運動員 选手 選手 선수 vandongvien");
            // A student or pupil (an LMS's or school's "studentid", "Student Name") and a form mail's sender (powermail's
            // "Senders Name", "Senders Email"): the file's main party, whose own number is an id.
            // Urdu "طالب علم" (a student, two words: a madrasa's "طالب علم کا نام") and its plural, joined.
            AddFolded(HeaderWord.IdOwner, "طالبعلم طلبہ");
            AddFolded(HeaderWord.IdOwner, "student students pupil learner schuler schueler studierende etudiant etudiante eleve estudiante alumno alumna",
                "studente studenti alunno alunna aluno aluna leerling student elev uczen studenta студент студента ученик 学生 学员 學生 學員 生徒 학생 ogrenci opiskelija",
                "sender senders absender expediteur remitente mittente remetente afzender avsandare nadawca отправитель",
                // Swedish compounds drop the final e: a Swish report's "Avsändarnamn", "Avsändarnr" (the payer's name and number).
                "avsandar",
                // Portuguese "Nº Estudante" (an Angolan university's class list), "Nome do educando" (a Portuguese school's pupil),
                // "Matrícula do discente" (a Brazilian one's); Spanish and Catalan plurals and the Catalan pupil.
                "estudante estudantes estudiantes educando educanda discente discentes alumne alumnes",
                // South Asia and East Africa: Hindi, Marathi and Nepali छात्र, विद्यार्थी, शिक्षार्थी; Bengali শিক্ষার্থী, ছাত্র, ছাত্রী (a
                // Bangladeshi school's "শিক্ষার্থীর নাম", the student's name); Tamil, Telugu, Kannada, Malayalam, Gujarati, Punjabi,
                // Sinhala; Swahili "mwanafunzi", Amharic "ተማሪ".
                "छात्र छात्रा विद्यार्थी शिक्षार्थी শিক্ষার্থী ছাত্র ছাত্রী மாணவர் மாணவி విద్యార్థి ವಿದ್ಯಾರ್ಥಿ വിദ്യാർത്ഥി વિદ્યાર્થી ਵਿਦਿਆਰਥੀ ශිෂ්‍ය",
                "mwanafunzi wanafunzi ተማሪ",
                // Arabic: a student, a pupil (Qalami's "التلميذ", a Mauritanian school's tuition list), with their feminines and
                // plurals; the article is read off by HeaderStems.
                "طالب طالبة طلاب تلميذ تلميذة تلاميذ");
            // "姓漢字", "名漢字" (baserCMS: the family and given name in kanji, beside their kana readings): the script the
            // name is written in qualifies it.
            AddFolded(HeaderWord.Neutral, "漢字 汉字");
            // "Day Phone", "Daytime phone", "Evening Phone" (WP-Members, US forms): the phone reached by day or in the evening.
            // Read as one word with the phone ("dayphone"): "Day" or "Evening" alone is no phone column (a birth date's day).
            AddFolded(HeaderWord.Phone, "dayphone eveningphone");
            AddFolded(HeaderWord.Work, "daytime tagsuber");
            // "Real name" (ProjeQtOr's "nome reale", "Nombre real"): the person's full name, as against a user name.
            AddFolded(HeaderWord.Full, "real reale reel");
            // Billed to: the party that pays (django-oscar's "Bill to name", "Cobrar a nombre", "Fatturare a"), in a shop's
            // export the buyer, whose e-mail the row carries: the file's main party, as a buyer.
            AddFolded(HeaderWord.IdOwner, "billto fatturare facturar cobrar faturar facturer factureren fakturera fakturere");
            // The beneficiary of a booking or a grant (pass Culture's "Nom et prénom du bénéficiaire", "Email du bénéficiaire"):
            // the person the row is about, as an attendee is.
            AddFolded(HeaderWord.IdOwner, "beneficiary beneficiaries begunstigter beneficiaire beneficiario beneficiaria beneficiari",
                "begunstigde formanstagare beneficjent beneficjenta бенефициар");
            // Whom a survey or a field registry is about: the respondent (ODK Central's "respondent_name", a household survey's
            // "Respondent Phone") and the farmer of an agricultural programme (KoboToolbox forms' "Jina kamili la mkulima", a
            // farmers' registry's "Farmer Name"): the person the row is about, as a participant is. Not French "enquêté", which
            // folds to the survey itself ("enquête").
            AddFolded(HeaderWord.IdOwner, "respondent respondents interviewee interviewees befragte befragter befragten repondant repondante",
                "encuestado encuestada entrevistado entrevistada rispondente intervistato intervistata respondente svarande",
                "respondentka ankietowany ankietowana респондент респондента респонденты опрошенный yanitlayan cevaplayan responden",
                "mhojiwa wahojiwa उत्तरदाता উত্তরদাতা المستجيب مستجيب المبحوث پاسخگو 受访者 受訪者 答卷人 回答者 응답자");
            AddFolded(HeaderWord.IdOwner, "farmer farmers landwirt landwirtin agriculteur agricultrice agricultor agricultora agricoltore agricoltrice",
                "rolnik rolnika фермер фермера ciftci petani mkulima wakulima किसान কৃষক المزارع مزارع کشاورز کسان ገበሬ เกษตรกร 农户 農戶 农民 農民 농민",
                // A planter (CocoaTrack's cocoa co-op: "Planteur"). Not "grower" or "producteur": "gro.", "prod." abbreviate a group
                // and a product.
                "planteur planteurs planter planters");
            // A volunteer (CASA's "Volunteer Name"; ACGB's "Bénévole", a badminton club's helpers; "Freiwillige"): the person a
            // volunteering tool's row is.
            AddFolded(HeaderWord.IdOwner, "volunteer volunteers benevole benevoles freiwillige freiwilliger ehrenamtliche ehrenamtlicher",
                "voluntario voluntaria voluntarios volontario volontaria volontari vrijwilliger vrijwilligers wolontariusz wolontariuszka",
                "волонтер волонтёр волонтера relawan tinhnguyenvien ボランティア 자원봉사자 志愿者 志願者 متطوع מתנדב");
            // (Not "доброволец", "gönüllü": "Доб." is a Russian extension number, "gon." a Hungarian guardian.)
            // A member's card ("Членський квиток №", a Ukrainian co-op's register; "Членский билет"): the member's own number, not a
            // ticket's.
            AddFolded(HeaderWord.IdOwner, "членськийквиток членскийбилет");
            // Whoever collected the record in the field (a survey's enumerator or interviewer): staff, someone else than the
            // person the row is about, as a sales rep is.
            AddFolded(HeaderWord.Elsewhere, "enumerator enumerators interviewer interviewers surveyor surveyors encuestador encuestadora",
                "entrevistador entrevistadora enqueteur enqueteuse intervistatore intervistatrice rilevatore interviewerin pencacah pewawancara",
                "интервьюер анкетер mdadisi प्रगणक গণনাকারী 调查员 調查員 访员 訪員 調査員 조사원");
            // The system's own number for the record (らくうるカート's "システム顧客番号", "System Customer Number", "Systemnummer"):
            // "system" says who assigned the number, not whose it is, so the rest of the header decides.
            AddFolded(HeaderWord.Neutral, SystemList);
            SystemWords.UnionWith(FoldAll(SystemList));
            // "InternalCode" (Earlytree's children), "Interne Nummer", "Código interno": the exporting system's own numbering too,
            // for a code or a number alone. Not a neutral word: "Internal Email" is not the contact's e-mail for certain.
            SystemWords.UnionWith(FoldAll("internal intern interne interner internes interno interna internos wewnetrzny wewnetrzna sisainen"));
        }
    }
}
