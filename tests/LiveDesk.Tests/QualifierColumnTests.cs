using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>
/// A header that is only a qualifier ("Primary", "Other", "Home", "Work") names no field: its values decide between phone
/// and e-mail, its qualifier ranks it, and fax and pager columns stay out whatever they hold.
/// </summary>
public class QualifierColumnTests
{
    private static ColumnMap Read(string[] headers, params object?[][] rows)
    {
        var map = ColumnMap.Build(headers);
        Assert.True(map.NeedsValues);
        map.ReadValues(rows.Select(r => InputRow.From(headers.Select((h, i) => (h, r[i])).ToArray())).ToList());
        return map;
    }

    // Yahoo Contacts' CSV header (pear/Contact_AddressBook, Contact/AddressBook/CSV/Header/Yahoo/en.php), up to the e-mails.
    private static readonly string[] Yahoo =
    {
        "First", "Middle", "Last", "Nickname", "Email", "Category", "Distribution Lists", "Yahoo! ID", "Home", "Work", "Pager",
        "Fax", "Mobile", "Other", "Yahoo! Phone", "Primary", "Alternate Email 1", "Alternate Email 2",
    };

    [Fact]
    public void Yahoos_bare_phone_columns_are_phones_ranked_by_their_qualifier_never_fax_or_pager()
    {
        object?[] Row(int i) => new object?[]
        {
            "Ann", "", "Lee", "", $"ann{i}@example.com", "", "", "", $"+1 415 555 01{i:00}", $"+1 415 555 02{i:00}", $"+1 415 555 03{i:00}",
            $"+1 415 555 04{i:00}", $"+1 415 555 05{i:00}", $"+1 415 555 06{i:00}", "", $"+1 415 555 07{i:00}", "", "",
        };
        var map = Read(Yahoo, Row(1), Row(2), Row(3));
        Assert.Equal(new[] { "Mobile", "Primary", "Work", "Home", "Other" }, Order(map, ContactField.PhoneNumber));
        Assert.Equal("Email", Order(map, ContactField.Email)[0]);

        // A row with only a home and an other number takes the home number.
        var r = new RowReader("US").Read(InputRow.From(Yahoo.Select(h => (h, (object?)(h switch
        {
            "First" => "Bob", "Email" => "bob@example.com", "Home" => "415-555-0111", "Other" => "415-555-0122", "Fax" => "415-555-0133", _ => "",
        }))).ToArray()));
        Assert.Null(r.Error);
        Assert.Equal("+14155550111", r.Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("Primary", "Other")]
    [InlineData("Principal", "Autre")]        // French
    [InlineData("Bevorzugt", "Weitere")]       // German
    [InlineData("Основной", "Другой")]         // Russian
    [InlineData("기본", "기타")]                 // Korean
    [InlineData("主要", "其他")]                 // Chinese
    public void Qualifier_columns_holding_addresses_fill_the_email_ranked_by_their_qualifier(string primary, string other)
    {
        // A column named e-mail comes first; no column is found by its values alone here.
        var headers = new[] { "Name", "E-mail", other, primary };
        var map = Read(headers, new object?[] { "Ann", "", "ann@home.example", "ann@example.com" }, new object?[] { "Bob", "bob@example.org", "", "bob@example.com" });
        Assert.Equal(new[] { "E-mail", primary, other }, Order(map, ContactField.Email));
        Assert.Empty(map.SourcesFor(ContactField.PhoneNumber));
        Assert.Contains("e-mail addresses", map.Describe());
        var reader = new RowReader();
        reader.MapFor(InputRow.From(headers.Select(h => (h, (object?)"")).ToArray())).ReadValues(new[]
        {
            InputRow.From(("Name", "Ann"), ("E-mail", ""), (other, "ann@home.example"), (primary, "ann@example.com")),
        });
        var r = reader.Read(InputRow.From(("Name", "Ann"), ("E-mail", ""), (other, "ann@home.example"), (primary, "ann@example.com")));
        Assert.Equal("ann@example.com", r.Fields.Email);
        Assert.Null(r.Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("Primary")]
    [InlineData("Other")]
    [InlineData("Privat")]
    [InlineData("Arbete")]
    public void A_qualifier_column_holding_neither_stays_a_weak_phone_column_that_never_stores_its_words(string header)
    {
        var map = Read(new[] { "Name", "Email", header }, new object?[] { "Ann", "ann@example.com", "Mobile" }, new object?[] { "Bob", "bob@example.com", "Home" });
        Assert.Equal(ColumnKind.Fallback, Assert.Single(map.SourcesFor(ContactField.PhoneNumber)).Kind);
        Assert.Equal(new[] { "Email" }, Order(map, ContactField.Email));
        var reader = new RowReader("US");
        var r = reader.Read(InputRow.From(("Name", "Ann"), ("Email", "ann@example.com"), (header, "Mobile")));
        Assert.Null(r.Error);
        Assert.Null(r.Fields.PhoneNumber);
        Assert.Contains(r.Warnings, w => w.Contains($"'{header}'"));
    }

    [Fact]
    public void A_qualifier_column_with_no_values_yet_stays_a_weak_phone_column()
    {
        var map = Read(new[] { "Name", "Other" }, new object?[] { "Ann", "" });
        Assert.Equal(ColumnKind.Fallback, Assert.Single(map.SourcesFor(ContactField.PhoneNumber)).Kind);
    }

    [Theory]
    [InlineData("Other Info")]
    [InlineData("Home Page")]
    [InlineData("Primary Address")]
    [InlineData("Other Street")]
    public void A_qualifier_next_to_another_noun_is_no_qualifier_column(string header) =>
        Assert.False(HeaderRecognizer.Recognize(header).QualifierOnly);
}
