using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// RaspiSMS writes its first columns' positions as their header ("0,1,civilite,ville,email", blind set unseen43): a column
/// without a header whose values are full names is the name where no column names one.
/// </summary>
public class HeaderlessNameTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("H1")]
    [InlineData("Column1")]
    [InlineData("")]
    public void Full_names_under_no_header_are_the_name(string header)
    {
        var map = ColumnMapSamples.Read(new[] { header, "1", "civilite", "ville", "email" },
            new object?[] { "Camille Lefèvre", "+33612345678", "Mme", "Lyon", "camille.lefevre@example.fr" },
            new object?[] { "Julien Moreau", "+33698765432", "M.", "Nantes", "" },
            new object?[] { "Élodie Garnier", "+33745123698", "Mme", "Paris", "elodie.garnier@example.com" });
        Assert.Equal(new[] { header }, ColumnMapSamples.Order(map, ContactField.Name));
        Assert.Equal(new[] { "1" }, ColumnMapSamples.Order(map, ContactField.PhoneNumber));
    }

    [Fact]
    public void Single_words_or_a_named_column_are_not_taken()
    {
        var titles = ColumnMapSamples.Read(new[] { "0", "email" },
            new object?[] { "Mme", "a@example.fr" }, new object?[] { "M.", "b@example.fr" }, new object?[] { "Mme", "c@example.fr" });
        Assert.Empty(ColumnMapSamples.Order(titles, ContactField.Name));
        var named = ColumnMapSamples.Read(new[] { "Name", "0", "email" },
            new object?[] { "Ann Lee", "Camille Lefèvre", "a@example.fr" }, new object?[] { "Bo Chan", "Julien Moreau", "b@example.fr" });
        Assert.Equal(new[] { "Name" }, ColumnMapSamples.Order(named, ContactField.Name));
    }
}
