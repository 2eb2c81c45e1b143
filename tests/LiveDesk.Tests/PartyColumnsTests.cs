using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>
/// A booking or event export names the person each row is of ("Invitee Email"); beside such columns the system user's
/// ("User Name", "User Email": the host) are someone else's. A two-letter place word after unknown words names nothing.
/// </summary>
public class PartyColumnsTests
{
    // Calendly's scheduled events export, cut down.
    private static readonly string[] Calendly =
    {
        "User Name", "Team", "Invitee Name", "Invitee First Name", "Invitee Last Name", "Invitee Email", "Text Reminder Number",
        "Canceled By", "User Email", "Event UUID", "Invitee UUID", "Invitee scheduled by",
    };

    [Fact]
    public void The_invitee_is_the_contact_and_the_user_is_the_host()
    {
        var map = ColumnMap.Build(Calendly);
        Assert.Equal(new[] { "Invitee Email" }, Order(map, ContactField.Email));
        Assert.Equal(new[] { "Invitee Name" }, Order(map, ContactField.Name));
        Assert.Equal(new[] { "Invitee UUID" }, Order(map, ContactField.Identifier));
        Assert.Contains("User Email", map.AboutSomeoneElse);
        Assert.Contains("User Name", map.AboutSomeoneElse);
        // "Canceled By" and "scheduled by" name no town.
        Assert.Empty(Order(map, ContactField.City));
    }

    [Theory]
    [InlineData("Attendee")]
    [InlineData("Guest")]
    [InlineData("Participant")]
    [InlineData("Teilnehmer")]
    [InlineData("Invitado")]
    public void Beside_any_party_the_users_columns_are_set_aside(string party)
    {
        var map = ColumnMap.Build(new[] { "User Email", $"{party} Email", $"{party} Name" });
        Assert.Equal(new[] { $"{party} Email" }, Order(map, ContactField.Email));
    }

    [Fact]
    public void A_user_export_keeps_its_users_columns()
    {
        // No column names another party: the users are the contacts.
        var map = ColumnMap.Build(new[] { "User Name", "User Email", "Phone" });
        Assert.Equal(new[] { "User Email" }, Order(map, ContactField.Email));
        Assert.DoesNotContain("User Email", map.AboutSomeoneElse);
    }

    [Fact]
    public void A_danish_town_column_is_still_the_city()
    {
        Assert.Equal(ContactField.City, HeaderRecognizer.Recognize("By").Field);
        Assert.Null(HeaderRecognizer.Recognize("Canceled By").Field);
        Assert.Null(HeaderRecognizer.Recognize("Invitee scheduled by").Field);
    }

    [Fact]
    public void The_organisations_switchboard_gives_way_to_the_persons_own_line()
    {
        // Eight's business-card export: the company's number, the department's, the direct line, the mobile.
        var eight = ColumnMap.Build(new[] { "会社名", "姓", "名", "e-mail", "TEL会社", "TEL部門", "TEL直通", "FAX", "携帯電話" });
        Assert.Equal(new[] { "携帯電話", "TEL直通" }, Order(eight, ContactField.PhoneNumber));
        // Outlook: the company's main number is no colleague's own.
        var outlook = ColumnMap.Build(new[] { "First Name", "Last Name", "Business Phone", "Company Main Phone", "Mobile Phone" });
        Assert.DoesNotContain("Company Main Phone", Order(outlook, ContactField.PhoneNumber));
        // A list of organisations keeps it: it is the only number.
        var companies = ColumnMap.Build(new[] { "Company", "Company Phone", "Email" });
        Assert.Equal(new[] { "Company Phone" }, Order(companies, ContactField.PhoneNumber));
        Assert.Equal(ContactField.PhoneNumber, HeaderRecognizer.Recognize("Telefon Durchwahl").Field);
    }
}
