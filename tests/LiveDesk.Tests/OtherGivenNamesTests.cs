using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>Colombian forms' "Otros Nombres" (the given names after the first): a middle name, as "Segundo Nombre". Blind set unseen47 (Xubio).</summary>
public class OtherGivenNamesTests
{
    [Theory]
    [InlineData("Otros Nombres")]
    [InlineData("Outros nomes")]
    [InlineData("Autres prénoms")]
    public void Other_given_names_are_middle_names(string header) =>
        Assert.Equal(ContactField.MiddleName, HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void They_stand_between_the_first_name_and_the_surnames()
    {
        var r = new RowReader("CO").Read(InputRow.From(("Primer Apellido", "Gómez"), ("Segundo Apellido", "Restrepo"), ("Nombre", "Andrés"),
            ("Otros Nombres", "Felipe"), ("E-Mail", "andres@example.com")));
        Assert.Equal("Andrés Felipe Gómez Restrepo", r.Fields.Name);
    }
}
