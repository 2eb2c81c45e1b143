using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen93 and unseen94: a form's question as its header ("Digite seu nome", Google Forms); an advisor list whose
/// "氏名" is the advisor's and "担当者氏名" the staff member's (rf_tc); a Vietnamese phone book that writes the family name in
/// "first_name" (PhoneBook).
/// </summary>
public class FormQuestionsAndFamilyOrderTests
{
    [Theory]
    [InlineData("Digite seu nome", "Name")]
    [InlineData("Enter your email", "Email")]
    [InlineData("Ihr Name", "Name")]
    [InlineData("Votre nom", "Name")]
    [InlineData("Your phone number", "PhoneNumber")]
    public void A_forms_question_is_read_by_its_field(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_person_named_by_a_whole_persons_name_keeps_it_beside_the_staff_in_charge()
    {
        var map = Read(new[] { "氏名", "会社", "電話番号", "メールアドレス", "担当者氏名", "担当者電話番号" },
            new object[] { "山田太郎", "株式会社サンプル商事", "03-1234-5678", "yamada@example.com", "佐藤花子", "03-1234-5670" });
        Assert.Equal(new[] { "氏名" }, Order(map, ContactField.Name));
        Assert.Equal(-1, map.ContactPersonIndex);
    }

    [Theory]
    // The columns already hold the family name first: kept.
    [InlineData("Nguyễn", "Văn An", "Nguyễn Văn An")]
    [InlineData("Trần", "Thị Bích", "Trần Thị Bích")]
    // Given names first, as most tools write them: turned round.
    [InlineData("Văn An", "Nguyễn", "Nguyễn Văn An")]
    // A given name that is also a family name, beside a family name: turned round.
    [InlineData("Mai", "Trần", "Trần Mai")]
    public void A_vietnamese_name_is_written_family_name_first(string first, string last, string name) =>
        Assert.Equal(name, PersonName.Compose(first, null, last));
}
