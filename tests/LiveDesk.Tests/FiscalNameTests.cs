using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// "Fiscal name", "Nombre fiscal" (Holded's contacts, blind set unseen51): the name registered with the tax office, a
/// firm's or a self-employed person's: the company, and the name of a row that names no person. A registry's number
/// stays no field.
/// </summary>
public class FiscalNameTests
{
    [Theory]
    [InlineData("Fiscal name*", "Company")]
    [InlineData("Nombre fiscal", "Company")]
    [InlineData("Nome fiscale", "Company")]
    [InlineData("VAT Number", null)]
    [InlineData("Codice fiscale", null)]
    [InlineData("Tax ID", null)]
    public void A_registered_name_is_the_company_a_registered_number_nothing(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_row_named_only_by_its_fiscal_name_takes_it()
    {
        var r = new RowReader("ES").Read(InputRow.From(("Fiscal name*", "María García López"), ("Contact email", "maria@example.es")));
        Assert.Equal("María García López", r.Fields.Name);
    }
}
