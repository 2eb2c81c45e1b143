using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen103 to unseen106: when someone was last contacted is a date, not the family name (a Brazilian shop's
/// "Último contato" was appended to every name); a date never names anyone, whatever its header; Vietnamese software
/// writes the party after "Mã" as initials ("Mã BN", a clinic's patient code); the employee in more languages; "and" as a
/// word of its own in Persian, Hebrew and Chinese; Québec's "cellulaire"; a column of desk extensions is no phone column; a
/// sign-in name that is no address is said.
/// </summary>
public class ContactDatesAndInitialsTests
{
    [Theory]
    [InlineData("Último contato")]
    [InlineData("Último contacto")]
    [InlineData("Last contact")]
    [InlineData("First contact")]
    [InlineData("Utolsó kapcsolat")]
    public void A_first_or_last_contact_is_a_date_not_a_name_part(string header) =>
        Assert.Null(HeaderRecognizer.Recognize(header).Field);

    [Theory]
    [InlineData("Contact Last", "LastName")]
    [InlineData("Contact First", "FirstName")]
    [InlineData("Last", "LastName")]
    [InlineData("Contact Last Name", "LastName")]
    public void The_qualifier_after_contact_or_alone_is_still_the_name_part(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void The_name_beside_a_last_contact_date_is_the_whole_name()
    {
        var map = Read(new[] { "Nome", "E-mail", "Telefone", "CPF", "Último contato" },
            new object[] { "Mariana Souza", "mariana@example.com", "11987654321", "***.123.456-**", "2026-05-10T14:32:00.000Z" },
            new object[] { "João Pedro Lima", "", "21998765432", "***.987.654-**", "2026-05-08T09:12:44.000Z" });
        Assert.Equal(new[] { "Nome" }, Order(map, ContactField.Name));
        Assert.Empty(map.SourcesFor(ContactField.LastName));
    }

    [Theory]
    [InlineData("2026-05-10T14:32:00.000Z")]
    [InlineData("2024-03-01 08:12")]
    [InlineData("01.03.2024")]
    public void A_date_in_a_name_part_column_names_nobody(string date)
    {
        var r = new RowReader((string?)null).Read(InputRow.From(("First Name", (object?)"Ann"), ("Last Name", date), ("Email", "ann@example.com")));
        Assert.Null(r.Error);
        Assert.Equal("Ann", r.Fields.Name);
    }

    [Theory]
    [InlineData("Mã BN")]
    [InlineData("Mã KH")]
    [InlineData("Mã NV")]
    public void Vietnamese_initials_of_the_party_make_the_code_theirs(string header) =>
        Assert.Equal(ContactField.Identifier, HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_patients_code_in_initials_is_the_key_beside_their_national_id()
    {
        var map = Read(new[] { "Mã BN", "Họ Và Tên", "Số Điện Thoại", "Email", "CMND/CCCD" },
            new object[] { "BN-100231", "Nguyễn Thị Thu Hà", "0912345678", "ha@example.com", "079188001234" },
            new object[] { "BN-100232", "Trần Văn Minh", "0987654321", "", "001075004567" });
        Assert.Equal("Mã BN", Order(map, ContactField.Identifier)[0]);
    }

    [Theory]
    [InlineData("Medarbejder lønnummer")]
    [InlineData("Číslo pracovníka")]
    [InlineData("Werknemer nummer")]
    public void An_employees_number_is_theirs(string header) =>
        Assert.Equal(ContactField.Identifier, HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void An_employee_column_alone_holds_the_names()
    {
        var map = Read(new[] { "Pracovník", "Telefón", "Mobil" },
            new object[] { "Ján Kováčik", "1234", "0911123456" },
            new object[] { "Mária Horváthová", "5678", "0905 234 567" });
        Assert.Equal(new[] { "Pracovník" }, Order(map, ContactField.Name));
    }

    [Fact]
    public void A_column_of_desk_extensions_is_no_phone_column()
    {
        var map = Read(new[] { "Pracovník", "Telefón", "Mobil" },
            new object[] { "Ján Kováčik", "1234", "0911123456" },
            new object[] { "Mária Horváthová", "5678", "0905 234 567" },
            new object[] { "Ľubomír Šťastný", "2210", "" });
        Assert.Equal(new[] { "Mobil" }, Order(map, ContactField.PhoneNumber));
        Assert.Equal(new[] { "Telefón" }, map.ExtensionColumns);
        Assert.Contains("internal extensions", map.Describe());
    }

    [Theory]
    // One short value among whole numbers is a number gone wrong: it still fails its row.
    [InlineData("12345", "0911 123 456")]
    // One value alone says nothing of the column.
    [InlineData("2210", "")]
    // A cut-off number keeps its 0.
    [InlineData("0911", "0912")]
    public void A_short_value_among_numbers_or_alone_leaves_the_column_a_phone_column(string first, string second)
    {
        var map = Read(new[] { "Meno", "Telefón", "Mobil" },
            new object[] { "Ján Kováčik", first, "0911123456" },
            new object[] { "Mária Horváthová", second, "0905 234 567" });
        Assert.Equal(new[] { "Mobil", "Telefón" }, Order(map, ContactField.PhoneNumber));
        Assert.Empty(map.ExtensionColumns);
    }

    [Theory]
    [InlineData("نام و نام خانوادگی")]
    [InlineData("姓和名")]
    [InlineData("الاسم و اللقب")]
    public void Name_parts_joined_by_a_separate_and_are_the_whole_name(string header)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.Equal(ContactField.Name, meaning.Field);
    }

    [Theory]
    [InlineData("TelephoneCellulaire")]
    [InlineData("Cellulaire")]
    [InlineData("Téléphone cellulaire")]
    public void Quebecs_cellulaire_is_the_mobile(string header)
    {
        var map = Read(new[] { "Nom", "Prenom", "Telephone", header, "TelephoneTravail" },
            new object[] { "Tremblay", "Marie", "5148723456", "4387214590", "5142871100" });
        Assert.Equal(header, Order(map, ContactField.PhoneNumber)[0]);
    }

    [Fact]
    public void A_sign_in_name_at_a_reserved_domain_is_no_address_and_is_said()
    {
        var r = new RowReader((string?)null).Read(InputRow.From(("nome", (object?)"Beatriz"), ("apelido", "Gonçalves"), ("upn", "beatriz@escola.local")));
        Assert.Null(r.Error);
        Assert.Null(r.Fields.Email);
        Assert.Contains(r.Warnings, w => w.Contains("sign-in names") && w.Contains("'upn'"));
    }
}
