using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>Field words of South Asian languages, Burmese, Swahili and Amharic, and the German workplace phone.</summary>
public class HeaderSouthTests
{
    private static ContactField? Field(string header) => HeaderRecognizer.Recognize(header).Field;

    [Theory]
    // Admidio's Tamil profile fields.
    [InlineData("முதல் பெயர்", "FirstName")]
    [InlineData("குடும்பப்பெயர்", "LastName")]
    [InlineData("நகரம்", "City")]
    [InlineData("தொலைபேசி", "PhoneNumber")]
    [InlineData("மொபைல்", "PhoneNumber")]
    [InlineData("மின்னஞ்சல்", "Email")]
    // Relatives in the other scripts.
    [InlineData("మొదటి పేరు", "FirstName")]
    [InlineData("ಕೊನೆಯ ಹೆಸರು", "LastName")]
    [InlineData("ഇമെയിൽ", "Email")]
    [InlineData("পদবি", "LastName")]
    [InlineData("ফোন নম্বর", "PhoneNumber")]
    [InlineData("ইমেইল ঠিকানা", "Email")]
    [InlineData("आडनाव", "LastName")]
    [InlineData("શહેર", "City")]
    [InlineData("ਦੇਸ਼", "Country")]
    [InlineData("වාසගම", "LastName")]
    [InlineData("پورا نام", "Name")]
    [InlineData("موبائل نمبر", "PhoneNumber")]
    [InlineData("အီးမေးလ်", "Email")]
    [InlineData("Jina la kwanza", "FirstName")]
    [InlineData("Jina la ukoo", "LastName")]
    [InlineData("Barua pepe", "Email")]
    [InlineData("Simu ya mkononi", "PhoneNumber")]
    [InlineData("Nambari ya simu", "PhoneNumber")]
    [InlineData("ስልክ ቁጥር", "PhoneNumber")]
    [InlineData("ከተማ", "City")]
    // Italian and German places, the German workplace phone.
    [InlineData("Luogo", "City")]
    [InlineData("Wohnort", "City")]
    [InlineData("Telefon am Arbeitsplatz", "PhoneNumber")]
    // RapidPro's contact addresses by scheme.
    [InlineData("URN:Tel", "PhoneNumber")]
    [InlineData("URN:Whatsapp", "PhoneNumber")]
    [InlineData("Viber", "PhoneNumber")]
    public void Field_words_are_read_in_these_languages(string header, string field)
    {
        Assert.Equal(Enum.Parse<ContactField>(field), Field(header));
    }

    [Fact]
    public void A_workplace_phone_is_used_after_the_personal_one()
    {
        var map = ColumnMap.Build(new[] { "Vorname", "Nachname", "Telefon am Arbeitsplatz", "Telefon", "E-Mail" });
        Assert.Equal(new[] { "Telefon", "Telefon am Arbeitsplatz" }, map.SourcesFor(ContactField.PhoneNumber).Select(s => s.Header));
    }
}
