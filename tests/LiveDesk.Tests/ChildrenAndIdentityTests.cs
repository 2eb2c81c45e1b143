using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>
/// Blind set unseen110: a daycare's family report (eVaka) has one row per child and only the guardians' phones and
/// e-mails; the child's name is the row's where no column names the row's own person, and the guardians' columns (the
/// head of the family, "Päämies", "Huvudman", included) are never the child's. Greek "Ταυτότητα" heads HospitalRun's ids.
/// </summary>
public class ChildrenAndIdentityTests
{
    private static readonly string[] FamilyReport =
    {
        "Lapsen nimi", "Ryhmä", "Osoite", "Päämies", "Päämies: Puhelinnumero", "Päämies: Sähköpostiosoite",
        "Huoltaja", "Huoltaja: Puhelinnumero", "Huoltaja: Sähköpostiosoite",
    };

    [Fact]
    public void A_childs_name_is_the_rows_where_no_column_names_the_rows_own_person()
    {
        var map = ColumnMap.Build(FamilyReport);
        Assert.Equal(new[] { "Lapsen nimi" }, Order(map, ContactField.Name));
        Assert.Empty(map.SourcesFor(ContactField.PhoneNumber));
        Assert.Empty(map.SourcesFor(ContactField.Email));
        Assert.Contains("a child's name as the row's", map.Describe());
    }

    [Fact]
    public void The_child_is_stored_with_its_name_and_no_guardians_number()
    {
        var values = new object?[] { "Virtanen Aino", "Nallet", "Kivenlahdentie 12", "Virtanen Mikko", "0401234567", "mikko@example.fi", "Virtanen Mikko", "0401234567", "mikko@example.fi" };
        var r = new RowReader("FI").Read(InputRow.From(FamilyReport.Select((h, i) => (h, values[i])).ToArray()));
        Assert.Null(r.Error);
        Assert.Equal("Virtanen Aino", r.Fields.Name);
        Assert.Null(r.Fields.PhoneNumber);
        Assert.Null(r.Fields.Email);
    }

    [Theory]
    [InlineData("Child name")]
    [InlineData("Barnets namn")]
    public void Beside_the_rows_own_person_a_childs_name_stays_someone_elses(string child)
    {
        var map = ColumnMap.Build(new[] { "Employee ID", "Email", child });
        Assert.Empty(map.SourcesFor(ContactField.Name));
        Assert.Contains(child, map.AboutSomeoneElse);
    }

    [Theory]
    [InlineData("Päämies: Puhelinnumero")]
    [InlineData("Huvudman: Telefonnummer")]
    public void The_head_of_the_familys_number_is_someone_elses(string header) =>
        Assert.True(HeaderRecognizer.Recognize(header).Elsewhere);

    [Fact]
    public void Greek_identity_alone_heads_the_records_id()
    {
        Assert.Equal(ContactField.Identifier, HeaderRecognizer.Recognize("Ταυτότητα").Field);
        Assert.NotEqual(ContactField.Identifier, HeaderRecognizer.Recognize("Αριθμός Ταυτότητας").Field);
    }
}
