using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>The phone formats real exports carry end up as the right E.164 number, or are refused with a region hint.</summary>
public class PhoneNormalizerTests
{
    private static readonly PhoneNormalizer NoRegion = new();
    private static readonly PhoneNormalizer De = new("DE");
    private static readonly PhoneNormalizer Us = new("us");

    [Theory]
    [InlineData("+49 (0)171 2345678", "+491712345678")]
    [InlineData("+49 0171 2345678", "+491712345678")]
    [InlineData("+1 512 757-6000", "+15127576000")]
    [InlineData("+49 151 1234-5678", "+4915112345678")]
    [InlineData("0049 171 2345678", "+491712345678")]
    [InlineData("+44 (0)20 7946 0958", "+442079460958")]
    [InlineData("+39 06 6982 1234", "+390669821234")]
    [InlineData("4915112345678", "+4915112345678")]
    public void International_numbers_need_no_region(string input, string expected)
    {
        Assert.Equal(expected, NoRegion.Normalize(input).E164);
        Assert.Equal(expected, De.Normalize(input).E164);
    }

    [Theory]
    [InlineData("0171 2345678", "+491712345678")]
    [InlineData("030 1234567", "+49301234567")]
    [InlineData("4915112345678", "+4915112345678")] // the region's country code without its +
    [InlineData("1712345678", "+491712345678")]      // an Excel number cell lost the 0
    public void National_numbers_with_DefaultRegion_DE(string input, string expected) => Assert.Equal(expected, De.Normalize(input).E164);

    [Theory]
    [InlineData("(650) 555-0142", "+16505550142")]
    [InlineData("6175550123", "+16175550123")]
    [InlineData("617.555.0123", "+16175550123")]
    [InlineData("1 617 555 0123", "+16175550123")]
    [InlineData("+49 171 2345678", "+491712345678")]
    public void National_numbers_with_DefaultRegion_US(string input, string expected) => Assert.Equal(expected, Us.Normalize(input).E164);

    [Theory]
    [InlineData("(650) 555-0142", "looks like a US number", "-DefaultRegion US", "+1 650-555-0142")]
    [InlineData("6175550123", "looks like a US number", "-DefaultRegion US", "+1 617-555-0123")]
    [InlineData("0171 2345678", "looks like a DE number", "-DefaultRegion DE", "+49 171 2345678")]
    [InlineData("16175550123", "looks like a US number", "-DefaultRegion US", "+1 617-555-0123")]
    public void National_numbers_without_region_are_refused_with_a_hint_for_their_likely_region(string input, string looks, string fix, string written)
    {
        var result = NoRegion.Normalize(input);
        Assert.Null(result.E164);
        Assert.NotNull(result.Problem);
        Assert.Contains(looks, result.Problem);
        Assert.Contains(fix, result.Problem);
        Assert.Contains(written, result.Problem);
        Assert.StartsWith($"'{input}'", result.Problem);
    }

    [Fact]
    public void The_hint_for_an_American_number_never_shows_a_German_example()
    {
        var problem = NoRegion.Normalize("(650) 555-0142").Problem!;
        Assert.DoesNotContain("+49", problem);
    }

    [Theory]
    [InlineData("4,91712E+12")]
    [InlineData("4.91712E+12")]
    [InlineData("4.91712e+12")]
    public void Excel_scientific_notation_is_refused_with_a_clear_message(string input)
    {
        foreach (var normalizer in new[] { NoRegion, De })
        {
            var result = normalizer.Normalize(input);
            Assert.Null(result.E164);
            Assert.Contains("scientific notation", result.Problem);
            Assert.Contains("format the column as Text", result.Problem);
        }
    }

    [Fact]
    public void Numeric_cells_from_Excel_become_plus_digits()
    {
        Assert.Equal("+4915112345678", NoRegion.Normalize("4915112345678", fromNumberCell: true).E164);
        Assert.Equal("+4915112345678", De.Normalize("4915112345678", fromNumberCell: true).E164);
        Assert.Equal("+447911123456", NoRegion.Normalize("447911123456", fromNumberCell: true).E164);
    }

    [Fact]
    public void A_number_cell_that_lost_its_leading_zero_is_not_read_as_another_country()
    {
        // 0160 12345678 in a number cell is 16012345678, which read with a + is a valid US number (+1 601 ...).
        var lost = NoRegion.Normalize("16012345678", fromNumberCell: true);
        Assert.Null(lost.E164);
        Assert.Contains("-DefaultRegion", lost.Problem);
        Assert.Contains("format the column as Text", lost.Problem);
        // 0664 12345678 (Austrian mobile) read with a + would be Thai.
        Assert.Null(NoRegion.Normalize("66412345678", fromNumberCell: true).E164);
        Assert.Equal("+4916012345678", De.Normalize("16012345678", fromNumberCell: true).E164);
    }

    [Theory]
    [InlineData("6175550123")]
    [InlineData("1712345678")]
    [InlineData("4930123456")] // a short international number without +: too easily a national one
    public void Short_bare_digits_without_region_are_refused(string input) => Assert.Null(NoRegion.Normalize(input, fromNumberCell: true).E164);

    [Theory]
    [InlineData("n/a")]
    [InlineData("+49")]
    [InlineData("+999 1234567")]
    [InlineData("12")]
    public void Garbage_is_refused(string input)
    {
        Assert.Null(NoRegion.Normalize(input).E164);
        Assert.NotNull(NoRegion.Normalize(input).Problem);
        Assert.NotNull(De.Normalize(input).Problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Empty_is_no_number_and_no_problem(string? input) => Assert.True(NoRegion.Normalize(input).IsEmpty);

    [Fact]
    public void An_extension_is_dropped_with_a_warning()
    {
        var result = NoRegion.Normalize("+1 512 757-6000 ext. 12");
        Assert.Equal("+15127576000", result.E164);
        Assert.Contains("extension", result.Warning);
    }

    [Fact]
    public void A_wrong_national_number_with_region_names_the_region()
    {
        var result = De.Normalize("0000 12");
        Assert.Null(result.E164);
        Assert.Contains("DE", result.Problem);
    }

    [Fact]
    public void E164_input_is_unchanged_so_matching_can_compare_stored_numbers()
    {
        foreach (var stored in new[] { "+4915112345678", "+14155550101", "+15127576000" })
        {
            Assert.Equal(stored, NoRegion.ToE164OrNull(stored));
            Assert.Equal(stored, Us.ToE164OrNull(stored));
        }
    }

    [Fact]
    public void Unknown_regions_are_refused_and_known_ones_listed()
    {
        Assert.Throws<ArgumentException>(() => new PhoneNormalizer("XX"));
        Assert.Throws<ArgumentException>(() => new PhoneNormalizer("Germany"));
        Assert.True(PhoneNormalizer.IsKnownRegion("de"));
        Assert.Contains("US", PhoneNormalizer.KnownRegions);
        Assert.Null(new PhoneNormalizer(" ").DefaultRegion);
    }

    [Theory]
    [InlineData("+49 151 CALLME")]
    [InlineData("1-800-FLOWERS")]
    [InlineData("n/a")]
    public void Letters_are_refused_not_read_as_keypad_digits(string input)
    {
        var result = De.Normalize(input);
        Assert.Null(result.E164);
        Assert.Contains("letters", result.Problem);
    }

    [Theory]
    [InlineData("+1 512 757-6000 ext. 12")]
    [InlineData("+1 512 757-6000 x12")]
    public void An_extension_is_no_letter(string input) => Assert.Equal("+15127576000", NoRegion.Normalize(input).E164);
}
