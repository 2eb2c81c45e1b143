using LiveDesk.Contacts;
using LiveDesk.Errors;
using LiveDesk.Models;
using Xunit;

namespace LiveDesk.Tests;

public class ContactValidatorTests
{
    private static readonly string S255 = new('n', 255);
    private static readonly string S256 = new('n', 256);
    private static readonly string Email255 = new string('a', 255 - "@example.com".Length) + "@example.com";
    private static readonly string Email256 = new string('a', 256 - "@example.com".Length) + "@example.com";
    private static readonly string Url255 = "https://example.com/" + new string('p', 255 - "https://example.com/".Length);
    private static readonly string Url256 = "https://example.com/" + new string('p', 256 - "https://example.com/".Length);

    // field, value, expected ErrorId (null = valid), expected normalized value (for valid rows), hint fragment
    public static TheoryData<string, string?, string?, string?, string?> Table() => new()
    {
        // e-mail
        { "Email", "alice@example.com", null, "alice@example.com", null },
        { "Email", "Alice.O'Hara+tag@sub.example.co.uk", null, "Alice.O'Hara+tag@sub.example.co.uk", null },
        { "Email", "alice@example", ErrorIds.InvalidEmail, null, "not an e-mail address" },
        { "Email", "alice", ErrorIds.InvalidEmail, null, null },
        { "Email", "alice@@example.com", ErrorIds.InvalidEmail, null, null },
        { "Email", "al ice@example.com", ErrorIds.InvalidEmail, null, null },
        { "Email", "@example.com", ErrorIds.InvalidEmail, null, null },
        { "Email", "alice@.com", ErrorIds.InvalidEmail, null, null },
        { "Email", "alice@example.com.", ErrorIds.InvalidEmail, null, null },
        { "Email", "alice@exa mple.com", ErrorIds.InvalidEmail, null, null },
        { "Email", Email255, null, Email255, null },
        { "Email", Email256, ErrorIds.ValueTooLong, null, "256" },
        // phone
        { "PhoneNumber", "+4915112345678", null, "+4915112345678", null },
        { "PhoneNumber", "+49 151 1234-5678", null, "+4915112345678", null },
        { "PhoneNumber", "+1 (555) 010.0199", null, "+15550100199", null },
        { "PhoneNumber", "+49\u00A0151\u00A012345678", null, "+4915112345678", null },
        { "PhoneNumber", "+12", null, "+12", null },
        { "PhoneNumber", "+123456789012345", null, "+123456789012345", null },
        { "PhoneNumber", "015112345678", ErrorIds.InvalidPhoneNumber, null, "leading +" },
        { "PhoneNumber", "4915112345678", ErrorIds.InvalidPhoneNumber, null, "leading +" },
        { "PhoneNumber", "0151 1234 5678", ErrorIds.InvalidPhoneNumber, null, "leading +" },
        { "PhoneNumber", "004915112345678", ErrorIds.InvalidPhoneNumber, null, "00 as +" },
        { "PhoneNumber", "0049 151 1234-5678", ErrorIds.InvalidPhoneNumber, null, "00 as +" },
        { "PhoneNumber", "+49 151 CALL-ME", ErrorIds.InvalidPhoneNumber, null, "E.164" },
        { "PhoneNumber", "+49151abc5678", ErrorIds.InvalidPhoneNumber, null, null },
        { "PhoneNumber", "+1234567890123456", ErrorIds.InvalidPhoneNumber, null, "2 to 15 digits" },
        { "PhoneNumber", "+1", ErrorIds.InvalidPhoneNumber, null, null },
        { "PhoneNumber", "+0123456789", ErrorIds.InvalidPhoneNumber, null, null },
        { "PhoneNumber", "+49/151/12345678", ErrorIds.InvalidPhoneNumber, null, null },
        { "PhoneNumber", "+" + new string('1', 255), ErrorIds.ValueTooLong, null, "PhoneNumber" },
        // avatar
        { "AvatarUrl", "https://cdn.example.com/a.png", null, "https://cdn.example.com/a.png", null },
        { "AvatarUrl", "http://example.com/a.png?x=1", null, "http://example.com/a.png?x=1", null },
        { "AvatarUrl", "ftp://x", ErrorIds.InvalidAvatarUrl, null, "http or https" },
        { "AvatarUrl", "/a.png", ErrorIds.InvalidAvatarUrl, null, null },
        { "AvatarUrl", "a.png", ErrorIds.InvalidAvatarUrl, null, null },
        { "AvatarUrl", "example.com/a.png", ErrorIds.InvalidAvatarUrl, null, null },
        { "AvatarUrl", "javascript:alert(1)", ErrorIds.InvalidAvatarUrl, null, null },
        { "AvatarUrl", "file:///etc/passwd", ErrorIds.InvalidAvatarUrl, null, null },
        { "AvatarUrl", Url255, null, Url255, null },
        { "AvatarUrl", Url256, ErrorIds.ValueTooLong, null, "AvatarUrl" },
        // name and identifier: anything up to 255
        { "Name", S255, null, S255, null },
        { "Name", S256, ErrorIds.ValueTooLong, null, "at most 255" },
        { "Name", "Zoë 李小龙 😀", null, "Zoë 李小龙 😀", null },
        { "Identifier", S255, null, S255, null },
        { "Identifier", S256, ErrorIds.ValueTooLong, null, "Identifier" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Validate_field(string field, string? value, string? expectedError, string? expectedValue, string? hint)
    {
        var fields = new ContactFields { InboxId = 407 };
        Set(fields, field, value);

        var error = ContactValidator.Validate(fields, requireInbox: true);

        if (expectedError == null)
        {
            Assert.Null(error);
            Assert.Equal(expectedValue, Get(fields, field));
        }
        else
        {
            Assert.NotNull(error);
            Assert.Equal(expectedError, error!.ErrorId);
            Assert.Equal(LiveDeskErrorKind.InvalidArgument, error.Kind);
            Assert.False(error.Fatal);
            if (hint != null) Assert.Contains(hint, error.Message);
            // an invalid value is reported as given, not half-normalized
            Assert.Equal(value, Get(fields, field));
        }
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    [InlineData(null)]
    public void Inbox_id_must_be_positive(long? inbox)
    {
        var error = ContactValidator.Validate(new ContactFields { InboxId = inbox, Name = "A" }, requireInbox: true);
        Assert.NotNull(error);
        Assert.Equal(ErrorIds.InvalidInboxId, error!.ErrorId);
    }

    [Fact]
    public void Inbox_id_is_not_required_for_updates_and_positive_ids_pass()
    {
        Assert.Null(ContactValidator.Validate(new ContactFields { Name = "A" }, requireInbox: false));
        Assert.Null(ContactValidator.Validate(new ContactFields { InboxId = 1, Name = "A" }, requireInbox: true));
        Assert.Null(ContactValidator.Validate(new ContactFields { InboxId = long.MaxValue }, requireInbox: true));
    }

    [Fact]
    public void Inbox_error_comes_before_field_errors()
    {
        var error = ContactValidator.Validate(new ContactFields { InboxId = 0, Email = "bad" }, requireInbox: true);
        Assert.Equal(ErrorIds.InvalidInboxId, error!.ErrorId);
    }

    [Fact]
    public void Phone_hint_for_a_national_number_mentions_the_plus()
    {
        var error = ContactValidator.Validate(new ContactFields { InboxId = 1, PhoneNumber = "015112345678" }, true)!;
        Assert.Contains("+", error.Message);
        Assert.Contains("015112345678", error.Message);
        Assert.Contains("+4915112345678", error.Message);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("\t\r\n ", null)]
    [InlineData("\u00A0\u2003", null)]
    [InlineData("  a b  ", "a b")]
    [InlineData("x", "x")]
    [InlineData("\tAlice Example\n", "Alice Example")]
    public void Clean_trims_and_maps_blank_to_null(string? input, string? expected)
    {
        Assert.Equal(expected, ContactValidator.Clean(input));
    }

    [Fact]
    public void NormalizePhoneNumber_leaves_invalid_input_unchanged()
    {
        Assert.Equal("0151 1234", ContactValidator.NormalizePhoneNumber("0151 1234"));
        Assert.Equal("+4915112345678", ContactValidator.NormalizePhoneNumber("+49 (151) 1234.5678"));
    }

    private static void Set(ContactFields f, string field, string? value)
    {
        switch (field)
        {
            case "Name": f.Name = value; break;
            case "Email": f.Email = value; break;
            case "PhoneNumber": f.PhoneNumber = value; break;
            case "AvatarUrl": f.AvatarUrl = value; break;
            case "Identifier": f.Identifier = value; break;
            default: throw new ArgumentException(field);
        }
    }

    private static string? Get(ContactFields f, string field) => field switch
    {
        "Name" => f.Name,
        "Email" => f.Email,
        "PhoneNumber" => f.PhoneNumber,
        "AvatarUrl" => f.AvatarUrl,
        "Identifier" => f.Identifier,
        _ => throw new ArgumentException(field),
    };

    [Fact]
    public void Length_counts_characters_not_utf16_units()
    {
        // 255 emoji are 510 UTF-16 units but 255 characters, which LiveDesk accepts; 256 are one too many.
        var ok = new ContactFields { InboxId = 407, Name = string.Concat(Enumerable.Repeat("\U0001F600", 255)) };
        Assert.Null(ContactValidator.Validate(ok, requireInbox: true));
        var tooLong = new ContactFields { InboxId = 407, Name = string.Concat(Enumerable.Repeat("\U0001F600", 256)) };
        var error = ContactValidator.Validate(tooLong, requireInbox: true);
        Assert.Equal(ErrorIds.ValueTooLong, error?.ErrorId);
        Assert.Contains("256 characters", error!.Message);
    }
}
