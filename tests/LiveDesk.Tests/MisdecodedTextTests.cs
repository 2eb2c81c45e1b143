using System.Text;
using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Windows PowerShell's Import-Csv reads a UTF-8 file without a byte order mark as ANSI: "Müller" arrives as "MÃ¼ller".
/// The text is read as it was written, headers included, with a warning that says how to read the file.
/// </summary>
public class MisdecodedTextTests
{
    static MisdecodedTextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // What Windows PowerShell hands over: the UTF-8 bytes decoded as Windows-1252.
    private static string AsAnsi(string text) => Encoding.GetEncoding(1252).GetString(Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("Müller")]
    [InlineData("Teléfono")]
    [InlineData("José García")]
    [InlineData("山田太郎")]
    [InlineData("Иван Петров")]
    [InlineData("Łukasz Żółć")]
    [InlineData("Nguyễn Văn An")]
    [InlineData("שרה כהן")]
    [InlineData("€ 95,00")]
    public void Utf8_read_as_windows_1252_is_read_as_written(string written)
    {
        var misread = AsAnsi(written);
        Assert.NotEqual(written, misread);
        Assert.Equal(written, Misdecoded.Repair(misread));
    }

    [Theory]
    // Real text in Western scripts: accents, ligatures, symbols, a capital before a symbol that is no UTF-8 continuation.
    [InlineData("Müller")]
    [InlineData("São Paulo")]
    [InlineData("Ærøskøbing")]
    [InlineData("naïve café")]
    [InlineData("ÇAĞRI")]
    [InlineData("Ñandú")]
    [InlineData("Øster Åby")]
    [InlineData("Ã")]
    [InlineData("plain ascii")]
    public void Real_text_is_left_as_it_is(string text) => Assert.Null(Misdecoded.Repair(text));

    [Fact]
    public void A_row_read_as_ansi_is_stored_as_written_with_a_warning()
    {
        var reader = new RowReader("ES");
        var r = reader.Read(InputRow.From((AsAnsi("Nombre y apellidos"), AsAnsi("José García Núñez")), (AsAnsi("Teléfono móvil"), "612 345 678"),
            (AsAnsi("Correo electrónico"), "jose@example.es")));
        Assert.Null(r.Error);
        Assert.Equal("José García Núñez", r.Fields.Name);
        Assert.Equal("+34612345678", r.Fields.PhoneNumber);
        Assert.Equal("jose@example.es", r.Fields.Email);
        Assert.Contains(r.Warnings, w => w.Contains("-Encoding utf8") && w.Contains(AsAnsi("José")));
        Assert.Contains(r.Warnings, w => w.Contains("Column names") && w.Contains("Windows-1252"));
    }
}
