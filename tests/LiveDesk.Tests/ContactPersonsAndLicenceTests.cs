using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

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
