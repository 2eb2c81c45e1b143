using LiveDesk.Errors;
using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>
/// Headers in more languages (Russian, Ukrainian, Czech, Slovak, Finnish, Danish, Norwegian, Turkish, Hungarian,
/// Romanian, Greek, Chinese, Korean), dotted abbreviations, organisation synonyms, and the words that keep a column
/// for something else (an address, an assistant's phone) out of the phone field.
/// </summary>
public class HeaderLanguagesTests
{
    private static ContactField? Field(string header) => HeaderRecognizer.Recognize(header).Field;

    [Theory]
    // Russian (Outlook, Thunderbird)
    [InlineData("Адрес электронной почты", "Email")]
    [InlineData("Адрес эл. почты", "Email")]
    [InlineData("Номер сотового телефона", "PhoneNumber")]
    [InlineData("Рабочий телефон", "PhoneNumber")]
    [InlineData("Фамилия", "LastName")]
    [InlineData("Отчество", "MiddleName")]
    [InlineData("ОРГАНИЗАЦИЯ", "Company")]
    [InlineData("Город (раб.)", "City")]
    [InlineData("Страна или регион", "Country")]
    // Ukrainian
    [InlineData("Електронна пошта", "Email")]
    [InlineData("Прізвище", "LastName")]
    [InlineData("Мобільний телефон", "PhoneNumber")]
    [InlineData("Місто", "City")]
    // Czech, Slovak
    [InlineData("E-mailová adresa", "Email")]
    [InlineData("Křestní jméno", "FirstName")]
    [InlineData("Příjmení", "LastName")]
    [InlineData("Druhé jméno", "MiddleName")]
    [InlineData("Společnost", "Company")]
    [InlineData("Krstné meno", "FirstName")]
    [InlineData("Ďalšie meno", "MiddleName")]
    [InlineData("Telefón do práce 2", "PhoneNumber")]
    [InlineData("Mobilný telefón", "PhoneNumber")]
    [InlineData("Spoločnosť", "Company")]
    [InlineData("Mesto (práca)", "City")]
    [InlineData("Krajina/oblasť (domov)", "Country")]
    // Finnish (compounds)
    [InlineData("Etunimi", "FirstName")]
    [InlineData("Sukunimi", "LastName")]
    [InlineData("Ensisijainen sähköposti", "Email")]
    [InlineData("Matkapuhelinnumero", "PhoneNumber")]
    [InlineData("Työpuhelin", "PhoneNumber")]
    [InlineData("Kotipuhelin", "PhoneNumber")]
    [InlineData("Työpaikan kaupunki", "City")]
    [InlineData("Järjestö", "Company")]
    // Danish, Norwegian
    [InlineData("Efternavn", "LastName")]
    [InlineData("Etternavn", "LastName")]
    [InlineData("E-mail-adresse", "Email")]
    [InlineData("E-postadresse", "Email")]
    [InlineData("Mobiltelefon", "PhoneNumber")]
    [InlineData("Virksomhed", "Company")]
    [InlineData("By (arbejde)", "City")]
    [InlineData("Poststed", "City")]
    // Turkish, Hungarian, Romanian
    [InlineData("Soyadı", "LastName")]
    [InlineData("SOYADI", "LastName")]
    [InlineData("Cep Telefonu", "PhoneNumber")]
    [InlineData("E-posta Adresi", "Email")]
    [InlineData("Şirket", "Company")]
    [InlineData("Vezetéknév", "LastName")]
    [InlineData("Keresztnév", "FirstName")]
    [InlineData("E-mail cím", "Email")]
    [InlineData("Cég", "Company")]
    [InlineData("Ország", "Country")]
    [InlineData("Prenume", "FirstName")]
    [InlineData("Oraș", "City")]
    [InlineData("Țara", "Country")]
    // Greek (accents and final sigma fold like their upper-case spelling)
    [InlineData("Επώνυμο", "LastName")]
    [InlineData("ΕΠΩΝΥΜΟ", "LastName")]
    [InlineData("Κινητό τηλέφωνο", "PhoneNumber")]
    [InlineData("Διεύθυνση ηλεκτρονικού ταχυδρομείου", "Email")]
    [InlineData("Εταιρεία", "Company")]
    [InlineData("Πόλη", "City")]
    // Chinese (traditional: Outlook zh-TW; simplified) and Korean, written without spaces
    [InlineData("電子郵件地址", "Email")]
    [InlineData("电子邮件地址", "Email")]
    [InlineData("行動電話", "PhoneNumber")]
    [InlineData("手机号码", "PhoneNumber")]
    [InlineData("住家電話 2", "PhoneNumber")]
    [InlineData("商務電話", "PhoneNumber")]
    [InlineData("姓氏", "LastName")]
    [InlineData("中間名", "MiddleName")]
    [InlineData("姓名", "Name")]
    [InlineData("公司", "Company")]
    [InlineData("商務 - 市/鎮", "City")]
    [InlineData("住家 - 國家/地區", "Country")]
    [InlineData("전자 메일 주소", "Email")]
    [InlineData("휴대폰", "PhoneNumber")]
    [InlineData("회사 전화", "PhoneNumber")]
    [InlineData("중간 이름", "MiddleName")]
    [InlineData("회사", "Company")]
    // Relatives from Zimbra's table of localised Outlook, Thunderbird and Windows Live Mail headers
    [InlineData("Телефон переносной", "PhoneNumber")]
    [InlineData("Служ. адрес, город", "City")]
    [InlineData("İlk Adı", "FirstName")]
    [InlineData("İKİNCİ ADI", "MiddleName")]
    [InlineData("Sekundær mail", "Email")]
    [InlineData("Land/område (arbejde)", "Country")]
    [InlineData("居住縣市", "City")]
    [InlineData("住宅所在市/县", "City")]
    [InlineData("회사명", "Company")]
    [InlineData("표시명", "Name")]
    // Blind sets unseen115-116: a Hebrew charity's families list, a Korean contacts template, Thai contact and staff lists
    [InlineData("שם מלא", "Name")]
    [InlineData("מס' פלאפון", "PhoneNumber")]
    [InlineData("טלפון סלולרי", "PhoneNumber")]
    [InlineData("일반전화", "PhoneNumber")]
    [InlineData("General Phone", "PhoneNumber")]
    [InlineData("เบอร์มือถือสำรอง", "PhoneNumber")]
    [InlineData("ชื่อ-สกุล", "Name")]
    // unseen121-122: Tine 2.0's vCard parts; Danea Easyfatt's "Denominazione" (a firm's or a person's registered name)
    [InlineData("n_family", "LastName")]
    [InlineData("n_given", "FirstName")]
    [InlineData("Denominazione", "Company")]
    [InlineData("인트라넷계정", "Identifier")]
    [InlineData("Denominación", "Company")]
    public void A_header_in_more_languages_is_recognised_by_its_words(string header, string expected) =>
        Assert.Equal(Enum.Parse<ContactField>(expected), Field(header));

    [Fact]
    public void Other_names_between_the_first_name_and_the_surname_are_in_the_name_and_a_church_s_denomination_is_no_company()
    {
        var r = new RowReader("GH").Read(InputRow.From(("surname", "Boateng"), ("othername", "Serwaa"), ("firstname", "Akosua"), ("contactnumber", "0244123456")));
        Assert.Equal("Akosua Serwaa Boateng", r.Fields.Name);
        Assert.Equal(new[] { "Otros nombres" }, ColumnMapSamples.Order(ColumnMap.Build(new[] { "Primer nombre", "Otros nombres", "Primer apellido", "Email" }), ContactField.MiddleName));
        // Alone, another name may be an alias.
        Assert.Empty(ColumnMap.Build(new[] { "Name", "Other Name", "Email" }).SourcesFor(ContactField.MiddleName));
        Assert.Null(Field("Denomination"));
        Assert.NotEqual(ContactField.MiddleName, Field("Other"));
    }

    [Theory]
    [InlineData("Телефон помощника")]
    [InlineData("Номер пейджера")]
    [InlineData("Факс (раб.)")]
    [InlineData("Телефон помічника")]
    [InlineData("Telefón asistenta")]
    [InlineData("Meno manažéra")]
    [InlineData("Autotelefón")]
    [InlineData("Avustajan puhelinnumero")]
    [InlineData("Faksin numero")]
    [InlineData("Personsøger")]
    [InlineData("İş faksı")]
    [InlineData("Asszisztens telefonszáma")]
    [InlineData("Τηλέφωνο βοηθού")]
    [InlineData("助理電話")]
    [InlineData("商務傳真")]
    [InlineData("呼叫器")]
    [InlineData("직장 팩스")]
    [InlineData("Durchwahl Assistenz")]
    [InlineData("Телефон в машине")]
    [InlineData("寻呼机号码")]
    [InlineData("Navn på overordnet")]
    [InlineData("שם הממליץ")]
    public void A_column_about_someone_else_is_never_used_in_any_language(string header)
    {
        Assert.True(HeaderRecognizer.Recognize(header).Elsewhere, header);
        var map = ColumnMap.Build(new[] { "Name", header });
        Assert.Contains(header, map.AboutSomeoneElse);
        Assert.False(map.NeedsValues);
    }

    [Fact]
    public void Cyrillic_greek_and_turkish_letters_fold_to_one_spelling()
    {
        Assert.Equal(HeaderWords.Fold("ФАМИЛИЯ"), HeaderWords.Fold("Фамилия"));
        Assert.Equal("фамилия", HeaderWords.Fold("Фамилия"));
        Assert.Equal(HeaderWords.Fold("ΔΙΕΥΘΥΝΣΗΣ"), HeaderWords.Fold("Διεύθυνσης"));
        Assert.Equal(HeaderWords.Fold("SOYADI"), HeaderWords.Fold("Soyadı"));
        Assert.Equal(new[] { "адрес", "электроннои", "почты" }, HeaderWords.Split("Адрес электронной почты"));
    }

    [Theory]
    [InlineData("Krstné meno", "Priezvisko", "Krstné meno")]       // Slovak Outlook
    [InlineData("Ad", "Soyadı", "Ad")]                     // Turkish: ad next to soyad is the given name
    [InlineData("이름", "성", "이름")]                       // Korean Outlook: 이름 next to 성
    [InlineData("名", "姓", "名")]                           // Chinese Outlook (simplified)
    [InlineData("Имя", "Фамилия", "Имя")]
    [InlineData("Nume", "Prenume", "Prenume")]              // Romanian: prenume is the given name, nume the family
    public void Outlook_name_columns_in_more_languages_compose_the_name(string a, string b, string firstHeader)
    {
        var map = ColumnMap.Build(new[] { a, b });
        Assert.Equal(firstHeader, Assert.Single(map.SourcesFor(ContactField.FirstName)).Header);
        Assert.Single(map.SourcesFor(ContactField.LastName));
    }

    [Theory]
    [InlineData("Tel. direkt", 20, 29)]
    [InlineData("Tél. bureau", 20, 29)]
    [InlineData("Tfno. móvil", 0, 9)]
    [InlineData("Mob.", 0, 9)]
    [InlineData("Tel. priv.", 30, 39)]
    [InlineData("Gesch.-Tel.", 20, 29)]
    [InlineData("Geschäftl. Tel.", 20, 29)]
    [InlineData("Моб. тел.", 0, 9)]
    [InlineData("Тел. (дом.)", 30, 39)]
    [InlineData("Direct Line", -1, -1)]      // "line" is no listed word: not recognised by its words
    [InlineData("Telefono diretto", 20, 29)]
    [InlineData("Durchwahl", 20, 29)]
    public void A_dotted_abbreviation_is_the_word_it_begins_and_a_direct_line_is_work(string header, int min, int max)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        if (min < 0)
        {
            Assert.Null(meaning.Field);
            return;
        }
        Assert.Equal(ContactField.PhoneNumber, meaning.Field);
        Assert.InRange(meaning.Rank, min, max);
    }

    [Fact]
    public void An_ambiguous_or_short_abbreviation_stays_unknown()
    {
        // "Comp." begins company and complete, "Compl." complete and complement (two roles); "Fa." is too short to tell.
        Assert.Null(Field("Comp."));
        Assert.Null(Field("Fa. Tel."));
        // Without a dot, a word is never read as the start of another.
        Assert.Null(Field("Comp"));
    }

    [Theory]
    [InlineData("Telef.")]
    [InlineData("Telef")]
    [InlineData("telef1")]
    public void Telef_is_the_phone_as_spanish_and_portuguese_forms_cut_it(string header) =>
        // Listed as a word of its own (openRARP's "telef1"): a fax is written "Fax", never cut from telefax.
        Assert.Equal(ContactField.PhoneNumber, Field(header));

    [Theory]
    [InlineData("Institution", "Company")]
    [InlineData("Employer", "Company")]
    [InlineData("Arbeitgeber", "Company")]
    [InlineData("Universität", "Company")]
    [InlineData("School", "Company")]
    [InlineData("Établissement scolaire", null)] // unknown words: not guessed
    [InlineData("Department", null)]
    [InlineData("Abteilung", null)]
    [InlineData("Organisation Unit", null)]
    [InlineData("Company Department", null)]
    [InlineData("Отдел", null)]
    [InlineData("部門", null)]
    [InlineData("Company Address", null)]          // the company's place, not its name
    [InlineData("주소(회사)", null)]
    public void Organisations_are_companies_and_their_departments_are_not(string header, string? expected) =>
        Assert.Equal(expected == null ? null : Enum.Parse<ContactField>(expected), Field(header));
}
