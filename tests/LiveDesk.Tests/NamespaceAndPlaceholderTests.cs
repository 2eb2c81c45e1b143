using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A prefix many columns share, another person to reach, a vendor's name split in two before "ID", placeholders in cells
/// and addresses where a name belongs.
/// </summary>
public class NamespaceAndPlaceholderTests
{
    private static ContactField? Field(string header) => HeaderRecognizer.Recognize(header).Field;

    // Named company columns, then those found by their values.
    private static string[] Companies(ColumnMap map) => map.SourcesFor(ContactField.Company).Concat(map.CompanyColumns).Select(s => s.Header).ToArray();

    [Fact]
    public void A_prefix_many_columns_share_is_read_past()
    {
        // Mailtrain puts MERGE_ before every field the list admin named.
        var map = ColumnMap.Build(new[] { "cid", "status", "HASH_EMAIL", "EMAIL", "MERGE_FIRST_NAME", "MERGE_LAST_NAME", "MERGE_TELEFOONNUMMER", "MERGE_WOONPLAATS" });
        Assert.Equal(new[] { "MERGE_FIRST_NAME" }, ColumnMapSamples.Order(map, ContactField.FirstName));
        Assert.Equal(new[] { "MERGE_LAST_NAME" }, ColumnMapSamples.Order(map, ContactField.LastName));
        Assert.Equal(new[] { "MERGE_TELEFOONNUMMER" }, ColumnMapSamples.Order(map, ContactField.PhoneNumber));
        Assert.Equal(new[] { "cid" }, ColumnMapSamples.Order(map, ContactField.Identifier));
    }

    [Fact]
    public void A_vendor_prefix_is_a_namespace_but_a_known_word_or_a_noun_before_qualifiers_is_not()
    {
        var vendor = ColumnMap.Build(new[] { "Acmecrm Vorname", "Acmecrm Nachname", "Acmecrm Handy", "Acmecrm Notiz" });
        Assert.Equal(new[] { "Acmecrm Handy" }, ColumnMapSamples.Order(vendor, ContactField.PhoneNumber));
        // Two columns only: too few to say the word is a namespace.
        var two = ColumnMap.Build(new[] { "Zork Email", "Zork Phone", "Name" });
        Assert.Empty(ColumnMapSamples.Order(two, ContactField.Email));
        // "Oqarasuaat" is the field itself, the brackets only qualify it: read by values, not by stripping the noun.
        var greenlandic = ColumnMap.Build(new[] { "Vardas", "Oqarasuaat (home)", "Oqarasuaat (work)", "Oqarasuaat (mobile)" });
        Assert.All(greenlandic.SourcesFor(ContactField.PhoneNumber), s => Assert.Equal(ColumnKind.Fallback, s.Kind));
    }

    [Theory]
    // Koha's borrower file, and its relatives: the alternate contact is another person.
    [InlineData("altcontactfirstname")]
    [InlineData("altcontactsurname")]
    [InlineData("altcontactphone")]
    [InlineData("Alternate Contact Name")]
    [InlineData("Secondary Contact Email")]
    [InlineData("Teléfono del contacto alternativo")]
    public void An_alternate_contact_is_someone_else(string header)
    {
        Assert.True(HeaderRecognizer.Recognize(header).Elsewhere, header);
    }

    [Theory]
    [InlineData("Alternate Email", "Email")]
    [InlineData("Secondary Phone", "PhoneNumber")]
    [InlineData("Contact Email", "Email")]
    [InlineData("borrowernumber", "Identifier")]
    [InlineData("№", "Identifier")]
    [InlineData("RosarioSIS ID", "Identifier")]
    [InlineData("ID RosarioSIS", "Identifier")]
    [InlineData("Soyisim", "LastName")]
    [InlineData("Nome de exibição", "Name")]
    [InlineData("Nación de Residencia", "Country")]
    [InlineData("Telefono fisso", "PhoneNumber")]
    [InlineData("Téléphone fixe", "PhoneNumber")]
    // Basque (FacturaScripts), and translation keys written where the label belongs (Bigcapital).
    [InlineData("שמ משפחה", "LastName")]
    [InlineData("שם משפחה", "LastName")]
    [InlineData("Osobní číslo", "Identifier")]
    [InlineData("Donor Phone Number", "PhoneNumber")]
    [InlineData("Länderkennung", "Country")]
    [InlineData("Külastaja nimi", "Name")]
    [InlineData("Visitor Name", "Name")]
    [InlineData("Külastaja ID", "Identifier")]
    [InlineData("Адреса населеного пункту", "City")]
    [InlineData("Osobní email", "Email")]
    [InlineData("Osobní telefon", "PhoneNumber")]
    [InlineData("Szervezeti egység név", "Company")]
    [InlineData("Szervezet neve", "Company")]
    [InlineData("ไอดี", "Identifier")]
    [InlineData("市町村区", "City")]
    [InlineData("市区町村", "City")]
    [InlineData("Izena", "Name")]
    [InlineData("Abizenak", "LastName")]
    [InlineData("Hiria", "City")]
    [InlineData("Posta elektronikoa", "Email")]
    [InlineData("vendor.field.first_name", "FirstName")]
    [InlineData("vendor.field.email", "Email")]
    [InlineData("customer.fields.personal_phone", "PhoneNumber")]
    public void These_headers_name_a_field(string header, string field)
    {
        Assert.Equal(Enum.Parse<ContactField>(field), Field(header));
    }

    [Theory]
    // Two names apart before "ID" are something's id (a meeting's), not the record's key; nationality is no residence.
    [InlineData("Zoom Meeting ID")]
    [InlineData("vendor.field.balance")]
    [InlineData("Number of donations")]
    [InlineData("Donation Amount")]
    [InlineData("assistant.field.phone")]
    [InlineData("Nacionalidad")]
    public void These_headers_name_no_field_of_the_contact(string header)
    {
        Assert.Null(Field(header));
    }

    [Fact]
    public void Turkish_isim_is_the_whole_name_alone_and_the_given_name_beside_soyisim()
    {
        var pair = new RowReader("TR").Read(InputRow.From(("İsim", "Elif"), ("Soyisim", "Yılmaz"), ("E-posta", "elif@x.com.tr")));
        Assert.Equal("Elif Yılmaz", pair.Fields.Name);
        var alone = new RowReader("TR").Read(InputRow.From(("İsim", "Elif Yılmaz"), ("E-posta", "elif@x.com.tr")));
        Assert.Equal("Elif Yılmaz", alone.Fields.Name);
    }

    [Theory]
    [InlineData("MEX", "MEX")]
    [InlineData("mx", "mx")]
    [InlineData("52", null)]
    [InlineData("XYZ", null)]
    public void A_country_code_column_gives_the_country_in_two_or_three_letters(string code, string? country)
    {
        // VICIdial's list download: phone_code is the calling code, country_code the ISO code.
        var r = new RowReader("MX").Read(InputRow.From(("first_name", "José"), ("phone_code", "52"), ("phone_number", "3331234567"), ("country_code", code)));
        Assert.Null(r.Error);
        Assert.Equal(country, r.Fields.Country);
    }

    [Fact]
    public void A_column_named_as_an_address_is_never_the_company_by_its_values()
    {
        // Bulgarian "ет." (floor) reads like the legal form ЕТ (a sole trader).
        var headers = new[] { "First Name", "Last Name", "Address Part 2", "Email Address" };
        var map = ColumnMapSamples.Read(headers, new object?[] { "Иван", "Петров", "ет. 4, ап. 12", "ivan@abv.bg" }, new object?[] { "Мария", "Иванова", "ет. 2", "maria@abv.bg" }, new object?[] { "Петър", "Димитров", "ЕТ Вега, ет. 3", "petar@abv.bg" });
        Assert.Empty(Companies(map));
        // The same values under a name that says nothing are the company ("Xq7").
        var named = ColumnMapSamples.Read(new[] { "First Name", "Last Name", "Xq7", "Email Address" },
            new object?[] { "Иван", "Петров", "ООО «Ромашка»", "ivan@abv.bg" }, new object?[] { "Мария", "Иванова", "Альфа ЕООД", "maria@abv.bg" }, new object?[] { "Петър", "Димитров", "ПАО Сбербанк", "petar@abv.bg" });
        Assert.Equal(new[] { "Xq7" }, Companies(named));
        var address = ColumnMapSamples.Read(new[] { "First Name", "Last Name", "Address Line 2", "Email Address" },
            new object?[] { "Иван", "Петров", "ООО «Ромашка»", "ivan@abv.bg" }, new object?[] { "Мария", "Иванова", "Альфа ЕООД", "maria@abv.bg" }, new object?[] { "Петър", "Димитров", "ПАО Сбербанк", "petar@abv.bg" });
        Assert.Empty(Companies(address));
    }

    [Fact]
    public void A_placeholder_in_a_cell_is_no_value()
    {
        // wger writes "'-" for a phone typed as "-" (its guard against formulas before + and -).
        var r = new RowReader("UA").Read(InputRow.From(("Ім'я", "Андрій"), ("Прізвище", "Мельник"), ("Телефон", "'-"), ("Адреса електронної пошти", "a.m@fitlab.ua")));
        Assert.Null(r.Error);
        Assert.Null(r.Fields.PhoneNumber);
        Assert.Equal("Андрій Мельник", r.Fields.Name);
    }

    [Theory]
    [InlineData("D\\'Amico", "D'Amico")]
    [InlineData("L\\'Aquila", "L'Aquila")]
    [InlineData("Say \\\"hi\\\"", "Say \"hi\"")]
    public void A_backslash_before_a_quote_is_an_escape(string cell, string text)
    {
        Assert.Equal(text, CellValue.Read(cell, splitList: false).Text);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("NULL")]
    [InlineData("(null)")]
    [InlineData("undefined")]
    [InlineData("#N/A")]
    public void A_program_s_word_for_no_value_is_no_value(string word)
    {
        // JVerein writes "null" into every empty e-mail and phone cell.
        var r = new RowReader("DE").Read(InputRow.From(("Vorname", "Elif"), ("Name", "Öztürk"), ("Email", word), ("TelefonMobil", "0152 98765432"), ("TelefonPrivat", word)));
        Assert.Null(r.Error);
        Assert.Null(r.Fields.Email);
        Assert.Equal("+4915298765432", r.Fields.PhoneNumber);
    }

    [Fact]
    public void A_row_with_only_a_place_names_the_empty_contact_columns_once_quoted()
    {
        // FacturaScripts' warehouse address: a city, no person.
        var r = new RowReader("ES").Read(InputRow.From(("Nombre", ""), ("Email", ""), ("Ciudad", "Bilbao"), ("País", "España")));
        Assert.NotNull(r.Error);
        Assert.Contains("its columns 'Nombre', 'Email' are empty", r.Error!.Message);
        Assert.DoesNotContain("Ciudad", r.Error.Message);
    }

    [Fact]
    public void A_display_name_that_is_the_company_gives_way_to_the_persons_name_parts()
    {
        var reader = new RowReader("IN");
        var business = reader.Read(InputRow.From(("vendor.field.first_name", "Priya"), ("vendor.field.last_name", "Patel"),
            ("vendor.field.display_name", "Patel Textiles Pvt Ltd"), ("vendor.field.company_name", "Patel Textiles Pvt Ltd"), ("vendor.field.email", "priya@pateltextiles.in")));
        Assert.Equal("Priya Patel", business.Fields.Name);
        Assert.Equal("Patel Textiles Pvt Ltd", business.Fields.Company);
        // A display name of the person stays, whatever the company.
        var person = reader.Read(InputRow.From(("vendor.field.first_name", "Rahul"), ("vendor.field.last_name", "Sharma"),
            ("vendor.field.display_name", "Rahul K. Sharma"), ("vendor.field.company_name", "Sharma Steel"), ("vendor.field.email", "rahul@sharmasteel.in")));
        Assert.Equal("Rahul K. Sharma", person.Fields.Name);
    }

    [Theory]
    [InlineData("Văn An", "Nguyễn", "Nguyễn Văn An")]
    [InlineData("Minh Tuấn", "Lê", "Lê Minh Tuấn")]
    [InlineData("Thị Bích Ngọc", "Trần", "Trần Thị Bích Ngọc")]
    // Romanian ă and Croatian đ are no Vietnamese: given name first.
    [InlineData("Ană", "Bădescu", "Ană Bădescu")]
    [InlineData("Đorđe", "Đorđević", "Đorđe Đorđević")]
    [InlineData("Lan", "Nguyen", "Lan Nguyen")]
    public void Vietnamese_names_from_their_parts_are_family_name_first(string first, string last, string name)
    {
        Assert.Equal(name, PersonName.Compose(first, null, last));
    }

    [Theory]
    [InlineData("ID+6281234567890", "+6281234567890")]
    [InlineData("MY:+60123456789", "+60123456789")]
    [InlineData("ph +63 917 123 4567", "+639171234567")]
    public void A_region_code_glued_before_the_number_is_the_country_picked(string cell, string number)
    {
        Assert.Equal(number, new PhoneNormalizer("ID").Normalize(cell).E164);
    }

    [Theory]
    [InlineData("ZZ+6281234567890")]
    [InlineData("ID 0812 3456 789 ext")]
    public void Other_letters_in_a_number_still_refuse_it(string cell)
    {
        Assert.NotNull(new PhoneNormalizer("ID").Normalize(cell).Problem);
    }

    [Theory]
    [InlineData("Survey ID")]
    [InlineData("Questionnaire ID")]
    public void A_surveys_id_is_no_contact_id(string header)
    {
        Assert.Null(Field(header));
    }

    [Fact]
    public void An_organisation_in_the_name_column_beside_the_persons_parts_is_the_company()
    {
        var reader = new RowReader("NZ");
        var xero = reader.Read(InputRow.From(("*ContactName", "Harbour Cafe Ltd"), ("EmailAddress", "accounts@harbourcafe.example.com"),
            ("FirstName", "Aroha"), ("LastName", "Ngata")));
        Assert.Equal("Aroha Ngata", xero.Fields.Name);
        Assert.Equal("Harbour Cafe Ltd", xero.Fields.Company);
        // A person's name in the name column stays the name, whatever the parts.
        var person = reader.Read(InputRow.From(("*ContactName", "Aroha Ngata-Smith"), ("EmailAddress", "aroha@example.co.nz"),
            ("FirstName", "Aroha"), ("LastName", "Ngata")));
        Assert.Equal("Aroha Ngata-Smith", person.Fields.Name);
        Assert.Null(person.Fields.Company);
    }

    [Fact]
    public void An_address_where_the_name_belongs_is_no_name()
    {
        // RainLoop's display name falls back to the address.
        var r = new RowReader("RU").Read(InputRow.From(("Display Name", "support@hostland-msk.ru"), ("E-mail Address", "support@hostland-msk.ru")));
        Assert.Null(r.Error);
        Assert.Null(r.Fields.Name);
        Assert.Equal("support@hostland-msk.ru", r.Fields.Email);
    }
}
