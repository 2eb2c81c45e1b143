using LiveDesk.Errors;
using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>
/// Columns chosen by a weak rule (a qualifier alone, or their values) keep what their header says and never fail a row;
/// first and last names in Chinese, Japanese or Korean script compose family name first.
/// </summary>
public class WeakColumnTests
{
    [Theory]
    [InlineData("Home Address 1")]
    [InlineData("Adresse privée")]
    [InlineData("Adresse professionnelle")]
    [InlineData("Dirección particular")]
    [InlineData("Домашний адрес")]
    [InlineData("Arbejdsadresse")]
    [InlineData("Work Web Page")]
    [InlineData("住家住址")]
    public void A_qualifier_next_to_another_noun_is_not_a_phone(string header) =>
        Assert.NotEqual(ContactField.PhoneNumber, HeaderRecognizer.Recognize(header).Field);

    [Theory]
    [InlineData("Particular")]
    [InlineData("Hem")]
    [InlineData("Abitazione 2")]
    [InlineData("Domov")]
    public void A_qualifier_alone_is_still_a_phone_but_a_weak_one(string header)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.Equal(ContactField.PhoneNumber, meaning.Field);
        Assert.True(meaning.Weak);
        Assert.Equal(ColumnKind.Fallback, Assert.Single(ColumnMap.Build(new[] { header }).SourcesFor(ContactField.PhoneNumber)).Kind);
    }

    [Fact]
    public void A_weak_phone_column_without_a_phone_number_falls_through_and_never_fails_the_row()
    {
        var reader = new RowReader("ES");
        // "Trabajo" (rank before "Particular") holds a street in this row: the next candidate fills the phone.
        var r = reader.Read(InputRow.From(("Nombre", "Ana"), ("Trabajo", "Calle Mayor 5"), ("Particular", "+34 912 345 678")));
        Assert.Null(r.Error);
        Assert.Equal("+34912345678", r.Fields.PhoneNumber);
        Assert.Equal("'Particular'", r.Sources[ContactField.PhoneNumber]);
        Assert.Contains(r.Warnings, w => w.Contains("'Trabajo'"));
        // No other candidate: the phone stays empty, the row is imported.
        var alone = reader.Read(InputRow.From(("Nombre", "Ana"), ("Trabajo", "Calle Mayor 5"), ("Particular", "")));
        Assert.Null(alone.Error);
        Assert.Null(alone.Fields.PhoneNumber);
        // A phone number in the weak column is used.
        Assert.Equal("+34611222333", reader.Read(InputRow.From(("Nombre", "Ana"), ("Trabajo", "611 222 333"), ("Particular", ""))).Fields.PhoneNumber);
    }

    [Fact]
    public void A_header_that_says_phone_with_a_bad_value_still_fails_its_row()
    {
        var r = new RowReader("ES").Read(InputRow.From(("Nombre", "Ana"), ("Teléfono del trabajo", "Calle Mayor 5"), ("Particular", "+34 912 345 678")));
        Assert.NotNull(r.Error);
        Assert.Equal(ErrorIds.InvalidPhoneNumber, r.Error!.ErrorId);
    }

    [Fact]
    public void Phone_columns_found_by_values_are_ranked_by_the_words_their_headers_do_have()
    {
        // Greenlandic headers: "oqarasuaat" (the telephone) is no listed word, the English qualifiers in brackets are.
        var headers = new[] { "Vardas", "Oqarasuaat (home)", "Oqarasuaat (assistant)", "Oqarasuaat (work)", "Oqarasuaat (mobile)", "Fax-oqarasuaat (fax)" };
        // The qualifier in brackets makes each a weak phone column by itself ("Oqarasuaat (mobile)"), so the values only confirm.
        var map = ColumnMap.Build(headers);
        var rows = Enumerable.Range(0, 5).Select(i => InputRow.From(headers.Select((h, c) => (h, (object?)(c == 0 ? $"P{i}" : $"+354 55{c} {i}456"))).ToArray()));
        map.ReadValues(rows);
        Assert.Equal(new[] { "Oqarasuaat (mobile)", "Oqarasuaat (work)", "Oqarasuaat (home)" }, Order(map, ContactField.PhoneNumber));
        Assert.All(map.SourcesFor(ContactField.PhoneNumber), s => Assert.Equal(ColumnKind.Fallback, s.Kind));
    }

    [Fact]
    public void A_column_found_by_its_values_with_a_value_that_is_no_phone_falls_through()
    {
        var reader = new RowReader("IS");
        var first = reader.Read(InputRow.From(("Vardas", "Jón"), ("Oqarasuaat (mobile)", "+354 611 2345"), ("Oqarasuaat (work)", "+354 551 2345")));
        Assert.Equal("+3546112345", first.Fields.PhoneNumber);
        var r = reader.Read(InputRow.From(("Vardas", "Anna"), ("Oqarasuaat (mobile)", "engin"), ("Oqarasuaat (work)", "+354 551 2346")));
        Assert.Null(r.Error);
        Assert.Equal("+3545512346", r.Fields.PhoneNumber);
    }

    [Theory]
    [InlineData("小明", "王", "王小明")]
    [InlineData("太郎", "山田", "山田太郎")]
    [InlineData("さくら", "佐々木", "佐々木さくら")]
    [InlineData("길동", "홍", "홍길동")]
    [InlineData("Jürgen", "Müller", "Jürgen Müller")]
    [InlineData("Иван", "Петров", "Иван Петров")]
    [InlineData("Xiaoming", "王", "Xiaoming 王")]   // mixed scripts: no rule of its own, the parts as given
    public void First_and_last_names_compose_in_their_scripts_order(string first, string last, string expected)
    {
        Assert.Equal(expected, PersonName.Compose(first, null, last));
        var r = new RowReader().Read(InputRow.From(("First Name", first), ("Last Name", last)));
        Assert.Equal(expected, r.Fields.Name);
    }

    [Fact]
    public void Outlook_in_chinese_composes_the_family_name_first()
    {
        var r = new RowReader("TW").Read(InputRow.From(("名字", "小明"), ("中間名", ""), ("姓氏", "王"), ("行動電話", "0912 345 678"), ("助理電話", "02 2345 6789")));
        Assert.Null(r.Error);
        Assert.Equal("王小明", r.Fields.Name);
        Assert.Equal("+886912345678", r.Fields.PhoneNumber);
    }
}
