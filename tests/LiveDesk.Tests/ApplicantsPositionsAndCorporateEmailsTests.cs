using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>Blind set unseen382: Personio's applicants (the position applied for) and HCM Front's employees (their corporate e-mail).</summary>
public class ApplicantsPositionsAndCorporateEmailsTests
{
    [Theory]
    [InlineData("Jobname")]
    [InlineData("Job Name")]
    public void The_name_of_a_job_is_no_workplace(string header)
    {
        Assert.Null(HeaderRecognizer.Recognize(header).Field);
    }

    [Fact]
    public void A_row_naming_only_the_position_applied_for_is_refused()
    {
        var rows = ReadFile.Rows("DE", new[] { "Vorname", "Nachname", "E-Mail", "Status", "Jobname", "Recruiting-Kanal" },
            new object?[] { "Katrin", "Schäfer", "k.schaefer@example.org", "Eingestellt", "Buchhalter (m/w/d)", "Empfehlung" },
            new object?[] { "", "", "", "Neu", "Werkstudent Marketing (m/w/d)", "Indeed" });
        Assert.Null(rows[0].Error);
        Assert.Null(rows[0].Fields.Company);
        Assert.NotNull(rows[1].Error);
    }

    [Theory]
    [InlineData("Email Corporativo")]
    [InlineData("Correo institucional")]
    [InlineData("E-mail empresarial")]
    public void A_corporate_or_institutional_email_is_the_persons_work_email(string header)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.Equal("Email", meaning.Field?.ToString());
    }

    [Fact]
    public void An_employees_corporate_email_is_theirs_and_the_personal_one_is_used_without_it()
    {
        var rows = ReadFile.Rows("CL", new[] { "Nombres", "Apellido Paterno", "Apellido Materno", "Email Corporativo", "Email Personal", "Celular" },
            new object?[] { "María José", "González", "Rojas", "mjgonzalez@empresa.example", "", "9 8765 4321" },
            new object?[] { "Felipe Andrés", "Muñoz", "Soto", "", "felipe.munoz@example.com", "+56 9 7654 3210" });
        Assert.Equal("mjgonzalez@empresa.example", rows[0].Fields.Email);
        Assert.Equal("felipe.munoz@example.com", rows[1].Fields.Email);
    }
}
