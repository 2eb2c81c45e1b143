using System;
using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // A record's code or number: ERP and CRM exports key a party by a code ("Code" in Tryton's party export: "the unique
    // identifier of the party", in its locales "Code Partei", "Código", "Код", "Kod", "کد", "代码", "Codi", "Kód", "Koodi",
    // "Kood", "Kode", "Šifra") or a number (Business Central's "No."/"Nr."/"Nº", Fat Free CRM's Estonian "nr"). Alone or
    // with a noun for the record itself (party, third party, counterparty) such a column is the record's key; with whose it
    // is (customer code, Kod klienta, 客户代码) the person's own id. Next to any other word it is something else's code or
    // number (postal code, country code, promo code, order number, VAT number) and never the contact's.
    internal static partial class HeaderVocabulary
    {
        private static readonly HashSet<string> CodeWords = new HashSet<string>(StringComparer.Ordinal);
        private static readonly HashSet<string> RecordNouns = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>True for a word meaning "code" (code, Code, código, codi, kod, kód, код, koodi, kood, kode, kodas, کد, 代码, コード, 코드).</summary>
        public static bool IsCodeWord(string word) => CodeWords.Contains(word);

        /// <summary>
        /// True for a noun naming the record an ERP or CRM export is about (party, Partei, tiers, tercero, контрагент, 取引先):
        /// next to a code or number word it says whose the key is, the row's own.
        /// </summary>
        public static bool IsRecordNoun(string word) => RecordNouns.Contains(word);

        private static readonly HashSet<string> StreetWords = new HashSet<string>(FoldAll(
            "street str road address addr strasse strase adresse rue calle via rua straat gata gatan gade gate ulica ul katu tanav iela gatve",
            "sokak cadde utca strada οδος улица ул вулиця адрес 街 通り 路 道路 거리",
            // Hebrew, Arabic, Persian, Hindi and Thai (an Israeli town's substitute teachers: "רחוב", "מספר", "עיר").
            "רחוב شارع الشارع خیابان سڑک सड़क ถนน"), StringComparer.Ordinal);

        /// <summary>True for a word naming a street (street, Straße, rue, calle, ulica, улица): a bare number next to it is the house number.</summary>
        public static bool IsStreetWord(string word) => StreetWords.Contains(word) || Of(word) == HeaderWord.Address;

        // Parts of an address that are neither its street nor its postal code: the line after the street, the neighbourhood.
        private static readonly HashSet<string> AddressPartWords = new HashSet<string>(FoldAll(
            "complemento complement bairro barrio colonia adresszusatz",
            // Peru's addresses as SUNAT's register writes them: "TIPO DE ZONA", "NÚMERO", "INTERIOR", "LOTE", "MANZANA".
            "zona interior lote manzana urbanizacion"), StringComparer.Ordinal);

        /// <summary>True for a word naming a part of an address beside its street (Complemento, Bairro).</summary>
        public static bool IsAddressPartWord(string word) => AddressPartWords.Contains(word);

        /// <summary>A driver (driver, chauffeur, Fahrer, kierowca, водитель): a driver list's party, someone else beside a customer.</summary>
        internal static readonly HashSet<string> Drivers = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>A team's captain (captain, Kapitän, kapitán, capitaine): the team's contact, or someone over the row's player.</summary>
        internal static readonly HashSet<string> Captains = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>A player (player, Spieler, hráč, gracz): the person a team's or a club's registration is of.</summary>
        internal static readonly HashSet<string> Players = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>A licence (a federation's, a software's): its number is the licensee's, its key the product's.</summary>
        internal static readonly HashSet<string> Licences = new HashSet<string>(StringComparer.Ordinal);

        private static void AddKeys()
        {
            // One string per language group: en, de, fr/ca/es/it/pt/ro, nl, Nordic, pl/cs/sk/sl/hr/sr, ru/uk/bg, el, tr, hu,
            // Baltic, id/ms, fa/ar/he, zh, ja, ko, vi; then the loanword in Indian scripts and Urdu (a Bangladeshi samity's
            // members: "কোড"), Swahili, Thai.
            var codes = FoldAll("code codes", "kode", "codigo codi codice cod", "", "koodi kode", "kod kodu sifra", "код кода коды",
                "κωδικος κωδικου", "kod kodu", "kod", "kood koodi kodas kods", "kode", "کد كود رمز קוד کۆد کۆدی", "代码 代碼 编码 編碼",
                "コード", "코드", "ma", "কোড कोड கோட் కోడ్ ಕೋಡ್ കോഡ് કોડ ਕੋਡ کوڈ", "msimbo", "โค้ด").ToList();
            CodeWords.UnionWith(codes);
            // Listed so compounds ("Kundencode", "Klantcode") and CJK runs ("客户代码", "顧客コード") are cut at them; the role is
            // that of "code" elsewhere: the column describes a value. "codice" keeps its role of an id, "ma" its vowel-less
            // Vietnamese spelling is too short to be a word of its own.
            AddFolded(HeaderWord.Blocker, string.Join(" ", codes.Where(c => c.Length > 2 && c != "codice")));
            // Whose a number or code is, in Turkish and Finnish: "Müşteri Kodu", "Müşteri No", "Üye Numarası", "Asiakasnumero",
            // "Jäsennumero" are the person's own id, as "Customer Number" is.
            AddFolded(HeaderWord.IdOwner, "müşteri musterisi üye çalışan personel", "asiakas asiakkaan jäsen jasenen työntekijä");
            // Kurmanji "Mişterî", "Xerîdar" (ExpandCart's Kurdish orders: "ID Mişterî", the customer's id).
            AddFolded(HeaderWord.IdOwner, "misteri mistiri xeridar");
            // Turkish parties of clinics, landlords, utilities and charities: a patient ("Hasta No", a diagnostic centre's
            // register), a counselee, a tenant, a subscriber, a donor; their number is their own id.
            AddFolded(HeaderWord.IdOwner, "hasta hastanin danisan danisanin kiraci kiracinin abone abonenin bagisci bagiscinin");
            // Estonian "Kliendikood", "Kliendi number": the client's (klient, genitive kliendi) code is the person's own id.
            AddFolded(HeaderWord.IdOwner, "klient kliendi");
            // Finnish "tunnus" (an id: Fivaldi's "ASIAKASTUNNUS", "Jäsentunnus"); "Henkilötunnus" (hetu) is the national identity
            // number and "Y-tunnus" the business register's, never the record's. Dutch "Bondsnummer" is a member's number at
            // the federation (a sports club's KNVB number), the person's own.
            AddFolded(HeaderWord.Id, "tunnus");
            AddFolded(HeaderWord.Registry, "henkilotunnus hetu");
            // Maghreb Arabic "المعرف الجبائي" (the fiscal identifier, Tunisia's matricule fiscal; ResourceManager's clients).
            AddFolded(HeaderWord.Registry, "الجبائي جبائي الجبائية");
            AddFolded(HeaderWord.IdOwner, "bonds");
            // A sports federation's licence is the member's number there, the person's own and kept season after season (a
            // French club's "N° de licence", a Dutch shooting club's "Licentienr.", "Nº Licencia", "Lizenznummer"; the licensee,
            // "licencié"). Alone it names nothing (a licence's type or category). A driving licence is the state's document.
            Licences.UnionWith(FoldAll("licence license licences licenses licentie licenz lizenz licencia licenza licenca licencja licens lisenssi"));
            AddFolded(HeaderWord.IdOwner, string.Join(" ", Licences), "licencie licenciee licenciado licenciada tesserato tesserata");
            AddFolded(HeaderWord.Blocker, "rijbewijs fuhrerschein fahrerlaubnis fuehrerschein korkort korekort ajokortti prawojazdy");
            // An Indian school's or college's "Roll No": the student's number on the institute's roll. Taiwanese "代號" (SFS3's
            // student number, an ERP's "客戶代號") is a record's number, not a code describing a value (代碼).
            AddFolded(HeaderWord.IdOwner, "roll");
            // The same schools' "GR No" (the General Register's number, the pupil's for good); "Reg No" and "GeneralRegNo" (a
            // typing institute's students) are read so by HeaderVocabulary.Abbreviation.
            AddFolded(HeaderWord.IdOwner, "gr");
            // Dutch "Relatienummer" (DigitaleFactuur's, many Dutch bookkeeping tools'): the number of the business relation, the
            // customer or supplier the row is, as "Klantnummer" is the customer's.
            AddFolded(HeaderWord.IdOwner, "relatie");
            // Sportlink's "Rel. code" (the relatiecode of every member of a Dutch sports federation), "Rel.nr.".
            AddFolded(HeaderWord.IdOwner, "rel");
            // Donor management's record of a person or organisation (Raiser's Edge, Little Green Light): "Constituent ID".
            AddFolded(HeaderWord.IdOwner, "constituent constituents");
            // A property manager's tenant (Vantaca's "TenantPhone2", "Mieternummer"): the person the row is. A multi-tenant
            // system's "tenant_id", the same in every row, is ruled out as a key by its values.
            AddFolded(HeaderWord.IdOwner, "tenant tenants", "mieter mieterin", "locataire", "inquilino inquilina", "affittuario conduttore",
                "locatario", "huurder", "hyresgast", "najemca");
            // A building's residents (a Brazilian condominium app's "residents", "Moradores"; "Bewohner", "Résidents"): the persons
            // the row names, as tenants are.
            AddFolded(HeaderWord.IdOwner, "resident residents", "bewohner bewohnerin", "residant residants", "residente residentes",
                "residente residenti", "morador moradora moradores", "bewoner bewoners", "mieszkaniec mieszkancy");
            // A Chinese estate's home owner ("业主", "业主电话": MicroCommunity's arrears report), the person a property manager
            // bills, as a tenant is; not a CRM record's owner (所有者, 负责人).
            AddFolded(HeaderWord.IdOwner, "业主 業主");
            // "nm", the name in database columns (CUST_NM, USER_NM; a Brazilian church's "Nm_Membro", "Nm_Conjuge", "Nm_Mae").
            AddFolded(HeaderWord.Name, "nm");
            AddFolded(HeaderWord.Id, "代號 代号");
            // "識別子" (identifier: customerdb's customer code), Chinese "标识符", "识别码", Korean "식별자".
            AddFolded(HeaderWord.Id, "識別子 识别子 标识符 標識符 识别码 識別碼 식별자");
            // The record in Japanese and Korean, as "Record ID" is read (HubSpot's Japanese contacts export: "レコードID").
            AddFolded(HeaderWord.Neutral, "レコード 레코드");
            RecordNouns.UnionWith(FoldAll("party parties record entry", "partei parteien", "tiers tercero terceros tercer terceiro",
                "relatie", "", "kontrahent kontrahenta strana", "контрагент контрагента контрагенты", "", "cari", "", "kontrahentas osapool",
                "", "", "", "取引先 往来单位", "거래처"));
            // A file or chart kept on the person (a clinic's "num_historia", "Nº Prontuário", "N° dossier", "Numer kartoteki", a
            // case's "Nº Expediente"): its number is the row's own.
            RecordNouns.UnionWith(FoldAll("chart file dossier", "akte kartei", "dossier", "historia historial expediente ficha", "cartella",
                "prontuario prontuarios ficha", "dossier", "kartoteka kartoteki kartoteke", "dosar dosarului", "φακελος φακελου", "kartoteka"));
            // Czech and Slovak "Číslo jednací" (the case's reference number an office gives each applicant's file).
            RecordNouns.UnionWith(FoldAll("jednaci"));
        }
    }
}
