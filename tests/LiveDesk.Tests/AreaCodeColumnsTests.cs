using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind set unseen102: Kürschner's "TelefonvorwahlParl" "030" beside "TelefonnummerParl" "227-71842". Read alone, the rest of
/// a split number is another valid German number (+49 22771842); a Brazilian "DDD" beside "Telefone" is the same split.
/// </summary>
public class AreaCodeColumnsTests
{
    [Fact]
    public void A_ddd_column_goes_before_the_number()
    {
        var r = new RowReader("BR").Read(InputRow.From(("Nome", "Ana Souza"), ("DDD", "11"), ("Telefone", "98765-4321")));
        Assert.Null(r.Error);
        Assert.Equal("+5511987654321", r.Fields.PhoneNumber);
    }

    [Fact]
    public void Each_area_code_goes_before_the_number_of_its_own_block()
    {
        var headers = new[] { "Nachname", "Vorname", "TelefonvorwahlParl", "TelefonnummerParl", "TelefonvorwahlWK", "TelefonnummerWK" };
        var rows = new[]
        {
            InputRow.From(("Nachname", "Höfler"), ("Vorname", "Annegret"), ("TelefonvorwahlParl", "030"), ("TelefonnummerParl", "227-71842"),
                ("TelefonvorwahlWK", "0209"), ("TelefonnummerWK", "147-7205")),
            InputRow.From(("Nachname", "Çelik"), ("Vorname", "Gülay"), ("TelefonvorwahlParl", "030"), ("TelefonnummerParl", "227-79054"),
                ("TelefonvorwahlWK", "0209"), ("TelefonnummerWK", "147-7205")),
        };
        var reader = new RowReader("DE");
        reader.MapFor(rows[0]).ReadValues(rows);
        var described = reader.MapFor(rows[0]).Describe();
        Assert.Contains("area code from 'TelefonvorwahlParl' before 'TelefonnummerParl'", described);
        Assert.Contains("area code from 'TelefonvorwahlWK' before 'TelefonnummerWK'", described);
        var first = reader.Read(rows[0]).Fields.PhoneNumber;
        Assert.True(first is "+493022771842" or "+492091477205", first);
        Assert.Contains(reader.Read(rows[1]).Fields.PhoneNumber, new[] { "+493022779054", "+492091477205" });
        Assert.Equal(headers.Length, reader.MapFor(rows[0]).Headers.Count);
    }

    [Theory]
    // The number column already holds the whole number, or an international one: the code is not added twice.
    [InlineData("030 22771842", "+493022771842")]
    [InlineData("(030) 227-71842", "+493022771842")]
    [InlineData("+49 30 22771842", "+493022771842")]
    public void A_number_that_already_begins_with_its_area_code_keeps_it(string number, string expected)
    {
        var r = new RowReader("DE").Read(InputRow.From(("Name", "Höfler"), ("Vorwahl", "030"), ("Telefon", number)));
        Assert.Equal(expected, r.Fields.PhoneNumber);
    }

    [Fact]
    public void An_area_code_column_is_never_a_phone_of_its_own()
    {
        var map = ColumnMap.Build(new[] { "Name", "Area Code", "Phone" });
        Assert.Equal(new[] { "Phone" }, ColumnMapSamples.Order(map, ContactField.PhoneNumber));
    }
}

/// <summary>Blind set unseen102: kissj's "registration email" (the address the person registered with) before "contact email".</summary>
public class RegistrationEmailTests
{
    [Fact]
    public void The_registration_email_is_the_persons_own_and_comes_first()
    {
        var map = ColumnMap.Build(new[] { "id", "first name", "surname", "registration email", "contact email" });
        Assert.Equal(new[] { "registration email", "contact email" }, ColumnMapSamples.Order(map, ContactField.Email));
    }

    [Theory]
    [InlineData("Registration Date")]
    [InlineData("Registration Status")]
    public void A_registrations_date_or_status_is_no_field(string header) => Assert.Null(HeaderRecognizer.Recognize(header).Field);
}
