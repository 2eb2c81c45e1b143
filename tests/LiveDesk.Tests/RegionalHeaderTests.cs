using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

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

/// <summary>A house number beside a street named in Hebrew is no key (an Israeli town's substitute teachers, blind set unseen172).</summary>
public class HouseNumberBesideStreetTests
{
    [Fact]
    public void A_bare_number_beside_a_Hebrew_street_is_the_house_number()
    {
        var reader = new RowReader("IL");
        string[] headers = { "שם פרטי", "שם משפחה", "טלפון", "רחוב", "מספר", "עיר" };
        InputRow Row(string first, string last, string phone, string street, string number) =>
            InputRow.From(headers.Zip(new object?[] { first, last, phone, street, number, "רמת גן" }).ToArray());
        var rows = new[] { Row("מיכל", "אברהם", "0527654321", "ז'בוטינסקי", "88"), Row("אורית", "מזרחי", "0586677889", "ביאליק", "3"), Row("דנה", "כהן", "0501234567", "הרצל", "12") };
        reader.MapFor(rows[0]).ReadValues(rows);
        Assert.Null(reader.Read(rows[0]).Fields.Identifier);
    }
}

/// <summary>A Malaysian staff club's member number and next of kin (blind set unseen171).</summary>
public class MalayMemberTests
{
    [Fact]
    public void The_member_number_keys_the_row_and_the_next_of_kin_is_someone_else()
    {
        var r = new RowReader("MY").Read(InputRow.From(("Bil.", "1"), ("No. ID.", "S-10234"), ("No. Ahli", "M-0451"), ("Nama", "Nur Aisyah binti Ahmad"),
            ("Telefon", ""), ("Nama Waris", "Ahmad bin Hassan"), ("TelefonWaris", "019-888 7777")));
        Assert.Equal("M-0451", r.Fields.Identifier);
        Assert.Equal("Nur Aisyah binti Ahmad", r.Fields.Name);
        Assert.Null(r.Fields.PhoneNumber);
    }
}

/// <summary>
/// University and school registers (blind set unseen174): Ladok's Personnummer is never sniffed for a phone, SIECLE's legal
/// guardians are someone else, KOSKI's given names and learner number, and a Polish student's album number.
/// </summary>
public class StudentRegisterTests
{
    [Theory]
    [InlineData("Nr albumu", "Identifier")]
    [InlineData("oppijanumero", "Identifier")]
    [InlineData("etunimet", "FirstName")]
    [InlineData("Courriel resp. légal1", null)]
    [InlineData("Legal Name", null)]
    public void Headers_name_their_field(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_national_id_column_is_never_read_as_the_phone()
    {
        var reader = new RowReader("SE");
        string[] headers = { "Personnummer", "Efternamn", "Förnamn", "E-postadress" };
        InputRow Row(string pnr, string last, string first, string mail) => InputRow.From(headers.Zip(new object?[] { pnr, last, first, mail }).ToArray());
        var rows = new[] { Row("19990312-4821", "Lindqvist", "Anna-Karin", "anna@example.org"), Row("20020228-1195", "Berg", "Jonas", "jonas@example.net"),
            Row("19851104-3317", "Nyström", "Erik", "erik@example.com") };
        reader.MapFor(rows[0]).ReadValues(rows);
        foreach (var row in rows) Assert.Null(reader.Read(row).Fields.PhoneNumber);
    }

    [Fact]
    public void A_pupils_legal_guardians_email_is_not_the_pupils()
    {
        var r = new RowReader("FR").Read(InputRow.From(("Nom de famille", "MOREAU"), ("Prénom 1", "Léa"), ("Division", "5E2"),
            ("Nom de famille resp. légal1", "MOREAU"), ("Prénom resp. légal1", "Stéphane"), ("Courriel resp. légal1", "stephane.moreau@example.fr")));
        Assert.Equal("Léa MOREAU", r.Fields.Name);
        Assert.Null(r.Fields.Email);
    }
}
