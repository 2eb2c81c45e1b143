using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// e-računi's partners (blind set unseen55): "Šifra partnerja;Naziv partnerja;Priimek partnerja;Ime partnerja;...;Pošta
/// kraj;...;Email naslov". An ERP's partner is the party each row is; a CRM's "Partner" beside the person's own name is the
/// spouse. South Slavic name words; the post office's town is no e-mail.
/// </summary>
public class PartnerPartyTests
{
    private static readonly string[] ERacuni =
    {
        "Šifra partnerja", "Naziv partnerja", "Priimek partnerja", "Ime partnerja", "Ulica", "Poštna številka", "Pošta kraj", "Telefon",
        "Email naslov", "Mobilni telefon",
    };

    [Fact]
    public void Where_no_column_names_the_row_s_own_name_the_partner_is_the_file_s_party()
    {
        var map = ColumnMap.Build(ERacuni);
        Assert.Equal(new[] { "Ime partnerja" }, ColumnMapSamples.Order(map, ContactField.FirstName));
        Assert.Equal(new[] { "Priimek partnerja" }, ColumnMapSamples.Order(map, ContactField.LastName));
        Assert.Equal(new[] { "Šifra partnerja" }, ColumnMapSamples.Order(map, ContactField.Identifier));
        Assert.Equal(new[] { "Email naslov" }, ColumnMapSamples.Order(map, ContactField.Email));
        var row = new RowReader("SI").Read(InputRow.From(("Šifra partnerja", "1001"), ("Priimek partnerja", "Novak"), ("Ime partnerja", "Marko"),
            ("Pošta kraj", "Ljubljana"), ("Email naslov", "marko.novak@example.com"), ("Mobilni telefon", "041 123 456")));
        Assert.Null(row.Error);
        Assert.Equal("Marko Novak", row.Fields.Name);
        Assert.Equal("marko.novak@example.com", row.Fields.Email);
        Assert.Equal("+38641123456", row.Fields.PhoneNumber);
    }

    [Fact]
    public void Beside_the_row_s_own_name_a_partner_is_someone_else()
    {
        var map = ColumnMap.Build(new[] { "First Name", "Last Name", "Email", "Partner First Name", "Partner Email" });
        Assert.Equal(new[] { "First Name" }, ColumnMapSamples.Order(map, ContactField.FirstName));
        Assert.Equal(new[] { "Email" }, ColumnMapSamples.Order(map, ContactField.Email));
        Assert.Contains("Partner Email", map.AboutSomeoneElse);
    }

    [Theory]
    [InlineData("Pošta kraj", null)]
    [InlineData("Posta Kodu", null)]
    [InlineData("Posta elettronica", "Email")]
    [InlineData("Email naslov", "Email")]
    [InlineData("Priimek", "LastName")]
    [InlineData("Prezime", "LastName")]
    [InlineData("Ime in priimek", "Name")]
    [InlineData("Ime i prezime", "Name")]
    public void South_Slavic_name_and_post_words(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());
}
