using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>Blind sets unseen355, unseen359, unseen362: whose a company address, an account number and an order number are.</summary>
public class OwnNumbersAndWorkAddressesTests
{
    [Fact]
    public void A_company_email_column_with_a_different_address_in_each_row_is_the_persons_work_address_after_their_own()
    {
        // ERPNext's employees: "Company Email" is each employee's own; "Prefered Email" is the one they chose.
        var header = new[] { "ID", "First Name", "Last Name", "Personal Email", "Company Email", "Prefered Email" };
        var rows = ReadFile.Rows("IN", header,
            new object?[] { "HR-EMP-00011", "Priya", "Nair", "priya.n91@example.org", "priya.nair@example.com", "priya.nair@example.com" },
            new object?[] { "HR-EMP-00012", "Rahul", "Sharma", "rahul88@example.org", "", "rahul88@example.org" },
            new object?[] { "HR-EMP-00016", "Vikram", "Reddy", "", "vikram.reddy@example.com", "" });
        Assert.Equal("priya.nair@example.com", rows[0].Fields.Email);
        Assert.Equal("vikram.reddy@example.com", rows[2].Fields.Email);
        // An organisation's address repeats: set aside, as before.
        header = new[] { "Name", "Email", "Company Email" };
        rows = ReadFile.Rows("DE", header,
            new object?[] { "Anna Berg", "anna@example.de", "info@acme.example" },
            new object?[] { "Tom Kurz", "", "info@acme.example" });
        Assert.Null(rows[1].Fields.Email);
    }

    [Theory]
    [InlineData("Client Account No.", "Identifier")]
    [InlineData("Customer Account Number", "Identifier")]
    [InlineData("Nº de cuenta del cliente", "Identifier")]
    [InlineData("Account No", null)]
    [InlineData("Bank Account No.", null)]
    public void A_partys_account_number_is_its_number_and_an_account_alone_a_banks(string header, string? expected) =>
        Assert.Equal(expected, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_number_of_a_thing_is_never_taken_for_a_phone_by_its_values()
    {
        // eBay.de's sold items: "Bestellnummer" 06-12457-80311 and no phone column.
        var header = new[] { "Mitgliedsname", "Vollständiger Name des Käufers", "E-Mail des Käufers", "Bestellnummer", "Artikelnummer" };
        var rows = ReadFile.Rows("DE", header,
            new object?[] { "max_muster84", "Maximilian Schröder", "m.schroeder@example.de", "06-12457-80311", "315012887760" },
            new object?[] { "sabine.k", "Sabine Krüger", "s.k@example.de", "04-12470-31862", "315012887761" },
            new object?[] { "jo_w", "Jonas Weber", "", "27-12473-70045", "315012887762" });
        Assert.All(rows, r => Assert.Null(r.Fields.PhoneNumber));
        // A number column the file names nothing else by still gives phones by its values when its header says no thing.
        rows = ReadFile.Rows("DE", new[] { "Name", "Nummer" }, new object?[] { "Anna Berg", "0171 2345678" }, new object?[] { "Tom Kurz", "0160 9876543" });
        Assert.Equal("+491712345678", rows[0].Fields.PhoneNumber);
    }

    [Fact]
    public void A_records_own_id_keys_no_one_where_the_person_is_a_part_of_the_record()
    {
        // Decidim's meeting registrations: "id;code;user/name;user/email", the registration's id at the top.
        var header = new[] { "id", "code", "user/name", "user/email" };
        var rows = ReadFile.Rows("ES", header,
            new object?[] { "412", "K7Q2XM9A", "Montserrat Puig i Soler", "montse.puig@example.cat" },
            new object?[] { "413", "P3LW8RZD", "Jordi Ferrer", "jordi.f@example.cat" },
            new object?[] { "418", "H2MX7QAT", "", "" });
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Equal("montse.puig@example.cat", rows[0].Fields.Email);
        Assert.NotNull(rows[2].Error);
        // The person's own id in the same part still keys them.
        rows = ReadFile.Rows("ES", new[] { "id", "user/id", "user/name", "user/email" },
            new object?[] { "412", "77", "Montserrat Puig", "montse.puig@example.cat" },
            new object?[] { "413", "78", "Jordi Ferrer", "jordi.f@example.cat" });
        Assert.Equal("77", rows[0].Fields.Identifier);
    }
}
