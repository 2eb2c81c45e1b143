using System;
using System.Collections.Generic;

namespace LiveDesk.Input
{
    // More languages: Russian, Ukrainian, Czech, Slovak, Finnish, Danish, Norwegian, Turkish, Hungarian, Romanian, Greek,
    // Chinese (simplified and traditional) and Korean. Words are written as the exports spell them and folded here.
    // Sources: the address-book labels of Roundcube (program/localization/<lang>/labels.inc: firstname, surname,
    // middlename, organization, department, email, phone, locality, country, typehome, typework, typemobile, typemain,
    // typeother, typehomefax, typeworkfax, typepager, typecar, typeassistant) and its maps of localised Outlook and
    // Thunderbird CSV headers (program/localization/{ru_RU,sk_SK,fi_FI,zh_TW}/csv2vcard.inc: "Номер сотового телефона",
    // "Telefón do práce", "Krstné meno", "Työpuhelin", "Matkapuhelinnumero", "住家電話", "行動電話", "電子郵件地址").
    // Inflected forms (genitive, adjective endings) are listed where the exports use them: "Адрес электронной почты".
    internal static partial class HeaderVocabulary
    {
        // Nouns of something other than a phone (an address, a web page): a header made of a qualifier and such a noun
        // ("Home Address", "Adresse privée", "Домашний адрес") is that thing, not a phone.
        private static readonly HashSet<string> OtherNouns = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>True for a noun of something other than a phone or an e-mail: address, street, web page, profile.</summary>
        public static bool IsOtherNoun(string word) => OtherNouns.Contains(word);

        private static void AddLanguages()
        {
            // Catalan: "Cognom", "Segon cognom", and the Balearic "Llinatge1", "Llinatge2" (a Mallorcan school's sign-ups): the two
            // surnames, as Spanish "Apellido1", "Apellido2".
            AddFolded(HeaderWord.Last, "cognom cognoms llinatge llinatges");
            AddFolded(HeaderWord.Secondary, "segon segona");
            // "Telef.", "telef1": Spanish and Portuguese forms cut teléfono/telefone so.
            AddFolded(HeaderWord.Phone, "telef");
            // One string per language: ru, uk, cs, sk, fi, da, no, tr, hu, ro, el, zh (simplified and traditional), ko.
            AddFolded(HeaderWord.Email, "почта почты почту email емейл", "пошта пошти", "emailova emailove emailovy", "emailova emailove",
                "sahkoposti sahkopostiosoite", "mailadresse", "epostadresse", "eposta", "", "", "ταχυδρομειο ταχυδρομειου email",
                "电子邮件 电子邮箱 邮件 邮箱 电邮 電子郵件 郵件 郵箱 電郵", "이메일 메일 전자메일");
            AddFolded(HeaderWord.Phone, "телефон телефона тел", "телефон телефону", "telefon telefonni", "telefon telefonne",
                "puhelin puhelinnumero", "telefon telefonnummer", "telefon telefonnummer", "telefon telefonu", "telefon telefonszam vezetekes",
                "telefon", "τηλεφωνο τηλεφωνου τηλ", "电话 電話 座机 座機 固话", "전화 전화번호 연락처");
            AddFolded(HeaderWord.Mobile, "мобильный мобильного сотовый сотового мобильн моб", "мобільний мобільного моб", "mobil mobilni",
                "mobil mobilny mobilne", "matkapuhelin matkapuhelinnumero kannykka", "mobil mobiltelefon", "mobil mobiltelefon", "cep gsm",
                "mobil mobiltelefon", "mobil", "κινητο κινητου", "手机 手機 移动电话 移動電話 行动电话 行動電話 移动 移動 行動 行动",
                "휴대폰 휴대전화 휴대 핸드폰 모바일");
            // Croatian, Bosnian and Slovenian "Mobitel" ("Broj mobitela", KSET's member register), the South Slavic Cyrillic
            // "Мобилен", "Мобилни" (Bulgarian, Macedonian, Serbian), Portuguese "Telefone móvel"; their home and work phones
            // ("Kućni telefon", "Кућни", "Домашен", "Službeni telefon", "Службен").
            AddFolded(HeaderWord.Mobile, "mobitel mobitela mobitelu mobiteli мобилен мобилна мобилни мобилног мобител мобитела movel");
            AddFolded(HeaderWord.Home, "kucni kucna kucnog кућни кућна домашен домашна домашни");
            AddFolded(HeaderWord.Work, "sluzbeni sluzbena sluzbenog службени службена службен");
            // The same adjective in Bulgarian ("Служебен имейл", "Служебен телефон": an Acuity intake question), Czech and Slovak
            // ("Služební telefon", "Služobný e-mail").
            AddFolded(HeaderWord.Work, "служебен служебна служебно служебни sluzebni sluzebny sluzobny sluzobna sluzobne sluzobni");
            // Spanish and Portuguese "Email Corporativo" (HCM Front's employees: each one's own address at the firm), "Correo
            // institucional", "E-mail empresarial".
            AddFolded(HeaderWord.Work, "corporativo corporativa institucional empresarial");
            // VetData's clients: "Phone1AsIs" (the number as entered) beside "PhoneType1" (Home, Cell, Work). How the number is
            // written says nothing about which it is; joined, the words are read past as a neutral word.
            AddFolded(HeaderWord.Neutral, "asis");
            // Slovenian "Telefonska številka", "E-poštni naslov" (the phone's number, the e-mail's address, as adjectives), Croatian
            // and Serbian "telefonski"; Estonian "Telefoninumber"; the South Slavic Cyrillic "за" (for: "Телефон за контакт").
            AddFolded(HeaderWord.Phone, "telefonska telefonsko telefonski telefonskog telefoni telefoninumber");
            AddFolded(HeaderWord.Number, "stevilka stevilko");
            AddFolded(HeaderWord.Email, "epostni epostnega eposten");
            // Spanish "desde" (from), read whole: AFIP's "Número Desde" is not "des" + "de".
            AddFolded(HeaderWord.Connector, "desde");
            AddFolded(HeaderWord.Connector, "за");
            // Ukrainian "По батькові" (the patronymic: "by the father"); Czech and Slovak "Telefon pevný" and Polish "Telefon
            // stacjonarny" (the landline, as "fijo", "fixe" and "Festnetz" are).
            AddFolded(HeaderWord.Connector, "по");
            AddFolded(HeaderWord.Phone, "pevny pevna pevne pevnou stacjonarny stacjonarna stacjonarnego");
            // Korean "일반전화" (the general phone: a landline beside "휴대폰번호"), English "General Phone".
            AddFolded(HeaderWord.Neutral, "일반 general");
            // Greek "Ονοματεπώνυμο" (name and surname, one word): the whole name.
            AddFolded(HeaderWord.Name, "ονοματεπωνυμο ονοματεπωνυμου");
            AddFolded(HeaderWord.NamePart, "имя", "ім імʼя", "jmeno", "meno", "nimi", "", "", "ad adi isim", "nev", "nume", "ονομα",
                "名字 名", "이름");
            // Their plurals, and Italian "nomi": "další jména", "ďalšie mená", "altri nomi" (other names, the Czech sports register's
            // DALSI_JMENA beside JMENO and PRIJMENI) are the middle names, as "weitere Vornamen" and "otros nombres" are; Finnish
            // "muut etunimet" (other given names) the same.
            AddFolded(HeaderWord.NamePart, "jmena", "mena", "nomi");
            AddFolded(HeaderWord.Secondary, "muut muu");
            AddFolded(HeaderWord.Name, "", "", "", "", "", "navn", "navn", "", "", "", "", "姓名 名称 名稱", "성명 성함");
            AddFolded(HeaderWord.First, "", "", "krestni", "krstne", "etunimi", "fornavn", "fornavn", "", "keresztnev utonev", "prenume",
                "", "", "");
            AddFolded(HeaderWord.Middle, "отчество", "батькові", "", "", "", "mellemnavn", "mellomnavn", "", "", "", "πατρωνυμο μεσαιο",
                "中间名 中間名 中名", "중간");
            AddFolded(HeaderWord.Last, "фамилия фамилии", "прізвище", "prijmeni", "priezvisko", "sukunimi", "efternavn", "etternavn",
                "soyad soyadi", "vezeteknev csaladnev", "", "επωνυμο", "姓 姓氏", "성");
            // Japanese "氏" alone is the family name beside "名" (Jobcan's and other HR exports: "ID,氏,名,スタッフコード"), as
            // "姓" is; "氏名" stays the whole name.
            AddFolded(HeaderWord.Last, "氏");
            // Uzbek in Latin letters ("Ism", "Familiya", "Otasining ismi"; a Tashkent academy's bookings) and Russian transliterated
            // ("Imya", "Familiya", "Otchestvo"): the name (the given name beside a family name), the family name, the patronymic.
            AddFolded(HeaderWord.NamePart, "ism ismi imya");
            AddFolded(HeaderWord.Last, "familiya familiyasi");
            AddFolded(HeaderWord.Middle, "otchestvo");
            // More Uzbek (Latin), as a district's employment register heads its citizens ("Fuqaro F.I.Sh.", "Telefon raqami",
            // "Elektron pochta", "Tug'ilgan sana"): the number, the e-mail, the phone's kinds, the person nouns a row is of, the
            // address, the birth date (no phone), the father's name.
            AddFolded(HeaderWord.Number, "raqami raqam raqamlari");
            AddFolded(HeaderWord.Email, "elektronpochta epochta");
            AddFolded(HeaderWord.Mobile, "uyali mobil");
            AddFolded(HeaderWord.IdOwner, "fuqaro fuqaroning mijoz mijozning xodim xodimning talaba talabaning oquvchi oquvchining bemor bemorning azo azoning");
            AddFolded(HeaderWord.Address, "manzil manzili yashashmanzili");
            AddFolded(HeaderWord.Blocker, "tugilgan");
            AddFolded(HeaderWord.Middle, "sharif sharifi otasiningismi");
            // Korean "수험번호", "수험생" (the examinee's number, the examinee: a university's applicant list): the applicant's own.
            AddFolded(HeaderWord.IdOwner, "수험 수험생");
            // The one on duty ("당직자명", "당직자ID": a Korean office's duty roster) is whom its rows are of; a student's
            // matriculation number (teachPress's "Matriculation number") is the student's own.
            AddFolded(HeaderWord.IdOwner, "당직자 matriculation");
            // Azerbaijani and Turkish forms ask "Adınız", "Soyadınız" (your name, your family name: Quick Event Manager in Azerbaijani).
            AddFolded(HeaderWord.NamePart, "adiniz adınız");
            AddFolded(HeaderWord.Last, "soyadiniz soyadınız");
            // South Slavic in Latin letters: Slovenian "Ime", "Priimek"; Croatian, Bosnian and Serbian "Ime", "Prezime" ("Ime i
            // prezime" is the whole name). Cyrillic "Презиме" is listed as the Bulgarian patronymic; beside no family-name column
            // it is the surname (ColumnMap.Surnames).
            AddFolded(HeaderWord.NamePart, "ime");
            ApartOnly.Add("ime");
            AddFolded(HeaderWord.Last, "priimek prezime");
            // A place of work or study the contact belongs to is the company field: employer, institution, school, university.
            AddFolded(HeaderWord.Company, "организация организации компания компании фирма предприятие учреждение",
                "організація організації компанія підприємство установа", "spolecnost organizace firma instituce",
                "spolocnost organizacia firma institucia", "yritys yrityksen jarjesto organisaatio", "virksomhed",
                "bedrift organisasjon", "sirket sirketi kurulus kurum firma", "ceg szervezet vallalat", "companie compania organizatie societate firma",
                "εταιρεια εταιρειας οργανισμος", "公司 组织 組織 单位 單位 机构 機構 企业 企業", "회사 조직 기관");
            AddFolded(HeaderWord.Company, "institution institute agency school university college",
                "institut institution agentur schule universitat hochschule", "ecole universite agence", "institucion escuela universidad agencia",
                "istituto istituzione scuola universita agenzia", "instituicao escola universidade agencia", "instelling instituut school universiteit",
                "institution skola universitet", "instytucja szkola uczelnia uniwersytet");
            AddFolded(HeaderWord.City, "город города", "місто міста", "mesto", "mesto", "kaupunki postitoimipaikka", "", "sted poststed",
                "sehir ilce", "varos telepules", "oras orasul localitate", "πολη πολης", "城市 市 鎮 镇", "도시");
            AddFolded(HeaderWord.Country, "страна страны", "країна країни", "zeme", "krajina", "maa", "", "", "ulke", "orszag", "tara",
                "χωρα χωρας", "国家 國家", "국가 나라");
            AddFolded(HeaderWord.Number, "номер", "номер", "cislo", "cislo", "", "nr", "nr", "numara numarasi no", "szam", "numar",
                "αριθμος αριθμου", "号码 號碼", "번호");

            // Qualifiers. "Direkt"/"direct"/"diretto" (a direct line) is the person's work number.
            AddFolded(HeaderWord.Work, "рабочий рабочего рабочая рабочей работа служебный раб", "робочий робочого робота службовий",
                "pracovni prace zamestnani", "prace praca pracovny pracovna zamestnania", "tyo tyopaikan tyopaikka", "arbejde arbejds",
                "arbeid jobb", "isyeri", "munkahelyi munkahely", "serviciu birou", "εργασια εργασιας γραφειο",
                "商务 商務 工作 办公 辦公", "직장 근무지 업무");
            AddFolded(HeaderWord.Work, "direct direkt durchwahl direkte diretto directo direto bezposredni", "", "", "", "", "", "", "", "", "", "", "", "");
            // Private is the person's own, as home is (Bitrix24's leads: "Частный e-mail" beside "Рабочий e-mail").
            AddFolded(HeaderWord.Home, "домашний домашнего домашняя домашней дом личный частный частная частное", "домашній домашнього дім особистий приватний приватна",
                "domaci domu soukromy", "domov domaci sukromny", "koti kodin kotiosoitteen", "hjem hjemme", "hjem hjemme", "ev", "otthoni otthon",
                "acasa personal", "οικια οικιας σπιτι σπιτιου", "住家 家庭 住宅 家 私人 个人 個人 居住", "자택 집 가정 개인");
            // The residence in the Scandinavian languages (IdrottOnline's "Telefon bostad", Norwegian and Danish "Telefon bolig"):
            // the home phone, as "hem" and "hjem" are.
            AddFolded(HeaderWord.Home, "bostad bostaden bolig boligen");
            // Czech and Slovak "první", "prvý" (Thunderbird's "První e-mail"): the first, the primary; a given name is "křestní".
            AddFolded(HeaderWord.Primary, "prvni prvy prva prve");
            AddFolded(HeaderWord.Primary, "основной основная основного", "основний основна", "hlavni primarni", "hlavne hlavny primarny",
                "ensisijainen oma", "hoved primaer", "hoved primaer", "ana birincil", "elsodleges", "principala", "κυρια κυριο κυριος",
                "主要 代表 首选 首選", "기본");
            AddFolded(HeaderWord.Secondary, "другой другое дополнительный второй альтернативный", "інший інше додатковий другий",
                "ostatni jiny dalsi druhe druhy", "iny ina ine dalsie dalsia druhe druhy", "toinen toissijainen muu", "andet anden andre",
                "annet andre", "ikinci diger", "masodik egyeb", "alt alta altele doilea", "αλλο αλλα δευτερευον", "其他 次要 备用 備用 第二",
                "기타 보조");
            // Thunderbird's Polish "Wyświetlana nazwa" and Ukrainian "Ім'я для показу" (the name shown, for showing).
            AddFolded(HeaderWord.Full, "wyswietlana wyswietlany wyswietlane показу");
            AddFolded(HeaderWord.Full, "отображаемое полное", "відображення повне", "zobrazovane zobrazit cele", "zobrazovane cele",
                "naytto naytettava", "vist", "visnings", "gorunen tam", "megjelenitett teljes", "complet", "εμφανιζομενο πληρες",
                "显示 顯示 全", "표시");

            // Connectors and neutral words; the address words also go to OtherNouns below.
            // A postal address: neutral next to what it holds ("Адрес электронной почты"), a place of its own otherwise.
            AddFolded(HeaderWord.Address, "адрес адреса", "адреса", "adresa", "adresa", "osoite", "adresse", "adresse", "adres adresi",
                "cim lakcim", "adresa naslov", "διευθυνση", "地址 住址", "주소");
            AddFolded(HeaderWord.Connector, "или и для в", "або і для в", "a nebo pro", "a alebo pre do", "tai ja", "og", "og", "ve veya", "es vagy",
                "si sau", "και η", "的", "");
            // 連絡人 is the contact person as ShopXO's Hong Kong and Taiwan admin writes it (聯絡人 elsewhere).
            AddFolded(HeaderWord.Neutral, "электронной электронная эл регион область", "електронна електронної ел я регіон", "електронска електронски електронске",
                "elektronicka region oblast", "elektronicka oblast region", "alue", "", "", "bolge", "regio", "regiune",
                "ηλεκτρονικο ηλεκτρονικου περιοχη", "地区 地區 联系人 聯絡人 連絡人 连络人", "전자 지역");

            // The column describes the value or a part of an organisation, not the contact: a department is not a company.
            AddFolded(HeaderWord.Blocker, "department dept division unit abteilung departement afdeling avdeling", "отдел подразделение должность",
                "відділ посада", "oddeleni", "oddelenie", "osasto", "bolum", "reszleg osztaly", "departament", "τμημα",
                "部门 部門 类别 類別 职位 職位 职务 職務 职称 職稱 性别 性別 昵称 暱稱", "부서 직책 직함");

            // About someone else, or a device that does not reach the person.
            AddFolded(HeaderWord.Elsewhere, "помощник помощника ассистент ассистента руководитель руководителя менеджер менеджера супруг супруга факс факса пейджер пейджера автомобиль",
                "помічник помічника асистент асистента керівник керівника факс факсу пейджер автомобіль",
                "asistent asistenta manazer manazera fax pager automobil", "asistent asistenta manazer manazera manzel manzelka operator fax pager auto",
                "avustaja avustajan esimies faksi faksin hakulaite hakulaitteen", "assistent personsoger fax bil", "assistent personsoker faks bil",
                "yardimci asistan faks faksi cagri arac", "asszisztens fax szemelyhivo gepkocsi", "asistent fax pager masina",
                "βοηθος βοηθου φαξ βομβητης αυτοκινητο", "助理 秘书 秘書 传真 傳真 呼叫器 呼机 呼機 传呼机 傳呼機 汽车 汽車 车载 配偶 主管 经理 經理",
                "비서 팩스 호출기 차량 배우자 관리자", "assistenz operator");

            // Further words of the localised Outlook, Thunderbird and Windows Live Mail headers in Zimbra's table of them
            // (store-conf/conf/contacts/zimbra-contact-fields.xml, formats outlook-2003-csv, thunderbird-csv and
            // windows-live-mail-csv, locales da, ru, tr, ko, zh_CN, zh_HK): "Телефон переносной", "Sekundær mail",
            // "İlk Adı", "Elektronik Posta Adresi", "寻呼机号码", "居住縣市", "住宅所在市/县", "구/군/시(집)", "회사명".
            AddFolded(HeaderWord.Mobile, "переносной", "", "", "", "", "", "", "", "", "", "", "", "");
            AddFolded(HeaderWord.Primary, "", "", "", "", "", "", "", "ilk", "", "", "", "", "");
            AddFolded(HeaderWord.Secondary, "", "", "", "", "", "sekundaer sekundar", "sekundaer sekundar", "", "", "", "", "", "추가");
            AddFolded(HeaderWord.Full, "", "", "", "", "", "vis", "vis", "", "", "", "", "", "");
            AddFolded(HeaderWord.Name, "", "", "", "", "", "", "", "", "", "", "", "", "명");
            AddFolded(HeaderWord.City, "", "", "", "", "", "", "", "", "", "", "", "縣市 县市 縣 县", "시 구 군");
            AddFolded(HeaderWord.Neutral, "", "", "", "", "", "omrade", "omrade", "elektronik", "", "", "", "所在 所在地", "");
            AddFolded(HeaderWord.Elsewhere, "машине обратный", "", "", "", "", "assistentens overordnet aegtefaelle tilbagekald", "", "yonetici",
                "", "", "", "寻呼机 寻呼", "");

            OtherNouns.UnionWith(FoldAll("address addr adresse direccion indirizzo endereco adres adress adresa osoite lakcim cim adresi",
                "адрес адреса διευθυνση 地址 住址 주소 street strasse rue calle via rua straat gata ulica katu gade gate sokak utca strada οδος улица вулиця",
                "page homepage web website site url uri link profile webseite", "街 网页 網頁 웹"));

            // Danish and Norwegian (nynorsk) write the city as "By"; an English "by" (created by, modified by) always
            // stands next to a word that already marks the column as about someone else.
            Words["by"] = HeaderWord.City;
        }

        internal static IEnumerable<string> FoldAll(params string[] lines)
        {
            foreach (var line in lines)
            {
                foreach (var word in line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)) yield return HeaderWords.Fold(word);
            }
        }

        // As Add, for words written with their accents and capitals: they are folded the way headers are.
        private static void AddFolded(HeaderWord role, params string[] languages)
        {
            foreach (var word in FoldAll(languages))
            {
                if (!Words.ContainsKey(word)) Words.Add(word, role);
            }
        }
    }
}
