using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>A number the user wrote in E.164 is theirs; a number the module derives must be one someone can call.</summary>
public class PhoneAsWrittenTests
{
    private static readonly PhoneNormalizer NoRegion = new();
    private static readonly PhoneNormalizer De = new("DE");

    [Fact]
    public void The_documented_example_number_is_sent_as_written_with_a_warning()
    {
        var r = NoRegion.Normalize("+123456789");
        Assert.Null(r.Problem);
        Assert.Equal("+123456789", r.E164);
        Assert.Contains("libphonenumber", r.Warning);
        Assert.Equal("unverified", r.WarningKind);
    }

    [Fact]
    public void A_plus_number_of_possible_length_missing_from_the_metadata_is_accepted()
    {
        // +49 1511 234567: a possible German length in a range libphonenumber does not list as valid.
        var r = De.Normalize("+49 1511 234567");
        Assert.Null(r.Problem);
        Assert.Equal("+491511234567", r.E164);
        Assert.NotNull(r.Warning);
    }

    [Theory]
    [InlineData(null, "0049 151")]
    [InlineData("DE", "0049 151")]
    public void A_derived_number_too_short_to_be_dialled_fails(string? region, string input)
    {
        var r = new PhoneNormalizer(region).Normalize(input);
        Assert.Null(r.E164);
        Assert.NotNull(r.Problem);
    }

    [Fact]
    public void An_unresolvable_national_number_still_fails_with_the_most_plausible_region_first()
    {
        var r = NoRegion.Normalize("090-1234-5678");
        Assert.Null(r.E164);
        Assert.Contains("looks like a JP number", r.Problem);
        Assert.Contains("-DefaultRegion JP", r.Problem);
    }

    [Theory]
    [InlineData("06 6982 1234", "an IT number")]
    [InlineData("01 42 68 53 00", "an FR number")]
    [InlineData("020 7946 0958", "a GB number")]
    [InlineData("(650) 555-0142", "a US number")]
    public void The_region_hint_reads_right(string input, string expected) => Assert.Contains("looks like " + expected, NoRegion.Normalize(input).Problem);
}
