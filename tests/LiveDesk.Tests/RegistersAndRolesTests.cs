using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen272 and unseen298 onwards: registers whose rows are people of one kind (voters), read by the word for
/// that kind in the header of the register's own number; national numbers in ranges libphonenumber does not list.
/// </summary>
public class RegistersAndRolesTests
{
    [Theory]
    [InlineData("رقم الناخب")]
    [InlineData("Voter No")]
    [InlineData("Wählernummer")]
    public void A_voters_register_number_keys_the_voter(string header)
    {
        // An Iraqi campaign's voter list: the household's and the delegate's numbers beside the voter's are not the row's.
        var rows = ReadFile.Rows("IQ", new[] { header, "الاسم", "الجنس", "رقم الهاتف", "رقم العائلة", "رقم المندوب الرئيسي" },
            new object?[] { "21457830", "حسين علي كاظم", "M", "07701234567", "1184502", "" });
        Assert.Equal("21457830", rows[0].Fields.Identifier);
        Assert.Equal("+9647701234567", rows[0].Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("IL", "0541234567", "+972541234567")]
    [InlineData("IL", "050-1122334", "+972501122334")]
    public void A_national_number_of_its_regions_shape_outside_the_listed_ranges_is_stored_with_a_warning(string region, string written, string e164)
    {
        var normalized = new PhoneNormalizer(region).Normalize(written);
        Assert.Null(normalized.E164);
        Assert.Equal(e164, normalized.Unverified);
        var rows = ReadFile.Rows(region, new[] { "שם פרטי", "שם משפחה", "טלפון", "אימייל" },
            new object?[] { "איתי", "לוי", written, "" });
        Assert.Null(rows[0].Error);
        Assert.Equal(e164, rows[0].Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("US", "123-456-7890")] // no area code starts with 1
    [InlineData("US", "(555) 229-3326")] // the plan's fiction, beside listed area codes
    [InlineData("IL", "541234567")] // without the trunk 0 Israelis write
    [InlineData("DE", "0151 1234")] // a mobile cut short
    public void A_number_not_of_its_regions_shape_is_still_refused(string region, string written)
    {
        var rows = ReadFile.Rows(region, new[] { "Name", "Phone" }, new object?[] { "Dana Levi", written });
        Assert.NotNull(rows[0].Error);
    }

    [Fact]
    public void A_listed_number_in_another_column_comes_before_an_unlisted_one()
    {
        var rows = ReadFile.Rows("IL", new[] { "Name", "Phone", "Mobile" }, new object?[] { "Dana Levi", "0541234567", "052-3456781" });
        Assert.Equal("+972523456781", rows[0].Fields.PhoneNumber);
        rows = ReadFile.Rows("IL", new[] { "Name", "Mobile", "Phone" }, new object?[] { "Dana Levi", "0541234567", "03-6204417" });
        Assert.Equal("+97236204417", rows[0].Fields.PhoneNumber);
    }

    [Fact]
    public void A_pupil_column_alone_holds_the_pupils_name()
    {
        // Qalami's Mauritanian tuition list: the pupil, the class, the fee; no e-mail, phone or number.
        var rows = ReadFile.Rows("MR", new[] { "التلميذ", "القسم", "النوع", "المبلغ", "المدفوع", "المتبقي", "الحالة", "تاريخ الاستحقاق" },
            new object?[] { "محمد الأمين ولد أحمد", "الرابعة إعدادي", "الدراسة", "1500", "1500", "0", "مدفوع", "2025-10-05" },
            new object?[] { "فاطمة منت سيدي محمد", "السنة الثانية ثانوي", "التسجيل", "2000", "1000", "1000", "جزئي", "2025-09-30" });
        Assert.Equal("محمد الأمين ولد أحمد", rows[0].Fields.Name);
        Assert.Equal("فاطمة منت سيدي محمد", rows[1].Fields.Name);
    }

    [Fact]
    public void A_balkan_landline_is_a_phone_after_the_mobile()
    {
        var rows = ReadFile.Rows("RS", new[] { "uid", "ime", "prezime", "tel_fiksni", "tel_mobilni", "email" },
            new object?[] { "412", "Јелена", "Марковић", "+381216612345", "", "jelena.markovic@example.org" },
            new object?[] { "413", "Марко", "Јовић", "021 661 2346", "064 123 4567", "" });
        Assert.Equal("+381216612345", rows[0].Fields.PhoneNumber);
        Assert.Equal("+381641234567", rows[1].Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("Членска карта бр.")]
    [InlineData("Членска карта број")]
    public void A_cyrillic_number_word_makes_a_member_cards_number_the_rows(string header)
    {
        var rows = ReadFile.Rows("MK", new[] { "Ime", "Презиме", "ЕМБГ", header, "Телефон", "e-Mail" },
            new object?[] { "Александар", "Стојановски", "1503985450012", "104217", "070 123 456", "aleksandar.stojanovski@example.mk" });
        Assert.Equal("104217", rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_firms_person_in_charge_is_its_contact_person()
    {
        // bpl-cms's customers: the firm's name, tax number, phone and mailbox, then its PIC with the PIC's own phone and e-mail.
        var rows = ReadFile.Rows("ID", new[] { "No", "Kode", "Nama", "NPWP", "Telp", "E-mail", "PIC", "PIC Telp", "PIC e-mail" },
            new object?[] { "1", "CUST-0012", "PT Sinar Jaya Abadi", "01.234.567.8-431.000", "(021) 4401234", "info@sinarjaya.example.com",
                "Budi Santoso", "0812-8765-4321", "budi.santoso@sinarjaya.example.com" },
            new object?[] { "2", "CUST-0030", "Hendra Gunawan", "", "0813-3123-4567", "hendra.gunawan@example.com", "", "", "" });
        Assert.Equal("Budi Santoso", rows[0].Fields.Name);
        Assert.Equal("budi.santoso@sinarjaya.example.com", rows[0].Fields.Email);
        Assert.Equal("+6281287654321", rows[0].Fields.PhoneNumber);
        Assert.Equal("PT Sinar Jaya Abadi", rows[0].Fields.Company);
        Assert.Equal("Hendra Gunawan", rows[1].Fields.Name);
        Assert.Equal("+6281331234567", rows[1].Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("Profile Pic")]
    [InlineData("PIC")]
    public void A_picture_without_a_person_in_charges_columns_stays_a_picture(string header)
    {
        var map = ColumnMap.Build(new[] { "Name", "Email", header });
        Assert.Contains(map.SourcesFor(ContactField.AvatarUrl), s => s.Header == header);
    }

    [Theory]
    [InlineData("TELP", "(024) 7612345", "+62247612345")]
    [InlineData("No. Tlp", "0856-4321-0987", "+6285643210987")]
    public void Indonesian_phone_abbreviations_name_the_phone(string header, string value, string e164)
    {
        var rows = ReadFile.Rows("ID", new[] { "KODE CUSTOMER", "NAMA CUSTOMER", "EMAIL", header, "NPWP" },
            new object?[] { "CST001", "Toko Sumber Rejeki", "sumberrejeki@example.com", value, "01.234.567.8-431.000" });
        Assert.Equal(e164, rows[0].Fields.PhoneNumber);
        // By its header, not only by values that look like numbers.
        var map = ColumnMap.Build(new[] { "KODE CUSTOMER", "NAMA CUSTOMER", "EMAIL", header, "NPWP" });
        Assert.Contains(map.SourcesFor(ContactField.PhoneNumber), s => s.Header == header);
        Assert.DoesNotContain(map.SourcesFor(ContactField.PhoneNumber), s => s.Header == "NPWP");
    }

    [Theory]
    [InlineData("Wilfredo Choque Flores, Daniela Rocha", null)]
    [InlineData("García Márquez, Gabriel", "Gabriel García Márquez")]
    [InlineData("de la Cruz, Juan", "Juan de la Cruz")]
    [InlineData("Van der Berg, Anna", "Anna Van der Berg")]
    public void Three_words_before_a_comma_are_a_whole_name_not_a_family_name(string name, string? givenFirst) =>
        Assert.Equal(givenFirst, PersonName.GivenFirst(name));

    [Fact]
    public void A_talks_speaker_is_the_person_its_row_names()
    {
        var map = ColumnMap.Build(new[] { "Title", "Speaker Name", "Speaker Email" });
        Assert.Contains(map.SourcesFor(ContactField.Name), s => s.Header == "Speaker Name");
        Assert.Contains(map.SourcesFor(ContactField.Email), s => s.Header == "Speaker Email");
    }

    [Fact]
    public void An_acronym_in_capitals_before_a_number_word_names_a_number_not_a_name()
    {
        // Chirojeugd Vlaanderen's member list: "AD-nummer", where "Ad" would be the Turkish word for a name.
        var rows = ReadFile.Rows("BE", new[] { "Type", "AD-nummer", "Voornaam", "Naam", "Straat", "Nr.", "Tel. 1", "E-mail. 1" },
            new object?[] { "Leiding", "487213", "Jens", "Van den Broeck", "Kerkstraat", "12", "0478 52 31 09", "jens.vandenbroeck@example.be" });
        Assert.Equal("Jens Van den Broeck", rows[0].Fields.Name);
        Assert.Equal("487213", rows[0].Fields.Identifier);
        Assert.Equal(ContactField.Name, HeaderRecognizer.Recognize("Ad numarası").Field);
    }

    [Fact]
    public void Pashto_sorani_and_persian_user_lists_are_read()
    {
        var nazim = ReadFile.Rows("AF", new[] { "نوم", "بریښنالیک", "رول", "تلیفون", "حالت" },
            new object?[] { "احمد شاه احمدزی", "ahmadshah.ahmadzai@example.org", "principal", "0799 123 456", "فعال" });
        Assert.Equal("احمد شاه احمدزی", nazim[0].Fields.Name);
        Assert.Equal("+93799123456", nazim[0].Fields.PhoneNumber);
        var dokuwiki = ReadFile.Rows("IQ", new[] { "بەکارهێنەر", "ناوی ڕاستەقینە", "ئیمەیڵ", "گرووپەکان" },
            new object?[] { "hewa.karim", "هێوا کەریم", "hewa.karim@example.org", "user" });
        Assert.Equal("هێوا کەریم", dokuwiki[0].Fields.Name);
        Assert.Equal("hewa.karim", dokuwiki[0].Fields.Identifier);
        var roshdgar = ReadFile.Rows("IR", new[] { "کد سفارش", "کاربر", "ایمیل", "سرویس" },
            new object?[] { "R-31024", "سارا محمدی", "sara.mohammadi@example.com", "فالوور اینستاگرام" },
            new object?[] { "R-31025", "علی کریمی", "ali.karimi@example.org", "لایک" });
        Assert.Equal("سارا محمدی", roshdgar[0].Fields.Name);
    }

    [Theory]
    [InlineData("IT", "347 2156893 0521 289456", "+393472156893")]
    [InlineData("GR", "2109351277 - 6944123456", "+306944123456")]
    [InlineData("VE", "04127849712 04145454873", "+584127849712")]
    public void Two_numbers_with_only_a_space_between_them_are_two(string region, string cell, string e164)
    {
        var rows = ReadFile.Rows(region, new[] { "Nome", "Telefono" }, new object?[] { "Marta Ferrari", cell });
        Assert.Null(rows[0].Error);
        Assert.Equal(e164, rows[0].Fields.PhoneNumber);
    }

    [Fact]
    public void One_number_too_long_is_still_refused_not_split()
    {
        var rows = ReadFile.Rows("DE", new[] { "Name", "Telefon" }, new object?[] { "Marta Ferrari", "0171 1234567 89" });
        Assert.NotNull(rows[0].Error);
    }

    [Theory]
    [InlineData("Response ID")]
    [InlineData("Submission ID")]
    [InlineData("ID odpowiedzi")]
    public void A_form_responses_id_keys_its_row_after_the_respondents_own(string header)
    {
        // FormSG's responses: the response's id is the only key the row has.
        var rows = ReadFile.Rows("SG", new[] { header, "Timestamp", "Name of Participant (as in NRIC)", "Email", "Mobile Number" },
            new object?[] { "6752a1f09c3e4b0012ab34cd", "01 Dec 2026 09:14:22 AM", "Tan Wei Ming", "tan.weiming@example.com", "+6591234578" },
            new object?[] { "6752b8e19c3e4b0012ab35f2", "01 Dec 2026 10:02:51 AM", "Lim Mei Ling", "", "+6596451278" });
        Assert.Equal("6752a1f09c3e4b0012ab34cd", rows[0].Fields.Identifier);
        // Beside a respondent's own id, that one.
        rows = ReadFile.Rows("AR", new[] { header, "Respondent ID", "Name" },
            new object?[] { "2EMpQVg", "2ELKkqg", "Valentina Ríos" }, new object?[] { "3RnQeXk", "3RmNb7T", "Martín Gómez" });
        Assert.Equal("2ELKkqg", rows[0].Fields.Identifier);
    }

    [Theory]
    [InlineData("교인명", "김민준")]
    [InlineData("Nama Muzaki", "Bapak Ahmad Fauzi")]
    [InlineData("Nama Jamaah", "Siti Nurhaliza")]
    public void A_congregations_member_or_giver_is_the_row(string header, string name)
    {
        var rows = ReadFile.Rows("KR", new[] { header, "총헌금액", "Keterangan" }, new object?[] { name, "3600000", "" });
        Assert.Equal(name, rows[0].Fields.Name);
    }

    [Fact]
    public void A_database_sname_is_the_surname()
    {
        var rows = ReadFile.Rows("CZ", new[] { "appID", "name", "sname", "email" },
            new object?[] { "412", "Tereza", "Dvořáková", "tereza.dvorakova@example.com" });
        Assert.Equal("Tereza Dvořáková", rows[0].Fields.Name);
    }

    [Fact]
    public void A_stay_in_a_room_from_arrival_to_departure_is_a_booking_whose_id_keys_no_guest()
    {
        // MotoPress Hotel Booking in Croatian: the booking's "ID".
        var rows = ReadFile.Rows("HR", new[] { "ID", "Stanje", "Dolazak", "Odlazak", "Smještaj", "Ime", "Prezime", "Email", "Telefon" },
            new object?[] { "1287", "Potvrđeno", "12/07/2025", "19/07/2025", "Apartman A2", "Lukas", "Müller", "lukas.mueller@example.com", "+49 171 2345678" },
            new object?[] { "1302", "Potvrđeno", "20/07/2025", "27/07/2025", "Apartman A1", "Ana", "Kovačević", "ana.kovacevic@example.net", "091 234 5678" });
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Equal("Lukas Müller", rows[0].Fields.Name);
    }

    [Fact]
    public void A_camps_application_with_an_arrival_and_a_departure_but_no_room_keeps_its_id()
    {
        var rows = ReadFile.Rows("CZ", new[] { "appID", "name", "sname", "email", "arrival", "departure", "price" },
            new object?[] { "412", "Tereza", "Dvořáková", "tereza@example.com", "2026-07-10", "2026-07-14", "1000" },
            new object?[] { "415", "Matěj", "Kučera", "", "2026-07-10", "2026-07-14", "1000" });
        Assert.Equal("412", rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_customers_name_beside_the_customers_given_name_is_the_customers_family_name()
    {
        var rows = ReadFile.Rows("DE", new[] { "ID", "VORNAME DES KUNDEN", "KUNDENNAME", "E-Mail-Adresse des Kunden" },
            new object?[] { "4521", "Lena", "Schmitz", "lena.schmitz@example.com" });
        Assert.Equal("Lena Schmitz", rows[0].Fields.Name);
        // Beside a given name that is no customer's, "Kundenname" is still the customer firm's.
        var map = ColumnMap.Build(new[] { "Kundenname", "Vorname", "Nachname", "Email" });
        Assert.Empty(map.SourcesFor(ContactField.Name));
    }

    [Theory]
    [InlineData("Start", "End")]
    [InlineData("Beginn", "Ende")]
    [InlineData("Début", "Fin")]
    public void An_appointment_from_a_start_to_an_end_is_no_contacts_key(string start, string end)
    {
        var rows = ReadFile.Rows("PL", new[] { "ID", "Service", "Worker", start, end, "E-mail", "Imię i nazwisko" },
            new object?[] { "1187", "Manicure", "Katarzyna Nowak", "10:00:00", "11:00:00", "a.wisniewska@example.com", "Aleksandra Wiśniewska" },
            new object?[] { "1188", "Pedicure", "Katarzyna Nowak", "11:00:00", "12:00:00", "z.kaminska@example.com", "Zofia Kamińska" });
        Assert.Null(rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_dotted_abbreviation_of_additional_still_names_an_additional_phone()
    {
        // A Russian LDAP phone book: "Доп." is "дополнительный" (additional); no listed word of another role may share its start.
        var map = ColumnMap.Build(new[] { "Отдел", "ФИО", "E-Mail", "Городской тел", "IP телефон", "Доп. телефон", "Факс" });
        Assert.Contains(map.SourcesFor(ContactField.PhoneNumber), s => s.Header == "Доп. телефон");
    }

    [Theory]
    [InlineData("Correo elec.")]
    [InlineData("Posta elettr.")]
    [InlineData("E-mail elet.")]
    public void A_dotted_abbreviation_of_electronic_still_names_an_email(string header) =>
        Assert.Equal(ContactField.Email, HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_single_letter_after_a_phone_word_marks_which_phone_and_joins_no_word()
    {
        var map = ColumnMap.Build(new[] { "Kundennummer", "MieterName", "MieterVorname", "MieterTelN", "MieterTelP", "MieterTelG", "MieterEmail" });
        Assert.DoesNotContain(map.SourcesFor(ContactField.PhoneNumber), s => s.Header == "MieterTelP");
    }

    [Fact]
    public void A_members_plan_from_a_start_date_to_an_end_date_keeps_the_members_id()
    {
        var rows = ReadFile.Rows("CL", new[] { "ID", "Nombre", "Email", "Fecha Inicio", "Fecha Fin", "Estado Membresía" },
            new object?[] { "42", "Camila Fernanda Rojas Muñoz", "camila.rojas@example.cl", "2025-03-10", "2025-04-09", "activa" },
            new object?[] { "41", "Matías Ignacio Soto", "msoto@example.com", "2025-03-01", "2025-03-31", "activa" });
        Assert.Equal("42", rows[0].Fields.Identifier);
    }

    [Theory]
    [InlineData("Bénévole", "CH", "+41 79 123 45 67", "+41791234567")]
    [InlineData("Planteur", "CI", "", null)]
    [InlineData("Volunteer Name", "US", "", null)]
    public void A_volunteer_or_a_planter_is_the_person_a_row_names(string header, string region, string phone, string? e164)
    {
        var rows = ReadFile.Rows(region, new[] { header, "Téléphone", "Créneaux" },
            new object?[] { "Camille Rochat", phone, "2" }, new object?[] { "Luca Bernasconi", "", "1" });
        Assert.Equal("Camille Rochat", rows[0].Fields.Name);
        Assert.Equal(e164, rows[0].Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("Членський квиток №")]
    [InlineData("Членский билет №")]
    public void A_members_card_number_is_the_members_own(string header)
    {
        var rows = ReadFile.Rows("UA", new[] { "ПІБ", header, "Телефон", "Email" },
            new object?[] { "Коваленко Олександр Петрович", "17", "+380 67 123 45 67", "o.kovalenko@example.com" },
            new object?[] { "Мельник Галина Іванівна", "18", "+380 97 234 56 78", "" });
        Assert.Equal("17", rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_sessions_id_in_any_script_is_the_sessions_and_the_messengers_user_id_keys_the_row()
    {
        // LINE Connect's form sessions: "セッションID" beside "LINEユーザーID".
        var rows = ReadFile.Rows("JP", new[] { "セッションID", "バージョン", "LINEユーザーID", "お名前", "電話番号" },
            new object?[] { "412", "2", "U4af4980629d4f1e2b7c3d5a6e8f90a12", "田中 花子", "090-1234-5678" },
            new object?[] { "415", "2", "U9b2c7d1e3f4a5b6c7d8e9f0a1b2c3d4e", "佐藤健", "080-9876-5432" });
        Assert.Equal("U4af4980629d4f1e2b7c3d5a6e8f90a12", rows[0].Fields.Identifier);
    }

    [Theory]
    [InlineData("Schneider, Monika (w)", "Monika Schneider")]
    [InlineData("Hoffmann, Hans-Peter (m)", "Hans-Peter Hoffmann")]
    public void A_sex_in_brackets_after_a_family_first_name_is_no_part_of_it(string name, string expected) =>
        Assert.Equal(expected, PersonName.GivenFirst(name));

    [Fact]
    public void A_serial_number_sn_beside_a_family_name_is_no_surname()
    {
        var rows = ReadFile.Rows("UG", new[] { "SN", "Prefix", "Given name", "Family name", "Phone Number" },
            new object?[] { "1", "Dr.", "Patrick", "Okello", "+256772418905" });
        Assert.Equal("Patrick Okello", rows[0].Fields.Name);
        // A directory's own export keeps its surname.
        var ad = ReadFile.Rows("US", new[] { "givenName", "sn", "mail" }, new object?[] { "Ann", "Lee", "ann.lee@example.com" });
        Assert.Equal("Ann Lee", ad[0].Fields.Name);
    }

    [Fact]
    public void A_chinese_estates_home_owner_is_the_row()
    {
        var rows = ReadFile.Rows("CN", new[] { "费用编号", "房号", "业主", "业主电话", "面积", "欠费金额" },
            new object?[] { "1", "1-1-1001", "王建国", "13812345678", "89.50", "1342.5" },
            new object?[] { "3", "1-2-0502", "陈丽华", "18657123490", "102.00", "860" });
        Assert.Equal("王建国", rows[0].Fields.Name);
        Assert.Equal("+8613812345678", rows[0].Fields.PhoneNumber);
    }

    [Fact]
    public void The_first_column_unique_among_repeating_links_is_the_rows_own_key()
    {
        // OpenSRP's child registrations: "opensrp_id" beside an empty "reveal_id" and a "team_id" a team shares.
        var rows = ReadFile.Rows("ZM", new[] { "opensrp_id", "last_name", "first_name", "reveal_id", "team_id" },
            new object?[] { "11A4KP", "Banda", "Chisomo", "", "3f1c2d7e-8a4b-4c1e-9d2f-6b7a8e9c0d11" },
            new object?[] { "11A4LM", "Phiri", "Mwila", "", "3f1c2d7e-8a4b-4c1e-9d2f-6b7a8e9c0d11" },
            new object?[] { "11A4NR", "Tembo", "Natasha", "", "3f1c2d7e-8a4b-4c1e-9d2f-6b7a8e9c0d11" });
        Assert.Equal("11A4KP", rows[0].Fields.Identifier);
        // Links in every column, the first one repeating too: none keys the row.
        rows = ReadFile.Rows("ID", new[] { "agama_id", "nama", "pekerjaan_id", "warganegara_id" },
            new object?[] { "1", "Budi", "2", "1" }, new object?[] { "1", "Siti", "3", "1" }, new object?[] { "2", "Agus", "2", "1" });
        Assert.Null(rows[0].Fields.Identifier);
    }
}
