using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A title or format line above the header (DATEV's EXTF record, an Excel sheet's caption) makes Import-Csv read it as the
/// header and deliver the real column names as the first row: that row is found, skipped, and names the columns after it.
/// </summary>
public class HeaderInDataTests
{
    private static InputRow Row(string[] names, params object?[] values) => InputRow.From(names.Select((n, i) => (n, values[i])).ToArray());

    // DATEV's EXTF record as Import-Csv names the columns, and the real header as the first row.
    private static readonly string[] Extf = { "EXTF", "700", "16", "Debitoren/Kreditoren", "5", "H1", "H2" };

    [Fact]
    public void The_header_among_the_rows_is_skipped_and_names_the_rows_after_it()
    {
        var detector = new HeaderInData(null);
        var header = Row(Extf, "Konto", "Name (Adressattyp natürl. Person)", "Vorname (Adressattyp natürl. Person)", "E-Mail", "Ort", "Land", "");
        var same = detector.Adapt(header, out var notice);
        Assert.NotNull(notice);
        Assert.Contains("'EXTF'", notice);
        Assert.Contains("'Konto'", notice);
        Assert.True(detector.IsHeaderRow(same.Source));

        var data = detector.Adapt(Row(Extf, "10001", "Schulz", "Petra", "petra@example.de", "Berlin", "DE", ""), out var none);
        Assert.Null(none);
        Assert.Equal(new[] { "Konto", "Name (Adressattyp natürl. Person)", "Vorname (Adressattyp natürl. Person)", "E-Mail", "Ort", "Land", "H2" }, data.Names);
        var read = new RowReader("DE").Read(data);
        Assert.Null(read.Error);
        Assert.Equal("Petra Schulz", read.Fields.Name);
        Assert.Equal("petra@example.de", read.Fields.Email);
        Assert.Equal("Berlin", read.Fields.City);
    }

    [Fact]
    public void A_title_two_lines_above_the_header_is_left_a_row()
    {
        // The second title line stays a row (and fails as one); the header after it is still found.
        var names = new[] { "Kundenliste", "H1", "H2" };
        var detector = new HeaderInData(null);
        detector.Adapt(Row(names, "Stand 01.12.2026", "", ""), out var first);
        Assert.Null(first);
        detector.Adapt(Row(names, "Vorname", "Nachname", "E-Mail"), out var second);
        Assert.NotNull(second);
        Assert.Equal(new[] { "Vorname", "Nachname", "E-Mail" }, detector.Adapt(Row(names, "Ann", "Lee", "ann@example.com"), out _).Names);
    }

    [Fact]
    public void A_file_whose_header_fills_fields_is_never_renamed()
    {
        var names = new[] { "Name", "Notes", "City" };
        var detector = new HeaderInData(null);
        // A row that happens to look like column names is data when the header already names the fields.
        var row = detector.Adapt(Row(names, "Email", "Phone", "Berlin"), out var notice);
        Assert.Null(notice);
        Assert.Equal(names, row.Names);
    }

    [Fact]
    public void Values_that_are_no_column_names_leave_the_rows_alone()
    {
        var names = new[] { "Column1", "Column2" };
        var detector = new HeaderInData(null);
        for (var i = 0; i < HeaderInData.RowsSearched + 2; i++)
        {
            var row = detector.Adapt(Row(names, $"Ann {i}", $"ann{i}@example.com"), out var notice);
            Assert.Null(notice);
            Assert.Equal(names, row.Names);
        }
    }

    [Fact]
    public void A_header_below_a_one_column_line_ends_the_command_with_how_to_read_the_file()
    {
        // LinkedIn's Connections.csv: "Notes:" and a note above the header; Import-Csv kept one value of each row.
        var names = new[] { "Notes:" };
        var detector = new HeaderInData(null);
        detector.Adapt(Row(names, "When exporting your connection data, you may notice that some of the email addresses are missing."), out _);
        Assert.Null(detector.Lost);
        detector.Adapt(Row(names, "First Name"), out _);
        Assert.NotNull(detector.Lost);
        Assert.Contains("'Notes:'", detector.Lost!.Message);
        Assert.Contains("'First Name'", detector.Lost.Message);
        Assert.Contains("Select-Object -Skip 2 ", detector.Lost.Message);
        // A one-column list of names is no such case.
        var list = new HeaderInData(null);
        list.Adapt(Row(new[] { "Kunde" }, "Ann Lee"), out _);
        list.Adapt(Row(new[] { "Kunde" }, "Bob Stone"), out _);
        Assert.Null(list.Lost);
    }

    [Fact]
    public void A_header_below_four_lines_is_found_and_the_lines_to_skip_counted()
    {
        // WordPress's Events Manager: the event, where, when and when it was exported, then the header.
        var names = new[] { "Tapahtuma : Kevätkonsertti" };
        var detector = new HeaderInData(null);
        detector.Adapt(Row(names, "Missä - Temppeliaukion kirkko"), out _);
        detector.Adapt(Row(names, "Milloin : 12.4.2025 - 19:00"), out _);
        detector.Adapt(Row(names, "Varaukset viety ma 07 huhti 2025 10:03"), out _);
        Assert.Null(detector.Lost);
        detector.Adapt(Row(names, "Etunimi"), out _);
        Assert.NotNull(detector.Lost);
        Assert.Contains("Select-Object -Skip 4 ", detector.Lost!.Message);
    }

    [Fact]
    public void A_bare_Name_beside_a_given_name_is_the_family_name()
    {
        var reader = new RowReader("DE");
        Assert.Equal("Petra Schulz", reader.Read(InputRow.From(("Vorname", "Petra"), ("Name", "Schulz"), ("E-Mail", "p@example.de"))).Fields.Name);
        // A Name that holds the given name, or several words, is the whole name.
        Assert.Equal("Petra Schulz", reader.Read(InputRow.From(("Vorname", "Petra"), ("Name", "Petra Schulz"), ("E-Mail", "q@example.de"))).Fields.Name);
        Assert.Equal("Petra Schulz-Weber", reader.Read(InputRow.From(("Vorname", "Petra"), ("Name", "Schulz-Weber, Petra"), ("E-Mail", "r@example.de"))).Fields.Name);
        Assert.Equal("Madonna", reader.Read(InputRow.From(("Vorname", "Madonna"), ("Name", "Madonna"), ("E-Mail", "m@example.de"))).Fields.Name);
    }
}
