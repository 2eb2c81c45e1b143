using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen404-411: bookings and reservations with an hour of their own (Salon Booking System, LatePoint, FP
/// Restaurant Reservations), phone books that sort by family name (XiVO), a database's primary key (SteVe's "user_pk"),
/// walk-in customers.
/// </summary>
public class VisitsPhoneBooksAndOperatorsTests
{
    [Theory]
    [InlineData("DATA/ORA")]
    [InlineData("Start Date & Time")]
    [InlineData("DATE/HEURE")]
    [InlineData("Datum Uhrzeit")]
    public void A_bookings_bare_id_beside_its_date_and_hour_is_no_key_of_the_guest(string moment)
    {
        var rows = ReadFile.Rows("IT", new[] { "ID", moment, "NOME CLIENTE", "EMAIL CLIENTE", "SERVIZI" },
            new object?[] { "1482", "15/03/2025 10:30", "Giulia Ferraro", "giulia.ferraro@example.it", "Taglio donna" },
            new object?[] { "1483", "15/03/2025 11:00", "Marco Bianchi", "marco.bianchi@example.com", "Barba" });
        Assert.Equal("Giulia Ferraro", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Null(rows[1].Fields.Identifier);
    }

    [Fact]
    public void A_date_and_an_hour_in_two_columns_are_a_reservations_moment_and_a_reservation_alone_is_no_one()
    {
        var header = new[] { "ID", "Data", "Ora", "Stato", "Coperti", "Nome", "Cognome", "Email", "Telefono" };
        var rows = ReadFile.Rows("IT", header,
            new object?[] { "311", "2025-05-10", "20:30", "confirmed", "4", "Alessandro", "Conti", "alessandro.conti@example.it", "+39 333 765 4321" },
            new object?[] { "319", "2025-05-12", "13:00", "visited", "2", "", "", "", "" });
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Equal("Alessandro Conti", rows[0].Fields.Name);
        Assert.NotNull(rows[1].Error);
    }

    [Theory]
    [InlineData("Created Date/Time")]
    [InlineData("Date of birth")]
    [InlineData("Data")]
    public void A_customer_lists_own_dates_leave_its_id_the_customers(string date)
    {
        var rows = ReadFile.Rows("IT", new[] { "ID", date, "Nome", "Cognome", "Email" },
            new object?[] { "57", "2024-03-01 10:00", "Noa", "Levi", "noa@example.com" },
            new object?[] { "58", "2024-03-02 11:00", "Yossi", "Mizrahi", "yossi@example.com" });
        Assert.Equal("57", rows[0].Fields.Identifier);
        Assert.Equal("58", rows[1].Fields.Identifier);
    }

    [Fact]
    public void A_phone_books_display_name_family_name_first_gives_way_to_the_parts()
    {
        var header = new[] { "title", "displayname", "firstname", "lastname", "society", "mobilenumber", "email" };
        var rows = ReadFile.Rows("FR", header,
            new object?[] { "mr", "Dupont Jean", "Jean", "Dupont", "Boulangerie Dupont", "0612345678", "jean.dupont@example.fr" },
            new object?[] { "ms", "Claire Martin", "Claire", "Martin", "DMC", "0698765432", "claire.martin@example.org" },
            new object?[] { "ms", "Martin Claire Anne", "Claire", "Martin", "", "", "claire.anne@example.org" });
        Assert.Equal("Jean Dupont", rows[0].Fields.Name);
        Assert.Equal("Claire Martin", rows[1].Fields.Name);
        // A display name with more than the parts keeps what it says.
        Assert.Equal("Martin Claire Anne", rows[2].Fields.Name);
    }

    [Fact]
    public void A_cjk_display_name_keeps_its_order_beside_the_parts()
    {
        var rows = ReadFile.Rows("JP", new[] { "displayname", "firstname", "lastname", "email" },
            new object?[] { "山田 太郎", "太郎", "山田", "taro@example.jp" });
        Assert.Equal("山田 太郎", rows[0].Fields.Name);
    }

    [Theory]
    [InlineData("user_pk")]
    [InlineData("pk")]
    public void A_primary_key_is_an_id(string header)
    {
        var rows = ReadFile.Rows("DE", new[] { header, "first_name", "last_name", "e_mail" },
            new object?[] { "1", "Jonas", "Becker", "jonas.becker@example.de" },
            new object?[] { "2", "Aylin", "Yıldız", "" },
            new object?[] { "4", "Lena", "Wolf", "lena@example.de" });
        Assert.Equal("2", rows[1].Fields.Identifier);
        Assert.Equal("4", rows[2].Fields.Identifier);
    }

    [Theory]
    [InlineData("Inloopklant")]
    [InlineData("Cliente Avulso")]
    [InlineData("Contante verkoop")]
    public void A_walk_in_customer_is_no_one(string buyer)
    {
        var rows = ReadFile.Rows("NL", new[] { "Naam", "Telefoon", "E-mail" },
            new object?[] { "Sanne de Vries", "+31612345678", "sanne@example.nl" },
            new object?[] { buyer, "", "" });
        Assert.Null(rows[0].Error);
        Assert.NotNull(rows[1].Error);
    }
}
