using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>
/// Whose a column is and how it names its field: place and company words with prefixes in front, the party goods are
/// shipped to, record ids in more forms, logins (decided by their values when ambiguous), role nouns before a name,
/// "electronic address", Arabic and Hebrew.
/// </summary>
public class HeaderPartiesTests
{
    private static ContactField? Field(string header) => HeaderRecognizer.Recognize(header).Field;

    [Theory]
    // Xero (PO/SA glued on), Stripe (dotted path), Microsoft, a German ISO note, CRMs' billing and mailing addresses, and
    // unnamed relatives: other prefixes, other vendors, other languages.
    [InlineData("POCity", "City")]
    [InlineData("SACity", "City")]
    [InlineData("POCountry", "Country")]
    [InlineData("SARegionCountry", "Country")]
    [InlineData("Ship City", "City")]
    [InlineData("Ship To City", "City")]
    [InlineData("Buyer City", "City")]
    [InlineData("CARD.ADDRESS_CITY", "City")]
    [InlineData("customer.address.country", "Country")]
    [InlineData("Country or Region", "Country")]
    [InlineData("Land (ISO-3366-1)", "Country")]
    [InlineData("Country (ISO 3166)", "Country")]
    [InlineData("Billing Country", "Country")]
    [InlineData("Mailing City", "City")]
    [InlineData("Ville de livraison", "City")]
    [InlineData("Ciudad de envío", "City")]
    [InlineData("Lieferland", "Country")]
    [InlineData("Purchaser Country", "Country")]
    [InlineData("Acme Company", "Company")]
    [InlineData("delivery_company", "Company")]
    [InlineData("Buyer Company", "Company")]
    public void A_place_or_company_word_at_the_end_names_the_field_whatever_stands_in_front(string header, string expected) =>
        Assert.Equal(Enum.Parse<ContactField>(expected), Field(header));

    [Theory]
    // Nothing in front may name another field or another thing.
    [InlineData("Phone Country Code")]
    [InlineData("Parent Company")]
    [InlineData("IP Country")]
    [InlineData("Company Size")]
    [InlineData("Topic")]            // no compound of a connector and a field word
    [InlineData("Nombre del director")] // director is no compound of direct + or
    [InlineData("Birth Country")]
    [InlineData("Country of origin")]
    [InlineData("Geburtsort")]
    [InlineData("Название")]       // the name of a thing, never a person's
    public void A_prefix_that_names_another_field_or_thing_keeps_the_header_unrecognised(string header) => Assert.Null(Field(header));

    [Fact]
    public void The_main_party_s_place_and_company_rank_before_the_shipping_party_s()
    {
        var xero = ColumnMap.Build(new[] { "SACity", "POCity", "Ship City" });
        Assert.Equal(new[] { "POCity", "SACity", "Ship City" }, Order(xero, ContactField.City));
        var shop = ColumnMap.Build(new[] { "Shipping Company", "Shipping Country", "Billing Company", "Buyer Country" });
        Assert.Equal(new[] { "Billing Company", "Shipping Company" }, Order(shop, ContactField.Company));
        Assert.Equal(new[] { "Buyer Country", "Shipping Country" }, Order(shop, ContactField.Country));
    }

    [Theory]
    [InlineData("Shipping Phone")]
    [InlineData("Ship To Email")]
    [InlineData("shipping_phone_number")]
    [InlineData("Delivery Name")]
    [InlineData("Teléfono de envío")]
    [InlineData("Lieferadresse E-Mail")]
    [InlineData("Shipping ID")]
    public void The_shipping_party_s_keys_and_name_are_someone_else_s(string header) =>
        Assert.True(HeaderRecognizer.Recognize(header).Elsewhere);

    [Theory]
    [InlineData("Empl No")]
    [InlineData("Employee No.")]
    [InlineData("Personalnummer")]
    [InlineData("Personal-Nr.")]
    [InlineData("ИД")]
    [InlineData("Attendee #")]
    [InlineData("Member #")]
    [InlineData("Teilnehmer-Nr.")]
    [InlineData("Numéro de participant")]
    [InlineData("رقم العميل")]
    [InlineData("מספר לקוח")]
    public void A_record_id_in_more_forms_is_an_identifier(string header) => Assert.Equal(ContactField.Identifier, Field(header));

    [Theory]
    // Ids of other things, and a bare "#" (a running row number as often as an id). A bare "Número" or "Nr." is the record's
    // number only when the values say so (IdentifierKeyTests).
    [InlineData("Seat ID")]
    [InlineData("Booking ID")]
    [InlineData("Order ID")]
    [InlineData("Org. nr")]
    [InlineData("objectId")]       // a directory object id, as the table's "Object Id" and "ObjectGUID"
    [InlineData("#")]
    public void Ids_of_other_things_and_bare_numbers_are_not_the_contact_s_identifier(string header) => Assert.Null(Field(header));

    [Fact]
    public void A_person_s_own_named_id_beats_the_record_s_key_and_the_record_s_key_beats_a_login()
    {
        Assert.Equal(new[] { "Empl No" }, Order(ColumnMap.Build(new[] { "Id", "Username", "Empl No" }), ContactField.Identifier));
        // A login is renamed more often than an id is changed (NodeBB's "username" beside "uid").
        Assert.Equal(new[] { "Id" }, Order(ColumnMap.Build(new[] { "Id", "Login" }), ContactField.Identifier));
        Assert.Equal(new[] { "Login" }, Order(ColumnMap.Build(new[] { "Login", "Email" }), ContactField.Identifier));
    }

    [Theory]
    [InlineData("Login")]
    [InlineData("Username")]
    [InlineData("User Name")]
    [InlineData("Benutzer Name")]
    [InlineData("Usuário")]
    [InlineData("Utente")]
    [InlineData("Benutzername")]
    [InlineData("Mitgliedsname")]
    [InlineData("Member name")]
    [InlineData("ログインID")]
    [InlineData("用户名")]
    [InlineData("Brugernavn")]
    [InlineData("user_login")]
    [InlineData("Nombre de usuario")]
    [InlineData("Имя пользователя")]
    [InlineData("아이디")]
    [InlineData("שם משתמש")]
    [InlineData("اسم المستخدم")]
    public void A_login_is_an_identifier_never_the_name(string header)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.Equal(ContactField.Identifier, meaning.Field);
        Assert.True(meaning.Login);
    }

    [Theory]
    // Outlook's four custom fields are "User 1" to "User 4" in every language.
    [InlineData("User 1")]
    [InlineData("Benutzer 1")]
    [InlineData("Gebruiker 2")]
    [InlineData("Usuario 3")]
    public void A_numbered_user_field_is_no_login(string header) => Assert.Null(Field(header));

    [Fact]
    public void Values_decide_an_ambiguous_login_names_have_spaces_logins_none()
    {
        var zoom = ColumnMap.Build(new[] { "User Name (Original Name)", "User Email", "Id" });
        Assert.True(zoom.NeedsValues);
        zoom.ReadValues(new[]
        {
            InputRow.From(("User Name (Original Name)", "Ann Lee"), ("User Email", "ann@example.com"), ("Id", "1")),
            InputRow.From(("User Name (Original Name)", "Bo Chen (Bo)"), ("User Email", "bo@example.com"), ("Id", "2")),
        });
        Assert.Equal(new[] { "User Name (Original Name)" }, Order(zoom, ContactField.Name));
        // The record's key stood back for the login; the login holds names, so the key is the identifier again.
        Assert.Equal(new[] { "Id" }, Order(zoom, ContactField.Identifier));
        Assert.Contains("are names, not logins", zoom.Describe());
        Assert.Empty(zoom.FoundByValues);

        var logins = ColumnMap.Build(new[] { "User Name", "E-mail" });
        Assert.True(logins.NeedsValues);
        logins.ReadValues(new[]
        {
            InputRow.From(("User Name", "jkoenig"), ("E-mail", "jk@example.com")),
            InputRow.From(("User Name", "j.koenig2"), ("E-mail", "jk2@example.com")),
        });
        Assert.Equal(new[] { "User Name" }, Order(logins, ContactField.Identifier));
        Assert.Empty(logins.SourcesFor(ContactField.Name));

        // Names under a login header do not beat the first and last name columns named for them, nor become the id.
        var named = ColumnMap.Build(new[] { "First Name", "Last Name", "Username" });
        named.ReadValues(new[] { InputRow.From(("First Name", "Ann"), ("Last Name", "Lee"), ("Username", "Ann Lee")) });
        Assert.Empty(named.SourcesFor(ContactField.Name));
        Assert.Empty(named.SourcesFor(ContactField.Identifier));
    }

    [Theory]
    // A role noun before a name word is the person's name; a user or member name is a login; a company name a company.
    [InlineData("Attendee name", "Name")]
    [InlineData("Participant name", "Name")]
    [InlineData("Registrant name", "Name")]
    [InlineData("Subscriber name", "Name")]
    [InlineData("Customer name", "Name")]
    [InlineData("Cardholder name", "Name")]
    [InlineData("Buyer name", "Name")]
    [InlineData("Teilnehmername", "Name")]
    [InlineData("Nom du participant", "Name")]
    [InlineData("Nombre del comprador", "Name")]
    [InlineData("Company name", "Company")]
    // "Electronic address" is an e-mail address in any language.
    [InlineData("Ηλεκτρονική διεύθυνση", "Email")]
    [InlineData("adresse électronique", "Email")]
    [InlineData("elektronische Adresse", "Email")]
    [InlineData("dirección electrónica", "Email")]
    [InlineData("indirizzo elettronico", "Email")]
    [InlineData("endereço eletrônico", "Email")]
    [InlineData("Adres elektroniczny", "Email")]
    // Greek, Russian, Czech and Slovak name the company by its name.
    [InlineData("Επωνυμία", "Company")]
    [InlineData("Название организации", "Company")]
    [InlineData("Наименование компании", "Company")]
    [InlineData("Název společnosti", "Company")]
    [InlineData("Názov spoločnosti", "Company")]
    public void Role_nouns_electronic_addresses_and_company_names_by_principle(string header, string expected) =>
        Assert.Equal(Enum.Parse<ContactField>(expected), Field(header));

    [Theory]
    // Roundcube's and Bagisto's Arabic and Hebrew labels (sources in HeaderVocabulary.Parties.cs).
    [InlineData("الاسم", "Name")]
    [InlineData("الإسم الأول", "FirstName")]
    [InlineData("الاسم الأول", "FirstName")]
    [InlineData("اسم العائلة", "LastName")]
    [InlineData("الإسم الأخير", "LastName")]
    [InlineData("البريد الإلكتروني", "Email")]
    [InlineData("الهاتف", "PhoneNumber")]
    [InlineData("رقم الاتصال", "PhoneNumber")]
    [InlineData("المحمول", "PhoneNumber")]
    [InlineData("اسم الشركة", "Company")]
    [InlineData("المدينة", "City")]
    [InlineData("البلد", "Country")]
    [InlineData("الدولة", "Country")]
    [InlineData("שם", "Name")]
    [InlineData("שם פרטי", "FirstName")]
    [InlineData("שם משפחה", "LastName")]
    [InlineData("דוא\"ל", "Email")]
    [InlineData("כתובת דוא\"ל", "Email")]
    [InlineData("אימייל", "Email")]
    [InlineData("מספר טלפון", "PhoneNumber")]
    [InlineData("נייד", "PhoneNumber")]
    [InlineData("שם החברה", "Company")]
    [InlineData("ארגון", "Company")]
    [InlineData("עיר", "City")]
    [InlineData("מדינה", "Country")]
    public void Arabic_and_Hebrew_field_words(string header, string expected) =>
        Assert.Equal(Enum.Parse<ContactField>(expected), Field(header));
}
