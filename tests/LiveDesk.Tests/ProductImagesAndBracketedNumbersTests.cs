using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen444-449: Snapdeal's orders (a product's image beside no person), a Pakistani courier sheet's
/// "Ayesha Khan(03001234567)".
/// </summary>
public class ProductImagesAndBracketedNumbersTests
{
    [Fact]
    public void An_image_beside_no_column_for_a_person_is_no_avatar()
    {
        var rows = ReadFile.Rows("IN", new[] { "ORDERCODE", "PRODUCTNAME", "SHIPPINGCITY", "IMAGEURL" },
            new object?[] { "65728105201", "Nightsuit Set", "Gwalior", "http://example.com/a.jpg" },
            new object?[] { "65728105202", "Chinos", "Patna", "http://example.com/b.jpg" });
        Assert.NotNull(rows[0].Error);
        Assert.NotNull(rows[1].Error);
    }

    [Fact]
    public void An_image_beside_a_persons_name_is_their_avatar_and_an_avatar_column_stays_one()
    {
        var rows = ReadFile.Rows("DE", new[] { "Name", "Image" },
            new object?[] { "Anna Beispiel", "https://img.example.com/anna.png" });
        Assert.Equal("https://img.example.com/anna.png", rows[0].Fields.AvatarUrl);
        var alone = ReadFile.Rows("DE", new[] { "avatar_url", "City" },
            new object?[] { "https://img.example.com/x.png", "Berlin" });
        Assert.Equal("https://img.example.com/x.png", alone[0].Fields.AvatarUrl);
    }

    [Theory]
    [InlineData("Ayesha Khan(03001234567)", "Ayesha Khan")]
    [InlineData("Usman Tariq()", "Usman Tariq")]
    [InlineData("Bilal Ahmed (+92 300 1234567)", "Bilal Ahmed")]
    [InlineData("Studio (2)", "Studio (2)")]
    public void A_number_in_brackets_after_a_name_is_no_part_of_it(string cell, string expected)
    {
        var rows = ReadFile.Rows("PK", new[] { "Consignee Name", "Consignee Mobile Number" },
            new object?[] { cell, "03001234567" });
        Assert.Equal(expected, rows[0].Fields.Name);
    }
}
