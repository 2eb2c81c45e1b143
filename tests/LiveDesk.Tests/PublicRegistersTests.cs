using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen212 and unseen214: public registers and staff lists (an Iraqi ministry's promotion report, a Bulgarian
/// university's staff, a Georgian user portal, openIMIS's insurees, Kenya's voters' register) and a race's sign-ups whose
/// header line begins with "#".
/// </summary>
public class PublicRegistersTests
{
    [Theory]
    [InlineData("اسم الموظف", "Name")]
    [InlineData("الرقم الاضبارة", "Identifier")]
    [InlineData("Име на Служителя", "Name")]
    [InlineData("იდენტიფიკატორი", "Identifier")]
    [InlineData("InsureeNum", "Identifier")]
    [InlineData("First and Middle Name", "FirstName")]
    [InlineData("First and Last Name", "Name")]
    [InlineData("Šifra kupca", "Identifier")]
    [InlineData("Ime kupca", "Name")]
    [InlineData("受検者名", "Name")]
    [InlineData("受診者名", "Name")]
    public void Staff_insurees_and_given_names_are_read(string header, string field) =>
        Assert.Equal(System.Enum.Parse<ContactField>(field), HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_manager_in_bulgarian_is_someone_else() => Assert.True(HeaderRecognizer.Recognize("Име на Мениджър").Elsewhere);

    [Fact]
    public void A_georgian_user_name_is_a_login() =>
        Assert.Equal(HeaderRecognizer.LoginRank, HeaderRecognizer.Recognize("მომხმარებლის სახელი").Rank);

    [Theory]
    [InlineData("RegionName")]
    [InlineData("Region Name")]
    [InlineData("DistrictName")]
    [InlineData("Parish Name")]
    public void A_places_name_is_no_persons(string header) => Assert.Null(HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void Other_names_beside_a_surname_alone_are_the_given_names()
    {
        var rows = ReadFile.Rows("NE", new[] { "InsureeNum", "OtherNames", "LastName", "Phone", "RegionName" },
            new object?[] { "104236871", "Hadiza", "Sani", "96123456", "Maradi" },
            new object?[] { "104236895", "Ibrahim", "Garba", "90441278", "Maradi" });
        Assert.Equal("Hadiza Sani", rows[0].Fields.Name);
        Assert.Equal("104236871", rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_header_that_is_a_row_of_values_says_import_csv_skipped_a_hash_line()
    {
        var map = ColumnMap.Build(new[] { "0", "Schneider", "Lukas", "1988", "RSC Lindau" });
        Assert.False(map.FillsAnyContactField);
        Assert.Contains("begins with '#'", map.NoContactColumnsError().Message);
    }

    [Fact]
    public void Headers_of_words_get_no_such_hint()
    {
        var map = ColumnMap.Build(new[] { "Startzeit", "Verein", "Bundesland" });
        Assert.DoesNotContain("begins with '#'", map.NoContactColumnsError().Message);
    }

    [Fact]
    public void A_lone_contact_of_numbers_beside_the_rows_full_name_is_its_phone()
    {
        // A Dominican dental clinic's specialists: "Contacto" beside "Nombre Completo" is set aside as a staff member's column,
        // but it holds the row's phone numbers.
        var rows = ReadFile.Rows("DO", new[] { "ID", "Nombre Completo", "Especialidad", "Contacto", "Correo Electrónico" },
            new object?[] { "3", "Dra. Yokasta Peña Reyes", "Ortodoncia", "809-532-4178", "yokasta.pena@example.com" },
            new object?[] { "7", "Dr. Ramón Castillo", "Endodoncia", "(829) 714-2205", "rcastillo@example.net" });
        Assert.Equal("+18095324178", rows[0].Fields.PhoneNumber);
    }

    [Fact]
    public void A_lone_contact_of_names_beside_the_rows_full_name_stays_someone_elses()
    {
        var rows = ReadFile.Rows("DO", new[] { "Nombre Completo", "Contacto", "Correo Electrónico" },
            new object?[] { "Yokasta Peña Reyes", "Ana Gómez", "yokasta.pena@example.com" },
            new object?[] { "Ramón Castillo", "Luis Pérez", "rcastillo@example.net" });
        Assert.Equal("Yokasta Peña Reyes", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.PhoneNumber);
    }
}
