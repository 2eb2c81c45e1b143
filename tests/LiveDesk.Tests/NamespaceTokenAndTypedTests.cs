using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen67 and unseen68: Raiser's Edge's camel-case namespaces ("CnBio_First_Name") and its typed "phones" that
/// hold an e-mail or an emergency number; "LGL Constituent ID"; NAVER's glossed "기념일(이름)" and "전화번호직접입력(번호)";
/// Vantaca's second tenant; "系统编号".
/// </summary>
public class NamespaceTokenAndTypedTests
{
    private static readonly string[] RaisersEdge =
    {
        "CnBio_Import_ID", "CnBio_ID", "CnBio_First_Name", "CnBio_Last_Name", "CnAdrPrf_City",
        "CnAdrPrfPh_1_01_Phone_type", "CnAdrPrfPh_1_01_Phone_number", "CnAdrPrfPh_1_02_Phone_type", "CnAdrPrfPh_1_02_Phone_number",
        "CnAdrPrfPh_1_03_Phone_type", "CnAdrPrfPh_1_03_Phone_number", "CnAttrCat_1_01_Description", "CnAttrCat_1_01_Date",
    };

    [Fact]
    public void A_namespace_token_written_in_camel_case_is_dropped_whole()
    {
        var map = ColumnMap.Build(RaisersEdge);
        Assert.Equal(new[] { "CnBio_First_Name" }, ColumnMapSamples.Order(map, ContactField.FirstName));
        Assert.Equal(new[] { "CnBio_Last_Name" }, ColumnMapSamples.Order(map, ContactField.LastName));
        Assert.Equal(new[] { "CnAdrPrf_City" }, ColumnMapSamples.Order(map, ContactField.City));
        Assert.Contains("CnBio_ID", ColumnMapSamples.Order(map, ContactField.Identifier));
    }

    [Fact]
    public void A_typed_phone_of_type_email_is_the_e_mail_and_an_emergency_number_is_no_phone()
    {
        var values = new object?[] { "03-118420", "10452", "Aisha", "Mohamed", "Toronto", "Emergency", "416-531-7700", "Email",
            "aisha.mohamed@example.com", "Home", "416-531-7742", "Blue Team", "01/15/26" };
        var row = new RowReader("CA").Read(InputRow.From(RaisersEdge.Zip(values, (h, v) => (h, v)).ToArray()));
        Assert.Null(row.Error);
        Assert.Equal("Aisha Mohamed", row.Fields.Name);
        Assert.Equal("aisha.mohamed@example.com", row.Fields.Email);
        Assert.Equal("+14165317742", row.Fields.PhoneNumber);
        Assert.Equal("10452", row.Fields.Identifier);
        // Only an emergency number and an e-mail: no phone of the constituent's own, and no row failed on the e-mail.
        var onlyOthers = new object?[] { "03-118421", "10453", "Liam", "Doherty", "Hamilton", "Emergency", "905-451-3300", "Email",
            "liam@example.ca", "Fax", "905-451-3301", "", "" };
        var other = new RowReader("CA").Read(InputRow.From(RaisersEdge.Zip(onlyOthers, (h, v) => (h, v)).ToArray()));
        Assert.Null(other.Error);
        Assert.Null(other.Fields.PhoneNumber);
        Assert.Equal("liam@example.ca", other.Fields.Email);
    }

    [Theory]
    [InlineData("LGL Constituent ID")]
    [InlineData("Constituent ID")]
    [InlineData("系统编号")]
    [InlineData("系統編號")]
    [InlineData("System Number")]
    [InlineData("Systemnummer")]
    public void A_system_s_or_a_constituent_s_number_is_the_record_s(string header) =>
        Assert.Equal(ContactField.Identifier, HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_gloss_that_is_a_bare_name_word_or_contradicts_its_label_says_nothing()
    {
        var map = ColumnMap.Build(new[] { "성", "이름", "중간이름", "이메일", "전화번호직접입력(번호)", "기념일(이름)" });
        Assert.Equal(new[] { "이름" }, ColumnMapSamples.Order(map, ContactField.FirstName));
        Assert.Empty(ColumnMapSamples.Order(map, ContactField.Name));
        Assert.Empty(ColumnMapSamples.Order(map, ContactField.Identifier));
        // A gloss that agrees, or glosses a label that names nothing, still says what the column is.
        var glossed = ColumnMap.Build(new[] { "Jina kamili (FULL_NAME)", "Telefon direkt (Nummer)" });
        Assert.Equal(new[] { "Jina kamili (FULL_NAME)" }, ColumnMapSamples.Order(glossed, ContactField.Name));
        Assert.Equal(new[] { "Telefon direkt (Nummer)" }, ColumnMapSamples.Order(glossed, ContactField.PhoneNumber));
    }

    [Theory]
    [InlineData("SecondaryTenantEmail")]
    [InlineData("Second Guest Email")]
    [InlineData("Other Customer Email")]
    [InlineData("Zweiter Mieter E-Mail")]
    public void A_second_party_s_field_is_someone_else_s(string header) =>
        Assert.True(HeaderRecognizer.Recognize(header).Elsewhere, header);

    [Theory]
    [InlineData("Customer Secondary Email", "Email")]
    [InlineData("Secondary Email", "Email")]
    [InlineData("Second Work Email", "Email")]
    [InlineData("Other Home Phone", "PhoneNumber")]
    public void The_contact_s_own_second_field_stays(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_tenant_s_phones_are_the_row_s_and_a_tenant_id_shared_by_every_row_is_no_key()
    {
        var vantaca = ColumnMap.Build(new[] { "Account", "FirstName", "LastName", "Phone", "TenantPhone2", "TenantPhone2Label", "SecondaryTenantPhone" });
        Assert.Equal(new[] { "Phone", "TenantPhone2" }, ColumnMapSamples.Order(vantaca, ContactField.PhoneNumber));
        var saas = ColumnMapSamples.Read(new[] { "tenant_id", "email", "name" },
            new object?[] { "contoso", "ana@contoso.example", "Ana" },
            new object?[] { "contoso", "ben@contoso.example", "Ben" });
        Assert.Empty(ColumnMapSamples.Order(saas, ContactField.Identifier));
    }

    [Fact]
    public void A_cell_alone_is_a_mobile_only_where_it_holds_one()
    {
        // GMS, a Kenyan guild's members: "Cell" is the member's church cell group beside "Jumuia".
        var group = new RowReader("KE").Read(InputRow.From(("First Name", "Cecilia"), ("Last Name", "Otieno"), ("Mobile No", ""),
            ("Jumuia", "St. Monica"), ("Cell", "Cell 1")));
        Assert.Null(group.Error);
        Assert.Null(group.Fields.PhoneNumber);
        var mobile = new RowReader("US").Read(InputRow.From(("Name", "Ann Lee"), ("Cell", "(503) 555-0143")));
        Assert.Equal("+15035550143", mobile.Fields.PhoneNumber);
    }

    [Fact]
    public void A_second_tenant_s_e_mail_is_not_found_by_its_values()
    {
        var map = ColumnMapSamples.Read(new[] { "FirstName", "LastName", "Phone", "SecondaryTenantEmail" },
            new object?[] { "Carlos", "Mendoza", "(512) 834-2290", "ana.mendoza@example.com" },
            new object?[] { "Brittany", "Cole", "(737) 210-5583", "" });
        Assert.Empty(ColumnMapSamples.Order(map, ContactField.Email));
    }
}
