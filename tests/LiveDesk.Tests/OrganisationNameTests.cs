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

/// <summary>
/// An identity document's number, its kind in a column of its own (Xubio's and Nubixar's "Tipo de identificación" beside
/// "Número de identificación"; "ID Type" beside "ID Number"): the state's register, not the record's key. Blind set unseen47.
/// </summary>
public class DocumentNumberTests
{
    [Theory]
    [InlineData("Tipo de identificación", "Número de identificación", "Código", "CC", "1036547892", "CLI-0012", "CLI-0012")]
    [InlineData("ID Type", "ID Number", "Code", "passport", "X1234567", "C-77", "C-77")]
    [InlineData("Tipo de Identificación", "Número de Identificación", "Notas", "NIT", "900654321", "cliente", null)]
    public void A_documents_number_is_never_the_identifier(string type, string number, string other, string typeValue, string numberValue, string otherValue, string? expected)
    {
        var r = new RowReader("CO").Read(InputRow.From(("Nombre", "Ana"), ("E-mail", "ana@example.com"), (type, typeValue), (number, numberValue), (other, otherValue)));
        Assert.Null(r.Error);
        Assert.Equal(expected, r.Fields.Identifier);
    }

    [Fact]
    public void A_type_of_the_record_is_no_document()
    {
        // "Customer Type" (B2B, B2C) beside "Customer ID": the customer's own id stays.
        var r = new RowReader().Read(InputRow.From(("Name", "Ann Lee"), ("Customer ID", "10482"), ("Customer Type", "B2C")));
        Assert.Equal("10482", r.Fields.Identifier);
    }
}

/// <summary>Colombian forms' "Otros Nombres" (the given names after the first): a middle name, as "Segundo Nombre". Blind set unseen47 (Xubio).</summary>
public class OtherGivenNamesTests
{
    [Theory]
    [InlineData("Otros Nombres")]
    [InlineData("Outros nomes")]
    [InlineData("Autres prénoms")]
    public void Other_given_names_are_middle_names(string header) =>
        Assert.Equal(ContactField.MiddleName, HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void They_stand_between_the_first_name_and_the_surnames()
    {
        var r = new RowReader("CO").Read(InputRow.From(("Primer Apellido", "Gómez"), ("Segundo Apellido", "Restrepo"), ("Nombre", "Andrés"),
            ("Otros Nombres", "Felipe"), ("E-Mail", "andres@example.com")));
        Assert.Equal("Andrés Felipe Gómez Restrepo", r.Fields.Name);
    }
}
