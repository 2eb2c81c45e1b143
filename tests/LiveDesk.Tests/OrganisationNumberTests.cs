using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A number of a tax, trade or legal registry is never the contact's identifier, in any language; a bare "ID number" is
/// the contact's only in a file that is not about organisations.
/// </summary>
public class OrganisationNumberTests
{
    // Invoice Ninja's vat_number and id_number labels (lang/<locale>/texts.php) and other registries' usual names.
    [Theory]
    [InlineData("VAT Number")]
    [InlineData("Tax ID")]
    [InlineData("VAT ID")]
    [InlineData("EIN")]
    [InlineData("ABN")]
    [InlineData("Company Registration Number")]
    [InlineData("Government ID Number")]
    [InlineData("Business ID")]
    [InlineData("Company ID")]
    [InlineData("USt-IdNr.")]
    [InlineData("USt-ID")]
    [InlineData("Steuernummer")]
    [InlineData("Steuer-ID")]
    [InlineData("Handelsregisternummer")]
    [InlineData("Registernummer")]
    [InlineData("Numéro de TVA")]
    [InlineData("SIRET")]
    [InlineData("SIREN ID")]
    [InlineData("CIF/NIF")]
    [InlineData("NIF")]
    [InlineData("Partita IVA")]
    [InlineData("P.IVA")]
    [InlineData("Codice Fiscale")]
    [InlineData("CNPJ")]
    [InlineData("BTW-nummer")]
    [InlineData("KVK-nummer")]
    [InlineData("KVK ID")]
    [InlineData("MVA-nummer")]
    [InlineData("CVR/SE-nummer")]
    [InlineData("Org. nr")]
    [InlineData("ALV-numero")]
    [InlineData("Numer NIP")]
    [InlineData("REGON")]
    [InlineData("DIČ")]
    [InlineData("IČO")]
    [InlineData("ИНН")]
    [InlineData("ИНН ID")]
    [InlineData("ΑΦΜ")]
    [InlineData("Vergi Numarası")]
    [InlineData("OIB")]
    [InlineData("加值稅編號")]
    [InlineData("税号")]
    [InlineData("法人番号")]
    [InlineData("사업자등록번호")]
    public void A_registry_number_is_never_the_contacts_identifier(string header)
    {
        Assert.NotEqual(ContactField.Identifier, HeaderRecognizer.Recognize(header).Field);
        var map = ColumnMap.Build(new[] { "First Name", "Last Name", "Email", header });
        Assert.Empty(map.SourcesFor(ContactField.Identifier));
        // Nor is it offered as a near-miss for the identifier.
        Assert.DoesNotContain(map.NearMisses, n => n.Column == header && n.Field == ContactField.Identifier);
    }

    [Theory]
    [InlineData("ID Number")]
    [InlineData("Id nummer")]
    [InlineData("ID-nummer")]
    [InlineData("Numéro ID")]
    [InlineData("Αριθμός ID")]
    [InlineData("ID Numarası")]
    [InlineData("ID broj")]
    [InlineData("IDナンバー")]
    [InlineData("ID 編號")]
    public void A_bare_id_number_is_the_contacts_identifier_in_a_file_about_persons(string header)
    {
        Assert.True(HeaderRecognizer.Recognize(header).IdNumber);
        var map = ColumnMap.Build(new[] { "First Name", "Last Name", "Email", header });
        Assert.Equal(header, Assert.Single(map.SourcesFor(ContactField.Identifier)).Header);
    }

    // Invoice Ninja's client export in Norwegian, French, Swedish, Greek, Turkish, Japanese, Chinese: the client's name,
    // its id_number and vat_number, its contact's first and last name and e-mail.
    [Theory]
    [InlineData("Navn", "Id nummer", "MVA-nummer", "Fornavn", "Etternavn", "E-post")]
    [InlineData("Nom", "Numéro ID", "Numéro de TVA", "Prénom", "Nom de famille", "E-mail")]
    [InlineData("Namn", "ID-nummer", "Företag", "Förnamn", "Efternamn", "E-post")]
    [InlineData("Όνομα", "Αριθμός ID", "ΑΦΜ", "Όνομα", "Επώνυμο", "Email")]
    [InlineData("İsim", "ID Numarası", "Vergi Numarası", "Ad", "Soyad", "E-posta")]
    [InlineData("名前", "IDナンバー", "会社名", "名", "姓", "メール")]
    [InlineData("名稱", "ID 編號", "加值稅編號", "名字", "姓氏", "電子郵件")]
    [InlineData("Name", "ID Number", "Company", "First Name", "Last Name", "Email")]
    public void In_a_file_about_organisations_a_bare_id_number_is_the_organisations_and_set_aside(params string[] headers)
    {
        var map = ColumnMap.Build(headers.Distinct().ToArray());
        Assert.Empty(map.SourcesFor(ContactField.Identifier));
        Assert.Contains(map.SetAside, s => s.StartsWith($"'{headers[1]}'", StringComparison.Ordinal) && s.Contains("organisation"));
        Assert.Contains("set aside", map.Describe());
    }

    [Fact]
    public void The_persons_own_named_id_still_counts_beside_an_organisations_number()
    {
        var map = ColumnMap.Build(new[] { "Kundennummer", "USt-IdNr.", "Firma", "Vorname", "Nachname", "E-Mail" });
        Assert.Equal("Kundennummer", Assert.Single(map.SourcesFor(ContactField.Identifier)).Header);
        var r = new RowReader("DE").Read(InputRow.From(("Kundennummer", "K-100"), ("USt-IdNr.", "DE123456789"), ("Firma", "Muster GmbH"),
            ("Vorname", "Eva"), ("Nachname", "Muster"), ("E-Mail", "eva@example.de")));
        Assert.Equal("K-100", r.Fields.Identifier);
    }

    [Fact]
    public void Map_still_uses_an_id_number_the_user_names()
    {
        var map = ColumnMap.Build(new[] { "Navn", "Id nummer", "MVA-nummer", "E-post" },
            new Dictionary<ContactField, ColumnOverride> { [ContactField.Identifier] = ColumnOverride.Column("Id nummer") });
        var r = new RowReader(overrides: new Dictionary<ContactField, ColumnOverride> { [ContactField.Identifier] = ColumnOverride.Column("Id nummer") })
            .Read(InputRow.From(("Navn", "Nordlys AS"), ("Id nummer", "987654321"), ("MVA-nummer", "NO987654321MVA"), ("E-post", "post@nordlys.example")));
        Assert.Null(map.Error);
        Assert.Equal("987654321", r.Fields.Identifier);
    }
}
