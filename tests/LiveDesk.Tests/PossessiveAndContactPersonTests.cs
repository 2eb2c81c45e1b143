using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen57 and unseen58: Issabel's "Work's Phone Number" (an English possessive), MiiTel's "取引先担当者名" (the
/// business partner's person in charge, by name) and Sensei's "Student (4)" (a party word with a count).
/// </summary>
public class PossessiveAndContactPersonTests
{
    [Theory]
    [InlineData("Work's Phone Number", "PhoneNumber")]
    [InlineData("Customer’s Email", "Email")]
    [InlineData("L'adresse e-mail", "Email")]
    public void An_english_possessive_is_no_word(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Theory]
    [InlineData("取引先担当者名")]
    [InlineData("担当者名")]
    [InlineData("Customer Contact Person")]
    public void The_contact_person_with_its_party_or_a_name_word_is_the_contact_person(string header)
    {
        var map = ColumnMap.Build(new[] { "取引先会社名", header, "電話番号" });
        Assert.Equal(1, map.ContactPersonIndex);
    }

    [Fact]
    public void The_contact_person_of_a_business_partner_names_the_row()
    {
        var row = new RowReader("JP").Read(InputRow.From(("取引先会社名", "株式会社サクラ精工"), ("取引先担当者名", "佐藤健一"), ("電話番号", "03-5412-7788")));
        Assert.Equal("佐藤健一", row.Fields.Name);
        Assert.Equal("株式会社サクラ精工", row.Fields.Company);
    }

    [Fact]
    public void A_party_word_with_a_count_in_brackets_heads_the_party_s_names()
    {
        var map = ColumnMapSamples.Read(new[] { "Student (4)", "Email", "Date Registered" },
            new object?[] { "Ana Paula Souza", "ana.souza@example.com.br", "March 4, 2024" },
            new object?[] { "João Pedro Lima", "joaopedro.lima@example.com", "March 9, 2024" });
        Assert.Equal(new[] { "Student (4)" }, ColumnMapSamples.Order(map, ContactField.Name));
    }
}
