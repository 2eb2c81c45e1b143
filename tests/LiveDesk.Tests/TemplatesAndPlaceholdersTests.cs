using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind set unseen199: an Indian billing program's contact template (instructions after each label), MYOB's card lists
/// ("Co./Last Name", "*None" for a card without an ID), a Mexican CRM's "Nombre(s)" beside both surnames, Avni's "Id from
/// previous system" and a Bangladeshi school's "শিক্ষার্থীর নাম" (the student's name).
/// </summary>
public class TemplatesAndPlaceholdersTests
{
    [Theory]
    [InlineData("Contact Person Name - Minimum 3 char & Max 50 char., Name should not end with space (M)", "Name")]
    [InlineData("Mobile number - Numeric Value and 10 digits (Mandatory)", "PhoneNumber")]
    [InlineData("Business Name - Minimum 3 char & Max 100 char., Name should not end with space (Mandatory)", "Company")]
    [InlineData("Co./Last Name", "LastName")]
    [InlineData("Co/Last Name", "LastName")]
    [InlineData("Nombre(s)", "Name")]
    [InlineData("Id from previous system", "Identifier")]
    [InlineData("শিক্ষার্থীর নাম", "Name")]
    [InlineData("Jina la mwanafunzi", "Name")]
    public void A_label_is_read_without_its_instruction_and_its_bracketed_ending(string header, string field) =>
        Assert.Equal(System.Enum.Parse<ContactField>(field), HeaderRecognizer.Recognize(header).Field);

    [Theory]
    // A word or two after the dash qualify the label; an instruction about someone else keeps the column someone else's.
    [InlineData("Phone - Work", "PhoneNumber", false)]
    [InlineData("Phone - number of the assistant", null, true)]
    [InlineData("Email - enter the address of the manager", null, true)]
    public void A_dash_before_a_qualifier_or_someone_else_is_read_whole(string header, string? field, bool elsewhere)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.Equal(field, meaning.Field?.ToString());
        Assert.Equal(elsewhere, meaning.Elsewhere);
    }

    [Fact]
    public void The_billing_template_reads_its_contact_person_and_mobile()
    {
        var rows = ReadFile.Rows("IN", new[]
            {
                "Contact type - Select from List (Mandatory)", "Business Name - Minimum 3 char & Max 100 char., Name should not end with space (Mandatory)",
                "Contact Person Name - Minimum 3 char & Max 50 char., Name should not end with space (M),", "Mobile number - Numeric Value and 10 digits (Mandatory)",
                " E-Mail id of Contact (O)",
            },
            new object?[] { "customer", "Karthik Subramanian", "Karthik Subramanian", "9840123456", "karthik.s@example.com" },
            new object?[] { "customer", "Pooja Venkatesh", "Pooja Venkatesh", "8072345619", "" });
        Assert.Equal("Karthik Subramanian", rows[0].Fields.Name);
        Assert.Equal("+919840123456", rows[0].Fields.PhoneNumber);
        Assert.Null(rows[1].Error);
        Assert.Equal("+918072345619", rows[1].Fields.PhoneNumber);
    }

    [Fact]
    public void A_myob_card_list_composes_the_name_and_reads_none_as_no_card_id()
    {
        var rows = ReadFile.Rows("AU", new[] { "Co./Last Name", "First Name", "Card ID", "- Phone # 1", "- Email" },
            new object?[] { "Williams", "Sarah", "CUS00231", "0412 345 678", "sarah.williams@example.com" },
            new object?[] { "Te Awa", "Hemi", "*None", "021 555 0199", "" });
        Assert.Equal("Sarah Williams", rows[0].Fields.Name);
        Assert.Equal("CUS00231", rows[0].Fields.Identifier);
        Assert.Equal("Hemi Te Awa", rows[1].Fields.Name);
        Assert.Null(rows[1].Fields.Identifier);
    }

    [Theory]
    [InlineData("None")]
    [InlineData("*None")]
    [InlineData("(none)")]
    public void A_word_for_nothing_is_an_empty_cell(string value)
    {
        var r = new RowReader("US").Read(InputRow.From(("Name", "Ann Lee"), ("Email", "ann@example.com"), ("Company", value), ("Customer ID", value)));
        Assert.Null(r.Error);
        Assert.Null(r.Fields.Company);
        Assert.Null(r.Fields.Identifier);
    }

    [Fact]
    public void Given_names_in_brackets_plural_compose_with_both_surnames()
    {
        var r = new RowReader("MX").Read(InputRow.From(("Nombre(s)", "Jorge Alberto"), ("Apellido Paterno", "Hernández"), ("Apellido Materno", "Olvera"), ("Móvil", "5512345678")));
        Assert.Equal("Jorge Alberto Hernández Olvera", r.Fields.Name);
    }
}

/// <summary>Blind set unseen198: osTicket's ticket export names its end user "From", beside "From Email".</summary>
public class TicketSendersTests
{
    [Fact]
    public void From_beside_from_email_is_the_senders_name()
    {
        var rows = ReadFile.Rows("GB", new[] { "Ticket Number", "Date Created", "Subject", "From", "From Email", "Agent Assigned" },
            new object?[] { "482913", "04/03/2025 09:12", "Cannot log in", "Oliver Bennett", "oliver.bennett@example.com", "Hannah Price" },
            new object?[] { "482927", "04/03/2025 13:55", "Invoice charged twice", "Priya Shah", "priya.shah@example.org", "" });
        Assert.Equal("Oliver Bennett", rows[0].Fields.Name);
        Assert.Equal("Priya Shah", rows[1].Fields.Name);
    }

    [Fact]
    public void From_alone_is_where_a_range_begins_and_names_no_one()
    {
        var rows = ReadFile.Rows("GB", new[] { "Name", "Email", "From", "To" },
            new object?[] { "Ann Lee", "ann@example.com", "2025-03-01", "2025-03-08" },
            new object?[] { "", "bob@example.com", "2025-04-01", "2025-04-08" });
        Assert.Equal("Ann Lee", rows[0].Fields.Name);
        Assert.Null(rows[1].Fields.Name);
    }
}
