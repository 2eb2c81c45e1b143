using Xunit;

namespace LiveDesk.Tests;

/// <summary>Blind set unseen365: a Taobao-style order export naming the buyer by account, a Hong Kong contact person.</summary>
public class ChineseOrderExportsTests
{
    [Fact]
    public void A_buyers_member_name_of_logins_keys_the_buyer_and_the_recipients_name_names_them()
    {
        // Hidistro's paid orders, laid out like Taobao's: 买家会员名 (the buyer's account), 收货人姓名 (the consignee).
        var header = new[] { "订单编号", "买家会员名", "买家应付货款", "收货人姓名", "联系电话", "联系手机" };
        var rows = ReadFile.Rows("CN", header,
            new object?[] { "201506181022051024", "liuyang1988", "128.00", "刘洋", "", "13800138000" },
            new object?[] { "201506181105332048", "sunli_sh", "59.90", "孙丽", "021-62345678", "" });
        Assert.Equal("liuyang1988", rows[0].Fields.Identifier);
        Assert.Equal("刘洋", rows[0].Fields.Name);
        Assert.Equal("+8613800138000", rows[0].Fields.PhoneNumber);
        Assert.Equal("孙丽", rows[1].Fields.Name);
        // Member names that are people's names stay the name.
        rows = ReadFile.Rows("CN", new[] { "会员名", "联系手机" }, new object?[] { "刘洋", "13800138000" }, new object?[] { "孙丽", "13900139000" });
        Assert.Equal("刘洋", rows[0].Fields.Name);
        Assert.Null(rows[0].Fields.Identifier);
    }

    [Fact]
    public void A_contact_person_written_with_the_japanese_kanji_is_the_name()
    {
        // ShopXO's user addresses in Traditional Chinese (Hong Kong): 別名 is the address's label (家, 公司).
        var rows = ReadFile.Rows("HK", new[] { "別名", "連絡人", "聯繫電話", "詳細地址" },
            new object?[] { "家", "李嘉欣", "91234567", "軒尼詩道302號8樓B室" },
            new object?[] { "公司", "陳大文", "6123 4567", "彌敦道132號12樓" });
        Assert.Equal("李嘉欣", rows[0].Fields.Name);
        Assert.Equal("+85291234567", rows[0].Fields.PhoneNumber);
    }
}
