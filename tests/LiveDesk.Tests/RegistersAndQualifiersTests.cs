using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Headers from blind sets unseen178-180: abbreviated and Indic registration numbers, admission numbers in Urdu and Hindi,
/// grantees and beneficiaries, Tamil compounds, an X12 id beside its qualifier, a middle initial.
/// </summary>
public class RegistersAndQualifiersTests
{
    [Theory]
    [InlineData("Reg No", "Identifier")]
    [InlineData("Reg. No.", "Identifier")]
    [InlineData("Reg", null)]
    [InlineData("Region", null)]
    [InlineData("रजिस्ट्रेशन नंबर", "Identifier")]
    [InlineData("पंजीकरण संख्या", "Identifier")]
    [InlineData("داخلہ نمبر", "Identifier")]
    [InlineData("प्रवेश क्रमांक", "Identifier")]
    [InlineData("अनुदानग्राही नाम", "Name")]
    [InlineData("लाभार्थी नाम", "Name")]
    [InlineData("முதற்பெயர்", "FirstName")]
    [InlineData("குடும்பப்பெயர்", "LastName")]
    [InlineData("அடையாளம்", "Identifier")]
    [InlineData("Middle Initial", "MiddleName")]
    [InlineData("Middle Init", "MiddleName")]
    [InlineData("Initial", null)]
    [InlineData("Mobilfunknummer", "PhoneNumber")]
    [InlineData("K.nr.", "Identifier")]
    public void Headers_name_their_field(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_bare_id_beside_its_qualifier_is_a_credentials_number_not_the_key()
    {
        var map = ColumnMap.Build(new[] { "Salutation", "First Name", "Last Name", "Middle Init", "Email", "National Provider ID", "Qualifier", "ID" });
        Assert.Empty(map.SourcesFor(ContactField.Identifier));
        Assert.Equal("Middle Init", Assert.Single(map.SourcesFor(ContactField.MiddleName)).Header);
    }

    [Fact]
    public void A_bare_id_without_a_qualifier_still_keys_the_row()
    {
        var map = ColumnMap.Build(new[] { "First Name", "Last Name", "Email", "Type", "ID" });
        Assert.Equal("ID", Assert.Single(map.SourcesFor(ContactField.Identifier)).Header);
    }
}

/// <summary>A farm is the firm of an agricultural supplier's client (Herbic CRM, blind set unseen182).</summary>
public class FarmAccountTests
{
    [Fact]
    public void A_farm_account_without_a_person_is_named_by_its_farm()
    {
        string[] headers = { "Code", "Ferme", "Prénom", "Nom", "Téléphone", "Courriel", "Vendeur" };
        var reader = new RowReader("CA");
        var r = reader.Read(InputRow.From(headers.Zip(new object?[] { "CL-0171", "Érablière Lavoie", "", "", "418-738-2055", "info@example.org", "Isabelle Côté" }).ToArray()));
        Assert.Equal("Érablière Lavoie", r.Fields.Name);
        var p = reader.Read(InputRow.From(headers.Zip(new object?[] { "CL-0142", "Ferme Gagnon et fils inc.", "Sylvain", "Gagnon", "450-773-2281", "sgagnon@example.ca", "Martin Bouchard" }).ToArray()));
        Assert.Equal("Sylvain Gagnon", p.Fields.Name);
        Assert.Equal("Ferme Gagnon et fils inc.", p.Fields.Company);
    }
}

/// <summary>A German party's member import and a Danish course list (blind set unseen181).</summary>
public class MobilfunkAndLetterNumberTests
{
    [Fact]
    public void The_mobilfunk_number_comes_before_the_landline()
    {
        var map = ColumnMap.Build(new[] { "Mitgliedsnummer", "Vorname", "Nachname", "Telefon", "Telefax", "E-Mail", "Mobilfunknummer", "Kontoinhaber" });
        Assert.Equal(new[] { "Mobilfunknummer", "Telefon" }, map.SourcesFor(ContactField.PhoneNumber).Select(s => s.Header));
    }

    [Fact]
    public void A_letter_and_nr_is_the_lists_own_number()
    {
        string[] headers = { "K.nr.", "K.id.", "Fornavn", "Efternavn", "Telefon", "Mail" };
        var rows = new[]
        {
            InputRow.From(headers.Zip(new object?[] { "100231", "", "Freja", "Lindholm", "51 38 27 64", "freja.lindholm@example.dk" }).ToArray()),
            InputRow.From(headers.Zip(new object?[] { "100232", "88412", "Emil", "Bach Nørgaard", "20 47 91 36", "emil.bn@example.com" }).ToArray()),
            InputRow.From(headers.Zip(new object?[] { "100240", "", "Ida", "Kristoffersen", "", "ida.k@example.net" }).ToArray()),
        };
        var reader = new RowReader("DK");
        reader.MapFor(rows[0]).ReadValues(rows);
        Assert.Equal(new[] { "100231", "100232", "100240" }, rows.Select(r => reader.Read(r).Fields.Identifier));
    }
}
