using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen327 to unseen332: whose column a name is in (a team's players and its captain, a guest), what a row is
/// (a visit, a wallet's transaction), and spellings: German without umlauts, a name word glossed by its part, Italian PEC,
/// Uzbek "va" and the Azerbaijani father's name, a bracketed or any-language "anonymous" where an address goes, and an
/// Arabic name with a comma.
/// </summary>
public class PartiesAndSpellingsTests
{
    [Fact]
    public void A_players_column_beats_the_captains_on_each_players_row()
    {
        // A Czech darts league's team sign-ups: the captain stands on every player's row.
        var header = new[] { "typ žádosti", "tým", "kapitán", "hráč", "email", "telefon" };
        var rows = ReadFile.Rows("CZ", header,
            new object?[] { "tým", "DC Bulls Znojmo", "Radek Procházka", "Radek Procházka", "radek@example.cz", "+420 603 218 447" },
            new object?[] { "tým", "DC Bulls Znojmo", "Radek Procházka", "Lenka Dvořáková", "", "736 514 902" },
            new object?[] { "jednotlivec", "", "", "Michaela Horáková", "misa@example.cz", "" });
        Assert.Equal("Lenka Dvořáková", rows[1].Fields.Name);
        Assert.Equal("Michaela Horáková", rows[2].Fields.Name);
    }

    [Fact]
    public void A_visitor_book_with_arrival_and_departure_times_keys_no_visitor_by_the_visits_id()
    {
        var header = new[] { "id", "arrival_date", "arrival_time", "departure_time", "visitor_name", "contact_phone" };
        var rows = ReadFile.Rows("SK", header,
            new object?[] { "5f0c2a8e-3d41-4b7a-9c15-7e2b9a4d6f01", "2025-03-14", "09:15:00", "11:40:00", "Katarína Hudecová", "+421 905 318 442" },
            new object?[] { "a81d77c4-0b2e-4f3d-8e6a-51c9d2f0b3a7", "2025-03-15", "07:30:00", "08:10:00", "Marek Šimko", "0911 204 877" });
        Assert.Null(rows[0].Fields.Identifier);
        // A camp's applications have days of arrival and departure, not hours: one application per person, keyed.
        rows = ReadFile.Rows("SK", new[] { "id", "arrival_date", "departure_date", "name" }, new object?[] { "77", "2025-07-01", "2025-07-14", "Eva Malá" });
        Assert.Equal("77", rows[0].Fields.Identifier);
    }

    [Theory]
    [InlineData("Ime gosta", "Name")]
    [InlineData("Empfaenger", null)]
    [InlineData("Name (Nachname)", "LastName")]
    [InlineData("Nachname (Name)", "LastName")]
    [InlineData("Name (Vorname)", "FirstName")]
    [InlineData("Nome (cognome)", "LastName")]
    [InlineData("Name (optional)", "Name")]
    [InlineData("PEC", "Email")]
    [InlineData("Ism va Familiya", "Name")]
    [InlineData("Họ và tên", "Name")]
    [InlineData("Ata adı", "MiddleName")]
    [InlineData("Telefon geschaeftlich", "PhoneNumber")]
    [InlineData("Value", null)]
    [InlineData("الهوية الوطنية", null)] // the national identity card, a state's number
    [InlineData("الرقم الوظيفى", "Identifier")] // the employment's number, written with ى
    [InlineData("Sicil Numarası", "Identifier")]
    [InlineData("واتساب", "PhoneNumber")]
    [InlineData("登录账号", "Identifier")] // the login account (KodBox), a key when nothing else is
    [InlineData("Pat_no", "Identifier")] // Aeskulap's patient number
    [InlineData("Pat.-Nr.", "Identifier")]
    [InlineData("KDNR", "Identifier")] // Kundennummer
    [InlineData("prenom_fr", "FirstName")] // the given name as written in French
    [InlineData("Pat", null)]
    public void Headers_read_by_what_they_mean(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_certified_mailbox_comes_after_the_ordinary_one()
    {
        var header = new[] { "ID", "Nome", "Cognome", "PEC", "Email" };
        var rows = ReadFile.Rows("IT", header,
            new object?[] { "14", "Marco", "Ferri", "ferri@pec.example.net", "marco.ferri@example.com" },
            new object?[] { "21", "Luca", "Bassi", "luca.bassi@pec.example.net", "" });
        Assert.Equal("marco.ferri@example.com", rows[0].Fields.Email);
        Assert.Equal("luca.bassi@pec.example.net", rows[1].Fields.Email);
    }

    [Fact]
    public void A_payee_column_without_umlauts_holds_the_rows_names()
    {
        // A club's SEPA pre-notice list: the payer, then the members paid for in brackets.
        var header = new[] { "Empfaenger", "EMail", "Strasse", "Mitglieder", "Betrag", "Faellig" };
        var rows = ReadFile.Rows("DE", header,
            new object?[] { "Katrin Hoffmann", "katrin.hoffmann@example.com", "Lindenallee 7", "Lena Hoffmann (1187) / Paul Hoffmann (1188)", "96,00", "15.01.2027" },
            new object?[] { "Gerhard Wenzel", "", "Am Anger 3", "Gerhard Wenzel (1003)", "60,00", "15.01.2027" });
        Assert.Equal("Katrin Hoffmann", rows[0].Fields.Name);
        Assert.Equal("Gerhard Wenzel", rows[1].Fields.Name);
    }

    [Theory]
    [InlineData("(anonimno)")]
    [InlineData("anónimo")]
    [InlineData("[keine]")]
    [InlineData("анонимно")]
    public void A_word_for_no_address_leaves_the_row_without_an_email(string value)
    {
        var rows = ReadFile.Rows("SI", new[] { "Ime gosta", "Email" }, new object?[] { "Luka Kranjc", value });
        Assert.Null(rows[0].Error);
        Assert.Null(rows[0].Fields.Email);
        Assert.Equal("Luka Kranjc", rows[0].Fields.Name);
    }

    [Fact]
    public void An_address_gone_wrong_is_kept_for_the_check_that_refuses_it()
    {
        var rows = ReadFile.Rows("SI", new[] { "Ime gosta", "Email" }, new object?[] { "Luka Kranjc", "(luka.example.si)" });
        Assert.NotNull(rows[0].Fields.Email);
    }

    [Theory]
    [InlineData("فاطمة الشرعبي, معلمة", "فاطمة الشرعبي, معلمة")]
    [InlineData("Romero, Elena", "Elena Romero")]
    public void Only_a_latin_greek_or_cyrillic_name_is_written_family_first_with_a_comma(string written, string stored)
    {
        var rows = ReadFile.Rows("YE", new[] { "الاسم", "رقم الهاتف" }, new object?[] { written, "+967 733 123 456" });
        Assert.Equal(stored, rows[0].Fields.Name);
    }

    [Fact]
    public void A_ledgers_id_beside_a_transactions_id_is_the_transactions()
    {
        var header = new[] { "ID", "Date", "Type", "Customer", "Phone", "TRX ID", "Transfer Amount" };
        var rows = ReadFile.Rows("PK", header,
            new object?[] { "trx-1764495021337", "2026-11-30", "SELL_CASH", "Muhammad Bilal", "03001234567", "45123987654", "5000" },
            new object?[] { "trx-1764502277810", "2026-11-30", "BUY_CASH", "Ayesha Siddiqui", "03214567890", "TRX-482913", "12000" });
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Equal("Muhammad Bilal", rows[0].Fields.Name);
    }

    [Theory]
    [InlineData("የነዋሪ ስም")] // the resident's name
    [InlineData("የተማሪ ስም")] // the pupil's name
    public void An_amharic_genitive_is_read_as_its_noun(string header) =>
        Assert.Equal("Name", HeaderRecognizer.Recognize(header).Field?.ToString());

    [Theory]
    [InlineData("— FORMER MEMBERS —", true)]
    [InlineData("=== Inactive ===", true)]
    [InlineData("UW-2024-0008", false)]
    [InlineData("-", false)]
    public void A_heading_between_sections_is_no_person(string first, bool heading)
    {
        var header = new[] { "Member ID", "First Name", "Last Name", "Email", "Phone" };
        var rows = ReadFile.Rows("KE", header,
            new object?[] { "UW-2024-0012", "Wambui", "Njoroge", "wambui@example.com", "+254722410963" },
            new object?[] { first, "", "", "", "" });
        Assert.Equal(heading, rows[1].Error?.Message.Contains("heading") == true);
    }

    [Fact]
    public void An_arab_four_part_name_keeps_the_fathers_and_the_grandfathers_names()
    {
        var header = new[] { "الاسم", "اسم الاب", "اسم الجد", "اسم العائلة", "البريد الالكترونى", "رقم الجوال" };
        var rows = ReadFile.Rows("SA", header,
            new object?[] { "محمد", "عبدالله", "سعد", "آل منصور", "m.almansour@example.com", "0551234567" },
            new object?[] { "فاطمة", "محمد", "", "الحارثي", "", "0532223344" });
        Assert.Equal("محمد عبدالله سعد آل منصور", rows[0].Fields.Name);
        Assert.Equal("فاطمة محمد الحارثي", rows[1].Fields.Name);
        // A father's name alone beside the pupil's is a parent's (a Bangladeshi school's applicants).
        rows = ReadFile.Rows("BD", new[] { "Name", "Father's name", "Mobile" }, new object?[] { "Md. Tanvir Hasan", "Md. Abdul Karim", "01712345678" });
        Assert.Equal("Md. Tanvir Hasan", rows[0].Fields.Name);
    }

    [Fact]
    public void An_athletes_number_keys_the_athlete()
    {
        var rows = ReadFile.Rows("PL", new[] { "NrStart", "Nazwisko", "Imię", "Klub", "NrZawodnika" },
            new object?[] { "214", "WÓJCIK", "Bartosz", "AZS AWF Kraków", "118734" },
            new object?[] { "231", "ZIELIŃSKI", "Michał", "KS Wisła Kraków", "104522" });
        Assert.Equal("118734", rows[0].Fields.Identifier);
    }

    [Fact]
    public void The_only_link_a_file_fills_keys_its_rows_and_a_registered_residence_is_no_sign_up()
    {
        // Comarch Optimed's patient migration: "IdImport" beside two empty links, and the address a patient is registered at
        // ("zameldowanie", which is a check-in at an event too).
        var header = new[] { "InstalacjaId", "IdImport", "UprawnieniePacjentaId", "Imie", "Nazwisko", "KrajZameldowanie", "UlicaZameldowanie", "Telefon" };
        var rows = ReadFile.Rows("PL", header,
            new object?[] { "", "48213", "", "Katarzyna", "Wiśniewska", "Polska", "Ryżowa", "601234567" },
            new object?[] { "", "48214", "", "Marek", "Zieliński", "Polska", "Długa", "512345678" },
            new object?[] { "", "48220", "", "Zofia", "Kamińska", "Polska", "Polna", "" });
        Assert.Equal("48213", rows[0].Fields.Identifier);
        Assert.Equal("48220", rows[2].Fields.Identifier);
    }

    [Fact]
    public void A_partners_key_as_the_files_first_column_keys_the_partners_it_lists()
    {
        // OpenPetra's donors: "PartnerKey" first, then the partner's own names; no spouse's column beside them.
        var header = new[] { "PartnerKey", "FirstName", "FamilyName", "City", "Email" };
        var rows = ReadFile.Rows("AT", header,
            new object?[] { "0043005012", "Katharina", "Brandstätter", "Wien", "k.brandstaetter@example.com" },
            new object?[] { "0043005013", "Lukas", "Gruber", "Graz", "lukas.gruber@example.net" },
            new object?[] { "", "Reto", "Zimmermann", "Zürich", "reto.zimmermann@example.org" },
            new object?[] { "0043005015", "Anneliese", "Huber", "Linz", "" });
        Assert.Equal("0043005012", rows[0].Fields.Identifier);
        Assert.Null(rows[2].Fields.Identifier);
        // Beside the partner's name, the partner is the spouse: their id is theirs.
        rows = ReadFile.Rows("AT", new[] { "Partner ID", "FirstName", "FamilyName", "Partner Name" },
            new object?[] { "7", "Katharina", "Brandstätter", "Johann Brandstätter" },
            new object?[] { "9", "Lukas", "Gruber", "Eva Gruber" });
        Assert.Null(rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_partys_number_between_the_street_and_the_rest_of_the_address_is_the_house_number()
    {
        var header = new[] { "ID", "Cliente", "Celular", "CepCliente", "Endereço", "NumeroCliente", "ComplementoCliente", "Bairro" };
        var rows = ReadFile.Rows("BR", header,
            new object?[] { "5312", "Rosângela Ferreira Lima", "11987452310", "04552-010", "Rua Gomes de Carvalho", "1024", "Apto 82", "Vila Olímpia" },
            new object?[] { "5313", "João Batista Moura", "11991230044", "13015-110", "Av. Francisco Glicério", "455", "", "Centro" });
        Assert.Equal("5312", rows[0].Fields.Identifier);
        // Elsewhere the client's number is the client's.
        rows = ReadFile.Rows("BR", new[] { "NumeroCliente", "Cliente", "Celular" }, new object?[] { "1024", "Rosângela Ferreira Lima", "11987452310" });
        Assert.Equal("1024", rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_pet_registers_surnames_are_the_owners()
    {
        // A Peruvian municipality's register: the pet's name and species, the owner's given names and two surnames.
        var header = new[] { "Fecha de registro", "Nombre de la Macota", "Especie", "Raza", "Nombre del Propietario", "Apellido Paterno ", "Apellido Materno", "N° DNI" };
        var rows = ReadFile.Rows("PE", header,
            new object?[] { "2024-03-12 09:41:17", "Firulais", "Canino", "Mestizo", "Rosa Elena", "Quispe", "Mamani", "41827365" },
            new object?[] { "2024-03-13 10:02:11", "Michi", "Felino", "Siamés", "Juan Carlos", "Huamán", "Torres", "40211876" });
        Assert.Equal("Rosa Elena Quispe Mamani", rows[0].Fields.Name);
        Assert.Equal("Juan Carlos Huamán Torres", rows[1].Fields.Name);
    }

    [Fact]
    public void A_members_names_beat_the_name_of_the_group_the_row_belongs_to()
    {
        // Ibimina's savings reports: the savings group's code and name, then the member's code and name.
        var header = new[] { "occurred_at", "status", "amount", "reference", "ikimina_code", "ikimina_name", "member_code", "member_name" };
        var rows = ReadFile.Rows("RW", header,
            new object?[] { "2025-02-03T07:12:45Z", "POSTED", "5000", "MP250203.0712.K41822", "NYB-014", "Abishyizehamwe Kinyinya", "MBR-00381", "Uwimana Claudine" },
            new object?[] { "2025-02-03T08:01:12Z", "POSTED", "3000", "MP250203.0801.K41829", "NYB-014", "Abishyizehamwe Kinyinya", "MBR-00382", "Habimana Jean Bosco" });
        Assert.Equal("Uwimana Claudine", rows[0].Fields.Name);
        Assert.Equal("MBR-00382", rows[1].Fields.Identifier);
    }

    [Fact]
    public void A_value_quoted_twice_loses_both_quotes()
    {
        var rows = ReadFile.Rows("AT", new[] { "userId", "displayName", "email" },
            new object?[] { "4", "\"Anna-Lena Weber\"", "anna-lena.weber@example.com" },
            new object?[] { "5", "Sepp \"der Bär\" Huber", "sepp@example.com" });
        Assert.Equal("Anna-Lena Weber", rows[0].Fields.Name);
        Assert.Equal("Sepp \"der Bär\" Huber", rows[1].Fields.Name);
    }

    [Fact]
    public void A_plain_name_that_repeats_a_part_gives_way_to_the_parts()
    {
        // Swiss Post's address check: "Vorname", "Nachname", and further on its own "Prename", "Name" (the family name again).
        var header = new[] { "KDNR", "Vorname", "Nachname", "PLZ", "Ort", "Prename", "Name" };
        var rows = ReadFile.Rows("CH", header,
            new object?[] { "104215", "Beat", "Zürcher", "8820", "Wädenswil", "Beat", "Zürcher" },
            new object?[] { "104377", "Monika", "Gerber-Rüegg", "3011", "Bern", "Monika", "Gerber-Rüegg" });
        Assert.Equal("Beat Zürcher", rows[0].Fields.Name);
        Assert.Equal("104377", rows[1].Fields.Identifier);
    }

    [Fact]
    public void A_display_name_left_as_the_first_name_or_the_login_gives_way_to_the_parts()
    {
        var header = new[] { "ID", "user_login", "user_email", "display_name", "first_name", "last_name" };
        var rows = ReadFile.Rows("IN", header,
            new object?[] { "214", "anjalimenon", "anjali.menon@example.com", "Anjali Menon", "Anjali", "Menon" },
            new object?[] { "229", "joseph.varghese", "joseph.v@example.net", "Joseph", "Joseph", "Varghese" },
            new object?[] { "236", "fathimarahman", "fathima.rahman@example.org", "fathimarahman", "Fathima", "Rahman" },
            new object?[] { "240", "dev", "dev@example.org", "Dev K.", "Devendra", "Kulkarni" });
        Assert.Equal("Anjali Menon", rows[0].Fields.Name);
        Assert.Equal("Joseph Varghese", rows[1].Fields.Name);
        Assert.Equal("Fathima Rahman", rows[2].Fields.Name);
        Assert.Equal("Dev K.", rows[3].Fields.Name);
    }

    [Fact]
    public void Fname_beside_lname_is_the_first_name_and_alone_nobodys()
    {
        var rows = ReadFile.Rows("NP", new[] { "Booking ID", "Trip Name", "Billing - Fname", "Billing - Lname", "Billing - Email" },
            new object?[] { "4812", "Annapurna Base Camp Trek", "Emily", "Clarke", "emily.clarke@example.com" });
        Assert.Equal("Emily Clarke", rows[0].Fields.Name);
        // A South Asian school register's "Fname" beside "Name" is the father's.
        rows = ReadFile.Rows("IN", new[] { "Roll No", "Name", "Fname", "Mobile" }, new object?[] { "17", "Aarav Sharma", "Rakesh Sharma", "9876543210" });
        Assert.Equal("Aarav Sharma", rows[0].Fields.Name);
    }
}
