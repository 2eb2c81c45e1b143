using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// The Brahmic scripts of northern India read as the Devanagari they spell, the possessive written joined to its owner
/// (Bengali "সদস্যের নাম", Gujarati "ગ્રાહકનું નામ", Marathi "सदस्याचे नाव"), South Slavic "Презиме" and user names, a team's
/// captain, and a spreadsheet's summary line (blind sets unseen155, unseen156).
/// </summary>
public class IndicScriptsAndSummaryLineTests
{
    [Theory]
    // Punjabi (Gurmukhi): the farmer's name, and the village's, which is no person's.
    [InlineData("ਕਿਸਾਨ_ਨਾਮ", "Name")]
    [InlineData("ਪਿੰਡ_ਨਾਮ", null)]
    [InlineData("ਮੋਬਾਈਲ ਨੰਬਰ", "PhoneNumber")]
    [InlineData("મોબાઇલ નંબર", "PhoneNumber")]
    // Possessives joined to the owner: Bengali, Gujarati, Marathi, Nepali, Odia.
    [InlineData("সদস্যের নাম", "Name")]
    [InlineData("গ্রাহকের ফোন", "PhoneNumber")]
    [InlineData("ગ્રાહકનું નામ", "Name")]
    [InlineData("सदस्याचे नाव", "Name")]
    [InlineData("ग्राहकको नाम", "Name")]
    [InlineData("ଗ୍ରାହକର ନାମ", "Name")]
    // The English "customer" written in the script (a Bangladeshi shop's due book).
    [InlineData("কাস্টমার নাম", "Name")]
    [InlineData("कस्टमर नाम", "Name")]
    // A word that merely ends as a possessive does is no owner's.
    [InlineData("ক্রমিক নং", null)]
    // The Dravidian scripts keep their own letters: Telugu "name" stays a name.
    [InlineData("పేరు", "Name")]
    public void Indic_headers_name_their_field(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Theory]
    [InlineData("নাম", "ਨਾਮ")]
    [InlineData("मोबाइल", "মোবাইল")]
    [InlineData("किसान", "ਕਿਸਾਨ")]
    public void Northern_Brahmic_scripts_fold_to_one_spelling(string a, string b) =>
        Assert.Equal(HeaderWords.Fold(a), HeaderWords.Fold(b));

    [Fact]
    public void Dravidian_scripts_are_not_folded_into_Devanagari()
    {
        // Folded alike, Telugu పేరు (name) and Gujarati પૂરું (full) would be one word.
        Assert.NotEqual(HeaderWords.Fold("పేరు"), HeaderWords.Fold("પૂરું"));
    }

    [Theory]
    [InlineData("Потребителско име", "Identifier")]
    [InlineData("Корисничко име", "Identifier")]
    [InlineData("Собствено име", "FirstName")]
    [InlineData("Средно име", "MiddleName")]
    [InlineData("Е-пошта", "Email")]
    [InlineData("Електронска пошта", "Email")]
    [InlineData("Kapteiņa e-pasts", "Email")]
    [InlineData("Kapteiņa tālrunis", "PhoneNumber")]
    [InlineData("Captain Name", "Name")]
    public void South_Slavic_and_captain_headers_name_their_field(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void Cyrillic_prezime_beside_no_family_name_is_the_surname()
    {
        var r = new RowReader("MK").Read(InputRow.From(("Регистриран", "2026-03-14 09:12"), ("Име", "Марија"), ("Презиме", "Петровска"),
            ("Е-пошта", "marija.petrovska@example.com"), ("Телефон", "070 123 456")));
        Assert.Equal("Марија Петровска", r.Fields.Name);
        Assert.Equal("marija.petrovska@example.com", r.Fields.Email);
    }

    [Fact]
    public void Cyrillic_prezime_beside_a_family_name_is_the_middle_name()
    {
        var r = new RowReader("BG").Read(InputRow.From(("Потребителско име", "i.georgiev"), ("Собствено име", "Иван"), ("Средно име", "Петров"),
            ("Фамилия", "Георгиев"), ("Телефон", "0888 123 456")));
        Assert.Equal("Иван Петров Георгиев", r.Fields.Name);
        Assert.Equal("i.georgiev", r.Fields.Identifier);
        var map = ColumnMap.Build(new[] { "Име", "Презиме", "Фамилия" });
        Assert.Equal("Презиме", Assert.Single(map.SourcesFor(ContactField.MiddleName)).Header);
    }

    [Fact]
    public void Serbian_whole_name_with_prezime_is_the_name()
    {
        var map = ColumnMap.Build(new[] { "Презиме и име", "Телефон", "Презиме на родитеља" });
        Assert.Equal("Презиме и име", Assert.Single(map.SourcesFor(ContactField.Name)).Header);
    }

    [Fact]
    public void A_class_roll_number_comes_after_the_pupils_admission_number()
    {
        var map = ColumnMap.Build(new[] { "Student Name", "Roll No", "Admission No", "Mobile" });
        Assert.Equal(new[] { "Admission No", "Roll No" }, map.SourcesFor(ContactField.Identifier).Select(s => s.Header));
        Assert.Equal("Roll No", Assert.Single(ColumnMap.Build(new[] { "Student Name", "Roll No", "Mobile" }).SourcesFor(ContactField.Identifier)).Header);
    }

    [Theory]
    [InlineData("Total")]
    [InlineData("TOTAL")]
    [InlineData("Grand Total")]
    [InlineData("Monthly total:")]
    [InlineData("মাসিক মোট:")]
    [InlineData("Итого")]
    [InlineData("合计")]
    [InlineData("Summe")]
    public void Summary_line_labels_are_no_names(string label) => Assert.True(ValueShapes.IsSummaryLabel(label));

    [Theory]
    [InlineData("Sum Wing Kei")]
    [InlineData("Tống Văn Minh")]
    [InlineData("कुल भूषण")]
    [InlineData("Anna Total-Berger und Familie Schmidt")]
    public void Names_are_not_summary_labels(string name) => Assert.False(ValueShapes.IsSummaryLabel(name));

    [Fact]
    public void A_summary_line_below_the_members_is_refused_and_named()
    {
        var reader = new RowReader("BD");
        var row = InputRow.From(("ক্রমিক নং", " "), ("সদস্যের নাম", "মাসিক মোট:"), ("সঞ্চয় জমা (টাকা)", "1300.00"));
        var r = reader.Read(row);
        Assert.NotNull(r.Error);
        Assert.Contains("summary line", r.Error!.Message);
        Assert.Equal("শাহানারা বেগম", reader.Read(InputRow.From(("ক্রমিক নং", "2"), ("সদস্যের নাম", "শাহানারা বেগম"), ("সঞ্চয় জমা (টাকা)", "300.00"))).Fields.Name);
    }
}

/// <summary>
/// Numbered contact persons beside the row's own name (Scoreg, the Austrian scouts' register: "Kontakt 1 Art" Mutter,
/// "Kontakt 1" her name, "Kontakt 1 E-Mail", "Kontakt 1 Telefon", then "Kontakt 2 ..."): their e-mail and phone are theirs,
/// never the child's (blind set unseen160).
/// </summary>
public class NumberedContactPersonTests
{
    private static readonly string[] Scoreg =
    {
        "Stufe", "Vorname", "Nachname", "E-Mail", "E-Mail2", "Handy", "Telefon", "Kontakt 1 Art", "Kontakt 1", "Kontakt 1 E-Mail",
        "Kontakt 1 Telefon", "Kontakt 2 Art", "Kontakt 2", "Kontakt 2 E-Mail", "Kontakt 2 Telefon",
    };

    [Fact]
    public void A_childs_numbered_contacts_are_other_persons()
    {
        var r = new RowReader("AT").Read(InputRow.From(Scoreg.Zip(new object?[]
        {
            "WOE", "Lukas", "Gruber", "", "", "", "01 5871234", "Mutter", "Sabine Gruber", "sabine.gruber@example.com", "0664 1234567",
            "Vater", "Thomas Gruber", "thomas.gruber@example.net", "0676 2345678",
        }).ToArray()));
        Assert.Equal("Lukas Gruber", r.Fields.Name);
        Assert.Null(r.Fields.Email);
        Assert.Equal("+4315871234", r.Fields.PhoneNumber);
    }

    [Fact]
    public void The_rows_own_second_address_stays_beside_numbered_contacts()
    {
        var map = ColumnMap.Build(Scoreg);
        Assert.Equal(new[] { "E-Mail", "E-Mail2" }, map.SourcesFor(ContactField.Email).Select(s => s.Header));
    }

    [Fact]
    public void A_firms_first_numbered_contact_is_the_rows()
    {
        var map = ColumnMap.Build(new[] { "Firma", "Kontakt 1", "Kontakt 1 Telefon", "Kontakt 2", "Kontakt 2 Telefon" });
        Assert.Equal("Kontakt 1 Telefon", map.SourcesFor(ContactField.PhoneNumber).First().Header);
    }
}

/// <summary>
/// Basque name and document columns, Portuguese "para contato", and the Catalan contact person (blind set unseen159).
/// </summary>
public class BasqueAndIberianTests
{
    [Theory]
    [InlineData("WhatsApp para contato", "PhoneNumber")]
    [InlineData("Telefone para contato", "PhoneNumber")]
    [InlineData("Mugikorra", "PhoneNumber")]
    [InlineData("Lehen abizena", "LastName")]
    [InlineData("Bigarren abizena", "LastName")]
    [InlineData("NAN", null)]
    [InlineData("Adina", null)]
    [InlineData("Para Birimi", null)]
    public void Headers_name_their_field(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_Basque_pupil_has_given_name_and_surnames()
    {
        var r = new RowReader("ES").Read(InputRow.From(("NAN", "72345678R"), ("Izena", "Ane"), ("Abizena", "Etxeberria Goikoetxea"), ("Adina", "16"),
            ("Helbidea", "Nagusia kalea 12 Tolosa")));
        Assert.Equal("Ane Etxeberria Goikoetxea", r.Fields.Name);
        Assert.Null(r.Fields.Identifier);
    }

    [Fact]
    public void The_Catalan_contact_person_is_the_rows_name()
    {
        var r = new RowReader("ES").Read(InputRow.From(("Sortida", "Visita al Museu Marítim"), ("Persona de Contacte", "Montserrat Vilaró"),
            (" Telefon de Contacte", "933 42 99 20"), (" Email de Contacte", "reserves@museu-maritim.example.cat")));
        Assert.Equal("Montserrat Vilaró", r.Fields.Name);
        Assert.Equal("+34933429920", r.Fields.PhoneNumber);
    }
}

/// <summary>
/// A sports federation's licence number is the member's own (a Dutch shooting club's "Licentienr.", a French club's "N° de
/// licence"); a software licence key and a driving licence are not (blind set unseen160).
/// </summary>
public class LicenceNumberTests
{
    [Theory]
    [InlineData("Licentienr.", "Identifier")]
    [InlineData("Numéro de licence", "Identifier")]
    [InlineData("Lizenznummer", "Identifier")]
    [InlineData("Nº Licencia", "Identifier")]
    [InlineData("License Key", null)]
    [InlineData("Licence Type", null)]
    [InlineData("Rijbewijsnummer", null)]
    [InlineData("Führerscheinnummer", null)]
    public void Headers_name_their_field(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_shooters_licence_number_keys_the_row_not_the_clubs_number_or_the_id_document()
    {
        var map = ColumnMap.Build(new[] { "Voorletters", "Achternaam", "Legitimatie", "Documentnr.", "Ver.nr.", "Ver. naam", "Licentienr.", "Email", "Tel.nr." });
        Assert.Equal("Licentienr.", Assert.Single(map.SourcesFor(ContactField.Identifier)).Header);
    }
}

/// <summary>
/// Armenian, Kazakh and Kyrgyz headers, a loan's guarantor, and a whole name offered beside a firm's denomination
/// ("Անուն Ազգանուն / Անվանում") (blind set unseen161).
/// </summary>
public class ArmenianAndTurkicCyrillicTests
{
    [Theory]
    [InlineData("Аты-жөні", "Name")]
    [InlineData("Аты-жөнү", "Name")]
    [InlineData("Телефон нөмірі", "PhoneNumber")]
    [InlineData("Ұялы телефон", "PhoneNumber")]
    [InlineData("Ф.И.Ш.", "Name")]
    [InlineData("Անուն Ազգանուն", "Name")]
    [InlineData("Անուն Ազգանուն / Անվանում", "Name")]
    [InlineData("Имя Фамилия / Название", "Name")]
    [InlineData("Հաճախորդի համար", "Identifier")]
    [InlineData("Հաճախորդի հեռախոսահամար", "PhoneNumber")]
    [InlineData("Էլ. փոստ", "Email")]
    [InlineData("Երաշխավորի հեռախոսահամար", null)]
    [InlineData("Guarantor Phone", null)]
    public void Headers_name_their_field(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_guarantors_phone_is_never_the_borrowers()
    {
        var r = new RowReader("AM").Read(InputRow.From(("Մասնաճյուղ", "Կենտրոն"), ("Հաճախորդի համար", "00663555"),
            ("Անուն Ազգանուն / Անվանում", "Մուսաելյան Արսեն"), ("Հաճախորդի հեռախոսահամար", ""), ("Երաշխավորի հեռախոսահամար", "091 234567")));
        Assert.Equal("Մուսաելյան Արսեն", r.Fields.Name);
        Assert.Null(r.Fields.PhoneNumber);
        Assert.Equal("00663555", r.Fields.Identifier);
    }
}

/// <summary>
/// Malagasy and Haitian Creole name columns, the Portuguese student and pupil, and a satellite phone (blind set unseen162).
/// </summary>
public class MalagasyAndCreoleTests
{
    [Theory]
    [InlineData("Nº Estudante", "Identifier")]
    [InlineData("Thuraya", "PhoneNumber")]
    [InlineData("Imèl", "Email")]
    [InlineData("Finday", "PhoneNumber")]
    [InlineData("Non lu", null)]
    public void Headers_name_their_field(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_Malagasy_church_member_has_given_names_before_the_surname()
    {
        var r = new RowReader("MG").Read(InputRow.From(("N", "12"), ("Anarana", "RANDRIAMAHEFA"), ("Fanampiny", "Tahina Jean Claude"), ("tel", "0341234567")));
        Assert.Equal("Tahina Jean Claude RANDRIAMAHEFA", r.Fields.Name);
        Assert.Equal("+261341234567", r.Fields.PhoneNumber);
    }

    [Fact]
    public void A_Haitian_member_has_given_name_and_surname()
    {
        var r = new RowReader("HT").Read(InputRow.From(("ID", "3"), ("Non", "Wilner"), ("Siyati", "DORSAINVIL"), ("Batèm", "2016"), ("Referans", "Rose-Andrée DORSAINVIL")));
        Assert.Equal("Wilner DORSAINVIL", r.Fields.Name);
    }
}

/// <summary>Uzbek "F.I.Sh." (familiya, ism, sharif): the whole name, as Russian "Ф.И.О." is (blind set unseen161).</summary>
public class NameInitialismTests
{
    [Theory]
    [InlineData("F.I.SH", "Name")]
    [InlineData("F.I.Sh.", "Name")]
    [InlineData("F. I. Sh.", "Name")]
    [InlineData("F.I.O.", "Name")]
    [InlineData("Fish", null)]
    [InlineData("F I SH", null)]
    public void Dotted_name_initials_are_the_whole_name(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());
}

/// <summary>Kinyarwanda, Luganda and Somali name columns (blind set unseen165).</summary>
public class EastAfricanNameTests
{
    [Theory]
    [InlineData("Amazina", "Name")]
    [InlineData("Magaca Ardayga", "Name")]
    [InlineData("Erinnya", "Name")]
    [InlineData("Nimero", "Identifier")]
    public void Headers_name_their_field(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_Rwandan_cooperatives_member_is_read_by_name_and_number()
    {
        var r = new RowReader("RW").Read(InputRow.From(("Nimero", "12"), ("Amazina", "Claudine Uwimana"), ("Igitsina", "female"), ("Telefoni", "0788123456")));
        Assert.Equal("Claudine Uwimana", r.Fields.Name);
        Assert.Equal("+250788123456", r.Fields.PhoneNumber);
    }
}

/// <summary>
/// Welsh name columns, East Asian form notes ("이름(필수)", required), the traditional Chinese student, and Hong Kong's
/// identity card (blind sets unseen169, unseen170).
/// </summary>
public class WelshAndEastAsianFormTests
{
    [Theory]
    [InlineData("Enw cyntaf", "FirstName")]
    [InlineData("Enw olaf", "LastName")]
    [InlineData("Cyfenw", "LastName")]
    [InlineData("E-bost", "Email")]
    [InlineData("Ffôn symudol", "PhoneNumber")]
    [InlineData("이름(필수)", "Name")]
    [InlineData("이메일(필수)", "Email")]
    [InlineData("學生姓名", "Name")]
    [InlineData("HKID No.", null)]
    public void Headers_name_their_field(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_Korean_members_required_name_beats_the_nickname()
    {
        var r = new RowReader("KR").Read(InputRow.From(("아이디(필수)", "jiwoo88"), ("이름(필수)", "김지우"), ("닉네임", "지우맘"), ("이메일(필수)", "jiwoo.kim@example.com")));
        Assert.Equal("김지우", r.Fields.Name);
    }

    [Fact]
    public void A_Taiwanese_pupils_parent_is_not_the_pupil()
    {
        var r = new RowReader("TW").Read(InputRow.From(("學生姓名", "陳冠宇"), ("家長姓名", "陳志明"), ("電話", "02-2700-1234"), ("行動電話 號碼", "0912-345-678")));
        Assert.Equal("陳冠宇", r.Fields.Name);
    }
}
