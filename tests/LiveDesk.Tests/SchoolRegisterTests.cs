using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// ONDE, the register of France's primary schools, exports one row per parent ("Nom responsable", "Prénom responsable", the
/// parent's e-mail and phones) with the pupils they are responsible for numbered after them ("Prénom élève 1" to "élève 3"):
/// every parent was stored under their first child's name (blind set unseen144).
/// </summary>
public class SchoolRegisterTests
{
    private static readonly string[] Onde =
    {
        "Civilité Responsable", "Nom responsable", "Nom usage responsable", "Prénom responsable", "Adresse responsable", "CP responsable",
        "Commune responsable", "Pays", "Courriel", "Téléphone domicile", "Téléphone travail", "Téléphone portable", "Nom de famille élève 1",
        "Prénom élève 1", "Nom de famille élève 2", "Prénom élève 2", "Nom de famille élève 3", "Prénom élève 3",
    };

    [Fact]
    public void The_row_is_the_guardian_of_the_numbered_pupils()
    {
        var values = new[] { "MME", "DUBOIS", "DUBOIS", "Claire", "12 rue des Lilas", "69003", "LYON", "FRANCE", "claire.dubois@example.com", "04 78 12 34 56", "",
            "06 12 34 56 78", "DUBOIS", "Léa", "DUBOIS", "Tom", "", "" };
        var r = new RowReader("FR").Read(InputRow.From(Onde.Select((h, i) => (h, (object?)values[i])).ToArray()));
        Assert.Equal("Claire DUBOIS", r.Fields.Name);
        Assert.Equal("+33612345678", r.Fields.PhoneNumber);
    }

    [Fact]
    public void A_single_unnumbered_pupil_stays_the_row()
    {
        var map = ColumnMap.Build(new[] { "Nom responsable", "Prénom responsable", "Courriel", "Nom de famille élève", "Prénom élève" });
        Assert.Equal(new[] { "Prénom élève" }, ColumnMapSamples.Order(map, ContactField.FirstName));
    }

    [Fact]
    public void A_contact_headed_by_the_pupil_keeps_the_pupil_as_the_row()
    {
        var map = ColumnMap.Build(new[] { "Nom responsable", "Prénom responsable", "Courriel élève 1", "Prénom élève 1", "Nom de famille élève 1",
            "Prénom élève 2", "Nom de famille élève 2" });
        Assert.Empty(ColumnMapSamples.Order(map, ContactField.Name));
        Assert.Contains("Prénom élève 1", ColumnMapSamples.Order(map, ContactField.FirstName));
    }

    // Magellan's apprentices: the trainer's and the placement contact's names, phones and e-mails follow the apprentice's
    // own ("SchuelerVorname"); those are theirs, not even found by their values for an apprentice who has none.
    [Fact]
    public void A_trainers_contacts_are_not_the_apprentices()
    {
        var headers = new[] { "SchuelerVorname", "SchuelerNachname", "AusbilderKontaktNachname", "AusbilderKontaktVorname", "AusbilderKontaktTelefon",
            "AusbilderKontaktMobil", "AusbilderKontaktEmail", "PraxisKontaktNachname", "PraxisKontaktVorname", "PraxisKontaktTelefon", "PraxisKontaktMobil",
            "PraxisKontaktEmail", "IServ E-Mail" };
        var rows = new[]
        {
            InputRow.From(headers.Zip(new object?[] { "Jonas", "Weißmann", "Krüger", "Stefan", "0341 2345678", "0171 2345678", "s.krueger@example.com",
                "", "", "", "", "", "jonas.w@iserv.example" }).ToArray()),
            InputRow.From(headers.Zip(new object?[] { "Aylin", "Demir", "Schulze", "Petra", "0341 7654321", "0160 98765432", "p.schulze@example.org",
                "Wolf", "Anke", "0341 111222", "0172 3334445", "a.wolf@example.net", "aylin.d@iserv.example" }).ToArray()),
        };
        var reader = new RowReader("DE");
        reader.MapFor(rows[0]).ReadValues(rows);
        var r = reader.Read(rows[0]);
        Assert.Equal("Jonas Weißmann", r.Fields.Name);
        Assert.Null(r.Fields.PhoneNumber);
        // A word that heads no name of its own is the row's qualifier: the pupil's school address, found by its values.
        Assert.Equal("jonas.w@iserv.example", r.Fields.Email);
    }

    // Dapodik's admissions ("No. Pendaftaran", the applicant's registration number): the national exam's number, an own id
    // left empty ("-") for every applicant, gives way to it.
    [Theory]
    [InlineData("No. Pendaftaran")]
    [InlineData("Numéro d'inscription")]
    [InlineData("Número de inscripción")]
    [InlineData("Kayıt No")]
    public void A_registration_number_is_an_id(string header) =>
        Assert.Equal(ContactField.Identifier, HeaderRecognizer.Recognize(header).Field);
}
