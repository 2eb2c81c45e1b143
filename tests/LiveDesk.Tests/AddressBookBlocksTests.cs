using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen89 and unseen90: 宛名職人's address book (home, work and other blocks; "〒" postal codes, "IM ID", a
/// work web page), a loyalty card alone ("Κάρτα"), Greek "Ονοματεπώνυμο", Vietnamese column names written together
/// ("tennhanvien"), Korean student numbers ("고대학번"), a Thai shop's "^" before nothing.
/// </summary>
public class AddressBookBlocksTests
{
    [Fact]
    public void An_address_books_work_block_beside_its_home_block_is_the_persons()
    {
        var map = Read(new[] { "姓", "名", "自宅〒", "自宅電話", "自宅IM ID", "自宅E-mail", "会社〒", "会社電話", "会社E-mail", "会社URL", "会社名", "その他電話" },
            new object[] { "佐藤", "健一", "231-0023", "", "", "", "100-0005", "03-5219-4410", "k.sato@example.jp", "https://example.jp", "丸の内商事", "" });
        Assert.Equal(new[] { "会社電話", "自宅電話", "その他電話" }, Order(map, ContactField.PhoneNumber));
        Assert.Equal(new[] { "会社E-mail", "自宅E-mail" }, Order(map, ContactField.Email));
        Assert.Equal(new[] { "会社名" }, Order(map, ContactField.Company));
        Assert.Empty(map.SourcesFor(ContactField.Identifier));
    }

    [Fact]
    public void A_company_phone_beside_a_mobile_is_still_the_organisations()
    {
        var map = Read(new[] { "Name", "Mobile", "Company Phone" }, new object[] { "Ana", "+49 151 2345678", "+49 30 1234567" });
        Assert.Equal(new[] { "Mobile" }, Order(map, ContactField.PhoneNumber));
    }

    [Theory]
    [InlineData("自宅〒")]
    [InlineData("自宅IM ID")]
    [InlineData("IM Address")]
    [InlineData("Company URL")]
    [InlineData("会社URL")]
    [InlineData("Profile Link")]
    public void A_postal_mark_a_messenger_or_a_web_address_names_no_field(string header) =>
        Assert.Null(HeaderRecognizer.Recognize(header).Field);

    [Theory]
    [InlineData("Avatar URL", "AvatarUrl")]
    [InlineData("Picture Link", "AvatarUrl")]
    [InlineData("Telefon im Büro", "PhoneNumber")]
    public void A_pictures_web_address_and_german_im_are_still_read(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Theory]
    [InlineData("Ονοματεπώνυμο", "Name")]
    [InlineData("tennhanvien", "Name")]
    [InlineData("manhanvien", "Identifier")]
    [InlineData("sodienthoai", "PhoneNumber")]
    [InlineData("고대학번", "Identifier")]
    [InlineData("학번", "Identifier")]
    [InlineData("사번", "Identifier")]
    [InlineData("学籍番号", "Identifier")]
    [InlineData("Κάρτα", "Identifier")]
    public void Headers_of_more_languages_are_read(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Theory]
    [InlineData("^")]
    [InlineData("€")]
    [InlineData("|")]
    public void A_symbol_alone_is_no_value(string value)
    {
        var r = new RowReader("TH").Read(InputRow.From(("ชื่อลูกค้า", "ประเสริฐ วงศ์ใหญ่"), ("หมายเลขโทรศัพท์", value)));
        Assert.Null(r.Error);
        Assert.Null(r.Fields.PhoneNumber);
    }
}
