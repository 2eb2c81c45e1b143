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
