using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen422-427: Thunderbird's address books in Czech, Polish and Ukrainian (the first e-mail, the name shown, a
/// screen name under the display name's label), "First Email", and ExpandCart's Kurdish orders.
/// </summary>
public class AddressBooksAndKurdishOrdersTests
{
    [Theory]
    [InlineData("První e-mail", "Druhý e-mail")]
    [InlineData("First Email", "Second Email")]
    public void The_first_address_of_two_is_the_primary_one(string first, string second)
    {
        var rows = ReadFile.Rows("CZ", new[] { "Křestní jméno", "Příjmení", first, second },
            new object?[] { "Jana", "Dvořáková", "jana.dvorakova@example.cz", "jana.d@example.com" },
            new object?[] { "Petr", "Novotný", "petr.novotny@example.com", "" });
        Assert.Equal("jana.dvorakova@example.cz", rows[0].Fields.Email);
        Assert.Equal("petr.novotny@example.com", rows[1].Fields.Email);
    }

    [Fact]
    public void A_first_phone_is_the_primary_phone_and_a_first_name_stays_the_given_name()
    {
        var rows = ReadFile.Rows("US", new[] { "First Name", "Last Name", "First Phone" },
            new object?[] { "Ann", "Lee", "(212) 555-0147" });
        Assert.Equal("Ann Lee", rows[0].Fields.Name);
        Assert.Equal("+12125550147", rows[0].Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("Wyświetlana nazwa", "Grzegorz Brzęczyszczykiewicz")]
    [InlineData("Ім'я для показу", "Бухгалтерія")]
    public void The_name_shown_names_a_row_without_name_parts(string header, string shown)
    {
        var rows = ReadFile.Rows("PL", new[] { "Imię", "Nazwisko", header, "Podstawowy e-mail", "Firma/Organizacja" },
            new object?[] { "", "", shown, "someone@example.pl", "Urząd Gminy" });
        Assert.Equal(shown, rows[0].Fields.Name);
    }

    [Fact]
    public void A_screen_name_under_a_second_name_label_is_no_middle_name()
    {
        var header = new[] { "Ім'я", "Прізвище", "Ім'я для показу", "Адреса електронної пошти", "Ім'я для показу (2)" };
        var rows = ReadFile.Rows("UA", header,
            new object?[] { "Андрій", "Бондаренко", "Андрій Бондаренко", "a.bondarenko@example.ua", "andriy_bond" },
            new object?[] { "Оксана", "Мельник", "Оксана Мельник", "oksana@example.ua", "" });
        Assert.Equal("Андрій Бондаренко", rows[0].Fields.Name);
    }

    [Fact]
    public void Kurdish_e_name_is_the_e_mail_and_the_customers_id_keys_the_row_not_the_orders()
    {
        var header = new[] { "ID fermanê", "ID Mişterî", "Nav", "Paşnav", "E-name", "Telefûn" };
        var rows = ReadFile.Rows("IQ", header,
            new object?[] { "3307", "88", "Rêbaz", "Ehmed", "rebaz.ehmed@example.com", "0750 123 4567" },
            new object?[] { "3311", "91", "Rebîn", "Osman", "rebin.osman@example.com", "0751 234 5678" });
        Assert.Equal("rebaz.ehmed@example.com", rows[0].Fields.Email);
        Assert.Equal("88", rows[0].Fields.Identifier);
        Assert.Equal("91", rows[1].Fields.Identifier);
    }

    [Fact]
    public void Written_together_ename_stays_unread()
    {
        var rows = ReadFile.Rows("US", new[] { "EMPNO", "ENAME", "JOB" },
            new object?[] { "7369", "SMITH", "CLERK" });
        Assert.Null(rows[0].Fields.Email);
    }
}
