using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen218 and unseen219: Mexican and Chilean surname columns written short ("APaterno", "Ape_Mat"), a
/// contractor's workers ("Trabajador"), and Baltic user lists (LibreBooking in Estonian, Snipe-IT in Lithuanian).
/// </summary>
public class SurnamesWorkersAndBalticUsersTests
{
    [Theory]
    [InlineData("APaterno", "LastName")]
    [InlineData("AMaterno", "LastName")]
    [InlineData("Ape_Pat", "LastName")]
    [InlineData("Ap. Materno", "LastName")]
    [InlineData("A. Paterno", "LastName")]
    [InlineData("Paterno", "LastName")]
    [InlineData("Visas vardas", "Name")]
    [InlineData("Täisnimi", "Name")]
    [InlineData("Koko nimi", "Name")]
    public void Surnames_and_full_names_are_read(string header, string field) =>
        Assert.Equal(System.Enum.Parse<ContactField>(field), HeaderRecognizer.Recognize(header).Field);

    [Theory]
    [InlineData("Kasutajanimi")]
    [InlineData("Kasutaja nimi")]
    [InlineData("Naudotojo vardas")]
    [InlineData("Lietotāja vārds")]
    public void A_baltic_user_name_is_a_login(string header) =>
        Assert.Equal(HeaderRecognizer.LoginRank, HeaderRecognizer.Recognize(header).Rank);

    [Fact]
    public void Both_short_surnames_follow_the_given_name()
    {
        var rows = ReadFile.Rows("MX", new[] { "Nombre", "APaterno", "AMaterno", "Celular" },
            new object?[] { "Efraín", "Gutiérrez", "Salas", "4421234567" },
            new object?[] { "Alejandra", "Pérez", "", "664 123 4567" });
        Assert.Equal("Efraín Gutiérrez Salas", rows[0].Fields.Name);
        Assert.Equal("Alejandra Pérez", rows[1].Fields.Name);
        Assert.Equal("+524421234567", rows[0].Fields.PhoneNumber);
    }

    [Fact]
    public void A_workers_column_of_names_is_the_name()
    {
        var rows = ReadFile.Rows("CL", new[] { "Id", "Trabajador", "RUT", "Email", "Telefono" },
            new object?[] { "41", "Javier Muñoz", "15.432.876-5", "javier.munoz@example.com", "987654321" },
            new object?[] { "42", "Camila Rojas", "18.765.432-1", "", "+56 9 7654 3210" });
        Assert.Equal("Javier Muñoz", rows[0].Fields.Name);
        Assert.Equal("Camila Rojas", rows[1].Fields.Name);
        Assert.Equal("41", rows[0].Fields.Identifier);
    }

    [Fact]
    public void An_estonian_user_name_keys_a_list_without_ids()
    {
        var rows = ReadFile.Rows("EE", new[] { "Eesnimi", "Perekonnanimi", "Kasutajanimi", "Email", "Telefon" },
            new object?[] { "Mart", "Tamm", "mart.tamm", "mart.tamm@example.com", "5123 4567" },
            new object?[] { "Kadri", "Kask", "kadrik", "kadri.kask@example.net", "" });
        Assert.Equal("Mart Tamm", rows[0].Fields.Name);
        Assert.Equal("kadrik", rows[1].Fields.Identifier);
    }
}

/// <summary>Blind set unseen223: a party's number that holds phone numbers (a Kurdish service station's bookings).</summary>
public class PartyNumbersAsPhonesTests
{
    [Fact]
    public void A_customers_number_written_as_phones_is_the_phone()
    {
        var rows = ReadFile.Rows("IQ", new[] { "ژمارەی حجز", "ناوی کڕیار", "ژمارەی کڕیار", "وێستگە" },
            new object?[] { "#1042", "هێمن عەبدوڵا", "07501234567", "وێستگەی ئازادی" },
            new object?[] { "#1039", "شیلان ئەحمەد محەمەد", "0770 412 8899", "وێستگەی ئازادی" },
            new object?[] { "#1036", "", "+964 751 556 2040", "وێستگەی ئازادی" });
        Assert.Equal("+9647501234567", rows[0].Fields.PhoneNumber);
        Assert.Equal("+9647704128899", rows[1].Fields.PhoneNumber);
        Assert.Null(rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_customer_number_padded_with_zeros_stays_the_identifier()
    {
        var rows = ReadFile.Rows("DE", new[] { "Kundennummer", "Name", "E-Mail" },
            new object?[] { "0001023456", "Jürgen Müller", "jm@example.com" },
            new object?[] { "0001023457", "Anna Schmidt", "as@example.com" });
        Assert.Equal("0001023456", rows[0].Fields.Identifier);
        Assert.Null(rows[0].Fields.PhoneNumber);
    }
}

/// <summary>Blind set unseen208: MRBS in Japanese puts the login under "名前" beside "Name" holding the display name.</summary>
public class LoginsUnderNameColumnsTests
{
    [Fact]
    public void A_name_column_of_logins_beside_one_of_names_is_the_login()
    {
        var rows = ReadFile.Rows("JP", new[] { "Name", "名前", "権限", "Eメールアドレス" },
            new object?[] { "山田 太郎", "yamada", "ユーザ", "t.yamada@example.co.jp" },
            new object?[] { "佐藤 花子", "h-sato", "管理者", "Hanako.Sato@example.jp" },
            new object?[] { "鈴木 一郎", "suzuki.ichiro", "ユーザ", "" });
        Assert.Equal("山田 太郎", rows[0].Fields.Name);
        Assert.Equal("yamada", rows[0].Fields.Identifier);
        Assert.Equal("suzuki.ichiro", rows[2].Fields.Identifier);
    }

    [Fact]
    public void Given_names_alone_beside_full_names_are_no_logins()
    {
        var rows = ReadFile.Rows("DE", new[] { "Name", "Rufname", "E-Mail" },
            new object?[] { "Jürgen Müller", "Jürgen", "jm@example.com" },
            new object?[] { "Anna Schmidt", "Anna", "as@example.com" });
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Equal("Jürgen Müller", rows[0].Fields.Name);
    }
}

/// <summary>Blind set unseen225: owners as the row's person where nobody else is named, and a pricing profile's id.</summary>
public class OwnersAndSettingsIdsTests
{
    private static readonly string[] RunHoa =
        { "Unit Id", "Address", "City", "State", "Zip", "Owner Name 1", "Owner Email 1", "Owner Phone 1", "Owner Name 2", "Owner Email 2", "Owner Phone 2" };

    [Fact]
    public void The_first_owner_of_a_unit_is_the_rows_person_and_the_co_owner_is_not()
    {
        var rows = ReadFile.Rows("US", RunHoa,
            new object?[] { "A-101", "6780 Albert Dr", "Harrisburg", "PA", "17112", "Patricia Holloway", "pholloway@example.com", "7174231980", "Gerald Holloway", "gerald.holloway@example.com", "7174231981" },
            new object?[] { "A-103", "6784 Albert Dr", "Harrisburg", "PA", "17112", "Dennis Carver", "", "", "Ruth Carver", "ruth.carver@example.net", "7174231999" });
        Assert.Equal("Patricia Holloway", rows[0].Fields.Name);
        Assert.Equal("pholloway@example.com", rows[0].Fields.Email);
        Assert.Equal("+17174231980", rows[0].Fields.PhoneNumber);
        Assert.Null(rows[1].Fields.Email);
        Assert.Null(rows[1].Fields.PhoneNumber);
    }

    [Fact]
    public void Owners_beside_the_rows_own_person_stay_someone_elses()
    {
        var map = ColumnMap.Build(new[] { "First Name", "Last Name", "Email", "Owner Name", "Owner Email" });
        Assert.Contains("not used: 'Owner Name', 'Owner Email'", map.Describe());
    }

    [Fact]
    public void A_pricing_profiles_id_is_no_key() =>
        Assert.DoesNotContain("Identifier", ColumnMap.Build(new[] { "Company", "telephone", "email", "contact_name", "pricing_profile_id" }).Describe());
}

/// <summary>Blind sets unseen224 and unseen225: South Slavic mobile words, VetData's phone kinds, ScoutsTracker's short names.</summary>
public class PhoneKindsAndShortNamesTests
{
    [Theory]
    [InlineData("Kontakt broj mobitela", 1)]
    [InlineData("Мобилен телефон", 1)]
    [InlineData("Telefone móvel", 1)]
    public void South_slavic_and_portuguese_mobiles_are_the_mobile(string header, int rank)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.Equal(ContactField.PhoneNumber, meaning.Field);
        Assert.Equal(rank, meaning.Rank);
    }

    [Fact]
    public void A_home_phone_in_croatian_ranks_after_the_mobile() =>
        Assert.True(HeaderRecognizer.Recognize("Kućni telefon").Rank > HeaderRecognizer.Recognize("Mobitel").Rank);

    [Fact]
    public void Vetdatas_phone_kinds_pick_the_cell()
    {
        var rows = ReadFile.Rows("US", new[] { "LastName", "FirstName", "Phone1AsIs", "PhoneType1", "Phone2AsIs", "PhoneType2" },
            new object?[] { "Okafor", "Grace", "(614) 372-9051", "Home", "614-806-2317", "Cell" });
        Assert.Equal("+16148062317", rows[0].Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("Liam T", "Liam Tremblay")]
    [InlineData("Liam T.", "Liam Tremblay")]
    [InlineData("Lee Tremblay", "Lee Tremblay")]
    public void A_display_name_with_the_family_initial_gives_way_to_the_parts(string display, string expected)
    {
        var rows = ReadFile.Rows("CA", new[] { "First Name", "Last Name", "Display Name", "Email Address" },
            new object?[] { "Liam", "Tremblay", display, "liam.tremblay@example.com" });
        Assert.Equal(expected, rows[0].Fields.Name);
    }
}

/// <summary>Blind set unseen225: Moralius's accounts, each row with the client's contact, the service company's staff and a subcontractor.</summary>
public class AccountContactsTests
{
    [Theory]
    [InlineData("Company Contact First Name", "FirstName")]
    [InlineData("AccountContactLastName", "LastName")]
    [InlineData("Company Contact Name", "Name")]
    [InlineData("AccountContactEmail", "Email")]
    [InlineData("Contact Company Name", "Company")]
    public void The_contact_at_a_company_is_a_person(string header, string field) =>
        Assert.Equal(System.Enum.Parse<ContactField>(field), HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_subcontractors_contact_is_not_the_rows()
    {
        var rows = ReadFile.Rows("GB", new[] { "AccountName", "AccountContactFirstName", "AccountContactLastName", "AccountContactEmail", "SubcontractorName", "SubcontractorContactFirstName", "SubcontractorContactLastName", "SubcontractorContactEmail" },
            new object?[] { "Kestrel Lettings", "Samuel", "Osei", "sosei@example.net", "Clearview Rope Access Ltd", "Jake", "Pearson", "jake@example.org" },
            new object?[] { "Northgate Estates", "", "", "", "Clearview Rope Access Ltd", "Jake", "Pearson", "jake@example.org" });
        Assert.Equal("Samuel Osei", rows[0].Fields.Name);
        Assert.Equal("sosei@example.net", rows[0].Fields.Email);
        Assert.Null(rows[1].Fields.Email);
    }
}

/// <summary>Blind sets unseen228 and unseen229: case-management and RTL registers (CommCare, Sahana Eden, Primero in Swahili,
/// a Pakistani madrasa, a Sorani Quran centre).</summary>
public class CasesAndRegistersTests
{
    [Theory]
    [InlineData("Case ID", "Identifier")]
    [InlineData("Jina la Muulizaji", "Name")]
    [InlineData("طالب علم کا نام", "Name")]
    [InlineData("کۆدی قوتابی", "Identifier")]
    [InlineData("رابطہ نمبر", "PhoneNumber")]
    [InlineData("author_realname", "Name")]
    public void Cases_inquirers_and_students_are_read(string header, string field) =>
        Assert.Equal(System.Enum.Parse<ContactField>(field), HeaderRecognizer.Recognize(header).Field);

    [Theory]
    [InlineData("والد کا نام")]
    public void A_father_is_never_the_contact(string header) =>
        Assert.Null(HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_support_case_beside_its_subject_is_no_key()
    {
        var rows = ReadFile.Rows("US", new[] { "Case Number", "Subject", "Priority", "Contact Name", "Contact Email" },
            new object?[] { "00001026", "Printer offline", "High", "Ann Lee", "ann@example.com" },
            new object?[] { "00001027", "Invoice copy", "Low", "Bob Ray", "bob@example.com" });
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Equal("ann@example.com", rows[0].Fields.Email);
    }

    [Fact]
    public void A_commcare_case_is_keyed_by_its_case_id_not_the_running_number()
    {
        var rows = ReadFile.Rows("MZ", new[] { "number", "caseid", "name", "telefone", "owner_name" },
            new object?[] { "1", "3f1c9a7e2b4d4e8a9c610d5b7a2e4f11", "Ana Maria Cossa", "841234567", "Equipa Polana" },
            new object?[] { "2", "a82d6c1f5e9b47d3b0c4e7f9a1d23b56", "Joaquim Mabunda", "827654321", "Equipa Polana" });
        Assert.Equal("3f1c9a7e2b4d4e8a9c610d5b7a2e4f11", rows[0].Fields.Identifier);
        Assert.Equal("+258841234567", rows[0].Fields.PhoneNumber);
    }
}

/// <summary>Blind sets unseen231 and unseen232: 24SevenOffice's role phones and a feature phone's bare "Number".</summary>
public class RolePhonesAndBareNumbersTests
{
    [Fact]
    public void A_roles_email_is_the_work_one_and_role_alone_names_nothing()
    {
        Assert.True(HeaderRecognizer.Recognize("ContactRoleEmail").Rank > HeaderRecognizer.Recognize("ContactEmail").Rank);
        Assert.Equal(ContactField.PhoneNumber, HeaderRecognizer.Recognize("ContactRoleMobile").Field);
        Assert.Null(HeaderRecognizer.Recognize("Role").Field);
        Assert.Null(HeaderRecognizer.Recognize("Role Name").Field);
    }

    [Fact]
    public void A_bare_number_beside_home_and_office_numbers_is_the_main_phone()
    {
        var rows = ReadFile.Rows("RU", new[] { "Name", "Number", "Home Number", "Company Name", "E-mail Address", "Office Number" },
            new object?[] { "Анна Кузнецова", "89217654321", "", "", "anna@example.com", "" },
            new object?[] { "Игорь Волков", "+79052223344", "88122345678", "ООО Нева", "", "88123456789" },
            new object?[] { "Папа", "", "84951112233", "", "", "" });
        Assert.Equal("+79217654321", rows[0].Fields.PhoneNumber);
        Assert.Equal("+79052223344", rows[1].Fields.PhoneNumber);
        Assert.Equal("+74951112233", rows[2].Fields.PhoneNumber);
        Assert.Null(rows[1].Fields.Identifier);
    }
}

/// <summary>Blind sets unseen233 to unseen235: more phone and name words, a phone's country, an address's number, a form's choice.</summary>
public class PhoneCountriesAndFormChoicesTests
{
    [Theory]
    [InlineData("По батькові", "MiddleName")]
    [InlineData("Telefon pevný", "PhoneNumber")]
    [InlineData("Telefon stacjonarny", "PhoneNumber")]
    [InlineData("Telefonska številka", "PhoneNumber")]
    [InlineData("E-poštni naslov", "Email")]
    [InlineData("Telefoninumber", "PhoneNumber")]
    [InlineData("Телефон за контакт", "PhoneNumber")]
    public void More_phone_and_name_words_are_read(string header, string field) =>
        Assert.Equal(System.Enum.Parse<ContactField>(field), HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_phones_country_is_its_calling_code_and_alone_no_phone()
    {
        var rows = ReadFile.Rows("EC", new[] { "firstName", "lastName", "email", "phoneCountry", "phoneNumber" },
            new object?[] { "Sandra", "Agila", "sandra@example.com", "+593", "959920025" },
            new object?[] { "Daniela", "Ordóñez", "daniela@example.net", "+593", "" });
        Assert.Equal("+593959920025", rows[0].Fields.PhoneNumber);
        Assert.Null(rows[1].Error);
        Assert.Null(rows[1].Fields.PhoneNumber);
    }

    [Fact]
    public void A_number_among_a_peruvian_addresss_parts_is_no_key()
    {
        var rows = ReadFile.Rows("PE", new[] { "RUC", "NOMBRE O RAZÓN SOCIAL", "NOMBRE DE VÍA", "TIPO DE ZONA", "NÚMERO", "INTERIOR" },
            new object?[] { "20601234561", "INVERSIONES ÑAUPA E.I.R.L.", "LOS PINOS", "URB.", "1120", "" },
            new object?[] { "10407215634", "QUISPE HUAMAN ROSA ELVIRA", "-", "-", "215", "-" });
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Null(rows[1].Fields.Identifier);
    }

    [Fact]
    public void A_forms_choice_of_the_participant_names_the_row()
    {
        var rows = ReadFile.Rows("AR", new[] { "Submission ID", "Respondent ID", "Submitted at", "Seleccionar Participante", "1)3ro en la qualy (1 pto)" },
            new object?[] { "2EMpQVg", "2ELKkqg", "2026-03-07 02:55:06", "Valentina Ríos", "Max Verstappen (Red Bull Racing)" },
            new object?[] { "3RnQeXk", "3RmNb7T", "2026-03-07 11:20:41", "Martín Gómez", "Charles Leclerc (Scuderia Ferrari)" });
        Assert.Equal("Valentina Ríos", rows[0].Fields.Name);
        Assert.Equal("3RmNb7T", rows[1].Fields.Identifier);
    }
}

/// <summary>Blind sets unseen233, unseen237 and unseen238: animal registers, an owner's lone name column, school registers'
/// numbers, and a database's null marker.</summary>
public class AnimalsOwnersAndRegistersTests
{
    [Fact]
    public void A_shelters_keeper_is_the_rows_person_not_the_animal()
    {
        var rows = ReadFile.Rows("PL", new[] { "Imię", "Wiek", "Gatunek", "Opiekun", "Telefon Opiekuna" },
            new object?[] { "Burek", "4 lat", "Pies", "Katarzyna Wiśniewska", "512 345 678" },
            new object?[] { "Mruczek", "2 lat", "Kot", "Paweł Zieliński", "+48 601 555 123" });
        Assert.Equal("Katarzyna Wiśniewska", rows[0].Fields.Name);
        Assert.Equal("+48512345678", rows[0].Fields.PhoneNumber);
    }

    [Fact]
    public void A_vets_client_stays_the_person_beside_the_pets_name()
    {
        var rows = ReadFile.Rows("US", new[] { "Client First Name", "Client Last Name", "Client Email", "Patient Name", "Species" },
            new object?[] { "Dana", "Miller", "dana@example.com", "Biscuit", "Canine" });
        Assert.Equal("Dana Miller", rows[0].Fields.Name);
    }

    [Fact]
    public void An_owners_lone_name_column_names_the_person_where_no_one_else_is_named()
    {
        Assert.Contains("Name from 'ownerName'", ColumnMap.Build(new[] { "ownerName", "flatNo", "phno", "email", "balance" }).Describe());
        Assert.DoesNotContain("Name from", ColumnMap.Build(new[] { "Company name", "Owner Name", "Owner Email", "City" }).Describe());
    }

    [Theory]
    [InlineData("GR No")]
    [InlineData("GeneralRegNo")]
    public void A_schools_general_register_number_is_the_pupils(string header) =>
        Assert.Equal(HeaderRecognizer.OwnNumberRank, HeaderRecognizer.Recognize(header).Rank);

    [Fact]
    public void A_databases_null_marker_is_an_empty_cell()
    {
        var rows = ReadFile.Rows("US", new[] { "local_id", "full_name", "primary_phone", "primary_email" },
            new object?[] { "111440", "Gabriel Ferreira", "617-625-4410", "\\N" });
        Assert.Null(rows[0].Error);
        Assert.Null(rows[0].Fields.Email);
    }
}

/// <summary>Blind sets unseen198, unseen230, unseen240 and unseen241: event registrations and their ids, a person's id, Finnish
/// mobiles, Danish register numbers, and a government office's phone.</summary>
public class RegistrationsAndRegistersTests
{
    [Fact]
    public void A_registration_lists_bare_id_is_the_sign_ups()
    {
        var rows = ReadFile.Rows("CH", new[] { "ID", "Name", "Email Address", "Registration date", "Registration state", "Checked in" },
            new object?[] { "341", "Anna Zürcher", "anna@example.com", "2026-03-01", "Complete", "No" },
            new object?[] { "342", "Jan Vogelsang", "jan@example.org", "2026-03-02", "Complete", "Yes" });
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Equal("anna@example.com", rows[0].Fields.Email);
    }

    [Fact]
    public void A_user_list_with_a_registration_date_keeps_its_id()
    {
        var rows = ReadFile.Rows("CH", new[] { "ID", "Name", "Email", "Registration date" },
            new object?[] { "341", "Anna Zürcher", "anna@example.com", "2026-03-01" },
            new object?[] { "342", "Jan Vogelsang", "jan@example.org", "2026-03-02" });
        Assert.Equal("341", rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_persons_id_outranks_the_bookings_bare_id()
    {
        var rows = ReadFile.Rows("SE", new[] { "ID", "Person-ID", "Efternamn", "Förnamn", "E-post" },
            new object?[] { "41", "17", "Håkansson", "Karin", "karin@example.se" },
            new object?[] { "42", "23", "Lundgren", "Per", "per@example.se" });
        Assert.Equal("17", rows[0].Fields.Identifier);
    }

    [Theory]
    [InlineData("Kännykän numero", "PhoneNumber")]
    [InlineData("Registreringsnummer", "Identifier")]
    [InlineData("Reg No", "Identifier")]
    public void Finnish_mobiles_and_register_numbers_are_read(string header, string field) =>
        Assert.Equal(System.Enum.Parse<ContactField>(field), HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_phone_at_the_government_office_is_no_register_number() =>
        Assert.Null(HeaderRecognizer.Recognize("TelefonnummerReg").Field);
}

/// <summary>Blind set unseen239: a pesantren's applicants and a Thai student register.</summary>
public class PesantrenAndThaiRegistersTests
{
    [Theory]
    [InlineData("Nama Santri", "Name")]
    [InlineData("ทะเบียนเลขที่", "Identifier")]
    public void Students_and_their_register_numbers_are_read(string header, string field) =>
        Assert.Equal(System.Enum.Parse<ContactField>(field), HeaderRecognizer.Recognize(header).Field);

    [Theory]
    [InlineData("Pendapatan Keluarga")]
    [InlineData("Salary")]
    public void An_income_is_no_name(string header) => Assert.Null(HeaderRecognizer.Recognize(header).Field);
}

/// <summary>Blind set unseen129: a Czech orienteering club's "reg" column, the members' registration numbers.</summary>
public class BareRegisterColumnTests
{
    [Fact]
    public void A_bare_reg_column_keys_the_members()
    {
        var rows = ReadFile.Rows("CZ", new[] { "příjmení", "jméno", "reg", "email" },
            new object?[] { "Novotná", "Petra", "ZBM8651", "petra@example.com" },
            new object?[] { "Dvořák", "Jiří", "ZBM7203", "jiri@example.net" });
        Assert.Equal("ZBM8651", rows[0].Fields.Identifier);
    }
}

/// <summary>Blind set unseen234: SUNAT's taxpayer register names each row "NOMBRE O RAZÓN SOCIAL", a person's or a firm's name.</summary>
public class NameOrCompanyTests
{
    [Theory]
    [InlineData("NOMBRE O RAZÓN SOCIAL")]
    [InlineData("Name or Company")]
    public void A_name_or_a_firms_name_is_the_rows_name(string header) =>
        Assert.Equal(ContactField.Name, HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_company_name_stays_the_company() =>
        Assert.Equal(ContactField.Company, HeaderRecognizer.Recognize("Company Name").Field);
}
