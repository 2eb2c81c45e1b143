using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// An identity document's number, its kind in a column of its own (Xubio's and Nubixar's "Tipo de identificación" beside
/// "Número de identificación"; "ID Type" beside "ID Number"): the state's register, not the record's key. Blind set unseen47.
/// </summary>
public class DocumentNumberTests
{
    [Theory]
    [InlineData("Tipo de identificación", "Número de identificación", "Código", "CC", "1036547892", "CLI-0012", "CLI-0012")]
    [InlineData("ID Type", "ID Number", "Code", "passport", "X1234567", "C-77", "C-77")]
    [InlineData("Tipo de Identificación", "Número de Identificación", "Notas", "NIT", "900654321", "cliente", null)]
    public void A_documents_number_is_never_the_identifier(string type, string number, string other, string typeValue, string numberValue, string otherValue, string? expected)
    {
        var r = new RowReader("CO").Read(InputRow.From(("Nombre", "Ana"), ("E-mail", "ana@example.com"), (type, typeValue), (number, numberValue), (other, otherValue)));
        Assert.Null(r.Error);
        Assert.Equal(expected, r.Fields.Identifier);
    }

    [Fact]
    public void A_type_of_the_record_is_no_document()
    {
        // "Customer Type" (B2B, B2C) beside "Customer ID": the customer's own id stays.
        var r = new RowReader().Read(InputRow.From(("Name", "Ann Lee"), ("Customer ID", "10482"), ("Customer Type", "B2C")));
        Assert.Equal("10482", r.Fields.Identifier);
    }
}
