using Xunit;

namespace LiveDesk.Tests;

/// <summary>Blind sets unseen375-376: Xero's and Open Source Point of Sale's account codes key the contact; a bank's account does not.</summary>
public class AccountCodesTests
{
    [Fact]
    public void Xeros_account_number_beside_the_bank_account_keys_the_contact()
    {
        var rows = ReadFile.Rows("NZ", new[] { "*ContactName", "AccountNumber", "EmailAddress", "FirstName", "LastName", "BankAccountNumber" },
            new object?[] { "Aroha Ngata", "NGA001", "aroha.ngata@example.com", "Aroha", "Ngata", "" },
            new object?[] { "Wiremu Kowhai", "KOW001", "wiremu@example.co.nz", "Wiremu", "Kowhai", "12-3456-7890123-00" });
        Assert.Equal("NGA001", rows[0].Fields.Identifier);
        Assert.Equal("KOW001", rows[1].Fields.Identifier);
    }

    [Fact]
    public void A_shops_customer_account_code_keys_the_customer()
    {
        var rows = ReadFile.Rows("PK", new[] { "First Name", "Last Name", "Email", "Phone Number", "Company", "Account Number" },
            new object?[] { "Usman", "Javed", "usman.javed@example.com", "0300-1234567", "Javed Traders", "CUST-1001" },
            new object?[] { "Sana", "Malik", "", "042-35761234", "", "" },
            new object?[] { "Bilal", "Ahmed", "bilal@example.com", "0321-7654321", "", "CUST-1003" });
        Assert.Equal("CUST-1001", rows[0].Fields.Identifier);
        Assert.Null(rows[1].Fields.Identifier);
        Assert.Equal("CUST-1003", rows[2].Fields.Identifier);
    }

    // "Account Number" was listed among the codes of something else (IdentifierKeyTests) until Xero's and OSPOS's contacts
    // showed it as the customer's account code; a bank's account keeps out by its values.
    [Fact]
    public void A_bank_account_number_is_no_key()
    {
        var rows = ReadFile.Rows("GB", new[] { "Employee Name", "Email", "Account Number", "Sort Code" },
            new object?[] { "Jane Doe", "jane@example.co.uk", "41234567", "20-00-00" },
            new object?[] { "John Roe", "john@example.co.uk", "55667788", "40-11-62" });
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Null(rows[1].Fields.Identifier);
        var iban = ReadFile.Rows("DE", new[] { "Name", "E-Mail", "Kontonummer" },
            new object?[] { "Anna Beispiel", "anna@example.de", "DE89 3704 0044 0532 0130 00" },
            new object?[] { "Jonas Muster", "jonas@example.de", "DE12 5001 0517 0648 4898 90" });
        Assert.Null(iban[0].Fields.Identifier);
    }

    [Fact]
    public void An_account_code_shared_by_rows_is_no_key()
    {
        var rows = ReadFile.Rows("NZ", new[] { "Name", "Email", "Account Number" },
            new object?[] { "Aroha Ngata", "aroha@example.com", "200" },
            new object?[] { "Wiremu Kowhai", "wiremu@example.co.nz", "200" });
        Assert.Null(rows[0].Fields.Identifier);
    }
}
