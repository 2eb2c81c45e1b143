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
