using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen79 and unseen80: parents and guardians in more languages, "Br.", members and customers in Slavic forms
/// written after the field, ФИО and ПІБ, WeChat's display name, a city line.
/// </summary>
public class SlavicOwnersAndNameInitialismsTests
{
    [Theory]
    [InlineData("Kontakt roditelja")]
    [InlineData("Roditelj ili skrbnik")]
    [InlineData("Telefon rodiče")]
    [InlineData("Szülő telefonszáma")]
    [InlineData("Vanema telefon")]
    [InlineData("Телефон родителя")]
    [InlineData("Veli Adı (Çocuk için)")]
    [InlineData("保護者電話番号")]
    [InlineData("보호자 연락처")]
    [InlineData("Ouder e-mail")]
    [InlineData("Erziehungsberechtigter E-Mail")]
    public void A_parent_or_guardian_is_someone_else_in_more_languages(string header) =>
        Assert.True(HeaderRecognizer.Recognize(header).Elsewhere, header);

    [Fact]
    public void A_minors_parent_contact_is_not_stored_on_the_minor()
    {
        // Plan A's member list: a child's row has the parent's name and number, not its own.
        var r = new RowReader("HR").Read(InputRow.From(("Br.", "42"), ("Ime", "Lana"), ("Prezime", "Jurić"), ("E-mail", "lana.juric@example.org"),
            ("Broj mobitela", ""), ("Roditelj ili skrbnik", "Ivana Jurić"), ("Kontakt roditelja", "095 876 5432")));
        Assert.Null(r.Error);
        Assert.Null(r.Fields.PhoneNumber);
        Assert.Equal("42", r.Fields.Identifier);
    }

    [Theory]
    [InlineData("Br.", "Identifier")]
    [InlineData("Br. telefona", "PhoneNumber")]
    [InlineData("Broj člana", "Identifier")]
    [InlineData("Numer członka", "Identifier")]
    [InlineData("Номер члена", "Identifier")]
    [InlineData("Liikme number", "Identifier")]
    [InlineData("E-mail klienta", "Email")]
    [InlineData("Telefon klienta", "PhoneNumber")]
    [InlineData("Telefon zákazníka", "PhoneNumber")]
    [InlineData("Телефон клиента", "PhoneNumber")]
    [InlineData("Teléfono cliente", "PhoneNumber")]
    [InlineData("Telefon učenika", "PhoneNumber")]
    [InlineData("Телефон сотрудника", "PhoneNumber")]
    [InlineData("Городской тел", "PhoneNumber")]
    public void Owners_written_after_the_field_and_member_numbers_are_read(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Theory]
    // English and CJK put the head noun last: a party after the field word makes a compound.
    [InlineData("Mail Client")]
    [InlineData("Email Member")]
    [InlineData("メール会員")]
    public void A_party_after_the_field_in_english_or_cjk_is_a_compound(string header) =>
        Assert.Null(HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_partners_own_code_comes_before_its_code_as_a_buyer()
    {
        var map = ColumnMap.Build(new[] { "Šifra partnerja", "Naziv partnerja", "Priimek partnerja", "Ime partnerja", "Šifra kupca", "Email naslov" });
        Assert.Equal("Šifra partnerja", ColumnMapSamples.Order(map, ContactField.Identifier)[0]);
    }

    [Theory]
    [InlineData("ФИО")]
    [InlineData("Ф.И.О.")]
    [InlineData("ПІБ")]
    [InlineData("ФИО сотрудника")]
    [InlineData("显示名称")]
    public void Name_initialisms_and_a_display_name_are_the_name(string header)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.Equal(ContactField.Name, meaning.Field);
        Assert.True(meaning.Rank is HeaderRecognizer.FullNameRank or HeaderRecognizer.PlainNameRank, header);
        Assert.False(meaning.Elsewhere);
    }

    [Fact]
    public void A_staff_directory_gives_the_whole_name_and_the_city_line()
    {
        var r = new RowReader("RU").Read(InputRow.From(("Отдел", "Руководство"), ("ФИО", "Смирнов Алексей Викторович"), ("E-Mail", "a.smirnov@fgbu.example"),
            ("Городской тел", "8 (495) 987-65-43"), ("IP телефон", "899-1001")));
        Assert.Null(r.Error);
        Assert.Equal("Алексей Викторович Смирнов", r.Fields.Name);
        Assert.Equal("+74959876543", r.Fields.PhoneNumber);
    }
}
