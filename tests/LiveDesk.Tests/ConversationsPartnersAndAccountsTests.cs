using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen428-435: Chatwoot's conversation export (the contact's columns prefixed, the conversation's bare id),
/// Readybuild's partner columns (alt_first_name, alt_last_name), Recurly's accounts (account_ before most columns).
/// </summary>
public class ConversationsPartnersAndAccountsTests
{
    [Fact]
    public void A_bare_id_beside_the_contacts_prefixed_columns_is_the_conversations()
    {
        var header = new[] { "display_id", "status", "assignee", "contact_name", "contact_email", "contact_phone" };
        var rows = ReadFile.Rows("MX", header,
            new object?[] { "311", "resolved", "Daniela Ortiz", "Mariana López", "mariana@example.com", "+525512345678" },
            new object?[] { "312", "open", "Rodrigo Salas", "Jorge Ramírez", "jorge@example.com", "" });
        Assert.Equal("Mariana López", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.Identifier);
    }

    [Fact]
    public void The_contacts_own_prefixed_id_still_keys_them()
    {
        var header = new[] { "display_id", "contact_id", "contact_name", "contact_email" };
        var rows = ReadFile.Rows("MX", header,
            new object?[] { "311", "C-88", "Mariana López", "mariana@example.com" },
            new object?[] { "312", "C-91", "Jorge Ramírez", "jorge@example.com" });
        Assert.Equal("C-88", rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_customer_list_whose_columns_are_unprefixed_keeps_its_id()
    {
        var rows = ReadFile.Rows("US", new[] { "id", "name", "email", "phone" },
            new object?[] { "311", "Mariana López", "mariana@example.com", "+15125550147" },
            new object?[] { "312", "Jorge Ramírez", "jorge@example.com", "" });
        Assert.Equal("311", rows[0].Fields.Identifier);
    }

    [Fact]
    public void An_alternate_given_and_family_name_are_a_second_person()
    {
        var header = new[] { "company_name", "first_name", "last_name", "alt_first_name", "alt_last_name", "email", "partner_email" };
        var rows = ReadFile.Rows("US", header,
            new object?[] { "Kowalczyk Residence", "Mark", "Kowalczyk", "Dana", "Kowalczyk", "mark@example.com", "dana@example.com" },
            new object?[] { "Nguyen Residence", "Hoa", "Nguyen", "Minh", "Tran", "hoa@example.com", "" });
        Assert.Equal("Mark Kowalczyk", rows[0].Fields.Name);
        Assert.Equal("Hoa Nguyen", rows[1].Fields.Name);
    }

    [Fact]
    public void A_second_surname_alone_stays_the_rows()
    {
        var rows = ReadFile.Rows("ES", new[] { "Nombre", "Primer apellido", "Segundo apellido", "Email" },
            new object?[] { "Ana", "García", "López", "ana@example.es" });
        Assert.Equal("Ana García López", rows[0].Fields.Name);
    }

    [Fact]
    public void The_party_word_before_most_columns_is_the_files_own_entity()
    {
        var header = new[] { "account_code", "account_email", "account_company_name", "account_first_name", "account_last_name", "account_phone", "account_country", "billing_info_id" };
        var rows = ReadFile.Rows("AU", header,
            new object?[] { "cus_10482", "olivia@example.com", "", "Olivia", "Nguyen", "0412 345 678", "AU", "rwq2m9vbbx1a" },
            new object?[] { "cus_10483", "liam@example.com", "Harbour Physio Pty Ltd", "Liam", "O'Connor", "(02) 9876 5432", "AU", "rwq2m9vbbx2c" });
        Assert.Equal("Olivia Nguyen", rows[0].Fields.Name);
        Assert.Equal("olivia@example.com", rows[0].Fields.Email);
        Assert.Equal("+61412345678", rows[0].Fields.PhoneNumber);
        Assert.Equal("Harbour Physio Pty Ltd", rows[1].Fields.Company);
    }

    [Fact]
    public void An_account_word_before_a_few_columns_still_names_the_organisation()
    {
        var rows = ReadFile.Rows("US", new[] { "First Name", "Last Name", "Email", "Account Name", "Account Phone" },
            new object?[] { "Ann", "Lee", "ann@example.com", "Acme Inc", "(212) 555-0147" });
        Assert.Equal("Ann Lee", rows[0].Fields.Name);
        Assert.NotEqual("Acme Inc", rows[0].Fields.Name);
    }
}
