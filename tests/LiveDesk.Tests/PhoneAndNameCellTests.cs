using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>Blind set unseen359: a counterparty's phone number and name written in one cell (M-PESA's "Other Party Info").</summary>
public class PhoneAndNameCellTests
{
    [Fact]
    public void A_statements_other_party_gives_the_payers_number_and_name()
    {
        var header = new[] { "Receipt No.", "Details", "Paid In", "Other Party Info", "Linked Transaction ID", "A/C No." };
        var rows = ReadFile.Rows("KE", header,
            new object?[] { "TAD4K7QX21", "Pay Bill from 254712345678 - JANE WANJIRU KAMAU Acc. ADM4512", "15000.00", "254712345678 - JANE WANJIRU KAMAU", "", "ADM4512" },
            new object?[] { "TAD4K7QX22", "Business Pay Bill Charge", "", "", "TAD4K7QX21", "" },
            new object?[] { "TAD6P9LC47", "Pay Bill from 2547****8821 - GRACE NAFULA WEKESA", "12000.00", "2547****8821 - GRACE NAFULA WEKESA", "", "adm 2290" },
            new object?[] { "TAD7S3HN88", "Pay Bill from 254733112233 - SAMUEL KIPCHOGE KOECH", "5000.00", "254733112233 - SAMUEL KIPCHOGE KOECH", "", "ADM2298" });
        Assert.Equal("JANE WANJIRU KAMAU", rows[0].Fields.Name);
        Assert.Equal("+254712345678", rows[0].Fields.PhoneNumber);
        Assert.NotNull(rows[1].Error);
        // A masked number reaches no one: the payer by name alone.
        Assert.Equal("GRACE NAFULA WEKESA", rows[2].Fields.Name);
        Assert.Null(rows[2].Fields.PhoneNumber);
        Assert.Equal("+254733112233", rows[3].Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("Jane Kamau (0712 345678)", "Jane Kamau", "+254712345678")]
    [InlineData("Jane Kamau - +254 712 345678", "Jane Kamau", "+254712345678")]
    [InlineData("0712345678 | Jane Kamau", "Jane Kamau", "+254712345678")]
    public void The_name_may_come_first_or_the_number_in_brackets(string first, string name, string phone)
    {
        var rows = ReadFile.Rows("KE", new[] { "Caller", "Duration" },
            new object?[] { first, "00:03:12" },
            new object?[] { "Peter Otieno (0722 334455)", "00:01:02" });
        Assert.Equal(name, rows[0].Fields.Name);
        Assert.Equal(phone, rows[0].Fields.PhoneNumber);
    }

    [Fact]
    public void A_named_name_column_keeps_a_pairs_column_unread()
    {
        // A name column of the file's own: a cell of a number and a name is someone else's (the agent, the referrer).
        var rows = ReadFile.Rows("KE", new[] { "Name", "Referred by" },
            new object?[] { "Anna Wanjiru", "0712345678 - Peter Otieno" },
            new object?[] { "John Mwangi", "0722334455 - Mary Achieng" });
        Assert.Equal("Anna Wanjiru", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.PhoneNumber);
    }
}
