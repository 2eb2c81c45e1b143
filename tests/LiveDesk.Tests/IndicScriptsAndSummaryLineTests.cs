using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// The Brahmic scripts of northern India read as the Devanagari they spell, the possessive written joined to its owner
/// (Bengali "সদস্যের নাম", Gujarati "ગ્રાહકનું નામ", Marathi "सदस्याचे नाव"), South Slavic "Презиме" and user names, a team's
/// captain, and a spreadsheet's summary line (blind sets unseen155, unseen156).
/// </summary>
public class IndicScriptsAndSummaryLineTests
{
    [Theory]
    // Punjabi (Gurmukhi): the farmer's name, and the village's, which is no person's.
    [InlineData("ਕਿਸਾਨ_ਨਾਮ", "Name")]
    [InlineData("ਪਿੰਡ_ਨਾਮ", null)]
    [InlineData("ਮੋਬਾਈਲ ਨੰਬਰ", "PhoneNumber")]
    [InlineData("મોબાઇલ નંબર", "PhoneNumber")]
    // Possessives joined to the owner: Bengali, Gujarati, Marathi, Nepali, Odia.
    [InlineData("সদস্যের নাম", "Name")]
    [InlineData("গ্রাহকের ফোন", "PhoneNumber")]
    [InlineData("ગ્રાહકનું નામ", "Name")]
    [InlineData("सदस्याचे नाव", "Name")]
    [InlineData("ग्राहकको नाम", "Name")]
    [InlineData("ଗ୍ରାହକର ନାମ", "Name")]
    // The English "customer" written in the script (a Bangladeshi shop's due book).
    [InlineData("কাস্টমার নাম", "Name")]
    [InlineData("कस्टमर नाम", "Name")]
    // A word that merely ends as a possessive does is no owner's.
    [InlineData("ক্রমিক নং", null)]
    // The Dravidian scripts keep their own letters: Telugu "name" stays a name.
    [InlineData("పేరు", "Name")]
    public void Indic_headers_name_their_field(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Theory]
    [InlineData("নাম", "ਨਾਮ")]
    [InlineData("मोबाइल", "মোবাইল")]
    [InlineData("किसान", "ਕਿਸਾਨ")]
    public void Northern_Brahmic_scripts_fold_to_one_spelling(string a, string b) =>
        Assert.Equal(HeaderWords.Fold(a), HeaderWords.Fold(b));

    [Fact]
    public void Dravidian_scripts_are_not_folded_into_Devanagari()
    {
        // Folded alike, Telugu పేరు (name) and Gujarati પૂરું (full) would be one word.
        Assert.NotEqual(HeaderWords.Fold("పేరు"), HeaderWords.Fold("પૂરું"));
    }

    [Theory]
    [InlineData("Потребителско име", "Identifier")]
    [InlineData("Корисничко име", "Identifier")]
    [InlineData("Собствено име", "FirstName")]
    [InlineData("Средно име", "MiddleName")]
    [InlineData("Е-пошта", "Email")]
    [InlineData("Електронска пошта", "Email")]
    [InlineData("Kapteiņa e-pasts", "Email")]
    [InlineData("Kapteiņa tālrunis", "PhoneNumber")]
    [InlineData("Captain Name", "Name")]
    public void South_Slavic_and_captain_headers_name_their_field(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void Cyrillic_prezime_beside_no_family_name_is_the_surname()
    {
        var r = new RowReader("MK").Read(InputRow.From(("Регистриран", "2026-03-14 09:12"), ("Име", "Марија"), ("Презиме", "Петровска"),
            ("Е-пошта", "marija.petrovska@example.com"), ("Телефон", "070 123 456")));
        Assert.Equal("Марија Петровска", r.Fields.Name);
        Assert.Equal("marija.petrovska@example.com", r.Fields.Email);
    }

    [Fact]
    public void Cyrillic_prezime_beside_a_family_name_is_the_middle_name()
    {
        var r = new RowReader("BG").Read(InputRow.From(("Потребителско име", "i.georgiev"), ("Собствено име", "Иван"), ("Средно име", "Петров"),
            ("Фамилия", "Георгиев"), ("Телефон", "0888 123 456")));
        Assert.Equal("Иван Петров Георгиев", r.Fields.Name);
        Assert.Equal("i.georgiev", r.Fields.Identifier);
        var map = ColumnMap.Build(new[] { "Име", "Презиме", "Фамилия" });
        Assert.Equal("Презиме", Assert.Single(map.SourcesFor(ContactField.MiddleName)).Header);
    }

    [Fact]
    public void Serbian_whole_name_with_prezime_is_the_name()
    {
        var map = ColumnMap.Build(new[] { "Презиме и име", "Телефон", "Презиме на родитеља" });
        Assert.Equal("Презиме и име", Assert.Single(map.SourcesFor(ContactField.Name)).Header);
    }

    [Fact]
    public void A_class_roll_number_comes_after_the_pupils_admission_number()
    {
        var map = ColumnMap.Build(new[] { "Student Name", "Roll No", "Admission No", "Mobile" });
        Assert.Equal(new[] { "Admission No", "Roll No" }, map.SourcesFor(ContactField.Identifier).Select(s => s.Header));
        Assert.Equal("Roll No", Assert.Single(ColumnMap.Build(new[] { "Student Name", "Roll No", "Mobile" }).SourcesFor(ContactField.Identifier)).Header);
    }

    [Theory]
    [InlineData("Total")]
    [InlineData("TOTAL")]
    [InlineData("Grand Total")]
    [InlineData("Monthly total:")]
    [InlineData("মাসিক মোট:")]
    [InlineData("Итого")]
    [InlineData("合计")]
    [InlineData("Summe")]
    public void Summary_line_labels_are_no_names(string label) => Assert.True(ValueShapes.IsSummaryLabel(label));

    [Theory]
    [InlineData("Sum Wing Kei")]
    [InlineData("Tống Văn Minh")]
    [InlineData("कुल भूषण")]
    [InlineData("Anna Total-Berger und Familie Schmidt")]
    public void Names_are_not_summary_labels(string name) => Assert.False(ValueShapes.IsSummaryLabel(name));

    [Fact]
    public void A_summary_line_below_the_members_is_refused_and_named()
    {
        var reader = new RowReader("BD");
        var row = InputRow.From(("ক্রমিক নং", " "), ("সদস্যের নাম", "মাসিক মোট:"), ("সঞ্চয় জমা (টাকা)", "1300.00"));
        var r = reader.Read(row);
        Assert.NotNull(r.Error);
        Assert.Contains("summary line", r.Error!.Message);
        Assert.Equal("শাহানারা বেগম", reader.Read(InputRow.From(("ক্রমিক নং", "2"), ("সদস্যের নাম", "শাহানারা বেগম"), ("সঞ্চয় জমা (টাকা)", "300.00"))).Fields.Name);
    }
}
