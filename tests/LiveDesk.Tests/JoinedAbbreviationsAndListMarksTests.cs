using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind set unseen195: an ERP's column names with the customer abbreviated and written joined (a Mongolian water utility's
/// billing extract: "CUSCODE", "CUSNAME", "CUSTOMERPHONE"), and a Thai tyre shop's history (WINSpeed) that writes two
/// numbers in one cell with "^" between them.
/// </summary>
public class JoinedAbbreviationsAndListMarksTests
{
    [Theory]
    [InlineData("CUSNAME", "Name")]
    [InlineData("CUSTNAME", "Name")]
    [InlineData("Cust Name", "Name")]
    [InlineData("CUST_NAME", "Name")]
    [InlineData("CUSCODE", "Identifier")]
    [InlineData("CUSTNO", "Identifier")]
    [InlineData("Cust No", "Identifier")]
    [InlineData("EMPNAME", "Name")]
    [InlineData("emplno", "Identifier")]
    [InlineData("CUSTPHONE", "PhoneNumber")]
    public void A_party_abbreviation_written_joined_to_a_field_word_is_read_as_both(string header, string field) =>
        Assert.Equal(System.Enum.Parse<ContactField>(field), HeaderRecognizer.Recognize(header).Field);

    [Theory]
    // The abbreviation must be followed by a listed word: these are other words.
    [InlineData("Custom Field")]
    [InlineData("CUSIP")]
    [InlineData("custodian")]
    [InlineData("Emphasis")]
    public void A_word_that_only_begins_like_an_abbreviation_is_not_one(string header) =>
        Assert.Null(HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void The_mongolian_billing_extract_reads_its_customers()
    {
        var rows = ReadFile.Rows("MN", new[] { "CUSCODE", "CUSNAME", "BRANCHNAME", "CALCMONTH", "MONTHPRICE", "TOTALPRICE", "CUSTOMERPHONE" },
            new object?[] { "210245", "Г.Батбаяр", "17-р хороолол", "202403", "18450.5", "18450.5", "99117342" },
            new object?[] { "210251", "Д.Оюунчимэг", "Хуучин Дархан", "202403", "12980.2", "25960.4", "88046519" });
        Assert.Equal("Г.Батбаяр", rows[0].Fields.Name);
        Assert.Equal("210245", rows[0].Fields.Identifier);
        Assert.Equal("+97699117342", rows[0].Fields.PhoneNumber);
        Assert.Equal("210251", rows[1].Fields.Identifier);
    }

    [Theory]
    [InlineData("^038 123 456^ 089-234-5678", "+66892345678")]
    [InlineData("038 123 456 ~ 089-234-5678", "+66892345678")]
    [InlineData("^081-765-4321", "+66817654321")]
    public void A_mark_no_number_is_written_with_separates_two_numbers(string cell, string expected)
    {
        var r = new RowReader("TH").Read(InputRow.From(("ชื่อลูกค้า", "หจก. รุ่งเรืองขนส่ง"), ("หมายเลขโทรศัพท์", cell)));
        Assert.Null(r.Error);
        Assert.Equal(expected, r.Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("090-1234-5678、03-1234-5678")]
    [InlineData("090-1234-5678，03-1234-5678")]
    public void Ideographic_and_full_width_commas_separate_numbers(string cell)
    {
        var r = new RowReader("JP").Read(InputRow.From(("氏名", "佐藤健二"), ("電話番号", cell)));
        Assert.Null(r.Error);
        Assert.Equal("+819012345678", r.Fields.PhoneNumber);
    }
}

/// <summary>
/// Blind sets unseen194 and unseen195: FrontlineSMS's Swahili contacts ("Nambari inayosogea sogea", its mobile number, before
/// "Nambari ya simu ya mkononi", its other number) and an Egyptian loyalty app's business customers with "مسؤول التواصل".
/// </summary>
public class SwahiliMobileAndArabicContactPersonTests
{
    [Fact]
    public void The_main_number_of_frontlinesms_in_swahili_comes_first()
    {
        var rows = ReadFile.Rows("KE", new[] { "Jina", "Nambari inayosogea sogea", "Nambari ya simu ya mkononi", "Anwani ya barua pepe" },
            new object?[] { "Wanjiru Kamau", "+254722345678", "+254733456789", "wanjiru.kamau@example.com" },
            new object?[] { "Otieno Ochieng", "+254712987654", "", "" });
        Assert.Equal("+254722345678", rows[0].Fields.PhoneNumber);
        Assert.Equal("+254712987654", rows[1].Fields.PhoneNumber);
    }

    [Fact]
    public void The_person_in_charge_of_communication_is_the_contact_person_of_a_business()
    {
        var rows = ReadFile.Rows("EG", new[] { "كود العميل", "الاسم", "مسؤول التواصل", "رقم الهاتف", "نوع النشاط" },
            new object?[] { "CUST-0107", "محمود عبد الحميد", "", "01012873465", "سوبر ماركت" },
            new object?[] { "CUST-0112", "صيدلية النور", "هبة سامي", "01123458790", "صيدلية" });
        Assert.Equal("محمود عبد الحميد", rows[0].Fields.Name);
        Assert.Equal("هبة سامي", rows[1].Fields.Name);
        Assert.Equal("صيدلية النور", rows[1].Fields.Company);
    }
}

/// <summary>
/// Blind set unseen196: a Ukrainian web shop's orders (a Django admin export) name no order anywhere, but each row has its own
/// delivery and payment: the row is a purchase, and its bare "ID" is the order's.
/// </summary>
public class PurchasesWithoutAnOrderWordTests
{
    private static readonly string[] Headers = { "ID", "Статус", "ПІБ", "Телефон", "Email", "Доставка", "Місто", "Оплата", "Сума товарів" };

    [Fact]
    public void A_row_with_its_own_delivery_and_payment_is_a_purchase_and_its_bare_id_the_purchases()
    {
        var rows = ReadFile.Rows("UA", Headers,
            new object?[] { "217", "Нове", "Шевченко Олена Петрівна", "+380671234567", "olena.shevchenko@example.com", "Нова Пошта", "Київ", "Накладений платіж", "1450.00" },
            new object?[] { "218", "Відправлено", "Бондаренко Андрій", "050 765 43 21", "A.Bondarenko@example.net", "Укрпошта", "Львів", "Карткою онлайн", "389.90" },
            // A carrier repeats over the rows as a linked record does: the key is still the purchase's.
            new object?[] { "219", "Виконане", "Коваль Ірина Миколаївна", "093-111-22-33", "", "Нова Пошта", "Одеса", "Готівкою", "2100.00" });
        Assert.Equal("Олена Петрівна Шевченко", rows[0].Fields.Name);
        Assert.Null(rows[2].Fields.Identifier);
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Null(rows[1].Fields.Identifier);
        Assert.Equal("+380507654321", rows[1].Fields.PhoneNumber);
    }

    [Theory]
    // One of the two alone, or a payment's terms ("Способ оплаты"), is a customer's standing setting: its list keeps its key.
    [InlineData("Доставка", "Коментар")]
    [InlineData("Коментар", "Оплата")]
    [InlineData("Доставка", "Способ оплаты")]
    public void A_delivery_or_a_payment_alone_leaves_a_customer_lists_key(string one, string two)
    {
        var rows = ReadFile.Rows("UA", new[] { "ID", "ПІБ", "Телефон", one, two },
            new object?[] { "217", "Шевченко Олена Петрівна", "+380671234567", "Нова Пошта", "" },
            new object?[] { "218", "Бондаренко Андрій", "050 765 43 21", "Укрпошта", "" });
        Assert.Equal("217", rows[0].Fields.Identifier);
    }
}
