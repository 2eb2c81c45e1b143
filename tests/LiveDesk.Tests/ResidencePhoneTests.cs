using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// IdrottOnline's member list (a Swedish sports club's register): "Telefon mobil", "Telefon bostad", "Telefon arbete". The
/// residence's phone is the home phone, used where the mobile is empty. Blind set unseen127.
/// </summary>
public class ResidencePhoneTests
{
    [Theory]
    [InlineData("Telefon bostad")]
    [InlineData("Telefon bolig")]
    [InlineData("Telefon (bostad)")]
    public void The_residences_phone_is_a_phone(string header) =>
        Assert.Equal(ContactField.PhoneNumber, HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_member_without_a_mobile_is_reached_at_home()
    {
        var r = new RowReader("SE").Read(InputRow.From(("Förnamn", "Oskar"), ("Efternamn", "Berglund"), ("Telefon mobil", ""),
            ("Telefon bostad", "063-51 22 90"), ("Telefon arbete", "")));
        Assert.Equal("+4663512290", r.Fields.PhoneNumber);
    }

    [Fact]
    public void The_mobile_comes_before_the_residence()
    {
        var r = new RowReader("SE").Read(InputRow.From(("Förnamn", "Elin"), ("Efternamn", "Lindqvist"), ("Telefon mobil", "070-123 45 67"),
            ("Telefon bostad", "060-12 34 56")));
        Assert.Equal("+46701234567", r.Fields.PhoneNumber);
    }
}
