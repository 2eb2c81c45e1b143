using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen393-394: Pronote's pupils (a name column found by its values, family name in capitals first), WebXpress's
/// Dutch name prefix, OpenSTAManager's e-invoicing routing code beside the record's code.
/// </summary>
public class PupilListsPrefixesAndRoutingCodesTests
{
    [Fact]
    public void A_pupil_list_found_by_its_values_is_read_given_name_first()
    {
        var rows = ReadFile.Rows("FR", new[] { "Élèves", "Né(e) le", "Adresse E-mail", "Classe" },
            new object?[] { "DUBOIS Camille", "14/03/2011", "camille.dubois@eleve.example", "4B" },
            new object?[] { "LE GALL Yann", "21/06/2011", "yann.legall@eleve.example", "4B" },
            new object?[] { "FONTAINE Théo", "02/02/2011", "", "4A" });
        Assert.Equal("Camille DUBOIS", rows[0].Fields.Name);
        Assert.Equal("Yann LE GALL", rows[1].Fields.Name);
    }

    [Fact]
    public void A_dutch_name_prefix_goes_between_the_given_and_the_family_name()
    {
        var rows = ReadFile.Rows("NL", new[] { "Relatiecode", "Voornaam", "Voorvoegsel", "Achternaam", "E-mailadres" },
            new object?[] { "10012", "Sanne", "van", "Dijk", "sanne.vandijk@example.nl" },
            new object?[] { "10013", "Johannes", "de", "Boer", "j.deboer@example.nl" },
            new object?[] { "10014", "Emma", "", "Jansen", "emma@example.nl" });
        Assert.Equal("Sanne van Dijk", rows[0].Fields.Name);
        Assert.Equal("Emma Jansen", rows[2].Fields.Name);
    }

    [Fact]
    public void A_code_filled_with_placeholders_is_no_key_and_the_records_code_is()
    {
        var header = new[] { "Codice", "Ragione sociale", "Nome", "Cognome", "Codice destinatario", "Email" };
        var rows = ReadFile.Rows("IT", header,
            new object?[] { "00045", "Bianchi Giulia", "Giulia", "Bianchi", "0000000", "giulia.bianchi@example.it" },
            new object?[] { "00046", "Rossi Marco", "Marco", "Rossi", "0000000", "marco.rossi@example.it" },
            new object?[] { "00047", "Allevamento Sole Srl", "", "", "M5UXCR1", "info@allevamentosole.example" },
            new object?[] { "00049", "Keller Anna", "Anna", "Keller", "XXXXXXX", "anna.keller@example.ch" });
        Assert.Equal("00045", rows[0].Fields.Identifier);
        Assert.Equal("00047", rows[2].Fields.Identifier);
        Assert.Equal("00049", rows[3].Fields.Identifier);
    }
}
