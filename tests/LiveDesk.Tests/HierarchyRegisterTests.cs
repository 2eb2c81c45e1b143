using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A register that names a person at every level of a hierarchy on each row (Kenya's eCHIS volunteer lists: the county's
/// focal person, the unit's assistant "CHA Name", "CHA Phone", the volunteer "CHV Name", "CHV Phone"; blind set unseen135):
/// the row's person is the group whose name is new on each row; a unit or a supervisor repeats down the rows.
/// </summary>
public class HierarchyRegisterTests
{
    private static readonly string[] Headers =
    {
        "County Name", "County Code", "Sub County Name", "CHU Name", "CHU Code", "CHA Name", "CHA Phone", "Link Facility Name",
        "CHV Name", "CHV Phone", "CHV Sex",
    };

    private static InputRow Row(string unit, string assistant, string assistantPhone, string volunteer, string phone) =>
        InputRow.From(("County Name", "Kwale"), ("County Code", "2"), ("Sub County Name", "Msambweni"), ("CHU Name", unit), ("CHU Code", "708114"),
            ("CHA Name", assistant), ("CHA Phone", assistantPhone), ("Link Facility Name", "Gazi Dispensary"), ("CHV Name", volunteer), ("CHV Phone", phone),
            ("CHV Sex", "F"));

    private static InputRow[] Rows() => new[]
    {
        Row("Gazi Chu", "Omar Salim Bakari", "711806342", "Mwanajuma Hamadi Mwinyi", "712560384"),
        Row("Gazi Chu", "Omar Salim Bakari", "711806342", "Kassim Rashid Mbega", "110457926"),
        Row("Mwaembe Chu", "Esther Wanjiku Kamau", "710553219", "Fatuma Ali Chidzuga", ""),
        Row("Mwaembe Chu", "Esther Wanjiku Kamau", "710553219", "Joseph Mwangi Ndirangu", "798332415"),
    };

    [Fact]
    public void The_group_whose_name_is_new_on_each_row_is_the_rows_person()
    {
        var map = ColumnMap.Build(Headers);
        map.ReadValues(Rows());
        Assert.Equal(new[] { "CHV Name" }, ColumnMapSamples.Order(map, ContactField.Name));
        Assert.Equal(new[] { "CHV Phone" }, ColumnMapSamples.Order(map, ContactField.PhoneNumber));
    }

    [Fact]
    public void Each_volunteer_is_imported_with_their_own_name_and_phone()
    {
        var reader = new RowReader("KE");
        var rows = Rows();
        reader.MapFor(rows[0]).ReadValues(rows);
        var first = reader.Read(rows[0]);
        Assert.Equal("Mwanajuma Hamadi Mwinyi", first.Fields.Name);
        Assert.Equal("+254712560384", first.Fields.PhoneNumber);
        Assert.Equal("Kassim Rashid Mbega", reader.Read(rows[1]).Fields.Name);
        // The warning names the field chosen, and the -Map that overrides it.
        Assert.Contains(first.Warnings, w => w.Contains("'CHV Name'") && w.Contains("-Map @{ Name = 'column' }"));
    }

    [Fact]
    public void A_phone_found_by_its_values_is_overridden_by_a_phone_map()
    {
        var reader = new RowReader("DE");
        var rows = new[] { InputRow.From(("Name", "Ann"), ("Kontakt", "+49 171 1234567")), InputRow.From(("Name", "Bob"), ("Kontakt", "+49 171 1234568")) };
        reader.MapFor(rows[0]).ReadValues(rows);
        Assert.Contains(reader.Read(rows[0]).Warnings, w => w.Contains("'Kontakt'") && w.Contains("-Map @{ PhoneNumber = 'column' }"));
    }

    [Fact]
    public void Where_two_groups_are_new_on_each_row_none_is_used()
    {
        var rows = new[]
        {
            Row("Gazi Chu", "Omar Salim Bakari", "711806342", "Mwanajuma Hamadi Mwinyi", "712560384"),
            Row("Gazi Chu", "Esther Wanjiku Kamau", "710553219", "Kassim Rashid Mbega", "110457926"),
            Row("Mwaembe Chu", "Amina Said Juma", "710553218", "Fatuma Ali Chidzuga", ""),
        };
        var map = ColumnMap.Build(Headers);
        map.ReadValues(rows);
        Assert.Empty(map.SourcesFor(ContactField.Name));
        Assert.Empty(map.SourcesFor(ContactField.PhoneNumber));
    }

    [Fact]
    public void A_volunteer_listed_twice_among_many_rows_still_tells()
    {
        var rows = new List<InputRow>();
        for (var i = 0; i < 12; i++) rows.Add(Row(i < 6 ? "Gazi Chu" : "Mwaembe Chu", i < 6 ? "Omar Salim Bakari" : "Esther Wanjiku Kamau", "711806342",
            i == 11 ? "Volunteer 0" : $"Volunteer {i}", $"71256{i:0000}"));
        var map = ColumnMap.Build(Headers);
        map.ReadValues(rows);
        Assert.Equal(new[] { "CHV Name" }, ColumnMapSamples.Order(map, ContactField.Name));
    }

    [Fact]
    public void Two_rows_are_too_few_to_tell()
    {
        var map = ColumnMap.Build(Headers);
        map.ReadValues(Rows()[..2]);
        Assert.Empty(map.SourcesFor(ContactField.Name));
    }

    [Theory]
    [InlineData("CHA Name")]
    [InlineData("CHA Phone")]
    public void A_short_word_in_capitals_is_an_acronym_not_the_connector_it_spells(string header) =>
        Assert.Null(HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void The_connector_itself_still_joins() =>
        Assert.Equal(ContactField.Name, HeaderRecognizer.Recognize("Jina cha Mwanachama").Field);
}
