using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen95 and unseen96: a name word beside a family or given name built on it ("Ad Soyad", "Navn Efternavn"),
/// a person's name qualified by a word nobody listed ("Kursiyer Adı Soyadı"), a Thai member number and the Scandinavian "Tlf".
/// </summary>
public class NameCompoundsAndUnknownRolesTests
{
    [Theory]
    [InlineData("Ad Soyad")]
    [InlineData("Adı Soyadı")]
    [InlineData("AdSoyad")]
    [InlineData("İsim Soyisim")]
    [InlineData("Name Surname")]
    [InlineData("Surname Name")]
    [InlineData("Navn Efternavn")]
    [InlineData("Nume Prenume")]
    [InlineData("Jméno Příjmení")]
    [InlineData("Meno Priezvisko")]
    [InlineData("Имя Фамилия")]
    public void A_name_word_beside_a_name_noun_is_the_whole_name(string header) =>
        Assert.Equal(ContactField.Name, HeaderRecognizer.Recognize(header).Field);

    [Theory]
    [InlineData("Last Name", "LastName")]
    [InlineData("Family Name", "LastName")]
    [InlineData("Nama Belakang", "LastName")]
    [InlineData("Nom de famille", "LastName")]
    [InlineData("First Name", "FirstName")]
    [InlineData("Nama Depan", "FirstName")]
    // LMS: the firm's name or the person's surname, beside "Imię": a slash offers either.
    [InlineData("Nazwa/Nazwisko", "LastName")]
    [InlineData("Name/Surname", "LastName")]
    public void A_name_word_beside_a_modifier_or_a_slash_is_one_part(string header, string field) =>
        Assert.Equal(System.Enum.Parse<ContactField>(field), HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_persons_name_of_an_unknown_role_is_the_name_of_a_file_that_has_no_other()
    {
        // A driving school's "Sürücü" (driver), a word the vocabulary does not list.
        var map = ColumnMap.Build(new[] { "Sürücü Adı Soyadı", "Telefon", "Yaş", "Meslek" });
        Assert.Equal(new[] { "Sürücü Adı Soyadı" }, ColumnMapSamples.Order(map, ContactField.Name));
    }

    [Fact]
    public void Given_and_family_names_of_an_unknown_role_are_the_parts()
    {
        var map = ColumnMap.Build(new[] { "start", "email", "form_nachname", "form_vorname" });
        Assert.Equal(new[] { "form_vorname" }, ColumnMapSamples.Order(map, ContactField.FirstName));
        Assert.Equal(new[] { "form_nachname" }, ColumnMapSamples.Order(map, ContactField.LastName));
    }

    [Fact]
    public void Beside_the_rows_own_name_a_name_of_an_unknown_role_is_someone_elses()
    {
        var map = ColumnMap.Build(new[] { "Ad Soyad", "Kefil Adı Soyadı", "Telefon" });
        Assert.Equal(new[] { "Ad Soyad" }, ColumnMapSamples.Order(map, ContactField.Name));
    }

    [Theory]
    // Things have names too: a bare name after an unknown word says nothing about a person.
    [InlineData("Pet Name")]
    [InlineData("Kurs Adı")]
    public void A_bare_name_of_an_unknown_word_stays_unread(string header)
    {
        var map = ColumnMap.Build(new[] { header, "Email" });
        Assert.Empty(ColumnMapSamples.Order(map, ContactField.Name));
    }

    [Theory]
    [InlineData("Mentor First and Last Name", "Mentee First and Last Name")]
    [InlineData("Mentor First Name", "Mentee First Name")]
    [InlineData("Mentor First and Last Name", "Mentee Last Name")]
    public void Names_of_two_unknown_roles_are_two_persons_and_neither_is_used(string one, string other)
    {
        var map = ColumnMap.Build(new[] { one, other, "Email" });
        foreach (var field in new[] { ContactField.Name, ContactField.FirstName, ContactField.LastName }) Assert.Empty(ColumnMapSamples.Order(map, field));
    }

    [Theory]
    [InlineData("เลขสมาชิก")]
    [InlineData("หมายเลขสมาชิก")]
    public void A_thai_member_number_is_the_identifier(string header) =>
        Assert.Equal(ContactField.Identifier, HeaderRecognizer.Recognize(header).Field);

    [Theory]
    [InlineData("Tlf")]
    [InlineData("Tlf.nr.")]
    [InlineData("Mobil tlf")]
    public void The_scandinavian_tlf_is_a_phone(string header) =>
        Assert.Equal(ContactField.PhoneNumber, HeaderRecognizer.Recognize(header).Field);
}
