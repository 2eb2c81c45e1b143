using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen274 to unseen277: a Congolese register's "Nom", "Post-Nom", "Prénom"; a given name qualified by a word
/// the vocabulary does not know beside a family name alone (Kompassi's "official_first_names_or_first_name"); a Greek
/// register's number (Open eClass's "Αριθμός μητρώου"); Hungary's state education number (MaYoR's "Oktatási azonosító").
/// And unseen278 to unseen280: a contact person's own e-mail before the organisation's, a child's contacts beside a
/// parent's, a name's kana reading, Japanese full-width spaces, Uzbek, Georgian, Korean, Māori and Welsh words.
/// </summary>
public class PostNomsAndLonePartsTests
{
    [Theory]
    [InlineData("Nom", "Post-Nom", "Prénom")]
    [InlineData("NOM", "POSTNOM", "PRENOM")]
    [InlineData("Nom", "Post nom", "Prénom")]
    [InlineData("Noms", "Postnoms", "Prénoms")]
    public void The_post_nom_follows_the_nom_after_the_given_name(string nom, string postNom, string prenom)
    {
        var rows = ReadFile.Rows("CD", new[] { "Ref-ID", nom, postNom, prenom, "Téléphone", "Responsable" },
            new object?[] { "b_1", "Ngalula", "Mwamba", "Thérèse", "+243 812 345 678", "Rév. Richard Kingombe" },
            new object?[] { "b_2", "Mukendi", "", "Odette", "0998 214 367", "Maman Sarah Kalonji" });
        Assert.Equal("Thérèse Ngalula Mwamba", rows[0].Fields.Name);
        Assert.Equal("Odette Mukendi", rows[1].Fields.Name);
        Assert.Equal("+243998214367", rows[1].Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("official_first_names_or_first_name")]
    [InlineData("Legal First Name")]
    public void A_qualified_given_name_beside_a_family_name_alone_is_the_rows(string header)
    {
        var rows = ReadFile.Rows("FI", new[] { "surname", header, "email", "phone" },
            new object?[] { "Hämäläinen", "Juho Petteri", "juho.hamalainen@example.com", "050 123 4567" });
        Assert.Equal("Juho Petteri Hämäläinen", rows[0].Fields.Name);
    }

    [Fact]
    public void A_qualified_given_name_beside_the_rows_own_given_name_is_still_someone_elses()
    {
        // Eduka's pupils: "Prénom R1", "Nom R1" are the first legal representative's, beside the pupil's own.
        var rows = ReadFile.Rows("FR", new[] { "Nom", "Prénom", "Nom R1", "Prénom R1", "Adresse e-mail R1" },
            new object?[] { "Petit", "Léa", "Petit", "Marc", "marc.petit@example.com" });
        Assert.Equal("Léa Petit", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.Email);
    }

    [Fact]
    public void A_greek_register_number_keys_the_student_before_the_login()
    {
        var rows = ReadFile.Rows("GR", new[] { "Επώνυμο", "Όνομα", "E-mail", "Αριθμός μητρώου", "Όνομα χρήστη (username)" },
            new object?[] { "Αντωνίου", "Δημήτρης", "dantoniou@example.com", "1115202100012", "sdi2100012" });
        Assert.Equal("1115202100012", rows[0].Fields.Identifier);
    }

    [Theory]
    [InlineData("Oktatási azonosító")]
    [InlineData("Diákigazolvány szám")]
    public void Hungarys_state_education_numbers_key_no_one(string header) =>
        Assert.Null(HeaderRecognizer.Recognize(header).Field);
}

public class ReachAndReadingTests
{
    [Fact]
    public void The_contact_persons_own_email_and_phone_come_before_the_organisations()
    {
        // Saldi's debtors: a person without a contact falls back to the record's own columns.
        var headers = new[] { "kontonr", "firmanavn", "tlf", "mobile", "email", "kontakt_navn", "kontakt_tlf", "kontakt_mobile", "kontakt_email" };
        var rows = ReadFile.Rows("DK", headers,
            new object?[] { "1001", "Mette Kjærgaard", "86 12 34 56", "21 43 65 87", "mette.kjaergaard@example.dk", "", "", "", "" },
            new object?[] { "1002", "Brøndby Hundepension ApS", "43 96 11 20", "", "info@brondby.example.com", "Jesper Holm", "", "30 58 22 14", "jesper.holm@example.com" });
        Assert.Equal("mette.kjaergaard@example.dk", rows[0].Fields.Email);
        Assert.Equal("+4521436587", rows[0].Fields.PhoneNumber);
        Assert.Equal("Jesper Holm", rows[1].Fields.Name);
        Assert.Equal("jesper.holm@example.com", rows[1].Fields.Email);
        Assert.Equal("+4530582214", rows[1].Fields.PhoneNumber);
    }

    [Fact]
    public void A_childs_contacts_beside_a_parents_are_the_rows_and_the_familys_address_follows()
    {
        var headers = new[] { "Navn", "Alder", "Tlf (barn)", "Email (barn)", "Tlf (forælder)", "Email (familie)" };
        var rows = ReadFile.Rows("DK", headers,
            new object?[] { "Emil Kjær Nielsen", "11", "", "", "22 33 44 55", "familien.nielsen@example.dk" },
            new object?[] { "Freja Holm", "13", "+45 31 22 87 60", "freja.holm@example.com", "40 11 22 33", "holm.familie@example.net" });
        Assert.Equal("familien.nielsen@example.dk", rows[0].Fields.Email);
        Assert.Null(rows[0].Fields.PhoneNumber);
        Assert.Equal("freja.holm@example.com", rows[1].Fields.Email);
        Assert.Equal("+4531228760", rows[1].Fields.PhoneNumber);
    }

    [Fact]
    public void Beside_no_parents_contacts_a_childs_stay_someone_elses()
    {
        var rows = ReadFile.Rows("GB", new[] { "Name", "Email", "Child Email" },
            new object?[] { "Ann Lee", "ann.lee@example.com", "kid.lee@example.com" });
        Assert.Equal("ann.lee@example.com", rows[0].Fields.Email);
    }

    [Theory]
    [InlineData("名前カナ")]
    [InlineData("フリガナ")]
    public void A_names_kana_reading_names_a_row_whose_name_is_empty(string reading)
    {
        var rows = ReadFile.Rows("JP", new[] { "会員番号", "名前", reading, "電話番号" },
            new object?[] { "KR2405117", "山田\u3000花子", "ヤマダ\u3000ハナコ", "090-1234-5678" },
            new object?[] { "KR2405152", "", "コバヤシ\u3000ユイ", "070-3456-7812" });
        Assert.Equal("山田\u3000花子", rows[0].Fields.Name);
        Assert.Equal("コバヤシ\u3000ユイ", rows[1].Fields.Name);
    }

    [Fact]
    public void A_run_of_spaces_in_a_name_is_still_one()
    {
        var rows = ReadFile.Rows("NO", new[] { "Name", "Email" }, new object?[] { "Ingrid  Haugen", "ingrid@example.no" });
        Assert.Equal("Ingrid Haugen", rows[0].Fields.Name);
    }

    [Theory]
    [InlineData("Fuqaro F.I.Sh.", "Name")]
    [InlineData("Telefon raqami", "PhoneNumber")]
    [InlineData("Elektron pochta", "Email")]
    [InlineData("수험번호", "Identifier")]
    [InlineData("受験番号", "Identifier")]
    [InlineData("Ingoa Tuatahi", "FirstName")]
    [InlineData("Ingoa Whānau", "LastName")]
    [InlineData("Īmēra", "Email")]
    [InlineData("Enw llawn", "Name")]
    [InlineData("Rhif ffôn symudol", "PhoneNumber")]
    public void More_languages_words_name_their_fields(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Theory]
    [InlineData("ჯავშნის ID")]
    [InlineData("Tug'ilgan sana")]
    public void A_booking_or_a_birth_date_names_no_field(string header) =>
        Assert.Null(HeaderRecognizer.Recognize(header).Field);
}

/// <summary>
/// Blind sets unseen282 to unseen284: summary blocks below the rows, a household count headed "Famille", Brazil's "Apelido",
/// appointment lists, a parcel label's kana name, Arabic first names, a petition's creator.
/// </summary>
public class FootersHouseholdsAndCreatorsTests
{
    [Fact]
    public void A_title_alone_on_its_line_starts_a_summary_and_its_label_lines_are_no_contacts()
    {
        var headers = new[] { "Matricule", "Nom", "Post-nom", "Prénom", "Téléphone" };
        var rows = ReadFile.Rows("CD", headers,
            new object?[] { "EL-2025-0041", "Kabongo", "Mwamba", "Grâce", "0812345678" },
            new object?[] { "EL-2025-0042", "Lukusa", "Tshibangu", "Daniel", "+243 997 654 321" },
            new object?[] { "Informations sur l'export:", "", "", "", "" },
            new object?[] { "Date d'export", "07/12/2026 10:15:00", "", "", "" },
            new object?[] { "Nombre d'élèves", "2", "", "", "" });
        Assert.Equal("EL-2025-0041", rows[0].Fields.Identifier);
        Assert.Equal("Grâce Kabongo Mwamba", rows[0].Fields.Name);
        Assert.All(rows.Skip(2), r => Assert.NotNull(r.Error));
    }

    [Fact]
    public void A_line_of_labelled_figures_alone_is_a_summary_too()
    {
        var headers = new[] { "Numérotation Interne", "Nom", "Prénom", "Gsm", "Famille" };
        var rows = ReadFile.Rows("BE", headers,
            new object?[] { "101", "Lambert", "Sophie", "0475/23.45.67", "3" },
            new object?[] { "102", "Diallo", "Mamadou", "0486/71.22.39", "4" },
            new object?[] { "Famille : 2 Bénéficiaires : 7 Parents Homme: 1, Parents Femme: 1", "", "", "", "" });
        Assert.Equal("101", rows[0].Fields.Identifier);
        Assert.Equal("Sophie Lambert", rows[0].Fields.Name);
        Assert.NotNull(rows[2].Error);
    }

    [Theory]
    [InlineData("Nom", "Prénom", "Famille")]
    [InlineData("Nom de famille", "Prénom", "Famille")]
    public void A_lone_family_beside_a_name_counts_the_household(string last, string first, string family)
    {
        var rows = ReadFile.Rows("BE", new[] { last, first, "Gsm", family },
            new object?[] { "Lambert", "Sophie", "0475/23.45.67", "3" },
            new object?[] { "Mertens", "Luc", "", "2" });
        Assert.Equal("Sophie Lambert", rows[0].Fields.Name);
        Assert.Equal("Luc Mertens", rows[1].Fields.Name);
    }

    [Fact]
    public void Importing_for_brazil_apelido_is_a_nickname()
    {
        var headers = new[] { "Nome", "Apelido", "Email" };
        var rows = ReadFile.Rows("BR", headers,
            new object?[] { "Mariana Souza Lima", "Mari", "mariana.lima@example.com" },
            new object?[] { "", "Beto", "roberto.nunes@example.com" });
        Assert.Equal("Mariana Souza Lima", rows[0].Fields.Name);
        Assert.Equal("Beto", rows[1].Fields.Name);
        // In Portugal it is the surname.
        var pt = ReadFile.Rows("PT", new[] { "Nome", "Apelido" }, new object?[] { "Ana Maria", "Silva" });
        Assert.Equal("Ana Maria Silva", pt[0].Fields.Name);
    }

    [Fact]
    public void An_appointments_bare_id_keys_no_patient()
    {
        var headers = new[] { "ID", "Patient Name", "Phone", "Appointment Date", "Appointment Time", "Status" };
        var rows = ReadFile.Rows("PK", headers,
            new object?[] { "3", "Ayesha Khan", "0300 1234567", "2026-01-12", "10:30", "Confirmed" },
            new object?[] { "5", "Muhammad Bilal", "0321 1234567", "2026-01-12", "11:00", "Pending" });
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Equal("Ayesha Khan", rows[0].Fields.Name);
    }

    [Fact]
    public void A_patient_lists_last_visit_leaves_its_id_the_key()
    {
        var rows = ReadFile.Rows("PK", new[] { "ID", "Name", "Phone", "Last Visit Date" },
            new object?[] { "3", "Ayesha Khan", "0300 1234567", "2026-01-12" },
            new object?[] { "5", "Muhammad Bilal", "0321 1234567", "2026-01-10" });
        Assert.Equal("3", rows[0].Fields.Identifier);
    }

    [Theory]
    [InlineData("おなまえ", "Name")]
    [InlineData("الأسماء الأولى)", "FirstName")]
    [InlineData("Numérotation Interne", "Identifier")]
    public void Kana_names_arabic_first_names_and_a_registers_numbering_are_read(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_petitions_creator_is_the_row_and_its_id_the_petitions()
    {
        var headers = new[] { "id", "action", "state", "creator_name", "creator_email", "signature_count" };
        var rows = ReadFile.Rows("GB", headers,
            new object?[] { "245087", "Provide free bus travel", "open", "Rhys Llewelyn", "rhys.llewelyn@example.com", "3412" },
            new object?[] { "245102", "Protect rural libraries", "closed", "Catrin Haf Jones", "catrin.jones@example.org", "58" });
        Assert.Equal("Rhys Llewelyn", rows[0].Fields.Name);
        Assert.Equal("rhys.llewelyn@example.com", rows[0].Fields.Email);
        Assert.Null(rows[0].Fields.Identifier);
    }

    [Fact]
    public void Beside_the_rows_own_person_a_creator_stays_someone_elses()
    {
        var rows = ReadFile.Rows("GB", new[] { "Name", "Email", "Creator Name", "Creator Email" },
            new object?[] { "Ann Lee", "ann.lee@example.com", "Bo Berg", "bo@example.com" });
        Assert.Equal("Ann Lee", rows[0].Fields.Name);
        Assert.Equal("ann.lee@example.com", rows[0].Fields.Email);
    }
}

public class ParcelLabelTests
{
    [Fact]
    public void A_parcel_labels_recipient_written_in_kana_is_the_row()
    {
        var headers = new[] { "お届け先 郵便番号", "お届け先 住所", "お届け先おなまえ", "お届け先 電話番号", "ご依頼主 おなまえ", "ご依頼主 電話番号" };
        var rows = ReadFile.Rows("JP", headers,
            new object?[] { "150-0001", "東京都渋谷区", "佐藤 美咲", "090-1234-5678", "はなまる雑貨店", "052-231-4567" });
        Assert.Equal("佐藤 美咲", rows[0].Fields.Name);
        Assert.Equal("+819012345678", rows[0].Fields.PhoneNumber);
    }
}

/// <summary>
/// Blind sets unseen286 to unseen289: call records, a bot's placeholder username, Japanese staff numbers, Khmer and Thai
/// words, numbered users' names (W&W ImmoTop's tenants).
/// </summary>
public class CallsUsersAndScriptsTests
{
    [Fact]
    public void A_call_records_caller_is_the_row_and_its_sip_ids_are_no_addresses()
    {
        var headers = new[] { "sip_call_id", "extension", "extension_name", "start_stamp", "end_stamp", "bridge_uuid", "caller_id_name", "caller_id_number" };
        var rows = ReadFile.Rows("MX", headers,
            new object?[] { "6df985daa2cda05492ef@201.175.159.193", "102", "Carlos Méndez", "2026-11-30 10:15:02-06", "2026-11-30 10:18:12-06", "7ae21896-bc64-4515-8b81-876e7e37815b", "Guadalupe Ramírez Torres", "3318765432" },
            new object?[] { "c23f94c454c9c0ffca88@201.175.235.93", "103", "Ana López", "2026-11-30 11:02:40-06", "2026-11-30 11:04:01-06", "0b09c938-5c29-4919-865a-3f0b1e23a3d8", "Jorge Alberto Núñez", "+528112345678" });
        Assert.Equal("Guadalupe Ramírez Torres", rows[0].Fields.Name);
        Assert.Equal("+523318765432", rows[0].Fields.PhoneNumber);
        Assert.Null(rows[0].Fields.Email);
        Assert.Null(rows[0].Fields.Identifier);
    }

    [Theory]
    [InlineData("6df985daa2cda05492ef@201.175.159.193", false)]
    [InlineData("ann.lee@example.com", true)]
    public void An_address_at_an_ip_host_is_no_email(string value, bool address) =>
        Assert.Equal(address, ValueShapes.IsBareAddress(value));

    [Fact]
    public void A_persian_none_is_an_empty_cell()
    {
        var rows = ReadFile.Rows("IR", new[] { "Name", "Username" },
            new object?[] { "سارا محمدی", "sara_mhd" },
            new object?[] { "علیرضا کریمی", "ندارد" });
        Assert.Null(rows[1].Fields.Identifier);
    }

    [Theory]
    [InlineData("職員番号", "Identifier")]
    [InlineData("職員氏名", "Name")]
    [InlineData("ឈ្មោះ", "Name")]
    [InlineData("ชื่อผู้เช่า", "Name")]
    [InlineData("user1_prename", "FirstName")]
    [InlineData("caller_id_name", "Name")]
    [InlineData("Caller ID", "PhoneNumber")]
    [InlineData("የጠያቂው ስም", "Name")]
    [InlineData("መታወቂያ", "Identifier")]
    public void Staff_khmer_thai_and_caller_words_name_their_fields(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_numbered_users_name_is_no_login_and_the_second_users_are_someone_elses()
    {
        var headers = new[] { "customer_id", "user1_name", "user1_prename", "user1_email", "user2_name", "user2_prename", "user2_email" };
        var rows = ReadFile.Rows("CH", headers,
            new object?[] { "1187", "Keller", "Sandra", "sandra.keller@example.com", "Keller", "Marco", "marco.keller@example.com" },
            new object?[] { "640", "Lüscher", "Peter", "", "Lüscher", "Rita", "rita@example.org" });
        Assert.Equal("Sandra Keller", rows[0].Fields.Name);
        Assert.Equal("1187", rows[0].Fields.Identifier);
        Assert.Equal("Peter Lüscher", rows[1].Fields.Name);
        Assert.Null(rows[1].Fields.Email);
    }
}

/// <summary>Blind sets unseen290 to unseen293: a form's name field split after a dash, a document kind beside two ids, a
/// bill's due date.</summary>
public class SubFieldsKindsAndDueDatesTests
{
    [Theory]
    [InlineData("Nome e cognome - Cognome", "LastName")]
    [InlineData("Name - First", "FirstName")]
    public void A_name_fields_part_after_a_dash_is_that_part(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_form_name_fields_two_parts_make_the_name()
    {
        var rows = ReadFile.Rows("IT", new[] { "Submission Time", "Nome e cognome - Nome", "Nome e cognome - Cognome", "Indirizzo email" },
            new object?[] { "2026-11-20 10:00", "Giulia", "Rossi", "giulia.rossi@example.it" },
            new object?[] { "2026-11-20 11:00", "Marco", "De Luca", "m.deluca@example.com" });
        Assert.Equal("Giulia Rossi", rows[0].Fields.Name);
        Assert.Equal("Marco De Luca", rows[1].Fields.Name);
    }

    [Fact]
    public void A_document_kind_names_the_nearest_id_and_the_bare_id_still_keys()
    {
        var rows = ReadFile.Rows("CO", new[] { "ID", "Identificación", "Tipo ID", "Nombre Completo", "Teléfono" },
            new object?[] { "1287", "1036945123", "Cédula de Ciudadanía", "Luz Dary Gómez Zuluaga", "3104567890" },
            new object?[] { "1288", "71234567", "Cédula de Ciudadanía", "Jesús Antonio Zuluaga Ríos", "3146221908" });
        Assert.Equal("1287", rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_bills_due_date_leaves_the_customers_code_the_key_and_a_cep_is_no_phone()
    {
        var headers = new[] { "codigo", "nome", "telCelular", "cep", "grupo", "valorDebito", "vencimentoBoleto" };
        var rows = ReadFile.Rows("BR", headers,
            new object?[] { "4817", "MARIA DO SOCORRO BARATA LOBATO", "(91) 99215-6634", "68719000", "Pirabas", "99.9", "2026-10-10" },
            new object?[] { "4821", "RAIMUNDO JOSE PINHEIRO COSTA", "", "68719000", "Pirabas", "79.9", "2026-10-12" },
            new object?[] { "4830", "ANA PAULA SOUSA", "(91) 98833-4021", "68720000", "Centro", "120.0", "2026-10-15" });
        Assert.Equal("4817", rows[0].Fields.Identifier);
        Assert.Null(rows[1].Fields.PhoneNumber);
    }
}

/// <summary>Blind sets unseen294 and unseen295: an issuer's acronym before the member's number, a sign-up's state in German,
/// a Korean duty roster.</summary>
public class IssuersAndRostersTests
{
    [Fact]
    public void An_issuers_acronym_before_the_members_number_keys_the_member_over_the_sign_ups_id()
    {
        var headers = new[] { "id", "Anmeldestatus", "Anmeldedatum", "SAC Mitgliedernummer", "Vorname", "Nachname", "Mobilnummer" };
        var rows = ReadFile.Rows("CH", headers,
            new object?[] { "4812", "bestätigt", "2026-05-02", "185402", "Reto", "Aebischer", "079 412 33 08" },
            new object?[] { "4815", "bestätigt", "2026-05-03", "", "Corinne", "Zbinden-Hofer", "078 655 20 14" },
            new object?[] { "4821", "Warteliste", "2026-05-04", "201877", "Lukas", "Gerber", "076 208 91 57" });
        Assert.Equal("185402", rows[0].Fields.Identifier);
        Assert.Null(rows[1].Fields.Identifier);
    }

    [Theory]
    [InlineData("SAC Mitgliedernummer", "Identifier")]
    [InlineData("Mitgliedernummer", "Identifier")]
    [InlineData("Matriculation number", "Identifier")]
    [InlineData("당직자명", "Name")]
    public void Members_students_and_those_on_duty_are_the_rows(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_lowercase_word_before_a_members_number_is_no_issuer() =>
        Assert.Null(HeaderRecognizer.Recognize("Zoom Member Number").Field);
}

/// <summary>Blind sets unseen296 and unseen297: a booking's staff beside its client, Azerbaijani name questions, Spanish "hogar".</summary>
public class StaffClientsAndHomesTests
{
    [Fact]
    public void Of_a_staff_members_and_a_clients_column_the_client_names_the_row()
    {
        var headers = new[] { "Дата и время встречи", "Сотрудник", "Сервис", "Клиент", "Телефон", "Электронная почта" };
        var rows = ReadFile.Rows("KZ", headers,
            new object?[] { "2026-12-08 10:00", "Марат Ахметов", "Чистка", "Асель Бекова", "+7 747 876 5432", "asel.bekova@example.net" },
            new object?[] { "2026-12-08 11:00", "Марат Ахметов", "Пломба", "Ольга Ким", "+7 705 987 6543", "olga.kim@example.org" },
            new object?[] { "2026-12-08 12:00", "Дина Сейт", "Осмотр", "Ерлан Нурланов", "+7 701 234 5678", "" });
        Assert.Equal("Асель Бекова", rows[0].Fields.Name);
        Assert.Equal("Ерлан Нурланов", rows[2].Fields.Name);
    }

    [Theory]
    [InlineData("Adınız", "Name")]
    [InlineData("Soyadınız", "LastName")]
    [InlineData("Teléfono del Hogar", "PhoneNumber")]
    public void Azerbaijani_names_and_a_spanish_home_phone_are_read(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());
}

public class RecordIdsOfSignUpsTests
{
    // teachPress's course sign-ups: "Record-ID" (a CRM table's record id) is the sign-up's beside the waiting list; the
    // student's matriculation number keys the student, empty for a guest.
    [Fact]
    public void A_tables_record_id_in_a_sign_up_list_is_the_sign_ups()
    {
        var headers = new[] { "Cognome", "Nome", "E-Mail", "Matriculation number", "Record-ID", "Lista d'attesa" };
        var rows = ReadFile.Rows("IT", headers,
            new object?[] { "Bianchi", "Giulia", "giulia.bianchi@example.it", "1042", "57", "0" },
            new object?[] { "Carrà", "Niccolò", "ncarra@example.com", "1057", "61", "0" },
            new object?[] { "De Luca", "Maria", "mg@example.net", "", "64", "1" });
        Assert.Equal("1042", rows[0].Fields.Identifier);
        Assert.Null(rows[2].Fields.Identifier);
    }
}
