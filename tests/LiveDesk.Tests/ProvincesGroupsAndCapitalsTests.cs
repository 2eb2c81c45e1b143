using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen412-419: Danea Easyfatt's "Prov." and "Referente", an Indonesian school's NIPD beside an empty exam
/// number, Opal's study groups, HelloAsso's receipt number, Brazil's party members, Spoke's texter, Galette's parts in
/// capitals, Canvas's "Family, Given" with particles, MotoPress's guest beside its customer.
/// </summary>
public class ProvincesGroupsAndCapitalsTests
{
    [Fact]
    public void A_cut_province_is_no_supplier_and_a_referente_is_the_contact_person()
    {
        var header = new[] { "Cod.", "Denominazione", "Città", "Prov.", "Referente", "Cell", "e-mail" };
        var rows = ReadFile.Rows("IT", header,
            new object?[] { "0001", "Chiara Bassi", "Bologna", "BO", "", "347 512 8890", "chiara.bassi@example.it" },
            new object?[] { "0002", "Villa Aurora Eventi S.r.l.", "Faenza", "RA", "Lorenzo Galli", "", "info@villaaurora.example" },
            new object?[] { "0003", "Marco Esposito", "Bologna", "BO", "", "", "marco@example.it" });
        Assert.Equal("Chiara Bassi", rows[0].Fields.Name);
        Assert.Equal("Lorenzo Galli", rows[1].Fields.Name);
        Assert.Equal("Villa Aurora Eventi S.r.l.", rows[1].Fields.Company);
        Assert.Equal("Marco Esposito", rows[2].Fields.Name);
    }

    [Fact]
    public void An_id_tier_empty_in_every_first_row_gives_way_to_the_schools_number()
    {
        var header = new[] { "NIPD", "NISN", "Nama Siswa", "No Peserta UN", "HP" };
        var rows = ReadFile.Rows("ID", header,
            new object?[] { "'2324001", "'0101234567", "Rizky Pratama", "", "'081234567801" },
            new object?[] { "'2324002", "'0101234568", "Siti Nurhaliza", "", "" },
            new object?[] { "'2324003", "'0101234569", "Dewi Lestari", "", "" });
        Assert.Equal("2324001", rows[0].Fields.Identifier);
        Assert.Equal("2324003", rows[2].Fields.Identifier);
    }

    [Fact]
    public void An_exam_number_filled_in_the_first_rows_stays_the_key()
    {
        var rows = ReadFile.Rows("ID", new[] { "NIPD", "Nama Siswa", "No Peserta UN" },
            new object?[] { "2324001", "Rizky Pratama", "UN-01" },
            new object?[] { "2324002", "Siti Nurhaliza", "UN-02" },
            new object?[] { "2324003", "Dewi Lestari", "UN-03" });
        Assert.Equal("UN-01", rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_column_of_codes_most_people_share_is_no_phone()
    {
        var rows = ReadFile.Rows("DE", new[] { "Vorname", "Nachname", "E-Mail-Adresse", "Studiengruppe" },
            new object?[] { "Lukas", "Schneider", "lukas@example.de", "22/041/61" },
            new object?[] { "Jürgen", "Weiß", "juergen@example.de", "22/041/61" },
            new object?[] { "Anh", "Tran", "anh@example.de", "22/041/62" },
            new object?[] { "Marie-Luise", "von Bülow", "ml@example.de", "22/041/62" },
            new object?[] { "Tobias", "Krüger", "tobias@example.de", "22/041/63" });
        Assert.All(rows, r => Assert.Null(r.Error));
        Assert.All(rows, r => Assert.Null(r.Fields.PhoneNumber));
    }

    [Fact]
    public void A_column_of_phones_two_people_share_stays_their_phones()
    {
        var rows = ReadFile.Rows("DE", new[] { "Vorname", "Nachname", "Info" },
            new object?[] { "Lukas", "Schneider", "0171 2345678" },
            new object?[] { "Jana", "Schneider", "0171 2345678" },
            new object?[] { "Anh", "Tran", "0172 3456789" },
            new object?[] { "Marie", "Bülow", "0173 4567890" },
            new object?[] { "Tobias", "Krüger", "0174 5678901" });
        Assert.Equal("+491723456789", rows[2].Fields.PhoneNumber);
    }

    [Fact]
    public void Numbers_under_a_lone_contact_column_are_the_rows_phones_as_an_import_reads_them()
    {
        // ReadFile asks for the values only where the map does, as the cmdlets' lookahead: before, no cmdlet held these rows.
        var rows = ReadFile.Rows("DE", new[] { "Vorname", "Nachname", "Kontakt" },
            new object?[] { "Lukas", "Schneider", "0171 2345678" },
            new object?[] { "Anh", "Tran", "0172 3456789" });
        Assert.Equal("+491712345678", rows[0].Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("Numéro de reçu")]
    [InlineData("Número de pedido")]
    public void A_number_of_a_thing_in_the_romance_order_is_no_phone(string header)
    {
        var rows = ReadFile.Rows("FR", new[] { "Nom payeur", "Prénom payeur", "Email payeur", header },
            new object?[] { "Lambert", "Claire", "claire@example.fr", "" },
            new object?[] { "Benali", "Karim", "karim@example.com", "2024-00017" },
            new object?[] { "Petit", "Camille", "camille@example.fr", "2024-00018" });
        Assert.Null(rows[1].Fields.PhoneNumber);
        Assert.Null(rows[2].Fields.PhoneNumber);
    }

    [Fact]
    public void A_party_members_name_is_the_rows_name()
    {
        var rows = ReadFile.Rows("BR", new[] { "NUMERO DA INSCRICAO", "NOME DO FILIADO", "SIGLA DO PARTIDO" },
            new object?[] { "123456780191", "MARIA APARECIDA DOS SANTOS", "PV" });
        Assert.Null(rows[0].Error);
        Assert.Equal("MARIA APARECIDA DOS SANTOS", rows[0].Fields.Name);
    }

    [Fact]
    public void A_texters_columns_are_someone_elses()
    {
        var header = new[] { "assignmentId", "contactNumber", "texter[firstName]", "texter[lastName]", "texter[email]" };
        var rows = ReadFile.Rows("US", header,
            new object?[] { "88", "+12405550191", "Priya", "Natarajan", "priya.n@example.org" },
            new object?[] { "91", "+12405550176", "Jamal", "Hughes", "jamal.h@example.org" });
        Assert.Null(rows[0].Fields.Email);
        Assert.Null(rows[0].Fields.Name);
    }

    [Fact]
    public void Parts_whose_given_name_column_holds_capitals_are_the_other_way_round()
    {
        var rows = ReadFile.Rows("FR", new[] { "Name", "Surname", "Town" },
            new object?[] { "DUPONT", "Marie", "Rennes" },
            new object?[] { "LE GOFF", "Yann", "Quimper" },
            new object?[] { "N'DIAYE", "Aminata", "Nantes" },
            new object?[] { "ROUSSEL", "Élodie", "Brest" });
        Assert.Equal("Marie DUPONT", rows[0].Fields.Name);
        Assert.Equal("Yann LE GOFF", rows[1].Fields.Name);
    }

    [Fact]
    public void Parts_in_capitals_by_chance_in_one_row_stay_as_named()
    {
        var rows = ReadFile.Rows("GB", new[] { "First Name", "Last Name", "Town" },
            new object?[] { "JOHN", "Smith", "Leeds" },
            new object?[] { "Mary", "Jones", "York" },
            new object?[] { "Peter", "Brown", "Hull" },
            new object?[] { "Anne", "Green", "Bath" });
        Assert.Equal("JOHN Smith", rows[0].Fields.Name);
    }

    [Fact]
    public void Family_given_with_particles_in_the_family_name_is_turned_round()
    {
        var rows = ReadFile.Rows("MX", new[] { "Student", "ID", "SIS Login ID" },
            new object?[] { "De la Cruz Pérez, Ana Sofía", "4601", "adelacruz@example.edu" });
        Assert.Equal("Ana Sofía De la Cruz Pérez", rows[0].Fields.Name);
    }

    [Fact]
    public void A_guests_name_that_is_not_the_customers_gives_way_to_the_customers_own()
    {
        var header = new[] { "ID", "First Name", "Last Name", "Email", "Phone", "Full Guest Name" };
        var rows = ReadFile.Rows("HR", header,
            new object?[] { "1842", "Ivana", "Horvat", "ivana.horvat@example.com", "+385 91 234 5678", "Ivana Horvat" },
            new object?[] { "1855", "Thomas", "Müller", "t.mueller@example.com", "+49 171 2345678", "Lena Müller" });
        Assert.Equal("Ivana Horvat", rows[0].Fields.Name);
        Assert.Equal("Thomas Müller", rows[1].Fields.Name);
    }
}
