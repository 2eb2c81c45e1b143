using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen203 to unseen205: Skolon's users (a login that is the e-mail again), Kürschner's parliamentarians
/// ("Praefix": von der), Nkom's radio licences ("Kallesignal"), Kourel's members ("Matricule" beside a bare "ID"), Open
/// WebMail's address book ("X-OWM-UID_00") and a Telegram backup's "Deleted user".
/// </summary>
public class ClubsRegistersAndAddressBooksTests
{
    [Theory]
    [InlineData("Matricule", HeaderRecognizer.OwnNumberRank)]
    [InlineData("N° matricule", HeaderRecognizer.OwnNumberRank)]
    [InlineData("Matrikelnummer", HeaderRecognizer.OwnNumberRank)]
    [InlineData("Kallesignal", HeaderRecognizer.LoginRank)]
    [InlineData("Call Sign", HeaderRecognizer.LoginRank)]
    [InlineData("X-OWM-UID_00", HeaderRecognizer.RecordKeyRank)]
    public void Own_numbers_call_signs_and_vendor_extensions_are_ids(string header, int rank)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.Equal(ContactField.Identifier, meaning.Field);
        Assert.Equal(rank, meaning.Rank);
    }

    [Theory]
    // A fiscal registration is the state's; a dialling code and an Italian name are no call sign.
    [InlineData("Matricule fiscal")]
    [InlineData("Indicativo")]
    [InlineData("X-OWM-CHARSET")]
    public void Related_words_are_no_ids(string header) =>
        Assert.NotEqual(ContactField.Identifier, HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_member_number_wins_over_the_tables_bare_id()
    {
        var rows = ReadFile.Rows("SN", new[] { "ID", "Nom", "Prénom", "Email", "Téléphone", "Matricule" },
            new object?[] { "12", "Diop", "Mamadou", "mamadou.diop@example.com", "77 123 45 67", "KRL-0012" },
            new object?[] { "27", "Ndiaye", "Aïssatou", "", "+221 78 234 56 78", "KRL-0027" });
        Assert.Equal("KRL-0012", rows[0].Fields.Identifier);
    }

    [Fact]
    // Skolon's users (unseen156 and unseen203 disagreed): a login that is the row's address is still the account's key in the
    // system that exported it.
    public void A_login_that_is_the_rows_own_address_stays_the_key()
    {
        var rows = ReadFile.Rows("SE", new[] { "Förnamn", "Efternamn", "E-post", "Användarnamn" },
            new object?[] { "Maja", "Bergström", "maja.bergstrom@elev.example.com", "maja.bergstrom@elev.example.com" },
            new object?[] { "Anders", "Nyström", "Anders.Nystrom@example.org", "Anders.Nystrom@example.org" });
        Assert.Equal("maja.bergstrom@elev.example.com", rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_login_of_its_own_stays_the_key()
    {
        var rows = ReadFile.Rows("SE", new[] { "Förnamn", "Efternamn", "E-post", "Användarnamn" },
            new object?[] { "Maja", "Bergström", "maja.bergstrom@elev.example.com", "majber" },
            new object?[] { "Anders", "Nyström", "Anders.Nystrom@example.org", "andnys" });
        Assert.Equal("majber", rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_prefix_of_name_particles_goes_between_given_and_family_name()
    {
        var rows = ReadFile.Rows("DE", new[] { "LfdNr", "Nachname", "Vorname", "Praefix", "Titel", "Email1" },
            new object?[] { "1", "Wendland-Ebert", "Katharina", "", "Dr.", "k.wendland@example.org" },
            new object?[] { "3", "Heyde", "Almut", "von der", "", "a.heyde@example.org" });
        Assert.Equal("Katharina Wendland-Ebert", rows[0].Fields.Name);
        Assert.Equal("Almut von der Heyde", rows[1].Fields.Name);
    }

    [Fact]
    public void A_prefix_of_titles_is_no_part_of_the_name()
    {
        var rows = ReadFile.Rows("US", new[] { "Prefix", "First Name", "Last Name", "Email" },
            new object?[] { "Mr.", "John", "Smith", "john@example.com" },
            new object?[] { "Dr.", "Ann", "Lee", "ann@example.com" });
        Assert.Equal("John Smith", rows[0].Fields.Name);
    }

    [Theory]
    [InlineData("Deleted user")]
    [InlineData("Deleted Account")]
    public void An_account_that_is_gone_names_no_one(string name) => Assert.True(ValueShapes.IsAnonymous(name));
}

/// <summary>
/// Blind set unseen206: SIMRS Khanza's patients ("No.R.M", the medical record's number; "Nama Pasien"; "Keluarga" and "Nama
/// Keluarga", the family member answering for the patient).
/// </summary>
public class HospitalPatientsTests
{
    [Theory]
    [InlineData("No.R.M", "Identifier")]
    [InlineData("No. RM", "Identifier")]
    [InlineData("Nomor Rekam Medis", "Identifier")]
    [InlineData("Nama Pasien", "Name")]
    [InlineData("Tên bệnh nhân", "Name")]
    public void Indonesian_and_vietnamese_patients_are_read(string header, string field) =>
        Assert.Equal(System.Enum.Parse<ContactField>(field), HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void The_ringgit_is_no_medical_record() => Assert.Null(HeaderRecognizer.Recognize("Amount (RM)").Field);

    [Fact]
    public void A_name_that_says_whose_it_is_is_whole_beside_a_family_column()
    {
        var rows = ReadFile.Rows("ID", new[] { "No.R.M", "Nama Pasien", "No.SIM/KTP", "No.Telp/HP", "Keluarga", "Nama Keluarga", "No.Peserta", "Email" },
            new object?[] { "000123", "SITI AMINAH", "3471064507820003", "081227345610", "SUAMI", "BAMBANG SUTRISNO", "0001234567891", "siti.aminah@example.co.id" },
            new object?[] { "000457", "RIZKY PRATAMA", "3471061203950001", "085643219087", "AYAH", "HARYONO", "", "" });
        Assert.Equal("SITI AMINAH", rows[0].Fields.Name);
        Assert.Equal("000123", rows[0].Fields.Identifier);
        Assert.Equal("RIZKY PRATAMA", rows[1].Fields.Name);
        Assert.Equal("000457", rows[1].Fields.Identifier);
    }
}

/// <summary>
/// Blind set unseen209: Eduka's pupils with their two legal representatives marked "R1" and "R2", a Korean after-school
/// programme's "학년", "반", "번호" (grade, class, the seat in the class), and codes that identify or sign in.
/// </summary>
public class PupilsAndTheirRepresentativesTests
{
    [Theory]
    [InlineData("Code identifiant", HeaderRecognizer.RecordKeyRank)]
    [InlineData("ID Code", HeaderRecognizer.RecordKeyRank)]
    [InlineData("Login Code", HeaderRecognizer.LoginRank)]
    [InlineData("Mã đăng nhập", HeaderRecognizer.LoginRank)]
    public void Codes_that_identify_or_sign_in_are_keys(string header, int rank)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.Equal(ContactField.Identifier, meaning.Field);
        Assert.Equal(rank, meaning.Rank);
    }

    [Theory]
    [InlineData("Country Code ID")]
    [InlineData("Promo Code ID")]
    public void A_code_of_something_else_is_no_key(string header) => Assert.Null(HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void Columns_marked_like_another_persons_name_are_theirs()
    {
        var rows = ReadFile.Rows("VN", new[] { "Code identifiant", "Nom", "Prénom", "Prénom R1", "Nom R1", "Adresse e-mail R1", "Téléphone mobile R1", "Prénom R2", "Adresse e-mail R2" },
            new object?[] { "12046S3501", "LEFEBVRE", "Camille", "Sophie", "LEFEBVRE", "sophie.lefebvre@example.com", "+84 903 412 587", "Marc", "marc.lefebvre@example.net" },
            new object?[] { "12046S3522", "TRẦN", "Minh Khôi", "Thị Hồng Nhung", "TRẦN", "nhung.tran@example.com", "+84 912 604 338", "", "" });
        Assert.Equal("Camille LEFEBVRE", rows[0].Fields.Name);
        Assert.Equal("12046S3501", rows[0].Fields.Identifier);
        Assert.Null(rows[0].Fields.Email);
        Assert.Null(rows[0].Fields.PhoneNumber);
    }

    [Fact]
    public void A_number_after_a_class_is_a_seat_in_it()
    {
        var rows = ReadFile.Rows("KR", new[] { "학년", "반", "번호", "학생명", "학부모연락처" },
            new object?[] { "1", "2", "05", "박지호", "010-2394-5812" },
            new object?[] { "3", "1", "18", "최서윤", "010-7731-0426" });
        Assert.Equal("박지호", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.Identifier);
    }
}
