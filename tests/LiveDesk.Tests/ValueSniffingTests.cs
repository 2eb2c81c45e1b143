using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>An e-mail or phone column that no header names is found by its values, within a bounded lookahead, in order.</summary>
public class ValueSniffingTests
{
    private static InputRow Row(params (string Name, object? Value)[] pairs) => InputRow.From(pairs);

    [Fact]
    public void An_email_column_with_an_unrecognisable_header_is_found_by_its_values_and_said_once()
    {
        var map = ColumnMap.Build(new[] { "Kontaktperson", "Xq7", "Notiz" });
        Assert.True(map.NeedsValues);
        map.ReadValues(new[]
        {
            InputRow.From(("Kontaktperson", "Ann"), ("Xq7", "ann@example.com"), ("Notiz", "write to ann@example.com")),
            InputRow.From(("Kontaktperson", "Bob"), ("Xq7", ""), ("Notiz", "call")),
            InputRow.From(("Kontaktperson", "Cy"), ("Xq7", "cy@example.org"), ("Notiz", "")),
        });
        Assert.Equal("Xq7", Assert.Single(map.SourcesFor(ContactField.Email)).Header);
        Assert.False(map.NeedsValues);
        Assert.Contains("by their values", map.Describe());

        var reader = new RowReader();
        var first = reader.Read(InputRow.From(("Kontaktperson", "Ann"), ("Xq7", "ann@example.com"), ("Notiz", "")));
        Assert.Equal("ann@example.com", first.Fields.Email);
        Assert.Contains(first.Warnings, w => w.Contains("'Xq7'") && w.Contains("-Map"));
        Assert.Empty(reader.Read(InputRow.From(("Kontaktperson", "Bob"), ("Xq7", "bob@example.com"), ("Notiz", ""))).Warnings);
    }

    [Fact]
    public void Ids_amounts_dates_and_mixed_notes_are_not_taken_for_phones_or_addresses()
    {
        var map = ColumnMap.Build(new[] { "Name", "Ref", "Betrag", "Datum", "Info" });
        map.ReadValues(new[]
        {
            InputRow.From(("Name", "A"), ("Ref", "7210448301122"), ("Betrag", "1234567"), ("Datum", "2024-01-15"), ("Info", "a@example.com")),
            InputRow.From(("Name", "B"), ("Ref", "7210448301123"), ("Betrag", "7654321"), ("Datum", "15.01.2024"), ("Info", "no mail")),
        });
        Assert.Empty(map.SourcesFor(ContactField.Email));
        Assert.Empty(map.SourcesFor(ContactField.PhoneNumber));
    }

    [Fact]
    public void IPv4_addresses_are_not_taken_for_phone_numbers()
    {
        // A forum's user export: its ip_address column is four dotted numbers, the shape of "030.1234.5678".
        var map = ColumnMap.Build(new[] { "username", "Xq7", "ip_address" });
        map.ReadValues(new[]
        {
            InputRow.From(("username", "ann"), ("Xq7", "ann@example.com"), ("ip_address", "203.0.113.45")),
            InputRow.From(("username", "bob"), ("Xq7", "bob@example.com"), ("ip_address", "198.51.100.7")),
            InputRow.From(("username", "cy"), ("Xq7", "cy@example.com"), ("ip_address", "192.168.100.254")),
        });
        Assert.Empty(map.SourcesFor(ContactField.PhoneNumber));
        Assert.Equal("Xq7", Assert.Single(map.SourcesFor(ContactField.Email)).Header);
    }

    [Theory]
    [InlineData("uuid")]
    [InlineData("Contact GUID")]
    public void A_uuid_column_is_the_identifier_when_nothing_else_names_one(string header)
    {
        var r = new RowReader().Read(InputRow.From(("email", "ann@example.com"), (header, "3f1c2a9e-8b7d-4c21-9e0f-5a6b7c8d9e0f")));
        Assert.Equal("3f1c2a9e-8b7d-4c21-9e0f-5a6b7c8d9e0f", r.Fields.Identifier);
        var named = new RowReader().Read(InputRow.From(("email", "ann@example.com"), ("uuid", "3f1c2a9e"), ("External ID", "CRM-7")));
        Assert.Equal("CRM-7", named.Fields.Identifier);
    }

    [Fact]
    public void A_phone_column_is_found_by_its_values_but_never_one_about_someone_else()
    {
        var map = ColumnMap.Build(new[] { "Name", "Durchwahl Assistenz", "Assistant", "Rufnr" });
        map.ReadValues(new[]
        {
            InputRow.From(("Name", "A"), ("Durchwahl Assistenz", "+49 30 1234567"), ("Assistant", "+49 30 7654321"), ("Rufnr", "+49 171 2345678")),
            InputRow.From(("Name", "B"), ("Durchwahl Assistenz", "+49 30 1234568"), ("Assistant", "+49 30 7654322"), ("Rufnr", "0171 2345679")),
        });
        // "Durchwahl Assistenz" is unknown words (found by values, ranked after); "Assistant" is about someone else.
        Assert.DoesNotContain("Assistant", map.SourcesFor(ContactField.PhoneNumber).Select(s => s.Header));
        Assert.Contains("Rufnr", map.SourcesFor(ContactField.PhoneNumber).Select(s => s.Header));
    }

    [Fact]
    public void The_lookahead_holds_at_most_fifty_rows_and_keeps_their_order()
    {
        var input = ContactInput.Create(null, null, out _)!;
        var lookahead = input.Lookahead<int>();
        var released = new List<int>();
        for (var i = 0; i < 120; i++)
        {
            var ready = lookahead.OfferRow(Row(("Wer", $"P{i}"), ("Adr", $"p{i}@example.com")), i);
            if (i < 49) Assert.Empty(ready);
            released.AddRange(ready);
            // The 50th row releases every held row; later rows pass straight through.
            if (i >= 49) Assert.Equal(i + 1, released.Count);
        }
        released.AddRange(lookahead.Flush());
        Assert.Equal(Enumerable.Range(0, 120), released);
        var read = input.ReadRow(Row(("Wer", "X"), ("Adr", "x@example.com")), new CommandLineFields(), requireField: true);
        Assert.Equal("x@example.com", read.Fields.Email);
    }

    [Fact]
    public void Rows_whose_columns_are_named_pass_straight_through()
    {
        var input = ContactInput.Create(null, null, out _)!;
        var lookahead = input.Lookahead<int>();
        Assert.Equal(new[] { 7 }, lookahead.OfferRow(Row(("Name", "A"), ("Email", "a@example.com"), ("Tel", "+49 171 2345678"), ("Company", "Acme"), ("Whatever", "x")), 7));
        Assert.Empty(lookahead.Flush());
    }

    [Fact]
    public void Without_a_company_column_the_first_rows_are_held_for_their_values_and_come_out_in_order()
    {
        // A column of legal-entity names may be the company: the values of the first rows decide, as for e-mail and phone.
        var input = ContactInput.Create(null, null, out _)!;
        var lookahead = input.Lookahead<int>();
        Assert.Empty(lookahead.OfferRow(Row(("Name", "A"), ("Email", "a@example.com"), ("Whatever", "Acme GmbH")), 1));
        Assert.Empty(lookahead.OfferRow(Row(("Name", "B"), ("Email", "b@example.com"), ("Whatever", "Globex Ltd")), 2));
        Assert.Equal(new[] { 1, 2 }, lookahead.Flush());
        Assert.Equal(new[] { 3 }, lookahead.OfferRow(Row(("Name", "C"), ("Email", "c@example.com"), ("Whatever", "x")), 3));
    }

    [Fact]
    public void A_short_input_is_decided_at_its_end_and_a_new_header_set_releases_the_held_rows()
    {
        var input = ContactInput.Create(null, null, out _)!;
        var lookahead = input.Lookahead<int>();
        Assert.Empty(lookahead.OfferRow(Row(("Wer", "A"), ("Adr", "a@example.com")), 1));
        Assert.Empty(lookahead.OfferRow(Row(("Wer", "B"), ("Adr", "b@example.com")), 2));
        Assert.Equal(new[] { 1, 2, 3 }, lookahead.OfferRow(Row(("Name", "C"), ("Email", "c@example.com")), 3));
        Assert.Empty(lookahead.Flush());
    }
}
