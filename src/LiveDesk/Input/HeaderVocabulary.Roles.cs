using System;
using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // The staff member a record is assigned to, the last-name word of Romance languages, web-form field prefixes, e-mail
    // compounds the stemmer cannot split, and postal codes. Added after the parties and before the field lines, so these
    // roles win over them. Sources: Fat Free CRM's locales (config/locales/*_fat_free_crm.yml: assigned_to "Zugeordnet zu",
    // "Atribuído para", "Toegewezen aan", "Delegeeritud", "担当者", "授予"; last_name "Último nome"; email "Elektronpost";
    // state "Staat", "Stát", "Maakond", "都道府県", "省"; zipcode "CEP", "PSČ", "Postikood", "郵便番号", "邮编"), Contact Form 7's
    // default form (your-name, your-email, your-subject, your-message) and Ninja Forms' field keys ("firstname_1583949012345").
    internal static partial class HeaderVocabulary
    {
        // Words for a state, province or region inside a country: such a column is a country only when nothing else is.
        private static readonly HashSet<string> StateWords = new HashSet<string>(StringComparer.Ordinal);

        // Words for a postal code: never a phone, not even by its values ("20040-002" is a Brazilian CEP).
        private static readonly HashSet<string> PostalCodeWords = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>True for a word naming a state or province (Staat, state, province, Bundesland): a country only when no other column is.</summary>
        public static bool IsStateWord(string word) => StateWords.Contains(word);

        /// <summary>True for a word naming a postal code (CEP, PLZ, ZIP, postcode, CAP, PSČ, 邮编, 郵便番号, 우편번호, индекс).</summary>
        public static bool IsPostalCodeWord(string word) => PostalCodeWords.Contains(word);

        private static readonly HashSet<string> GuardianWords = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>True for a word naming a child's parent or guardian ("Parent", "Erziehungsberechtigter", "ผู้ปกครอง").</summary>
        public static bool IsGuardianWord(string word) => GuardianWords.Contains(word);

        private static void AddRoles()
        {
            // A mother's or father's column is another person's in every language ("Nome da Mãe", "Nm_Pai" in a Brazilian church's
            // members, Hungarian "Anyja neve", Turkish "Anne Adı"): never the contact's name, e-mail or phone. One string per
            // language: fr, es/it, pt, nl, sv/da/no, pl, cs/sk, hu, ro, tr.
            AddFolded(HeaderWord.Elsewhere, "mere pere maman", "madre padre", "mae pai", "moeder vader", "moder fader mamma pappa",
                "matka ojciec matki ojca", "otec matky otca", "anya apa anyja apja", "mama tata mamei tatalui", "anne baba annesi babasi");
            // A parent or guardian in more languages (a club's or a school's minors: Plan A's "Kontakt roditelja", SporcuMoto's "Veli
            // Adı", "Vanema telefon", "保護者"): the person to call about the child, never the child. One string per language: hr/sr/bs,
            // sl, cs/sk, hu, ro, bg/ru/uk, et, lt, lv, fi, sv, da, no, de, tr, el, es, it, nl, ar, he, zh, ja, ko, th, id/ms, vi, fa.
            // Not Slovenian "starš" alone (English "stars"), Estonian "vanem" nor Finnish "vanhempi" (also "older").
            var guardians = new[] { "roditelj roditelja roditelji roditelju skrbnik skrbnika staratelj staratelja родитељ родитеља старатељ",
                "starsa starsi starsev", "rodic rodice rodicu rodica rodicov zakonny", "szulo szulok szulojenek gondviselo gondviseloje",
                "parinte parintele parinti parintilor tutore", "родител родителя родители родитель опекун опекуна настойник опікун батьки",
                "vanema vanemate hooldaja", "tevai tevu globejas", "vecaki vecaku aizbildnis", "huoltaja huoltajan vanhemman",
                "vardnadshavare foralder foraldrar", "foraelder foraeldre vaerge", "foresatt foresatte forelder foreldre",
                "erziehungsberechtigter erziehungsberechtigte sorgeberechtigter sorgeberechtigte", "veli velisi",
                "γονεας γονεα γονεων κηδεμονας κηδεμονα", "padres tutor tutora acudiente apoderado", "genitore genitori tutore",
                "ouder ouders voogd", "ولي الوالد الوالدين والد والدہ والدہ", "הורה הורים אפוטרופוס", "家长 家長 监护人 監護人 父母", "保護者", "보호자 학부모 부모",
                "ผู้ปกครอง", "orangtua wali", "phuhuynh", "والدین سرپرست", "parent parents guardian guardians mere pere madre padre mae pai moeder vader" };
            AddFolded(HeaderWord.Elsewhere, guardians.Take(guardians.Length - 1).ToArray());
            foreach (var word in FoldAll(guardians)) GuardianWords.Add(word);
            // The head of the family a child's record names first (eVaka's "Päämies", "Huvudman"), and the child in more
            // languages ("Lapsen nimi", "Barnets namn"): someone else's beside the row's own person (see ColumnMap.Children).
            AddFolded(HeaderWord.Elsewhere, "paamies paamiehen huvudman huvudmannen", "lapsi lapsen lapset barnet barnets barnas dziecka",
                "ребенок ребенка ребёнок ребёнка дитина дитини cocuk cocugun cocugu παιδι παιδιου ילד ילדה طفل الطفل",
                "子供 児童 園児 孩子 儿童 兒童 幼儿 幼兒 아동 원아 dijete djeteta gyermek gyermeke copil copilul copilului");

            // A city line ("Городской тел", a staff directory's outside number beside the "IP телефон" extension): a phone like
            // any other, the kind left to the other columns.
            AddFolded(HeaderWord.Neutral, "городской городского міський стационарный стаціонарний");
            // Russian "ФИО", "Ф.И.О." (фамилия, имя, отчество) and Ukrainian "ПІБ" (прізвище, ім'я, по батькові): the initials of the
            // three name parts head the whole name, alone or with whose it is ("ФИО клиента", "ПІБ учня").
            // Kazakh "ТАӘ" (тегі, аты, әкесінің аты: ABillS's users in Kazakh) is the same.
            AddFolded(HeaderWord.Name, "фио піб таә");
            // Russian "Телефон для связи" (the phone to reach one on: pretalx's speakers), "связь" the contact.
            AddFolded(HeaderWord.Neutral, "связи связь зв'язку");
            // An employee in a staff directory ("ФИО сотрудника", "Телефон працівника"): the row's person, as "Employee" is.
            AddFolded(HeaderWord.IdOwner, "сотрудник сотрудника сотрудники працівник працівника працівники zamestnanec zamestnance zamestnanca");
            // The employee in more languages (Smartplan's "Medarbejder lønnummer", a Slovak help desk's "Pracovník").
            AddFolded(HeaderWord.IdOwner, "pracovnik pracovnika pracovnici pracovnice medarbejder medarbejdere medarbeider medarbeidere medarbetare",
                "werknemer werknemers ansat ansatt ansatte angajat angajatul angajati υπαλληλος υπαλληλου munkavallalo zaposlenik zaposlenika",
                "zaposleni служител служителя darbuotojas darbuotojo tootaja darbinieks darbinieka salarie salariee angestellte angestellter",
                "beschaftigte beschaftigter");

            // The staff member in charge of the record (the sales rep, the account manager, the person it is assigned to):
            // someone else than the contact. One string per language: en, de, fr, es, it, pt, nl, sv, pl, ru, uk, cs, sk, fi,
            // da, no, tr, hu, ro, el, et, lt, lv, zh, ja, ko. (A seller, vendeur, vendedor is a party of the sale, a Blocker in
            // HeaderVocabulary.Things.) Japanese 担当者 and Korean 담당자 are not here: in a company's
            // list they name the customer's contact person; ColumnMap decides them by the other columns.
            AddFolded(HeaderWord.Elsewhere, "responsible salesman saleswoman salesrep handler accountmanager",
                "verantwortlich verantwortlicher verantwortliche zustandiger zustandige zugeordnet zugewiesen vertriebler berater sachbearbeiter",
                "commercial commerciale attribue attribuee assigne assignee",
                "asignado asignada assignado ejecutivo ejecutiva encargado encargada",
                "assegnato assegnata incaricato incaricata",
                "responsavel atribuido atribuida designado designada consultor consultora",
                "verantwoordelijke toegewezen behandelaar accountmanager",
                "ansvarig tilldela tilldelad tilldelat handlaggare",
                "opiekun opiekunka odpowiedzialny odpowiedzialna przypisany przypisana przypisane handlowiec",
                "ответственный ответственная ответственного менеджер назначен назначено назначенный куратор владелец поручен поручено",
                "відповідальний відповідальна менеджер призначено",
                "odpovedny odpovedna zodpovedny zodpovedna prirazeno prirazen obchodnik",
                "zodpovedny zodpovedna priradene priradeny obchodnik",
                "vastuuhenkilo vastuuhenkilö vastuussa",
                "ansvarlig tildelt", "ansvarlig tildelt",
                "sorumlu atanan temsilci", "felelos felelős ertekesito értékesítő",
                "responsabil atribuit",
                "υπευθυνος υπευθυνη",
                "vastutaja vastutav delegeeritud",
                "atsakingas atsakinga priskirta",
                "atbildigais atbildīgais",
                "负责人 負責人 跟进人 跟進人 销售 銷售 业务员 業務員 销售员 銷售員 经理 經理 所有者 创建人 創建人 创建者 建立者 授予",
                "営業担当 担当営業 営業担当者 社内担当 担当社員 作成者 更新者 所有者",
                "영업담당 영업담당자 책임자 관리자 소유자 작성자", "มอบหมายให้ มอบหมาย ผู้รับผิดชอบ");

            // "Último nome", "Ultimo nome": the last name (Fat Free CRM pt-BR); "Poslední jméno", "Sidste navn", "Viimane nimi".
            AddFolded(HeaderWord.Last, "ultimo ultima posledni sidste viimane utolso");

            // "Elektronpost" (Estonian), "E-pasts" (Latvian), "El. paštas" (Lithuanian): compounds and abbreviations of
            // "electronic mail" the stemmer cannot split.
            AddFolded(HeaderWord.Email, "elektronpost elektronposti meiliaadress epasts elpastas netfang");
            // "Teine elektronposti aadress" (Estonian: second e-mail address).
            // "Alternatief email adres", "Alternativní email", "Alternatywny email", "その他のEメール", "另一个 email", "อีเมล์
            // ทางเลือก" (Fat Free CRM's alt_email): another address than the contact's first.
            AddFolded(HeaderWord.Secondary, "teine alternatief alternatieve alternativni alternativny alternatywny alternatywna",
                "その他 他の 另一个 另一 其他 其它 ทางเลือก");
            AddFolded(HeaderWord.Address, "aadress adresas adrese");
            // A province is part of the address (Danea Easyfatt's "Prov.", the Italian provincia "BO"): listed, it also keeps
            // the cut "Prov." from reading as the only listed word it begins, "proveedor" (a supplier, the register's party).
            AddFolded(HeaderWord.Address, "province provinces provincia provincie provinz prowincja provinsi");

            // A web form's possessive or field prefix says nothing: the field word decides ("your-name", "your_email",
            // "yourPhone", "input_name", "field_email"). "my" only written apart: "myriad" is no my + riad.
            AddFolded(HeaderWord.Neutral, "your yours input field");
            AddFolded(HeaderWord.Neutral, "my");
            ApartOnly.Add("my");

            foreach (var word in FoldAll("state states province provinces bundesland kanton canton county prefecture staat provincie provincia",
                "estado estados estatua region departement voivodeship wojewodztwo stat maakond maakunta lan fylke megye judet",
                "область области регион край штат oblast regione 都道府県 省 州 도 시도"))
            {
                StateWords.Add(word);
            }
            // "Staat" is the country in some German forms and the state in Dutch ones (Fat Free CRM nl): a country word, used only
            // when no other column names the country (HeaderRecognizer ranks it after them, ColumnMap drops it beside them).
            AddFolded(HeaderWord.Country, "staat");

            foreach (var word in FoldAll("zip zipcode postcode postalcode plz postleitzahl cep codepostal cap psc postikood postinumero postnummer postnr",
                "iranyitoszam kodpocztowy pocztowy codigopostal indice индекс почтовыи почтовый 邮编 郵編 邮政编码 郵遞區號 郵便番号 우편번호 pincode eircode",
                "postkod ไปรษณีย์"))
            {
                PostalCodeWords.Add(word);
                if (!Words.ContainsKey(word)) Words.Add(word, HeaderWord.Blocker);
            }
        }
    }
}
