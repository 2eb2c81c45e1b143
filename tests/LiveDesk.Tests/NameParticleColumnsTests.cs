using Xunit;

namespace LiveDesk.Tests;

/// <summary>Blind set unseen369: DATEV's debtors, whose name particle has a column of its own.</summary>
public class NameParticleColumnsTests
{
    [Fact]
    public void A_name_particle_column_goes_between_the_given_name_and_a_bare_family_name()
    {
        var header = new[] { "Konto", "Name (Adressattyp natürl. Person)", "Vorname (Adressattyp natürl. Person)", "Titel/Akad. Grad", "Namensvorsatz", "E-Mail" };
        var rows = ReadFile.Rows("DE", header,
            new object?[] { "10001", "Brandt", "Lukas", "", "", "lukas.brandt@example.de" },
            new object?[] { "10003", "Ahlefeldt", "Clara", "Dr.", "von", "c.ahlefeldt@example.de" });
        Assert.Equal("Lukas Brandt", rows[0].Fields.Name);
        Assert.Equal("Clara von Ahlefeldt", rows[1].Fields.Name);
    }
}
