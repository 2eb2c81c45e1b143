using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen61 and unseen62: OpenVPMS's "Patient Name" (the pet) beside the customer's given and family names;
/// ClubExpress's "mailing_name" (a household's envelope name); byro's "Número/ID de associação".
/// </summary>
public class OtherPartyNameTests
{
    [Fact]
    public void Another_party_s_name_beside_the_row_s_party_s_given_and_family_names_is_not_read()
    {
        var vet = ColumnMap.Build(new[] { "Customer Identifier", "Customer First Name", "Customer Surname", "Customer Phone", "Customer Email", "Patient Name" });
        Assert.Empty(ColumnMapSamples.Order(vet, ContactField.Name));
        var row = new RowReader("AU").Read(InputRow.From(("Customer First Name", "Kylie"), ("Customer Surname", "Donnelly"),
            ("Customer Email", "kylie@example.com.au"), ("Patient Name", "Biscuit")));
        Assert.Equal("Kylie Donnelly", row.Fields.Name);
    }

    [Fact]
    public void A_party_s_name_stays_where_the_row_s_contact_columns_are_that_party_s()
    {
        // An event export: the row is the attendee's (their e-mail), the buyer's parts are someone else's.
        var tickets = ColumnMap.Build(new[] { "Attendee Name", "Attendee Email", "Buyer First Name", "Buyer Last Name" });
        Assert.Equal(new[] { "Attendee Name" }, ColumnMapSamples.Order(tickets, ContactField.Name));
        var attendees = ColumnMap.Build(new[] { "Attendee Name", "Attendee First Name", "Attendee Last Name", "Attendee Email" });
        Assert.Equal(new[] { "Attendee Name" }, ColumnMapSamples.Order(attendees, ContactField.Name));
    }

    [Fact]
    public void Another_party_s_e_mail_and_name_beside_the_row_s_party_s_are_not_read()
    {
        // Tickera: one row per ticket; the buyer's columns repeat on every ticket of the order.
        var headers = new[] { "Attendee First Name", "Attendee Last Name", "Attendee Full Name", "Attendee E-mail", "Ticket Code", "Buyer Full Name", "Buyer Email" };
        var map = ColumnMap.Build(headers);
        Assert.Equal(new[] { "Attendee E-mail" }, ColumnMapSamples.Order(map, ContactField.Email));
        Assert.Equal(new[] { "Attendee Full Name" }, ColumnMapSamples.Order(map, ContactField.Name));
        // Unqualified given and family names say nothing of whose the row is: the buyer's e-mail stays a candidate.
        var plain = ColumnMap.Build(new[] { "First Name", "Last Name", "Attendee E-mail", "Buyer Email" });
        Assert.Equal(new[] { "Attendee E-mail", "Buyer Email" }, ColumnMapSamples.Order(plain, ContactField.Email));
    }

    [Fact]
    public void A_mailing_name_beside_the_given_and_family_names_is_not_read()
    {
        var row = new RowReader("CA").Read(InputRow.From(("member_number", "10472"), ("first_name", "Gilles"), ("last_name", "Desrochers"),
            ("primary_email", "gilles@example.ca"), ("mailing_name", "Gilles & Hélène Desrochers")));
        Assert.Equal("Gilles Desrochers", row.Fields.Name);
    }

    [Fact]
    public void A_thing_s_name_beside_a_party_s_given_and_family_names_is_not_the_row_s()
    {
        // Tine 2.0's CRM leads: the lead's title, then the customer's names, e-mail and phone.
        var headers = new[] { "lead_name", "Leadstate", "CUSTOMER-org_name", "CUSTOMER-n_family", "CUSTOMER-n_given", "CUSTOMER-tel_cell", "CUSTOMER-email" };
        var map = ColumnMap.Build(headers);
        Assert.Empty(ColumnMapSamples.Order(map, ContactField.Name));
        var row = new RowReader("CH").Read(InputRow.From(("lead_name", "Offerte Wartungsvertrag 2025"), ("Leadstate", "kontaktiert"),
            ("CUSTOMER-org_name", "Bäckerei Zbinden GmbH"), ("CUSTOMER-n_family", "Zbinden"), ("CUSTOMER-n_given", "Urs"),
            ("CUSTOMER-tel_cell", "079 612 34 56"), ("CUSTOMER-email", "urs.zbinden@example.ch")));
        Assert.Equal("Urs Zbinden", row.Fields.Name);
        // Unqualified given and family names say nothing of whose the row is; a plain name stays too.
        Assert.Equal(new[] { "lead_name" }, ColumnMapSamples.Order(ColumnMap.Build(new[] { "lead_name", "First Name", "Last Name", "Email" }), ContactField.Name));
        Assert.Equal(new[] { "Name" }, ColumnMapSamples.Order(ColumnMap.Build(new[] { "Name", "Customer First Name", "Customer Last Name", "Customer Email" }), ContactField.Name));
    }

    [Fact]
    public void Columns_behind_an_unknown_prefix_that_repeat_the_row_s_own_fields_are_another_entity_s()
    {
        // Lx-Office's customers: the customer's name, phone and e-mail, then its contact person's behind "cp_".
        var headers = new[] { "customernumber", "name", "phone", "email", "cp_givenname", "cp_name", "cp_phone1", "cp_mobile1", "cp_email" };
        var map = ColumnMap.Build(headers);
        Assert.Equal(new[] { "phone" }, ColumnMapSamples.Order(map, ContactField.PhoneNumber));
        Assert.Equal(new[] { "email" }, ColumnMapSamples.Order(map, ContactField.Email));
        Assert.Equal(new[] { "name" }, ColumnMapSamples.Order(map, ContactField.Name));
        Assert.Contains("another entity's columns", map.Describe());
        var firm = new RowReader("DE").Read(InputRow.From(("customernumber", "10232"), ("name", "Schreinerei Wagner GmbH"), ("phone", "0911 234567"),
            ("email", "info@schreinerei-wagner.example"), ("cp_givenname", "Thomas"), ("cp_name", "Wagner"), ("cp_phone1", "0911 234560"),
            ("cp_mobile1", "0171 2345678"), ("cp_email", "thomas.wagner@schreinerei-wagner.example")));
        Assert.Equal("+49911234567", firm.Fields.PhoneNumber);
        // A prefix before fields no plain column fills is the file's namespace, not another entity.
        var ns = ColumnMap.Build(new[] { "zz_name", "zz_phone", "zz_email", "notes" });
        Assert.Equal(new[] { "zz_email" }, ColumnMapSamples.Order(ns, ContactField.Email));
    }

    [Fact]
    public void Another_party_s_id_beside_the_id_of_the_party_whose_name_the_row_holds_is_not_the_key()
    {
        // vetspire's client and patient records: one row per pet; the client's given and family names, phone and e-mail.
        var headers = new[] { "patientId", "patientName", "patientSpecies", "clientId", "clientFirstName", "clientLastName", "clientPhone", "clientEmail" };
        Assert.Equal(new[] { "clientId" }, ColumnMapSamples.Order(ColumnMap.Build(headers), ContactField.Identifier));
        var reader = new RowReader("US");
        InputRow Pet(string id, string pet) => InputRow.From(("patientId", id), ("patientName", pet), ("patientSpecies", "Canine"), ("clientId", "5012"),
            ("clientFirstName", "Jennifer"), ("clientLastName", "Walsh"), ("clientPhone", "(503) 284-7719"), ("clientEmail", "jennifer.walsh@example.com"));
        // The owner of two pets is one contact, by one key.
        Assert.Equal("5012", reader.Read(Pet("10231", "Biscuit")).Fields.Identifier);
        Assert.Equal("5012", reader.Read(Pet("10232", "Mochi")).Fields.Identifier);
        // Without the row's party on its name, nothing says whose the row is: the first id stays first.
        var plain = ColumnMap.Build(new[] { "patientId", "clientId", "First Name", "Last Name", "Email" });
        Assert.Equal("patientId", ColumnMapSamples.Order(plain, ContactField.Identifier)[0]);
    }

    [Theory]
    [InlineData("Número/ID de associação")]
    [InlineData("Número de associado")]
    [InlineData("Número de asociado")]
    public void A_membership_s_number_is_the_member_s(string header) =>
        Assert.Equal(ContactField.Identifier, HeaderRecognizer.Recognize(header).Field);
}
