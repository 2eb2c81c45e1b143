using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen107 and unseen108: Japanese and Chinese write a party's whole name as the party's noun and 名 ("顧客名",
/// "予約者名"), which had been read as the given name; a guest is a lodging export's main party; a header that says its
/// names may be several ("Nome ospite(i)") lists a booking's guests, the first being the one who booked; the name of
/// last resort is never an address (openSUSE's "email_nick").
/// </summary>
public class GuestsAndPartyNamesTests
{
    [Theory]
    [InlineData("顧客名")]
    [InlineData("会員名")]
    [InlineData("予約者名")]
    [InlineData("ゲスト名")]
    [InlineData("客户名")]
    public void A_partys_noun_and_mei_is_the_whole_name(string header) =>
        Assert.Equal(ContactField.Name, HeaderRecognizer.Recognize(header).Field);

    [Theory]
    [InlineData("名")]
    [InlineData("お名前(名)")]
    public void Mei_alone_is_still_the_given_name(string header) =>
        Assert.Equal(ContactField.FirstName, HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void Beside_the_partys_family_name_its_mei_is_the_given_name()
    {
        var map = ColumnMap.Build(new[] { "顧客姓", "顧客名", "メールアドレス" });
        Assert.Empty(map.SourcesFor(ContactField.Name));
        Assert.Equal(new[] { "顧客名" }, Order(map, ContactField.FirstName));
        Assert.Equal(new[] { "顧客姓" }, Order(map, ContactField.LastName));
    }

    [Fact]
    public void The_customers_name_in_japanese_is_stored_whole()
    {
        var r = new RowReader("JP").Read(InputRow.From(("顧客ID", (object?)"C-1001"), ("顧客名", "山田 花子"), ("電話番号", "090-1234-5678")));
        Assert.Null(r.Error);
        Assert.Equal("山田 花子", r.Fields.Name);
    }

    [Theory]
    [InlineData("Nombre del huésped")]
    [InlineData("Guest Name")]
    [InlineData("Gastname")]
    public void A_guests_name_is_the_name(string header) =>
        Assert.Equal(ContactField.Name, HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_guest_column_alone_holds_the_names()
    {
        var map = Read(new[] { "Buchungsnummer", "Gast", "Anreise" },
            new object[] { "5619023417", "Giulia Rossi", "2026-10-06" },
            new object[] { "6738110254", "Marco Bianchi", "2026-10-11" });
        Assert.Equal(new[] { "Gast" }, Order(map, ContactField.Name));
    }

    [Theory]
    [InlineData("Nome ospite(i)", "Marco Bianchi, Sara Conti", "Marco Bianchi")]
    [InlineData("Guest name(s)", "Ann Lee; Bo Berg", "Ann Lee")]
    [InlineData("Guest name(s)", "Ann Lee & Bo Berg", "Ann Lee")]
    // One name written family name first stays one name.
    [InlineData("Guest name(s)", "Bianchi, Marco", "Marco Bianchi")]
    // Without the plural mark, "Family, Given" as before.
    [InlineData("Guest name", "Van Dijk, Jan Peter", "Jan Peter Van Dijk")]
    // A semicolon lists whole names whatever the header (a condominium's "residents", blind set unseen148).
    [InlineData("residents", "Ricardo Souza; Patrícia Souza", "Ricardo Souza")]
    [InlineData("Name", "Ann Lee; Bo Berg", "Ann Lee")]
    // Without the plural mark a comma or an ampersand does not: "Ann & Bo Lee" is a household's one name.
    [InlineData("Name", "Ann & Bo Lee", "Ann & Bo Lee")]
    public void A_header_that_says_its_names_may_be_several_takes_the_first(string header, string value, string expected)
    {
        var r = new RowReader((string?)null).Read(InputRow.From((header, (object?)value), ("Email", "guest@example.com")));
        Assert.Null(r.Error);
        Assert.Equal(expected, r.Fields.Name);
    }

    [Fact]
    public void The_name_of_last_resort_is_never_an_address()
    {
        var r = new RowReader((string?)null).Read(InputRow.From(("username", (object?)"agrimm"), ("email_target", "andreas@example.de"),
            ("email_nick", "agrimm@opensuse.example"), ("freenode_nick", "")));
        Assert.Null(r.Error);
        Assert.NotEqual("agrimm@opensuse.example", r.Fields.Name);
    }
}

/// <summary>
/// Blind sets unseen111 and unseen112: a running number from 0 (Open WebMail's "EMAIL_00" before "EMAIL_01") starts at the
/// first column, and the buyer in more languages (Tokopedia's "Nama Pembeli").
/// </summary>
public class RunningNumbersAndBuyersTests
{
    [Fact]
    public void A_running_number_from_zero_puts_the_zeroth_column_first()
    {
        var map = ColumnMap.Build(new[] { "EMAIL_00", "EMAIL_01", "FN_00", "TEL_00", "TEL_00_TYPE", "TEL_01" });
        Assert.Equal(new[] { "EMAIL_00", "EMAIL_01" }, Order(map, ContactField.Email));
        Assert.Equal("TEL_00", Order(map, ContactField.PhoneNumber)[0]);
    }

    [Fact]
    public void A_running_number_from_one_still_puts_the_first_column_first()
    {
        var map = ColumnMap.Build(new[] { "Email 2", "Email 1", "Email 3" });
        Assert.Equal(new[] { "Email 1", "Email 2", "Email 3" }, Order(map, ContactField.Email));
    }

    [Theory]
    [InlineData("Nama Pembeli")]
    [InlineData("Tên người mua")]
    [InlineData("买家姓名")]
    [InlineData("Nume cumpărător")]
    public void A_buyers_name_is_the_name(string header) =>
        Assert.Equal(ContactField.Name, HeaderRecognizer.Recognize(header).Field);
}

/// <summary>
/// Blind set unseen111: a marketplace's order (Lazada) names the buyer and the recipient; the recipient's phone is a gift's
/// until the recipient is the buyer.
/// </summary>
public class ShippedToSelfTests
{
    private static RowReadResult Read(string recipient, string billingPhone, string shippingPhone) =>
        new RowReader("TH").Read(InputRow.From(("orderNumber", (object?)"610305527681203"), ("customerName", "Kittipong Saelim"),
            ("customerEmail", ""), ("shippingName", recipient), ("shippingPhone", shippingPhone), ("billingName", "Kittipong Saelim"),
            ("billingPhone", billingPhone)));

    [Fact]
    public void The_recipients_phone_is_the_buyers_when_the_parcel_went_to_the_buyer()
    {
        var r = Read("Kittipong Saelim", "", "66998887766");
        Assert.Null(r.Error);
        Assert.Equal("+66998887766", r.Fields.PhoneNumber);
        Assert.Contains(r.Warnings, w => w.Contains("'shippingPhone'") && w.Contains("recipient"));
    }

    [Fact]
    public void A_gifts_recipient_phone_is_never_the_buyers()
    {
        var r = Read("Piyapong Srisuk", "", "66923456789");
        Assert.Null(r.Error);
        Assert.Null(r.Fields.PhoneNumber);
    }

    [Fact]
    public void The_buyers_own_phone_comes_first()
    {
        var r = Read("Kittipong Saelim", "0861234567", "66998887766");
        Assert.Equal("+66861234567", r.Fields.PhoneNumber);
    }

    [Fact]
    public void An_invalid_recipient_number_leaves_the_row_without_a_phone()
    {
        var r = Read("Kittipong Saelim", "", "12");
        Assert.Null(r.Error);
        Assert.Null(r.Fields.PhoneNumber);
    }
}
