using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen436-443: Lightspeed eCom's "LastnamePreposition", a prefix column beside named e-mail and phone columns,
/// Sage 50's "Account Reference".
/// </summary>
public class ParticlesAndAccountReferencesTests
{
    [Fact]
    public void A_family_names_preposition_goes_between_the_given_and_the_family_name()
    {
        var header = new[] { "Internal ID", "Firstname", "LastnamePreposition", "Lastname", "E-Mail", "Mobile" };
        var rows = ReadFile.Rows("NL", header,
            new object?[] { "88121", "Jan", "van der", "Berg", "jan@example.nl", "06 12345678" },
            new object?[] { "88122", "Sanne", "de", "Vries", "sanne@example.nl", "" },
            new object?[] { "88123", "Piet", "", "Jansen", "piet@example.nl", "" });
        Assert.Equal("Jan van der Berg", rows[0].Fields.Name);
        Assert.Equal("Sanne de Vries", rows[1].Fields.Name);
        Assert.Equal("Piet Jansen", rows[2].Fields.Name);
    }

    [Fact]
    public void A_prefix_column_beside_named_e_mail_and_phone_columns_is_read_by_its_values()
    {
        // ReadFile asks for values only where the map does: a prefix column alone must make it ask.
        var header = new[] { "Vorname", "Praefix", "Nachname", "E-Mail", "Telefon" };
        var rows = ReadFile.Rows("DE", header,
            new object?[] { "Hans", "von der", "Heide", "hans@example.de", "030 1234567" },
            new object?[] { "Anna", "", "Schmidt", "anna@example.de", "" });
        Assert.Equal("Hans von der Heide", rows[0].Fields.Name);
    }

    [Fact]
    public void A_prefix_column_of_titles_stays_out_of_the_name()
    {
        var rows = ReadFile.Rows("DE", new[] { "Vorname", "Praefix", "Nachname", "E-Mail" },
            new object?[] { "Hans", "Dr.", "Heide", "hans@example.de" },
            new object?[] { "Anna", "Prof.", "Schmidt", "anna@example.de" });
        Assert.Equal("Hans Heide", rows[0].Fields.Name);
    }

    [Fact]
    public void An_account_reference_of_distinct_codes_keys_the_customer()
    {
        var rows = ReadFile.Rows("IE", new[] { "Account Reference", "Account Name", "Contact Name", "Telephone", "e-mail" },
            new object?[] { "MURPHY01", "Murphy Hardware", "Declan Murphy", "096 21234", "declan@example.ie" },
            new object?[] { "OSULLIVA", "O'Sullivan Pharmacy", "Niamh O'Sullivan", "021 4271234", "niamh@example.ie" });
        Assert.Equal("MURPHY01", rows[0].Fields.Identifier);
        Assert.Equal("OSULLIVA", rows[1].Fields.Identifier);
    }
}
