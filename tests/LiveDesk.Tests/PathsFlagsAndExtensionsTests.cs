using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Headers written as paths, yes/no columns named as a field, extensions spelled in any language, a party's own login-like
/// name column, and CJK names written with a comma: rules drawn from blind sets (Decidim, hitobito, SLiMS, Sakai).
/// </summary>
public class PathsFlagsAndExtensionsTests
{
    private static ContactField? Field(string header) => HeaderRecognizer.Recognize(header).Field;

    [Theory]
    // Decidim's registrations: the answers to the organiser's questions, under the form's path and the question's number.
    [InlineData("registration_form_answers/1. Telèfon de contacte", "PhoneNumber")]
    [InlineData("registration_form_responses/3. Ort", "City")]
    [InlineData("registration_form_answers/2. Entitat o col·lectiu", "Company")]
    // The user's name, not a user name (a login): the path says whose, the label what.
    [InlineData("user/name", "Name")]
    [InlineData("user/email", "Email")]
    // TYPO3's table before its column, one dot.
    [InlineData("fe_users.email", "Email")]
    [InlineData("fe_users.name", "Name")]
    [InlineData("attendee/phone", "PhoneNumber")]
    public void A_path_of_code_steps_is_read_by_its_label(string header, string field)
    {
        Assert.Equal(field, Field(header)?.ToString());
    }

    [Theory]
    [InlineData("owner/email")]
    [InlineData("assistant/phone")]
    public void A_path_to_someone_else_stays_someone_elses(string header)
    {
        Assert.True(HeaderRecognizer.Recognize(header).Elsewhere, header);
    }

    [Fact]
    public void A_slash_between_label_words_is_no_path()
    {
        // Either of the two: neither field alone, and never a phone read from e-mail addresses.
        Assert.Null(HeaderRecognizer.SlashPathLabel("E-Mail/Telefon"));
        Assert.Null(HeaderRecognizer.SlashPathLabel("Name / Firma"));
        Assert.Equal("Ort", HeaderRecognizer.SlashPathLabel("form/answers/12) Ort"));
        // No compound spans a slash: "User/Name" is two words, "User Name" one (a login).
        Assert.Equal(new[] { "user", "name" }, HeaderWords.Split("User/Name"));
        Assert.Equal(new[] { "username" }, HeaderWords.Split("User Name"));
    }

    [Theory]
    [InlineData("nein")]
    [InlineData("Non")]
    [InlineData("FALSE")]
    [InlineData("нет")]
    [InlineData("No.")]
    public void A_yes_no_answer_under_a_company_header_is_a_flag_and_the_next_company_column_fills_it(string flag)
    {
        // hitobito: "Firmenname" (the employer) beside "Firma" (is this person a company?), "Firma" ranked first.
        var none = new RowReader().Read(InputRow.From(("Vorname", "Lea"), ("Firma", flag), ("Firmenname", ""), ("E-Mail", "lea@x.ch")));
        Assert.Null(none.Fields.Company);
        var employer = new RowReader().Read(InputRow.From(("Vorname", "Jonas"), ("Firma", flag), ("Firmenname", "Aebischer Holzbau GmbH"), ("E-Mail", "j@x.ch")));
        Assert.Equal("Aebischer Holzbau GmbH", employer.Fields.Company);
    }

    [Fact]
    public void A_country_code_that_spells_no_stays_the_country_and_a_short_company_stays_the_company()
    {
        var r = new RowReader().Read(InputRow.From(("Name", "Kari Nordmann"), ("Company", "SAP"), ("Country", "NO"), ("E-Mail", "kari@x.no")));
        Assert.Equal("NO", r.Fields.Country);
        Assert.Equal("SAP", r.Fields.Company);
    }

    [Theory]
    [InlineData("TH", "043-202-123 ต่อ 4521", "+6643202123")]
    [InlineData("FR", "01 42 68 53 00 poste 12", "+33142685300")]
    [InlineData("JP", "03-1234-5678 内線 12", "+81312345678")]
    [InlineData("PL", "22 123 45 67 wew. 12", "+48221234567")]
    [InlineData("US", "(212) 555-0142 x12", "+12125550142")]
    public void An_extension_spelled_in_any_language_is_dropped_with_a_warning(string region, string cell, string e164)
    {
        var r = new PhoneNormalizer(region).Normalize(cell);
        Assert.Equal(e164, r.E164);
        Assert.Equal("extension", r.WarningKind);
    }

    [Theory]
    [InlineData("+49 151 CALLME")]
    [InlineData("0171 CALL 12")]
    public void Letters_that_are_no_extension_still_refuse_the_number(string cell)
    {
        Assert.NotNull(new PhoneNormalizer("DE").Normalize(cell).Problem);
    }

    [Fact]
    public void A_party_login_word_beside_the_partys_columns_is_the_partys_name()
    {
        // SLiMS: "member_name" (joined to "membername", a forum's login) beside "member_email" holds the member's name.
        var r = new RowReader().Read(InputRow.From(("member_id", "2021110045"), ("member_name", "Rizky Aditya Pratama"), ("member_email", "rizky@ugm.ac.id")));
        Assert.Equal("Rizky Aditya Pratama", r.Fields.Name);
        Assert.Equal("2021110045", r.Fields.Identifier);
    }

    [Theory]
    [InlineData("山田, 太郎", "山田 太郎")]
    [InlineData("김, 민준", "김 민준")]
    public void A_CJK_name_with_a_comma_stays_family_name_first_without_it(string cell, string name)
    {
        var r = new RowReader().Read(InputRow.From(("Name", cell), ("Email", "a@x.jp")));
        Assert.Equal(name, r.Fields.Name);
    }

    [Theory]
    // Event Tickets: the holder of the ticket is the person; the ticket alone is a transaction.
    [InlineData("Ticket Holder Name", "Name")]
    [InlineData("Ticket Holder Email Address", "Email")]
    [InlineData("Order Customer Email", "Email")]
    // A suspended compound: "Vor- und Nachname" is "Vorname und Nachname", the whole name.
    [InlineData("Vor- und Nachname", "Name")]
    [InlineData("Voor- en achternaam", "Name")]
    [InlineData("För- och efternamn", "Name")]
    // OSEM's "Affilιation" has a Greek iota among Latin letters.
    [InlineData("Affilιation", "Company")]
    [InlineData("Еmail", "Email")]
    [InlineData("Navn på spiller", "Name")]
    [InlineData("Üzleti email", "Email")]
    [InlineData("Επίθετο", "LastName")]
    public void A_party_named_by_its_thing_a_suspended_compound_and_lookalike_letters_are_read(string header, string field)
    {
        Assert.Equal(field, Field(header)?.ToString());
    }

    [Theory]
    [InlineData("Ticket ID")]
    [InlineData("Ticket Type")]
    [InlineData("Order Status")]
    [InlineData("Πόλη")]
    public void A_thing_alone_stays_unread_and_a_Greek_word_stays_Greek(string header)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        if (header == "Πόλη") Assert.Equal("City", meaning.Field?.ToString());
        else Assert.Null(meaning.Field);
    }

    [Theory]
    [InlineData("Anonymer Benutzer")]
    [InlineData("Anonym bruker")]
    [InlineData("Anonymous")]
    [InlineData("Unknown visitor")]
    [InlineData("匿名ユーザー")]
    [InlineData("Ανώνυμος")]
    [InlineData("微信用户")]
    public void An_anonymity_placeholder_is_no_name_and_the_next_name_column_fills_it(string placeholder)
    {
        // Nextcloud Forms: the account's display name, then the form's own name question.
        var r = new RowReader().Read(InputRow.From(("Anzeigename des Nutzers", placeholder), ("Vor- und Nachname", "Kemal Aydın"), ("E-Mail-Adresse", "k@x.de")));
        Assert.Equal("Kemal Aydın", r.Fields.Name);
    }

    [Fact]
    public void A_setting_beside_a_field_is_the_setting_and_a_note_beside_it_still_names_the_field()
    {
        // NetCommons: "eメール【公開設定】" (is the address published? 0/1) beside "eメール"; DATEV's note on the address type.
        var map = ColumnMap.Build(new[] { "ログインID", "eメール", "eメール【公開設定】", "eメール【受信可否】", "携帯メール", "Name (Adressattyp natürl. Person)" });
        Assert.Equal(new[] { "eメール", "携帯メール" }, ColumnMapSamples.Order(map, ContactField.Email));
        Assert.Equal(new[] { "Name (Adressattyp natürl. Person)" }, ColumnMapSamples.Order(map, ContactField.Name));
    }

    [Fact]
    public void The_organisations_address_beside_the_persons_own_is_set_aside_and_alone_it_is_used()
    {
        // Jetpack CRM: "Company Email" (info@...) beside the contact's "Email", like "Company Main Phone" beside a mobile.
        var people = ColumnMap.Build(new[] { "First Name", "Last Name", "Email", "Company Email", "Company" });
        Assert.Equal(new[] { "Email" }, ColumnMapSamples.Order(people, ContactField.Email));
        Assert.Contains("'Company Email' (the organisation's address", people.Describe());
        // EGroupware's Czech "Firma - e-mail" beside a private address only is the person's business address.
        var business = ColumnMap.Build(new[] { "Křestní jméno", "Příjmení", "Firma - e-mail", "E-mailová adresa (soukromá)" });
        Assert.Equal(new[] { "Firma - e-mail", "E-mailová adresa (soukromá)" }, ColumnMapSamples.Order(business, ContactField.Email));
        var companies = ColumnMap.Build(new[] { "Company", "Company Email" });
        Assert.Equal(new[] { "Company Email" }, ColumnMapSamples.Order(companies, ContactField.Email));
    }

    [Theory]
    [InlineData("Apellido paterno", "Apellido materno")]
    [InlineData("Primer apellido", "Segundo apellido")]
    [InlineData("Apellido 1", "Apellido 2")]
    // In English, as a Mexican repair shop's customers write them (blind set unseen153).
    [InlineData("paternalLastName", "maternalLastName")]
    public void Two_surnames_in_two_columns_are_both_the_name_paternal_first(string first, string second)
    {
        // Medcord writes the maternal column first; the name is still "Nombre paterno materno".
        var r = new RowReader().Read(InputRow.From((second, "Mamani"), (first, "Quispe"), ("Nombre", "Lucía"), ("Correo", "lucia@x.pe")));
        Assert.Equal("Lucía Quispe Mamani", r.Fields.Name);
        var one = new RowReader().Read(InputRow.From((second, ""), (first, "Quispe"), ("Nombre", "Lucía"), ("Correo", "lucia@x.pe")));
        Assert.Equal("Lucía Quispe", one.Fields.Name);
    }

    [Fact]
    public void A_referrer_is_someone_else_and_a_landmark_is_no_reference_key()
    {
        // jamkan: "추천인ID" holds another member's login; Medcord: "Referencia" is a landmark of the address.
        Assert.True(HeaderRecognizer.Recognize("추천인ID").Elsewhere);
        Assert.True(HeaderRecognizer.Recognize("招待者ID").Elsewhere);
        var map = ColumnMapSamples.Read(new[] { "Nombre", "Correo", "Referencia" },
            new object?[] { "Lucía", "lucia@x.pe", "frente al Hospital Regional" },
            new object?[] { "José", "jose@x.pe", "" });
        Assert.Empty(ColumnMapSamples.Order(map, ContactField.Identifier));
        var keys = ColumnMapSamples.Read(new[] { "Nombre", "Correo", "Referencia" },
            new object?[] { "Lucía", "lucia@x.pe", "C-1042" },
            new object?[] { "José", "jose@x.pe", "C-1043" });
        Assert.Equal(new[] { "Referencia" }, ColumnMapSamples.Order(keys, ContactField.Identifier));
    }

    [Theory]
    [InlineData("Medical Record #", "Identifier")]
    [InlineData("受檢人編號", "Identifier")]
    [InlineData("Patient Email", "Email")]
    [InlineData("business_name", "Company")]
    [InlineData("Mobile Email", "Email")]
    [InlineData("PCメールアドレス", "Email")]
    public void Patients_records_business_names_and_mobile_mail_are_read(string header, string field)
    {
        Assert.Equal(field, Field(header)?.ToString());
    }

    [Theory]
    [InlineData("Anna Unger")]
    [InlineData("anon 1a2b3c 00001")]
    [InlineData("Bo \uD83D")]
    [InlineData("Ann 😀")]
    [InlineData("Nika Anonymova")]
    public void A_name_that_only_resembles_a_placeholder_stays(string name)
    {
        Assert.False(ValueShapes.IsAnonymous(name));
    }

    [Fact]
    public void A_plain_name_beside_a_family_name_alone_is_the_given_name_unless_it_holds_the_family_name()
    {
        // Formidable Forms writes its name field as "Name" (the first name) and "Last".
        var parts = new RowReader().Read(InputRow.From(("Name", "Emily"), ("Last", "Carter"), ("Email", "emily@x.com")));
        Assert.Equal("Emily Carter", parts.Fields.Name);
        var whole = new RowReader().Read(InputRow.From(("Name", "Emily Carter"), ("Last Name", "Carter"), ("Email", "emily@x.com")));
        Assert.Equal("Emily Carter", whole.Fields.Name);
    }

    [Theory]
    [InlineData("&#321;ukasz", "Łukasz")]
    [InlineData("Smith &amp; Sons", "Smith & Sons")]
    [InlineData("AT&T", "AT&T")]
    [InlineData("R&D Lab", "R&D Lab")]
    // WP-CRM System escapes for PHP and then for HTML: the reference first, then the backslash.
    [InlineData("O\\&#039;Brien", "O'Brien")]
    public void Html_character_references_in_a_cell_are_their_characters(string cell, string text)
    {
        Assert.Equal(text, CellValue.Clean(cell));
    }

    [Theory]
    [InlineData("Direcci&oacute;n de Email", "Email")]
    [InlineData("フルネーム", "Name")]
    [InlineData("실명", "Name")]
    [InlineData("Nome visualizzato", "Name")]
    [InlineData("Numéro de membre", "Identifier")]
    [InlineData("Lieu", "City")]
    [InlineData("Municipio de residencia", "City")]
    [InlineData("手机号", "PhoneNumber")]
    [InlineData("inst_name", "Company")]
    public void Words_from_the_blind_sets(string header, string field)
    {
        Assert.Equal(field, Field(header)?.ToString());
    }
}
