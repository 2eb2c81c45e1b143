using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// "Pošta", "Posta": the post office as well as e-mail. Minimax's Slovenian and Croatian customers head the postal code
/// "Pošta"; every row failed with "Email '4000' is not an e-mail address". Blind set unseen50.
/// </summary>
public class PostalWordTests
{
    [Theory]
    [InlineData("Pošta", "4000")]
    [InlineData("Posta", "10000")]
    public void A_postal_code_under_posta_is_no_address_and_fails_no_row(string header, string value)
    {
        var r = new RowReader("SI").Read(InputRow.From(("Šifra", "1001"), ("Naziv", "Maja Kovačič"), (header, value), ("Kraj pošte", "Kranj")));
        Assert.Null(r.Error);
        Assert.Null(r.Fields.Email);
        Assert.Equal("1001", r.Fields.Identifier);
    }

    [Fact]
    public void An_address_under_posta_is_the_email()
    {
        var r = new RowReader("IT").Read(InputRow.From(("Nome", "Giulia Ferraresi"), ("Posta", "giulia@example.it")));
        Assert.Equal("giulia@example.it", r.Fields.Email);
    }

    [Theory]
    // With "electronic" the word names e-mail: a value that is no address is the row's error, as for any e-mail column.
    [InlineData("Posta elettronica")]
    [InlineData("E-posta")]
    public void Electronic_post_is_email_whatever_the_value(string header)
    {
        Assert.False(HeaderRecognizer.Recognize(header).Weak);
        Assert.Equal(ContactField.Email, HeaderRecognizer.Recognize(header).Field);
    }
}
