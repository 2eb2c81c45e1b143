using System.Linq;
using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Values decide per row: dates and times are never names or logins; a key field whose chosen column is empty in a row
/// falls back on the next candidate with a valid value there.
/// </summary>
public class CellFallbackTests
{
    private static InputRow[] Rows(string[] headers, params object?[][] values) =>
        values.Select(v => InputRow.From(headers.Select((h, i) => (h, v[i])).ToArray())).ToArray();

    // ---- Timestamps are never names or logins ----

    [Theory]
    [InlineData("last_login", "2024-03-01 08:12:44+00:00", "2024-02-11 17:40:02+00:00")]   // Open edX
    [InlineData("Last Login", "2024-03-01T08:12:44Z", "2024-02-11T17:40:02Z")]
    [InlineData("Login", "01.03.2024 08:12", "11.02.2024 17:40")]
    [InlineData("Last Sign-in", "3/1/2024 8:12 AM", "2/11/2024 5:40 PM")]
    [InlineData("login", "2024-03-01 08:12:44.123 UTC", "2024-02-11 17:40:02.5 UTC")]
    public void A_login_column_of_timestamps_is_neither_a_name_nor_an_identifier(string header, string first, string second)
    {
        var headers = new[] { "email", header };
        var map = ColumnMap.Build(headers);
        map.ReadValues(Rows(headers, new object?[] { "ann@x.com", first }, new object?[] { "bob@x.com", second }));
        Assert.Empty(map.SourcesFor(ContactField.Name));
        Assert.DoesNotContain(map.SourcesFor(ContactField.Identifier), s => s.Header == header);
        Assert.DoesNotContain($"'{header}' (", string.Join(";", map.FoundByValues));
        Assert.Contains("dates or times", map.Describe());

        var r = new RowReader().Read(InputRow.From(("email", "ann@x.com"), (header, first)));
        Assert.Null(r.Fields.Name);
        Assert.Null(r.Fields.Identifier);
    }

    [Fact]
    public void A_login_column_of_names_still_names_and_one_of_logins_still_identifies()
    {
        var names = new RowReader().Read(InputRow.From(("email", "ann@x.com"), ("username", "Ann Lee")));
        Assert.Equal("Ann Lee", names.Fields.Name);
        var logins = new RowReader().Read(InputRow.From(("email", "ann@x.com"), ("username", "alee")));
        Assert.Equal("alee", logins.Fields.Identifier);
    }

    [Theory]
    [InlineData("2024-03-01 08:12:44+00:00")]
    [InlineData("01.03.2024 08:12")]
    [InlineData("2024-03-01")]
    [InlineData("08:12:44")]
    public void Dates_and_times_are_never_phone_numbers_or_addresses(string value)
    {
        Assert.True(ValueShapes.IsDateOrTime(value));
        Assert.False(ColumnMap.LooksLikePhone(value));
        Assert.False(ColumnMap.LooksLikeEmail(value));
    }

    [Theory]
    [InlineData("Ann Lee")]
    [InlineData("+49 171 2345678")]
    [InlineData("2024")]
    [InlineData("12345678")]
    public void Names_phones_and_bare_numbers_are_not_dates(string value) => Assert.False(ValueShapes.IsDateOrTime(value));

    // ---- Fallback when the chosen column is empty in a row ----

    [Fact]
    public void An_empty_own_id_stays_empty_rather_than_taking_a_key_from_another_numbering()
    {
        // Canvas's provisioning report: user_id (the SIS id) names the person's own id; canvas_user_id is Canvas's key.
        // Canvas's 1022 may be another student's SIS id 1022: a fallback would give two people one key.
        var headers = new[] { "canvas_user_id", "user_id", "login_id", "full_name", "email" };
        var reader = new RowReader();
        var withId = reader.Read(InputRow.From(("canvas_user_id", "1021"), ("user_id", "S-77"), ("login_id", "alee"), ("full_name", "Ann Lee"), ("email", "ann@x.com")));
        var withoutId = reader.Read(InputRow.From(("canvas_user_id", "1022"), ("user_id", ""), ("login_id", "broe"), ("full_name", "Bob Roe"), ("email", "bob@x.com")));
        Assert.Equal("S-77", withId.Fields.Identifier);
        Assert.Null(withoutId.Fields.Identifier);
        Assert.Null(withoutId.Error);
        Assert.Equal("bob@x.com", withoutId.Fields.Email);
        Assert.DoesNotContain("Identifier, where", ColumnMap.Build(headers).Describe());
    }

    [Theory]
    [InlineData("login_id", "email")]
    [InlineData("Benutzername", "E-Mail")]
    [InlineData("nom_utilisateur", "courriel")]
    [InlineData("username", "Email Address")]
    public void An_empty_email_falls_back_on_the_contacts_login_where_it_is_an_address(string login, string email)
    {
        var reader = new RowReader();
        var filled = reader.Read(InputRow.From(("Name", "Ann"), (login, "ann@login.org"), (email, "ann@x.com")));
        var empty = reader.Read(InputRow.From(("Name", "Bob"), (login, "bob@login.org"), (email, "")));
        var notAddress = reader.Read(InputRow.From(("Name", "Cy"), (login, "cy.roe"), (email, "")));
        Assert.Equal("ann@x.com", filled.Fields.Email);
        Assert.Equal("bob@login.org", empty.Fields.Email);
        Assert.Equal($"'{login}'", empty.Sources[ContactField.Email]);
        Assert.Null(notAddress.Fields.Email);
        Assert.Null(notAddress.Error);
    }

    [Fact]
    public void A_column_about_someone_else_is_never_a_fallback()
    {
        var r = new RowReader().Read(InputRow.From(("Name", "Ann"), ("Email", ""), ("Manager Email", "boss@x.com"), ("Owner Login", "owner@x.com"), ("Assistant Phone", "+49 30 1234567")));
        Assert.Null(r.Fields.Email);
        Assert.Null(r.Fields.PhoneNumber);
    }

    [Fact]
    public void An_empty_phone_falls_back_on_the_next_phone_column()
    {
        var r = new RowReader("DE").Read(InputRow.From(("Name", "Ann"), ("Mobile", ""), ("Work Phone", "030 1234567")));
        Assert.Equal("+49301234567", r.Fields.PhoneNumber);
    }
}
