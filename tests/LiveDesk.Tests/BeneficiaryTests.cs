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

/// <summary>
/// Field surveys and registries (ODK Central, KoboToolbox): the respondent and the farmer are the person the row is about;
/// the enumerator or interviewer who collected it is someone else. Blind set unseen125.
/// </summary>
public class RespondentTests
{
    [Theory]
    [InlineData("respondent_name")]
    [InlineData("Jina kamili la mkulima")]
    [InlineData("Farmer Name")]
    [InlineData("Nombre del encuestado")]
    [InlineData("Name des Befragten")]
    [InlineData("응답자 이름")]
    public void A_respondents_or_a_farmers_name_is_the_name(string header) =>
        Assert.Equal(ContactField.Name, HeaderRecognizer.Recognize(header).Field);

    // An unknown word before "ID" would be the exporting system's key of the record ("Klaviyo ID"); the enumerator's id is
    // the enumerator's.
    [Theory]
    [InlineData("enumerator_id")]
    [InlineData("Interviewer ID")]
    [InlineData("ID del encuestador")]
    public void The_enumerators_id_is_someone_elses(string header) =>
        Assert.Null(HeaderRecognizer.Recognize(header).Field);

    // ODK Central's submissions export: the form's own fields between the server's columns; the respondent is the row.
    [Fact]
    public void An_odk_submission_is_read_for_its_respondent()
    {
        var r = new RowReader("BD").Read(InputRow.From(("SubmissionDate", "2024-05-12T06:41:09.332Z"),
            ("meta-instanceID", "uuid:7d1e4b0a-2f6c-4c1d-9a3e-5b8c7d6e1f20"), ("respondent_name", "রহিমা খাতুন"), ("mobile_number", "01712345678"),
            ("enumerator_id", "E-07"), ("enumerator_name", "Abdul Hasan"), ("enumerator_phone", "01819000111"), ("SubmitterName", "enumerator_dhaka_03")));
        Assert.Equal("রহিমা খাতুন", r.Fields.Name);
        Assert.Null(r.Fields.Identifier);
        Assert.Equal("+8801712345678", r.Fields.PhoneNumber);
    }
}
