using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Session 31's reading rules, from blind sets unseen530 onward (salons and spas, civic registers, party members' loans).
/// </summary>
public class SalonsBookingsAndLoansTests
{
    // Vagaro's customers list: "Mobile", then "Day" and "Night" (a customer's daytime and evening numbers), "---" where empty.
    [Fact]
    public void Columns_of_phone_numbers_beside_the_named_phone_reach_a_row_without_one()
    {
        var rows = ReadFile.Rows("US", new[] { "First Name", "Last Name", "Email", "Mobile", "Day", "Night", "City" },
            new object?[] { "Jessica", "Morales", "jess@example.com", "(702) 555-0147", "---", "---", "Las Vegas" },
            new object?[] { "Brandon", "Lee", null, "(702) 555-0188", "(702) 555-0102", "---", "Henderson" },
            new object?[] { "Ashley", "Nguyen", "ashley@example.com", "---", "(725) 555-0133", "---", "Las Vegas" },
            new object?[] { "Robert", "Kim", "rkim@example.net", "---", "---", "(702) 555-0161", "Las Vegas" });
        Assert.All(rows, r => Assert.Null(r.Error));
        // The named mobile still comes first.
        Assert.Equal("+17025550188", rows[1].Fields.PhoneNumber);
        Assert.Equal("+17255550133", rows[2].Fields.PhoneNumber);
        // One value only, but right after the other phone columns.
        Assert.Equal("+17025550161", rows[3].Fields.PhoneNumber);
    }

    // The guards: beside a named phone, a column of codes, or of one number every row shares (the salon's own line), is no
    // phone of the row's; nor is a lone phone-shaped value far from the phone columns.
    [Fact]
    public void Codes_a_shared_line_and_a_lone_value_beside_the_named_phone_stay_out()
    {
        var rows = ReadFile.Rows("US", new[] { "Name", "Mobile", "Salon", "Voucher", "Notes", "Gift" },
            new object?[] { "Jessica Morales", null, "(702) 555-0100", "GC-2291", "prefers mornings", null },
            new object?[] { "Brandon Lee", null, "(702) 555-0100", "GC-2292", null, "(702) 555-0177" },
            new object?[] { "Ashley Nguyen", "(725) 555-0133", "(702) 555-0100", "GC-2293", null, null });
        Assert.All(rows, r => Assert.Null(r.Error));
        Assert.Null(rows[0].Fields.PhoneNumber);
        Assert.Null(rows[1].Fields.PhoneNumber);
        Assert.Equal("+17255550133", rows[2].Fields.PhoneNumber);
    }

    // A massage studio's bookings table exported whole ("SELECT * FROM bookhours"): Maria Petrova booked as 1 and as 4, Georgi
    // Ivanov as 2 and as 5. People under two values each of the bare id: the id numbers bookings, and stored as theirs, every
    // booking would be a key.
    [Fact]
    public void A_record_key_people_have_two_values_of_is_no_key_of_theirs()
    {
        var rows = ReadFile.Rows("BG", new[] { "id", "Full Client Name", "phone", "email", "Massage" },
            new object?[] { "1", "Maria Petrova", "0888123456", "maria.petrova@example.bg", "Swedish massage 60 min" },
            new object?[] { "2", "Georgi Ivanov", "+359 87 765 4321", "georgi.ivanov@example.com", "Sports massage" },
            new object?[] { "3", "Elena Dimitrova", "0899 555 777", null, "Hot stone massage" },
            new object?[] { "4", "Maria Petrova", "0888123456", "maria.petrova@example.bg", "Aromatherapy" },
            new object?[] { "5", "Georgi Ivanov", "+359 87 765 4321", "georgi.ivanov@example.com", "Back and neck massage" });
        Assert.All(rows, r => Assert.Null(r.Fields.Identifier));
        Assert.Equal("Maria Petrova", rows[0].Fields.Name);
        Assert.Equal("+359888123456", rows[0].Fields.PhoneNumber);
    }

    // Participa's microcredit loans: "Identificador" is the loan's; Lucía lent as 20817 and 20955, Olena as 20818 and 20990.
    [Fact]
    public void A_loans_identifier_that_lenders_have_twice_is_the_loans()
    {
        var rows = ReadFile.Rows("ES", new[] { "Identificador", "Microcrédito", "Email", "Nombre", "Apellidos", "Importe" },
            new object?[] { "20817", "Microcréditos Elecciones Generales 2016", "lucia.martin@example.es", "Lucía", "Martín Ortega", "500" },
            new object?[] { "20818", "Microcréditos Elecciones Generales 2016", "olena@example.com", "Olena", "Kovalenko", "100" },
            new object?[] { "20955", "Microcréditos Elecciones Generales 2016", "lucia.martin@example.es", "Lucía", "Martín Ortega", "200" },
            new object?[] { "20990", "Microcréditos Elecciones Generales 2016", "olena@example.com", "Olena", "Kovalenko", "300" });
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Null(rows[1].Fields.Identifier);
        Assert.Equal("Lucía Martín Ortega", rows[0].Fields.Name);
    }

    // The guards: siblings who share a parent's address keep their own numbers, a person's own id that differs for one person
    // (a duplicate account) is still the key, and so is a user list's bare id where one user has a second account (Dolibarr's
    // "cmartin" and "cmartin2").
    [Fact]
    public void Siblings_sharing_an_address_and_a_persons_own_ids_keep_their_keys()
    {
        var pupils = ReadFile.Rows("GB", new[] { "Id", "First Name", "Last Name", "Email" },
            new object?[] { "1041", "Oliver", "Hughes", "hughes.family@example.co.uk" },
            new object?[] { "1042", "Amelia", "Hughes", "hughes.family@example.co.uk" },
            new object?[] { "1077", "Jack", "Patel", "patel@example.co.uk" });
        Assert.Equal("1041", pupils[0].Fields.Identifier);
        Assert.Equal("1042", pupils[1].Fields.Identifier);
        var customers = ReadFile.Rows("GB", new[] { "Customer ID", "Name", "Email" },
            new object?[] { "C-1041", "Oliver Hughes", "oliver@example.co.uk" },
            new object?[] { "C-1077", "Jack Patel", "patel@example.co.uk" },
            new object?[] { "C-2210", "Oliver Hughes", "oliver@example.co.uk" });
        Assert.Equal("C-1041", customers[0].Fields.Identifier);
        Assert.Equal("C-1077", customers[1].Fields.Identifier);
        var users = ReadFile.Rows("FR", new[] { "Id", "Nom", "Prénom", "Email" },
            new object?[] { "6", "Martin", "Chloé", "chloe.martin@example.fr" },
            new object?[] { "8", "Girard", "Théo", "theo.girard@example.fr" },
            new object?[] { "9", "Martin", "Chloé", "chloe.martin@example.fr" });
        Assert.Equal("6", users[0].Fields.Identifier);
        Assert.Equal("8", users[1].Fields.Identifier);
    }

    // Fresha's team members export: "Start Date" and "End Date" are the employment's, and "Team Member Id" names whose key it is.
    // A start and an end tell a booking file, whose bare ids are the bookings'; a key that names its party is the party's.
    [Fact]
    public void A_key_that_names_its_party_stays_beside_a_start_and_an_end()
    {
        var rows = ReadFile.Rows("SE", new[] { "First Name", "Last Name", "Phone Number", "Email", "Start Date", "End Date", "Team Member Id" },
            new object?[] { "Linnea", "Johansson", "+46 70 123 45 67", "linnea@example.se", "2023-03-01", null, "TM-104" },
            new object?[] { "Oskar", "Lind", "070-765 43 21", "oskar@example.se", "2021-09-15", "2025-06-30", "TM-117" });
        Assert.Equal("TM-104", rows[0].Fields.Identifier);
        Assert.Equal("TM-117", rows[1].Fields.Identifier);
    }

    // The guard: a bare id beside a start and an end is still the booking's.
    [Fact]
    public void A_bare_id_beside_a_start_and_an_end_is_still_the_bookings()
    {
        var rows = ReadFile.Rows("SE", new[] { "Id", "Start", "End", "Customer name", "Customer email" },
            new object?[] { "88121", "2026-03-01 10:00", "2026-03-01 11:00", "Linnea Johansson", "linnea@example.se" },
            new object?[] { "88122", "2026-03-01 11:00", "2026-03-01 12:00", "Oskar Lind", "oskar@example.se" });
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Equal("Linnea Johansson", rows[0].Fields.Name);
    }

    // TPS Dhanvantari's patients: "+91 " where a patient gave no number. A calling code alone reaches no one: the row is read
    // without a phone, not refused.
    [Fact]
    public void A_calling_code_alone_is_no_phone()
    {
        var rows = ReadFile.Rows("IN", new[] { "Patient ID", "Name", "Email", "Phone" },
            new object?[] { "IND00013", "Lakshmi Narayanan", "lakshmi@example.in", "+91 9845012345" },
            new object?[] { "IND00014", "Venkata Subba Rao", "venkat.rao@example.in", "+91 " });
        Assert.Equal("+919845012345", rows[0].Fields.PhoneNumber);
        Assert.Null(rows[1].Error);
        Assert.Null(rows[1].Fields.PhoneNumber);
        Assert.Equal("IND00014", rows[1].Fields.Identifier);
    }

    // A Mexican club's players: an adult in the open category is written down as their own guardian ("Padre/Madre/Tutor"), and
    // the tutor's e-mail is theirs. A child's row keeps its guardian's address out.
    [Fact]
    public void A_row_that_names_itself_as_guardian_takes_the_guardians_address()
    {
        var rows = ReadFile.Rows("MX", new[] { "Nombre", "Celular", "Padre/Madre/Tutor", "Celular de padre/madre/tutor", "Correo del tutor" },
            new object?[] { "Santiago Hernández López", "6181827364", "María Fernanda López Ruiz", "6181551122", "mafer.lopez@example.com" },
            new object?[] { "Iván Alejandro Ríos Soto", "6182456789", "Iván Alejandro Ríos Soto", "6182456789", "ivan.rios@example.com" });
        Assert.Null(rows[0].Fields.Email);
        Assert.Equal("ivan.rios@example.com", rows[1].Fields.Email);
        Assert.Equal("+526182456789", rows[1].Fields.PhoneNumber);
    }

    // Postman's SMS campaigns (GovTech Singapore): "recipient" 6596418237, a number of the file's region with its country code
    // and no sign, beside "recipient_name". Found by its values.
    [Fact]
    public void Numbers_of_the_region_with_their_country_code_and_no_sign_are_found_by_their_values()
    {
        var rows = ReadFile.Rows("SG", new[] { "recipient", "language", "recipient_name", "topic" },
            new object?[] { "6596418237", "english", "Tan Wei Ling", "ComCare assistance application #CC-20418" },
            new object?[] { "6588312045", "chinese", "Lim Ah Kow", "ComCare assistance application #CC-20433" });
        Assert.Equal("+6596418237", rows[0].Fields.PhoneNumber);
        Assert.Equal("+6588312045", rows[1].Fields.PhoneNumber);
    }

    // The guard: digits of another region's numbers, or order numbers, are not taken so.
    [Fact]
    public void Digits_that_are_no_number_of_the_region_stay_out()
    {
        var rows = ReadFile.Rows("SG", new[] { "reference", "recipient_name", "amount" },
            new object?[] { "2024031100233", "Tan Wei Ling", "67500" },
            new object?[] { "2024031100234", "Lim Ah Kow", "12000" });
        Assert.Null(rows[0].Fields.PhoneNumber);
        Assert.Equal("Tan Wei Ling", rows[0].Fields.Name);
    }

    // MeOS's start lists: "Id/Club", empty on every row, before "Databas nr.", the runner database's number. A key column that
    // names no one gives way to the next that names most rows.
    [Fact]
    public void A_key_column_empty_in_every_row_gives_way_to_the_next()
    {
        var rows = ReadFile.Rows("SE", new[] { "Startnr", "Databas nr.", "Efternamn", "Förnamn", "Tel", "Id/Club" },
            new object?[] { "201", "145821", "Lindqvist", "Åsa", null, null },
            new object?[] { "202", "160233", "Öberg", "Elias", null, null },
            new object?[] { "203", null, "Nilsson", "Maja", null, null },
            new object?[] { "204", "133017", "Berg", "Olof", null, null });
        Assert.Equal("145821", rows[0].Fields.Identifier);
        Assert.Equal("133017", rows[3].Fields.Identifier);
        Assert.Null(rows[2].Fields.Identifier);
        // An empty start slot ("Vakant") is no one.
        var vacant = ReadFile.Rows("SE", new[] { "Efternamn", "Förnamn" }, new object?[] { "Lindqvist", "Åsa" }, new object?[] { "Vakant", null });
        Assert.NotNull(vacant[1].Error);
    }

    // MeOS's French start list heads two columns "Nom" (read as "Nom" and "Nom (2)"): the family name, and after "N° club" the
    // club's short name. The repeat away from the name columns is another block's; a second surname right beside the first
    // ("Apellido", "Apellido (2)") stays the row's.
    [Fact]
    public void A_repeated_name_label_away_from_the_name_columns_is_another_blocks()
    {
        var meos = ReadFile.Rows("FR", new[] { "Nom", "Prénom", "Né", "N° club", "Nom (2)", "Ville" },
            new object?[] { "Lefèvre", "Camille", "04", "3", "NOSE", "Nice" },
            new object?[] { "Moreau", "Théo", "14", "3", "NOSE", "Nice" });
        Assert.Equal("Camille Lefèvre", meos[0].Fields.Name);
        var spanish = ReadFile.Rows("ES", new[] { "Nombre", "Apellido", "Apellido (2)", "Email" },
            new object?[] { "Lucía", "Martín", "Ortega", "lucia@example.es" });
        Assert.Contains("Ortega", spanish[0].Fields.Name);
    }

    // Sokrates's pupils: "Schülerkennzahl", the pupil's identifying number; eBrain Clinic's "nome_civil_razao_social", the civil
    // name or the firm's registered name.
    [Fact]
    public void A_pupils_kennzahl_is_their_key_and_a_civil_or_registered_name_is_the_name()
    {
        var pupils = ReadFile.Rows("AT", new[] { "Klasse", "Schülerkennzahl", "Familienname", "Vorname" },
            new object?[] { "3AK", "2019034512", "Gruber", "Lukas" },
            new object?[] { "3AK", "2019034530", "Huber", "Anna-Lena" });
        Assert.Equal("2019034512", pupils[0].Fields.Identifier);
        var people = ReadFile.Rows("BR", new[] { "tratamento", "nome_civil_razao_social", "nome_social", "data_nascimento" },
            new object?[] { "Sra.", "Mariana Costa Ribeiro", null, "1984-06-02" },
            new object?[] { null, "Sorriso Feliz Odontologia Ltda", null, null });
        Assert.Equal("Mariana Costa Ribeiro", people[0].Fields.Name);
        Assert.Equal("Sorriso Feliz Odontologia Ltda", people[1].Fields.Name);
    }

    // ECOUNT's business partners: "거래처명" (the partner's name, a firm's or a person's) and "거래처코드" beside the CEO's
    // "대표자명". 거래처 is the business partner, as Japanese 取引先 is.
    [Fact]
    public void A_korean_business_partners_name_and_code_are_the_rows()
    {
        var rows = ReadFile.Rows("KR", new[] { "거래처코드", "거래처명", "대표자명", "Email", "전화", "모바일" },
            new object?[] { "C-0001", "한결유통", "윤지호", "hangyeol@example.kr", "031-234-5678", null },
            new object?[] { "C-0002", "이수민", "이수민", null, null, "010-2345-6789" });
        Assert.Equal("한결유통", rows[0].Fields.Name);
        Assert.Equal("C-0001", rows[0].Fields.Identifier);
        Assert.Equal("이수민", rows[1].Fields.Name);
        Assert.Equal("+821023456789", rows[1].Fields.PhoneNumber);
    }

    // java110's owners: name + "(" + phone + ")", and "王芳(null)" for an owner without a phone.
    [Fact]
    public void A_programs_null_where_the_number_goes_is_no_part_of_the_name()
    {
        var rows = ReadFile.Rows("CN", new[] { "车牌号", "业主", "车位" },
            new object?[] { "沪A3K729", "张伟(13912873456)", "B1-023" },
            new object?[] { "沪B7Q218", "李娜(13687654321)", "B1-024" },
            new object?[] { "沪C5M903", "王芳(null)", "B1-031" });
        Assert.Equal("张伟", rows[0].Fields.Name);
        Assert.Equal("+8613912873456", rows[0].Fields.PhoneNumber);
        Assert.Equal("王芳", rows[2].Fields.Name);
        Assert.Null(rows[2].Fields.PhoneNumber);
    }

    // TOAST's gala tickets: the ticket's holder ("Nom", "Prenom") beside its buyer ("Nom acheteur", "Prenom acheteur", "E-mail
    // acheteur"). Most buyers bought their own ticket; Julie bought one for Paul too, Hugo one for Claire: the buyer's address
    // is the buyer's, not theirs. (Where most rows are someone else's, the buyer's columns are set aside whole, as before.)
    [Fact]
    public void A_buyers_address_is_the_rows_only_where_the_buyer_is_the_ticket_holder()
    {
        var rows = ReadFile.Rows("FR", new[] { "Billet", "Nom", "Prenom", "Nom acheteur", "Prenom acheteur", "E-mail acheteur" },
            new object?[] { "T512-3387", "Mercier", "Julie", "Mercier", "Julie", "julie.mercier@example.org" },
            new object?[] { "T498-2210", "Mercier", "Paul", "Mercier", "Julie", "julie.mercier@example.org" },
            new object?[] { "T601-4410", "Lambert", "Hugo", "Lambert", "Hugo", "hugo.lambert@example.org" },
            new object?[] { "T602-4411", "Roux", "Claire", "Lambert", "Hugo", "hugo.lambert@example.org" },
            new object?[] { "T710-5520", "Petit", "Anne", "Petit", "Anne", "anne.petit@example.org" });
        Assert.Equal("julie.mercier@example.org", rows[0].Fields.Email);
        Assert.Equal("Paul Mercier", rows[1].Fields.Name);
        Assert.Null(rows[1].Fields.Email);
        Assert.Null(rows[1].Error);
        Assert.Equal("hugo.lambert@example.org", rows[2].Fields.Email);
        Assert.Null(rows[3].Fields.Email);
        Assert.Equal("anne.petit@example.org", rows[4].Fields.Email);
    }

    // The guard: a buyer's columns beside a holder's name that is no person's of its own (a shop's order with the buyer alone)
    // are untouched, and so is a file with no buyer's name.
    [Fact]
    public void A_buyers_address_stays_where_the_buyer_is_the_only_person()
    {
        var rows = ReadFile.Rows("FR", new[] { "Commande", "Nom acheteur", "Prenom acheteur", "E-mail acheteur" },
            new object?[] { "C-1001", "Mercier", "Julie", "julie.mercier@example.org" },
            new object?[] { "C-1002", "Faure", "Nadia", "nadia.faure@example.org" });
        Assert.Equal("julie.mercier@example.org", rows[0].Fields.Email);
        Assert.Equal("nadia.faure@example.org", rows[1].Fields.Email);
    }
}
