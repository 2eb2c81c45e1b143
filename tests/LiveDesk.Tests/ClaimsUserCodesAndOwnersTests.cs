using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen242 to unseen247: an identity provider's user export named by OpenID Connect's claims (Authgear's
/// "sub"), a user's code (COSCUP's "ucode"), and more.
/// </summary>
public class ClaimsUserCodesAndOwnersTests
{
    [Theory]
    [InlineData("User Code")]
    [InlineData("user_code")]
    [InlineData("ucode")]
    [InlineData("Código do usuário")]
    public void A_users_code_is_a_linked_accounts_key(string header)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.Equal(ContactField.Identifier, meaning.Field);
        Assert.Equal(HeaderRecognizer.ForeignKeyRank, meaning.Rank);
    }

    [Theory]
    [InlineData("Hasta No")]
    [InlineData("Abone No")]
    [InlineData("Kiracı No")]
    [InlineData("Prontuário")]
    [InlineData("Nº Prontuário")]
    public void A_patients_subscribers_or_tenants_number_is_their_own(string header)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.Equal(ContactField.Identifier, meaning.Field);
        Assert.True(meaning.Rank < HeaderRecognizer.RecordKeyRank, $"{header}: rank {meaning.Rank}");
    }

    [Theory]
    [InlineData("Raised By (Email)")]
    [InlineData("Submitted by (Email)")]
    public void The_requesters_email_is_the_rows(string header) =>
        Assert.Equal(ContactField.Email, HeaderRecognizer.Recognize(header).Field);

    [Theory]
    [InlineData("Válido hasta")]
    [InlineData("Fecha hasta")]
    public void Spanish_until_names_no_field(string header) => Assert.Null(HeaderRecognizer.Recognize(header).Field);

    [Theory]
    [InlineData("Task ID")]
    [InlineData("ID задачі")]
    [InlineData("Project ID")]
    [InlineData("Issue ID")]
    [InlineData("User 1")]
    [InlineData("User Agent")]
    [InlineData("Postal Code")]
    public void Other_user_and_code_columns_name_no_key(string header) =>
        Assert.NotEqual(ContactField.Identifier, HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void The_subject_keys_a_list_named_by_openid_claims()
    {
        var rows = ReadFile.Rows("HK", new[] { "sub", "preferred_username", "email", "phone_number", "email_verified", "name", "given_name" },
            new object?[] { "0b6c2f4e-7d1a-4a8e-9c3f-2e5b7a1d9f10", "", "chan.taiman@example.com", "+85291234567", "true", "Chan Tai Man", "Tai Man" },
            new object?[] { "c1f08b7d-9e3a-4d25-b6c8-0f2a7e9d4b66", "kelvinwong", "wong.kalok@example.org", "", "true", "Wong Ka Lok", "Ka Lok" });
        Assert.Equal("0b6c2f4e-7d1a-4a8e-9c3f-2e5b7a1d9f10", rows[0].Fields.Identifier);
        Assert.Equal("c1f08b7d-9e3a-4d25-b6c8-0f2a7e9d4b66", rows[1].Fields.Identifier);
    }

    [Fact]
    public void A_sub_column_elsewhere_is_no_key()
    {
        var rows = ReadFile.Rows("GB", new[] { "Name", "Email", "sub" },
            new object?[] { "Amy Lee", "amy@example.com", "A7" },
            new object?[] { "Ben Fox", "ben@example.com", "B2" });
        Assert.Null(rows[0].Fields.Identifier);
    }
}

/// <summary>A condominium's owners by lot (a French syndic's export): the owner alone names the row's person.</summary>
public class OwnersByLotTests
{
    private static readonly string[] Headers = { "N° cop", "Copropriétaire", "Type", "N° lot", "Etage" };

    [Fact]
    public void The_owner_is_the_rows_person_and_its_short_number_the_key()
    {
        var rows = ReadFile.Rows("FR", Headers,
            new object?[] { "12", "LAMBERT Nicolas (Monsieur)", "Cave", "205", "sous-sol" },
            new object?[] { "47", "ROUSSEL Helene (Madame)", "Appar", "291", "1" },
            new object?[] { "63", "MERCIER Julie", "Appar", "118", "2" });
        Assert.Equal("LAMBERT Nicolas (Monsieur)", rows[0].Fields.Name);
        Assert.Equal("12", rows[0].Fields.Identifier);
        Assert.Equal("47", rows[1].Fields.Identifier);
    }

    [Fact]
    public void Beside_the_rows_own_name_the_owner_stays_someone_elses()
    {
        var rows = ReadFile.Rows("FR", new[] { "Nom", "Prénom", "Email", "Propriétaire" },
            new object?[] { "Martin", "Chloé", "chloe.martin@example.com", "Paul Girard" },
            new object?[] { "Petit", "Hugo", "hugo.petit@example.com", "Paul Girard" });
        Assert.Equal("Chloé Martin", rows[0].Fields.Name);
    }

    [Fact]
    public void A_number_beside_another_word_cut_short_is_no_key()
    {
        // "N° lot" is the lot's number: "lot" cuts no party's noun.
        var rows = ReadFile.Rows("FR", new[] { "N° lot", "Copropriétaire" },
            new object?[] { "205", "LAMBERT Nicolas" },
            new object?[] { "291", "ROUSSEL Helene" });
        // The owner's column, found by its values, writes the family name in capitals first: stored given name first, as any
        // whole-name column under that convention is (it was kept as written before a column found by values was asked).
        Assert.Equal("Nicolas LAMBERT", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.Identifier);
    }
}

/// <summary>An ISP's subscribers (MIKPAY, Ubilling): a login qualified by the system it signs in to keys the contact.</summary>
public class QualifiedLoginTests
{
    [Fact]
    public void A_pppoe_username_keys_the_subscriber_and_a_row_with_only_it()
    {
        var rows = ReadFile.Rows("ID", new[] { "Username PPPoE", "Nama Pelanggan", "No HP / WhatsApp", "Catatan" },
            new object?[] { "budi-rt03", "Budi Santoso", "081234567801", "ODP-03 port 4" },
            new object?[] { "warung_sri", "Sri Wahyuni", "085755501234", "" },
            new object?[] { "pppoe-0117", "", "", "kosong" });
        Assert.Equal("budi-rt03", rows[0].Fields.Identifier);
        Assert.Equal("pppoe-0117", rows[2].Fields.Identifier);
    }

    [Fact]
    public void A_login_count_is_no_key()
    {
        var rows = ReadFile.Rows("GB", new[] { "Name", "Email", "Login Count" },
            new object?[] { "Amy Lee", "amy@example.com", "12" },
            new object?[] { "Ben Fox", "ben@example.com", "3" },
            new object?[] { "Cat Poe", "cat@example.com", "7" });
        Assert.Null(rows[0].Fields.Identifier);
    }

    [Theory]
    [InlineData("Uživatelské jméno")]
    [InlineData("Používateľské meno")]
    public void A_czech_or_slovak_user_name_is_a_login(string header) =>
        Assert.Equal(HeaderRecognizer.LoginRank, HeaderRecognizer.Recognize(header).Rank);

    [Fact]
    public void A_ukrainian_login_keys_the_subscriber()
    {
        var rows = ReadFile.Rows("UA", new[] { "Логін", "Пароль", "ПІБ" },
            new object?[] { "koval_op", "Xk8fN2qa", "Коваленко Олена Петрівна" },
            new object?[] { "bondar77", "pR4mZ9tw", "Бондаренко Ігор Васильович" });
        Assert.Equal("koval_op", rows[0].Fields.Identifier);
        // Written family name first (ПІБ), stored given name first: Chatwoot greets by the name's first word.
        Assert.Equal("Олена Петрівна Коваленко", rows[0].Fields.Name);
    }
}

/// <summary>Fleet and courier exports (Uber's and Bolt's driver reports, a Korean driver list): the driver is the file's party.</summary>
public class DriverListTests
{
    [Fact]
    public void A_drivers_given_and_family_names_make_the_name()
    {
        var rows = ReadFile.Rows("FR", new[] { "UUID du chauffeur", "Prénom du chauffeur", "Nom du chauffeur", "Revenus totaux" },
            new object?[] { "3f8a2c1d-9e47-4b6a-a2d5-7c1e0f93b428", "Karim", "Benali", "1284.56" },
            new object?[] { "b71e05c9-2a3f-4d8e-91b6-e4f2a7c05d13", "Élodie", "Marchand", "980.10" });
        Assert.Equal("Karim Benali", rows[0].Fields.Name);
        Assert.Equal("3f8a2c1d-9e47-4b6a-a2d5-7c1e0f93b428", rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_driver_column_of_names_is_the_name()
    {
        var rows = ReadFile.Rows("FR", new[] { "Driver", "Driver's Phone", "Email", "Projected payout|€" },
            new object?[] { "Yassine Haddad", "+33612457890", "yassine.haddad@example.fr", "812.40" },
            new object?[] { "Sophie Lambert", "+33781234567", "sophie.lambert@example.com", "640.00" });
        Assert.Equal("Yassine Haddad", rows[0].Fields.Name);
        Assert.Equal("+33612457890", rows[0].Fields.PhoneNumber);
        Assert.Equal("yassine.haddad@example.fr", rows[0].Fields.Email);
    }

    [Theory]
    [InlineData("Customer Name", "Customer Phone")]
    [InlineData("Name", "Phone")]
    public void Beside_the_customers_columns_the_drivers_are_someone_elses(string name, string phone)
    {
        var rows = ReadFile.Rows("GB", new[] { "Order ID", name, phone, "Driver Name", "Driver Phone" },
            new object?[] { "A-1", "Amy Lee", "07911 123456", "Dan Ross", "07700 900456" },
            new object?[] { "A-2", "", "", "Dan Ross", "07700 900456" });
        Assert.Equal("Amy Lee", rows[0].Fields.Name);
        Assert.Equal("+447911123456", rows[0].Fields.PhoneNumber);
        Assert.Null(rows[1].Fields.Name);
        Assert.Null(rows[1].Fields.PhoneNumber);
    }

    [Fact]
    public void The_korean_honorific_name_is_the_name() =>
        Assert.Equal(ContactField.Name, HeaderRecognizer.Recognize("성함").Field);
}

/// <summary>Purchases, rentals and bookings (BlackRent's rentals, a Danish revue's sign-ups): the bare id is the purchase's.</summary>
public class PurchaseKeyTests
{
    [Fact]
    public void A_rentals_id_is_no_key_of_its_customer()
    {
        var rows = ReadFile.Rows("SK", new[] { "id", "licensePlate", "customerName", "customerEmail", "startDate", "endDate", "totalPrice", "paymentMethod" },
            new object?[] { "5f2c9a1e", "BA482KM", "Tomáš Hudec", "tomas.hudec@example.sk", "2025-03-13", "2025-03-16", "195", "cash" },
            new object?[] { "a8d1e6f4", "BA113XY", "Zuzana Lacková", "", "2025-04-01", "2025-04-02", "60", "card" });
        Assert.Equal("Tomáš Hudec", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.Identifier);
    }

    [Theory]
    [InlineData("Antal")]
    [InlineData("Stykpris")]
    [InlineData("Menge")]
    public void A_sign_ups_id_beside_a_purchase_column_is_no_key(string purchase)
    {
        var rows = ReadFile.Rows("DK", new[] { "ID", "Fornavn", "Efternavn", "Email", purchase },
            new object?[] { "10412", "Mette", "Kjærgaard", "mette@example.dk", "2" },
            new object?[] { "10415", "Søren", "Bach", "soren@example.com", "1" });
        Assert.Null(rows[0].Fields.Identifier);
    }

    [Theory]
    [InlineData("تعداد سفارش")]
    [InlineData("Jumlah Saudara")]
    [InlineData("Anzahl Bestellungen")]
    public void A_count_of_something_else_leaves_a_customer_lists_key(string count)
    {
        var rows = ReadFile.Rows("IR", new[] { "ID", "Name", "Email", count },
            new object?[] { "cm2x7k1q40003", "Sara Ahmadi", "sara@example.com", "5" },
            new object?[] { "cm2x9b3d80011", "Ali Rezaei", "ali@example.com", "2" });
        Assert.Equal("cm2x7k1q40003", rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_customer_lists_totals_leave_its_id_the_key()
    {
        var rows = ReadFile.Rows("US", new[] { "ID", "First Name", "Last Name", "Email", "Total Spent", "Total Orders" },
            new object?[] { "207", "Amy", "Lee", "amy@example.com", "120.50", "3" },
            new object?[] { "208", "Ben", "Fox", "ben@example.com", "0.00", "0" });
        Assert.Equal("207", rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_clients_own_number_keys_a_purchase_list()
    {
        var rows = ReadFile.Rows("DE", new[] { "ID", "Kundennummer", "Name", "Menge" },
            new object?[] { "1", "K-1042", "Anna Schmidt", "2" },
            new object?[] { "2", "K-1043", "Jonas Weber", "1" });
        Assert.Equal("K-1042", rows[0].Fields.Identifier);
    }
}

/// <summary>A booking bot's clients (nailbot: "Telegram ID", "Username") and an Egyptian register's invisible marks.</summary>
public class MessengerIdsAndInvisibleMarksTests
{
    [Theory]
    [InlineData("Telegram ID")]
    [InlineData("telegram_id")]
    [InlineData("LINE ID")]
    [InlineData("QQ ID")]
    public void A_messengers_id_is_a_linked_accounts_key(string header)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.Equal(ContactField.Identifier, meaning.Field);
        Assert.Equal(HeaderRecognizer.ForeignKeyRank, meaning.Rank);
    }

    [Fact]
    public void The_telegram_id_keys_before_the_username()
    {
        var rows = ReadFile.Rows("RU", new[] { "Имя", "Телефон", "Telegram ID", "Username" },
            new object?[] { "Ольга Смирнова", "+7 916 123-45-67", "512847390", "olga_smirn" },
            new object?[] { "Екатерина", "8 903 555-12-34", "703918264", "" });
        Assert.Equal("512847390", rows[0].Fields.Identifier);
        Assert.Equal("703918264", rows[1].Fields.Identifier);
    }

    [Fact]
    public void A_cell_of_only_a_bidi_mark_is_empty()
    {
        var rows = ReadFile.Rows("EG", new[] { "Code", "Name", "Phone" },
            new object?[] { "1001", "أحمد علي", "\u200E01012345678" },
            new object?[] { "1004", "منى إبراهيم", "\u200E" });
        Assert.Equal("+201012345678", rows[0].Fields.PhoneNumber);
        Assert.Null(rows[1].Fields.PhoneNumber);
        Assert.Null(rows[1].Error);
    }
}

/// <summary>
/// A Turkish WhatsApp sender's contacts ("Numara;Ad;Soyad"): a bare number column whose values are all mobiles of the file's
/// region is the phone, however each is written; a record's numbers are not.
/// </summary>
public class MobileNumbersUnderABareNumberTests
{
    [Fact]
    public void Mobiles_of_the_region_under_numara_are_the_phone()
    {
        var rows = ReadFile.Rows("TR", new[] { "Numara", "Ad", "Soyad", "Hitap" },
            new object?[] { "5321234567", "Ahmet", "Yılmaz", "Bey" },
            new object?[] { "05067778899", "Mustafa", "Çelik", "Bey" },
            new object?[] { "905381112233", "Zeynep", "Aydın", "Hanım" });
        Assert.Equal("+905321234567", rows[0].Fields.PhoneNumber);
        Assert.Equal("+905067778899", rows[1].Fields.PhoneNumber);
        Assert.Equal("+905381112233", rows[2].Fields.PhoneNumber);
        Assert.Null(rows[0].Fields.Identifier);
    }

    [Theory]
    [InlineData("DE", "10042", "10043", "10044")]
    [InlineData("TR", "2024001", "2024002", "2024003")]
    public void A_records_numbers_stay_its_key(string region, string a, string b, string c)
    {
        var rows = ReadFile.Rows(region, new[] { "Nr.", "Name", "E-Mail" },
            new object?[] { a, "Anna Schmidt", "anna@example.com" },
            new object?[] { b, "Jonas Weber", "jonas@example.com" },
            new object?[] { c, "Eva Roth", "eva@example.com" });
        Assert.Equal(a, rows[0].Fields.Identifier);
        Assert.Null(rows[0].Fields.PhoneNumber);
    }
}

/// <summary>KAVAC's staff (Venezuela) and GestionaleCV's (Italy): an emergency contact's fields and a staff badge.</summary>
public class StaffContactPersonAndBadgeTests
{
    [Fact]
    public void The_contact_persons_name_and_phone_beside_the_rows_own_names_are_theirs()
    {
        var rows = ReadFile.Rows("VE", new[] { "nombres", "apellidos", "correo_electronico", "nombre_y_apellido_de_persona_de_contacto", "telefono_de_persona_de_contacto" },
            new object?[] { "Yusmary Carolina", "Pérez Contreras", "yusmary.perez@example.com", "Luis Pérez", "04141234567" },
            new object?[] { "José Gregorio", "Rangel Useche", "", "María Useche", "02129876543" });
        Assert.Equal("Yusmary Carolina Pérez Contreras", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.PhoneNumber);
        Assert.Equal("José Gregorio Rangel Useche", rows[1].Fields.Name);
    }

    [Fact]
    public void In_a_list_of_organisations_the_contact_person_is_whom_the_row_reaches()
    {
        var rows = ReadFile.Rows("ES", new[] { "Empresa", "Persona de contacto", "Teléfono persona de contacto" },
            new object?[] { "Talleres Ruiz S.L.", "Marta Ruiz", "612345678" },
            new object?[] { "Frutas Gómez S.A.", "Luis Gómez", "698765432" });
        Assert.Equal("+34612345678", rows[0].Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("Badge")]
    [InlineData("Badge Number")]
    [InlineData("N° badge")]
    public void A_staff_badge_is_the_persons_own_number(string header)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.Equal(ContactField.Identifier, meaning.Field);
        Assert.Equal(HeaderRecognizer.OwnNumberRank, meaning.Rank);
    }

    [Theory]
    [InlineData("Badge Name")]
    [InlineData("Badge Type")]
    public void A_badges_name_or_type_is_no_key(string header) =>
        Assert.NotEqual(ContactField.Identifier, HeaderRecognizer.Recognize(header).Field);
}

/// <summary>A docomo phone book through a vCard-to-CSV converter: vCard properties with parameters as column names.</summary>
public class VCardPropertyColumnsTests
{
    [Fact]
    public void The_filled_name_column_of_a_vcards_properties_is_the_name()
    {
        var rows = ReadFile.Rows("JP", new[] { "N", "N;CHARSET=SHIFT_JIS", "TEL;CELL", "EMAIL", "NICKNAME;DEFAULT;CHARSET=SHIFT_JIS" },
            new object?[] { "", "山田花子", "09038214467", "yamada.hanako@example.com", "" },
            new object?[] { "", "鈴木美咲", "07022459981", "", "みさき" },
            new object?[] { "Ken Sato", "", "08055127730", "", "" });
        Assert.Equal("山田花子", rows[0].Fields.Name);
        Assert.Equal("鈴木美咲", rows[1].Fields.Name);
        Assert.Equal("Ken Sato", rows[2].Fields.Name);
        Assert.Equal("+819038214467", rows[0].Fields.PhoneNumber);
    }

    [Fact]
    public void A_lone_n_column_elsewhere_names_nothing() =>
        Assert.Null(HeaderRecognizer.Recognize("N").Field);
}

/// <summary>Cash-transfer registers on form tools: SurveyCTO's "nombres_titular" (Colombia), Ona's Swahili fields (Kenya).</summary>
public class BenefitHoldersTests
{
    [Fact]
    public void The_holders_fields_are_the_rows()
    {
        var rows = ReadFile.Rows("CO", new[] { "deviceid", "nombres_titular", "apellidos_titular", "celular_titular", "correo_titular" },
            new object?[] { "358240051111110", "María Fernanda", "Pérez Hoyos", "3015558421", "mafe.perez@example.com" },
            new object?[] { "358240051111111", "José Luis", "Mercado Vergara", "3206114590", "" });
        Assert.Equal("María Fernanda Pérez Hoyos", rows[0].Fields.Name);
        Assert.Equal("+573015558421", rows[0].Fields.PhoneNumber);
        Assert.Equal("mafe.perez@example.com", rows[0].Fields.Email);
    }

    [Fact]
    public void The_beneficiarys_number_and_middle_name_are_read_in_swahili()
    {
        var rows = ReadFile.Rows("KE", new[] { "taarifa_binafsi/jina_la_kwanza", "taarifa_binafsi/jina_la_kati", "taarifa_binafsi/jina_la_ukoo",
                "taarifa_binafsi/namba_ya_simu", "mpango/namba_ya_mnufaika", "_id", "_uuid" },
            new object?[] { "Sidi", "Kadzo", "Charo", "0722 908 114", "IJ-KLF-0045188", "91824417", "5b7e0f32-8d7c-4a1e-9b44-2f1a6c3d9e80" },
            new object?[] { "Omar", "Said", "Mwinyi", "0110 245 876", "IJ-KWL-0012317", "91830601", "6c8f1a43-9e8d-4b2f-8c55-3a2b7d4e0f91" });
        Assert.Equal("Sidi Kadzo Charo", rows[0].Fields.Name);
        Assert.Equal("IJ-KLF-0045188", rows[0].Fields.Identifier);
    }
}

/// <summary>A live chat's label for a visitor who gave no name (Live Helper Chat's "Посетитель") names no one.</summary>
public class VisitorPlaceholderTests
{
    [Theory]
    [InlineData("Посетитель", true)]
    [InlineData("Visitor 4821", true)]
    [InlineData("Guest #12", true)]
    [InlineData("Gast", true)]
    [InlineData("Christopher Guest", false)]
    [InlineData("Guest House Müller", false)]
    [InlineData("Anna Gast", false)]
    public void A_visitor_alone_or_numbered_is_no_name(string value, bool anonymous) =>
        Assert.Equal(anonymous, ValueShapes.IsAnonymous(value));
}

/// <summary>coreBOS's Spanish contacts ("Nº Contacto": CON45) and alf.io's attendees (a ticket's "ID" beside "ReservationID").</summary>
public class ContactNumbersAndTicketsTests
{
    [Fact]
    public void A_contact_number_of_codes_is_the_key_and_the_company_phone_is_used()
    {
        var rows = ReadFile.Rows("ES", new[] { "Nº Contacto", "Nombre", "Apellidos", "Cuenta", "Email", "Tel. Empresa" },
            new object?[] { "CON45", "Lucía", "Fernández Ruiz", "Distribuciones Levante S.L.", "lucia.fernandez@example.com", "963 52 14 70" },
            new object?[] { "CON46", "Javier", "Martín Gómez", "Talleres Martín S.A.", "", "+34 612 345 678" });
        Assert.Null(rows[0].Error);
        Assert.Equal("CON45", rows[0].Fields.Identifier);
        Assert.Equal("+34963521470", rows[0].Fields.PhoneNumber);
    }

    [Fact]
    public void A_contact_number_of_phone_numbers_is_the_phone()
    {
        var rows = ReadFile.Rows("IN", new[] { "Name", "Contact Number", "Email" },
            new object?[] { "Priya Nair", "98200 12345", "priya@example.in" },
            new object?[] { "Ravi Rao", "98450 12345", "" });
        Assert.Equal("+919820012345", rows[0].Fields.PhoneNumber);
        Assert.Null(rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_tickets_id_beside_its_reservations_is_no_key()
    {
        var rows = ReadFile.Rows("IN", new[] { "ID", "Category", "Status", "ReservationID", "Full Name", "E-Mail" },
            new object?[] { "5b1f0c2e-8d43", "Student", "ACQUIRED", "a7e4c2b9-1f3d", "Ananya Krishnan", "ananya@example.in" },
            new object?[] { "0c9d2a71-3e5b", "Faculty", "ACQUIRED", "b81c0e77-2d45", "Rajesh Verma", "rk@example.org" });
        Assert.Null(rows[0].Fields.Identifier);
    }
}

/// <summary>Frappe Lending's loan applications in Amharic: the applicant's name, and the applicant's own id beside the application's.</summary>
public class AmharicApplicantsTests
{
    [Fact]
    public void The_applicants_name_and_id_are_the_rows()
    {
        var rows = ReadFile.Rows("ET", new[] { "ID", "የአመልካች ዓይነት", "አመልካች", "የአመልካች ስም", "የብድር መጠን" },
            new object?[] { "ACC-LOAP-2025-00014", "Customer", "CUST-2025-00031", "አበበ ከበደ ተሰማ", "150000.0" },
            new object?[] { "ACC-LOAP-2025-00015", "Customer", "CUST-2025-00032", "Meron Tadesse", "80000.0" });
        Assert.Equal("አበበ ከበደ ተሰማ", rows[0].Fields.Name);
        Assert.Equal("CUST-2025-00031", rows[0].Fields.Identifier);
    }
}

/// <summary>Sports registers: MeOS's Swedish start list (a club's "Namn" beside the runner's names), DFBnet's player list.</summary>
public class ClubNamesDatesAndDatabaseNumbersTests
{
    [Fact]
    public void A_name_column_sharing_nothing_with_the_rows_names_is_another_partys()
    {
        var rows = ReadFile.Rows("SE", new[] { "Databas nr.", "Efternamn", "Förnamn", "Klubb nr.", "Namn" },
            new object?[] { "18634", "Lindqvist", "Erik", "312", "Järla Orientering" },
            new object?[] { "40218", "Sjöberg", "Anna-Karin", "87", "OK Linné" },
            new object?[] { "27751", "Berg", "Maja", "312", "Järla Orientering" });
        Assert.Equal("Erik Lindqvist", rows[0].Fields.Name);
        Assert.Equal("18634", rows[0].Fields.Identifier);
    }

    [Theory]
    [InlineData("Bob Smith", "Robert", "Smith")]
    [InlineData("Rob Smith", "Robert", "Smith")]
    [InlineData("山田花子", "花子", "山田")]
    public void A_display_name_that_shares_a_part_stays(string display, string first, string last)
    {
        var rows = ReadFile.Rows("US", new[] { "Name", "First Name", "Last Name", "Email" },
            new object?[] { display, first, last, "a@example.com" },
            new object?[] { "Ann Lee", "Ann", "Lee", "b@example.com" });
        Assert.Equal(display, rows[0].Fields.Name);
    }

    [Fact]
    public void A_date_under_a_column_taken_by_a_qualifier_alone_is_no_phone()
    {
        var rows = ReadFile.Rows("DE", new[] { "Passnr.", "Name", "Vorname", "Spielrecht Freundschaft / Privat" },
            new object?[] { "06613482", "Becker", "Tim", "21.07.2016" },
            new object?[] { "07120395", "Öztürk", "Emre", "" });
        Assert.Null(rows[0].Error);
        Assert.Null(rows[0].Fields.PhoneNumber);
    }
}

/// <summary>Templates and registers: ABillS in Kazakh, pretalx in Russian, an Afrikaans congregation, OpenSID's population list.</summary>
public class RegistersInMoreLanguagesTests
{
    [Theory]
    [InlineData("ТАӘ", "Name")]
    [InlineData("Телефон для связи", "PhoneNumber")]
    [InlineData("noemnaam", "FirstName")]
    [InlineData("landlyn", "PhoneNumber")]
    public void Fields_are_read(string header, string field) =>
        Assert.Equal(System.Enum.Parse<ContactField>(field), HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void Several_links_to_other_tables_key_no_row()
    {
        var rows = ReadFile.Rows("ID", new[] { "nama", "nik", "agama_id", "pendidikan_kk_id", "pekerjaan_id", "warganegara_id" },
            new object?[] { "BAMBANG SUTRISNO", "3201011503800004", "1", "5", "9", "1" },
            new object?[] { "SRI WAHYUNINGSIH", "3201015508830003", "2", "4", "2", "1" });
        Assert.Equal("BAMBANG SUTRISNO", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.Identifier);
    }

    [Fact]
    public void One_vendors_id_still_keys()
    {
        var rows = ReadFile.Rows("US", new[] { "Shopify ID", "Name", "Email" },
            new object?[] { "7210448301", "Amy Lee", "amy@example.com" },
            new object?[] { "7210448302", "Ben Fox", "ben@example.com" });
        Assert.Equal("7210448301", rows[0].Fields.Identifier);
    }
}

/// <summary>litemall's address book: "收货人" (the consignee) alone holds the row's names, though the splitter cuts it at 收货.</summary>
public class ConsigneeAloneTests
{
    [Fact]
    public void The_consignee_alone_names_the_row()
    {
        var rows = ReadFile.Rows("CN", new[] { "地址ID", "用户ID", "收货人", "手机号", "地址" },
            new object?[] { "31", "1001", "王晓明", "13912345678", "北京市朝阳区建国路88号" },
            new object?[] { "32", "1002", "周桂兰", "13770126688", "南京市鼓楼区中山路1号" });
        Assert.Equal("王晓明", rows[0].Fields.Name);
    }
}

/// <summary>Subscribie's subscribers: a form's numbered question key, then the question in double quotes.</summary>
public class QuotedQuestionTests
{
    [Theory]
    [InlineData("question_id-2-\"Contact phone number\"", "PhoneNumber")]
    [InlineData("question_id-3-\"Your e-mail address\"", "Email")]
    public void The_quoted_question_names_the_field(string header, string field) =>
        Assert.Equal(System.Enum.Parse<ContactField>(field), HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_question_that_names_no_field_fills_none() =>
        Assert.Null(HeaderRecognizer.Recognize("question_id-1-\"Which edition would you like?\"").Field);
}
