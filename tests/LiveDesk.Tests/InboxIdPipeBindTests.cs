using LiveDesk.Parameters;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>-InboxId's bound argument carries the user's value itself: the number read from it, and the text as given.</summary>
public class InboxIdPipeBindTests
{
    [Theory]
    [InlineData(" 407 ", 407L)]
    [InlineData("407", 407L)]
    [InlineData(407L, 407L)]
    [InlineData(407, 407L)]
    [InlineData(407.0, 407L)]
    [InlineData("0", 0L)]
    public void Reads_whole_numbers_and_their_text(object given, long expected) =>
        Assert.Equal(expected, new InboxIdPipeBind(given).Id);

    [Theory]
    [InlineData("abc", "abc")]
    [InlineData("", "")]
    [InlineData("40 7", "40 7")]
    [InlineData(3.5, "3.5")]
    [InlineData("99999999999999999999", "99999999999999999999")]
    public void Keeps_the_text_of_a_value_that_is_no_inbox_id(object given, string text)
    {
        var bound = new InboxIdPipeBind(given);
        Assert.Null(bound.Id);
        Assert.Equal(text, bound.Text);
        Assert.Equal(text, bound.ToString());
    }

    [Fact]
    public void Two_values_bound_one_after_the_other_keep_their_own_text()
    {
        // The thread-static channel this replaces handed the last rejected text to whichever row read it next.
        var first = new InboxIdPipeBind("first?");
        var second = new InboxIdPipeBind("408");
        Assert.Equal("first?", first.Text);
        Assert.Equal(408L, second.Id);
        Assert.Equal("408", second.Text);
    }
}
