using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>
/// Headers the known-header table does not list are read by their words, in nine languages: field words, qualifiers
/// that rank candidates, and words that mark a column about someone else (never used, never suggested).
/// </summary>
public class HeaderWordsTests
{
    private static ContactField? Field(string header) => HeaderRecognizer.Recognize(header).Field;

    [Theory]
    // E-mail: en, de, fr, es, it, pt, nl, sv, pl
    [InlineData("Contact: Email (Primary)", "Email")]
    [InlineData("E-Mail-Adresse privat", "Email")]
    [InlineData("Adresse de messagerie", "Email")]
    [InlineData("Courriel", "Email")]
    [InlineData("Dirección de correo electrónico", "Email")]
    [InlineData("Indirizzo posta elettronica", "Email")]
    [InlineData("Endereço de e-mail", "Email")]
    [InlineData("E-mailadres", "Email")]
    [InlineData("E-postadress", "Email")]
    [InlineData("Adres e-mail", "Email")]
    // Phones
    [InlineData("Téléphone (bureau)", "PhoneNumber")]
    [InlineData("Tél. mobile", "PhoneNumber")]
    [InlineData("Teléfono móvil", "PhoneNumber")]
    [InlineData("Cellulare", "PhoneNumber")]
    [InlineData("Telefone Comercial", "PhoneNumber")]
    [InlineData("Mobiele telefoon", "PhoneNumber")]
    [InlineData("Handynummer", "PhoneNumber")]
    [InlineData("Telefon komórkowy", "PhoneNumber")]
    [InlineData("contact_phone_mobile", "PhoneNumber")]
    // Names
    [InlineData("Prénom", "FirstName")]
    [InlineData("Deuxième prénom", "MiddleName")]
    [InlineData("Segundo nombre", "MiddleName")]
    [InlineData("Apellidos", "LastName")]
    [InlineData("Cognome", "LastName")]
    [InlineData("Sobrenome", "LastName")]
    [InlineData("First Name [Required]", "FirstName")]
    [InlineData("Email Address [Required]", "Email")]
    [InlineData("Mobile Phone [UPLOAD ONLY]", "PhoneNumber")]
    [InlineData("Voornaam", "FirstName")]
    [InlineData("Efternamn", "LastName")]
    [InlineData("Imię", "FirstName")]
    [InlineData("Nazwisko", "LastName")]
    [InlineData("Imię i nazwisko", "Name")]
    [InlineData("Full Name (Contact)", "Name")]
    // Company, city, country
    [InlineData("Société", "Company")]
    [InlineData("Organization - Name", "Company")]
    [InlineData("Firmenname", "Company")]
    [InlineData("Företag", "Company")]
    [InlineData("Azienda", "Company")]
    [InlineData("Ville (bureau)", "City")]
    [InlineData("Città (uff.)", "City")]
    [InlineData("Woonplaats", "City")]
    [InlineData("Miasto", "City")]
    [InlineData("Address 1: City", "City")]
    [InlineData("Pays/Région (bureau)", "Country")]
    [InlineData("País", "Country")]
    [InlineData("Kraj", "Country")]
    // Identifiers
    [InlineData("Kunden-ID", "Identifier")]
    [InlineData("Mitgliedsnummer", "Identifier")]
    [InlineData("Unique External ID", "Identifier")]
    [InlineData("Profile Image URL", "AvatarUrl")]
    public void A_header_is_recognised_by_its_words(string header, string expected) => Assert.Equal(Enum.Parse<ContactField>(expected), Field(header));

    [Theory]
    [InlineData("Téléphone de l'assistant(e)")]
    [InlineData("Teléfono del asistente")]
    [InlineData("Telefon asystenta")]
    [InlineData("Asst Phone")]
    [InlineData("Manager Email")]
    [InlineData("Owner Email")]
    [InlineData("Contact owner")]
    [InlineData("Person - Owner")]
    [InlineData("Created By")]
    [InlineData("Last Modified By")]
    [InlineData("Spouse Name")]
    [InlineData("Emergency Contact Phone")]
    [InlineData("Notfallkontakt Telefon")]
    [InlineData("Referred By")]
    [InlineData("Fax Number")]
    [InlineData("Télécopie (bureau)")]
    [InlineData("Pager")]
    [InlineData("Biltelefon")]
    public void A_column_about_someone_else_is_never_used_nor_suggested(string header)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.True(meaning.Elsewhere, header);
        Assert.Null(meaning.Field);
        Assert.Null(ColumnMap.NearMissFor(header));
        var map = ColumnMap.Build(new[] { "Name", header });
        // The table lists some of them as deliberately ignored; it keeps priority, and they are not used either way.
        Assert.True(map.AboutSomeoneElse.Contains(header) || KnownColumns.Find(header)?.Kind == ColumnKind.Ignored, header);
        Assert.Empty(map.SourcesFor(ContactField.PhoneNumber));
        Assert.Empty(map.SourcesFor(ContactField.Email));
    }

    [Theory]
    [InlineData("Email Opt Out")]
    [InlineData("Accepts Email Marketing")]
    [InlineData("Last Activity Date")]
    [InlineData("E-mailtype")]
    [InlineData("Type de messagerie")]
    [InlineData("Nom complet de l'adresse de messagerie")] // the address's display name
    [InlineData("Twitter ID")]
    [InlineData("Company ID")]
    [InlineData("Country Code")]
    [InlineData("Notes")]
    public void A_header_with_words_that_describe_something_else_fills_nothing(string header) => Assert.Null(Field(header));

    [Fact]
    public void Qualifiers_rank_mobile_general_work_home_other_and_primary_before_secondary()
    {
        var map = ColumnMap.Build(new[] { "Autre téléphone", "Téléphone (domicile)", "Téléphone 2 (bureau)", "Téléphone (bureau)", "Téléphone principal", "Tél. mobile" });
        Assert.Equal(new[] { "Tél. mobile", "Téléphone principal", "Téléphone (bureau)", "Téléphone 2 (bureau)", "Téléphone (domicile)", "Autre téléphone" },
            Order(map, ContactField.PhoneNumber));
        var mails = ColumnMap.Build(new[] { "Secondary Email", "Person - Email - Home", "E-mail Adresse 2", "Primary Email" });
        Assert.Equal(new[] { "Primary Email", "E-mail Adresse 2", "Person - Email - Home", "Secondary Email" }, Order(mails, ContactField.Email));
    }

    [Fact]
    public void An_entity_prefix_and_a_label_suffix_do_not_hide_the_field()
    {
        var map = ColumnMap.Build(new[] { "Person - Name", "Person - Email - Work", "Person - Email - Home", "Person - Phone - Work", "Person - Phone - Mobile",
            "Person - Owner", "Person - Label", "Organization - Name" });
        Assert.Equal(new[] { "Person - Name" }, Order(map, ContactField.Name));
        Assert.Equal(new[] { "Person - Email - Work", "Person - Email - Home" }, Order(map, ContactField.Email));
        Assert.Equal(new[] { "Person - Phone - Mobile", "Person - Phone - Work" }, Order(map, ContactField.PhoneNumber));
        Assert.Equal(new[] { "Organization - Name" }, Order(map, ContactField.Company));
        Assert.Contains("Person - Owner", map.AboutSomeoneElse);
    }

    [Theory]
    [InlineData("Prénom", "Nom", "LastName")]     // French: nom next to prénom is the family name
    [InlineData("Apellidos", "Nombre", "FirstName")] // Spanish: nombre next to apellidos is the given name
    [InlineData("Cognome", "Nome", "FirstName")]
    [InlineData("Company", "Nom", "Name")]           // alone, the whole name
    public void A_bare_name_word_is_the_part_its_neighbours_lack(string other, string header, string expected)
    {
        var map = ColumnMap.Build(new[] { other, header });
        Assert.Equal(header, Assert.Single(map.SourcesFor(Enum.Parse<ContactField>(expected))).Header);
    }

    [Fact]
    public void Outlook_in_French_fills_every_field_and_none_from_someone_else()
    {
        var map = ColumnMap.Build(new[] { "Prénom", "Deuxième prénom", "Nom", "Société", "Ville (bureau)", "Pays/Région (bureau)",
            "Téléphone de l'assistant(e)", "Télécopie (bureau)", "Téléphone (bureau)", "Téléphone (voiture)", "Tél. mobile",
            "Adresse de messagerie", "Type de messagerie", "Nom complet de l'adresse de messagerie" });
        Assert.Equal(new[] { "Prénom" }, Order(map, ContactField.FirstName));
        Assert.Equal(new[] { "Nom" }, Order(map, ContactField.LastName));
        Assert.Equal(new[] { "Adresse de messagerie" }, Order(map, ContactField.Email));
        Assert.Equal(new[] { "Tél. mobile", "Téléphone (bureau)" }, Order(map, ContactField.PhoneNumber));
        Assert.Equal(new[] { "Société" }, Order(map, ContactField.Company));
        Assert.Equal(new[] { "Ville (bureau)" }, Order(map, ContactField.City));
        Assert.Equal(new[] { "Pays/Région (bureau)" }, Order(map, ContactField.Country));
        Assert.Empty(map.NearMisses);
    }

    [Fact]
    public void The_known_header_table_keeps_priority()
    {
        // "Object Id" is deliberately ignored by the table (a directory object id), although its words name an identifier.
        Assert.Empty(ColumnMap.Build(new[] { "Name", "Object Id" }).SourcesFor(ContactField.Identifier));
        // On equal rank the table's column wins over one recognised by its words.
        Assert.Equal(new[] { "Phone", "Default Address Phone" }, Order(ColumnMap.Build(new[] { "Default Address Phone", "Phone" }), ContactField.PhoneNumber));
        // "E-mail Display Name" is ignored by the table; "Mobile Phone" keeps the table's rank 0.
        var map = ColumnMap.Build(new[] { "E-mail Display Name", "Mobile Phone", "Tel. privat" });
        Assert.Empty(map.SourcesFor(ContactField.Email));
        Assert.Equal(new[] { "Mobile Phone", "Tel. privat" }, Order(map, ContactField.PhoneNumber));
    }

    [Fact]
    public void The_vocabulary_covers_nine_languages_for_every_field()
    {
        // Spot checks of the data: each field has words in each language (a regression would drop a language's line).
        foreach (var word in new[] { "courriel", "correo", "posta", "epost", "telefon", "telefoon", "telefone", "handy", "komorkowy", "mobiel",
                     "prenom", "vorname", "voornaam", "fornamn", "imie", "nachname", "cognome", "apellidos", "achternaam", "efternamn", "nazwisko",
                     "firma", "societe", "empresa", "azienda", "bedrijf", "foretag", "stadt", "ville", "ciudad", "citta", "cidade", "stad", "miasto",
                     "land", "pays", "pais", "paese", "kraj" })
        {
            Assert.True(HeaderVocabulary.Of(word) != HeaderWord.Unknown, word);
        }
    }
}
