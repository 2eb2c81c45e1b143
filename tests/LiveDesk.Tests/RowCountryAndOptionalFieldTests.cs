using System.Globalization;
using LiveDesk.Contacts;
using LiveDesk.Errors;
using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// The row's own country as the region of its national numbers, and an optional field (the avatar) that cannot cost a
/// contact its keys.
/// </summary>
public class RowCountryAndOptionalFieldTests
{
    [Theory]
    [InlineData("Sweden", "070-123 45 67", "+46701234567")]
    [InlineData("İsveç", "070-123 45 67", "+46701234567")]          // Turkish, as Akaunting writes it
    [InlineData("Schweden", "070-123 45 67", "+46701234567")]
    [InlineData("SE", "070-123 45 67", "+46701234567")]
    [InlineData("Germany", "0151 23456789", "+4915123456789")]
    [InlineData("Německo", "0151 23456789", "+4915123456789")]       // Czech
    [InlineData("Италия", "06 1234 5678", "+390612345678")]          // Russian
    [InlineData("United States", "(415) 555-0188", "+14155550188")]
    public void A_national_number_takes_the_region_of_the_rows_country(string country, string phone, string expected)
    {
        var r = new RowReader().Read(InputRow.From(("Name", "Row Country"), ("Phone", phone), ("Country", country)));
        Assert.Null(r.Error);
        Assert.Equal(expected, r.Fields.PhoneNumber);
        Assert.Equal(country, r.Fields.Country);
    }

    [Fact]
    public void The_rows_country_comes_before_the_default_region_and_the_default_region_still_serves_other_rows()
    {
        // A file of Indian numbers (-DefaultRegion IN) with one attendee from Germany, as Zoom's reports have them.
        var reader = new RowReader("IN");
        var german = reader.Read(InputRow.From(("Name", "Lena Vogt"), ("Phone", "0151 23456789"), ("Country/Region Name", "Germany")));
        var indian = reader.Read(InputRow.From(("Name", "Ravi Iyer"), ("Phone", "098765 43210"), ("Country/Region Name", "")));
        Assert.Null(german.Error);
        Assert.Equal("+4915123456789", german.Fields.PhoneNumber);
        Assert.Null(indian.Error);
        Assert.Equal("+919876543210", indian.Fields.PhoneNumber);
    }

    [Fact]
    public void A_number_not_valid_in_the_rows_country_falls_back_to_the_default_region()
    {
        // Lives in the United States, keeps a German mobile written nationally: the file's region decides.
        var r = new RowReader("DE").Read(InputRow.From(("Name", "Pendler"), ("Mobile", "0151 23456789"), ("Country", "United States")));
        Assert.Null(r.Error);
        Assert.Equal("+4915123456789", r.Fields.PhoneNumber);
    }

    [Fact]
    public void An_unknown_country_leaves_the_number_to_the_usual_rules()
    {
        var r = new RowReader().Read(InputRow.From(("Name", "Nowhere"), ("Phone", "0151 23456789"), ("Country", "Atlantis")));
        Assert.Equal(ErrorIds.InvalidPhoneNumber, r.Error?.ErrorId);
    }

    [Theory]
    [InlineData("Türkiye", "TR")]
    [InlineData("Tyskland", "DE")]      // Danish, Norwegian, Swedish
    [InlineData("Saksa", "DE")]         // Finnish
    [InlineData("Nemecko", "DE")]       // Slovak
    [InlineData("Германия", "DE")]      // Russian
    [InlineData("Німеччина", "DE")]     // Ukrainian
    [InlineData("Γερμανία", "DE")]      // Greek
    [InlineData("Németország", "DE")]   // Hungarian
    [InlineData("ドイツ", "DE")]        // Japanese
    [InlineData("德国", "DE")]          // Chinese, simplified
    [InlineData("德國", "DE")]          // Chinese, traditional
    [InlineData("독일", "DE")]          // Korean
    public void Country_names_are_known_in_the_languages_exports_are_localised_into(string name, string code) =>
        Assert.Equal(code, CountryNames.CodeOf(name));

    [Fact]
    public void More_languages_leave_every_English_name_resolvable()
    {
        // A name that two languages give to different countries resolves to nothing; no English name may be lost that way.
        var lost = new System.Collections.Generic.List<string>();
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try { region = new RegionInfo(culture.Name); }
            catch (System.ArgumentException) { continue; }
            if (region.TwoLetterISORegionName.Length != 2 || !char.IsLetter(region.TwoLetterISORegionName[0])) continue;
            if (CountryNames.CodeOf(region.EnglishName) != region.TwoLetterISORegionName) lost.Add(region.EnglishName);
        }
        Assert.Empty(lost);
    }

    [Theory]
    [InlineData("/services/images/photo/003Dn00000Abc")]
    [InlineData("photo.jpg")]
    [InlineData("ftp://img.example.com/a.png")]
    [InlineData("file:///etc/passwd")]
    public void An_avatar_column_that_is_no_web_address_drops_the_avatar_with_one_warning_and_keeps_the_contact(string avatar)
    {
        var reader = new RowReader();
        var first = reader.Read(InputRow.From(("Email", "karen@example.com"), ("Name", "Karen Whitfield"), ("PhotoUrl", avatar)));
        var second = reader.Read(InputRow.From(("Email", "omar@example.com"), ("Name", "Omar Haddad"), ("PhotoUrl", avatar)));
        Assert.Null(first.Error);
        Assert.Null(first.Fields.AvatarUrl);
        Assert.Equal("karen@example.com", first.Fields.Email);
        Assert.Null(ContactValidator.Validate(first.Fields, requireInbox: false));
        Assert.Contains(first.Warnings, w => w.Contains("'PhotoUrl'") && w.Contains("without an avatar"));
        Assert.Empty(second.Warnings);
        Assert.False(first.Sources.ContainsKey(ContactField.AvatarUrl));
    }

    [Fact]
    public void A_web_address_in_the_avatar_column_is_kept_and_an_avatar_given_on_the_command_line_is_still_checked()
    {
        var r = new RowReader().Read(InputRow.From(("Email", "a@example.com"), ("Avatar", "https://img.example.com/a.png")));
        Assert.Equal("https://img.example.com/a.png", r.Fields.AvatarUrl);
        var given = Harness.Row("A", "a@example.com");
        given.AvatarUrl = "photo.jpg";
        Assert.Equal(ErrorIds.InvalidAvatarUrl, ContactValidator.Validate(given, requireInbox: false)?.ErrorId);
    }
}
