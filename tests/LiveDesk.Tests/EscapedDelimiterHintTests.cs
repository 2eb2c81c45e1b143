using LiveDesk.Errors;
using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// hotelmeister escapes its delimiter with a backslash ("Nüsse\; bitte", blind set unseen56). Import-Csv splits the cell there
/// and the row's cells shift; the row's error says so.
/// </summary>
public class EscapedDelimiterHintTests
{
    [Fact]
    public void A_cell_ending_in_a_backslash_explains_the_row_s_error()
    {
        var row = InputRow.From(("comment", "Allergie: Nüsse\\"), ("email", "AT"));
        var hint = RowReader.EscapeHint(row);
        Assert.NotNull(hint);
        Assert.Contains("'comment'", hint);
        var error = RowReader.WithHint(new LiveDeskError(ErrorIds.InvalidEmail, LiveDeskErrorKind.InvalidArgument, "Email 'AT' is not an e-mail address."), hint);
        Assert.Equal(ErrorIds.InvalidEmail, error.ErrorId);
        Assert.StartsWith("Email 'AT' is not an e-mail address. Column 'comment'", error.Message);
    }

    [Theory]
    [InlineData("C:\\\\share\\\\")]     // a path's doubled backslash is no escape
    [InlineData("plain text")]
    [InlineData("\\")]
    public void Other_cells_give_no_hint(string cell) => Assert.Null(RowReader.EscapeHint(InputRow.From(("comment", cell), ("email", "a@example.com"))));
}
