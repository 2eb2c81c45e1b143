using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen83 and unseen84: numbered person slots (a company's contacts 1, 2, 3), codes and members in South Asian
/// scripts, and 識別子.
/// </summary>
public class PersonSlotsAndSouthAsianKeysTests
{
    [Fact]
    public void A_second_persons_slot_is_not_the_rows()
    {
        // customerdb's customers: up to three contacts, each with its name, e-mail and phone.
        var map = ColumnMap.Build(new[] { "会社名", "識別子", "氏名1", "Email1", "電話番号1", "氏名2", "Email2", "電話番号2" });
        Assert.Equal(new[] { "Email1" }, ColumnMapSamples.Order(map, ContactField.Email));
        Assert.Equal(new[] { "電話番号1" }, ColumnMapSamples.Order(map, ContactField.PhoneNumber));
        Assert.Equal("識別子", ColumnMapSamples.Order(map, ContactField.Identifier)[0]);
    }

    [Fact]
    public void A_second_persons_whole_name_is_no_middle_name()
    {
        var map = ColumnMap.Build(new[] { "First Name 1", "Last Name 1", "Email 1", "First Name 2", "Last Name 2", "Email 2" });
        Assert.Empty(ColumnMapSamples.Order(map, ContactField.MiddleName));
        Assert.Equal(new[] { "Last Name 1" }, ColumnMapSamples.Order(map, ContactField.LastName));
        Assert.Equal(new[] { "Email 1" }, ColumnMapSamples.Order(map, ContactField.Email));
    }

    [Theory]
    [InlineData("Name", "Email", "Email 2")]
    [InlineData("Vorname", "Vorname 2", "E-Mail")]
    public void Without_a_second_persons_name_the_numbers_count_addresses(string a, string b, string c)
    {
        var map = ColumnMap.Build(new[] { a, b, c, "Nachname" });
        Assert.DoesNotContain("second name column", map.Describe());
    }

    [Fact]
    public void The_name_shown_for_a_second_address_is_no_second_person()
    {
        // Outlook in Spanish: "Nombre de pantalla de correo electrónico 2" labels the second address.
        var map = ColumnMap.Build(new[] { "Nombre", "Apellidos", "Dirección de correo electrónico", "Dirección de correo electrónico 2",
            "Nombre de pantalla de correo electrónico 2" });
        Assert.Equal(new[] { "Dirección de correo electrónico", "Dirección de correo electrónico 2" }, ColumnMapSamples.Order(map, ContactField.Email));
    }

    [Fact]
    public void A_row_whose_first_contact_has_no_phone_does_not_take_the_seconds()
    {
        var r = new RowReader("JP").Read(InputRow.From(("会社名", "株式会社ミナト物流"), ("識別子", "VDC-10482"), ("氏名1", "佐藤健一"), ("Email1", "k.sato@example.jp"),
            ("電話番号1", ""), ("氏名2", "高橋美咲"), ("Email2", "m.takahashi@example.jp"), ("電話番号2", "090-1234-5678")));
        Assert.Null(r.Error);
        Assert.Equal("佐藤健一", r.Fields.Name);
        Assert.Equal("k.sato@example.jp", r.Fields.Email);
        Assert.Null(r.Fields.PhoneNumber);
        Assert.Equal("VDC-10482", r.Fields.Identifier);
    }

    [Theory]
    [InlineData("কোড", "Identifier")]
    [InlineData("সদস্য কোড", "Identifier")]
    [InlineData("सदस्य कोड", "Identifier")]
    [InlineData("msimbo", "Identifier")]
    [InlineData("識別子", "Identifier")]
    [InlineData("सदस्य का नाम", "Name")]
    public void South_asian_codes_members_and_connectors_are_read(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());
}
