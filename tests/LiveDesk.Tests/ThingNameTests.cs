using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// The name of a thing ("Naziv", "Наименование", "Nazwa", "Denumire") heads the party's name in an ERP's list of parties
/// (Minimax, blind set unseen50; wStore, Symfonia and fireTMS, unseen55). The file decides what it is.
/// </summary>
public class ThingNameTests
{
    [Fact]
    public void Alone_in_a_list_of_parties_it_is_the_name_of_persons_and_firms()
    {
        var map = ColumnMapSamples.Read(new[] { "Šifra", "Naziv", "Naslov", "Pošta", "Kraj pošte" },
            new object?[] { "1001", "Maja Kovačič", "Prešernova cesta 21", "4000", "Kranj" },
            new object?[] { "1002", "Gostilna Pri Žabi d.o.o.", "Trg svobode 3", "2000", "Maribor" },
            new object?[] { "1003", "Tomaž Zupančič", "Ulica 5", "1000", "Ljubljana" });
        Assert.Equal(new[] { "Naziv" }, ColumnMapSamples.Order(map, ContactField.Name));
        var row = new RowReader("SI").Read(InputRow.From(("Šifra", "1002"), ("Naziv", "Gostilna Pri Žabi d.o.o."), ("Naslov", "Trg svobode 3")));
        Assert.Equal("Gostilna Pri Žabi d.o.o.", row.Fields.Name);
        Assert.Equal("1002", row.Fields.Identifier);
    }

    [Fact]
    public void A_column_of_firms_by_their_legal_forms_is_the_company_and_names_the_rows()
    {
        var reader = new RowReader("RU");
        var firm = reader.Read(InputRow.From(("Тип", "Юр"), ("Наименование", "ООО «Вектор»"), ("Телефон", "8 (495) 123-45-67")));
        Assert.Equal("ООО «Вектор»", firm.Fields.Name);
        Assert.Equal("ООО «Вектор»", firm.Fields.Company);
    }

    [Fact]
    public void Beside_the_row_s_own_given_and_family_names_it_is_no_name()
    {
        var reader = new RowReader("PL");
        var row = reader.Read(InputRow.From(("Nazwa", "Jan Kowalski Usługi Remontowe"), ("Imię", "Jan"), ("Nazwisko", "Kowalski"), ("Email", "jan@example.com")));
        Assert.Equal("Jan Kowalski", row.Fields.Name);
    }

    [Fact]
    public void A_product_s_name_beside_the_buyer_s_name_or_with_numbers_names_no_one()
    {
        var order = ColumnMapSamples.Read(new[] { "Имя", "Фамилия", "Email", "Название" },
            new object?[] { "Анна", "Петрова", "anna@example.com", "Футболка синяя" },
            new object?[] { "Иван", "Смирнов", "ivan@example.com", "Кружка белая" });
        Assert.Empty(ColumnMapSamples.Order(order, ContactField.Name));
        var products = ColumnMapSamples.Read(new[] { "Email", "Название" },
            new object?[] { "anna@example.com", "iPhone 15 128GB" },
            new object?[] { "ivan@example.com", "Galaxy S24 256GB" });
        Assert.Empty(ColumnMapSamples.Order(products, ContactField.Name));
    }
}
