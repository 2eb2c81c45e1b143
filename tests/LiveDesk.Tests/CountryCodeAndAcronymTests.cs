using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A country code column is the person's country where no column names one (unless it names a phone: then it is the
/// number's); an upper-case acronym ending in ID ("LEID", "EUID") is an id column.
/// </summary>
public class CountryCodeAndAcronymTests
{
    [Theory]
    // Mailchimp's audience export, Shopify's customers export, a bare one.
    [InlineData("CC")]
    [InlineData("Default Address Country Code")]
    [InlineData("Country Code")]
    public void A_country_code_column_is_the_country_where_none_is_named(string header)
    {
        var r = new RowReader().Read(InputRow.From(("Email Address", "sarah@example.com"), (header, "US"), ("Phone Number", "(217) 523-4187")));
        Assert.Null(r.Error);
        Assert.Equal("US", r.Fields.Country);
        // It is the phone's region too.
        Assert.Equal("+12175234187", r.Fields.PhoneNumber);
    }

    [Fact]
    public void A_calling_code_or_a_named_country_wins_and_a_phones_code_is_not_the_country()
    {
        var reader = new RowReader();
        Assert.Null(reader.Read(InputRow.From(("Email", "a@example.com"), ("Country Code", "+1"), ("Phone", "2175234187"))).Fields.Country);
        Assert.Equal("Canada", reader.Read(InputRow.From(("Email", "b@example.com"), ("Country", "Canada"), ("CC", "US"))).Fields.Country);
        // Twenty writes the phone's country beside its number: where the number is from, not where the person lives.
        var twenty = reader.Read(InputRow.From(("Emails / Primary Email", "c@example.fr"), ("Phones / Primary Phone Country Code", "FR"), ("Phones / Primary Phone Number", "612345678")));
        Assert.Null(twenty.Fields.Country);
        Assert.Equal("+33612345678", twenty.Fields.PhoneNumber);
    }

    [Fact]
    public void An_id_acronym_is_an_id_column()
    {
        // Mailchimp: LEID (the member's id in the list) and EUID (its id across lists); the first is the key.
        var map = ColumnMap.Build(new[] { "Email Address", "First Name", "LEID", "EUID", "MEMBER_RATING" });
        Assert.Equal(new[] { "LEID", "EUID" }, map.SourcesFor(ContactField.Identifier).Select(s => s.Header));
        // Written in lower case it is no acronym, and a known word stays itself.
        Assert.Empty(ColumnMap.Build(new[] { "Email", "leid" }).SourcesFor(ContactField.Identifier));
    }

    [Theory]
    // Shopify's customers export: the company line of the default address.
    [InlineData("Default Address Company", "Company")]
    [InlineData("Billing Address Company", "Company")]
    // The company's postal address is no company name.
    [InlineData("Company Address", null)]
    public void A_company_after_an_address_word_is_the_addresss_company_line(string header, string? field)
    {
        Assert.Equal(field == null ? null : Enum.Parse<ContactField>(field), HeaderRecognizer.Recognize(header).Field);
    }
}
