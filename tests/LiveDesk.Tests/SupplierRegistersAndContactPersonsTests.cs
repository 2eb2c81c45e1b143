using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen379-383: registers of suppliers (MISA, Tripletex), an organisation's contact person and their own address,
/// and the till's account named in the company column.
/// </summary>
public class SupplierRegistersAndContactPersonsTests
{
    private static readonly string[] MisaSuppliers =
    {
        "Là tổ chức/cá nhân", "Mã nhà cung cấp (*)", "Tên nhà cung cấp (*)", "Điện thoại", "Email", "Xưng hô", "Họ và tên NLH", "ĐT di động", "Email người liên hệ",
    };

    [Fact]
    public void A_suppliers_contact_person_is_reached_at_their_own_address_and_mobile()
    {
        var rows = ReadFile.Rows("VN", MisaSuppliers,
            new object?[] { "0", "NCC001", "Công ty CP Bao bì Sài Gòn Xanh", "028 3512 3456", "info@saigonxanh.example", "Anh", "Võ Quốc Huy", "0903 456 789", "huy.vo@saigonxanh.example" },
            new object?[] { "0", "NCC002", "Công ty TNHH Nông sản Đắk Lắk Xanh", "0262 3851 234", "sales@daklakxanh.example", "Chị", "Hồ Thị Mai", "0935 222 111", "" });
        Assert.Equal("Võ Quốc Huy", rows[0].Fields.Name);
        Assert.Equal("huy.vo@saigonxanh.example", rows[0].Fields.Email);
        Assert.Equal("+84903456789", rows[0].Fields.PhoneNumber);
        Assert.Equal("NCC001", rows[0].Fields.Identifier);
        // Without an address of her own, the firm's is the one to write to.
        Assert.Equal("Hồ Thị Mai", rows[1].Fields.Name);
        Assert.Equal("sales@daklakxanh.example", rows[1].Fields.Email);
    }

    [Theory]
    [InlineData("Ansprechpartner E-Mail", "Email")]
    [InlineData("Email người liên hệ", "Email")]
    [InlineData("Email Narahubung", "Email")]
    [InlineData("Supplier Name", "Name")]
    [InlineData("Lieferantennummer", "Identifier")]
    [InlineData("Mã nhà cung cấp (*)", "Identifier")]
    [InlineData("ĐT di động", "PhoneNumber")]
    public void Supplier_and_contact_person_headers_are_read(string header, string field)
    {
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());
    }

    [Theory]
    [InlineData("Xưng hô")]
    [InlineData("Vendor Name")]
    public void A_form_of_address_or_a_vendor_is_no_field(string header)
    {
        Assert.Null(HeaderRecognizer.Recognize(header).Field);
    }

    [Fact]
    public void A_register_of_customers_and_suppliers_keys_a_supplier_by_its_supplier_number()
    {
        var rows = ReadFile.Rows("NO", new[] { "Kundenummer", "Leverandørnummer", "Navn", "Epost" },
            new object?[] { "10001", "", "Bjørk Regnskap AS", "faktura@bjork-regnskap.example" },
            new object?[] { "", "20001", "Kontorservice Nord AS", "post@kontorservice-nord.example" });
        Assert.Equal("10001", rows[0].Fields.Identifier);
        Assert.Equal("20001", rows[1].Fields.Identifier);
    }

    [Fact]
    public void An_organisations_contact_person_with_their_own_address_in_german()
    {
        var rows = ReadFile.Rows("DE", new[] { "Firma", "Ansprechpartner", "E-Mail", "Ansprechpartner E-Mail" },
            new object?[] { "Muster GmbH", "Jonas Weber", "info@muster.example", "j.weber@muster.example" });
        Assert.Equal("Jonas Weber", rows[0].Fields.Name);
        Assert.Equal("j.weber@muster.example", rows[0].Fields.Email);
    }

    [Fact]
    public void The_tills_account_in_the_company_column_is_refused()
    {
        var rows = ReadFile.Rows("MX", new[] { "RFC", "Razón social", "Email", "Celular" },
            new object?[] { "GOML850312QK4", "Laura Gómez Martínez", "laura.gomez@example.com", "55 1234 9876" },
            new object?[] { "XAXX010101000", "PUBLICO EN GENERAL", "", "" },
            new object?[] { "XAXX010101000", "CLIENTES VARIOS", "", "" });
        Assert.Null(rows[0].Error);
        Assert.NotNull(rows[1].Error);
        Assert.NotNull(rows[2].Error);
    }

    [Theory]
    [InlineData("Khách lẻ")]
    [InlineData("Pelanggan Umum")]
    [InlineData("Perakende Müşteri")]
    public void A_walk_in_customer_in_vietnamese_indonesian_or_turkish_is_no_one(string name)
    {
        Assert.True(ValueShapes.IsGenericBuyer(name));
    }
}
