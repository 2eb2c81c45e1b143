using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind set unseen69: openRARP writes every value in apostrophes ("'105'") and names the member "titular", beside the
/// co-holder "titular2"; a Mallorcan school's "Nom;Llinatge1;Llinatge2".
/// </summary>
public class QuotedValuesAndCatalanTests
{
    [Theory]
    [InlineData("'105'", "105")]
    [InlineData("'antonio.garcia@example.com'", "antonio.garcia@example.com")]
    [InlineData("'0171 2345678", "0171 2345678")]
    [InlineData("O'Brien", "O'Brien")]
    [InlineData("''", null)]
    public void A_value_in_apostrophes_on_both_ends_is_quoted(string cell, string? expected) =>
        Assert.Equal(expected, CellValue.Clean(cell));

    [Fact]
    public void The_holder_alone_names_the_row_and_its_abbreviated_phones_are_phones()
    {
        var row = new RowReader("ES").Read(InputRow.From(("id_parcela", "'105'"), ("titular", "'Antonio García Moreno'"),
            ("titular2", "'María José Ruiz Pérez'"), ("email", "'antonio.garcia@example.com'"), ("telef1", "'956401122'"),
            ("telef2", "'612345678'")));
        Assert.Null(row.Error);
        Assert.Equal("Antonio García Moreno", row.Fields.Name);
        Assert.Equal("antonio.garcia@example.com", row.Fields.Email);
        Assert.Equal("+34612345678", row.Fields.PhoneNumber);
        Assert.Equal("105", row.Fields.Identifier);
    }

    [Theory]
    [InlineData("Llinatge1", "Llinatge2")]
    [InlineData("Cognom", "Segon cognom")]
    public void Catalan_surnames_are_both_in_the_name(string first, string second)
    {
        var row = new RowReader("ES").Read(InputRow.From(("Extraescolar", "Escacs"), ("Nom", "Maria"), (first, "Bauzà"), (second, "Ferrer")));
        Assert.Equal("Maria Bauzà Ferrer", row.Fields.Name);
    }
}
