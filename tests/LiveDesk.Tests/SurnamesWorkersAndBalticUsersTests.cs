using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen218 and unseen219: Mexican and Chilean surname columns written short ("APaterno", "Ape_Mat"), a
/// contractor's workers ("Trabajador"), and Baltic user lists (LibreBooking in Estonian, Snipe-IT in Lithuanian).
/// </summary>
public class SurnamesWorkersAndBalticUsersTests
{
    [Theory]
    [InlineData("APaterno", "LastName")]
    [InlineData("AMaterno", "LastName")]
    [InlineData("Ape_Pat", "LastName")]
    [InlineData("Ap. Materno", "LastName")]
    [InlineData("A. Paterno", "LastName")]
    [InlineData("Paterno", "LastName")]
    [InlineData("Visas vardas", "Name")]
    [InlineData("Täisnimi", "Name")]
    [InlineData("Koko nimi", "Name")]
    public void Surnames_and_full_names_are_read(string header, string field) =>
        Assert.Equal(System.Enum.Parse<ContactField>(field), HeaderRecognizer.Recognize(header).Field);

    [Theory]
    [InlineData("Kasutajanimi")]
    [InlineData("Kasutaja nimi")]
    [InlineData("Naudotojo vardas")]
    [InlineData("Lietotāja vārds")]
    public void A_baltic_user_name_is_a_login(string header) =>
        Assert.Equal(HeaderRecognizer.LoginRank, HeaderRecognizer.Recognize(header).Rank);

    [Fact]
    public void Both_short_surnames_follow_the_given_name()
    {
        var rows = ReadFile.Rows("MX", new[] { "Nombre", "APaterno", "AMaterno", "Celular" },
            new object?[] { "Efraín", "Gutiérrez", "Salas", "4421234567" },
            new object?[] { "Alejandra", "Pérez", "", "664 123 4567" });
        Assert.Equal("Efraín Gutiérrez Salas", rows[0].Fields.Name);
        Assert.Equal("Alejandra Pérez", rows[1].Fields.Name);
        Assert.Equal("+524421234567", rows[0].Fields.PhoneNumber);
    }

    [Fact]
    public void A_workers_column_of_names_is_the_name()
    {
        var rows = ReadFile.Rows("CL", new[] { "Id", "Trabajador", "RUT", "Email", "Telefono" },
            new object?[] { "41", "Javier Muñoz", "15.432.876-5", "javier.munoz@example.com", "987654321" },
            new object?[] { "42", "Camila Rojas", "18.765.432-1", "", "+56 9 7654 3210" });
        Assert.Equal("Javier Muñoz", rows[0].Fields.Name);
        Assert.Equal("Camila Rojas", rows[1].Fields.Name);
        Assert.Equal("41", rows[0].Fields.Identifier);
    }

    [Fact]
    public void An_estonian_user_name_keys_a_list_without_ids()
    {
        var rows = ReadFile.Rows("EE", new[] { "Eesnimi", "Perekonnanimi", "Kasutajanimi", "Email", "Telefon" },
            new object?[] { "Mart", "Tamm", "mart.tamm", "mart.tamm@example.com", "5123 4567" },
            new object?[] { "Kadri", "Kask", "kadrik", "kadri.kask@example.net", "" });
        Assert.Equal("Mart Tamm", rows[0].Fields.Name);
        Assert.Equal("kadrik", rows[1].Fields.Identifier);
    }
}
