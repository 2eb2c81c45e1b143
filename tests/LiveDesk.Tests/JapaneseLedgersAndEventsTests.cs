using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>Blind set unseen367: freee's business partners and connpass's event participants.</summary>
public class JapaneseLedgersAndEventsTests
{
    [Fact]
    public void A_partners_code_keys_the_partner_beside_columns_about_invoices_and_a_cash_sales_partner_names_no_one()
    {
        var header = new[] { "名前（通称）", "取引先コード", "正式名称（帳票出力時に使用される名称）", "電話番号", "請求書送付方法" };
        var rows = ReadFile.Rows("JP", header,
            new object?[] { "吉川奈緒", "C-0012", "吉川奈緒", "03-6447-1902", "" },
            new object?[] { "株式会社サンプル", "C-0015", "株式会社サンプル商事", "06-1234-5678", "メール" },
            new object?[] { "現金売上", "C-9999", "現金売上", "", "" });
        Assert.Equal("C-0012", rows[0].Fields.Identifier);
        Assert.Equal("C-0015", rows[1].Fields.Identifier);
        // The partner for cash sales has a code of its own, but no one to contact: refused, saying why.
        Assert.Equal("LiveDesk.InvalidInput", rows[2].Error?.ErrorId);
        Assert.Contains("no one in particular", rows[2].Error!.Message);
        Assert.True(ValueShapes.IsAnonymous("現金売上"));
        // One word is no placeholder in a script written with spaces: "Cash" may be someone's name.
        Assert.False(ValueShapes.IsAnonymous("Cash"));
        // A walk-in customer split over the name parts is one too (OSPOS); so is Xero's and MYOB's card for cash sales. A
        // deleted account is someone who was there.
        Assert.NotNull(ReadFile.Rows("PK", new[] { "First Name", "Last Name", "Account Number" },
            new object?[] { "Walk-in", "Customer", "CUST-0000" }, new object?[] { "Ayesha", "Khan", "CUST-1001" })[0].Error);
        Assert.True(ValueShapes.IsGenericBuyer("Cash Sales"));
        // MYOB's card for cash sales, in the family-name column alone, with a record number of its own.
        Assert.NotNull(ReadFile.Rows("AU", new[] { "Co./Last Name", "First Name", "Record ID" },
            new object?[] { "Cash Sales", "", "2" }, new object?[] { "Nguyen", "Linh", "412" })[0].Error);
        Assert.False(ValueShapes.IsGenericBuyer("Deleted Account"));
        // In any language (the exclusion once compared unfolded words, and "Удалённый аккаунт" was refused as a till's buyer).
        Assert.False(ValueShapes.IsGenericBuyer("Удалённый аккаунт"));
        Assert.True(ValueShapes.IsAnonymous("Удалённый аккаунт"));
    }

    [Fact]
    public void An_events_reception_number_keys_no_participant_and_their_account_does()
    {
        // connpass: 受付番号 starts again at 1 for every event.
        var header = new[] { "参加枠名", "ユーザー名", "表示名", "参加ステータス", "出欠ステータス", "受付番号" };
        var rows = ReadFile.Rows("JP", header,
            new object?[] { "一般参加枠", "kenta_dev", "Kenta Ogawa", "参加", "出席", "1" },
            new object?[] { "一般参加枠", "haruka_n", "Haruka Nishida", "参加", "欠席", "2" });
        Assert.Equal("kenta_dev", rows[0].Fields.Identifier);
        Assert.Equal("Kenta Ogawa", rows[0].Fields.Name);
    }
}
