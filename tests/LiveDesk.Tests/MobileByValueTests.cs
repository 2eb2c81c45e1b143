using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Mobile first, judged by the number where the header says nothing of its kind: Moodle's "phone1" (landline) and
/// "phone2" (mobile), a cell listing a landline and a mobile (Ecom's "Puhelinnumerot"). Drawn from a blind set.
/// </summary>
public class MobileByValueTests
{
    [Theory]
    // Greece: 21x is a landline, 69x a mobile.
    [InlineData("GR", "phone1", "2107275100", "phone2", "6944123456", "+306944123456")]
    [InlineData("GR", "phone1", "6944123456", "phone2", "2107275100", "+306944123456")]
    [InlineData("GR", "phone1", "2107275100", "phone2", "", "+302107275100")]
    [InlineData("DE", "Phone 1", "030 1234567", "Phone 2", "0171 2345678", "+491712345678")]
    // A header that names the kind decides: the landline in "Phone" stays before the number in "Work phone".
    [InlineData("DE", "Phone", "030 1234567", "Work phone", "0171 2345678", "+49301234567")]
    // Where mobile and fixed numbers share their ranges, nothing is known: the first column stays first.
    [InlineData("US", "phone1", "(217) 523-4187", "phone2", "(312) 555-0142", "+12175234187")]
    // An "other" or "additional" column names neither device nor place: its mobile wins too (an Israeli residents' directory).
    [InlineData("IL", "טלפון", "03-9658841", "טלפונים נוספים", "054-2217763, 058-4410932", "+972542217763")]
    [InlineData("DE", "Phone", "030 1234567", "Other Phone", "0171 2345678", "+491712345678")]
    [InlineData("DE", "Phone", "030 1234567", "Home phone", "0171 2345678", "+49301234567")]
    public void A_mobile_number_wins_over_a_landline_in_an_unqualified_column_before_it(string region, string h1, string v1, string h2, string v2, string expected)
    {
        var r = new RowReader(region).Read(InputRow.From(("email", "a@example.com"), (h1, v1), (h2, v2)));
        Assert.Null(r.Error);
        Assert.Equal(expected, r.Fields.PhoneNumber);
    }

    [Fact]
    public void A_number_under_cell_is_the_mobile_its_header_names_before_a_general_phone()
    {
        // Cash Practice's client list: "Phone", "WorkPhone", "Cell". US numbers do not tell mobile from landline; the header does.
        var reader = new RowReader("US");
        var r = reader.Read(InputRow.From(("ClientID", "10231"), ("FirstName", "Megan"), ("LastName", "Holloway"), ("Phone", "(512) 473-2281"),
            ("WorkPhone", ""), ("Cell", "(512) 917-3306")));
        Assert.Equal("+15129173306", r.Fields.PhoneNumber);
        // A church's cell group there is still no number and fails nothing.
        var group = reader.Read(InputRow.From(("ClientID", "10232"), ("FirstName", "Amos"), ("LastName", "Otieno"), ("Phone", "(512) 473-2290"),
            ("WorkPhone", ""), ("Cell", "Cell 3")));
        Assert.Null(group.Error);
        Assert.Equal("+15124732290", group.Fields.PhoneNumber);
        // A number there that is cut short fails the row, as one in a named phone column does (Danea Easyfatt's "338 12").
        var cut = new RowReader("IT").Read(InputRow.From(("Denominazione", "Alessandra Conti"), ("Tel.", ""), ("Cell", "338 12"), ("e-mail", "alessandra@example.it")));
        Assert.NotNull(cut.Error);
    }

    [Theory]
    [InlineData("VN", "zalo", "0912345678", "+84912345678")]
    [InlineData("BR", "WhatsApp", "(11) 98765-4321", "+5511987654321")]
    public void A_messenger_whose_account_is_the_phone_number_names_the_mobile(string region, string header, string value, string expected)
    {
        var r = new RowReader(region).Read(InputRow.From(("full name", "Lê Ngọc Hân"), ("mobile", ""), (header, value)));
        Assert.Equal(expected, r.Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("08 311 2244, 050 765 4321", "+358507654321")]
    [InlineData("040 123 4567, 09 876 5432", "+358401234567")]
    [InlineData("09 876 5432, 08 311 2244", "+35898765432")]
    public void In_a_list_of_numbers_the_first_mobile_is_used(string cell, string expected)
    {
        var r = new RowReader("FI").Read(InputRow.From(("Nimi", "Aino Laaksonen"), ("Sähköpostiosoiteet", "aino@example.org"), ("Puhelinnumerot", cell)));
        Assert.Null(r.Error);
        Assert.Equal(expected, r.Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("Felhasználó azonosító")]
    [InlineData("Identifikátor")]
    [InlineData("Tunniste")]
    public void Identifier_in_more_languages(string header)
    {
        Assert.Equal(ContactField.Identifier, HeaderRecognizer.Recognize(header).Field);
    }
}
