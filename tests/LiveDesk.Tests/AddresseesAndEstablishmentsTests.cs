using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Central European registers (blind set unseen176): Česká pošta's address book ("Č. adresáta", the addressee's number), a
/// company flag written 0/1 (BitFaktúra's "Firma" beside "Názov firmy"), FAN Courier's "Persoana contact" and the Czech
/// register of doctors' practices, whose rows are establishments ("NazevZarizeni").
/// </summary>
public class AddresseeAndFlagTests
{
    private static InputRow[] Rows(string[] headers, params object?[][] values) =>
        values.Select(v => InputRow.From(headers.Zip(v).ToArray())).ToArray();

    private static RowReadResult[] ReadAll(string region, InputRow[] rows) => ReadFile.Rows(region, rows);

    [Theory]
    [InlineData("Č. adresáta", "Identifier")]
    [InlineData("Číslo adresáta", "Identifier")]
    [InlineData("E-mail adresáta", "Email")]
    [InlineData("Jméno adresáta", "Name")]
    [InlineData("Č. popisné", null)]
    public void Czech_addressee_headers_name_their_field(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void The_addressees_number_keys_the_row_when_no_second_person_is_named()
    {
        string[] headers = { "Jméno", "Příjmení / Název", "DIČ", "Č. adresáta", "Č. popisné", "Mobil", "Telefon", "E-mail" };
        var rows = Rows(headers,
            new object?[] { "Jan", "Svoboda", "", "A-0015", "1245", "603 123 456", "", "jan.svoboda@example.com" },
            new object?[] { "", "Pekárna U Mlýna s.r.o.", "CZ12345678", "A-0016", "17", "", "381 222 333", "objednavky@example.net" },
            new object?[] { "Věra", "Marešová", "", "A-0017", "3", "", "327 512 345", "" });
        var r = ReadAll("CZ", rows);
        Assert.Equal(new[] { "A-0015", "A-0016", "A-0017" }, r.Select(x => x.Fields.Identifier));
        Assert.Equal("Jan Svoboda", r[0].Fields.Name);
    }

    [Fact]
    public void A_named_receiver_beside_the_buyers_own_name_is_still_someone_else()
    {
        var map = ColumnMap.Build(new[] { "Jméno", "Příjmení", "E-mail", "Jméno adresáta", "E-mail adresáta" });
        Assert.Equal("E-mail", Assert.Single(map.SourcesFor(ContactField.Email)).Header);
        Assert.Contains("E-mail adresáta", map.AboutSomeoneElse);
    }

    [Fact]
    public void A_company_flag_of_zeros_and_ones_gives_way_to_the_company_name()
    {
        string[] headers = { "ID", "Názov firmy", "Firma", "E-mail", "Mobilné číslo", "Meno", "Priezvisko " };
        var rows = Rows(headers,
            new object?[] { "41", "Peter Novák", "0", "peter.novak@example.com", "0905 123 456", "Peter", "Novák" },
            new object?[] { "47", "Kaviareň Luna s.r.o.", "1", "luna@example.org", "0911 222 333", "", "" });
        var r = ReadAll("SK", rows);
        Assert.Equal("Kaviareň Luna s.r.o.", r[1].Fields.Name);
        Assert.Equal("Kaviareň Luna s.r.o.", r[1].Fields.Company);
    }

    [Fact]
    public void The_Romanian_contact_person_beside_a_firms_recipient_name_is_the_rows_name()
    {
        string[] headers = { "Persoana contact expeditor", "Nume destinatar", "Persoana contact", "Telefon", "Email" };
        var rows = Rows(headers,
            new object?[] { "Andrei Popa", "Elena Dumitrescu", "", "0722 123 456", "elena.dumitrescu@example.com" },
            new object?[] { "Andrei Popa", "SC Atelier Foto SRL", "Ioana Marin", "0745 678 901", "comenzi@example.net" });
        var r = ReadAll("RO", rows);
        Assert.Equal("Elena Dumitrescu", r[0].Fields.Name);
        Assert.Equal("Ioana Marin", r[1].Fields.Name);
        Assert.Equal("SC Atelier Foto SRL", r[1].Fields.Company);
    }
}

/// <summary>
/// Rows about things: a register of establishments (the Czech NRPZS: "NazevZarizeni", the facility's name, beside no
/// person's name), and a school outing whose only person is its contact ("Codi" beside "Persona de Contacte": the outing's
/// code, not the person's) (blind sets unseen175, unseen176).
/// </summary>
public class EstablishmentAndThingKeyTests
{
    private static RowReadResult[] ReadAll(string region, string[] headers, params object?[][] values) => ReadFile.Rows(region, headers, values);

    [Theory]
    [InlineData("NazevZarizeni")]
    [InlineData("Facility Name")]
    [InlineData("Nom établissement")]
    public void An_establishments_name_beside_no_persons_name_is_the_rows_name(string header)
    {
        var r = ReadAll("CZ", new[] { "MistoPoskytovaniId", header, "Obec", "PoskytovatelTelefon", "PoskytovatelEmail", "OdbornyZastupce" },
            new object?[] { "200123", "MUDr. Jana Veselá - praktický lékař", "Brno", "541 234 567", "ordinace.vesela@example.com", "MUDr. Jana Veselá" },
            new object?[] { "200456", "Dentalia Plzeň s.r.o.", "Plzeň", "605 111 222", "recepce@example.org", "MDDr. Petr Král" },
            new object?[] { "200789", "Oblastní nemocnice Kolín, a.s. - Interní ambulance", "Kolín", "321 756 111", "", "MUDr. Eva Malá" });
        Assert.Equal(new[] { "MUDr. Jana Veselá - praktický lékař", "Dentalia Plzeň s.r.o.", "Oblastní nemocnice Kolín, a.s. - Interní ambulance" },
            r.Select(x => x.Fields.Name));
        Assert.Equal("200456", r[1].Fields.Identifier);
    }

    [Fact]
    public void An_establishments_name_beside_a_persons_name_is_not_the_name()
    {
        var r = ReadAll("CZ", new[] { "Jméno", "Příjmení", "Název zařízení", "E-mail" },
            new object?[] { "Jan", "Novák", "Dentalia Plzeň s.r.o.", "jan.novak@example.com" },
            new object?[] { "Eva", "Malá", "Nemocnice Kolín", "eva.mala@example.com" });
        Assert.Equal("Jan Novák", r[0].Fields.Name);
    }

    [Fact]
    public void An_outings_code_does_not_key_its_contact_person()
    {
        var r = ReadAll("ES", new[] { "Codi", "Sortida", "Lloc", "Persona de Contacte", " Telefon de Contacte", " Email de Contacte" },
            new object?[] { "SRT-2025-014", "Museu Blau", "Barcelona", "Núria Casals Ferrer", "932 56 60 02", "nuria.casals@example.org" },
            new object?[] { "SRT-2025-021", "Granja Escola Can Mateu", "Sant Cugat", "Pere Mateu i Sala", "639 45 21 87", "" },
            new object?[] { "SRT-2025-033", "Teatre Lliure", "Barcelona", "Laura Pons Giménez", "", "reserves.escoles@example.net" });
        Assert.All(r, x => Assert.Null(x.Fields.Identifier));
        Assert.Equal("Núria Casals Ferrer", r[0].Fields.Name);
    }

    [Fact]
    public void A_firms_number_still_keys_its_contact_person()
    {
        var r = ReadAll("DE", new[] { "Kundennummer", "Firma", "Ansprechpartner", "Telefon", "E-Mail" },
            new object?[] { "K-1001", "Bäckerei Huber GmbH", "Anna Huber", "089 1234567", "anna@example.de" },
            new object?[] { "K-1002", "Schreinerei Maier", "Josef Maier", "089 7654321", "info@example.com" });
        Assert.Equal(new[] { "K-1001", "K-1002" }, r.Select(x => x.Fields.Identifier));
    }

    [Fact]
    public void A_firms_bare_code_still_keys_its_contact_person()
    {
        var r = ReadAll("DE", new[] { "Nr.", "Firma", "Ansprechpartner", "Telefon", "E-Mail" },
            new object?[] { "K-1001", "Bäckerei Huber GmbH", "Anna Huber", "089 1234567", "anna@example.de" },
            new object?[] { "K-1002", "Schreinerei Maier", "Josef Maier", "089 7654321", "info@example.com" });
        Assert.Equal(new[] { "K-1001", "K-1002" }, r.Select(x => x.Fields.Identifier));
    }
}

/// <summary>A title before the comma writes the name in its natural order; what follows the comma is what the person does.</summary>
public class TitleBeforeCommaTests
{
    [Theory]
    [InlineData("MUDr. Pavel Novotný, dětský lékař", null)]
    [InlineData("Dr. Anna Berg, Zahnärztin", null)]
    [InlineData("Romero, Elena", "Elena Romero")]
    [InlineData("Ing, Marek", "Marek Ing")]
    public void Family_comma_given_is_turned_only_without_a_title(string name, string? expected) =>
        Assert.Equal(expected, PersonName.GivenFirst(name));
}
