using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen450-473: donation exports (Classy's supporter beside its fundraiser, a temple's devotee beside the family
/// the seva is for, a Vietnamese charity's donor), an archery portal's order numbers, Fleetbase's orders and drivers, rides,
/// ASTPP's accounts, Immoware24's contacts, hotel orders, AFIP's invoices, insurance agencies' client lists, a microfinance
/// system's loans, mobile-money payouts, lab users, Ethiopian applications, school exports, delivery apps' orders, a meter
/// route, Croatian and Lithuanian ledgers, Indonesian ferry and umrah bookings, a Danish rowing club, Turkish dealer accounts,
/// membership orders, a hotel's reservations and a barangay's complaints.
/// </summary>
public class DonorsFleetsAndInsuredTests
{
    [Fact]
    public void A_supporter_is_the_donor_and_a_fundraiser_someone_else()
    {
        var rows = ReadFile.Rows("US", new[] { "Transaction ID", "Supporter Name", "Billing Email Address", "Fundraiser First Name", "Fundraiser Last Name", "Fundraiser Supporter ID" },
            new object?[] { "41877202", "Daniel Kim", "dkim@example.com", "Sofia", "Alvarez", "5501" },
            new object?[] { "41877203", "Hector Ramirez", null, null, null, null });
        Assert.Equal("Daniel Kim", rows[0].Fields.Name);
        Assert.Equal("dkim@example.com", rows[0].Fields.Email);
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Equal("Hector Ramirez", rows[1].Fields.Name);
    }

    [Fact]
    public void A_devotee_gives_and_the_family_members_are_whom_it_is_for()
    {
        var rows = ReadFile.Rows("IN", new[] { "Receipt No", "Devotee Name", "Family Members", "Phone Number" },
            new object?[] { "TS-1001", "Srinivasa Rao Koneru", "Lakshmi Koneru, Harsha Koneru", "9848012345" },
            new object?[] { "TS-1002", "Ravi Shankar Iyer", null, null });
        Assert.Equal("Srinivasa Rao Koneru", rows[0].Fields.Name);
        Assert.Equal("Ravi Shankar Iyer", rows[1].Fields.Name);
        Assert.Null(rows[1].Error);
    }

    [Fact]
    public void A_vietnamese_donor_name_is_the_name()
    {
        var rows = ReadFile.Rows("VN", new[] { "STT", "Tên người quyên góp", "Số điện thoại", "Số tiền" },
            new object?[] { "1", "Nguyễn Văn An", "0912345678", "500000" },
            new object?[] { "2", "Lê Hoàng Nam", null, "200000" });
        Assert.Equal("Nguyễn Văn An", rows[0].Fields.Name);
        Assert.Equal("Lê Hoàng Nam", rows[1].Fields.Name);
    }

    [Fact]
    public void An_order_number_with_letters_before_its_digits_is_no_name_and_phone()
    {
        var rows = ReadFile.Rows("NL", new[] { "Reserveringsnummer", "Bestelnummer", "Lid nr", "Sporter", "E-mailadres" },
            new object?[] { "2000311", "MH-1002601", "307712", "Thijs Mulder", "thijs@example.nl" },
            new object?[] { "2000312", "MH-1002604", "301155", "Eva Dekker", "eva@example.org" },
            new object?[] { "2000314", "Geen (handmatige inschrijving)", "300999", "Hendrik-Jan van Leeuwen", "hj@example.nl" });
        Assert.Equal("Thijs Mulder", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.PhoneNumber);
        Assert.Equal("Hendrik-Jan van Leeuwen", rows[2].Fields.Name);
    }

    [Theory]
    [InlineData("254712345678 - JANE WANJIRU KAMAU", "JANE WANJIRU KAMAU")]
    [InlineData("Jane Kamau (0712345678)", "Jane Kamau")]
    [InlineData("Jane Kamau – 0712345678", "Jane Kamau")]
    public void A_name_and_a_number_set_apart_are_still_read_apart(string cell, string name)
    {
        var rows = ReadFile.Rows("KE", new[] { "Receipt No.", "Other Party Info", "Paid In" },
            new object?[] { "QK1", cell, "100" },
            new object?[] { "QK2", "254722000111 - PETER OTIENO", "250" });
        Assert.Equal(name, rows[0].Fields.Name);
        Assert.Equal("+254712345678", rows[0].Fields.PhoneNumber);
    }

    [Fact]
    public void A_user_id_alone_beside_the_donors_columns_is_the_donors_account()
    {
        var rows = ReadFile.Rows("US", new[] { "Name", "Email", "User ID", "Donor Created", "Donor Phone Number" },
            new object?[] { "Sarah Lindqvist", "sarah@example.com", null, "March 2, 2024", "(612) 555-0147" },
            new object?[] { "Thomas Achebe", "tachebe@example.org", "57", "January 15, 2023", "+1 404 555 0163" });
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Equal("57", rows[1].Fields.Identifier);
    }

    [Fact]
    public void A_user_named_as_a_person_beside_the_partys_columns_stays_the_staff_members()
    {
        var rows = ReadFile.Rows("US", new[] { "User ID", "User Name", "User Email", "Invitee Name", "Invitee Email" },
            new object?[] { "77", "Host Person", "host@example.com", "Ann Lee", "ann@example.com" },
            new object?[] { "77", "Host Person", "host@example.com", "Bo Chen", "bo@example.com" });
        Assert.Equal("Ann Lee", rows[0].Fields.Name);
        Assert.Equal("ann@example.com", rows[0].Fields.Email);
        Assert.Null(rows[0].Fields.Identifier);
    }

    [Fact]
    public void An_orders_customer_is_the_contact_and_the_orders_keys_are_not_theirs()
    {
        var headers = new[] { "ID", "Tracking Number", "Payload ID", "Driver", "Vehicle", "Customer", "SKU", "Item Count", "Status" };
        var rows = ReadFile.Rows("EG", headers,
            new object?[] { "order_Vb7k2Pq", "EG-8812-4471-02", "payload_Xr3m9Lt", "Ahmed Samir", "Suzuki Carry", "Mahmoud Hassan Abdelrahman", "SKU-TV55", "2", "completed" },
            new object?[] { "order_Hc4w8Nz", "EG-8812-4472-19", "payload_Pq8d2Ks", "Karim Adel", "Chevrolet N300", "Nour El-Din Mostafa", "SKU-FR02", "1", "dispatched" },
            new object?[] { "order_Lm2q6Tx", "EG-8812-4473-05", "payload_Ze5v1Rb", null, null, null, "SKU-TV55", "1", "returned" });
        Assert.Equal("Mahmoud Hassan Abdelrahman", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Equal("Nour El-Din Mostafa", rows[1].Fields.Name);
        Assert.NotNull(rows[2].Error);
    }

    [Fact]
    public void A_licence_beside_a_vehicle_is_a_driving_licence_and_no_key()
    {
        var rows = ReadFile.Rows("BR", new[] { "ID", "Name", "Email", "Vehicle", "Phone", "License #", "License Expiry" },
            new object?[] { "driver_7Hq2mXa", "João Pedro Almeida", "joao@example.com.br", "Fiat Fiorino", "+5511987654321", "04512398761", "2027-03-14" },
            new object?[] { "driver_3Rt8vNc", "Ana Carolina Souza", "ana@example.com", "Renault Master", "+5521998761234", "07788123450", "2026-11-30" });
        Assert.Equal("driver_7Hq2mXa", rows[0].Fields.Identifier);
        var licensed = ReadFile.Rows("US", new[] { "first_name", "last_name", "driver's_license_no" },
            new object?[] { "Ann", "Lee", "D1234567" }, new object?[] { "Bo", "Chen", "D7654321" });
        Assert.Null(licensed[0].Fields.Identifier);
    }

    [Fact]
    public void A_sports_federations_licence_stays_the_members_number()
    {
        var rows = ReadFile.Rows("FR", new[] { "Nom", "Prénom", "N° licence", "Club" },
            new object?[] { "Durand", "Léa", "1234567", "AS Muret" },
            new object?[] { "Martin", "Hugo", "7654321", "AS Muret" });
        Assert.Equal("1234567", rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_ride_is_a_record_of_its_rider()
    {
        var rows = ReadFile.Rows("US", new[] { "Ride ID", "Status", "First Name", "Last Name", "Phone", "Rider/Patient ID", "Member ID" },
            new object?[] { "R-104233", "COMPLETED", "Dolores", "Ramirez", "(312) 555-0147", "PT-880214", "MBR77120345" },
            new object?[] { "R-104234", "COMPLETED", "Dolores", "Ramirez", "(312) 555-0147", "PT-880214", "MBR77120345" },
            new object?[] { "R-104240", "COMPLETED", "Walter", "Nguyen", "(312) 555-0199", "PT-880301", "MBR77120399" });
        Assert.Equal("PT-880214", rows[0].Fields.Identifier);
        Assert.Equal("PT-880301", rows[2].Fields.Identifier);
    }

    [Fact]
    public void An_account_heading_the_file_before_the_persons_name_is_its_number()
    {
        var headers = new[] { "Account", "First Name", "Last Name", "Company", "Balance(IDR)", "Reseller" };
        var rows = ReadFile.Rows("ID", headers,
            new object?[] { "4521736980", "Budi", "Santoso", " ", "150000.00", "Admin" },
            new object?[] { "4521736981", "Siti", "Rahayu", " ", "48500.00", "Agus Wijaya (7730194455)" });
        Assert.Equal("4521736980", rows[0].Fields.Identifier);
        Assert.Equal("4521736981", rows[1].Fields.Identifier);
        // Organisations' names under it are no number.
        var named = ReadFile.Rows("US", new[] { "Account", "First Name", "Last Name" },
            new object?[] { "Acme Corporation", "Ann", "Lee" }, new object?[] { "Globex Inc", "Bo", "Chen" });
        Assert.Null(named[0].Fields.Identifier);
    }

    [Fact]
    public void A_letter_before_an_id_abbreviates_whose_it_is_and_a_service_phone_is_a_work_phone()
    {
        var rows = ReadFile.Rows("DE", new[] { "K_ID", "Firma", "Vorname1", "Nachname1", "TelPrivat", "TelDienst", "Email" },
            new object?[] { "1001", null, "Jana", "Krüger", null, null, "jana@example.de" },
            new object?[] { "1002", null, "Mehmet", "Yıldız", "030 6123456", null, null },
            new object?[] { "9001", "Hausmeisterdienst Nord GmbH", null, "Hausmeisterdienst Nord GmbH", null, "0911 802-3000", null });
        Assert.Equal("1001", rows[0].Fields.Identifier);
        Assert.Equal("+499118023000", rows[2].Fields.PhoneNumber);
    }

    [Fact]
    public void A_portuguese_utilizador_is_the_login()
    {
        var rows = ReadFile.Rows("PT", new[] { "Nome", "Apelido", "Utilizador", "E-mail" },
            new object?[] { "João Pedro", "Ferreira Santos", "jpsantos", "joao@example.pt" },
            new object?[] { "Ana Rita", "Sousa", "arsousa", "ana@example.com" });
        Assert.Equal("jpsantos", rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_hotel_orders_reference_is_the_orders_beside_its_customer()
    {
        var rows = ReadFile.Rows("NG", new[] { "id", "Reference", "Customer", "Hotel", "Room type", "Order Total", "Payment", "Order date" },
            new object?[] { "41", "KQWZHTRPD", "Chinedu Okeke", "Ikoyi Garden Suites", "Deluxe Room", "137500", "Bank wire", "2024-09-28" },
            new object?[] { "42", "XMBNRAJLE", "Aisha Bello", "Ikoyi Garden Suites", "Standard Room", "192000", "Pay at hotel", "2024-10-02" });
        Assert.Equal("Chinedu Okeke", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.Identifier);
    }

    [Fact]
    public void The_ends_of_a_range_of_numbers_key_no_one_and_an_organisations_name_alone_makes_the_contact()
    {
        var headers = new[] { "Fecha", "Tipo", "Punto de Venta", "Número Desde", "Número Hasta", "Nro. Doc. Receptor", "Denominación Receptor", "Imp. Total" };
        var rows = ReadFile.Rows("AR", headers,
            new object?[] { "03/02/2025", "11 - Factura C", "4", "318", "318", "27284561239", "GONZALEZ MARIA LAURA", "85000,00" },
            new object?[] { "05/02/2025", "11 - Factura C", "4", "319", "319", "0", null, "12000,00" },
            new object?[] { "06/02/2025", "11 - Factura C", "4", "320", "320", "30712345678", "CONSTRUCTORA DEL PLATA SA", "99000,00" });
        Assert.Null(rows[0].Fields.Identifier);
        Assert.NotNull(rows[1].Error);
        Assert.Null(rows[2].Error);
        Assert.Null(rows[2].Fields.Identifier);
    }

    [Fact]
    public void A_turkish_patients_number_is_still_theirs()
    {
        var rows = ReadFile.Rows("TR", new[] { "Hasta No", "Ad Soyad", "Telefon" },
            new object?[] { "H-1001", "Ayşe Yılmaz", "0532 123 45 67" },
            new object?[] { "H-1002", "Mehmet Kaya", "0533 765 43 21" });
        Assert.Equal("H-1001", rows[0].Fields.Identifier);
    }

    [Fact]
    public void The_named_insured_is_the_client_where_no_contact_person_is_given()
    {
        var rows = ReadFile.Rows("US", new[] { "LOB", "Policy Number", "Named Insured", "Primary Contact", "Primary Contact Email", "Business Phone" },
            new object?[] { "PAUTO", "PA-4410023", "Dana Whitfield", "Dana Whitfield", "dana@example.com", "(614) 555-0142" },
            new object?[] { "HOME", "HO-5510021", "Theodore Nakamura", null, null, "(614) 555-0177" });
        Assert.Equal("Dana Whitfield", rows[0].Fields.Name);
        Assert.Equal("Theodore Nakamura", rows[1].Fields.Name);
        var named = ReadFile.Rows("US", new[] { "Address", "External ID", "Insured Name" },
            new object?[] { "742 Oakmont Ave", "CLM-2025-00418", "Rebecca Lindqvist" });
        Assert.Equal("Rebecca Lindqvist", named[0].Fields.Name);
    }

    [Fact]
    public void A_taobao_member_name_is_the_login_and_the_alipay_account_the_buyers()
    {
        var rows = ReadFile.Rows("CN", new[] { "订单编号", "买家会员名", "买家支付宝账号", "买家姓名", "联系手机" },
            new object?[] { "3520194857730112", "nana_lee2020", "nana.lee@example.com", "李娜", "13812345678" },
            new object?[] { "3520194857730113", "tb_8823901", "13987654321", "王建国", "13987654321" });
        Assert.Equal("李娜", rows[0].Fields.Name);
        Assert.Equal("nana_lee2020", rows[0].Fields.Identifier);
        Assert.Equal("nana.lee@example.com", rows[0].Fields.Email);
    }

    [Fact]
    public void A_customer_cell_with_the_code_in_brackets_gives_the_name_and_the_key()
    {
        var rows = ReadFile.Rows("UG", new[] { "Loan No.", "Customer", "Status", "Principal" },
            new object?[] { "L-014/2019-3", "Sarah Nakato (014/2019)", "Approved", "1200000" },
            new object?[] { "L-027/2019-1", "Joseph Okello (027/2019)", "Approved", "800000" });
        Assert.Equal("Sarah Nakato", rows[0].Fields.Name);
        Assert.Equal("014/2019", rows[0].Fields.Identifier);
        Assert.Equal("027/2019", rows[1].Fields.Identifier);
    }

    [Fact]
    public void An_msisdn_is_a_mobile_number()
    {
        var rows = ReadFile.Rows("GH", new[] { "Country", "Telco", "Currency", "MSISDN", "Amount", "Description" },
            new object?[] { "GHA", "MTN_MOMO_GHA", "GHS", "233244512087", "1500", "Loan LN20418" });
        Assert.Equal("+233244512087", rows[0].Fields.PhoneNumber);
    }

    [Fact]
    public void A_key_set_for_few_rows_gives_way_to_the_login_every_row_has()
    {
        var rows = ReadFile.Rows("ML", new[] { "firstname", "lastname", "username", "email", "cps_id" },
            new object?[] { "Aminata", "Traoré", "atraore", "aminata@example.org", null },
            new object?[] { "Moussa", "Keïta", "mkeita", "m.keita@example.com", null },
            new object?[] { "Claire", "Dubois", "cdubois", "c.dubois@example.fr", "8100123456" });
        Assert.Equal("atraore", rows[0].Fields.Identifier);
        Assert.Equal("cdubois", rows[2].Fields.Identifier);
    }

    [Fact]
    public void A_fingerprint_slot_is_no_key_and_a_national_student_number_no_phone()
    {
        var rows = ReadFile.Rows("ID", new[] { "Nama Siswa", "NIS", "NISN", "Kelas", "Finger ID" },
            new object?[] { "Rizky Maulana", "2024001", "0134567801", "4A", "12" },
            new object?[] { "Siti Nurhaliza", "2024002", "-", "4A", "-" },
            new object?[] { "Bagus Santoso", "2024003", "0134567803", "4B", "15" });
        Assert.Equal("2024001", rows[0].Fields.Identifier);
        Assert.Equal("2024002", rows[1].Fields.Identifier);
        Assert.Null(rows[0].Fields.PhoneNumber);
    }

    [Fact]
    public void An_ethiopian_name_is_the_given_the_fathers_and_the_grandfathers()
    {
        var rows = ReadFile.Rows("ET", new[] { "personal_name", "personal_fatherName", "personal_gFatherName", "personal_phone", "family_region" },
            new object?[] { "Abebe", "Kebede", "Tesfaye", "0911234567", "Oromia" },
            new object?[] { "Chaltu", "Mohammed", "Abdi", null, "Oromia" });
        Assert.Equal("Abebe Kebede Tesfaye", rows[0].Fields.Name);
        Assert.Equal("Chaltu Mohammed Abdi", rows[1].Fields.Name);
        // A father's name alone is a parent's.
        var pupils = ReadFile.Rows("PK", new[] { "Student Name", "Father Name", "Mobile" },
            new object?[] { "Ali Raza", "Muhammad Raza", "03001234567" });
        Assert.Equal("Ali Raza", pupils[0].Fields.Name);
    }

    [Fact]
    public void A_date_with_a_mark_before_it_is_no_phone()
    {
        var rows = ReadFile.Rows("EG", new[] { "Full name", "Gender", "Date of birth", "Grade", "Parent full name", "Parent Phone", "Email" },
            new object?[] { "Amal Osman Ibrahim", "F", ".14/03/2012", "3", "Osman Ibrahim Adam", "01012345678", "amal@example.org" },
            new object?[] { "Abdirahman Yusuf Ali", "M", ".02/11/2010", "5", "Halima Warsame Farah", "01198765432", null },
            new object?[] { "Deng Garang Mabior", "M", ".21/07/2011", "4", "Garang Mabior", "01234567890", null },
            new object?[] { "Selam Tesfay Gebremedhin", "F", ".09/01/2013", "2", "Tesfay Gebremedhin", null, null },
            new object?[] { "Mohamed Adam Yahia", "M", ".30/05/2009", "6", "Adam Yahia", null, null });
        Assert.All(rows, r => Assert.Null(r.Fields.PhoneNumber));
        Assert.Null(rows[0].Error);
    }

    [Theory]
    [InlineData("VACANT")]
    [InlineData("Not found")]
    [InlineData("غير معثور عليه!")]
    [InlineData("N/I")]
    [InlineData("Kupci na malo")]
    [InlineData("Mažmeninis pirkėjas")]
    public void A_templates_placeholder_names_no_one(string placeholder)
    {
        var rows = ReadFile.Rows("KE", new[] { "Account", "Customer Name", "Meter Number" },
            new object?[] { null, "Linda Harper", "WM-100234" },
            new object?[] { null, placeholder, "WM-100299" });
        Assert.Equal("Linda Harper", rows[0].Fields.Name);
        Assert.NotNull(rows[1].Error);
    }

    [Fact]
    public void A_delivery_apps_order_id_is_the_orders_and_its_courier_someone_else()
    {
        var rows = ReadFile.Rows("BR", new[] { "ID", "Criado em", "Status", "Cliente", "Entregador", "Valor" },
            new object?[] { "QjX7mK2pL9vN4sR1tY8w", "15/05/2023 12:31", "Entregue", "Beatriz Lima", "Thiago Nascimento", "47,8" },
            new object?[] { "aP3dF6gH9jK2lZ5xC8vB", "15/05/2023 13:02", "Entregue", "Gustavo Pereira", "Everton Silva", "62,5" },
            new object?[] { "zX2cV5bN8mQ1wE4rT7yU", "16/05/2023 19:20", "Cancelado", "N/I", "N/E", "28,4" });
        Assert.Equal("Beatriz Lima", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.Identifier);
        Assert.NotNull(rows[2].Error);
    }

    [Fact]
    public void A_partners_registered_name_and_its_reminder_address_serve_where_nothing_else_does()
    {
        var headers = new[] { "Šifra partnera", "Naziv partnera", "Prezime partnera", "Ime partnera", "Telefon", "E-mail", "Mobilni telefon", "Broj telefona za slanje opomena", "E-mail za slanje opomena" };
        var rows = ReadFile.Rows("HR", headers,
            new object?[] { "1001", "Ivana Horvat", "Horvat", "Ivana", null, "ivana.horvat@example.com", "091 234 5678", null, null },
            new object?[] { "1002", "Drvo-Tehna d.o.o.", null, null, "01 4567 890", "racuni@drvotehna.example", null, null, null },
            new object?[] { "1004", "Ana Babić", "Babić", "Ana", null, null, null, "098 765 4321", "ana.babic@example.org" });
        Assert.Equal("Ivana Horvat", rows[0].Fields.Name);
        Assert.Equal("Drvo-Tehna d.o.o.", rows[1].Fields.Name ?? rows[1].Fields.Company);
        Assert.Equal("ana.babic@example.org", rows[2].Fields.Email);
        Assert.Equal("+385987654321", rows[2].Fields.PhoneNumber);
        // A thing's name stays the thing's.
        Assert.Null(HeaderRecognizer.Recognize("Naziv artikla").Field);
    }

    [Fact]
    public void A_ferry_bookings_passenger_is_the_contact()
    {
        var rows = ReadFile.Rows("ID", new[] { "NO", "NAMA PENUMPANG BOOKING", "NOMER INVOICE", "KODE BOOKING", "EMAIL", "NOMER TELPON", "NAMA MERCHANT", "OUTLET ID" },
            new object?[] { "1", "Budi Santoso", "INV24031000871", "BK4Q7N2X", "budi@example.com", "081234567801", null, null },
            new object?[] { "2", "Dewi Lestari", "INV24031000903", "BK9P2L5W", null, "085611223344", "Indomaret", "IDM-TGR-0931" });
        Assert.Equal("Budi Santoso", rows[0].Fields.Name);
        Assert.Equal("+6281234567801", rows[0].Fields.PhoneNumber);
        Assert.Equal("Dewi Lestari", rows[1].Fields.Name);
        // The order's own key after the customer word stays the order's.
        Assert.Null(HeaderRecognizer.Recognize("Customer Order ID").Field);
    }

    [Theory]
    [InlineData("NAME PASSPORT")]
    [InlineData("Name as per passport")]
    public void A_name_as_the_passport_writes_it_is_the_whole_name(string header)
    {
        var rows = ReadFile.Rows("ID", new[] { header, "NO PASSPORT", "FIRST NAME" },
            new object?[] { "SUPRIYADI BIN KARTO", "E1234567", "Supriyadi" },
            new object?[] { "SRI RAHAYU BINTI SUTOMO", "E1234568", "Sri" });
        Assert.Equal("SUPRIYADI BIN KARTO", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_rower_granted_a_right_is_the_contact_not_who_granted_it()
    {
        var rows = ReadFile.Rows("DK", new[] { "roer", "medlemNr", "rettighed", "tildelt", "tildeler" },
            new object?[] { "Mette Kristensen", "4123", "Langtursstyrmand", "2024-04-12 18:33:00", "Søren Holm" },
            new object?[] { "Jonas Lund", "4188", "Instruktør", "2024-05-02 10:00:00", "Søren Holm" });
        Assert.Equal("Mette Kristensen", rows[0].Fields.Name);
        Assert.Equal("4123", rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_yes_or_no_under_an_email_header_is_a_flag_not_an_address()
    {
        var rows = ReadFile.Rows("GB", new[] { "First Name", "Last Name", "Email", "Email Active" },
            new object?[] { "Lily", "Xiong", null, "No" },
            new object?[] { "Tom", "Reed", "tom.reed@example.com", "Yes" });
        Assert.Null(rows[0].Error);
        Assert.Null(rows[0].Fields.Email);
        Assert.Equal("tom.reed@example.com", rows[1].Fields.Email);
    }

    [Fact]
    public void A_turkish_current_accounts_code_keys_it_and_its_name_names_it()
    {
        var rows = ReadFile.Rows("TR", new[] { "Cari Kodu", "Cari Adı", "Cari Tipi", "Yetkili Kişi", "Bakiye" },
            new object?[] { "120.01.001", "Yıldız Gıda Ltd. Şti.", "Alıcı", "Mehmet Yıldız", "1250,00" },
            new object?[] { "120.01.007", "Şahin Market", "Alıcı", null, "0,00" });
        Assert.Equal("120.01.001", rows[0].Fields.Identifier);
        Assert.Equal("120.01.007", rows[1].Fields.Identifier);
        Assert.Null(rows[1].Error);
    }

    [Fact]
    public void An_order_files_bare_id_gives_way_to_the_id_of_the_user_it_describes()
    {
        var headers = new[] { "id", "code", "user_id", "user_login", "first_name", "last_name", "user_email", "total", "payment_transaction_id" };
        var rows = ReadFile.Rows("US", headers,
            new object?[] { "1041", "A1B2C3", "88", "emma", "Emma", "Stone", "emma@example.com", "25.00", "ch_1" },
            new object?[] { "1063", "D4E5F6", "131", "noah", "Noah", "Park", "noah@example.com", "25.00", "ch_2" });
        Assert.Equal("88", rows[0].Fields.Identifier);
        // A customer list with its user's id alone keeps its own id (Easy Digital Downloads' customers).
        var customers = ReadFile.Rows("US", new[] { "ID", "User ID", "Name", "Email", "Number of Purchases", "Payment IDs" },
            new object?[] { "7", "88", "Emma Stone", "emma@example.com", "2", "1041,1063" },
            new object?[] { "8", "0", "Noah Park", "noah@example.com", "1", "1070" });
        Assert.Equal("7", customers[0].Fields.Identifier);
    }

    [Fact]
    public void Information_about_the_customer_holding_names_is_the_customers_name()
    {
        var rows = ReadFile.Rows("IT", new[] { "ID prenotazione", "Check-in", "Camera", "Informazioni cliente", "Creato da", "Email cliente", "Telefono" },
            new object?[] { "1021", "14/05/2025", "Camera Doppia", "Giulia Bianchi", null, "giulia@example.com", "+39 347 123 4567" },
            new object?[] { "1022", "20/05/2025", "Camera Singola", "Hans Müller", "reception01", "hans@example.de", null });
        Assert.Equal("Giulia Bianchi", rows[0].Fields.Name);
        Assert.Equal("Hans Müller", rows[1].Fields.Name);
    }

    [Fact]
    public void A_complainant_and_a_patrons_public_name_are_the_rows_person()
    {
        var rows = ReadFile.Rows("PH", new[] { "CASE NO", "COMPLAINANT", "APELLANT", "COMPLAINT", "STATUS" },
            new object?[] { "2024-001", "Maria Cristina Dela Cruz", "Jose Santos", "Noise", "Settled" },
            new object?[] { "2024-002", "Roberto Reyes", "Ana Lim", "Boundary", "Pending" });
        Assert.Equal("Maria Cristina Dela Cruz", rows[0].Fields.Name);
        var patrons = ReadFile.Rows("FR", new[] { "pledge_date", "patron_id", "patron_username", "patron_public_name", "donation_amount" },
            new object?[] { "2024-01-02", "1501", "cmoreau", "Claire Moreau", "5.00" },
            new object?[] { "2024-01-03", "1502", "tbauer", "Tobias Bauer", "2.50" });
        Assert.Equal("Claire Moreau", patrons[0].Fields.Name);
    }
}
