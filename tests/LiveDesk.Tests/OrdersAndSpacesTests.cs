using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen91 and unseen92: Stretto writes "Ingrid  Haugen" where the middle name is empty; AppJusto's orders write
/// "Não informado" where the customer gave no e-mail, and their bare "ID" is the order's, the person's columns all being the
/// customer's ("Nome do cliente", "E-mail do cliente").
/// </summary>
public class OrdersAndSpacesTests
{
    [Theory]
    [InlineData("Ingrid  Haugen", "Ingrid Haugen")]
    [InlineData("Ola\tMagnus   Bjørnstad", "Ola Magnus Bjørnstad")]
    public void A_name_is_stored_single_spaced(string written, string stored)
    {
        var r = new RowReader("NO").Read(InputRow.From(("Navn", written), ("Epostadresse", "a@example.no")));
        Assert.Equal(stored, r.Fields.Name);
    }

    [Fact]
    public void Given_and_family_names_with_an_empty_middle_are_single_spaced()
    {
        var r = new RowReader("NO").Read(InputRow.From(("Fornavn", "Åse "), ("Mellomnavn", " "), ("Etternavn", " Lindqvist")));
        Assert.Equal("Åse Lindqvist", r.Fields.Name);
    }

    [Theory]
    [InlineData("Não informado")]
    [InlineData("keine Angabe")]
    [InlineData("sin correo")]
    [InlineData("anonymous")]
    [InlineData("anonim")]
    public void Words_for_no_address_are_no_address(string value)
    {
        var r = new RowReader("BR").Read(InputRow.From(("Nome do cliente", "Márcio Lima"), ("Tel. do cliente", "81 3321-4567"), ("E-mail do cliente", value)));
        Assert.Null(r.Error);
        Assert.Null(r.Fields.Email);
        Assert.Equal("+558133214567", r.Fields.PhoneNumber);
        Assert.Contains(r.Warnings, w => w.Contains("words instead of an address") && w.Contains(value));
    }

    [Theory]
    // An address gone wrong, or one word, is kept for the validator, which fails its row.
    [InlineData("ana(at)example.pt")]
    [InlineData("ana.example.pt")]
    [InlineData("bad-mail")]
    [InlineData("x")]
    public void An_address_gone_wrong_still_fails_its_row(string value)
    {
        var r = new RowReader("PT").Read(InputRow.From(("Nome", "Ana"), ("Email", value)));
        Assert.Equal(value, r.Fields.Email);
        Assert.DoesNotContain(r.Warnings, w => w.Contains("words instead of an address"));
    }

    [Fact]
    public void A_bare_id_in_an_order_file_whose_person_columns_are_the_customers_is_the_orders()
    {
        var headers = new[] { "ID", "Status", "Valor do pedido", "Nome do cliente", "Tel. do cliente", "E-mail do cliente" };
        var map = Read(headers, new object[] { "3F7K2", "Entregue", "62,9", "Ana Beatriz", "11987654321", "ana@example.com" },
            new object[] { "3F7K9", "Entregue", "41,0", "João Araújo", "", "joao@example.com.br" });
        Assert.Empty(map.SourcesFor(ContactField.Identifier));
        // A customer list that counts its customers' orders keeps its key: its person columns name no party.
        var customers = Read(new[] { "ID", "Nome", "Email", "Total de pedidos" },
            new object[] { "17", "Ana Beatriz", "ana@example.com", "3" }, new object[] { "18", "João Araújo", "joao@example.com.br", "1" });
        Assert.Equal(new[] { "ID" }, Order(customers, ContactField.Identifier));
    }

    [Fact]
    public void A_word_in_a_row_whose_cells_moved_on_is_kept_for_the_error_that_says_why()
    {
        // hotelmeister's "Nüsse\; bitte beachten": Import-Csv split the comment, and the country code moved into the e-mail.
        var r = new RowReader("AT").Read(InputRow.From(("lastName", "Gruber"), ("comment", "Allergie: Nüsse\\"), ("countryCode", " bitte beachten"), ("email", "AT")));
        Assert.Equal("AT", r.Fields.Email);
    }
}
