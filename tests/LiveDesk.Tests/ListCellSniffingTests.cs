using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Value sniffing judges a cell holding several numbers or addresses by its first item, the one a row takes from it: a
/// phone column whose cells hold lists is found by its values, whatever the separator or the header's language.
/// </summary>
public class ListCellSniffingTests
{
    private static ColumnMap Sniff(string header, params string[] values)
    {
        var headers = new[] { "Vardas", header };
        var map = ColumnMap.Build(headers);
        Assert.True(map.NeedsValues);
        map.ReadValues(values.Select((v, i) => InputRow.From(("Vardas", $"P{i}"), (header, v))).ToList());
        return map;
    }

    [Theory]
    [InlineData("Oqarasuaat", "+49 171 1234567, +49 30 123456", "+49 172 7654321, 030 987654")]        // Greenlandic, ", "
    [InlineData("Ryšys", "+370 612 34567; +370 5 212 3456", "8 612 34568; 8 5 212 3457")]         // Lithuanian "connection", "; "
    [InlineData("Xq7", "+7 495 123-45-67 ::: 8 (916) 123-45-67", "+7 495 765-43-21 ::: 8 916 1234568")] // Google's " ::: "
    [InlineData("Numbrid", "+372 5123 4567\n+372 640 1234", "+372 5123 4568\r\n+372 640 1235")]    // Estonian, line breaks
    [InlineData("联系", "0912 345 678 | 02 2345 6789", "0912 345 679 / 02 2345 6790")]             // Chinese, " | " and " / "
    public void A_column_whose_cells_hold_several_phone_numbers_is_found_by_its_values(string header, string first, string second)
    {
        var map = Sniff(header, first, second, "");
        Assert.Equal(header, Assert.Single(map.SourcesFor(ContactField.PhoneNumber)).Header);
    }

    [Fact]
    public void The_row_then_takes_the_first_number_of_the_list()
    {
        var reader = new RowReader("DE");
        var r = reader.Read(InputRow.From(("Vardas", "Ann"), ("Oqarasuaat", "+49 171 1234567, +49 30 123456")));
        Assert.Null(r.Error);
        Assert.Equal("+491711234567", r.Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("ann@example.com\nann@work.example", "bob@example.org\nbob@home.example")]
    [InlineData("ann@example.com; ann@work.example", "bob@example.org, bob@home.example")]
    public void A_column_whose_cells_hold_several_addresses_is_found_and_read_by_the_first(string first, string second)
    {
        var map = Sniff("Kontaktai", first, second);
        Assert.Equal("Kontaktai", Assert.Single(map.SourcesFor(ContactField.Email)).Header);
        var r = new RowReader().Read(InputRow.From(("Vardas", "Ann"), ("Kontaktai", first)));
        Assert.Equal("ann@example.com", r.Fields.Email);
    }

    [Theory]
    [InlineData("7210448301122, 7210448301123", "7210448301124, 7210448301125")]   // lists of ids: bare digits are no phones
    [InlineData("Lee, Ann", "Ng, Bob")]                                              // names with a comma
    [InlineData("+49 171 1234567, call after 6", "+49 30 123456, or mail")]          // a number with a note is no list of numbers
    public void Lists_of_other_things_are_not_taken_for_phone_numbers(string first, string second)
    {
        var map = Sniff("Xq7", first, second);
        Assert.Empty(map.SourcesFor(ContactField.PhoneNumber));
        Assert.Empty(map.SourcesFor(ContactField.Email));
    }
}
