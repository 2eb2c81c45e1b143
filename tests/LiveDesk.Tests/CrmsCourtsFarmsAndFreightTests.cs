using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Session 30's reading rules, from blind sets unseen498 onward (regional CRMs, law firms and courts, farmer registries,
/// freight and money transfers) and from older sets' leftovers.
/// </summary>
public class CrmsCourtsFarmsAndFreightTests
{
    // UCRM's invoice export heads the file with "Number" (2024-0412): the shape of a phone number, but no number of the
    // file's region, so reading it as the phone failed every row.
    [Fact]
    public void A_bare_number_column_whose_values_no_region_number_is_stays_out()
    {
        var rows = ReadFile.Rows("US", new[] { "Number", "Status", "Due date", "Total", "Client firstname", "Client lastname" },
            new object?[] { "2024-0412", "Paid", "2024-05-15", "64.94", "Maria", "Gonzalez" },
            new object?[] { "2024-0413", "Unpaid", "2024-05-15", "86.59", "José", "Núñez" },
            new object?[] { "2024-0414", "Paid", "2024-05-15", "12.00", "Dale", "O'Connor" });
        Assert.All(rows, r => Assert.Null(r.Error));
        Assert.Equal("Maria Gonzalez", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.PhoneNumber);
        Assert.Null(rows[0].Fields.Identifier);
    }

    // The guard: a phone book's bare "Number" with numbers of the region is still the phone.
    [Fact]
    public void A_bare_number_column_of_region_numbers_is_still_the_phone()
    {
        var rows = ReadFile.Rows("US", new[] { "Name", "Number", "Alias" },
            new object?[] { "Maria Gonzalez", "(512) 555-0143", "Mari" },
            new object?[] { "Dale O'Connor", "(830) 278-5521", null });
        Assert.Equal("+15125550143", rows[0].Fields.PhoneNumber);
        Assert.Equal("+18302785521", rows[1].Fields.PhoneNumber);
    }

    // Shiprocket's order upload writes "Customer" as the first name of a buyer who gave none: the contact has the phone alone.
    [Fact]
    public void A_lone_name_part_that_repeats_its_header_names_no_one()
    {
        var rows = ReadFile.Rows("IN", new[] { "*Order Id", "*Customer First Name", "Customer Last Name", "*Customer Mobile" },
            new object?[] { "SNK-10421", "Rohan", "Deshpande", "9820011223" },
            new object?[] { "SNK-10425", "Customer", null, "9431122334" });
        Assert.Equal("Rohan Deshpande", rows[0].Fields.Name);
        Assert.Null(rows[1].Error);
        Assert.Null(rows[1].Fields.Name);
        Assert.Equal("+919431122334", rows[1].Fields.PhoneNumber);
    }

    // Sheba's payroll sheet: "bkash_number", a mobile wallet's number, is the employee's mobile.
    [Fact]
    public void A_wallet_number_whose_values_are_mobiles_of_the_region_is_the_phone()
    {
        var rows = ReadFile.Rows("BD", new[] { "employee_name", "employee_email", "bkash_number" },
            new object?[] { "Rafiqul Islam", "rafiqul@example.com", "01712345678" },
            new object?[] { "Nusrat Jahan", "nusrat@example.com", "01819876543" });
        Assert.Equal("+8801712345678", rows[0].Fields.PhoneNumber);
        Assert.Equal("+8801819876543", rows[1].Fields.PhoneNumber);
    }

    // The guard: an order number of another tool stays no phone.
    [Fact]
    public void An_order_number_stays_no_phone()
    {
        var rows = ReadFile.Rows("DE", new[] { "Name", "Bestellnummer", "Betrag" },
            new object?[] { "Anna Beispiel", "06-12457-80311", "12,00" },
            new object?[] { "Jonas Weber", "06-12457-80312", "8,50" });
        Assert.Null(rows[0].Fields.PhoneNumber);
        Assert.Null(rows[0].Error);
    }

    // Frappe CRM's call log: the business's line is "From Number" on the calls it made and "To Number" on the calls it took;
    // the other side is the contact. "Caller" holds the agent's address on outgoing calls, the business's domain.
    [Fact]
    public void A_call_logs_own_line_is_no_ones_phone_and_its_agents_addresses_no_ones_email()
    {
        var rows = ReadFile.Rows("IN", new[] { "Sr", "Caller", "Call Received By", "Type", "From Number", "To Number", "Created By" },
            new object?[] { "1", null, "neha@leadsdesk.example", "Incoming", "09823456789", "02067891234", "Administrator" },
            new object?[] { "2", "omkar@leadsdesk.example", null, "Outgoing", "02067891234", "08123456789", "Administrator" },
            new object?[] { "3", null, "neha@leadsdesk.example", "Incoming", "07700123456", "02067891234", "Administrator" },
            new object?[] { "4", "omkar@leadsdesk.example", null, "Outgoing", "02067891234", "09422012345", "Administrator" });
        Assert.Equal(new[] { "+919823456789", "+918123456789", "+917700123456", "+919422012345" }, rows.Select(r => r.Fields.PhoneNumber).ToArray());
        Assert.All(rows, r => Assert.Null(r.Fields.Email));
    }

    // The guard: a mail provider's domain shared by a user and the rows says nothing.
    [Fact]
    public void A_column_of_addresses_at_a_mail_provider_stays_the_rows()
    {
        var rows = ReadFile.Rows("IN", new[] { "Kontakt", "Owner", "Telefon" },
            new object?[] { "asha.rao@gmail.com", "shop.owner@gmail.com", "9820011223" },
            new object?[] { "vikram.s@gmail.com", "shop.owner@gmail.com", "9876012345" });
        Assert.Equal("asha.rao@gmail.com", rows[0].Fields.Email);
        Assert.Equal("vikram.s@gmail.com", rows[1].Fields.Email);
    }

    // North Carolina's voter file: "mail_addr1", "mail_city" are the mailing address; "full_phone_number" the phone.
    [Theory]
    [InlineData("mail_addr1", null)]
    [InlineData("mail_city", null)]
    [InlineData("Mail Zip", null)]
    [InlineData("full_phone_number", "PhoneNumber")]
    [InlineData("Mail", "Email")]
    [InlineData("Mail Address", "Email")]
    public void Mail_with_a_postal_word_is_the_post(string header, string? field)
    {
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());
    }

    // Mercado Libre's sales: "Tipo y número de documento" ("CC: 1020456789") is no name and phone; "Comprador" is the buyer, and
    // "Datos personales o de empresa" a person's or a firm's name.
    [Fact]
    public void A_document_column_is_no_name_and_the_buyer_is_the_name()
    {
        var rows = ReadFile.Rows("CO", new[] { "# de venta", "Tipo y número de documento", "Comprador", "Estado" },
            new object?[] { "2000009812345671", "CC: 1020456789", "Laura Marcela Gómez Rincón", "Entregado" },
            new object?[] { "2000009812345672", "CC: 71234567", "Andrés Felipe Restrepo", "Entregado" },
            new object?[] { "2000009812345673", "CE: 456789", "María José Pardo Vargas", "Entregado" });
        Assert.Equal("Laura Marcela Gómez Rincón", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.PhoneNumber);
        Assert.Equal("María José Pardo Vargas", rows[2].Fields.Name);
        Assert.Equal(ContactField.Name, HeaderRecognizer.Recognize("Dados pessoais ou da empresa").Field);
    }

    // Pickatime's parent file: "ParentID" is the row's own id where nothing else names a pupil or anyone else.
    [Fact]
    public void A_guardians_id_alone_in_a_list_of_guardians_is_the_rows()
    {
        var rows = ReadFile.Rows("US", new[] { "ParentID", "First", "Last", "Email" },
            new object?[] { "41022", "Maria", "Gonzalez", "maria@example.com" },
            new object?[] { "41023", "David", "Chen", "dchen@example.com" });
        Assert.Equal("41022", rows[0].Fields.Identifier);
        Assert.Equal("41023", rows[1].Fields.Identifier);
    }

    // The guard: beside a pupil's columns the parent's id stays someone else's.
    [Fact]
    public void A_guardians_id_beside_a_pupil_stays_someone_elses()
    {
        var rows = ReadFile.Rows("US", new[] { "Student First", "Student Last", "ParentID", "Email" },
            new object?[] { "Mia", "Gonzalez", "41022", "maria@example.com" },
            new object?[] { "Leo", "Chen", "41023", "dchen@example.com" });
        Assert.Null(rows[0].Fields.Identifier);
    }

    // Zermelo's parents: "Leerlingcodes" lists the children's codes ("202300045,202300046"); the parent's own "Code" is the key.
    [Fact]
    public void A_cell_listing_several_codes_is_no_key()
    {
        var rows = ReadFile.Rows("NL", new[] { "Code", "Achternaam", "Email", "Leerlingcodes" },
            new object?[] { "ouder3101", "de Vries", "devries@example.nl", "202300117" },
            new object?[] { "ouder3102", "Jansen", "jansen@example.nl", "202300045,202300046" },
            new object?[] { "ouder3103", "Bakker", "bakker@example.nl", "202200310" });
        Assert.Equal("ouder3101", rows[0].Fields.Identifier);
        Assert.Equal("ouder3102", rows[1].Fields.Identifier);
    }

    // SHOEBOX's "MI" is the middle initial; CASENGINE's "ClientName_EN" the name in English, "ClientName_AR" in Arabic.
    [Fact]
    public void A_middle_initial_and_a_name_per_language()
    {
        var rows = ReadFile.Rows("CA", new[] { "LastName", "FirstName", "MI" },
            new object?[] { "Tremblay", "Marc", "A" });
        Assert.Equal("Marc A Tremblay", rows[0].Fields.Name);
        var names = ReadFile.Rows("AE", new[] { "ClientCode", "ClientName_EN", "ClientName_AR", "Email" },
            new object?[] { "CL-0101", "Khalid Al Mansoori", "خالد المنصوري", "khalid@example.ae" },
            new object?[] { "CL-0103", "Maria Santos", null, "maria@example.ae" });
        Assert.Equal("Khalid Al Mansoori", names[0].Fields.Name);
        Assert.Equal("Maria Santos", names[1].Fields.Name);
    }

    // Debitura's cases: the debtor is whom the row is of; Respaid's "Adresse de votre entreprise" is the creditor's address.
    [Fact]
    public void A_debtor_is_the_party_and_your_companys_address_no_company()
    {
        var rows = ReadFile.Rows("DK", new[] { "InvoiceNumber", "DebtorName", "Email", "PhoneNumber" },
            new object?[] { "INV-2024-1001", "Mikkel Sørensen", "mikkel@example.dk", "+45 20 12 34 56" });
        Assert.Equal("Mikkel Sørensen", rows[0].Fields.Name);
        Assert.Null(HeaderRecognizer.Recognize("Adresse de votre entreprise").Field);
        Assert.Equal(ContactField.Company, HeaderRecognizer.Recognize("Billing Address Company").Field);
    }

    // magriculture's farmers: "F_NAME" beside "S_NAME" are the given name and the surname.
    [Fact]
    public void A_one_letter_cut_first_name_beside_a_cut_surname()
    {
        var rows = ReadFile.Rows("ZM", new[] { "HH id", "F_NAME", "S_NAME", "sex" },
            new object?[] { "1021034", "Mwila", "Banda", "M" });
        Assert.Equal("Mwila Banda", rows[0].Fields.Name);
    }

    // magriculture's extension agents: the only people the file names are agents, so the agent is the row.
    [Fact]
    public void The_only_role_a_file_names_is_the_row()
    {
        var rows = ReadFile.Rows("ZM", new[] { "Mobile_Number_1", "Agent_F_Name", "Agent_S_Name", "Market1" },
            new object?[] { "0977123456", "Chanda", "Mwape", "Soweto Market" });
        Assert.Equal("Chanda Mwape", rows[0].Fields.Name);
        Assert.Equal("+260977123456", rows[0].Fields.PhoneNumber);
    }

    // The guard: beside the row's own name an agent stays someone else.
    [Fact]
    public void An_agent_beside_the_rows_own_name_stays_someone_else()
    {
        var rows = ReadFile.Rows("ZM", new[] { "Farmer Name", "Agent Name", "Agent Phone" },
            new object?[] { "Mwila Banda", "Chanda Mwape", "0977123456" });
        Assert.Equal("Mwila Banda", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.PhoneNumber);
    }

    // Paystack's "Recipient Code (This overrides all other details if available)": the note in brackets says nothing of the field.
    [Fact]
    public void A_recipients_code_with_a_note_in_brackets_is_the_key()
    {
        Assert.Equal("Identifier", HeaderRecognizer.Recognize("Recipient Code (This overrides all other details if available)").Field?.ToString());
        Assert.Equal("Email", HeaderRecognizer.Recognize("Email Address (Optional)").Field?.ToString());
    }

    // OfficeRnD's "Contact Person" is a flag; HVAC Biz Pro's "Company" the firm's own account number on every row.
    [Fact]
    public void A_yes_under_contact_person_and_digits_under_company_name_no_one()
    {
        var rows = ReadFile.Rows("IE", new[] { "Name", "Email", "Company", "Contact Person" },
            new object?[] { "Aoife Byrne", "aoife@example.ie", "Byrne Design", "yes" });
        Assert.Equal("Aoife Byrne", rows[0].Fields.Name);
        var hvac = ReadFile.Rows("US", new[] { "Company", "Customer Name", "Phone" },
            new object?[] { "5512", null, "407-555-0134" },
            new object?[] { "5512", null, null });
        Assert.Null(hvac[0].Fields.Name);
        Assert.Equal("+14075550134", hvac[0].Fields.PhoneNumber);
        Assert.NotNull(hvac[1].Error);
    }

    // Sporty's child members: the child's own "Email" holds the parent's address, given again as the parent's.
    [Fact]
    public void A_childs_email_that_is_the_parents_is_the_parents()
    {
        var rows = ReadFile.Rows("NZ", new[] { "First name", "Last name", "Email", "Parent/Caregiver 1 First Name", "Parent/Caregiver 1 Email" },
            new object?[] { "Aroha", "Ngata", "aroha@example.nz", null, null },
            new object?[] { "Mere", "Ngata", "aroha@example.nz", "Aroha", "aroha@example.nz" });
        Assert.Equal("aroha@example.nz", rows[0].Fields.Email);
        Assert.Equal("Mere Ngata", rows[1].Fields.Name);
        Assert.Null(rows[1].Fields.Email);
    }

    // A Japanese staffing agency's "携帯電話メールアドレス" is the mobile phone's mail address.
    [Fact]
    public void A_mobile_phones_mail_address_in_japanese_is_an_email()
    {
        Assert.Equal("Email", HeaderRecognizer.Recognize("携帯電話メールアドレス").Field?.ToString());
        Assert.Equal("PhoneNumber", HeaderRecognizer.Recognize("携帯電話番号").Field?.ToString());
    }

    // RH.pro's Algerian staff give each part in French and in Arabic: the row's name is read in one script.
    [Fact]
    public void Parts_given_in_two_scripts_are_read_in_one()
    {
        var rows = ReadFile.Rows("DZ", new[] { "Matricule", "Nom", "Prénom", "الاسم", "اللقب", "Email" },
            new object?[] { "CNF-0412", "Benali", "Karim", "كريم", "بن علي", "k.benali@example.dz" },
            new object?[] { "CNF-0413", "Haddad", "Amina", "أمينة", "حداد", "a.haddad@example.dz" },
            new object?[] { "CNF-0414", "Ould Ali", "Yacine", "ياسين", "ولد علي", "y.ouldali@example.dz" });
        Assert.Equal("Karim Benali", rows[0].Fields.Name);
        Assert.Equal("Yacine Ould Ali", rows[2].Fields.Name);
    }

    // Cadulis's "customer.reference": the customer object's reference is the customer's key.
    [Fact]
    public void A_partys_reference_written_as_a_path_is_the_partys_key()
    {
        Assert.Equal(30, HeaderRecognizer.Recognize("customer.reference").Rank);
        Assert.Equal(HeaderRecognizer.ReferenceRank, HeaderRecognizer.Recognize("reference").Rank);
    }

    // EasyParcel's bulk upload: the shop's "Reference" of each parcel (RW-20931, RW-20941 for one buyer) keys no one.
    [Fact]
    public void A_reference_in_a_shipment_file_is_the_parcels()
    {
        var rows = ReadFile.Rows("MY", new[] { "No*", "Parcel Content*", "Weight (kg)*", "Receiver Name*", "Receiver Contact*", "Reference" },
            new object?[] { "1", "Rempah kari 500g x2", "1.2", "Nurul Aisyah binti Ahmad", "0137654321", "RW-20931" },
            new object?[] { "2", "Serbuk kunyit 1kg", "1.1", "Tan Wei Ling", "016-2233445", "RW-20932" });
        Assert.Equal("Nurul Aisyah binti Ahmad", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Null(rows[1].Fields.Identifier);
    }

    // Heeros's customers: "Business ID" 2345678-9 is Finland's business id, its check digit after the hyphen; Kulcs-Soft's
    // "Készpénzes vevő" is the till's cash customer.
    [Fact]
    public void A_check_digit_after_a_hyphen_is_no_phone_and_a_hungarian_cash_customer_no_one()
    {
        var rows = ReadFile.Rows("FI", new[] { "Code", "Name", "City", "Business ID" },
            new object?[] { "1001", "Rakennustarvike Mäkinen Oy", "Tampere", "2345678-9" },
            new object?[] { "1002", "Virtanen Aino", "Turku", "1987654-3" });
        Assert.All(rows, r => Assert.Null(r.Fields.PhoneNumber));
        Assert.True(ValueShapes.IsGenericBuyer("Készpénzes vevő"));
    }
}
