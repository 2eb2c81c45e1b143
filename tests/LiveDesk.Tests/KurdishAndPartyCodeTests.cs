using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Sorani Kurdish headers (a Slemani shop's till: "ناوی کڕیار", "ژمارەی مۆبایل"), an Arabic client list's person in charge
/// ("الشخص المسؤول" beside the firm's name), and a party's code beside its own name (a Hungarian workwear inventory's
/// "Dolgozó": D0142) (blind sets unseen151, unseen152).
/// </summary>
public class KurdishAndPartyCodeTests
{
    [Theory]
    [InlineData("ناوی کڕیار", "Name")]
    [InlineData("ژمارەی مۆبایل", "PhoneNumber")]
    [InlineData("ناونیشان", null)]
    [InlineData("Paşnav", "LastName")]
    public void Kurdish_headers_name_their_field(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void The_person_in_charge_at_a_client_firm_is_the_contact()
    {
        var r = new RowReader("SA").Read(InputRow.From(("رقم العميل", "1"), ("اسم المؤسسة", "مؤسسة الرواد للدعاية والإعلان"),
            ("الشخص المسؤول", "عبدالله محمد القحطاني"), ("رقم الجوال", "0553418276"), ("البريد الإلكتروني", "a.alqahtani@example.com")));
        Assert.Equal("عبدالله محمد القحطاني", r.Fields.Name);
        Assert.Equal("+966553418276", r.Fields.PhoneNumber);
    }

    private static readonly string[] Inventory = { "Költséghely", "Dolgozó", "Vezetéknév", "Keresztnév", "Cikksz.", "Méret" };

    private static InputRow Item(string employee, string last, string first, string article) =>
        InputRow.From(Inventory.Zip(new object?[] { "1", employee, last, first, article, "L" }).ToArray());

    [Fact]
    public void A_party_column_of_codes_beside_the_partys_name_keys_the_row()
    {
        var reader = new RowReader("HU");
        var rows = new[] { Item("D0142", "Szabó", "Bence", "MR-2201"), Item("D0157", "Kovácsné Tóth", "Erika", "MR-2305"), Item("D0142", "Szabó", "Bence", "MR-2310") };
        reader.MapFor(rows[0]).ReadValues(rows);
        var r = reader.Read(rows[0]);
        Assert.Equal("D0142", r.Fields.Identifier);
        Assert.Equal("Szabó Bence", r.Fields.Name);
    }

    [Fact]
    public void A_party_column_of_names_beside_the_partys_name_is_no_key()
    {
        var map = ColumnMap.Build(Inventory);
        map.ReadValues(new[] { Item("Szabó Bence", "Szabó", "Bence", "MR-2201"), Item("Tóth Erika", "Tóth", "Erika", "MR-2305") });
        Assert.Empty(map.SourcesFor(ContactField.Identifier));
    }
}

/// <summary>
/// Lao headers and the customer and "ID" in the Indic scripts: Open Source Point of Sale's Lao customers came in without
/// names, and PHP Point of Sale's Tamil customers without their customer ID (blind set unseen154).
/// </summary>
public class LaoAndIndicTests
{
    [Theory]
    [InlineData("ຊື່", "Name")]
    [InlineData("ນາມສະກຸນ", "LastName")]
    [InlineData("ເບີໂທ", "PhoneNumber")]
    [InlineData("ລະຫັດ", "Identifier")]
    [InlineData("வாடிக்கையாளர் ஐடி", "Identifier")]
    [InlineData("ग्राहक आईडी", "Identifier")]
    [InlineData("গ্রাহক আইডি", "Identifier")]
    public void Headers_name_their_field(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_Lao_customer_has_family_name_after_the_given_name()
    {
        var r = new RowReader("LA").Read(InputRow.From(("ລະຫັດ", "3"), ("ນາມສະກຸນ", "ພົມມະວົງ"), ("ຊື່", "ສົມສັກ"), ("Email", "somsak.p@example.com"),
            ("ເບີໂທ", "020 5555 1234")));
        Assert.Equal("ສົມສັກ ພົມມະວົງ", r.Fields.Name);
        Assert.Equal("+8562055551234", r.Fields.PhoneNumber);
    }
}
