using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// "Nom Prénom" (pass Culture), "Cognome Nome", "Apellidos Nombre": the Romance name word beside a noun that is itself the
/// given or the family name names both parts; beside a modifier or with a preposition it is one part.
/// </summary>
public class TwoNameNounsTests
{
    [Theory]
    [InlineData("Nom Prénom", "Name")]
    [InlineData("Prénom Nom", "Name")]
    [InlineData("Cognome Nome", "Name")]
    [InlineData("Nome Cognome", "Name")]
    [InlineData("Apellidos Nombre", "Name")]
    [InlineData("Nome Sobrenome", "Name")]
    [InlineData("Nom de famille", "LastName")]
    [InlineData("Nombre propio", "FirstName")]
    [InlineData("Último nome", "LastName")]
    [InlineData("Primeiro nome", "FirstName")]
    [InlineData("First Name", "FirstName")]
    public void Two_name_nouns_are_the_whole_name(string header, string field) =>
        Assert.Equal(System.Enum.Parse<ContactField>(field), HeaderRecognizer.Recognize(header).Field);
}
