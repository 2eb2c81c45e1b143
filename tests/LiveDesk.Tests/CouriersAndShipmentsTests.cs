using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind set unseen326 onwards: courier uploads and delivery lists. MiCorreo's bulk upload (instructions in every header,
/// the addressee's columns named by the destination, phones split into area code and number, a mobile without its 15),
/// Koala's delivery list (each row a parcel).
/// </summary>
public class CouriersAndShipmentsTests
{
    private static readonly string[] MiCorreo =
    {
        "tipo_producto(obligatorio)", "peso(obligatorio en KG)", "destino_nombre(obligatorio)",
        "destino_email(obligatorio, debe ser un email valido)", "cod_area_tel(opcional)", "tel(opcional)",
        "cod_area_cel(obligatorio)", "cel(obligatorio)", "numero_orden(opcional)",
    };

    [Fact]
    public void A_courier_upload_reads_the_addressee_and_the_mobile_with_its_area_code()
    {
        var rows = ReadFile.Rows("AR", MiCorreo,
            new object?[] { "CP", "1.2", "Mariela Fernández", "Mariela.Fernandez@example.com", "11", "49021877", "11", "61234567", "40211" },
            new object?[] { "EP", "0.8", "Gonzalo Ibarra", "gonzalo.ibarra@example.net", "", "", "351", "6123456", "40212" },
            new object?[] { "CP", "2.0", "Lucía Bustamante", "lu.bustamante@example.org", "", "", "", "", "40213" });
        Assert.Equal("Mariela Fernández", rows[0].Fields.Name);
        Assert.Equal("mariela.fernandez@example.com", rows[0].Fields.Email?.ToLowerInvariant());
        // The mobile beats the landline, and a mobile column's Argentine number carries the 9 its international form has.
        Assert.Equal("+5491161234567", rows[0].Fields.PhoneNumber);
        Assert.Equal("+5493516123456", rows[1].Fields.PhoneNumber);
        Assert.Null(rows[2].Error);
        Assert.Null(rows[2].Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("Email (obligatorio, debe ser un email valido)", "Email")]
    [InlineData("Email (required, must be a valid address)", "Email")]
    [InlineData("Teléfono (opcional solo en caso de no ingresar sucursal)", "PhoneNumber")]
    public void A_note_that_begins_by_saying_whether_the_column_must_be_filled_is_dropped(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_fixed_line_column_keeps_an_argentine_number_as_written()
    {
        var rows = ReadFile.Rows("AR", new[] { "Nombre", "Teléfono fijo" }, new object?[] { "Mariela Fernández", "011 4902-1877" });
        Assert.Equal("+541149021877", rows[0].Fields.PhoneNumber);
    }

    [Fact]
    public void A_lone_cel_is_a_mobile_where_it_holds_one_and_nothing_where_it_holds_words()
    {
        var rows = ReadFile.Rows("MX", new[] { "Nombre", "Cel" }, new object?[] { "Ana López", "55 1234 5678" });
        Assert.Equal("+525512345678", rows[0].Fields.PhoneNumber);
        // Polish "Cel" is a purpose (of a visit): words there fail no row.
        rows = ReadFile.Rows("PL", new[] { "Imię i nazwisko", "Cel" }, new object?[] { "Anna Nowak", "konsultacja" });
        Assert.Null(rows[0].Error);
        Assert.Null(rows[0].Fields.PhoneNumber);
    }

    [Fact]
    public void A_delivery_lists_id_is_the_parcels()
    {
        var header = new[] { "Nombre", "Apellido", "Teléfono", "Dirección", "ID Interno", "Correo", "Contenido del paquete", "cantidad de bultos" };
        var rows = ReadFile.Rows("CL", header,
            new object?[] { "Constanza", "Valenzuela", "+56 9 6123 4567", "Av. Irarrázaval 2821", "#10482", "coni@example.com", "Gorros", "1" },
            new object?[] { "Matías", "Soto", "+56 9 8765 4321", "Los Carrera 1150", "Ms4321", "", "Gorros", "2" });
        Assert.Null(rows[0].Fields.Identifier);
        Assert.Null(rows[1].Fields.Identifier);
        // A gym's package is the member's plan: the member's id still keys the row.
        rows = ReadFile.Rows("CL", new[] { "ID", "Nombre", "Paquete", "Teléfono" }, new object?[] { "5512", "Ana Pérez", "Mensual", "+56 9 6123 4567" });
        Assert.Equal("5512", rows[0].Fields.Identifier);
    }

    [Theory]
    [InlineData("ID Interno")]
    [InlineData("ID interne")]
    [InlineData("identifiant interne")]
    [InlineData("Internal ID")]
    public void An_internal_id_in_a_romance_language_is_the_systems_key_not_an_interns(string header) =>
        // "Internal ID" written in the order of Spanish, French, Italian: the record's key users see, before a bare id.
        Assert.Equal(HeaderRecognizer.InternalKeyRank, HeaderRecognizer.Recognize(header).Rank);

    [Fact]
    public void A_receivers_contact_person_is_the_rows_name_and_the_firm_its_company()
    {
        // Do práce na kole's T-shirt deliveries for GLS: the addressee is a firm, its contact person the one to talk to.
        var header = new[] { "Číslo dokladu", "Příjemce - Název", "Příjemce - Město", "Přijemce - kontaktní osoba", "Příjemce - kontaktní email", "Přijemce - kontaktní telefon", "Počet" };
        var rows = ReadFile.Rows("CZ", header,
            new object?[] { "", "Recepce (Moravská vodárenská, a.s.)", "Olomouc", "Lucie Horáková", "lucie.horakova@example.com", "+420 731 456 789", "1" },
            new object?[] { "", "Knihovna Jiřího Mahena", "Brno", "Petra Nováková", "", "+420 222 511 777", "2" });
        Assert.Equal("Lucie Horáková", rows[0].Fields.Name);
        Assert.Equal("Petra Nováková", rows[1].Fields.Name);
    }

    [Fact]
    public void A_consignees_name_cut_apart_by_the_splitter_is_still_the_consignees()
    {
        // JeeWx's prize-draw winners: the WeChat nickname, then the consignee's real name for the prize's delivery.
        var header = new[] { "活动名称", "openid", "昵称", "中奖时间", "收货人姓名", "手机号", "地址" };
        var rows = ReadFile.Rows("CN", header,
            new object?[] { "双十一砸金蛋", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", "小鱼儿🐟", "2025-11-11 09:12:45", "周婷婷", "18612345678", "北京市朝阳区" },
            new object?[] { "双十一砸金蛋", "oUpF8uH3kz9Qx7TtVb2LmNcY0aRe", "阿杰", "2025-11-11 10:02:11", "黄俊杰", "13798765432", "广州市天河区" });
        Assert.Equal("周婷婷", rows[0].Fields.Name);
        Assert.Equal("黄俊杰", rows[1].Fields.Name);
    }
}
