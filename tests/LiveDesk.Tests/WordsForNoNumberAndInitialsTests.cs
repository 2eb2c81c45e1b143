using System.Collections.Generic;
using LiveDesk.Errors;
using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind set unseen77: words written where a phone number goes, a parent's e-mail and phone, initials as the given
/// name, a key of the record's party, and an internal code.
/// </summary>
public class WordsForNoNumberAndInitialsTests
{
    [Theory]
    [InlineData("Puhelinnumero", "ei tietoa", "FI")]
    [InlineData("Telefon", "anonim", "RO")]
    [InlineData("Phone", "unknown", "GB")]
    [InlineData("Telefon", "keine Angabe", "DE")]
    public void Words_without_a_digit_in_a_phone_column_are_no_number(string header, string value, string region)
    {
        var r = new RowReader(region).Read(InputRow.From(("Name", "Eetu Mäkelä"), (header, value), ("Email", "eetu@example.fi")));
        Assert.Null(r.Error);
        Assert.Null(r.Fields.PhoneNumber);
        Assert.Equal("eetu@example.fi", r.Fields.Email);
        Assert.Contains(r.Warnings, w => w.Contains($"'{header}'") && w.Contains(value));
    }

    [Fact]
    public void The_next_phone_column_fills_the_row_after_words()
    {
        var r = new RowReader("FI").Read(InputRow.From(("Nimi", "Aino Virtanen"), ("Matkapuhelin", "ei tietoa"), ("Puhelin", "09 1234567")));
        Assert.Null(r.Error);
        Assert.Equal("+35891234567", r.Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("+49 151 CALLME")]
    [InlineData("Calle Mayor 5")]
    public void A_number_with_letters_still_fails_its_row(string value)
    {
        var r = new RowReader("DE").Read(InputRow.From(("Name", "Ana"), ("Telefon", value)));
        Assert.Equal(ErrorIds.InvalidPhoneNumber, r.Error?.ErrorId);
    }

    [Fact]
    public void Words_in_a_mapped_phone_column_are_no_number_either()
    {
        var overrides = new Dictionary<ContactField, ColumnOverride> { [ContactField.PhoneNumber] = ColumnOverride.Column("Switchboard") };
        var r = new RowReader("GB", overrides).Read(InputRow.From(("Name", "Ada"), ("Switchboard", "ex-directory")));
        Assert.Null(r.Error);
        Assert.Null(r.Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("Parent Email")]
    [InlineData("PrimaryParentEmail")]
    [InlineData("SecondParentPhone")]
    [InlineData("Parent First Name")]
    public void A_parents_contact_is_someone_elses(string header) =>
        Assert.True(HeaderRecognizer.Recognize(header).Elsewhere, header);

    [Theory]
    [InlineData("Parent ID")]
    [InlineData("Parent Account")]
    public void A_parent_record_is_still_just_not_the_contacts(string header)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.False(meaning.Elsewhere);
        Assert.Null(meaning.Field);
    }

    [Fact]
    public void A_nurserys_children_keep_their_parents_addresses_apart()
    {
        // Earlytree's bulk import: the child is the row; every e-mail and phone is a parent's.
        var reader = new RowReader("GB");
        var r = reader.Read(InputRow.From(("InternalCode", "LTN-0142"), ("FirstName", "Isla"), ("LastName", "Thompson"),
            ("PrimaryParentFirstName", "Hannah"), ("PrimaryParentLastName", "Thompson"), ("PrimaryParentEmail", "hannah.thompson@example.co.uk"),
            ("PrimaryParentPhone", "07812 345678")));
        Assert.Null(r.Error);
        Assert.Equal("Isla Thompson", r.Fields.Name);
        Assert.Null(r.Fields.Email);
        Assert.Null(r.Fields.PhoneNumber);
        Assert.Equal("LTN-0142", r.Fields.Identifier);
    }

    [Fact]
    public void Initials_are_the_given_name_when_there_is_no_other()
    {
        // Premvet's clients: "Surname", "Title", "Initials".
        var r = new RowReader("GB").Read(InputRow.From(("ClientKey", "10452"), ("CID", "23117-1"), ("Surname", "Whitfield"), ("Title", "Mrs"), ("Initials", "S J")));
        Assert.Equal("S J Whitfield", r.Fields.Name);
        Assert.Equal("10452", r.Fields.Identifier);
    }

    [Fact]
    public void A_given_name_of_its_own_leaves_the_initials_unread()
    {
        var map = ColumnMap.Build(new[] { "Voorletters", "Roepnaam", "Tussenvoegsel", "Achternaam" });
        Assert.Equal(new[] { "Roepnaam" }, ColumnMapSamples.Order(map, ContactField.FirstName));
        Assert.Equal(new[] { "Voorletters" }, ColumnMapSamples.Order(ColumnMap.Build(new[] { "Voorletters", "Tussenvoegsel", "Achternaam" }), ContactField.FirstName));
    }

    [Fact]
    public void Outlooks_initials_change_nothing_beside_its_given_name()
    {
        // Outlook in Spanish: "Nombre" is the given name beside "Apellidos"; its "Initials" column must not make it the whole name.
        var map = ColumnMap.Build(new[] { "Title", "Nombre", "Segundo nombre", "Apellidos", "Initials", "E-mail Address" });
        Assert.Equal(new[] { "Nombre" }, ColumnMapSamples.Order(map, ContactField.FirstName));
        Assert.Empty(ColumnMapSamples.Order(map, ContactField.Name));
    }

    [Theory]
    [InlineData("ClientKey")]
    [InlineData("Subscriber Key")]
    [InlineData("ContactKey")]
    [InlineData("Primary Key")]
    [InlineData("InternalCode")]
    [InlineData("Código interno")]
    [InlineData("Interne Nummer")]
    public void A_key_of_the_records_party_and_an_internal_code_are_the_identifier(string header) =>
        Assert.Equal(ContactField.Identifier, HeaderRecognizer.Recognize(header).Field);

    [Theory]
    [InlineData("Key")]
    [InlineData("API Key")]
    [InlineData("License Key")]
    [InlineData("Internal Email")]
    public void Other_keys_and_internal_fields_stay_unread(string header) =>
        Assert.Null(HeaderRecognizer.Recognize(header).Field);
}
