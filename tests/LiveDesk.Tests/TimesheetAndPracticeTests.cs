using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A timesheet lists each employee on a row per shift, under their own number and name, with no e-mail or phone (a Polish
/// temp agency's "Karty pracy", Cloxa's clock-ins): the number stands for one person on those rows and keys them. A German
/// practice system's patients carry the name's particle ("Namensvorsatz": von) and the country's code ("Ländercode": AT)
/// (blind set unseen141).
/// </summary>
public class TimesheetAndPracticeTests
{
    private static readonly string[] Timesheet = { "Numer", "Nazwisko", "Imię", "Dzień", "Zmiana" };

    private static InputRow Shift(string number, string last, string first, string day) =>
        InputRow.From(("Numer", number), ("Nazwisko", last), ("Imię", first), ("Dzień", day), ("Zmiana", "Z1 06-14"));

    [Fact]
    public void A_number_repeated_with_the_same_name_keys_the_person()
    {
        var map = ColumnMap.Build(Timesheet);
        map.ReadValues(new[]
        {
            Shift("4127", "Kowalczyk", "Anna", "2024-03-04"), Shift("4127", "Kowalczyk", "Anna", "2024-03-05"),
            Shift("5310", "Wiśniewski", "Tomasz", "2024-03-04"),
        });
        Assert.Equal(new[] { "Numer" }, ColumnMapSamples.Order(map, ContactField.Identifier));
    }

    [Fact]
    public void A_number_repeated_with_another_name_is_no_key()
    {
        var map = ColumnMap.Build(Timesheet);
        map.ReadValues(new[]
        {
            Shift("4127", "Kowalczyk", "Anna", "2024-03-04"), Shift("4127", "Wiśniewski", "Tomasz", "2024-03-04"),
            Shift("5310", "Nowak", "Ewa", "2024-03-04"),
        });
        Assert.Empty(map.SourcesFor(ContactField.Identifier));
    }

    [Fact]
    public void The_particle_goes_between_the_names_and_the_country_code_sets_the_region()
    {
        var r = new RowReader("DE").Read(InputRow.From(("Patientennummer", "10250"), ("Namensvorsatz", "von"), ("Vorname", "Clara"), ("Nachname", "Berg"),
            ("Ländercode", "AT"), ("Telefon (Mobil)", "0664 1234567"), ("Hausarzt", "Dr. med. Petra Lang")));
        Assert.Equal("Clara von Berg", r.Fields.Name);
        Assert.Equal("+436641234567", r.Fields.PhoneNumber);
        Assert.Equal("10250", r.Fields.Identifier);
    }
}
