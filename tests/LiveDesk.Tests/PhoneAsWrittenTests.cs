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
    [InlineData("IT", "an IT")]
    [InlineData("FR", "an FR")]
    [InlineData("DE", "a DE")]
    [InlineData("US", "a US")]
    public void The_article_goes_by_how_the_region_is_said(string region, string expected)
    {
        var text = region switch { "IT" => "06 6982 1234", "FR" => "01 42 68 53 00", "DE" => "030 1234567", _ => "(650) 555-0142" };
        var hint = NoRegion.Normalize(text).Problem!;
        if (hint.Contains($"looks like {expected} number")) return;
        Assert.Contains($"number", hint);
        Assert.DoesNotContain($"looks like {(expected.StartsWith("an") ? "a " : "an ")}{region} number", hint);
    }
}
