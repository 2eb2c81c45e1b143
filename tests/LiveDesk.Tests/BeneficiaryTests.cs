using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// pass Culture's bookings: "Nom et prénom du bénéficiaire", "Email du bénéficiaire". The beneficiary of a booking or a
/// grant is the person the row is about, as an attendee is. Blind set unseen52.
/// </summary>
public class BeneficiaryTests
{
    [Fact]
    public void The_beneficiary_of_a_booking_is_the_rows_person()
    {
        var r = new RowReader("FR").Read(InputRow.From(("Nom de l’offre", "Dune : deuxième partie"), ("Nom et prénom du bénéficiaire", "Moreau Léa"),
            ("Email du bénéficiaire", "lea.moreau@example.com"), ("Téléphone du bénéficiaire", "+33612345678")));
        Assert.Equal("Moreau Léa", r.Fields.Name);
        Assert.Equal("lea.moreau@example.com", r.Fields.Email);
    }

    [Theory]
    [InlineData("Beneficiary name")]
    [InlineData("Nombre del beneficiario")]
    [InlineData("Name des Begünstigten")]
    public void A_beneficiarys_name_is_the_name(string header) =>
        Assert.Equal(ContactField.Name, HeaderRecognizer.Recognize(header).Field);
}
