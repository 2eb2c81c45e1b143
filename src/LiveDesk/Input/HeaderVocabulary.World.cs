using System;
using System.Collections.Generic;

namespace LiveDesk.Input
{
    // Words that reach a person, qualify a given name or name a reference, in every language listed; and Persian, Vietnamese,
    // Thai, Indonesian and Malay, Hindi and Bulgarian. Added first, so these roles win over the lines that follow.
    // Sources: the address-book labels of Roundcube (program/localization/{fa_IR,vi_VN,th_TH,id_ID,ms_MY,hi_IN,bg_BG}/labels.inc:
    // firstname "نام", "Tên Gọi", "ชื่อ", "Nama depan", "Nama pertama", "पहला नाम"; surname "نام خانوادگی", "Tên Họ", "สกุล",
    // "Nama belakang", "Nama akhir", "उपनाम"; middlename "نام وسط", "Tên đệm", "ชื่อกลาง", "Nama tengah"; email "پست‌الکترونیک",
    // "Thư điện tử", "อีเมล์", "E-Mel"; phone "تلفن", "Điện thoại", "โทรศัพท์", "Telepon"; typemobile "تلفن همراه", "Số di động",
    // "มือถือ", "HP"; organization "سازمان", "Tổ chức", "องค์กร", "Organisasi", "संस्था"; locality "شهر", "Thành phố", "เมือง",
    // "Kota"; country "کشور", "Quốc gia", "ประเทศ", "Negara"; username "نام‌کاربری", "Tên đăng nhập", "Nama Pengguna") and the
    // contact pages of Chatwoot (app/javascript/dashboard/i18n/locale/{fa,vi,th,id,hi}/contact.json: "شناسه" identifier,
    // "شماره تلفن", "نام شرکت", "اطلاعات تماس" contact details, "Số điện thoại", "Tên công ty", "Tên đầy đủ", "liên hệ" contact).
    internal static partial class HeaderVocabulary
    {
        // Words for "and": two name parts joined by one are the whole name ("Nombre y apellidos", "Nome e cognome", "Nom et
        // prénom", "Vorname und Nachname", "Họ và tên"), where "of" joins a qualifier ("Nom de famille" is the family name).
        private static readonly HashSet<string> Conjunctions = new HashSet<string>(FoldAll(
            "and und et y e i en och og ja es és si și και и і та a va và dan और و ו 和 及 と 및 ve ir un in"), StringComparer.Ordinal);

        /// <summary>True for a word meaning "and" (and, und, et, y, e, i, och, og, ja, és, și, και, и, và).</summary>
        public static bool IsConjunction(string word) => Conjunctions.Contains(word);

        private static readonly string[] ReadingList =
        {
            "phonetic pronunciation yomi furigana pinyin zhuyin", "フリガナ ふりがな カナ かな ヨミ よみ 読み セイ メイ", "拼音 注音 读音 讀音", "발음",
        };

        private static readonly HashSet<string> ReadingWords = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>True for a word saying a column holds how a name is read (furigana, pinyin, phonetic), never the name.</summary>
        public static bool IsReadingWord(string word) => ReadingWords.Contains(word);

        private static void AddWorld()
        {
            // "Contact Number", "Números de Contacto", "Kontaktnummer", "İletişim Numaraları", "شماره‌های تماس", "أرقام الاتصال",
            // "Số Liên hệ", "เบอร์ติดต่อ", "संपर्क नंबर": a number to reach the person by is a phone. One string per language:
            // en, de, fr, es, it, pt, nl, sv, pl, then ru, uk, cs, sk, fi, da, no, tr, hu, ro, el, zh, ja, ko, then fa, ar, he,
            // vi, th, id/ms, hi, bg.
            AddFolded(HeaderWord.Reach, "contact contacts", "kontakt kontakte", "contact", "contacto", "contatto", "contato contacto", "contact",
                "kontakt", "kontakt kontaktowy kontaktowa", "контакт контакта контакты контактный контактного контактные", "контакт контактний",
                "kontakt kontaktni", "kontakt kontaktne kontaktny", "yhteys yhteystieto", "kontakt", "kontakt", "iletisim irtibat", "kapcsolat",
                "contact", "επικοινωνια επικοινωνιας", "联系 聯繫 聯絡 联络", "連絡 連絡先", "",
                "تماس رابطہ رابطے", "اتصال الاتصال تواصل التواصل", "קשר", "lienhe", "ติดต่อ", "kontak hubungan", "संपर्क", "контакт контакти");
            // Plurals the stemmer cannot read: Arabic broken plurals (أرقام numbers, هواتف phones, عناوين addresses, أسماء names),
            // Persian ها/های written apart (or after a zero-width non-joiner, which splits words like a space), Czech, Hungarian and
            // Romanian forms that change their stem (čísla, számok, telefoane, numere).
            AddFolded(HeaderWord.Number, "ارقام الارقام", "cisla", "szamok", "numere numerele numerelor", "numre");
            AddFolded(HeaderWord.Phone, "هواتف الهواتف", "telefoane telefoanele telefoanelor", "telefonszamok", "puhelimet puhelinnumerot");
            AddFolded(HeaderWord.Mobile, "matkapuhelimet");
            AddFolded(HeaderWord.Address, "عناوين العناوين", "cimek");
            AddFolded(HeaderWord.Name, "اسماء الاسماء");
            AddFolded(HeaderWord.Neutral, "ها های هایی");
            // Romanian "persoană" (FAN Courier's "Persoana contact"): one word, not "perso" (personal) and "ana".
            AddFolded(HeaderWord.Neutral, "persoana persoane persoanei persoanele");
            // The address or number in use now ("Email Aktif", "Active Email", "Aktuelle Telefonnummer"): whose and which it is
            // stays with the other words. Alone ("Active", "Aktiv") a status flag, which no qualifier alone turns into a field.
            AddFolded(HeaderWord.Neutral, "active aktif aktiv aktive aktiver aktives actif active activo activa attivo attiva ativo ativa aktywny aktywna actief",
                "current aktuell aktuelle aktueller actuel actuelle actual attuale atual aktualny aktualna");
            // German "Namenszusatz" (CdE's academy lists: "von"), the particle written between the given and the family name.
            AddFolded(HeaderWord.Middle, "namenszusatz namensvorsatz vorsatzwort");
            // German "Mobilfunk" (cellular radio): "Mobilfunknummer" is the mobile number.
            AddFolded(HeaderWord.Mobile, "mobilfunk mobilfunknummer mobilfunktelefon mobilfunknr");
            // E-mail written as it is said: Russian and Bulgarian loanwords ("Емайл", "Имейл", "имэйл"), Bulgarian "е-поща".
            AddFolded(HeaderWord.Email, "емайл емейл емэйл эмейл эмэйл эмайл имейл имэйл имайл мейл мэйл майл епоща поща");

            // "Nome di battesimo", "Christian name", "Taufname", "nom de baptême", "nombre de pila", "nome próprio", "Doopnaam",
            // "Βαπτιστικό όνομα": a name word with a qualifier of the given name is the first name.
            AddFolded(HeaderWord.Given, "christian baptismal baptism", "tauf taufe", "bapteme bateme", "pila bautismo propio", "battesimo proprio",
                "batismo baptismo proprio", "doop", "dop", "chrzestne chrzcielne", "крестильное", "хрещене", "", "", "ristima", "dobe",
                "dope", "vaftiz", "", "botez", "βαπτιστικο", "", "", "", "", "", "", "", "", "", "", "");

            // The record's own reference: "ref" (Thelia's customers), "Referenz", "Référence", "Referencia", "Kenmerk".
            AddFolded(HeaderWord.Reference, "ref reference", "referenz", "reference", "referencia", "riferimento rif", "referencia",
                "referentie kenmerk", "referens", "referencja", "", "", "reference", "referencia", "viite viitenumero", "reference", "referanse",
                "referans", "hivatkozas", "referinta", "", "", "", "");

            // "And" written as a word of its own joins two name parts, as "y" and "und" do: Persian and Arabic "و" ("نام و
            // نام خانوادگی", the usual Persian header for the whole name), Hebrew "ו", Chinese "和" and "及", Korean "및".
            AddFolded(HeaderWord.Connector, "و ו 和 及 및");

            // Persian.
            AddFolded(HeaderWord.NamePart, "نام");
            AddFolded(HeaderWord.Last, "خانوادگی فامیل فامیلی");
            AddFolded(HeaderWord.Middle, "وسط");
            AddFolded(HeaderWord.Full, "کامل نمایش");
            AddFolded(HeaderWord.Login, "نامکاربری");
            AddFolded(HeaderWord.Email, "ایمیل رایانامه پستالکترونیک");
            AddFolded(HeaderWord.Phone, "تلفن");
            AddFolded(HeaderWord.Mobile, "موبایل همراه");
            AddFolded(HeaderWord.Number, "شماره");
            AddFolded(HeaderWord.Id, "شناسه");
            AddFolded(HeaderWord.IdOwner, "مشتری");
            // Whose code it is ("کد پرسنلی", the personnel code beside the table's row "ID"; "کد مشتری", "کد عضویت"): the person's
            // number in the system, as "Employee Number" is. "کد ملی" (the national code) is the state's register, "کد پستی" a
            // postcode; "ایجاد کننده", "ثبت کننده" (who created, who entered the record) someone else.
            AddFolded(HeaderWord.Number, "کد");
            AddFolded(HeaderWord.IdOwner, "پرسنلی پرسنل کارمند کارمندی عضو عضویت بیمار دانشجو دانشجویی");
            AddFolded(HeaderWord.Blocker, "پستی");
            AddFolded(HeaderWord.Agent, "کننده");
            AddFolded(HeaderWord.Company, "شرکت سازمان");
            AddFolded(HeaderWord.City, "شهر");
            AddFolded(HeaderWord.Country, "کشور");
            AddFolded(HeaderWord.Address, "نشانی آدرس");
            AddFolded(HeaderWord.Work, "کار محلکار");
            AddFolded(HeaderWord.Home, "خانه منزل");
            AddFolded(HeaderWord.Primary, "اصلی");
            AddFolded(HeaderWord.Secondary, "سایر دیگر");
            AddFolded(HeaderWord.Blocker, "مستعار");
            AddFolded(HeaderWord.Elsewhere, "دستیار فاکس پیجر");

            // Vietnamese writes every syllable apart: a word of several syllables is listed joined ("Điện thoại" = dienthoai),
            // and HeaderWords joins adjacent syllables that form a listed word. "Tên" alone is the name (the given name next
            // to "Họ", the family name); "Họ tên", "Họ và tên" the whole name.
            AddFolded(HeaderWord.NamePart, "ten");
            AddFolded(HeaderWord.Last, "ho tenho");
            AddFolded(HeaderWord.First, "tengoi");
            AddFolded(HeaderWord.Middle, "tendem");
            AddFolded(HeaderWord.Name, "hoten hovaten");
            // Estonian "Täisnimi" (the full name) and the Baltic and Finnish words for full before a name word: Lithuanian
            // "Visas vardas" (Snipe-IT's user list), Latvian "Pilns vārds", Finnish "Koko nimi".
            AddFolded(HeaderWord.Name, "taisnimi");
            AddFolded(HeaderWord.Full, "visas pilns pilnas koko");
            AddFolded(HeaderWord.Full, "daydu hienthi");
            AddFolded(HeaderWord.Login, "dangnhap tendangnhap");
            AddFolded(HeaderWord.Email, "thudientu");
            AddFolded(HeaderWord.Phone, "dienthoai");
            AddFolded(HeaderWord.Mobile, "didong");
            AddFolded(HeaderWord.Number, "so");
            // Students, pupils, trainees, candidates, patients and staff ("Mã sinh viên", a university's student import).
            AddFolded(HeaderWord.IdOwner, "khachhang sinhvien hocsinh hocvien thisinh benhnhan nhanvien");
            // A donor is the party of a donations export as a customer is of an order export (Donorbox's "Donor Id", the same for
            // each gift of one donor, beside the gift's "Receipt Id"), in the languages of the vocabulary.
            AddFolded(HeaderWord.IdOwner, "donor donors donator spender spenderin spendern donateur donateurs donatrice donante donantes doador doadores",
                "donatore donatori darczynca darczyncy darce lahjoittaja bagisci донор жертвователь 捐赠者 捐款人 寄付者 기부자");
            // Others a row can be of, as a donor is: a supporter (Classy's "Supporter Name", the donor), a devotee (a temple's seva
            // donations: "Devotee Name"), a rider or passenger (Kaizen Health's "Rider/Patient ID"), a consumer (Open Food Network's
            // "Código de consumidora"); Vietnamese "người quyên góp", "người ủng hộ", "nhà hảo tâm" (a donor, a supporter, a benefactor).
            AddFolded(HeaderWord.IdOwner, "supporter supporters devotee devotees rider riders passenger passengers fahrgast fahrgaste passagier passagiers",
                "pasajero pasajera pasajeros passageiro passageira passageiros passager passagere passagers passeggero passeggeri pasazer",
                "consumer consumers consumidor consumidora consumidores consumidoras consommateur consommatrice consumatore consumatrice verbraucher",
                "nguoiquyengop nguoiungho nhahaotam");
            // Alipay and Taobao name a service, not a field: Taobao's "买家支付宝账号" is the buyer's Alipay login (an e-mail
            // address or a phone number), not a payment.
            AddFolded(HeaderWord.Neutral, "支付宝 支付寶 淘宝 淘寶");
            // The address and number payment reminders go to (e-računi's "E-mail za slanje opomena", "Mahnung E-Mail", "Dunning
            // Email"): the customer's own, for their accounts.
            AddFolded(HeaderWord.Neutral, "opomena opomene opomin opominov upomnienie upomnien upomnienia mahnung mahnungen dunning",
                "aanmaning aanmaningen sollecito solleciti slanje posiljanje versand");
            // Turkish accounting's "cari" (hesap), the current account each customer or supplier is: "Cari Kodu" its code, "Cari
            // Adı" its name (a dealer's accounts), as "Müşteri Kodu" is a customer's.
            AddFolded(HeaderWord.IdOwner, "cari");
            // A patron's public name (Liberapay's "patron_public_name"), a public e-mail: the name and address shown, theirs.
            AddFolded(HeaderWord.Neutral, "public");
            // A complainant is whom a complaints register is of (a barangay's "COMPLAINANT"), as a customer is of an order list.
            AddFolded(HeaderWord.IdOwner, "complainant complainants plaignant plaignante denunciante denunciantes querellante reclamante reclamantes");
            // A debtor is whom a collection case is of (Debitura's "DebtorName", Respaid's "SIREN du débiteur", a SEPA list's "Name des
            // Schuldners"), as a customer is of an order list; German ledgers' "Debitor" is the customer's account.
            AddFolded(HeaderWord.IdOwner, "debtor debtors debiteur debiteurs deudor deudores devedor devedores debitore debitori debitor debitoren",
                "schuldner schuldners schuldnerin dluznik dluznika borclu должник должника skyldner skyldneren galdenar velallinen");
            // "Informazioni cliente" (Vik Booking's reservations: the customer's name), "Información del cliente": information about the
            // party says nothing of which field, as "info" does not.
            AddFolded(HeaderWord.Neutral, "informazioni informazione informacion informacao informacoes");
            // The insured is whom an insurance agency's client list is of (Nearmap's "Insured Name", Nexsure's "Named Insured"), as a
            // policyholder is.
            AddFolded(HeaderWord.IdOwner, "insured policyholder policyholders versicherungsnehmer versicherungsnehmerin versicherter versicherte assure assuree",
                "asegurado asegurada tomador tomadora assicurato assicurata contraente segurado segurada verzekerde verzekeringnemer forsakringstagare",
                "ubezpieczony ubezpieczajacy sigortali застрахованный страхователь");
            VietnameseJoined.UnionWith(FoldAll("nguoiquyengop nguoiungho nhahaotam"));
            // A donation's fundraiser raises it from others (Classy's "Fundraiser First Name", the peer whose page the gift came
            // through), and a donor's family members are whom the gift is for (a temple's "Family Members"): never the row's person.
            AddFolded(HeaderWord.Elsewhere, "fundraiser fundraisers spendensammler collecteur recaudador familymember familymembers",
                "familienmitglied familienmitglieder familienangehorige angehorige familiares familiari gezinsleden");
            // Their initials, as Vietnamese software writes them after "Mã" ("Mã BN", "Mã KH", "Mã NV"). Not "HS" (a
            // customs tariff code in shop exports) nor "SV" (Swedish).
            AddFolded(HeaderWord.IdOwner, "kh bn nv hv");
            AddFolded(HeaderWord.IdOwner, "nguoimua");
            AddFolded(HeaderWord.Company, "tochuc congty doanhnghiep");
            AddFolded(HeaderWord.City, "thanhpho");
            AddFolded(HeaderWord.Country, "quocgia");
            AddFolded(HeaderWord.Address, "diachi");
            AddFolded(HeaderWord.Work, "coquan");
            AddFolded(HeaderWord.Primary, "chinh");
            AddFolded(HeaderWord.Elsewhere, "troly dienthu");
            AddFolded(HeaderWord.Blocker, "bietdanh gioitinh ngaysinh");
            // MISA's suppliers: "Xưng hô" (the form of address: Anh, Chị, Ông) is no name; "ĐT di động", "ĐT cơ quan" abbreviate
            // "điện thoại" (the phone) before what kind it is; "Mã nhà cung cấp", "Tên nhà cung cấp" are the supplier's code and name.
            AddFolded(HeaderWord.Blocker, "xungho");
            AddFolded(HeaderWord.Neutral, "dt");
            AddFolded(HeaderWord.IdOwner, "nhacungcap");
            // The contact person written as one word says nothing of the field beside it ("Ansprechpartner E-Mail", "Email người liên
            // hệ", "Email Narahubung"): the column is theirs, and ColumnMap tells whose.
            AddFolded(HeaderWord.Neutral, "ansprechpartner ansprechpartnerin ansprechperson kontaktperson kontaktpersonen contactpersoon",
                "yhteyshenkilo kapcsolattarto narahubung nguoilienhe referente");
            // A supplier is the party of a supplier register as a customer is of a customer register (Tripletex's "Leverandørnummer"
            // beside "Kundenummer" in one register of both; "Supplier Name", "Lieferantennummer"). Not "vendor": a shop's vendor is a
            // product's brand, and Spanish "vendedor" the salesperson.
            AddFolded(HeaderWord.IdOwner, "supplier suppliers lieferant lieferanten fournisseur fournisseurs proveedor proveedores fornitore fornitori",
                "fornecedor fornecedores leverancier leveranciers leverandor leverandors leverantor leverantors toimittaja dostawca dostawcy",
                "dodavatel dodavatele dodavatela dobavitelj dobavljac furnizor furnizori tedarikci beszallito поставщик поставщика постачальник",
                "供应商 供應商 仕入先 공급업체 pemasok");
            VietnameseJoined.UnionWith(FoldAll("hoten hovaten daydu hienthi dangnhap thudientu dienthoai didong khachhang sinhvien hocsinh hocvien",
                "thisinh benhnhan nhanvien tochuc congty doanhnghiep thanhpho quocgia diachi coquan troly dienthu bietdanh gioitinh ngaysinh nguoimua",
                "xungho nhacungcap nguoilienhe"));

            // Thai writes no spaces: compounds are cut into listed words ("เบอร์โทรศัพท์" = number + phone). "ชื่อ" alone is the
            // name (the given name next to "นามสกุล"); "ชื่อ-นามสกุล" the whole name.
            AddFolded(HeaderWord.NamePart, "ชื่อ");
            AddFolded(HeaderWord.Last, "นามสกุล สกุล");
            AddFolded(HeaderWord.First, "ชื่อจริง");
            AddFolded(HeaderWord.Middle, "ชื่อกลาง");
            AddFolded(HeaderWord.Name, "ชื่อนามสกุล");
            AddFolded(HeaderWord.Full, "แสดง");
            AddFolded(HeaderWord.Login, "ชื่อผู้ใช้ บัญชีผู้ใช้");
            AddFolded(HeaderWord.Email, "อีเมล อีเมล์");
            AddFolded(HeaderWord.Phone, "โทรศัพท์ โทร");
            AddFolded(HeaderWord.Mobile, "มือถือ");
            // "เลขสมาชิก" (a cooperative's member number): เลข, a number, as หมายเลข is.
            AddFolded(HeaderWord.Number, "เบอร์ หมายเลข เลขที่ เลข");
            AddFolded(HeaderWord.Id, "รหัส");
            // A family's account ("รหัสครอบครัว", a family booking app's key of the parent's account): a key shared by two
            // contacts of the first rows is still no key.
            AddFolded(HeaderWord.IdOwner, "ลูกค้า สมาชิก นักเรียน นักศึกษา ผู้ป่วย พนักงาน ครอบครัว");
            // A dormitory's tenant ("ชื่อผู้เช่า", SmartDom's rent bills) and a system's user are whom the row is of.
            AddFolded(HeaderWord.IdOwner, "ผู้เช่า ผู้ใช้");
            AddFolded(HeaderWord.Company, "บริษัท องค์กร");
            AddFolded(HeaderWord.City, "เมือง");
            AddFolded(HeaderWord.Country, "ประเทศ");
            AddFolded(HeaderWord.Address, "ที่อยู่");
            AddFolded(HeaderWord.Work, "ที่ทำงาน สถานที่ทำงาน");
            AddFolded(HeaderWord.Home, "บ้าน");
            AddFolded(HeaderWord.Primary, "หลัก");
            // "เบอร์มือถือสำรอง" (a spare mobile, beside "เบอร์มือถือหลัก", the main one); "ชื่อ-สกุล" (name-surname) is the whole
            // name, as "ชื่อ - นามสกุล" is.
            AddFolded(HeaderWord.Secondary, "สำรอง");
            AddFolded(HeaderWord.Name, "ชื่อสกุล");
            AddFolded(HeaderWord.Elsewhere, "ผู้ช่วย โทรสาร เพจเจอร์");
            AddFolded(HeaderWord.Blocker, "ชื่อเล่น");

            // Indonesian and Malay.
            AddFolded(HeaderWord.Name, "nama");
            AddFolded(HeaderWord.First, "depan pertama");
            AddFolded(HeaderWord.Last, "belakang akhir keluarga");
            AddFolded(HeaderWord.Middle, "tengah");
            AddFolded(HeaderWord.Full, "lengkap paparan ditampilkan");
            AddFolded(HeaderWord.Email, "surel emel");
            // And their abbreviations ("Telp", "No. Tlp": an Indonesian inventory system's customers, a logistics firm's "PIC Telp").
            AddFolded(HeaderWord.Phone, "telepon telpon telp tlp");
            AddFolded(HeaderWord.Mobile, "ponsel handphone hp bimbit seluler selular");
            // "Nomer", the spoken spelling of "nomor" (ASDP's ferry bookings: "NOMER TELPON", "NOMER INVOICE"); a passenger
            // ("penumpang") is whom a ticket or a booking is of.
            AddFolded(HeaderWord.Number, "nomor nombor nomer");
            AddFolded(HeaderWord.IdOwner, "penumpang");
            AddFolded(HeaderWord.IdOwner, "pelanggan anggota karyawan");
            // Malay "Ahli" (a member: a staff club's "No. Ahli"); the next of kin ("Nama Waris", "TelefonWaris") is someone else.
            AddFolded(HeaderWord.IdOwner, "ahli");
            AddFolded(HeaderWord.Elsewhere, "waris");
            // School and staff exports (MyBBA's "nis;nisn;nik;nama;...;no_hp;nama_ayah;nama_ibu;no_hp_ortu"): NIS and NIM are the
            // number a school or university gives its student ("Nomor Induk Siswa"); NISN and NIK are national registers, never
            // used. Parents, guardians and spouses are someone else. Dapodik's and school apps' "NIPD" (Nomor Induk Peserta Didik)
            // is the school's number as NIS is.
            AddFolded(HeaderWord.IdOwner, "siswa murid mahasiswa pegawai");
            AddFolded(HeaderWord.Number, "nis nim nipd");
            AddFolded(HeaderWord.Neutral, "induk");
            AddFolded(HeaderWord.Elsewhere, "ortu orangtua ayah ibu wali suami istri");
            // A school's or employer's registration number (French "matricule", Italian "matricola", German "Matrikel"): the
            // person's number there. Not Spanish and Portuguese "matrícula": a car's number plate as often as an enrolment.
            AddFolded(HeaderWord.Number, "matricule matricola matrikel");
            AddFolded(HeaderWord.Company, "perusahaan syarikat organisasi instansi");
            AddFolded(HeaderWord.City, "kota bandar");
            AddFolded(HeaderWord.Country, "negara");
            AddFolded(HeaderWord.Address, "alamat");
            AddFolded(HeaderWord.Work, "kantor pejabat");
            AddFolded(HeaderWord.Home, "rumah");
            AddFolded(HeaderWord.Primary, "utama");
            AddFolded(HeaderWord.Secondary, "lainnya lain");
            AddFolded(HeaderWord.Elsewhere, "asisten pembantu pejer");

            // Hindi.
            AddFolded(HeaderWord.Name, "नाम");
            AddFolded(HeaderWord.First, "पहला");
            AddFolded(HeaderWord.Last, "उपनाम अंतिम");
            AddFolded(HeaderWord.Email, "ईमेल मेल");
            AddFolded(HeaderWord.Phone, "फ़ोन फोन दूरभाष");
            AddFolded(HeaderWord.Mobile, "मोबाइल");
            AddFolded(HeaderWord.Number, "नंबर संख्या");
            AddFolded(HeaderWord.Id, "आईडी");
            AddFolded(HeaderWord.Company, "कंपनी संस्था संगठन");
            AddFolded(HeaderWord.City, "शहर");
            AddFolded(HeaderWord.Country, "देश");
            AddFolded(HeaderWord.Address, "पता");
            // The customer and "ID" written in the Indic scripts (PHP Point of Sale's Tamil customers: "வாடிக்கையாளர் ஐடி", the
            // customer's ID): Hindi and Marathi ग्राहक, Bengali গ্রাহক, Gujarati ગ્રાહક, Punjabi ਗਾਹਕ, Kannada ಗ್ರಾಹಕ, Tamil,
            // Telugu కస్టమర్, Malayalam ഉപഭോക്താവ്.
            AddFolded(HeaderWord.IdOwner, "ग्राहक", "গ্রাহক", "ગ્રાહક", "ਗਾਹਕ", "ಗ್ರಾಹಕ", "வாடிக்கையாளர் வாடிக்கையாளரின்", "కస్టమర్ వినియోగదారు",
                "ഉപഭോക്താവ് ഉപഭോക്താവിന്റെ",
                // The English word written in the script (a Bangladeshi shop's due book: "কাস্টমার নাম").
                "कस्टमर", "কাস্টমার", "கஸ்டமர்", "ಕಸ್ಟಮರ್", "കസ്റ്റമർ");
            AddFolded(HeaderWord.Id, "ஐடி", "ఐడి", "ಐಡಿ", "ഐഡി", "আইডি", "आयडी", "આઈડી", "ਆਈਡੀ");
            // Hindi and Nepali "contact" ("संपर्क नंबर", a Nepali municipality's "सम्पर्क फोन"), Nepali "number" and "address".
            AddFolded(HeaderWord.Reach, "संपर्क सम्पर्क");
            AddFolded(HeaderWord.Number, "नम्बर");
            AddFolded(HeaderWord.Address, "ठेगाना");
            // A beneficiary or a grantee in Hindi, Nepali and Urdu (a Nepali municipality's grant releases: "अनुदानग्राही नाम"), as
            // English "Beneficiary" is: the party the register is of.
            AddFolded(HeaderWord.IdOwner, "लाभार्थी लाभग्राही अनुदानग्राही", "مستفید مستفیدین");
            // Tamil first and family name written as one word (OSPOS's Tamil customers: "முதற்பெயர்", "குடும்பப்பெயர்"), and its
            // word for the record's identity ("அடையாளம்", the customer's id).
            AddFolded(HeaderWord.First, "முதற்பெயர் முதற்");
            AddFolded(HeaderWord.Last, "குடும்பப்பெயர்");
            AddFolded(HeaderWord.Id, "அடையாளம்");

            // Bulgarian (the Russian lines cover the rest).
            AddFolded(HeaderWord.NamePart, "име");
            AddFolded(HeaderWord.Middle, "презиме");
            // The given name is "own name" ("Собствено име", as AccessManager's users list writes it beside "Средно име", the
            // middle name, and "Фамилия").
            AddFolded(HeaderWord.Given, "собствено");
            AddFolded(HeaderWord.Middle, "средно");

            // Armenian: "Անուն" (the name; beside "Ազգանուն", the surname, the given name), "Հայրանուն" (the patronymic),
            // "Հեռախոսահամար" (the phone number), "Բջջային" (the mobile), "Էլ. փոստ" (e-mail), the client's and member's
            // number ("Հաճախորդի համար"; the genitive is written joined, -ի), "Անվանում" (a thing's or a firm's name).
            AddFolded(HeaderWord.NamePart, "անուն անունը");
            AddFolded(HeaderWord.Last, "ազգանուն ազգանունը");
            AddFolded(HeaderWord.Middle, "հայրանուն հայրանունը");
            AddFolded(HeaderWord.Neutral, "անվանում անվանումը էլ");
            AddFolded(HeaderWord.Phone, "հեռախոս հեռախոսը հեռախոսահամար հեռախոսահամարը հեռ");
            AddFolded(HeaderWord.Mobile, "բջջային");
            AddFolded(HeaderWord.Email, "էլփոստ փոստ");
            AddFolded(HeaderWord.Number, "համար համարը");
            AddFolded(HeaderWord.IdOwner, "հաճախորդ հաճախորդի անդամ անդամի աշխատակից աշխատակցի ուսանող ուսանողի աշակերտ աշակերտի");
            AddFolded(HeaderWord.City, "քաղաք քաղաքը");
            AddFolded(HeaderWord.Address, "հասցե հասցեն");
            AddFolded(HeaderWord.Country, "երկիր երկիրը");
            AddFolded(HeaderWord.Company, "ընկերություն ընկերության կազմակերպություն կազմակերպության");

            // Kazakh and Kyrgyz: "Аты-жөні", "Аты-жөнү" (the whole name: the name and its particulars), "Аты" (beside "Тегі" or
            // "Фамилиясы", the given name), "Телефон нөмірі", "Телефон номери", "Ұялы телефон" (the mobile), "Мекенжай" (the
            // address), "Қала", "Шаар" (the town); the client ("Кардар", "Тұтынушы"). Uzbek "Ф.И.Ш." is the Russian "Ф.И.О.".
            AddFolded(HeaderWord.NamePart, "аты атыңыз");
            AddFolded(HeaderWord.Full, "жөні жөнү");
            AddFolded(HeaderWord.Last, "тегі фамилиясы");
            AddFolded(HeaderWord.Number, "нөмірі нөмір номери номур");
            AddFolded(HeaderWord.Mobile, "ұялы мобилдик");
            AddFolded(HeaderWord.Neutral, "электрондық электрондук");
            AddFolded(HeaderWord.Address, "мекенжай мекенжайы дарек дареги");
            AddFolded(HeaderWord.City, "қала қаласы шаар шаары");
            AddFolded(HeaderWord.IdOwner, "кардар кардардын тұтынушы тұтынушының");
            AddFolded(HeaderWord.Name, "фиш");

            // A loan's guarantor (a bank's collection list: "Երաշխավորի հեռախոսահամար", the guarantor's phone) or co-signer is
            // someone else: their name and phone are never the borrower's.
            AddFolded(HeaderWord.Elsewhere, "guarantor guarantors cosigner cosigners burge burgen garant garanten garante garantes fiador fiadora avalista",
                "fideiussore poreczyciel поручитель поручителя поручителі поручителя гарант гаранта kefil kefili երաշխավոր երաշխավորի");
            AddFolded(HeaderWord.City, "град");
            AddFolded(HeaderWord.Country, "държава");

            // Lithuanian, Latvian and Estonian, as forms and tables in those languages write them ("Vardas", "Pavardė",
            // "Vardas ir pavardė", "El. pašto adresas", "Elektroninis paštas", "telefono numeris", "Įmonė"; "Vārds", "Uzvārds",
            // "E-pasts", "Tālrunis"; "Eesnimi", "Perekonnanimi", "E-post", "Telefon"). "ir" and "un" are their "and".
            AddFolded(HeaderWord.First, "vardas vardo", "vards", "eesnimi");
            AddFolded(HeaderWord.Last, "pavarde pavardes", "uzvards", "perekonnanimi perenimi");
            AddFolded(HeaderWord.Neutral, "ir un elektroninis elektroninio elektroniniu");
            AddFolded(HeaderWord.Email, "pastas pasto elpastas", "epasts", "epost");
            AddFolded(HeaderWord.Phone, "telefonas telefono", "talrunis talruna talr", "telefon");
            AddFolded(HeaderWord.Mobile, "mobilusis mobiliojo mobilaus", "mobilais", "mobiil mobiili");
            AddFolded(HeaderWord.Number, "numeris numerio", "numurs", "number numbri");
            AddFolded(HeaderWord.City, "miestas miesto", "pilseta", "linn");
            AddFolded(HeaderWord.Country, "salis salies", "riik");
            // German "Ländercode" and Dutch "Landcode": the country's code (a practice system's patients: "DE", "AT"), the region
            // a national number takes; the phone's country code is the "Ländervorwahl".
            AddFolded(HeaderWord.Country, "landercode laendercode landcode");

            // Georgian, as a Tbilisi salon's CRM heads its clients ("კლიენტის სახელი", the client's name; "მობილური"): "სახელი"
            // alone is the name (the given name next to "გვარი"), the owner in the genitive (-ის) before it. "ელ" + "ფოსტა" is
            // e-mail, "და" their "and"; "პირადი ნომერი" (the personal number) is the state's register, never the record's key.
            AddFolded(HeaderWord.NamePart, "სახელი სახელის");
            AddFolded(HeaderWord.Last, "გვარი გვარის");
            AddFolded(HeaderWord.Full, "სრული");
            AddFolded(HeaderWord.Email, "ელფოსტა ელფოსტის ფოსტა ფოსტის იმეილი");
            AddFolded(HeaderWord.Phone, "ტელეფონი ტელეფონის ტელ");
            AddFolded(HeaderWord.Mobile, "მობილური მობილურის მობ");
            AddFolded(HeaderWord.Number, "ნომერი ნომრის");
            AddFolded(HeaderWord.IdOwner, "კლიენტი კლიენტის მომხმარებელი მომხმარებლის წევრი წევრის პაციენტი პაციენტის სტუდენტი სტუდენტის",
                "თანამშრომელი თანამშრომლის მოსწავლე მოსწავლის");
            AddFolded(HeaderWord.Company, "კომპანია კომპანიის ორგანიზაცია ორგანიზაციის");
            AddFolded(HeaderWord.City, "ქალაქი ქალაქის");
            AddFolded(HeaderWord.Country, "ქვეყანა ქვეყნის");
            AddFolded(HeaderWord.Address, "მისამართი მისამართის");
            AddFolded(HeaderWord.Neutral, "ელ");
            AddFolded(HeaderWord.Connector, "და");
            AddFolded(HeaderWord.Blocker, "პირადი");
            // "მომხმარებლის სახელი" is how Georgian interfaces say "User Name" (a login, beside "სახელი", the name); "იდენტიფიკატორი"
            // the identifier (a user-management portal's list).
            AddFolded(HeaderWord.Login, "მომხმარებლისსახელი");
            AddFolded(HeaderWord.Id, "იდენტიფიკატორი");
            // Employees in Arabic ("اسم الموظف", an Iraqi ministry's promotion report, beside "الرقم الاضبارة", the personnel file's
            // number) and Bulgarian ("Име на Служителя"); a Bulgarian or Russian manager is someone else ("Име на Мениджър").
            AddFolded(HeaderWord.IdOwner, "موظف الموظف اضبارة الاضبارة", "служител служителя служителят служители");
            // The employment's number ("الرقم الوظيفي", a Saudi staffing firm's employees, often written with ى), Turkish
            // "Sicil Numarası" (a foundation's register number of its scholars, a firm's of its staff): the row's own number.
            AddFolded(HeaderWord.IdOwner, "الوظيفي وظيفي الوظيفى", "sicil");
            // Chinese "登录" (to log in: KodBox's "登录账号", the login account) before the account, and "唯一" (unique) in a note
            // ("昵称(唯一)"): neither names a field.
            AddFolded(HeaderWord.Neutral, "登录 登錄 唯一");
            // WhatsApp in Arabic and Persian script (an Egyptian gym's "موبايل", "واتساب"): a mobile.
            AddFolded(HeaderWord.Mobile, "واتساب واتسآپ واتس‌اپ");
            AddFolded(HeaderWord.Elsewhere, "мениджър мениджъра менеджер менеджера");
            // Ethiopian forms give each name twice, "(በአማርኛ)" in Amharic and "(በእንግሊዝኛ)" in English: the script qualifies the
            // name, as 漢字 does. "የአያት ስም", the grandfather's name, is a family name as the father's is.
            AddFolded(HeaderWord.Neutral, "በአማርኛ በእንግሊዝኛ");
            AddFolded(HeaderWord.Last, "የአያት");
            // An applicant, a customer and a member in Amharic, with the genitive "የ" ("የአመልካች ስም": Frappe Lending's applicant's
            // name in Amharic); the applicant's column alone holds the applicant's own id.
            AddFolded(HeaderWord.IdOwner, "አመልካች የአመልካች ደንበኛ የደንበኛ አባል የአባል");
            // A resident (a woreda office's appointments: "የነዋሪ ስም", the resident's name).
            AddFolded(HeaderWord.IdOwner, "ነዋሪ");
            // The requester ("የጠያቂው ስም": Primero's tracing requests in Amharic, the one asking to trace a relative) is the row's
            // party; "መታወቂያ" is the identifier (the record's id).
            AddFolded(HeaderWord.IdOwner, "ጠያቂ የጠያቂ የጠያቂው ጠያቂው");
            AddFolded(HeaderWord.Id, "መታወቂያ");
            // The buyer in Serbian, Croatian, Bosnian and Slovenian ("Šifra kupca", "Naziv kupca": a field-sales app's customers).
            AddFolded(HeaderWord.IdOwner, "kupac kupca kupci kupcu kupec купац купца купци");
            // Bulgarian and Macedonian "на" (of): "Име на Служителя", the employee's name.
            AddFolded(HeaderWord.Connector, "на");

            // Mongolian (Snipe-IT's users in Mongolian: "Нэр", "И-мэйл хаяг", "Менежер"; forms' "Овог", "Утас", "Гар утас"): "Нэр"
            // alone is the name, the given name beside "Овог" (the family name); "гар" (hand) makes the phone a mobile.
            AddFolded(HeaderWord.NamePart, "нэр нэрс");
            AddFolded(HeaderWord.Last, "овог");
            AddFolded(HeaderWord.Phone, "утас утасны");
            AddFolded(HeaderWord.Mobile, "гар");
            AddFolded(HeaderWord.Number, "дугаар");
            AddFolded(HeaderWord.Address, "хаяг");
            AddFolded(HeaderWord.City, "хот");
            AddFolded(HeaderWord.Country, "улс");
            AddFolded(HeaderWord.IdOwner, "ажилтан ажилтны харилцагч харилцагчийн гишүүн гишүүний оюутан сурагч үйлчлүүлэгч");

            // Azerbaijani (Redmine's users: "Ad;Soyad;e-poçt;...;Mobil telefon;Tabel nömrəsi"): "Tabel nömrəsi" (the personnel
            // number; Russian "Табельный номер") is the employee's own number, as "Personalnummer" is.
            AddFolded(HeaderWord.Email, "epoct");
            AddFolded(HeaderWord.Number, "nomrə nomrəsi");
            AddFolded(HeaderWord.IdOwner, "tabel табельный müştəri işçi");
            AddFolded(HeaderWord.Address, "unvan");
            AddFolded(HeaderWord.City, "səhər");
            AddFolded(HeaderWord.Country, "olkə");
            AddFolded(HeaderWord.Company, "sirkət");

            // Lao (Open Source Point of Sale's customers in Lao: "ລະຫັດ", "ນາມສະກຸນ", "ຊື່", "ເບີໂທ"): "ຊື່" alone is the name, the
            // given name beside "ນາມສະກຸນ" (the family name); "ເບີໂທ" the phone's number; "ລະຫັດ" a code.
            AddFolded(HeaderWord.NamePart, "ຊື່");
            AddFolded(HeaderWord.Last, "ນາມສະກຸນ");
            AddFolded(HeaderWord.Phone, "ເບີໂທ ໂທລະສັບ");
            AddFolded(HeaderWord.Email, "ອີເມວ ອີເມລ");
            AddFolded(HeaderWord.Address, "ທີ່ຢູ່");
            AddFolded(HeaderWord.Company, "ບໍລິສັດ");
            AddFolded(HeaderWord.IdOwner, "ລູກຄ້າ ສະມາຊິກ ພະນັກງານ");
            AddFolded(HeaderWord.Id, "ລະຫັດ");

            // Kurdish: Sorani in Arabic letters (a Slemani shop's till: "ناوی کڕیار", the customer's name; "ژمارەی مۆبایل", the mobile's
            // number; the ezafe -ی joins the words) and Kurmanji in Latin letters ("Nav", "Paşnav", "Jimara telefonê").
            AddFolded(HeaderWord.NamePart, "ناو ناوی", "nav nave");
            AddFolded(HeaderWord.Last, "پاشناو", "pasnav pasnave");
            AddFolded(HeaderWord.Full, "تەواو", "tevahi");
            // "ناوی ڕاستەقینە" (the real name: DokuWiki's Sorani user list, as against the login), as "Real name" is.
            AddFolded(HeaderWord.Full, "ڕاستەقینە ڕاستەقینەی");
            // Pashto (Nazim, an Afghan madrasa system's users: "نوم", "بریښنالیک", "تلیفون"): name, e-mail, phone, mobile, surname.
            AddFolded(HeaderWord.NamePart, "نوم");
            AddFolded(HeaderWord.Last, "تخلص");
            AddFolded(HeaderWord.Email, "بریښنالیک برېښناليک");
            AddFolded(HeaderWord.Phone, "تلیفون ټیلیفون ټلیفون تیلیفون");
            AddFolded(HeaderWord.Mobile, "موبایل ګرځنده");
            AddFolded(HeaderWord.Number, "شمیره");
            AddFolded(HeaderWord.Number, "ژمارە ژمارەی", "jimar jimara");
            AddFolded(HeaderWord.Mobile, "مۆبایل مۆبایلی", "mobil mobile");
            AddFolded(HeaderWord.Phone, "تەلەفۆن تەلەفۆنی", "telefon telefone");
            AddFolded(HeaderWord.Email, "ئیمەیل ئیمەیڵ");
            AddFolded(HeaderWord.Address, "ناونیشان", "navnisan");
            AddFolded(HeaderWord.City, "شار", "bajar");
            AddFolded(HeaderWord.IdOwner, "کڕیار کڕیاری ئەندام ئەندامی کارمەند قوتابی نەخۆش", "kiryar endam");

            // Tagalog (a Google Meet attendance add-on's "Pangalan","Email","Katayuan"; forms' "Unang pangalan", "Apelyido", "Numero
            // ng telepono"): "Pangalan" alone is the name, the given name beside "Apelyido"; "ng" is their "of", "mga" a plural.
            AddFolded(HeaderWord.NamePart, "pangalan");
            AddFolded(HeaderWord.Last, "apelyido apilyido");
            AddFolded(HeaderWord.First, "unang");
            AddFolded(HeaderWord.Middle, "gitnang");
            AddFolded(HeaderWord.Full, "buong");
            AddFolded(HeaderWord.Mobile, "selpon selfon");
            AddFolded(HeaderWord.Address, "tirahan");
            AddFolded(HeaderWord.City, "lungsod");
            AddFolded(HeaderWord.Country, "bansa");
            AddFolded(HeaderWord.Company, "kumpanya kompanya");
            AddFolded(HeaderWord.IdOwner, "miyembro estudyante kostumer kliyente pasyente empleyado");
            AddFolded(HeaderWord.Connector, "ng");
            AddFolded(HeaderWord.Neutral, "mga");
            AddFolded(HeaderWord.Blocker, "kaarawan kasarian");

            // Afrikaans (a congregation's member list: "Naam,Van,E-pos,Selfoon"; "Selnommer", "Werksfoon", "Lidnommer"). "Van",
            // the surname, is also the word for "of" and "from": ColumnMap reads it as the surname only alone, beside a name.
            AddFolded(HeaderWord.Email, "epos");
            AddFolded(HeaderWord.Mobile, "selfoon selnommer selfoonnommer");
            AddFolded(HeaderWord.Phone, "foon landlyn");
            AddFolded(HeaderWord.Number, "nommer");
            AddFolded(HeaderWord.IdOwner, "lidmaat lidmate");

            // Icelandic, as invoicing and club software head a customer or member file (RUKK's "Kennitala;Nafn;Heimilisfang;
            // Póstnúmer;Staður;Land;Tengiliður;Sími;Netfang"): "Nafn" is the name, "Sími" the phone, "Staður" the town. Faroese
            // "Teldupostur" (e-mail). The kennitala is the state's register (a document line of its own says so).
            AddFolded(HeaderWord.NamePart, "nafn");
            AddFolded(HeaderWord.First, "fornafn");
            AddFolded(HeaderWord.Last, "eftirnafn");
            AddFolded(HeaderWord.Middle, "millinafn");
            AddFolded(HeaderWord.Full, "fullt");
            AddFolded(HeaderWord.Phone, "simi sima simanumer heimasimi vinnusimi");
            AddFolded(HeaderWord.Mobile, "farsimi farsima farsimanumer");
            AddFolded(HeaderWord.Email, "tolvupostur tolvupostfang teldupostur");
            AddFolded(HeaderWord.Address, "heimilisfang");
            AddFolded(HeaderWord.City, "stadur sveitarfelag");
            AddFolded(HeaderWord.Company, "fyrirtaeki");
            AddFolded(HeaderWord.IdOwner, "vidskiptavinur vidskiptavinar felagi felagsmadur nemandi starfsmadur sjuklingur");
            AddFolded(HeaderWord.Number, "numer");

            // Albanian ("Emri", "Mbiemri", "Emri i plotë", "Numri i telefonit", "Shteti", "Qyteti"): "Emri" alone is the name
            // (the given name next to "Mbiemri"); "Shteti" (the state) is the country, as "Vendi" is. "dhe" is their "and".
            AddFolded(HeaderWord.NamePart, "emri emer emrit");
            AddFolded(HeaderWord.Last, "mbiemri mbiemer mbiemrit");
            AddFolded(HeaderWord.Full, "plote");
            AddFolded(HeaderWord.Phone, "telefonit");
            AddFolded(HeaderWord.Mobile, "celularit");
            AddFolded(HeaderWord.IdOwner, "klientit anetari anetarit punonjesi punonjesit pacienti pacientit studenti studentit nxenesi nxenesit",
                "perdoruesi perdoruesit");
            AddFolded(HeaderWord.Company, "kompania kompanise kompanite");
            AddFolded(HeaderWord.City, "qyteti qytetit");
            AddFolded(HeaderWord.Country, "shteti shtetit vendi");
            AddFolded(HeaderWord.Connector, "dhe");

            // A name's reading, how it is pronounced, is not the name: Google's "Phonetic First Name" and "Given Name Yomi",
            // Japanese furigana columns ("お名前(セイ)", "フリガナ", "ヨミ"; セイ and メイ are the readings of 姓 and 名), Chinese
            // pinyin and zhuyin, Korean 발음.
            AddFolded(HeaderWord.Blocker, ReadingList);
            ReadingWords.UnionWith(FoldAll(ReadingList));
            // Whom a number identifies, in Chinese, Japanese and Korean: "用户序号" (the user's serial number), "会員番号", "客户编号",
            // "회원번호" are the person's own id, as "Customer Number" and "Member No" are.
            AddFolded(HeaderWord.IdOwner, "用户 用戶 会员 會員 客户 客戶 顾客 顧客 员工 員工", "会員 社員 従業員 職員 教職員 スタッフ", "회원 고객 직원 사원",
                // Korean 거래처, the business partner (ECOUNT's "거래처명", "거래처코드"), as Japanese 取引先 is.
                "거래처");
            // Japanese 取引先, the business partner (a customer or a supplier: freee's "取引先コード", the partner's code), and
            // Chinese 往来单位, its counterpart in Kingdee's and Yonyou's ledgers.
            AddFolded(HeaderWord.IdOwner, "取引先 往来单位 往來單位");
            // A congregation's members and givers (COMS, a Korean church's giving report: "교인명", the member's name; "성도",
            // "교우", "신자"), and in Indonesia and Malaysia a mosque's or a zakat office's ("Nama Muzaki", who pays the zakat;
            // "Jamaah", the congregation; "Donatur", the donor).
            AddFolded(HeaderWord.IdOwner, "교인 성도 교우 신자 헌금자", "muzaki muzakki jamaah jemaah donatur penderma");
            AddFolded(HeaderWord.Number, "序号 序號 番号");
            // "工号" (the work number an employer gives, JeecgBoot's staff number), "学号" (a student's number): whose number it is.
            AddFolded(HeaderWord.IdOwner, "工 學 学");
            // Korean "학번" (a student's number), "사번" (an employee's), Japanese "学籍番号" (the student register's number).
            AddFolded(HeaderWord.IdOwner, "학 사 学籍 學籍");
            AddFolded(HeaderWord.Number, "번");
            // "真实姓名" (real name, as against the login), "实名", Japanese "本名": the person's full name.
            AddFolded(HeaderWord.Full, "真实 真實");
            AddFolded(HeaderWord.Name, "实名 實名 本名");
            // Japanese forms put an honorific before a noun: "お名前" is 名前, "ご住所" is 住所, "お電話番号" is 電話番号.
            AddFolded(HeaderWord.Neutral, "お ご 御");
            // "お客様" is the customer with its honorific cut off ("お客様番号", "お客様名", Yamato's "お客様管理番号"); "管理" (managed)
            // says the number is the one the shop manages for the customer ("顧客管理番号").
            AddFolded(HeaderWord.IdOwner, "客様 お客様");
            AddFolded(HeaderWord.Neutral, "管理");

            // Where a phone is, beside the Japanese words HeaderVocabulary.cs lists ("仕事用の電話番号", "私用"), in Vietnamese
            // ("Số điện thoại (cá nhân)") and Turkish "özel" (private). Turkish "iş" (work) is not listed: folded it is English "is".
            AddFolded(HeaderWord.Work, "仕事用 職場", "congviec");
            AddFolded(HeaderWord.Home, "私用", "canhan nharieng", "ozel");
            AddFolded(HeaderWord.Middle, "tenlot");
            // The record the export is of, like "lead" and "contact": "线索名称" is the lead's name.
            AddFolded(HeaderWord.Neutral, "线索 線索 リード 리드");
            // An affiliation is whom the person works for (Indico, conference and university systems).
            AddFolded(HeaderWord.Company, "affiliation affiliations", "zugehorigkeit", "afiliacion", "affiliazione", "afiliacao", "affiliatie",
                "所属機関 所属先 工作单位 所在单位 소속기관");
            // "Identification" alone is the record's key (Jorani's "Identifikace", "التعريف"); "identity card" is a registry.
            AddFolded(HeaderWord.Id, "identification identifikace identifikation identificacion identificacao identificazione identyfikacja",
                "التعريف تعريف", "អត្តសញ្ញាណ");
            // "Identifier" in more languages: DokuWiki's Hungarian user export heads its login "Felhasználó azonosító".
            AddFolded(HeaderWord.Id, "azonosito identifikator identificator tunniste tanimlayici идентификатор ідентифікатор αναγνωριστικο");
            AddFolded(HeaderWord.Number, "លេខ");
            AddFolded(HeaderWord.Last, "اللقب لقب");
            // A superior is someone else: Czech "Nadřízený", Polish "Przełożony", Arabic "مدير", Khmer "អ្នកគ្រប់គ្រង".
            AddFolded(HeaderWord.Elsewhere, "nadrizeny nadrizena przelozona", "مدير المدير", "អ្នកគ្រប់គ្រង");
            AddFolded(HeaderWord.Email, "ម៉ែល អ៊ីមែល");
            AddFolded(HeaderWord.Phone, "ទូរស័ព្ទ");
            // More Khmer, as CloudMFI's borrowers are headed in it: "ឈ្មោះ" (the name), "នាមត្រកូល" (the family name),
            // "ក្រុមហ៊ុន" (the company), "អាស័យដ្ឋានអ៊ីម៉េល" (the e-mail address, written in one run), "អតិថិជន" (the customer),
            // "ទីក្រុង" (the city), "អាសយដ្ឋាន" (the address).
            AddFolded(HeaderWord.Name, "ឈ្មោះ");
            AddFolded(HeaderWord.Last, "នាមត្រកូល");
            AddFolded(HeaderWord.Company, "ក្រុមហ៊ុន");
            AddFolded(HeaderWord.Email, "អ៊ីម៉េល អាស័យដ្ឋានអ៊ីម៉េល អាសយដ្ឋានអ៊ីម៉េល");
            AddFolded(HeaderWord.IdOwner, "អតិថិជន");
            AddFolded(HeaderWord.City, "ទីក្រុង");
            AddFolded(HeaderWord.Address, "អាស័យដ្ឋាន អាសយដ្ឋាន");

            AddSouth();
            AddThings();
            AddKeys();
        }
    }
}
