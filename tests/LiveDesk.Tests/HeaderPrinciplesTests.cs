using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>
/// The principles behind reading headers by their words: inflected forms, the noun that decides, ids, repeated labels,
/// suggestions that fit the values, numbered alternates, and languages written without spaces.
/// </summary>
public class HeaderPrinciplesTests
{
    private static ContactField? Field(string header) => HeaderRecognizer.Recognize(header).Field;

    [Theory]
    // Polish cases, German plurals and compounds, Romance plurals and feminines: the stem meets the listed word's stem.
    [InlineData("Numer telefonu komórkowego", "PhoneNumber")]
    [InlineData("Telefonu służbowy", "PhoneNumber")]
    [InlineData("Telefon służbowego", "PhoneNumber")]
    [InlineData("Adresy e-mail", "Email")]
    [InlineData("Teléfonos", "PhoneNumber")]
    [InlineData("Telefoni", "PhoneNumber")]
    [InlineData("Cellulari", "PhoneNumber")]
    [InlineData("Celulares", "PhoneNumber")]
    [InlineData("Handynummern", "PhoneNumber")]
    [InlineData("Nachnamen", "LastName")]
    [InlineData("Apellido", "LastName")]
    [InlineData("Cognomi", "LastName")]
    [InlineData("Numer klienta", "Identifier")]
    [InlineData("Correo electrónico secundaria", "Email")]
    [InlineData("E-mail Addresses", "Email")]
    [InlineData("Sekundäre E-Mail-Adresse", "Email")]
    [InlineData("E-mail primaria", "Email")]
    public void Inflected_forms_mean_their_listed_word(string header, string expected) =>
        Assert.Equal(Enum.Parse<ContactField>(expected), Field(header));

    [Theory]
    // A stem never matches a prefix, and short words never meet by accident.
    [InlineData("E-mailtype")]       // e-mail + type: a type column
    [InlineData("Poste")]            // French job or extension, not Italian "posta"
    [InlineData("Telefontyp")]
    [InlineData("Mailserver")]
    public void A_stem_is_no_prefix(string header) => Assert.Null(Field(header));

    [Fact]
    public void Inflections_rank_like_their_base_words()
    {
        var map = ColumnMap.Build(new[] { "Imię", "Telefonu służbowy", "Numer telefonu komórkowego", "Telefon domowy" });
        Assert.Equal(new[] { "Numer telefonu komórkowego", "Telefonu służbowy", "Telefon domowy" }, Order(map, ContactField.PhoneNumber));
        var thunderbird = ColumnMap.Build(new[] { "Vorname", "Sekundäre E-Mail-Adresse", "Primäre E-Mail-Adresse" });
        Assert.Equal(new[] { "Primäre E-Mail-Adresse", "Sekundäre E-Mail-Adresse" }, Order(thunderbird, ContactField.Email));
    }

    [Theory]
    // Another noun or an attribute next to the field word names something else.
    [InlineData("Mail Client")]
    [InlineData("Mail Server")]
    [InlineData("Phone Type")]
    [InlineData("Email Verified")]
    [InlineData("Work Address")]
    [InlineData("Business Address")]
    [InlineData("Dirección personal")] // a home address, not a home phone
    [InlineData("Adresse professionnelle")]
    [InlineData("Company Address")]
    [InlineData("Additional Names")]
    [InlineData("Other Name")]
    [InlineData("Do Not Email")]
    [InlineData("Email (read only) Status")]
    public void Another_noun_or_attribute_changes_the_field(string header) => Assert.Null(Field(header));

    [Theory]
    [InlineData("Client Email", "Email")]        // whose the address is comes before it
    [InlineData("E-mail du client", "Email")]    // or after a connector
    [InlineData("Customer Phone", "PhoneNumber")]
    [InlineData("Home Town", "City")]            // "hometown" written apart
    [InlineData("Raison sociale", "Company")]    // a company name written as two words
    [InlineData("Razón social", "Company")]
    [InlineData("Ragione sociale", "Company")]
    [InlineData("Middle Name", "MiddleName")]
    public void Qualifiers_and_owners_before_the_field_keep_it(string header, string expected) =>
        Assert.Equal(Enum.Parse<ContactField>(expected), Field(header));

    [Fact]
    public void A_bare_or_entity_id_is_the_record_key_and_stands_back_for_the_persons_own_id()
    {
        // Canvas's provisioning report: "canvas_user_id" is Canvas's key of the user, "user_id" the school's id for the person.
        var canvas = ColumnMap.Build(new[] { "canvas_user_id", "user_id", "login_id", "email" });
        Assert.Equal(new[] { "user_id" }, Order(canvas, ContactField.Identifier));
        Assert.Contains("'canvas_user_id'", canvas.Describe());
        // Beside a bare "id" a user id is the link to a user account (a shop's WordPress user, a CRM record's owner): the
        // record's key wins. (Intercom's API shape "type, id, user_id" is read so too: both are unique, one numbering is kept.)
        Assert.Equal(new[] { "id" }, Order(ColumnMap.Build(new[] { "type", "id", "email", "user_id" }), ContactField.Identifier));
        // Without a named id the record key is the identifier: Dolibarr's "Id contact", a bare "Id".
        Assert.Equal(new[] { "Id contact" }, Order(ColumnMap.Build(new[] { "Id contact", "Nom", "Id société" }), ContactField.Identifier));
        Assert.Equal(new[] { "External Id" }, Order(ColumnMap.Build(new[] { "Id", "Name", "External Id" }), ContactField.Identifier));
        Assert.Equal(new[] { "Kundennummer" }, Order(ColumnMap.Build(new[] { "ID Kontakt", "Name", "Kundennummer" }), ContactField.Identifier));
    }

    [Theory]
    [InlineData("(Do Not Modify) Contact")]   // Dynamics 365: the contact GUID
    [InlineData("(Do Not Modify) Lead")]
    [InlineData("Contact (read only)")]
    [InlineData("(No modificar) Contacto")]
    [InlineData("Klaviyo ID")]                // the vendor's own key of the profile
    [InlineData("Brevo Id")]
    public void The_exporting_systems_key_of_the_record_is_an_identifier(string header) => Assert.Equal(ContactField.Identifier, Field(header));

    [Theory]
    [InlineData("(Do Not Modify) Row Checksum")]
    [InlineData("(Do Not Modify) Modified On")]
    [InlineData("Account ID")]
    [InlineData("Company Id")]
    [InlineData("Owner ID")]
    [InlineData("Order ID")]
    [InlineData("Yahoo! ID")]                 // a messenger handle, an address on another network
    [InlineData("Skype ID")]
    [InlineData("Contact")]                   // without the system note: a contact person's name, not a key
    public void Ids_of_something_else_are_not_the_contacts(string header) =>
        Assert.NotEqual(ContactField.Identifier, Field(header));

    [Fact]
    public void Notes_in_parentheses_are_not_words_about_the_column()
    {
        Assert.Equal(ContactField.Email, Field("Email (optional)"));
        Assert.Equal(ContactField.PhoneNumber, Field("Téléphone (obligatoire)"));
        Assert.Equal(ContactField.Identifier, Field("Id (read only)"));
        Assert.Equal(ContactField.PhoneNumber, Field("Rufnummer (geschäftlich)")); // a qualifier in parentheses stays
    }

    [Fact]
    public void A_label_repeated_later_does_not_fill_a_unique_key()
    {
        // Dolibarr: the company block's "Téléphone" comes after the contact's; a reader renames it "Téléphone (2)".
        var map = ColumnMap.Build(new[] { "Nom", "Téléphone", "Fax", "Raison sociale", "Téléphone (2)" });
        Assert.Equal(new[] { "Téléphone" }, Order(map, ContactField.PhoneNumber));
        Assert.Equal(new[] { "Raison sociale" }, Order(map, ContactField.Company));
        Assert.Contains("'Téléphone (2)' repeats 'Téléphone'", map.Describe());
        // Two columns that fold to the same words, and pandas' ".1".
        Assert.Equal(new[] { "E-mail" }, Order(ColumnMap.Build(new[] { "Name", "E-mail", "Correo", "Email" }), ContactField.Email).Take(1));
        Assert.DoesNotContain("Email", Order(ColumnMap.Build(new[] { "Name", "E-mail", "Email" }), ContactField.Email));
        Assert.Equal(new[] { "Telefono" }, Order(ColumnMap.Build(new[] { "Nome", "Telefono", "Telefono.1" }), ContactField.PhoneNumber));
        // Numbered columns are not repeats.
        Assert.Equal(2, ColumnMap.Build(new[] { "Name", "Phone 1", "Phone 2" }).SourcesFor(ContactField.PhoneNumber).Count);
    }

    [Fact]
    public void A_near_miss_is_suggested_only_when_the_values_fit()
    {
        var streets = ColumnMap.Build(new[] { "Nom", "Adresse" });
        Assert.Contains(streets.NearMisses, n => n.Column == "Adresse" && n.Field == ContactField.Email);
        streets.ReadValues(new[] { InputRow.From(("Nom", "A"), ("Adresse", "12 rue de la Paix")), InputRow.From(("Nom", "B"), ("Adresse", "")) });
        Assert.DoesNotContain(streets.NearMisses, n => n.Column == "Adresse");

        // Two of three values are addresses: too few to use the column by its values, enough to suggest it.
        var mails = ColumnMap.Build(new[] { "Name", "Emial" });
        mails.ReadValues(new[]
        {
            InputRow.From(("Name", "A"), ("Emial", "a@example.com")), InputRow.From(("Name", "B"), ("Emial", "b@example.com")),
            InputRow.From(("Name", "C"), ("Emial", "ask Bob")),
        });
        Assert.Empty(mails.SourcesFor(ContactField.Email));
        Assert.Contains(mails.NearMisses, n => n.Column == "Emial" && n.Field == ContactField.Email);

        var phones = ColumnMap.Build(new[] { "Name", "Telefonn" });
        phones.ReadValues(new[] { InputRow.From(("Name", "A"), ("Telefonn", "yes")), InputRow.From(("Name", "B"), ("Telefonn", "no")) });
        Assert.DoesNotContain(phones.NearMisses, n => n.Column == "Telefonn");
    }

    [Theory]
    // Another noun next to a name, company or place word is no near-miss of that field.
    [InlineData("Name Prefix")]
    [InlineData("Floor Name")]
    [InlineData("last_request_at")]
    [InlineData("Org Unit Path")]
    public void Another_noun_is_no_near_miss_of_a_name_or_company(string header) => Assert.Null(ColumnMap.NearMissFor(header));

    [Fact]
    public void Numbered_alternates_rank_by_number_after_the_primary()
    {
        var yahoo = ColumnMap.Build(new[] { "First", "Email", "Alternate Email 2", "Alternate Email 1" });
        Assert.Equal(new[] { "Email", "Alternate Email 1", "Alternate Email 2" }, Order(yahoo, ContactField.Email));
        var french = ColumnMap.Build(new[] { "Nom", "Autre courriel 2", "Autre courriel", "Autre courriel 1", "Courriel" });
        Assert.Equal(new[] { "Courriel", "Autre courriel 1", "Autre courriel 2", "Autre courriel" }, Order(french, ContactField.Email));
    }

    [Theory]
    [InlineData("Dirección de correo electrónico secundaria", "Email")]
    [InlineData("País de residencia", "Country")]
    [InlineData("Telefone residencial", "PhoneNumber")]
    [InlineData("Miasto (dom)", "City")]
    public void Spanish_Portuguese_and_Polish_qualifiers(string header, string expected) =>
        Assert.Equal(Enum.Parse<ContactField>(expected), Field(header));

    [Fact]
    public void Secondary_and_residence_qualifiers_rank()
    {
        var map = ColumnMap.Build(new[] { "Nombre", "Dirección de correo electrónico secundaria", "Dirección de correo electrónico principal" });
        Assert.Equal(new[] { "Dirección de correo electrónico principal", "Dirección de correo electrónico secundaria" }, Order(map, ContactField.Email));
    }

    [Theory]
    // Japanese (Windows Live Mail) and Chinese: no spaces, cut into the longest listed words.
    [InlineData("名", "FirstName")]
    [InlineData("姓", "LastName")]
    [InlineData("名前", "Name")]
    [InlineData("ミドル ネーム", "MiddleName")]
    [InlineData("電子メール アドレス", "Email")]
    [InlineData("Eメール", "Email")]
    [InlineData("携帯電話", "PhoneNumber")]
    [InlineData("勤務先電話番号", "PhoneNumber")]
    [InlineData("会社名", "Company")]
    [InlineData("手机号码", "PhoneNumber")]
    [InlineData("电子邮件", "Email")]
    [InlineData("姓名", "Name")]
    [InlineData("公司", "Company")]
    [InlineData("ﾒｰﾙ", "Email")]              // half-width katakana fold to full width
    public void Japanese_and_Chinese_headers(string header, string expected) =>
        Assert.Equal(Enum.Parse<ContactField>(expected), Field(header));

    [Theory]
    [InlineData("自宅の番地")]        // home's street: not a home phone
    [InlineData("自宅ファックス")]     // home fax
    [InlineData("ポケットベル")]       // pager
    [InlineData("ニックネーム")]       // nickname
    [InlineData("部署名")]            // department name
    [InlineData("电子邮件类型")]       // e-mail type
    public void Japanese_and_Chinese_columns_about_something_else(string header) => Assert.Null(Field(header));

    [Fact]
    public void Windows_Live_Mail_in_Japanese_ranks_mobile_before_work_before_home()
    {
        var map = ColumnMap.Build(new[] { "名", "姓", "名前", "電子メール アドレス", "自宅電話番号", "自宅ファックス", "携帯電話", "勤務先電話番号", "会社名" });
        Assert.Equal(new[] { "携帯電話", "勤務先電話番号", "自宅電話番号" }, Order(map, ContactField.PhoneNumber));
        Assert.Equal(new[] { "名前" }, Order(map, ContactField.Name));
        Assert.Equal(new[] { "会社名" }, Order(map, ContactField.Company));
    }
}
