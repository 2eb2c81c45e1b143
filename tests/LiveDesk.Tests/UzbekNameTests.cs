using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A Tashkent academy's course bookings: "Ism" (the name, beside a family name the given name) and "Familiya"; Russian written in
/// Latin letters says "Imya", "Familiya", "Otchestvo". Blind set unseen132.
/// </summary>
public class UzbekNameTests
{
    [Fact]
    public void Ism_and_familiya_compose_the_name()
    {
        var r = new RowReader("UZ").Read(InputRow.From(("ID", "1718201934551"), ("Ariza vaqti", "12.06.2026 14:25"), ("Ism", "Madina"),
            ("Familiya", "Karimova"), ("Telefon", "+998 90 123 45 67"), ("Kurs", "Arab tili - Harf")));
        Assert.Equal("Madina Karimova", r.Fields.Name);
        Assert.Equal("+998901234567", r.Fields.PhoneNumber);
    }

    [Fact]
    public void Ism_alone_is_the_name()
    {
        var r = new RowReader("UZ").Read(InputRow.From(("Ism", "Shahnoza"), ("Familiya", ""), ("Telefon", "+998 97 765 43 21")));
        Assert.Equal("Shahnoza", r.Fields.Name);
    }

    [Theory]
    [InlineData("Imya", "Name")]
    [InlineData("Familiyasi", "LastName")]
    [InlineData("Otchestvo", "MiddleName")]
    public void Transliterated_name_parts(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());
}
