using LiveDesk.Errors;
using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A gym's member list that ends with a summary block ("REZIME", then labels and figures under the name and id columns), and
/// an import template's line of notes below its header ("WAJIB", "Opsional") (blind sets unseen184, unseen185).
/// </summary>
public class SummaryBlockTests
{
    private static readonly string[] Headers = { "Ime člana", "ID člana", "Cilj", "Status aktivnosti", "Trener" };

    private static InputRow Row(params object?[] values) => InputRow.From(Headers.Zip(values).ToArray());

    private static InputRow[] GymList() => new[]
    {
        Row("Marko Jovanović", "M-10482", "Rast mišića", "Aktivan", "Nikola Petrović"),
        Row("Jelena Stojanović", "M-10517", "Mršavljenje", "Slabi", "Ana Ilić"),
        Row("Stefan Đorđević", "M-10533", "Rekompozicija", "Neaktivan", "Nije dodeljen"),
        Row("REZIME", "", "", "", ""),
        Row("Ukupno članova", "3", "", "", ""),
        Row("Aktivni članovi", "1", "", "", ""),
        Row("Ističe uskoro", "1", "", "", ""),
    };

    [Fact]
    public void The_members_keep_their_ids_and_the_summary_block_is_refused()
    {
        var rows = GymList();
        var reader = new RowReader("RS");
        reader.MapFor(rows[0]).ReadValues(rows);
        var results = rows.Select(r => reader.Read(r)).ToArray();
        Assert.Equal(new[] { "M-10482", "M-10517", "M-10533" }, results.Take(3).Select(r => r.Fields.Identifier));
        Assert.All(results.Skip(3), r => Assert.Equal(ErrorIds.InvalidInput, r.Error?.ErrorId));
        Assert.Contains("summary", results[5].Error!.Message);
    }

    [Fact]
    public void A_person_with_a_phone_after_a_summary_line_is_read_again()
    {
        string[] headers = { "Name", "Phone", "Amount" };
        InputRow R(params object?[] v) => InputRow.From(headers.Zip(v).ToArray());
        var reader = new RowReader("DE");
        Assert.NotNull(reader.Read(R("Total", "", "120")).Error);
        Assert.NotNull(reader.Read(R("Offen", "", "20")).Error);
        var person = reader.Read(R("Anna Berg", "0171 2345678", "10"));
        Assert.Null(person.Error);
        Assert.Null(reader.Read(R("Tom Weber", "", "5")).Error);
    }

    [Fact]
    public void A_row_with_more_than_a_label_and_a_figure_after_a_summary_line_is_read()
    {
        string[] headers = { "Name", "ID", "Team", "Phone" };
        var reader = new RowReader("DE");
        var r = reader.Read(InputRow.From(headers.Zip(new object?[] { "Summary", "17", "", "" }).ToArray()));
        Assert.Equal(ErrorIds.InvalidInput, r.Error?.ErrorId);
        var next = reader.Read(InputRow.From(headers.Zip(new object?[] { "Lea Hahn", "18", "Blue", "" }).ToArray()));
        Assert.Null(next.Error);
        Assert.Equal("18", next.Fields.Identifier);
    }
}

public class TemplateNotesAndCleanupTests
{
    [Fact]
    public void A_templates_line_of_required_and_optional_notes_is_refused_and_not_sniffed()
    {
        string[] headers = { "Nama Lengkap", "Email Aktif", "No. HP Utama (+62)", "Tanggal Lahir" };
        var rows = new[]
        {
            InputRow.From(headers.Zip(new object?[] { "WAJIB", "WAJIB", "WAJIB", "Opsional" }).ToArray()),
            InputRow.From(headers.Zip(new object?[] { "Rina Kartika Sari", "rina.kartika@example.com", "81398765432", "1997-08-21" }).ToArray()),
            InputRow.From(headers.Zip(new object?[] { "Dimas Prasetyo", "dimas.prasetyo@example.net", "85612345678", "1998-01-02" }).ToArray()),
        };
        var reader = new RowReader("ID");
        reader.MapFor(rows[0]).ReadValues(rows);
        var notes = reader.Read(rows[0]);
        Assert.Equal(ErrorIds.InvalidInput, notes.Error?.ErrorId);
        Assert.Contains("template", notes.Error!.Message);
        var rina = reader.Read(rows[1]);
        Assert.Equal("rina.kartika@example.com", rina.Fields.Email);
        Assert.Equal("+6281398765432", rina.Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("Grace ...Kim", "Grace Kim")]
    [InlineData("Chidi /Okafor", "Chidi Okafor")]
    [InlineData("Walter..", "Walter")]
    [InlineData("Anna / Tom", "Anna / Tom")]
    [InlineData("J. R. Smith", "J. R. Smith")]
    [InlineData("St. John", "St. John")]
    public void Stray_dots_and_slashes_are_no_part_of_a_name(string written, string stored) =>
        Assert.Equal(stored, PersonName.WithoutStrayDots(written));

    [Fact]
    public void A_bar_between_digit_groups_is_a_separator()
    {
        var r = new RowReader("US").Read(InputRow.From(("First_Name", "Chidi"), ("Last_Name", "/Okafor"), ("Phone_Number", "612|874|3390")));
        Assert.Null(r.Error);
        Assert.Equal("+16128743390", r.Fields.PhoneNumber);
        Assert.Equal("Chidi Okafor", r.Fields.Name);
    }

    [Theory]
    [InlineData("Email Aktif", "Email")]
    [InlineData("Active Email", "Email")]
    [InlineData("Aktuelle Telefonnummer", "PhoneNumber")]
    [InlineData("Active", null)]
    [InlineData("Aktiv", null)]
    [InlineData("Namenszusatz", "MiddleName")]
    public void Headers_name_their_field(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void The_name_particle_goes_between_given_and_family_name()
    {
        var r = new RowReader("DE").Read(InputRow.From(("Nachname", "Bergen"), ("Vorname(n)", "Jonas"), ("Titel", ""), ("Namenszusatz", "von"), ("E-Mail", "jonas@example.net")));
        Assert.Equal("Jonas von Bergen", r.Fields.Name);
    }
}

public class TemplateNotesSniffingTests
{
    [Fact]
    public void A_templates_notes_do_not_hide_an_email_column_from_its_values()
    {
        string[] headers = { "Nama Lengkap", "Kanal", "Kota" };
        var rows = new[]
        {
            InputRow.From(headers.Zip(new object?[] { "WAJIB", "WAJIB", "Opsional" }).ToArray()),
            InputRow.From(headers.Zip(new object?[] { "Rina Kartika Sari", "rina.kartika@example.com", "Bandung" }).ToArray()),
            InputRow.From(headers.Zip(new object?[] { "Dimas Prasetyo", "dimas.prasetyo@example.net", "Solo" }).ToArray()),
        };
        var reader = new RowReader("ID");
        reader.MapFor(rows[0]).ReadValues(rows);
        Assert.Equal("rina.kartika@example.com", reader.Read(rows[1]).Fields.Email);
    }
}

public class SummaryStateTests
{
    [Fact]
    public void A_totals_line_with_several_amounts_is_still_named_a_summary_line()
    {
        string[] headers = { "Name", "Phone", "Net", "Tax", "Gross" };
        var r = new RowReader("DE").Read(InputRow.From(headers.Zip(new object?[] { "Total", "", "100", "19", "119" }).ToArray()));
        Assert.Contains("summary line ('Total'", r.Error?.Message);
    }

    [Fact]
    public void A_summary_in_one_file_does_not_reach_the_next_files_rows()
    {
        var reader = new RowReader("DE");
        string[] first = { "Name", "Phone", "Amount" };
        Assert.NotNull(reader.Read(InputRow.From(first.Zip(new object?[] { "Total", "", "120" }).ToArray())).Error);
        string[] second = { "Nachname", "Kundennummer" };
        var next = reader.Read(InputRow.From(second.Zip(new object?[] { "Berg", "K-17" }).ToArray()));
        Assert.Null(next.Error);
        Assert.Equal("K-17", next.Fields.Identifier);
    }
}

public class TemplateNotesSurrogateTests
{
    [Fact]
    public void A_broken_surrogate_is_no_note_and_does_not_throw()
    {
        Assert.False(ValueShapes.IsFieldNote("Bo \uD83D"));
        Assert.Null(RowReader.TemplateNotes(InputRow.From(("Name", "Bo \uD83D"), ("Email", "bo@example.com"))));
    }
}
