using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen350 to unseen358: a whole-name column written family name first (French capitals, Russian ФИО), a
/// display name that is the parts with a title, placeholder addresses, parents named as children call them, a membership's
/// name, a deleted record's name, a workplace's name, a CRM's deals and leads, private e-mail in Russian, other given names.
/// </summary>
public class NameOrderAndPlaceholdersTests
{
    private static InputRow Row(params (string Name, object? Value)[] pairs) => InputRow.From(pairs);

    [Fact]
    public void A_column_of_family_names_in_capitals_first_is_stored_given_name_first()
    {
        // OpenDossard's entrant list: "Nom" holds "MARTIN Julien".
        var header = new[] { "Dossard", "Nom", "Club", "Licence" };
        var rows = ReadFile.Rows("FR", header,
            new object?[] { "12", "MARTIN Julien", "Vélo Club Toulousain", "55311170245" },
            new object?[] { "15", "LE GALL Maëlle", "AC Bagnols", "55300920118" },
            new object?[] { "21", "GARCIA-LOPEZ Andrés", "UC Muret", "0310522143" },
            new object?[] { "30", "ROUSSEL Pierre-Yves", "", "" });
        Assert.Equal(new[] { "Julien MARTIN", "Maëlle LE GALL", "Andrés GARCIA-LOPEZ", "Pierre-Yves ROUSSEL" }, rows.Select(r => r.Fields.Name));
        // One such value among names written given name first is a firm's or a typo's: the column is as written.
        rows = ReadFile.Rows("FR", new[] { "Nom", "Email" },
            new object?[] { "Jean Dupont", "jean@example.fr" },
            new object?[] { "IBM France", "contact@ibm.example" },
            new object?[] { "Marie Curie", "marie@example.fr" });
        Assert.Equal("IBM France", rows[1].Fields.Name);
    }

    [Fact]
    public void A_column_of_full_names_with_the_patronymic_last_is_stored_given_name_first_two_word_names_too()
    {
        // amoCRM's contacts: "Полное имя контакта" as ФИО. Chatwoot greets by the name's first word.
        var header = new[] { "ID", "Полное имя контакта", "Мобильный телефон" };
        var rows = ReadFile.Rows("RU", header,
            new object?[] { "31870011", "Смирнова Елена Викторовна", "+7 916 555-12-34" },
            new object?[] { "31870012", "Кузнецов Артём Игоревич", "8 495 123-45-67" },
            new object?[] { "31870013", "ООО «Вектор»", "+7 812 600-70-80" },
            new object?[] { "31870014", "Орлов Максим", "+7 926 123-45-67" });
        Assert.Equal(new[] { "Елена Викторовна Смирнова", "Артём Игоревич Кузнецов", "ООО «Вектор»", "Максим Орлов" }, rows.Select(r => r.Fields.Name));
        // Given name first already: as written, two-word names too.
        rows = ReadFile.Rows("RU", header,
            new object?[] { "1", "Елена Викторовна Смирнова", "+7 916 555-12-34" },
            new object?[] { "2", "Максим Орлов", "+7 926 123-45-67" });
        Assert.Equal(new[] { "Елена Викторовна Смирнова", "Максим Орлов" }, rows.Select(r => r.Fields.Name));
        // One row alone (no lookahead): the patronymic last still says it.
        var one = new RowReader("RU").Read(Row(("ФИО", "Смирнов Алексей Викторович"), ("E-Mail", "a@example.ru")));
        Assert.Equal("Алексей Викторович Смирнов", one.Fields.Name);
    }

    [Fact]
    public void The_first_rows_are_held_for_the_name_order_only_when_the_first_name_shows_it()
    {
        var input = ContactInput.Create(null, null, out _)!;
        var lookahead = input.Lookahead<int>();
        Assert.Empty(lookahead.OfferRow(Row(("Nom", "MARTIN Julien"), ("Email", "j@example.fr")), 1));
        Assert.Equal(new[] { 1 }, lookahead.Flush());
        input = ContactInput.Create(null, null, out _)!;
        lookahead = input.Lookahead<int>();
        Assert.Equal(new[] { 1 }, lookahead.OfferRow(Row(("Nom", "Julien Martin"), ("Email", "j@example.fr")), 1));
        // A name cut inside an emoji is refused by its row, not thrown by the look at its order.
        input = ContactInput.Create(null, null, out _)!;
        lookahead = input.Lookahead<int>();
        Assert.Equal(new[] { 1 }, lookahead.OfferRow(Row(("Name", "BO Anna " + '\uD83D')), 1));
    }

    [Fact]
    public void A_display_name_that_is_the_parts_with_a_title_gives_way_to_the_parts()
    {
        // CiviCRM's contribution export: "Display Name" beside the parts and "Individual Prefix".
        var header = new[] { "Contact ID", "Display Name", "First Name", "Middle Name", "Last Name", "Individual Prefix", "Email" };
        var rows = ReadFile.Rows("GB", header,
            new object?[] { "1042", "Mrs. Helen Barker", "Helen", "", "Barker", "Mrs.", "helen@example.org" },
            new object?[] { "2210", "Ms. Siobhán Walsh", "Siobhán", "Áine", "Walsh", "Ms.", "s.walsh@example.ie" },
            new object?[] { "3001", "Bob Smith", "Robert", "", "Smith", "", "bob@example.com" },
            new object?[] { "3002", "Anna Berg", "Anna", "Maria", "Berg", "", "anna@example.com" });
        Assert.Equal(new[] { "Helen Barker", "Siobhán Áine Walsh", "Bob Smith", "Anna Maria Berg" }, rows.Select(r => r.Fields.Name));
    }

    [Theory]
    [InlineData("qx7lmr2vt9pzka4sw1nb6yhc3df8gj0eu5io2ak7rm9tl4xv1bn6zc3qw8ey0@dummy.dummy", null)]
    [InlineData("noemail@gmail.com", null)]
    [InlineData("no.email@none.com", null)]
    [InlineData("sin_correo@hotmail.com", null)]
    [InlineData("anna@fake.com", null)]
    [InlineData("anna@example.com", "anna@example.com")]
    [InlineData("nil@firma.example", "nil@firma.example")]
    [InlineData("dummyanna@firma.example", "dummyanna@firma.example")]
    public void A_placeholder_address_is_no_address(string value, string? expected)
    {
        var r = new RowReader("JP").Read(Row(("氏名", "山田 花子"), ("メールアドレス", value), ("電話番号", "090-1234-5678")));
        Assert.Null(r.Error);
        Assert.Equal(expected, r.Fields.Email);
        Assert.Equal("+819012345678", r.Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("Dad")]
    [InlineData("Mom")]
    [InlineData("Mum")]
    [InlineData("Daddy")]
    [InlineData("Papa")]
    [InlineData("Mutti")]
    public void A_parent_named_as_children_call_them_is_someone_else(string parent)
    {
        // ChurchCRM's Sunday-school class list.
        var header = new[] { "Class", "First Name", "Last Name", "Mobile", $"{parent} Name", $"{parent} Mobile", $"{parent} Email" };
        var rows = ReadFile.Rows("US", header,
            new object?[] { "Kindergarten", "Zoë", "Martinez", "", "Carlos Martinez", "(512) 555-0171", "carlos@example.com" },
            new object?[] { "Middle School", "José", "Peña", "(512) 555-0188", "Miguel Pena", "(512) 555-0121", "miguel@example.com" });
        Assert.Equal("Zoë Martinez", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.Email);
        Assert.Null(rows[0].Fields.PhoneNumber);
        Assert.Equal("+15125550188", rows[1].Fields.PhoneNumber);
        Assert.Null(rows[1].Fields.Email);
    }

    [Theory]
    [InlineData("Membership Name", null)]
    [InlineData("Admission Name", null)]
    [InlineData("Nome da associação", null)]
    [InlineData("Customer Name", "Name")]
    [InlineData("corporateName", "Company")]
    [InlineData("Corporate Name", "Company")]
    [InlineData("Office Name", "Company")]
    [InlineData("Name (work)", "Name")]
    [InlineData("Частный e-mail", "Email")]
    [InlineData("DALSI_JMENA", "MiddleName")]
    [InlineData("Ďalšie mená", "MiddleName")]
    [InlineData("Altri nomi", "MiddleName")]
    [InlineData("Muut etunimet", "MiddleName")]
    [InlineData("Denomination", null)]
    public void Headers_of_this_batch_are_read_by_their_words(string header, string? expected) =>
        Assert.Equal(expected, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_memberships_report_names_the_customer_not_the_plan_and_a_deleted_customer_no_one()
    {
        var header = new[] { "Customer Name", "Customer Email", "Membership Name", "Phone" };
        var rows = ReadFile.Rows("GB", header,
            new object?[] { "Priya Natarajan", "priya@example.co.uk", "Adults Unlimited 2026", "07700 900481" },
            new object?[] { "Callum Reid", "callum@example.co.uk", "Adults Advanced 2026", "" },
            new object?[] { "(Deleted Customer)", "", "Adults Unlimited (OLD)", "" });
        Assert.Equal("Priya Natarajan", rows[0].Fields.Name);
        Assert.Equal("Callum Reid", rows[1].Fields.Name);
        Assert.Equal("InvalidInput", rows[2].Error?.ErrorId.Replace("LiveDesk.", ""));
    }

    [Fact]
    public void A_deal_export_keys_no_contact_by_the_deals_id_and_a_lead_export_keys_the_lead()
    {
        // amoCRM's deals: one contact may have two.
        var deals = new[] { "ID", "Название сделки", "Бюджет", "Этап сделки", "Полное имя контакта", "Мобильный телефон" };
        var rows = ReadFile.Rows("KZ", deals,
            new object?[] { "24510001", "Поставка оборудования", "1250000", "Переговоры", "Ерлан Жумабеков", "+7 701 234 5678" },
            new object?[] { "24510002", "Сервис", "300000", "Первичный контакт", "Айгерим Садыкова", "+7 702 345 6789" },
            new object?[] { "24510003", "Без контакта", "0", "Закрыто", "", "" });
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Equal("Ерлан Жумабеков", rows[0].Fields.Name);
        Assert.NotNull(rows[2].Error);
        // Bitrix24's leads list the product asked about; the lead is the person, and its id theirs.
        var leads = new[] { "ID", "Название лида", "Имя", "Фамилия", "Частный e-mail", "Товар", "Цена", "Количество" };
        rows = ReadFile.Rows("BY", leads,
            new object?[] { "1201", "Заявка с сайта", "Андрей", "Ковалёв", "a.kovalev@example.com", "Диван", "1850.00", "1" },
            new object?[] { "1202", "Входящий звонок", "Наталья", "Лукашевич", "n.l@example.com", "Стол", "300.00", "2" });
        Assert.Equal("1201", rows[0].Fields.Identifier);
        Assert.Equal("a.kovalev@example.com", rows[0].Fields.Email);
    }
}
