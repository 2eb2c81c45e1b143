using System.Linq;
using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Digits of any script in phone numbers, names that have letters, the customer's name beside the person's as the company,
/// and the words of places, records, affiliations, identification and superiors in more languages.
/// </summary>
public class ScriptsAndPartiesTests
{
    private static RowReadResult Read(string? region, params (string Name, object? Value)[] pairs) =>
        new RowReader(region).Read(InputRow.From(pairs));

    private static string? First(ColumnMap map, ContactField field) => map.SourcesFor(field).FirstOrDefault()?.Header;

    // ---- Digits of any script ----

    [Theory]
    [InlineData("۰۹۱۲ ۳۴۵ ۶۷۸۹", "IR", "+989123456789")]     // Persian (extended Arabic-Indic) digits
    [InlineData("٠٥٠ ١٢٣ ٤٥٦٧", "AE", "+971501234567")]      // Arabic-Indic digits
    [InlineData("０９０-１２３４-５６７８", "JP", "+819012345678")] // full-width digits
    [InlineData("＋４９ １５１ ２３４５６７８９", null, "+4915123456789")] // full-width plus
    [InlineData("०९८७६ ५४३२१०", "IN", "+919876543210")]       // Devanagari digits
    public void Digits_of_any_script_are_the_same_number(string written, string? region, string e164) =>
        Assert.Equal(e164, new PhoneNormalizer(region).Normalize(written).E164);

    [Fact]
    public void A_phone_column_of_persian_digits_is_found_by_its_values()
    {
        Assert.True(ColumnMap.LooksLikePhone("۰۹۱۲ ۳۴۵ ۶۷۸۹"));
        Assert.False(ColumnMap.LooksLikePhone("۱۴۰۳/۰۵/۱۲"));   // a Persian date stays a date
    }

    [Fact]
    public void A_row_with_a_persian_mobile_is_stored_not_refused()
    {
        var r = Read(null, ("نام", "مریم"), ("موبایل", "۰۹۱۲ ۳۴۵ ۶۷۸۹"), ("ایمیل", "maryam@example.ir"), ("Country", "IR"));
        Assert.Null(r.Error);
        Assert.Equal("+989123456789", r.Fields.PhoneNumber);
    }

    // ---- Digits and punctuation alone name nobody ----

    [Theory]
    [InlineData("Hiển thị", "1", "Tên", "An", "An")]               // HumHub vi: the visibility flag read as "display"
    [InlineData("Name", "12345", "Full Name", "Ann Lee", "Ann Lee")] // a number in the first name column
    [InlineData("Display Name", "-", "Name", "Bo Berg", "Bo Berg")]
    public void A_value_without_letters_names_nobody_and_the_next_name_column_is_asked(string h1, string v1, string h2, string v2, string expected)
    {
        var r = Read(null, (h1, v1), (h2, v2), ("Email", "a@example.com"));
        Assert.Null(r.Error);
        Assert.Equal(expected, r.Fields.Name);
    }

    [Fact]
    public void A_name_of_emoji_is_still_a_name()
    {
        var r = Read(null, ("Display Name", "😀😀"), ("Name", "Ann Lee"), ("Email", "a@example.com"));
        Assert.Equal("😀😀", r.Fields.Name);
    }

    [Fact]
    public void Name_parts_without_letters_are_left_out()
    {
        var r = Read(null, ("First Name", "Ann"), ("Last Name", "0"), ("Email", "a@example.com"));
        Assert.Equal("Ann", r.Fields.Name);
    }

    // ---- "Family, Given" in the one name column ----

    [Theory]
    [InlineData("Romero, Elena", "Elena Romero")]                 // EcclesiaCRM's roll-up export
    [InlineData("Müller, Jürgen", "Jürgen Müller")]               // AD's CN without GivenName/Surname columns
    [InlineData("van der Berg, Anna Maria", "Anna Maria van der Berg")]
    [InlineData("Smith, Jr.", "Smith, Jr.")]                      // a suffix, not a given name
    [InlineData("Acme, Inc.", "Acme, Inc.")]                      // a legal entity
    [InlineData("Lee, Ann, PhD", "Lee, Ann, PhD")]                // more than one comma: left as written
    [InlineData("Room 12, Building 3", "Room 12, Building 3")]    // digits: not a name
    [InlineData("Ann Lee", "Ann Lee")]
    public void A_name_written_family_name_first_with_a_comma_is_stored_given_name_first(string written, string stored)
    {
        var r = Read(null, ("Name", written), ("Email", "a@example.com"));
        Assert.Null(r.Error);
        Assert.Equal(stored, r.Fields.Name);
    }

    // ---- The customer's name beside the person's ----

    [Theory]
    [InlineData("客户名称", "姓名", "深圳市华拓电子有限公司", "李强")]     // WukongCRM contacts
    [InlineData("客戶名稱", "姓名", "台北華拓電子股份有限公司", "李強")]
    [InlineData("Customer Name", "Contact Name", "Acme Trading GmbH", "Jonas Becker")]
    [InlineData("Account Name", "Full Name", "Globex Ltd", "Ann Lee")]
    public void A_customer_or_account_name_beside_the_persons_name_is_the_company(string party, string person, string org, string name)
    {
        var headers = new[] { person, party, "Email" };
        var map = ColumnMap.Build(headers);
        map.ReadValues(new[]
        {
            InputRow.From((person, name), (party, org), ("Email", "a@example.com")),
            InputRow.From((person, name + "x"), (party, org), ("Email", "b@example.com")),
        });
        Assert.Equal(person, First(map, ContactField.Name));
        Assert.Equal(party, map.SourcesFor(ContactField.Company).Concat(map.CompanyColumns).FirstOrDefault()?.Header);
    }

    [Fact]
    public void A_customer_name_alone_is_still_the_persons_name()
    {
        var map = ColumnMap.Build(new[] { "客户名称", "邮箱" });
        Assert.Equal("客户名称", First(map, ContactField.Name));
    }

    // ---- Words ----

    [Theory]
    [InlineData("仕事用の電話番号", "PhoneNumber")]
    [InlineData("プライベート電話番号", "PhoneNumber")]
    [InlineData("Số điện thoại (cá nhân)", "PhoneNumber")]
    [InlineData("线索名称", "Name")]
    [InlineData("Lead Name", "Name")]
    [InlineData("Affiliation", "Company")]
    [InlineData("Afiliación", "Company")]
    [InlineData("所属機関", "Company")]
    [InlineData("Identifikace", "Identifier")]
    [InlineData("Identification", "Identifier")]
    [InlineData("التعريف", "Identifier")]
    [InlineData("លេខអត្តសញ្ញាណ", "Identifier")]
    [InlineData("اللقب", "LastName")]
    [InlineData("ម៉ែល", "Email")]
    public void Words_of_more_languages_name_their_field(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Theory]
    [InlineData("Nadřízený")]
    [InlineData("Przełożony")]
    [InlineData("مدير")]
    [InlineData("Affiliate ID")]           // an affiliate (a reseller) is still not the contact's affiliation
    [InlineData("Tax Identification Number")]
    public void Superiors_affiliates_and_registries_are_never_the_contacts(string header)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.True(meaning.Field is null || meaning.Elsewhere || meaning.Organisation,
            $"{header} was read as {meaning.Field}");
    }
}
