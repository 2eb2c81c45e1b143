using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A phone column's kind and calling code kept in columns of their own beside it (Gibbon's "Phone 1 (Type)", "Phone 1
/// (Country Code)", "Phone 1"): the code is joined to the number, and the kind ranks the number in its row, mobile first.
/// Drawn from a blind set.
/// </summary>
public class PhoneLabelColumnTests
{
    private static (string, object?)[] Gibbon(string type1, string number1, string type2, string number2) => new (string, object?)[]
    {
        ("Username", "siti.rahayu"), ("Email", "siti@example.sch.id"),
        ("Phone 1 (Type)", type1), ("Phone 1 (Country Code)", "62"), ("Phone 1", number1),
        ("Phone 2 (Type)", type2), ("Phone 2 (Country Code)", "62"), ("Phone 2", number2),
        ("Emergency 1 Name", "Bambang Rahayu"), ("Emergency 1 Phone Number 1", "081234500011"),
    };

    [Theory]
    [InlineData("Home", "227423189", "Mobile", "81322456789", "+6281322456789")]
    [InlineData("Mobile", "81322456789", "Home", "227423189", "+6281322456789")]
    [InlineData("Work", "227423189", "Home", "224567890", "+62227423189")]
    [InlineData("Fax", "227423189", "Home", "224567890", "+62224567890")]
    [InlineData("Rumah", "227423189", "Seluler", "81322456789", "+6281322456789")]
    [InlineData("Other", "227423189", "Other", "224567890", "+62227423189")]
    public void The_kind_column_ranks_the_number_and_the_code_column_is_its_calling_code(string type1, string number1, string type2, string number2, string expected)
    {
        var r = new RowReader("ID").Read(InputRow.From(Gibbon(type1, number1, type2, number2)));
        Assert.Null(r.Error);
        Assert.Equal(expected, r.Fields.PhoneNumber);
    }

    [Fact]
    public void A_glossed_calling_code_is_no_phone_column()
    {
        var headers = Gibbon("Home", "227423189", "Mobile", "81322456789").Select(p => p.Item1).ToArray();
        var map = ColumnMap.Build(headers);
        Assert.Equal(new[] { "Phone 1", "Phone 2" }, ColumnMapSamples.Order(map, ContactField.PhoneNumber));
        Assert.Equal(3, map.CallingCodeColumnFor(4));
    }

    [Theory]
    [InlineData("Telefon 1", "Telefon 1 Typ", "Telefon 2", "Telefon 2 Typ", "Privat", "Handy")]
    [InlineData("Phone Number 1", "Phone Type 1", "Phone Number 2", "Phone Type 2", "Landline", "Cell")]
    [InlineData("Téléphone 1", "Type téléphone 1", "Téléphone 2", "Type téléphone 2", "Domicile", "Portable")]
    public void A_kind_column_pairs_with_the_phone_column_its_other_words_name(string phone1, string type1, string phone2, string type2, string kind1, string kind2)
    {
        var map = ColumnMap.Build(new[] { "Email", phone1, type1, phone2, type2 });
        var phones = map.SourcesFor(ContactField.PhoneNumber);
        Assert.Equal(2, phones.Single(p => p.Index == 1).LabelIndex);
        Assert.Equal(4, phones.Single(p => p.Index == 3).LabelIndex);
        Assert.DoesNotContain(type1, map.Unrecognized);
        var r = new RowReader("DE").Read(InputRow.From(("Email", "a@example.com"), (phone1, "030 1234567"), (type1, kind1), (phone2, "0171 2345678"), (type2, kind2)));
        Assert.Equal("+491712345678", r.Fields.PhoneNumber);
    }
}
