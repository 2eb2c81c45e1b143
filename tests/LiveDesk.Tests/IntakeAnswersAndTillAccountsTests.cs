using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen377-379: a booking's intake answer naming a pupil, a survey's submitter logins, a work e-mail in
/// Bulgarian, and the till's account for cash sales in any of several languages.
/// </summary>
public class IntakeAnswersAndTillAccountsTests
{
    private static readonly string[] Acuity =
    {
        "Start Time", "First Name", "Last Name", "Phone", "Email", "Type", "Scheduled By", "Nombre y apellidos del alumno", "Curso", "Appointment ID",
    };

    [Fact]
    public void A_pupils_name_asked_at_booking_is_not_the_name_of_whoever_booked()
    {
        var rows = ReadFile.Rows("ES", Acuity,
            new object?[] { "May 6, 2025 17:00", "Carmen", "López García", "612 34 56 78", "carmen.lopez@example.es", "Clase", "", "Pablo Martín López", "3º ESO", "1410023311" },
            new object?[] { "May 6, 2025 18:00", "Javier", "Ruiz Fernández", "+34 699 112 233", "jruiz@example.com", "Clase", "Lucía Navarro", "Irene Ruiz Sanz", "5º", "1410029874" });
        Assert.Equal("Carmen López García", rows[0].Fields.Name);
        Assert.Equal("Javier Ruiz Fernández", rows[1].Fields.Name);
        Assert.Equal("+34699112233", rows[1].Fields.PhoneNumber);
    }

    [Fact]
    public void A_qualified_full_name_that_holds_the_rows_given_name_stays_the_name()
    {
        // The same person's name written whole with a middle name the parts leave out: no second person.
        var rows = ReadFile.Rows("ES", new[] { "Nombre", "Apellidos", "Email", "Nombre y apellidos del alumno" },
            new object?[] { "Ana", "Moreno", "ana@example.es", "Ana Isabel Moreno" },
            new object?[] { "Diego", "Vidal", "diego@example.es", "Diego Vidal" });
        Assert.Equal("Ana Isabel Moreno", rows[0].Fields.Name);
    }

    [Fact]
    public void The_contact_records_own_name_is_no_second_person()
    {
        // Xero's "*ContactName" names the contact record, an organisation without a legal form here.
        var rows = ReadFile.Rows("NZ", new[] { "*ContactName", "EmailAddress", "FirstName", "LastName" },
            new object?[] { "Harbour Cafe", "accounts@harbourcafe.example.com", "Aroha", "Ngata" },
            new object?[] { "Kowhai Joinery", "office@kowhai.example.co.nz", "Wiremu", "Kowhai" });
        Assert.Contains("Harbour Cafe", new[] { rows[0].Fields.Name, rows[0].Fields.Company });
    }

    [Fact]
    public void A_surveyors_login_given_to_many_respondents_is_nobodys_address_here()
    {
        var header = new[] { "Submitted By", "Contact UUID", "Contact Name", "URN Scheme", "URN Value", "Started" };
        var rows = ReadFile.Rows("GH", header,
            new object?[] { "k.asante@ghs-survey.example", "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "Ama Mensah", "tel", "+233244123456", "12/03/2024 09:14" },
            new object?[] { "k.asante@ghs-survey.example", "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e", "Kofi Boateng", "tel", "+233201234567", "12/03/2024 10:02" },
            new object?[] { "e.ofori@ghs-survey.example", "8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f", "Abena Owusu", "tel", "+233277654321", "13/03/2024 14:40" },
            new object?[] { "k.asante@ghs-survey.example", "0e1f2a3b-4c5d-4e6f-8a7b-8c9d0e1f2a3b", "Yaw Darko", "tel", "+233501112233", "13/03/2024 15:02" });
        Assert.All(rows, r => Assert.Null(r.Fields.Email));
        Assert.Equal("+233201234567", rows[1].Fields.PhoneNumber);
    }

    [Fact]
    public void A_column_of_each_persons_own_addresses_found_by_its_values_is_kept_even_with_one_shared_by_a_household()
    {
        var header = new[] { "Kontakt", "Name", "Mitgliedsnr" };
        var rows = ReadFile.Rows("DE", header,
            new object?[] { "familie.weber@example.de", "Jonas Weber", "101" },
            new object?[] { "familie.weber@example.de", "Lena Weber", "102" },
            new object?[] { "t.krause@example.de", "Tim Krause", "103" },
            new object?[] { "s.aydin@example.de", "Selin Aydin", "104" },
            new object?[] { "m.ott@example.de", "Mia Ott", "105" });
        Assert.Equal("t.krause@example.de", rows[2].Fields.Email);
        Assert.Equal("familie.weber@example.de", rows[0].Fields.Email);
    }

    [Theory]
    [InlineData("Служебен имейл")]
    [InlineData("Служебен имейл | Work email  ")]
    [InlineData("Služební e-mail")]
    [InlineData("Služobný e-mail")]
    public void A_work_email_in_bulgarian_czech_or_slovak_is_an_email(string header)
    {
        Assert.Equal(ContactField.Email, HeaderRecognizer.Recognize(header).Field);
    }

    [Theory]
    [InlineData("Kontantsalg")]
    [InlineData("Kontantkunde")]
    [InlineData("Käteisasiakas")]
    [InlineData("Gotovinski kupec")]
    [InlineData("Client divers")]
    [InlineData("A Diverse Debitoren")]
    [InlineData("Clientes varios")]
    [InlineData("Cliente eventual")]
    [InlineData("Peşin Müşteri")]
    [InlineData("Client de passage")]
    [InlineData("Laufkunde")]
    [InlineData("Sammeldebitor")]
    public void A_tills_account_for_sales_to_anyone_is_no_one(string name)
    {
        Assert.True(ValueShapes.IsGenericBuyer(name));
    }

    [Theory]
    [InlineData("Johnny Cash")]
    [InlineData("Kunde")]
    [InlineData("Anna Kunde")]
    [InlineData("Cash")]
    [InlineData("Bartholomew")]
    [InlineData("Final Fantasy Club")]
    [InlineData("Kontantin Petrov")]
    public void A_name_with_one_such_word_is_a_name(string name)
    {
        Assert.False(ValueShapes.IsGenericBuyer(name));
    }

    [Fact]
    public void A_ledgers_cash_customer_is_refused_whatever_its_number()
    {
        var rows = ReadFile.Rows("NO", new[] { "Kundenummer", "Navn", "Epost", "Mobil" },
            new object?[] { "10002", "Sigrid Aasen", "sigrid.aasen@example.no", "934 56 789" },
            new object?[] { "10003", "Kontantkunde", "", "" });
        Assert.Null(rows[0].Error);
        Assert.NotNull(rows[1].Error);
    }
}
