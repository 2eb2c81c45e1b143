using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen71 and unseen72: Aipo's furigana glosses, php-addressbook's "Professionel", Medic's "CHP Name" and
/// "CHP Phone", a Tunisian "المعرف الجبائي", and a French school's Réunion mobile written as a national number.
/// </summary>
public class ReadingsPartiesAndPlansTests
{
    [Fact]
    public void A_gloss_saying_reading_is_never_the_name()
    {
        var map = ColumnMap.Build(new[] { "ユーザー名（メールアドレス）", "名前（姓）", "名前（名）", "名前（姓・フリガナ）", "名前（名・フリガナ）", "社員コード" });
        Assert.Empty(ColumnMapSamples.Order(map, ContactField.Name));
        var row = new RowReader("JP").Read(InputRow.From(("ユーザー名（メールアドレス）", "yamada.taro@example.co.jp"), ("名前（姓）", "山田"),
            ("名前（名）", "太郎"), ("名前（姓・フリガナ）", "ヤマダ"), ("名前（名・フリガナ）", "タロウ"), ("社員コード", "E00125")));
        Assert.Equal("山田太郎", row.Fields.Name);
    }

    [Theory]
    [InlineData("E-mail professionel", "Email")]
    [InlineData("Telephonne", "PhoneNumber")]
    public void A_long_word_with_a_doubled_letter_written_once_or_twice_is_the_listed_word(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void An_unknown_noun_before_the_name_and_the_phone_is_the_file_s_party_where_nothing_else_names_them()
    {
        var cht = ColumnMap.Build(new[] { "Outgoing CHP", "CHU", "Sub County", "CHP Name", "CHP Phone", "Require password change" });
        Assert.Equal(new[] { "CHP Name" }, ColumnMapSamples.Order(cht, ContactField.Name));
        Assert.Equal(new[] { "CHP Phone" }, ColumnMapSamples.Order(cht, ContactField.PhoneNumber));
        // Next of kin beside the contact's own name and phone, or beside an e-mail, stays unread.
        var kin = ColumnMap.Build(new[] { "Name", "Phone", "NOK Name", "NOK Phone" });
        Assert.Equal(new[] { "Name" }, ColumnMapSamples.Order(kin, ContactField.Name));
        Assert.Equal(new[] { "Phone" }, ColumnMapSamples.Order(kin, ContactField.PhoneNumber));
        var withEmail = ColumnMap.Build(new[] { "NOK Name", "NOK Phone", "Email" });
        Assert.Empty(ColumnMapSamples.Order(withEmail, ContactField.Name));
    }

    [Fact]
    public void Of_two_labels_either_of_which_a_column_holds_the_one_naming_a_field_is_read()
    {
        // php-addressbook's Italian export: a person's given name, or a company entry's department.
        var map = ColumnMap.Build(new[] { "Cognome / Ufficio", "Nome / Settore", "Cellulare", "E-mail casa" });
        Assert.Equal(new[] { "Nome / Settore" }, ColumnMapSamples.Order(map, ContactField.FirstName));
        Assert.Equal(new[] { "Cognome / Ufficio" }, ColumnMapSamples.Order(map, ContactField.LastName));
        // A side about someone else or a blocked thing makes no alternative.
        Assert.True(HeaderRecognizer.Recognize("Nome / Assistente").Elsewhere);
        Assert.Null(HeaderRecognizer.Recognize("Company / Skype").Field);
    }

    [Theory]
    [InlineData("QQ/E-mail")]
    [InlineData("Email / Skype")]
    [InlineData("E-mail/WeChat")]
    public void An_e_mail_or_a_messenger_s_handle_is_an_e_mail_column_where_it_holds_an_address(string header)
    {
        // A Chinese dealer list (fmis): "QQ/E-mail" holds an address for some customers and a QQ number for others.
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.Equal(ContactField.Email, meaning.Field);
        Assert.True(meaning.Weak);
        var reader = new RowReader("CN");
        InputRow Row(string value) => InputRow.From(("客户联系人", "王建国"), (header, value), ("手机", "13812345678"));
        Assert.Equal("wangjg@example.cn", reader.Read(Row("wangjg@example.cn")).Fields.Email);
        var qq = reader.Read(Row("568812345"));
        Assert.Null(qq.Error);
        Assert.Null(qq.Fields.Email);
        Assert.Equal("+8613812345678", qq.Fields.PhoneNumber);
        // Not with anything but a messenger on the other side.
        Assert.Null(HeaderRecognizer.Recognize("E-mail/Fax").Field);
    }

    [Fact]
    public void A_relationship_column_makes_the_columns_it_heads_someone_else_s()
    {
        // Clever's roster: the contact is the student's mother, beside the student's own columns.
        var clever = ColumnMap.Build(new[] { "Student_id", "Last_name", "First_name", "Student_email", "Contact_relationship", "Contact_type",
            "Contact_email", "Contact_sis_id" });
        Assert.Equal(new[] { "Student_email" }, ColumnMapSamples.Order(clever, ContactField.Email));
        Assert.DoesNotContain("Contact_sis_id", ColumnMapSamples.Order(clever, ContactField.Identifier));
        // A file about relationships alone is about those contacts.
        var crm = ColumnMap.Build(new[] { "Contact Relationship", "Contact Email", "Contact Name", "Account" });
        Assert.Equal(new[] { "Contact Email" }, ColumnMapSamples.Order(crm, ContactField.Email));
    }

    [Fact]
    public void On_a_shipping_label_the_receiver_is_the_contact_and_the_sender_the_shop()
    {
        var easyParcel = ColumnMap.Build(new[] { "No*", "Sender Name*", "Sender Company", "Sender Contact*", "Sender Email", "Receiver Name*",
            "Receiver Company", "Receiver Contact*", "Receiver Email" });
        Assert.Equal(new[] { "Receiver Name*" }, ColumnMapSamples.Order(easyParcel, ContactField.Name));
        Assert.Equal(new[] { "Receiver Email" }, ColumnMapSamples.Order(easyParcel, ContactField.Email));
        var poczta = ColumnMap.Build(new[] { "NumerNadania", "AdresatNazwa", "AdresatUlica", "AdresatEmail", "AdresatMobile" });
        Assert.Equal(new[] { "AdresatNazwa" }, ColumnMapSamples.Order(poczta, ContactField.Name));
        var ghn = ColumnMap.Build(new[] { "STT", "Mã đơn hàng của KH", "Tên người nhận", "SĐT người nhận", "Địa chỉ" });
        Assert.Equal(new[] { "Tên người nhận" }, ColumnMapSamples.Order(ghn, ContactField.Name));
        // A buyer's name makes the receiver a gift's recipient; an e-mail column alone (a delivery notice's) does not.
        var gift = ColumnMap.Build(new[] { "Customer Name", "Customer Email", "Sender Name", "Receiver Name", "Receiver Email" });
        Assert.Equal(new[] { "Customer Name" }, ColumnMapSamples.Order(gift, ContactField.Name));
        var notice = ColumnMap.Build(new[] { "Sender Name", "Receiver Name", "Receiver Phone", "Email" });
        Assert.Equal(new[] { "Receiver Name" }, ColumnMapSamples.Order(notice, ContactField.Name));
        // An SMS inbox's sender, with no receiver beside it, stays the row's.
        var sms = ColumnMap.Build(new[] { "Sender Name", "Sender Email", "Message" });
        Assert.Equal(new[] { "Sender Email" }, ColumnMapSamples.Order(sms, ContactField.Email));
    }

    [Fact]
    public void A_fiscal_identifier_in_arabic_is_a_registry_s_number() =>
        Assert.True(HeaderRecognizer.Recognize("المعرف الجبائي").Organisation);

    [Theory]
    [InlineData("06 92 45 67 81", "FR", "+262692456781")]
    [InlineData("0690 12 34 56", "FR", "+590690123456")]
    [InlineData("01 42 68 53 00", "RE", "+33142685300")]
    [InlineData("06 12 34 56 78", "FR", "+33612345678")]
    public void France_and_its_overseas_departments_share_one_national_plan(string text, string region, string expected)
    {
        var result = new PhoneNormalizer(region).Normalize(text);
        Assert.Null(result.Problem);
        Assert.Equal(expected, result.E164);
    }
}
