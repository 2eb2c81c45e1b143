using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind set unseen201: Portugal's register of holiday lets (RNAL: the let's registration number beside the holder's name),
/// Mexico's SAT invoice metadata ("NombreReceptor", "NombreEmisor", "EfectoComprobante", "Estatus"), Argentina's issued
/// vouchers ("Consumidor Final") and a Catalan club's "Núm. soci/a".
/// </summary>
public class RegistersAndHoldersTests
{
    [Theory]
    [InlineData("Núm. soci/a", "Identifier")]
    [InlineData("Nº socio/a", "Identifier")]
    [InlineData("NombreReceptor", "Name")]
    [InlineData("Nombre Receptor", "Name")]
    public void Endings_after_a_slash_and_an_invoices_receiver_are_read(string header, string field) =>
        Assert.Equal(System.Enum.Parse<ContactField>(field), HeaderRecognizer.Recognize(header).Field);

    [Theory]
    // The issuer is the seller (the user's own firm), a status is no country.
    [InlineData("NombreEmisor")]
    [InlineData("Estatus")]
    [InlineData("Tipo de Comprobante")]
    public void An_issuer_a_status_and_a_voucher_fill_no_field(string header) =>
        Assert.Null(HeaderRecognizer.Recognize(header).Field);

    [Theory]
    [InlineData("Consumidor Final")]
    [InlineData("PUBLICO EN GENERAL")]
    [InlineData("Walk-in Customer")]
    public void A_sale_to_no_one_in_particular_names_no_one(string name) =>
        Assert.True(ValueShapes.IsAnonymous(name));

    [Theory]
    [InlineData("Consumidor Ramírez")]
    [InlineData("Ana Final")]
    public void A_name_with_one_of_those_words_is_still_a_name(string name) =>
        Assert.False(ValueShapes.IsAnonymous(name));

    [Fact]
    public void The_holder_of_a_named_let_is_the_contact_and_the_lets_number_is_not_their_key()
    {
        var rows = ReadFile.Rows("PT", new[] { "Nº de registo", "Nome do Alojamento", "Nome do Titular da Exploração", "Contacto Telemovel", "Contacto Email" },
            new object?[] { "128734/AL", "Casa da Ribeira", "Maria Helena Sousa Carvalho", "912 345 678", "mhcarvalho@example.com" },
            new object?[] { "45120/AL", "Alfama Terrace Apartments", "Lisbon Stays, Lda.", "", "reservas@example.net" });
        Assert.Equal("Maria Helena Sousa Carvalho", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Equal("Lisbon Stays, Lda.", rows[1].Fields.Name);
        Assert.Null(rows[1].Fields.Identifier);
    }

    [Fact]
    public void A_voucher_registers_receiver_is_the_name_and_its_status_no_country()
    {
        var rows = ReadFile.Rows("MX", new[] { "Uuid", "NombreEmisor", "NombreReceptor", "Monto", "EfectoComprobante", "Estatus" },
            new object?[] { "3F2A9C1E-7B4D-4E8A-9C21-5D6B8E0A1F42", "TALLERES ALVARADO", "MARIA FERNANDA ROJAS GUTIERREZ", "3480.00", "I", "1" },
            new object?[] { "B71E0D92-4C6A-4F0E-8A57-6E1D2F4C9B08", "TALLERES ALVARADO", "JOSE LUIS LOPEZ HERNANDEZ", "18560.00", "I", "1" },
            new object?[] { "E4A8C2F9-0D13-4B7A-B6E5-91C07A3D5F24", "TALLERES ALVARADO", "DISTRIBUIDORA DEL NORTE", "1200.00", "I", "1" });
        Assert.Equal("MARIA FERNANDA ROJAS GUTIERREZ", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.Country);
    }
}
