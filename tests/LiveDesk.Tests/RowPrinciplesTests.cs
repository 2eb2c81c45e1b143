using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// How rows are read beyond one column per field: several numbers in one cell, a number whose country calling code has a
/// column of its own, an organisation's record with its contact person, names to fall back on, Russian patronymics.
/// </summary>
public class RowPrinciplesTests
{
    private static RowReadResult Read(string? region, params (string Name, object? Value)[] pairs) =>
        new RowReader(region).Read(InputRow.From(pairs));

    // ---- Several phone numbers in one cell ----

    [Theory]
    [InlineData("8 (916) 123-45-67, +7 495 123-45-67")]   // Bitrix24
    [InlineData("8 (916) 123-45-67; +7 495 123-45-67")]
    [InlineData("8 (916) 123-45-67 / +7 495 123-45-67")]
    [InlineData("8 (916) 123-45-67 | +7 495 123-45-67")]
    [InlineData("8 (916) 123-45-67\n+7 495 123-45-67")]
    [InlineData("8 (916) 123-45-67\r\n+7 (495) 123-45-67")]
    [InlineData("8 (916) 123-45-67 ::: +7 495 123-45-67")]
    public void Several_numbers_in_one_cell_give_the_first_with_a_warning(string cell)
    {
        var r = Read("RU", ("Name", "Анна"), ("Phone", cell));
        Assert.Null(r.Error);
        Assert.Equal("+79161234567", r.Fields.PhoneNumber);
        Assert.Contains(r.Warnings, w => w.Contains("several values") && w.Contains("'Phone'") && w.Contains("PhoneNumber"));
    }

    [Fact]
    public void The_list_warning_is_said_once_per_column()
    {
        var reader = new RowReader("DE");
        var a = reader.Read(InputRow.From(("Name", "A"), ("Telefon", "0171 2345678, 030 1234567")));
        var b = reader.Read(InputRow.From(("Name", "B"), ("Telefon", "0171 7654321; 030 7654321")));
        Assert.Equal("+491712345678", a.Fields.PhoneNumber);
        Assert.Equal("+491717654321", b.Fields.PhoneNumber);
        Assert.Single(a.Warnings, w => w.Contains("several values"));
        Assert.DoesNotContain(b.Warnings, w => w.Contains("several values"));
    }

    [Theory]
    [InlineData("030/1234567", "+49301234567")]           // a slash inside one number
    [InlineData("030 / 1234567", "+49301234567")]         // "030" alone is no number: not a list
    [InlineData("+49 30 1234567", "+49301234567")]
    public void A_single_number_written_with_a_slash_stays_whole(string cell, string expected)
    {
        var r = Read("DE", ("Name", "A"), ("Phone", cell));
        Assert.Null(r.Error);
        Assert.Equal(expected, r.Fields.PhoneNumber);
        Assert.DoesNotContain(r.Warnings, w => w.Contains("several values"));
    }

    // ---- The country calling code in a column of its own ----

    [Theory]
    [InlineData("Phone Country Code", "+49", "Phone", "171 2345678", "+491712345678")]
    [InlineData("Country Code", "49", "Phone", "0171 2345678", "+491712345678")]
    [InlineData("Ländervorwahl", "0049", "Telefon", "0171 2345678", "+491712345678")]
    [InlineData("Calling Code", "+1", "Phone", "(415) 555-0188", "+14155550188")]
    [InlineData("Phones / Primary Phone Country Code", "FR", "Phones / Primary Phone Number", "6 12 34 56 78", "+33612345678")]
    [InlineData("Phones / Primary Phone Calling Code", "+33", "Phones / Primary Phone Number", "612345678", "+33612345678")]
    [InlineData("Country Code", "FR +33", "Mobile", "06 12 34 56 78", "+33612345678")]
    [InlineData("Indicatif pays", "+33", "Téléphone", "6 12 34 56 78", "+33612345678")]
    public void A_calling_code_column_gives_the_number_its_country(string codeHeader, string code, string phoneHeader, string phone, string expected)
    {
        // No -DefaultRegion: without the code column these numbers are refused for want of a country.
        var r = Read(null, ("Name", "A"), (codeHeader, code), (phoneHeader, phone));
        Assert.Null(r.Error);
        Assert.Equal(expected, r.Fields.PhoneNumber);
    }

    [Fact]
    public void The_calling_code_comes_before_the_default_region_and_the_rows_country()
    {
        var r = Read("DE", ("Name", "A"), ("Phone", "(415) 555-0188"), ("Country Code", "+1"), ("Country", "Germany"));
        Assert.Null(r.Error);
        Assert.Equal("+14155550188", r.Fields.PhoneNumber);
    }

    [Fact]
    public void A_number_written_with_its_own_code_keeps_it()
    {
        var r = Read(null, ("Name", "A"), ("Country Code", "+49"), ("Phone", "+44 20 7946 0958"));
        Assert.Equal("+442079460958", r.Fields.PhoneNumber);
    }

    [Fact]
    public void The_code_pairs_with_the_phone_column_of_the_same_words()
    {
        // Shopify: the address's country code belongs to the address's phone, not to the customer's own Phone.
        var headers = new[] { "Phone", "Default Address Country Code", "Default Address Phone" };
        var map = ColumnMap.Build(headers);
        Assert.Equal(1, map.CallingCodeColumnFor(2));
        Assert.Equal(-1, map.CallingCodeColumnFor(0));
        var r = Read(null, ("Phone", ""), ("Default Address Country Code", "DE"), ("Default Address Phone", "030 1234567"), ("Email", "a@example.com"));
        Assert.Equal("+49301234567", r.Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("Area Code")]
    [InlineData("Zip Code")]
    [InlineData("Telefonvorwahl")]
    public void Other_codes_are_no_calling_code(string header)
    {
        var map = ColumnMap.Build(new[] { "Name", header, "Phone" });
        Assert.Equal(-1, map.CallingCodeColumnFor(2));
    }

    [Fact]
    public void A_code_cell_that_is_no_calling_code_is_left_out_with_a_warning()
    {
        var r = Read("DE", ("Name", "A"), ("Country Code", "abc"), ("Phone", "0171 2345678"));
        Assert.Equal("+491712345678", r.Fields.PhoneNumber);
        Assert.Contains(r.Warnings, w => w.Contains("'Country Code'") && w.Contains("calling code"));
    }

    // ---- An organisation's record with its contact person ----

    [Theory]
    [InlineData("Contact")]
    [InlineData("Contact person")]
    [InlineData("Ansprechpartner")]
    [InlineData("Kontaktperson")]
    [InlineData("Personne de contact")]
    [InlineData("Persona de contacto")]
    [InlineData("联系人")]
    [InlineData("担当者")]
    [InlineData("Контактное лицо")]
    [InlineData("Primary Contact")]
    public void The_contact_person_is_the_name_and_the_records_name_the_company(string header)
    {
        var r = Read(null, ("Name", "Acme GmbH"), (header, "Jürgen Müller"), ("Email", "j.mueller@acme.example"));
        Assert.Null(r.Error);
        Assert.Equal("Jürgen Müller", r.Fields.Name);
        Assert.Equal("Acme GmbH", r.Fields.Company);
        Assert.Equal("'Name'", r.Sources[ContactField.Company]);
    }

    [Fact]
    public void A_company_column_keeps_the_company_and_an_empty_person_leaves_the_records_name()
    {
        var withCompany = Read(null, ("Name", "Acme"), ("Company", "Acme Holding AG"), ("Contact", "Jane Roe"), ("Email", "j@acme.example"));
        Assert.Equal("Jane Roe", withCompany.Fields.Name);
        Assert.Equal("Acme Holding AG", withCompany.Fields.Company);
        var nobody = Read(null, ("Name", "Acme"), ("Contact", ""), ("Email", "info@acme.example"));
        Assert.Equal("Acme", nobody.Fields.Name);
        Assert.Null(nobody.Fields.Company);
    }

    [Fact]
    public void Name_beside_Contact_Name_is_the_organisation()
    {
        var r = Read(null, ("Name", "Acme"), ("Contact Name", "Jane Roe"), ("Email", "j@acme.example"));
        Assert.Equal("Jane Roe", r.Fields.Name);
        Assert.Equal("Acme", r.Fields.Company);
    }

    [Fact]
    public void A_contact_column_of_addresses_is_no_person()
    {
        var r = Read(null, ("Name", "Acme"), ("Kontakt", "info@acme.example"));
        Assert.Null(r.Error);
        Assert.Equal("Acme", r.Fields.Name);
        Assert.Equal("info@acme.example", r.Fields.Email);
        Assert.Null(r.Fields.Company);
    }

    // ---- Names to fall back on ----

    [Theory]
    [InlineData("Card Name")]
    [InlineData("CARD.NAME")]
    [InlineData("Cardholder Name")]
    [InlineData("external_name")]
    public void An_empty_name_falls_back_to_a_column_naming_the_same_person(string header)
    {
        var empty = Read(null, ("Name", ""), ("Email", "jane@example.com"), (header, "Jane Doe"));
        Assert.Equal("Jane Doe", empty.Fields.Name);
        var given = Read(null, ("Name", "Jane D."), ("Email", "jane@example.com"), (header, "JANE DOE"));
        Assert.Equal("Jane D.", given.Fields.Name);
    }

    [Fact]
    public void The_name_composed_of_its_parts_comes_before_a_fallback()
    {
        var r = Read(null, ("external_name", "jd_sso"), ("First Name", "Jane"), ("Last Name", "Doe"), ("Email", "jane@example.com"));
        Assert.Equal("Jane Doe", r.Fields.Name);
    }

    [Theory]
    [InlineData("Shipping Name")]
    [InlineData("Assistant Name")]
    [InlineData("Product Name")]
    public void A_name_of_someone_or_something_else_is_never_a_fallback(string header)
    {
        var r = Read(null, ("Name", ""), ("Email", "jane@example.com"), (header, "Somebody Else"));
        Assert.Null(r.Fields.Name);
    }

    // ---- Russian patronymics ----

    [Fact]
    public void A_patronymic_is_kept_after_the_given_name()
    {
        var r = Read(null, ("Фамилия", "Кузнецова"), ("Имя", "Анна"), ("Отчество", "Сергеевна"), ("Email", "anna@example.ru"));
        Assert.Equal("Анна Сергеевна Кузнецова", r.Fields.Name);
    }

    [Theory]
    [InlineData("Сергеевна", "Кузнецова", "Кузнецова")]
    [InlineData("Иванович", "Петров", "Петров")]
    [InlineData("Ильич", "Ульянов", "Ульянов")]
    [InlineData("Michael", "Smith", "Michael Smith")]
    public void Without_a_given_name_a_patronymic_is_left_out(string middle, string last, string expected) =>
        Assert.Equal(expected, PersonName.Compose(null, middle, last));

    [Fact]
    public void Patronymics_are_recognised_by_their_endings_not_by_a_list()
    {
        Assert.True(PersonName.IsPatronymic("Всеволодовна"));
        Assert.True(PersonName.IsPatronymic("Тарасівна"));
        Assert.True(PersonName.IsPatronymic("Sergeevna"));
        Assert.False(PersonName.IsPatronymic("Анна"));
        Assert.False(PersonName.IsPatronymic("Michael"));
    }
}
