using System.Text;
using System.Text.Json;
using LiveDesk.Contacts;
using LiveDesk.Errors;
using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Every row of every sample export in examples/ reads to exactly the fields examples/import-expected.json
/// lists. The Pester test checks the same file end to end against the sandbox; this one pins the reader.
/// </summary>
public class RowReaderExamplesTests
{
    private static string Examples()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "LiveDesk.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        return Path.Combine(dir!.FullName, "examples");
    }

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Examples(), "import-expected.json")));
        foreach (var file in doc.RootElement.GetProperty("files").EnumerateArray()) data.Add(file.GetProperty("file").GetString()!);
        return data;
    }

    private static JsonElement Spec(string name)
    {
        var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Examples(), "import-expected.json")));
        return doc.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("file").GetString() == name);
    }

    private static Encoding EncodingOf(string spec) => spec.StartsWith("windows-1252", StringComparison.Ordinal) ? Encoding.Latin1 : new UTF8Encoding(false);

    // Enough of RFC 4180 for the samples: quoted fields with doubled quotes, the given delimiter, CRLF.
    internal static List<List<string>> ParseCsv(string text, char delimiter)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == delimiter) { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = new List<string>(); }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }

    private static List<InputRow> Rows(string file, char delimiter, Encoding encoding)
    {
        var text = encoding.GetString(File.ReadAllBytes(Path.Combine(Examples(), file)));
        if (text.Length > 0 && text[0] == '\uFEFF') text = text.Substring(1); // as Import-Csv does
        var table = ParseCsv(text, delimiter);
        var header = table[0];
        return table.Skip(1).Select(r => InputRow.FromPairs(header.Select((h, i) => new KeyValuePair<string, object?>(h, r[i])))).ToList();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_sample_row_reads_to_the_expected_fields(string file)
    {
        var spec = Spec(file);
        var region = spec.GetProperty("defaultRegion").ValueKind == JsonValueKind.Null ? null : spec.GetProperty("defaultRegion").GetString();
        var rows = Rows(file, spec.GetProperty("delimiter").GetString()![0], EncodingOf(spec.GetProperty("encoding").GetString()!));
        var expected = spec.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(expected.Count, rows.Count);
        var reader = new RowReader(region);
        for (var i = 0; i < rows.Count; i++)
        {
            var result = reader.Read(rows[i]);
            var want = expected[i];
            if (want.TryGetProperty("error", out var error))
            {
                Assert.Equal(error.GetString(), result.Error?.ErrorId);
                continue;
            }
            Assert.True(result.Error == null, $"{file} row {i + 1}: {result.Error}");
            Assert.True(ContactValidator.Validate(result.Fields, requireInbox: false) == null, $"{file} row {i + 1} fails validation");
            string? S(string p) => want.GetProperty(p).ValueKind == JsonValueKind.Null ? null : want.GetProperty(p).GetString();
            Assert.Equal((S("name"), S("email"), S("phoneNumber"), S("identifier")),
                (result.Fields.Name, result.Fields.Email, result.Fields.PhoneNumber, result.Fields.Identifier));
        }
    }

    [Fact]
    public void The_German_file_read_with_defaults_offers_the_delimiter()
    {
        var rows = Rows("import-excel-de.csv", ',', new UTF8Encoding(false));
        var result = new RowReader("DE").Read(rows[0]);
        Assert.Equal(ErrorIds.InvalidInput, result.Error!.ErrorId);
        Assert.Contains("-Delimiter ';'", result.Error.Message);
    }

    [Fact]
    public void The_German_file_read_as_UTF8_maps_but_warns_about_the_encoding()
    {
        var rows = Rows("import-excel-de.csv", ';', new UTF8Encoding(false));
        var reader = new RowReader("DE");
        var result = reader.Read(rows[0]);
        Assert.Null(result.Error);
        Assert.Equal("+491712345678", result.Fields.PhoneNumber);
        Assert.Contains("\uFFFD", result.Fields.Name);
        Assert.Contains(result.Warnings, w => w.Contains("-Encoding") && w.Contains("Column names"));
        Assert.Contains(result.Warnings, w => w.Contains("-Encoding") && w.Contains("'Vorname'"));
    }
}
