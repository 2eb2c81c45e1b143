using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// "Prefix tel." beside "Nr. Telefon" (a Romanian course admin's export, blind set unseen50): a code-and-phone header is as
/// often the area code as the country's, so the values decide: written with a plus or 00 in every filled cell of the first
/// rows, it is the country calling code of the phone beside it.
/// </summary>
public class CallingCodeByValueTests
{
    private static ColumnMap Map(params string[] codes)
    {
        var headers = new[] { "Nume si Prenume", "Prefix tel.", "Nr. Telefon", "E-mail" };
        var rows = new object?[codes.Length][];
        for (var k = 0; k < codes.Length; k++) rows[k] = new object?[] { "Ana Pop", codes[k], "722123456", "ana@example.ro" };
        return ColumnMapSamples.Read(headers, rows);
    }

    [Fact]
    public void Codes_written_with_a_plus_are_the_calling_code()
    {
        var reader = new RowReader("RO");
        var rows = new[]
        {
            InputRow.From(("Nume si Prenume", "Andrei Popescu"), ("Prefix tel.", "+40"), ("Nr. Telefon", "722123456"), ("E-mail", "a@example.ro")),
            InputRow.From(("Nume si Prenume", "Mihai Ionescu"), ("Prefix tel.", "+44"), ("Nr. Telefon", "7911123456"), ("E-mail", "m@example.org")),
        };
        Assert.Equal("+40722123456", reader.Read(rows[0]).Fields.PhoneNumber);
        Assert.Equal("+447911123456", reader.Read(rows[1]).Fields.PhoneNumber);
    }

    [Fact]
    public void Codes_without_a_plus_may_be_area_codes_and_are_left_alone()
    {
        Assert.DoesNotContain("country calling code", Map("212", "718").Describe());
        Assert.Contains("country calling code", Map("+40", "0044").Describe());
    }
}
