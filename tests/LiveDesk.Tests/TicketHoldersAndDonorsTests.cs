using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>Blind sets unseen385 and unseen387: Tito's ticket holders beside the order's buyer, donors' ids, Dutch family names.</summary>
public class TicketHoldersAndDonorsTests
{
    [Theory]
    [InlineData("Ticket Full Name", "Name")]
    [InlineData("Ticket First Name", "FirstName")]
    [InlineData("Ticket Email", "Email")]
    [InlineData("Ticket Phone Number", "PhoneNumber")]
    [InlineData("Donor Id", "Identifier")]
    [InlineData("Spendernummer", "Identifier")]
    [InlineData("Contact1 Familienaam", "LastName")]
    public void The_holders_and_donors_fields_are_read(string header, string field)
    {
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());
    }

    [Theory]
    [InlineData("Ticket Name")]
    [InlineData("Ticket ID")]
    public void A_tickets_own_name_or_id_is_no_ones(string header)
    {
        Assert.Null(HeaderRecognizer.Recognize(header).Field);
    }

    [Fact]
    public void A_ticket_is_its_holders_not_the_buyers()
    {
        var header = new[] { "Number", "Ticket", "Ticket Full Name", "Ticket First Name", "Ticket Last Name", "Ticket Email", "Ticket Phone Number", "Order Name", "Order Email", "Age" };
        var rows = ReadFile.Rows("GB", header,
            new object?[] { "1", "Adult", "Helen Marsh", "Helen", "Marsh", "helen.marsh@example.co.uk", "", "Helen Marsh", "helen.marsh@example.co.uk", "" },
            new object?[] { "2", "Child", "Oliver Marsh", "Oliver", "Marsh", "", "", "Helen Marsh", "helen.marsh@example.co.uk", "11" },
            new object?[] { "3", "Adult", "", "", "", "", "", "Acme Ltd", "events@example.net", "" });
        Assert.Equal("Helen Marsh", rows[0].Fields.Name);
        Assert.Equal("Oliver Marsh", rows[1].Fields.Name);
        Assert.Null(rows[1].Fields.Email);
        Assert.NotNull(rows[2].Error);
    }

    [Fact]
    public void A_donors_id_keys_every_gift_of_that_donor()
    {
        // Donorbox's donations: a purchase-like file (amounts, fees, card, receipt), where a bare id would be the gift's.
        var header = new[] { "Name", "Donor's First Name", "Donor's Last Name", "Donor Email", "Campaign", "Amount", "Currency", "Processing Fee",
            "Donated At", "Phone", "Receipt Id", "Card Type", "Last 4 Digits", "Stripe Charge Id", "Recurring Donation", "Donor Id" };
        var rows = ReadFile.Rows("US", header,
            new object?[] { "Emily Carter", "Emily", "Carter", "emily.carter@example.com", "Spring", "50.00", "USD", "1.75", "2025-03-02 14:21:07 UTC", "", "R-1001", "Visa", "4242", "ch_1", "false", "4815023" },
            new object?[] { "Marcus Lee", "Marcus", "Lee", "marcus@example.com", "Spring", "25.00", "USD", "1.03", "2025-03-03 09:10:00 UTC", "", "R-1002", "Visa", "1881", "ch_2", "false", "4815377" },
            new object?[] { "Emily Carter", "Emily", "Carter", "emily.carter@example.com", "Spring", "50.00", "USD", "1.75", "2025-04-02 14:21:07 UTC", "", "R-1003", "Visa", "4242", "ch_3", "true", "4815023" });
        Assert.Equal("4815023", rows[0].Fields.Identifier);
        Assert.Equal("4815377", rows[1].Fields.Identifier);
    }
}
