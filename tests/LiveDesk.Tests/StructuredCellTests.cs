using System.Linq;
using LiveDesk.Contacts;
using LiveDesk.Input;
using LiveDesk.Models;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A cell holding a database column written raw (a JSON list of objects, of strings, or an object) gives its values,
/// ranked by their labels; nothing that is not a bare e-mail address is ever sent as the e-mail.
/// </summary>
public class StructuredCellTests
{
    private static RowReadResult Read(string? region, params (string Name, object? Value)[] pairs) =>
        new RowReader(region).Read(InputRow.From(pairs));

    [Theory]
    // Krayin CRM's persons.emails: value and label per entry.
    [InlineData("[{\"value\":\"ana@x.com\",\"label\":\"work\"},{\"value\":\"ana@home.org\",\"label\":\"home\"}]", "ana@x.com")]
    [InlineData("[{\"value\":\"ana@home.org\",\"label\":\"home\"},{\"value\":\"ana@x.com\",\"label\":\"work\"}]", "ana@x.com")]
    [InlineData("[{\"value\":\"ana@x.com\",\"label\":\"work\"}]", "ana@x.com")]
    // Labels in other languages rank the way header qualifiers do.
    [InlineData("[{\"email\":\"ana@privat.de\",\"type\":\"privat\"},{\"email\":\"ana@firma.de\",\"type\":\"geschäftlich\"}]", "ana@firma.de")]
    [InlineData("[{\"address\":\"b@y.org\"},{\"address\":\"ana@x.com\",\"primary\":true}]", "ana@x.com")]
    // A list of strings, an object keyed by label, an object that is one entry.
    [InlineData("[\"ana@x.com\", \"ana@home.org\"]", "ana@x.com")]
    [InlineData("{\"home\":\"ana@home.org\",\"work\":\"ana@x.com\"}", "ana@x.com")]
    [InlineData("{\"label\":\"Bureau\",\"value\":\"ana@x.com\"}", "ana@x.com")]
    public void A_json_cell_gives_its_best_value_as_the_email(string cell, string expected)
    {
        var r = Read(null, ("name", "Ana"), ("emails", cell));
        Assert.Null(r.Error);
        Assert.Equal(expected, r.Fields.Email);
        Assert.Contains(r.Warnings, w => w.Contains("JSON") && w.Contains("'emails'") && w.Contains(expected));
    }

    [Theory]
    // Krayin's newer exports write the same lists as text: "value (label), value (label)".
    [InlineData("ana@x.com (work), ana@home.org (home)", "ana@x.com")]
    [InlineData("ana@home.org (home), ana@x.com (work)", "ana@x.com")]
    [InlineData("ana@home.org (privé); ana@x.com (travail)", "ana@x.com")]
    [InlineData("ana@x.com (work)", "ana@x.com")]
    public void Values_with_labels_written_as_text_give_the_best_one(string cell, string expected)
    {
        var r = Read(null, ("name", "Ana"), ("Emails", cell));
        Assert.Equal(expected, r.Fields.Email);
        Assert.Contains(r.Warnings, w => w.Contains("'Emails'") && w.Contains("labels"));
    }

    [Theory]
    [InlineData("030 1234567 (home), 0171 2345678 (mobile)", "+491712345678")]
    [InlineData("030 1234567 (work)", "+49301234567")]
    [InlineData("+1 (650) 555-0142", "+16505550142")]
    public void Phone_numbers_with_labels_are_read_and_area_codes_in_brackets_are_no_labels(string cell, string expected)
    {
        Assert.Equal(expected, Read("DE", ("name", "Ana"), ("Contact Numbers", cell)).Fields.PhoneNumber);
    }

    [Fact]
    public void A_name_with_a_bracket_stays_whole()
    {
        Assert.Equal("Ann Lee (Sales)", Read(null, ("Name", "Ann Lee (Sales)"), ("Email", "ann@x.com")).Fields.Name);
    }

    [Fact]
    public void The_warning_is_said_once_per_column()
    {
        var reader = new RowReader();
        var first = reader.Read(InputRow.From(("name", "Ana"), ("emails", "[{\"value\":\"ana@x.com\",\"label\":\"work\"}]")));
        var second = reader.Read(InputRow.From(("name", "Bo"), ("emails", "[{\"value\":\"bo@x.com\",\"label\":\"work\"}]")));
        Assert.Single(first.Warnings, w => w.Contains("JSON"));
        Assert.Equal("bo@x.com", second.Fields.Email);
        Assert.DoesNotContain(second.Warnings, w => w.Contains("JSON"));
    }

    [Theory]
    [InlineData("[{\"value\":\"030 1234567\",\"label\":\"home\"},{\"value\":\"0171 2345678\",\"label\":\"mobile\"}]", "+491712345678")]
    [InlineData("[{\"value\":\"030 1234567\",\"label\":\"work\"},{\"value\":\"0171 2345678\",\"label\":\"Handy\"}]", "+491712345678")]
    [InlineData("[\"+49 171 2345678\"]", "+491712345678")]
    [InlineData("{\"mobile\":\"0171 2345678\"}", "+491712345678")]
    public void Phone_numbers_inside_a_json_cell_are_found(string cell, string expected)
    {
        var r = Read("DE", ("name", "Ana"), ("contact_numbers", cell));
        Assert.Null(r.Error);
        Assert.Equal(expected, r.Fields.PhoneNumber);
    }

    [Fact]
    public void Value_sniffing_looks_inside_json_cells()
    {
        var map = ColumnMap.Build(new[] { "name", "Xq7" });
        map.ReadValues(new[]
        {
            InputRow.From(("name", "Ana"), ("Xq7", "[{\"value\":\"ana@x.com\",\"label\":\"work\"}]")),
            InputRow.From(("name", "Bo"), ("Xq7", "[{\"value\":\"bo@x.com\",\"label\":\"work\"},{\"value\":\"bo@home.org\",\"label\":\"home\"}]")),
        });
        Assert.Equal("Xq7", Assert.Single(map.SourcesFor(ContactField.Email)).Header);
        Assert.Contains("ana@x.com", new RowReader().Read(InputRow.From(("name", "Ana"), ("Xq7", "[{\"value\":\"ana@x.com\"}]"))).Fields.Email);
    }

    [Theory]
    [InlineData("[Ann]")]
    [InlineData("{Ann}")]
    [InlineData("[ACME] Ann Lee")]
    public void Text_that_is_not_json_stays_text(string name)
    {
        Assert.Equal(name, Read(null, ("Name", name), ("Email", "a@x.com")).Fields.Name);
    }

    [Theory]
    [InlineData("Ann Lee <ann@x.com>")]
    [InlineData("\"Lee, Ann\" <ann@x.com>")]
    [InlineData("<ann@x.com>")]
    [InlineData("mailto:ann@x.com")]
    [InlineData("Ann Lee (ann@x.com)")]
    public void A_wrapped_address_is_sent_bare(string cell)
    {
        var r = Read(null, ("Name", "Ann"), ("Email", cell));
        Assert.Equal("ann@x.com", r.Fields.Email);
        Assert.Contains(r.Warnings, w => w.Contains("'Email'") && w.Contains("address alone"));
    }

    [Theory]
    [InlineData("[{\"value\":\"ana@x.com\"}]")]
    [InlineData("{\"value\":\"ana@x.com\"}")]
    [InlineData("Ann <ann@x.com>")]
    [InlineData("ann@x.com, bob@y.org")]
    [InlineData("ann@x.com;")]
    [InlineData("\"ann\"@x.com")]
    [InlineData("ann@x.com)")]
    public void Nothing_but_a_bare_address_passes_validation(string email)
    {
        var error = ContactValidator.Validate(new ContactFields { Name = "Ann", Email = email }, requireInbox: false);
        Assert.Equal("LiveDesk.InvalidEmail", error?.ErrorId);
        Assert.Null(ContactValidator.Validate(new ContactFields { Name = "Ann", Email = "ann.lee+crm@sub.x-y.com" }, requireInbox: false));
    }

    [Fact]
    public void Structured_values_keep_their_order_when_no_label_ranks_them()
    {
        Assert.Equal(new[] { "b@y.org", "a@x.com" }, StructuredCell.Values("[\"b@y.org\",\"a@x.com\"]"));
        Assert.Empty(StructuredCell.Values("[]")!);
        Assert.Null(StructuredCell.Values("[not json]"));
        Assert.Null(StructuredCell.Values("Ann"));
    }
}
