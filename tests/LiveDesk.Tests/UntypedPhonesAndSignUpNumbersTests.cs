using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind set unseen75: phone columns found only by their values are told apart by their values (mobile first), and a
/// desk's sign-up number (connpass's "受付番号") is the participant's.
/// </summary>
public class UntypedPhonesAndSignUpNumbersTests
{
    [Fact]
    public void Among_phone_columns_found_by_values_a_mobile_comes_first()
    {
        // Gestimum's employees: office, home and mobile as SAL_TELB, SAL_TELD, SAL_TELM, which no vocabulary reads.
        var reader = new RowReader("FR");
        Assert.Equal("+33612345678", reader.Read(InputRow.From(("SAL_CODE", "BSP"), ("SAL_PRENOM", "Bastien"), ("SAL_NOM", "Spanghero"),
            ("SAL_TELB", "05 61 23 45 67"), ("SAL_TELD", ""), ("SAL_TELM", "06 12 34 56 78"))).Fields.PhoneNumber);
        // No mobile: the first column's number, as before.
        Assert.Equal("+33472112233", reader.Read(InputRow.From(("SAL_CODE", "CMA"), ("SAL_PRENOM", "Chloé"), ("SAL_NOM", "Martin"),
            ("SAL_TELB", "04 72 11 22 33"), ("SAL_TELD", "04 78 00 11 22"), ("SAL_TELM", ""))).Fields.PhoneNumber);
    }

    [Fact]
    public void A_header_that_names_the_kind_still_decides()
    {
        // "Bureau" names the office number: a header's kind is not overruled by another column's values.
        var reader = new RowReader("FR");
        var r = reader.Read(InputRow.From(("Nom", "Spanghero"), ("Téléphone bureau", "05 61 23 45 67"), ("Téléphone domicile", "06 12 34 56 78")));
        Assert.Equal("+33561234567", r.Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("受付番号")]
    [InlineData("登记编号")]
    [InlineData("Registration Number")]
    public void A_sign_up_number_is_an_id_number(string header)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.Equal(ContactField.Identifier, meaning.Field);
        Assert.True(meaning.IdNumber);
    }

    [Fact]
    public void A_participants_sign_up_number_comes_before_the_login()
    {
        var map = ColumnMap.Build(new[] { "参加種別", "ユーザー名", "表示名", "コメント", "参加ステータス", "受付番号" });
        Assert.Equal("受付番号", ColumnMapSamples.Order(map, ContactField.Identifier)[0]);
    }
}

/// <summary>Blind set unseen81: a chart's or a file's number is the row's own, and "N°" is the number sign.</summary>
public class ChartNumbersAndDegreeSignTests
{
    [Theory]
    [InlineData("num_historia")]
    [InlineData("Nº Historia")]
    [InlineData("Nº Prontuário")]
    [InlineData("Numer kartoteki")]
    [InlineData("Chart Number")]
    [InlineData("N° dossier")]
    [InlineData("Nº Expediente")]
    public void A_charts_or_a_files_number_is_the_rows_own(string header) =>
        Assert.Equal(ContactField.Identifier, HeaderRecognizer.Recognize(header).Field);

    [Theory]
    [InlineData("Historia")]
    [InlineData("File Name")]
    public void The_chart_or_file_alone_names_nothing(string header) =>
        Assert.Null(HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_degree_sign_after_n_is_the_number_sign()
    {
        Assert.Equal(ContactField.Identifier, HeaderRecognizer.Recognize("N° client").Field);
        Assert.True(HeaderRecognizer.Recognize("N° TVA").Organisation);
        Assert.Null(HeaderRecognizer.Recognize("Temp 20°").Field);
    }
}
