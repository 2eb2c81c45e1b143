using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>Blind sets unseen363 and unseen366: payment reports (Swish, Stripe) and a SaaS user export (Clerk).</summary>
public class PaymentsAndUserExportsTests
{
    [Fact]
    public void A_swish_report_gives_the_payers_name_and_number()
    {
        var header = new[] { "Radnr", "Clnr", "Kontonr", "Mottagarnr", "Mottagarnamn", "Avsändarnr", "Avsändarnamn", "Meddelande", "Belopp" };
        var rows = ReadFile.Rows("SE", header,
            new object?[] { "1", "8327", "9123456789", "1231234567", "IK Vikingarna", "46701234567", "Sara Ekström", "Medlemsavgift 2025", "300.00" },
            new object?[] { "2", "8327", "9123456789", "1231234567", "IK Vikingarna", "46739876543", "Johan Bergström", "Cup", "450.00" });
        Assert.Equal("Sara Ekström", rows[0].Fields.Name);
        Assert.Equal("+46701234567", rows[0].Fields.PhoneNumber);
        Assert.Null(rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_payments_export_keys_the_customer_by_the_customers_id_not_the_charges()
    {
        // Stripe's payments, all columns: one row per charge; a guest checkout has no customer.
        var header = new[] { "id", "amount", "amount_refunded", "currency", "fee", "customer_id", "customer_email", "card_name" };
        var rows = ReadFile.Rows("US", header,
            new object?[] { "ch_3PBx2aLk8fTq1mZo0vR4sW1n", "29.00", "0.00", "usd", "1.14", "cus_Q1aBcD2eF3gH4i", "helen.park@example.com", "Helen Park" },
            new object?[] { "ch_3PCy7bMl9gUr2nAp1wS5tX2o", "12.00", "0.00", "usd", "0.65", "", "guest@example.com", "Ana Ruiz" },
            new object?[] { "ch_3PDz8cNm0hVs3oBq2xT6uY3p", "29.00", "29.00", "usd", "1.14", "cus_Q1aBcD2eF3gH4i", "helen.park@example.com", "Helen Park" });
        Assert.Equal("cus_Q1aBcD2eF3gH4i", rows[0].Fields.Identifier);
        Assert.Null(rows[1].Fields.Identifier);
        // Without a payment's amount and currency the bare id keys the row, as before.
        rows = ReadFile.Rows("US", new[] { "id", "customer_id", "email" },
            new object?[] { "1", "c1", "a@example.com" }, new object?[] { "2", "", "b@example.com" });
        Assert.Equal("2", rows[1].Fields.Identifier);
    }

    [Fact]
    public void Email_addresses_outside_a_directory_export_are_the_users_own()
    {
        // Clerk's users: "email_addresses" beside "first_name", "phone_numbers" and JSON metadata naming a referrer.
        var header = new[] { "id", "first_name", "last_name", "username", "email_addresses", "phone_numbers", "unsafe_metadata" };
        var rows = ReadFile.Rows("US", header,
            new object?[] { "user_2fK8", "Aisha", "Bello", "", "aisha.bello@example.com", "+2348031234567", "{}" },
            new object?[] { "user_2fN7", "Grace", "Liu", "", "grace.liu@example.com", "", "{\"referral\":\"dana.whitfield@example.com\"}" });
        Assert.Equal("aisha.bello@example.com", rows[0].Fields.Email);
        Assert.Equal("grace.liu@example.com", rows[1].Fields.Email);
        // Exchange's Get-Mailbox: EmailAddresses are proxy addresses, ignored beside PrimarySmtpAddress.
        Assert.DoesNotContain(ColumnMap.Build(new[] { "DisplayName", "PrimarySmtpAddress", "EmailAddresses", "Alias" }).SourcesFor(ContactField.Email),
            s => s.Header == "EmailAddresses");
    }
}
