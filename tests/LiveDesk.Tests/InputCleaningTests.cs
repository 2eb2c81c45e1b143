using LiveDesk.Contacts;
using LiveDesk.Errors;
using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>Excel's text guards, lists of addresses in one cell, E.164 as written, and messages that can be pasted.</summary>
public class InputCleaningTests
{
    [Theory]
    [InlineData("'7210448301122", "7210448301122")]
    [InlineData("'0171 2345678", "0171 2345678")]
    [InlineData("=\"0171 2345678\"", "0171 2345678")]
    [InlineData("=\"say \"\"hi\"\"\"", "say \"hi\"")]
    [InlineData("O'Brien", "O'Brien")]
    [InlineData("'", null)]
    [InlineData("'-", null)]
    [InlineData("-", null)]
    [InlineData(" — ", null)]
    [InlineData("'+49 171 2345678", "+49 171 2345678")]
    public void Excel_text_guards_are_removed(string raw, string? expected) => Assert.Equal(expected, CellValue.Read(raw, splitList: false).Text);

    [Fact]
    public void No_field_keeps_a_text_guard()
    {
        var r = new RowReader("DE").Read(InputRow.From(("Identifier", "'7210448301122"), ("Name", "'Ann Lee"), ("Mobile", "=\"0171 2345678\""),
            ("Email", "'ann@example.com"), ("Company", "'ACME")));
        Assert.Null(r.Error);
        Assert.Equal("7210448301122", r.Fields.Identifier);
        Assert.Equal("Ann Lee", r.Fields.Name);
        Assert.Equal("+491712345678", r.Fields.PhoneNumber);
        Assert.Equal("ann@example.com", r.Fields.Email);
        Assert.Equal("ACME", r.Fields.Company);
    }

    [Theory]
    [InlineData("ann@example.com; bob@example.com")]
    [InlineData("ann@example.com,bob@example.com")]
    [InlineData("ann@example.com ::: bob@example.com")]
    public void Several_addresses_in_one_cell_give_the_first_with_one_warning_per_column(string cell)
    {
        var reader = new RowReader();
        var r = reader.Read(InputRow.From(("Name", "Ann"), ("Email", cell)));
        Assert.Null(r.Error);
        Assert.Equal("ann@example.com", r.Fields.Email);
        Assert.Contains(r.Warnings, w => w.Contains("several values"));
        Assert.Empty(reader.Read(InputRow.From(("Name", "Cy"), ("Email", "cy@example.com; dee@example.com"))).Warnings);
    }

    [Fact]
    public void A_comma_inside_a_display_name_is_no_list()
    {
        // Not "Lee" and "Ann <...>": one address with its display name, sent bare (the name is no part of the address).
        var r = new RowReader().Read(InputRow.From(("Name", "Ann"), ("Email", "Lee, Ann <ann@example.com>")));
        Assert.Equal("ann@example.com", r.Fields.Email);
        Assert.DoesNotContain(r.Warnings, w => w.Contains("several values"));
        Assert.Null(ContactValidator.Validate(r.Fields, requireInbox: false));
        var refused = new RowReader().Read(InputRow.From(("Name", "Ann"), ("Email", "Lee, Ann (ann at example.com)")));
        Assert.Equal(ErrorIds.InvalidEmail, ContactValidator.Validate(refused.Fields, requireInbox: false)!.ErrorId);
    }

    [Fact]
    public void Company_city_and_country_are_read_but_do_not_make_a_contact()
    {
        var r = new RowReader().Read(InputRow.From(("Vorname", "Jürgen"), ("Firma", "ACME GmbH"), ("Ort", "Köln"), ("Land", "Deutschland")));
        Assert.Equal("Jürgen", r.Fields.Name);
        Assert.Equal("ACME GmbH", r.Fields.Company);
        Assert.Equal("Köln", r.Fields.City);
        Assert.Equal("Deutschland", r.Fields.Country);
        Assert.False(ColumnMap.Build(new[] { "Firma", "Ort" }).FillsAnyContactField);
    }

    [Fact]
    public void Suggestions_are_valid_PowerShell_and_the_most_plausible_comes_first()
    {
        var map = ColumnMap.Build(new[] { "Courriel infolettre", "Emial'" });
        var error = map.NoContactColumnsError();
        Assert.Equal("Emial'", map.NearMisses[0].Column);
        Assert.Contains("-Map @{ Email = 'Emial''' }", error.Message);
        Assert.Equal("'it''s ‘quoted’'", ColumnNames.Quote("it's ‘quoted’").Replace("‘‘", "‘").Replace("’’", "’"));
        Assert.Equal("'it''s ‘‘quoted’’'", ColumnNames.Quote("it's ‘quoted’"));
    }

    [Fact]
    public void The_columns_a_failed_rows_file_adds_are_ignored_on_the_next_import()
    {
        var map = ColumnMap.Build(new[] { "Name", "Email", "ErrorId", "Reason" });
        Assert.Empty(map.Unrecognized);
        Assert.Empty(map.NearMisses);
        Assert.False(map.NeedsValues);
    }
}
