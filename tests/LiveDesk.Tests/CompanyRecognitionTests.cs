using System.Linq;
using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// The contact's company when no header names one: a CRM's account column in any language, a customer column holding
/// organisations, a column of legal-entity names; never a bank or login account, a person's name or someone else's.
/// </summary>
public class CompanyRecognitionTests
{
    private static ColumnMap Map(string[] headers, params object?[][] rows) => Map(true, headers, rows);

    private static ColumnMap Map(bool needsValues, string[] headers, params object?[][] rows)
    {
        var map = ColumnMap.Build(headers);
        Assert.Equal(needsValues, map.NeedsValues);
        map.ReadValues(rows.Select(r => InputRow.From(headers.Zip(r, (h, v) => (h, v)).ToArray())).ToList());
        return map;
    }

    private static string? Company(ColumnMap map) => map.SourcesFor(ContactField.Company).Concat(map.CompanyColumns).FirstOrDefault()?.Header;

    [Theory]
    [InlineData("Konto")]          // da, nb, sv, de
    [InlineData("Cont")]           // ro
    [InlineData("Akun")]           // id
    [InlineData("Hesap Adı:")]     // tr, SuiteCRM's LBL_ACCOUNT_NAME
    [InlineData("Nazwa Konta")]    // pl
    [InlineData("Tên tài khoản")]  // vi, SuiteCRM's LBL_ACCOUNT_NAME
    [InlineData("アカウント名")]     // ja
    [InlineData("Cuenta")]         // es
    [InlineData("Compte")]         // fr
    [InlineData("Conto")]          // it
    [InlineData("Conta")]          // pt
    [InlineData("Контрагент")]     // ru, uk
    [InlineData("Аккаунт")]        // ru
    [InlineData("Account")]        // en
    public void A_crm_account_column_beside_the_persons_name_is_the_company(string header)
    {
        var map = Map(new[] { "Vorname", "Nachname", "E-Mail", header },
            new object?[] { "Ann", "Lee", "ann@example.com", "Contoso" },
            new object?[] { "Bob", "Ray", "bob@example.com", "Fabrikam Inc." },
            new object?[] { "Cy", "Oh", "cy@example.com", "" });
        Assert.Equal(header, Company(map));
        Assert.Contains($"Company from '{header}'", map.Describe());

        var reader = new RowReader();
        var row = reader.Read(InputRow.From(("Vorname", "Ann"), ("Nachname", "Lee"), ("E-Mail", "ann@example.com"), (header, "Contoso")));
        Assert.Equal("Contoso", row.Fields.Company);
    }

    [Theory]
    [InlineData("Account Number", "4711-0815")]
    [InlineData("Account ID", "0015g00000AbCdE")]
    [InlineData("Account Owner", "Jane Miller")]
    [InlineData("Account Type", "Customer - Direct")]
    [InlineData("Bank account", "DE89 3704 0044 0532 0130 00")]
    [InlineData("Kontonummer", "532013000")]
    [InlineData("IBAN", "DE89370400440532013000")]
    [InlineData("User Account", "Contoso")]
    public void A_bank_login_or_bookkeeping_account_never_fills_the_company(string header, string value)
    {
        var r = new RowReader().Read(InputRow.From(("First Name", "Ann"), ("Last Name", "Lee"), ("Email", "ann@example.com"), (header, value)));
        Assert.Null(r.Fields.Company);
    }

    [Theory]
    [InlineData("Konto", "DE89 3704 0044 0532 0130 00", "DE12 5001 0517 0648 4898 90")]
    [InlineData("Account", "jkoenig", "bray")]
    [InlineData("Cuenta", "ann@example.com", "bob@example.com")]
    [InlineData("Compte", "411000", "411001")]
    public void An_account_column_of_numbers_logins_or_addresses_is_no_company(string header, string first, string second)
    {
        var map = Map(new[] { "Name", "Phone", header },
            new object?[] { "Ann Lee", "+49 30 1234567", first },
            new object?[] { "Bob Ray", "+49 30 7654321", second });
        Assert.Null(Company(map));
        Assert.Contains(header, map.Unrecognized);
    }

    [Fact]
    public void An_account_column_is_no_company_without_a_column_naming_the_person()
    {
        // An accounts export: the account is the record itself.
        var map = ColumnMap.Build(new[] { "Account", "Email" });
        Assert.Empty(map.CompanyColumns);
        Assert.False(map.NeedsValues && map.CompanyColumns.Count > 0);
    }

    [Theory]
    [InlineData("客户")]            // zh-CN: customer
    [InlineData("ลูกค้า")]          // th: customer
    [InlineData("Клиент")]          // bg: customer ("Име на клиента", the customer's name, is now read as a name, as "Customer Name" is)
    [InlineData("Customer")]
    public void A_customer_column_is_the_company_when_its_values_are_organisations(string header)
    {
        var map = Map(new[] { "Full Name", "Email", header },
            new object?[] { "Ann Lee", "ann@example.com", "Contoso" },
            new object?[] { "Bob Ray", "bob@example.com", "Northwind Traders" },
            new object?[] { "Cy Oh", "cy@example.com", "Tailspin Toys" });
        Assert.Equal(header, Company(map));
    }

    [Fact]
    public void A_customer_column_holding_the_persons_own_name_is_no_company()
    {
        // QuickBooks: a private customer is their own customer record.
        var map = Map(new[] { "Full Name", "Email", "Customer" },
            new object?[] { "Ann Lee", "ann@example.com", "Ann Lee" },
            new object?[] { "Bob Ray", "bob@example.com", "Ray, Bob" });
        Assert.Null(Company(map));
    }

    [Fact]
    public void A_row_whose_account_is_the_persons_own_name_or_a_number_has_no_company()
    {
        var reader = new RowReader();
        var company = reader.Read(InputRow.From(("First Name", "Ann"), ("Last Name", "Lee"), ("Konto", "Contoso AG")));
        Assert.Equal("Contoso AG", company.Fields.Company);
        Assert.Null(reader.Read(InputRow.From(("First Name", "Ann"), ("Last Name", "Lee"), ("Konto", "Lee, Ann"))).Fields.Company);
        Assert.Null(reader.Read(InputRow.From(("First Name", "Ann"), ("Last Name", "Lee"), ("Konto", "4711"))).Fields.Company);
    }

    [Theory]
    [InlineData("Siemens AG", "Muster GmbH & Co. KG", "Bayern München e.V.")]
    [InlineData("Acme Ltd.", "Globex Corporation", "Initech, LLC")]
    [InlineData("ООО «Ромашка»", "ПАО Сбербанк", "Альфа ЕООД")]
    [InlineData("PT Astra International Tbk", "Maybank Sdn Bhd", "Grab Pte Ltd")]
    [InlineData("株式会社ソニー", "腾讯科技有限公司", "(주)카카오")]
    [InlineData("Công ty TNHH ABC", "บริษัท ปตท. จำกัด (มหาชน)", "Koç Holding A.Ş.")]
    [InlineData("Inditex S.A.", "Polpharma Sp. z o.o.", "Škoda a.s.")]
    [InlineData("Equinor ASA", "Nokia Oyj", "Mol Nyrt.")]
    public void A_column_of_legal_entity_names_is_the_company_and_said_once(string a, string b, string c)
    {
        var map = Map(new[] { "Name", "Email", "Xq7" },
            new object?[] { "Ann Lee", "ann@example.com", a },
            new object?[] { "Bob Ray", "bob@example.com", b },
            new object?[] { "Cy Oh", "cy@example.com", c },
            new object?[] { "Di Wu", "di@example.com", "" });
        Assert.Equal("Xq7", Company(map));
        Assert.Contains("names of legal entities", map.Describe());

        var reader = new RowReader();
        var first = reader.Read(InputRow.From(("Name", "Ann Lee"), ("Email", "ann@example.com"), ("Xq7", a)));
        Assert.Equal(a, first.Fields.Company);
        Assert.Contains(first.Warnings, w => w.Contains("'Xq7'") && w.Contains("Company"));
        Assert.Empty(reader.Read(InputRow.From(("Name", "Bob Ray"), ("Email", "bob@example.com"), ("Xq7", b))).Warnings);
    }

    [Theory]
    [InlineData("Ann Lee")]
    [InlineData("Åsa Lindström")]
    [InlineData("Maria Ag")]
    [InlineData("Bob As")]
    [InlineData("Ltd")]
    [InlineData("Jean-Luc Co")]
    public void A_persons_name_is_no_legal_entity(string name)
    {
        Assert.False(LegalForms.IsLegalEntity(name));
    }

    [Fact]
    public void A_column_about_someone_else_a_person_column_or_a_named_company_is_never_taken_by_legal_forms()
    {
        var assistant = Map(false, new[] { "Name", "Email", "Assistant's Company" },
            new object?[] { "Ann Lee", "ann@example.com", "Siemens AG" },
            new object?[] { "Bob Ray", "bob@example.com", "Acme Ltd" });
        Assert.Null(Company(assistant));

        var named = ColumnMap.Build(new[] { "Name", "Email", "Firma", "Xq7" });
        named.ReadValues(new[] { InputRow.From(("Name", "Ann"), ("Email", "a@example.com"), ("Firma", "X"), ("Xq7", "Siemens AG")) });
        Assert.Equal("Firma", Company(named));
        Assert.Empty(named.CompanyColumns);
    }

    [Fact]
    public void Mostly_plain_names_with_one_legal_form_are_not_enough()
    {
        var map = Map(new[] { "Name", "Email", "Remarks" },
            new object?[] { "Ann Lee", "ann@example.com", "met at fair" },
            new object?[] { "Bob Ray", "bob@example.com", "works for Acme Ltd" },
            new object?[] { "Cy Oh", "cy@example.com", "call back" },
            new object?[] { "Di Wu", "di@example.com", "Siemens AG" },
            new object?[] { "Ed Yu", "ed@example.com", "VIP" });
        Assert.Null(Company(map));
    }

    [Theory]
    [InlineData("Εταιρία")]
    [InlineData("Įmonė")]
    [InlineData("Uzņēmums")]
    [InlineData("Ettevõte")]
    [InlineData("Podjetje")]
    [InlineData("Tvrtka")]
    [InlineData("Preduzeće")]
    [InlineData("Cég")]
    [InlineData("Companie")]
    [InlineData("Firmă")]
    [InlineData("Perusahaan")]
    [InlineData("Syarikat")]
    [InlineData("บริษัท")]
    [InlineData("Công ty")]
    [InlineData("कंपनी")]
    public void Company_words_of_more_languages_name_the_company(string header)
    {
        Assert.Equal(ContactField.Company, HeaderRecognizer.Recognize(header).Field);
    }

    [Fact]
    public void A_named_company_column_wins_over_an_account_column()
    {
        var r = new RowReader().Read(InputRow.From(("First Name", "Ann"), ("Company", "Contoso"), ("Konto", "Fabrikam")));
        Assert.Equal("Contoso", r.Fields.Company);
    }
}
