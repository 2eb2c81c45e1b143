using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen389-392: SORMAS's caption line under its field ids, Packeta's currency beside the name parts,
/// HubSpot's Japanese record id, and a name shown with the address (Cybozu mailwise).
/// </summary>
public class CaptionsCurrenciesAndDisplayNamesTests
{
    [Fact]
    public void A_line_of_captions_under_the_field_ids_is_no_person()
    {
        var header = new[] { "uuid", "firstName", "lastName", "emailAddress", "phone" };
        var rows = ReadFile.Rows("NG", header,
            new object?[] { "#Person ID", "First name", "Last name", "Primary email address", "Primary phone number" },
            new object?[] { "QXKJ-RT4W", "Chinedu", "Okafor", "chinedu.okafor@example.com", "0803 123 4567" });
        Assert.NotNull(rows[0].Error);
        Assert.Contains("captions", rows[0].Error!.Message);
        Assert.Equal("Chinedu Okafor", rows[1].Fields.Name);
    }

    [Fact]
    public void People_whose_names_are_words_are_still_people()
    {
        // A first and a last name that happen to be words, under plain headers: not the columns' own captions.
        var rows = ReadFile.Rows("US", new[] { "First Name", "Last Name", "Email" },
            new object?[] { "Mobile", "Email", "" },
            new object?[] { "Jordan", "Mailer", "jordan@example.com" });
        Assert.Null(rows[1].Error);
        Assert.Equal("Jordan Mailer", rows[1].Fields.Name);
    }

    [Fact]
    public void The_currency_beside_the_name_parts_is_no_name()
    {
        Assert.Null(HeaderRecognizer.Recognize("Měna").Field);
        var rows = ReadFile.Rows("CZ", new[] { "Číslo objednávky", "Jméno", "Příjmení", "E-mail", "Mobil", "Měna" },
            new object?[] { "240311001", "Jan", "Novák", "jan.novak@example.cz", "731123456", "CZK" });
        Assert.Equal("Jan Novák", rows[0].Fields.Name);
    }

    [Theory]
    [InlineData("レコードID")]
    [InlineData("레코드 ID")]
    public void A_record_id_in_japanese_or_korean_is_the_identifier(string header)
    {
        Assert.Equal("Identifier", HeaderRecognizer.Recognize(header).Field?.ToString());
    }

    [Fact]
    public void The_name_shown_with_the_address_names_a_row_without_a_name()
    {
        var rows = ReadFile.Rows("JP", new[] { "名前", "会社名", "メールアドレス" },
            new object?[] { "", "", "髙木 さくら <sakura.takagi@example.jp>" },
            new object?[] { "井上 亮", "", "Support Desk <inoue@example.jp>" },
            new object?[] { "", "", "info@example.jp" });
        Assert.Equal("髙木 さくら", rows[0].Fields.Name);
        Assert.Equal("sakura.takagi@example.jp", rows[0].Fields.Email);
        Assert.Equal("井上 亮", rows[1].Fields.Name);
        Assert.Null(rows[2].Fields.Name);
    }
}
