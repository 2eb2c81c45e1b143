using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>
/// Blind set unseen87: an athlete is a sports body's main party (the Dutch archery federation's "Sporter" beside "Lid nr");
/// Vietnamese students own their codes ("Mã sinh viên"); an office's case reference ("Číslo jednací", "PZK 1042/2026") is the
/// applicant's key, a prefix and a number being one token.
/// </summary>
public class AthletesAndReferencesTests
{
    [Theory]
    [InlineData("Sporter")]
    [InlineData("Athlete")]
    [InlineData("Sportowiec")]
    [InlineData("Sportler")]
    public void An_athlete_column_alone_holds_the_names(string header)
    {
        var map = Read(new[] { "Reserveringsnummer", "Lid nr", header, "E-mailadres" },
            new object[] { "3000012", "123456", "Sanne de Vries", "sanne@example.com" },
            new object[] { "3000013", "234567", "Joost van den Berg", "joost@example.com" });
        Assert.Equal(new[] { header }, Order(map, ContactField.Name));
        Assert.Equal(new[] { "Lid nr" }, Order(map, ContactField.Identifier));
    }

    [Theory]
    [InlineData("Mã sinh viên")]
    [InlineData("Mã học sinh")]
    [InlineData("Mã nhân viên")]
    public void A_vietnamese_students_or_employees_code_is_theirs(string header) =>
        Assert.Equal(ContactField.Identifier, HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_case_reference_with_a_prefix_is_the_key()
    {
        var map = Read(new[] { "Číslo jednací", "Uchazeč", "Datum narození" },
            new object[] { "PZK 1042/2026", "Tereza Nováková", "2011-05-14" },
            new object[] { "PZK 1057/2026", "Jakub Dvořák", "2011-02-03" });
        Assert.Equal(new[] { "Číslo jednací" }, Order(map, ContactField.Identifier));
    }

    [Theory]
    // Phone numbers and addresses under a bare number stay no key.
    [InlineData("030 1234567", "040 7654321")]
    [InlineData("Calle Mayor 5", "Gran Vía 12")]
    [InlineData("12 B", "14 A")]
    public void Spaced_values_other_than_a_prefixed_number_are_no_key(string first, string second)
    {
        var map = Read(new[] { "Número", "Nombre", "Email" },
            new object[] { first, "Ana", "ana@example.es" }, new object[] { second, "Luis", "luis@example.es" });
        Assert.Empty(map.SourcesFor(ContactField.Identifier));
    }
}
