using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Georgian and Albanian headers, and Hindi and Nepali "contact": a Tbilisi salon's clients, a Tirana shop's customers and a
/// Nepali municipality's registered masons were imported without their names, phones or countries (blind sets unseen133,
/// unseen134).
/// </summary>
public class GeorgianAlbanianTests
{
    [Theory]
    [InlineData("კლიენტის სახელი", "Name")]
    [InlineData("სახელი", "Name")]
    [InlineData("გვარი", "LastName")]
    [InlineData("მობილური", "PhoneNumber")]
    [InlineData("ტელეფონის ნომერი", "PhoneNumber")]
    [InlineData("ელ-ფოსტა", "Email")]
    [InlineData("კომპანია", "Company")]
    [InlineData("Emri", "Name")]
    [InlineData("Mbiemri", "LastName")]
    [InlineData("Emri i plotë", "Name")]
    [InlineData("Numri i telefonit", "PhoneNumber")]
    [InlineData("Shteti", "Country")]
    [InlineData("Qyteti", "City")]
    [InlineData("सम्पर्क फोन", "PhoneNumber")]
    [InlineData("संपर्क नंबर", "PhoneNumber")]
    public void Headers_name_their_field(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_salon_client_has_the_clients_name_and_mobile_not_the_staff_members()
    {
        var r = new RowReader("GE").Read(InputRow.From(("No", "311"), ("სერვისის სახელი", "თმის შეჭრა"), ("მიმღები", "ნინო ბერიძე"),
            ("კლიენტის სახელი", "თამარ კვარაცხელია"), ("მობილური", "599123456"), ("მისამართი", "თბილისი")));
        Assert.Equal("თამარ კვარაცხელია", r.Fields.Name);
        Assert.Equal("+995599123456", r.Fields.PhoneNumber);
    }

    [Fact]
    public void An_Albanian_customer_in_Kosovo_gets_a_Kosovo_number()
    {
        var r = new RowReader("AL").Read(InputRow.From(("Emri", "Blerina Krasniqi"), ("Email", "blerina.k@example.net"), ("Numri", "044 123 456"),
            ("Shteti", "Kosovë"), ("Qyteti", "Prishtinë")));
        Assert.Equal("Blerina Krasniqi", r.Fields.Name);
        Assert.Equal("+38344123456", r.Fields.PhoneNumber);
    }

    [Fact]
    public void Emri_and_mbiemri_compose_the_name()
    {
        var r = new RowReader("AL").Read(InputRow.From(("Emri", "Arbër"), ("Mbiemri", "Hoxha"), ("Telefoni", "069 234 5678")));
        Assert.Equal("Arbër Hoxha", r.Fields.Name);
        Assert.Equal("+355692345678", r.Fields.PhoneNumber);
    }

    [Fact]
    public void A_Nepali_contact_phone_in_Devanagari_digits()
    {
        var r = new RowReader("NP").Read(InputRow.From(("क्र.सं.", "4"), ("नाम", "दिल कुमारी लामा"), ("ठेगाना", "कागेश्वरी मनोहरा-9"), ("इमेल", ""),
            ("सम्पर्क फोन", "९८०८१२३४५६")));
        Assert.Equal("+9779808123456", r.Fields.PhoneNumber);
        Assert.Null(r.Fields.Identifier);
    }
}
