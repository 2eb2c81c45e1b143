using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>
/// A header that is a label with its gloss (a translated label beside the program's own field key, or a translation in
/// brackets) says what its recognised part says; and an own id left empty in some rows gives way to the record's key
/// filled in every row.
/// </summary>
public class GlossedHeaderTests
{
    [Theory]
    // Kolibri's user export in its locales: the label, then the field key in parentheses.
    [InlineData("Jina kamili (FULL_NAME)", "Name")]
    [InlineData("पूरा नाम (FULL_NAME)", "Name")]
    [InlineData("پورا نام (FULL_NAME)", "Name")]
    [InlineData("အမည်အပြည့်အစုံ (FULL_NAME)", "Name")]
    // Relatives: other brackets, the gloss first, a translation rather than a key.
    [InlineData("Barua pepe [Email]", "Email")]
    [InlineData("(PHONE) Nambari ya simu", "PhoneNumber")]
    [InlineData("電話番号（TEL）", "PhoneNumber")]
    [InlineData("Kampuni (Company)", "Company")]
    [InlineData("Mji (City)", "City")]
    public void A_label_with_a_gloss_is_read_by_the_part_recognised(string header, string field)
    {
        var map = ColumnMap.Build(new[] { header, "x" });
        Assert.Equal(new[] { header }, Order(map, Enum.Parse<ContactField>(field)));
    }

    [Theory]
    // The parts disagree: nothing is guessed.
    [InlineData("Email (Phone)")]
    // A part about someone else makes the column someone else's.
    [InlineData("Simu ya meneja (Manager Phone)")]
    // A part the table ignores (a password) makes the column ignored.
    [InlineData("Nenosiri (PASSWORD)")]
    public void A_gloss_that_disagrees_or_points_elsewhere_fills_nothing(string header)
    {
        var map = ColumnMap.Build(new[] { header, "Email" });
        foreach (var field in new[] { ContactField.Name, ContactField.PhoneNumber, ContactField.Identifier, ContactField.Company })
            Assert.DoesNotContain(header, Order(map, field));
    }

    [Fact]
    public void An_id_named_in_a_gloss_is_no_vendors_key()
    {
        // "Kitambulisho" is an unknown word next to the gloss "IDENTIFIER": the column is an own id, not "<vendor> ID", and
        // an own id comes before the record's bare key.
        var map = ColumnMap.Build(new[] { "Id", "Kitambulisho (IDENTIFIER)", "Jina kamili (FULL_NAME)" });
        Assert.Equal(new[] { "Kitambulisho (IDENTIFIER)" }, Order(map, ContactField.Identifier));
    }

    [Fact]
    public void An_own_id_empty_in_some_rows_gives_way_to_the_records_key()
    {
        string[] headers = { "Kitambulisho cha Hifadhidata (UUID)", "Kitambulisho (IDENTIFIER)", "Jina kamili (FULL_NAME)" };
        var sparse = Read(headers,
            new object?[] { "3e4f5a6b7c8d49e0a1b2c3d4e5f60718", "'-0042", "Neema Mwakalinga" },
            new object?[] { "8f9e0d1c2b3a44f5a6b7c8d9e0f1a2b3", "0043", "Juma Hassani" },
            new object?[] { "4a5b6c7d8e9f40a1b2c3d4e5f6a7b8c9", "", "Amani Kimaro" });
        Assert.Equal(new[] { headers[0] }, Order(sparse, ContactField.Identifier));
        // Filled in every row, the own id stays the key.
        var full = Read(headers,
            new object?[] { "3e4f5a6b7c8d49e0a1b2c3d4e5f60718", "S-42", "Neema Mwakalinga" },
            new object?[] { "8f9e0d1c2b3a44f5a6b7c8d9e0f1a2b3", "S-43", "Juma Hassani" });
        Assert.Equal(new[] { headers[1] }, Order(full, ContactField.Identifier));
    }

    [Fact]
    public void Only_the_records_key_replaces_an_own_id_not_a_login()
    {
        // Oracle Identity: External Id and Employee Number left empty for some users, the user name filled for all. A login
        // is a weaker key than an own id, even where that is empty.
        string[] headers = { "User Name", "External Id", "Employee Number", "Display Name" };
        var map = Read(headers,
            new object?[] { "liam.nguyen", "EXT-4411", "100234", "Liam Nguyen" },
            new object?[] { "chloe.martin", "", "100240", "Chloe Martin" },
            new object?[] { "noah.williams", "", "", "Noah Williams" });
        Assert.DoesNotContain("User Name", Order(map, ContactField.Identifier));
    }

    [Fact]
    public void A_column_named_Identifier_stays_the_key_however_sparse()
    {
        string[] headers = { "Id", "Identifier", "Name" };
        var map = Read(headers, new object?[] { "1", "A-1", "Ann" }, new object?[] { "2", "", "Bob" });
        Assert.Equal(new[] { "Identifier" }, Order(map, ContactField.Identifier));
    }
}
