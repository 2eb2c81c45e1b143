using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>Blind set unseen366: a user table whose names are only in a JSON column of metadata (Supabase's auth.users).</summary>
public class MetadataNamesTests
{
    [Fact]
    public void The_name_members_of_a_metadata_column_name_the_rows_that_have_them()
    {
        var header = new[] { "id", "email", "raw_app_meta_data", "raw_user_meta_data", "phone" };
        var rows = ReadFile.Rows("DE", header,
            new object?[] { "3f6c2a1e", "lena.hoffmann@example.de", "{\"provider\":\"email\"}", "{\"full_name\":\"Lena Hoffmann\"}", "" },
            new object?[] { "8a1d4e7b", "", "{\"provider\":\"phone\"}", "{}", "4917612345678" },
            new object?[] { "c52e9f30", "marie@example.de", "{\"provider\":\"email\"}", "{\"first_name\":\"Marie\",\"last_name\":\"Schulz\"}", "" },
            new object?[] { "d61f0a41", "jonas@example.de", "{\"provider\":\"google\"}", "{\"displayName\":\"Jonas Becker\",\"avatar_url\":\"https://x.example/a.png\"}", "" });
        Assert.Equal("Lena Hoffmann", rows[0].Fields.Name);
        Assert.Null(rows[1].Fields.Name);
        Assert.Equal("Marie Schulz", rows[2].Fields.Name);
        Assert.Equal("Jonas Becker", rows[3].Fields.Name);
    }

    [Theory]
    [InlineData("{\"full_name\":\"Lena Hoffmann\"}", "Lena Hoffmann")]
    [InlineData("{\"firstName\":\"Marie\",\"lastName\":\"Schulz\"}", "Marie Schulz")]
    [InlineData("{\"given_name\":\"Ana\"}", "Ana")]
    [InlineData("{\"name\":\"pro plan\"}", null)]
    [InlineData("{\"full_name\":{\"x\":1}}", null)]
    [InlineData("[\"Lena Hoffmann\"]", null)]
    [InlineData("{not json", null)]
    public void Only_a_persons_name_members_count(string json, string? expected) =>
        Assert.Equal(expected, StructuredCell.PersonName(json));

    [Fact]
    public void A_file_with_a_name_column_keeps_it()
    {
        var rows = ReadFile.Rows("DE", new[] { "name", "email", "user_metadata" },
            new object?[] { "Anna Berg", "anna@example.de", "{\"full_name\":\"Someone Else\"}" },
            new object?[] { "Tom Kurz", "tom@example.de", "{\"full_name\":\"Another One\"}" });
        Assert.Equal("Anna Berg", rows[0].Fields.Name);
    }
}
