using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen97 and unseen98: trainees and visitors as the file's party, cut phone qualifiers, an Arabic customer's
/// id, and an organisation that rows with different addresses share (their training provider), which names none of them.
/// </summary>
public class TraineesAndSharedOrganisationsTests
{
    [Theory]
    [InlineData("Kursiyer No")]
    [InlineData("Identifiant Stagiaire")]
    [InlineData("Trainee ID")]
    [InlineData("هوية الزبون")]
    public void A_trainees_or_customers_own_number_is_the_identifier(string header) =>
        Assert.Equal(ContactField.Identifier, HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_trainee_number_wins_over_a_national_id_number()
    {
        var map = ColumnMap.Build(new[] { "Kursiyer No", "TC Kimlik No", "Adı", "Soyadı", "Baba Adı", "Telefon" });
        Assert.Equal("Kursiyer No", ColumnMapSamples.Order(map, ContactField.Identifier)[0]);
    }

    [Theory]
    [InlineData("방문객명")]
    [InlineData("Azubi Name")]
    [InlineData("Stagiaire Nom")]
    public void A_visitors_or_trainees_name_is_the_name(string header) =>
        Assert.Equal(ContactField.Name, HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void The_individuals_name_beside_a_given_name_is_the_family_name()
    {
        var map = ColumnMap.Build(new[] { "Identifiant Stagiaire", "Raison Sociale", "Individu.Nom", "Prénom", "Tel Portable", "Mail", "Site.Nom" });
        Assert.Equal(new[] { "Individu.Nom" }, ColumnMapSamples.Order(map, ContactField.LastName));
        Assert.Equal(new[] { "Prénom" }, ColumnMapSamples.Order(map, ContactField.FirstName));
    }

    [Theory]
    [InlineData("Tél. port.", 1)]
    [InlineData("Tel. cel.", 1)]
    [InlineData("tel_tra", 21)]
    [InlineData("tel_res", 31)]
    public void A_cut_qualifier_beside_a_phone_word_ranks_the_phone(string header, int rank)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.Equal(ContactField.PhoneNumber, meaning.Field);
        Assert.Equal(rank, meaning.Rank);
    }

    [Theory]
    [InlineData("Port")]
    [InlineData("Res")]
    [InlineData("Tra")]
    public void A_cut_qualifier_alone_is_no_phone(string header) =>
        Assert.Null(HeaderRecognizer.Recognize(header).Field);

    private static readonly string[] TraineeHeaders = { "c_adresseemail", "c_telephone1", "dc_lblformation", "dc_raisonsociale" };

    private static InputRow Trainee(string email, string phone, string provider) =>
        InputRow.From(("c_adresseemail", email), ("c_telephone1", phone), ("dc_lblformation", "Titre professionnel"), ("dc_raisonsociale", provider));

    [Fact]
    public void An_organisation_that_rows_with_different_addresses_share_names_none_of_them()
    {
        var rows = new[]
        {
            Trainee("camille.lefebvre@example.fr", "0671824539", "GRETA LYON METROPOLE"),
            Trainee("yacine.benali@example.org", "0749312286", "GRETA LYON METROPOLE"),
            Trainee("thanh.nguyen@example.fr", "0650128843", "AFPA ENTREPRISES"),
        };
        var reader = new RowReader("FR");
        reader.MapFor(rows[0]).ReadValues(rows);
        var first = reader.Read(rows[0]);
        Assert.Null(first.Error);
        Assert.Null(first.Fields.Name);
        Assert.Equal("GRETA LYON METROPOLE", first.Fields.Company);
        Assert.Contains("as the name", reader.MapFor(rows[0]).Describe());
    }

    [Fact]
    public void An_organisation_each_row_has_to_itself_still_names_the_row()
    {
        var rows = new[]
        {
            Trainee("info@greta.example", "0478000001", "GRETA LYON METROPOLE"),
            Trainee("contact@afpa.example", "0478000002", "AFPA ENTREPRISES"),
        };
        var reader = new RowReader("FR");
        reader.MapFor(rows[0]).ReadValues(rows);
        Assert.Equal("GRETA LYON METROPOLE", reader.Read(rows[0]).Fields.Name);
    }
}
