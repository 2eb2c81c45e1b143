using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Mongolian and Azerbaijani headers, and Japanese "氏": Snipe-IT's users in Mongolian ("Нэр", "Хэрэглэгчийн нэр") were imported without
/// names, and Redmine's users in Azerbaijani without their personnel number ("Tabel nömrəsi") (blind set unseen137).
/// </summary>
public class MongolianAzerbaijaniTests
{
    [Theory]
    [InlineData("Нэр", "Name")]
    [InlineData("Овог", "LastName")]
    [InlineData("Утас", "PhoneNumber")]
    [InlineData("Гар утас", "PhoneNumber")]
    [InlineData("Хот", "City")]
    [InlineData("e-poçt", "Email")]
    [InlineData("Tabel nömrəsi", "Identifier")]
    [InlineData("Табельный номер", "Identifier")]
    [InlineData("Müştəri nömrəsi", "Identifier")]
    [InlineData("Şəhər", "City")]
    public void Headers_name_their_field(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void The_mobile_comes_before_the_phone()
    {
        var map = ColumnMap.Build(new[] { "Нэр", "Утас", "Гар утас" });
        Assert.Equal(new[] { "Гар утас", "Утас" }, ColumnMapSamples.Order(map, ContactField.PhoneNumber));
    }

    [Fact]
    public void A_Snipe_IT_user_has_their_name_not_their_login()
    {
        var r = new RowReader("MN").Read(InputRow.From(("id", "41"), ("Компани", "Номин Трейд ХХК"), ("Employee Number", "NT-0187"),
            ("Нэр", "Сарангэрэл Батбаяр"), ("Хэрэглэгчийн нэр", "sarangerel.b"), ("И-мэйл хаяг", "sarangerel.batbayar@example.net"), ("Менежер", "Ганзориг Дорж")));
        Assert.Equal("Сарангэрэл Батбаяр", r.Fields.Name);
        Assert.Equal("NT-0187", r.Fields.Identifier);
    }

    [Fact]
    public void A_Redmine_user_is_keyed_by_the_personnel_number_not_the_login()
    {
        var r = new RowReader("AZ").Read(InputRow.From(("İstifadəçi", "aliyev.r"), ("Ad", "Rəşad"), ("Soyad", "Əliyev"), ("e-poçt", "resad.aliyev@example.com"),
            ("Mobil telefon", "+994 50 214 37 81"), ("Tabel nömrəsi", "T-0007")));
        Assert.Equal("Rəşad Əliyev", r.Fields.Name);
        Assert.Equal("T-0007", r.Fields.Identifier);
        Assert.Equal("resad.aliyev@example.com", r.Fields.Email);
    }

    // Japanese "氏" beside "名" (Jobcan's commuter-pass list, blind set unseen139): the family name, first and without a space.
    [Fact]
    public void Japanese_uji_is_the_family_name()
    {
        var r = new RowReader("JP").Read(InputRow.From(("ID", "10234"), ("氏", "佐々木"), ("名", "翔太"), ("スタッフコード", "S-0451"),
            ("メールアドレス", "shota.sasaki@example.com")));
        Assert.Equal("佐々木翔太", r.Fields.Name);
        Assert.Equal(ContactField.Name, HeaderRecognizer.Recognize("氏名").Field);
    }
}
