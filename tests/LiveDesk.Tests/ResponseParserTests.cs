using LiveDesk.Errors;
using LiveDesk.Protocol;
using Xunit;

namespace LiveDesk.Tests;

public class ResponseParserTests
{
    // The 200 response from /work/shared/api/livedesk-api.md, verbatim.
    internal const string DocumentedCreate = """
        { "payload": {
            "contact": {
              "additional_attributes": {}, "availability_status": "offline", "email": null,
              "id": 2219259, "name": "Test", "phone_number": null, "blocked": false,
              "identifier": null, "thumbnail": "", "custom_attributes": {},
              "created_at": 1766571703, "contact_inboxes": [] },
            "contact_inbox": { "inbox": null, "source_id": null } } }
        """;

    internal const string ChatwootCreate = """
        {"payload":{"contact":{"additional_attributes":{"city":"Berlin"},"availability_status":"offline","email":"alice@example.com",
        "id":"17","name":"Alice","phone_number":"+4915112345678","blocked":"true","identifier":"u-1","thumbnail":"https://t/x.png",
        "custom_attributes":{"tier":"gold","n":3,"f":1.5,"ok":true,"list":[1,"a",null],"obj":{"K":"v"}},
        "created_at":"1766571703","last_activity_at":null,"unknown_new_field":{"x":[1,2,{"y":null}]},
        "contact_inboxes":[{"source_id":"old","inbox":{"id":12,"name":"Old"}}]},
        "contact_inbox":{"source_id":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","inbox":{"id":407,"name":"API Inbox","channel_type":"Channel::Api"}},
        "extra":"ignored"}}
        """;

    [Fact]
    public void Documented_create_response_parses()
    {
        var c = ResponseParser.ParseCreated(DocumentedCreate);
        Assert.Equal(2219259, c.Id);
        Assert.Equal("Test", c.Name);
        Assert.Null(c.Email);
        Assert.Null(c.PhoneNumber);
        Assert.Null(c.Identifier);
        Assert.Equal("", c.Thumbnail);
        Assert.Equal("offline", c.AvailabilityStatus);
        Assert.False(c.Blocked);
        Assert.Empty(c.AdditionalAttributes);
        Assert.Empty(c.CustomAttributes);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1766571703), c.CreatedAt);
        Assert.Null(c.LastActivityAt);
        Assert.Empty(c.ContactInboxes);
        Assert.Null(c.SourceId);
        Assert.Null(c.InboxId);
        Assert.Null(c.Outcome);
    }

    [Fact]
    public void Tolerant_create_response_parses()
    {
        var c = ResponseParser.ParseCreated(ChatwootCreate);
        Assert.Equal(17, c.Id);
        Assert.Equal("alice@example.com", c.Email);
        Assert.Equal("+4915112345678", c.PhoneNumber);
        Assert.Equal("u-1", c.Identifier);
        Assert.True(c.Blocked);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1766571703), c.CreatedAt);
        Assert.Equal("Berlin", c.AdditionalAttributes["city"]);
        Assert.Equal("Berlin", c.AdditionalAttributes["CITY"]); // case-insensitive like PowerShell
        Assert.Equal("gold", c.CustomAttributes["tier"]);
        Assert.Equal(3.0, Convert.ToDouble(c.CustomAttributes["n"])); // the type: see Large_whole_numbers_in_custom_attributes_keep_every_digit
        Assert.Equal(1.5, c.CustomAttributes["f"]);
        Assert.Equal(true, c.CustomAttributes["ok"]);
        Assert.Equal(new object?[] { 1.0, "a", null }.Select(o => o?.ToString()), ((object?[])c.CustomAttributes["list"]!).Select(o => o?.ToString()));
        Assert.Equal("v", ((System.Collections.Hashtable)c.CustomAttributes["obj"]!)["k"]);
        // payload.contact_inbox (the inbox just created in) wins over contact_inboxes[0]
        Assert.Equal("3f2504e0-4f89-11d3-9a0c-0305e82c3301", c.SourceId);
        Assert.Equal(407, c.InboxId);
        Assert.Single(c.ContactInboxes);
        Assert.Equal(12, c.ContactInboxes[0].InboxId);
        Assert.Equal("Old", c.ContactInboxes[0].InboxName);
    }

    [Theory]
    [InlineData("""{"id":5}""", 5)]
    [InlineData("""{"id":"5"}""", 5)]
    [InlineData("""{"id":5.0}""", 5)]
    [InlineData("""{"id":"9223372036854775807"}""", long.MaxValue)]
    public void Id_as_number_or_numeric_string(string contact, long expected)
    {
        Assert.Equal(expected, ResponseParser.ParseCreated($"{{\"payload\":{{\"contact\":{contact}}}}}").Id);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("\"true\"", true)]
    [InlineData("\"False\"", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("null", false)]
    public void Blocked_variants(string json, bool expected)
    {
        Assert.Equal(expected, ResponseParser.ParseSingle($"{{\"id\":1,\"blocked\":{json}}}").Blocked);
    }

    [Theory]
    [InlineData("1766571703", 1766571703_000L)]
    [InlineData("\"1766571703\"", 1766571703_000L)]
    [InlineData("1766571703.5", 1766571703_500L)]
    [InlineData("\"2025-12-24T10:21:43Z\"", 1766571703_000L)]
    [InlineData("0", 0L)]
    public void Created_at_variants(string json, long expectedMs)
    {
        var c = ResponseParser.ParseSingle($"{{\"id\":1,\"created_at\":{json}}}");
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(expectedMs), c.CreatedAt);
    }

    [Fact]
    public void Nulls_and_missing_fields_are_empty_values()
    {
        const string allNull = """{"id":3,"name":null,"email":null,"phone_number":null,"identifier":null,"avatar_url":null,"thumbnail":null,"availability_status":null,"blocked":null,"additional_attributes":null,"custom_attributes":null,"created_at":null,"last_activity_at":null,"contact_inboxes":null}""";
        foreach (var body in new[] { allNull, """{"id":3}""", """{"id":3,"created_at":"","name":""}""" })
        {
            var c = ResponseParser.ParseSingle(body);
            Assert.Equal(3, c.Id);
            Assert.True(c.Name is null or "");
            Assert.Null(c.Email);
            Assert.False(c.Blocked);
            Assert.NotNull(c.CustomAttributes);
            Assert.Empty(c.CustomAttributes);
            Assert.NotNull(c.AdditionalAttributes);
            Assert.Null(c.CreatedAt);
            Assert.Empty(c.ContactInboxes);
        }
    }

    [Fact]
    public void Large_whole_numbers_in_custom_attributes_keep_every_digit()
    {
        var c = ResponseParser.ParseSingle("""{"id":1,"custom_attributes":{"account":12345678901234567,"n":[7]}}""");
        Assert.Equal(12345678901234567L, c.CustomAttributes["account"]);
        Assert.Equal(7L, ((object?[])c.CustomAttributes["n"]!)[0]);
    }

    [Fact]
    public void Unknown_fields_are_ignored()
    {
        var c = ResponseParser.ParseSingle("""{"future":[{"a":{"b":[1,2,3]}}],"id":8,"weird":null,"labels":["x"],"name":"N","score":1e300}""");
        Assert.Equal(8, c.Id);
        Assert.Equal("N", c.Name);
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("1")]
    public void List_page_parses_with_current_page_as_string_or_number(string currentPage)
    {
        var body = $$$"""{"meta":{"count":17,"current_page":{{{currentPage}}}},"payload":[{"id":1,"email":"a@x.io"},{"id":"2","name":"B","contact_inboxes":[{"source_id":"s","inbox":{"id":407}}]}]}""";
        var page = ResponseParser.ParsePage(body);
        Assert.Equal(17, page.TotalCount);
        Assert.Equal(new long[] { 1, 2 }, page.Contacts.Select(c => c.Id).ToArray());
        Assert.Equal("a@x.io", page.Contacts[0].Email);
        Assert.Equal(407, page.Contacts[1].InboxId);
        Assert.Equal("s", page.Contacts[1].SourceId);
    }

    [Fact]
    public void List_page_without_meta_or_with_string_count()
    {
        Assert.Null(ResponseParser.ParsePage("""{"payload":[]}""").TotalCount);
        Assert.Empty(ResponseParser.ParsePage("""{"payload":[]}""").Contacts);
        Assert.Equal(4, ResponseParser.ParsePage("""{"meta":{"count":"4"},"payload":[]}""").TotalCount);
    }

    [Theory]
    [InlineData("""{"payload":{"id":11,"name":"P"}}""")]
    [InlineData("""{"payload":{"contact":{"id":11,"name":"P"}}}""")]
    [InlineData("""{"id":11,"name":"P"}""")]
    [InlineData("""{"contact":{"id":11,"name":"P"}}""")]
    public void ParseSingle_accepts_the_three_shapes(string body)
    {
        var c = ResponseParser.ParseSingle(body);
        Assert.Equal(11, c.Id);
        Assert.Equal("P", c.Name);
    }

    [Fact]
    public void ParseCreated_accepts_payload_as_the_contact()
    {
        Assert.Equal(5, ResponseParser.ParseCreated("""{"payload":{"id":5,"email":"x@y.io"}}""").Id);
    }

    // ---------------------------------------------------------------- errors

    [Fact]
    public void ParseError_reads_message_and_attributes()
    {
        var e = ResponseParser.ParseError("""{"message":"Email has already been taken, Phone number has already been taken","attributes":["email","phone_number"]}""", "application/json");
        Assert.Equal("Email has already been taken, Phone number has already been taken", e.Message);
        Assert.Equal(new[] { "email", "phone_number" }, e.InvalidFields);
        Assert.True(e.IsAlreadyTaken);
        Assert.Equal(new[] { UniqueField.Email, UniqueField.PhoneNumber }, e.TakenFields);
        Assert.Equal("e-mail and phone number", e.DescribeTakenFields());
    }

    [Theory]
    [InlineData("""{"error":"Invalid Access Token"}""", "Invalid Access Token")]
    [InlineData("""{"errors":["You need to sign in or sign up before continuing."]}""", "You need to sign in or sign up before continuing.")]
    [InlineData("""{"errors":["a","b"]}""", "a, b")]
    [InlineData("""{"errors":[{"message":"m1"},{"error":"m2"},7]}""", "m1, m2")]
    [InlineData("""{"errors":"plain"}""", "plain")]
    [InlineData("""{"status":500,"error":"Internal Server Error"}""", "Internal Server Error")]
    [InlineData("Retry later", "Retry later")]
    [InlineData("  Bad\r\n\tGateway  ", "Bad Gateway")]
    [InlineData("", "(empty response body)")]
    [InlineData(null, "(empty response body)")]
    [InlineData("   \n", "(empty response body)")]
    [InlineData("{\"message\": \"trunc", "{\"message\": \"trunc")]
    public void ParseError_variants(string? body, string expected)
    {
        Assert.Equal(expected, ResponseParser.ParseError(body, null).Message);
    }

    [Fact]
    public void ParseError_json_without_a_message_falls_back_to_the_text()
    {
        var e = ResponseParser.ParseError("""{"code":17}""", "application/json");
        Assert.Equal("""{"code":17}""", e.Message);
    }

    [Fact]
    public void ParseError_turns_a_proxy_html_page_into_short_text()
    {
        var html = "<!DOCTYPE html>\r\n<html><head><title>502 Bad Gateway</title><style>body{color:red}</style>"
            + "<script>var secretToken='abc';</script></head>\r\n<body><center><h1>502 Bad Gateway</h1></center>"
            + "<p>The upstream &amp; the proxy &lt;disagree&gt;.</p>" + string.Concat(Enumerable.Repeat("<p>filler text</p>", 100))
            + "<hr><center>nginx/1.25</center></body></html>";
        var e = ResponseParser.ParseError(html, "text/html");
        Assert.Contains("502 Bad Gateway", e.Message);
        Assert.Contains("The upstream & the proxy <disagree>.", e.Message);
        Assert.DoesNotContain("<h1>", e.Message);
        Assert.DoesNotContain("<p>", e.Message);
        Assert.DoesNotContain("secretToken", e.Message);
        Assert.DoesNotContain("color:red", e.Message);
        Assert.DoesNotContain("\n", e.Message);
        Assert.DoesNotContain("  ", e.Message);
        Assert.True(e.Message.Length <= 200, e.Message.Length.ToString());
        Assert.EndsWith("...", e.Message);
    }

    [Fact]
    public void ParseError_title_only_once_when_the_body_repeats_it()
    {
        var e = ResponseParser.ParseError("<html><head><title>500 Internal Server Error</title></head><body><h1>500 Internal Server Error</h1><hr>nginx</body></html>", "text/html");
        Assert.Equal("500 Internal Server Error nginx", e.Message);
    }

    [Fact]
    public void ParseError_html_without_content_type()
    {
        var e = ResponseParser.ParseError("<html><body><b>Service</b> Unavailable</body></html>", null);
        Assert.Equal("Service Unavailable", e.Message);
    }

    [Fact]
    public void ParseError_long_text_is_cut()
    {
        var e = ResponseParser.ParseError(new string('x', 5000), "text/plain");
        Assert.Equal(200, e.Message.Length);
        Assert.EndsWith("...", e.Message);
    }

    // Regression candidates: ParseError must never throw, whatever the JSON types.
    [Theory]
    [InlineData("""{"message":{"text":"nested"}}""")]
    [InlineData("""{"message":["a","b"]}""")]
    [InlineData("""{"error":{"code":1}}""")]
    [InlineData("""{"errors":[{"message":{"x":1}}]}""")]
    [InlineData("""{"message":null,"error":[1]}""")]
    public void ParseError_never_throws_on_odd_json_types(string body)
    {
        var e = ResponseParser.ParseError(body, "application/json");
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u0001\u0002")]
    [InlineData("<html><head><title></title></head><body><script>x</script></body></html>")]
    public void ParseError_message_is_never_empty(string body)
    {
        foreach (var contentType in new[] { null, "text/plain", "text/html" })
        {
            Assert.False(string.IsNullOrWhiteSpace(ResponseParser.ParseError(body, contentType).Message));
        }
    }

    [Fact]
    public void An_escaped_lone_surrogate_in_an_error_body_does_not_throw()
    {
        // valid JSON text (plain ASCII on the wire), but not a valid UTF-16 string once unescaped
        // The error's own text cannot be read, so the body itself is the message.
        var e = ResponseParser.ParseError("{\"error\":\"\\uD800\"}", "application/json");
        Assert.Equal("{\"error\":\"\\uD800\"}", e.Message);
        // A contact whose name cannot be a .NET string is not silently given another name.
        var ex = Assert.Throws<LiveDeskResponseException>(() => ResponseParser.ParseCreated("{\"payload\":{\"contact\":{\"id\":1,\"name\":\"\\uD800\"}}}"));
        Assert.StartsWith("The response has an unexpected shape:", ex.Message);
    }

    [Fact]
    public void A_raw_lone_surrogate_in_the_body_is_a_response_exception()
    {
        const string body = "{\"payload\":{\"contact\":{\"id\":1,\"name\":\"a\uD800b\"}}}";
        var ex = Record.Exception(() => ResponseParser.ParseCreated(body));
        Assert.IsType<LiveDeskResponseException>(ex);
        Assert.NotNull(ResponseParser.ParseError(body, "application/json").Message);
    }

    // ---------------------------------------------------------------- malformed success bodies

    public static TheoryData<string?, string> Malformed() => new()
    {
        { "<html><body>Welcome to nginx!</body></html>", "not valid JSON" },
        { """{"payload":{"contact":{"id":1,"name":"tr""", "not valid JSON" },
        { """{"payload":{"contact":{"id":1""", "not valid JSON" },
        { "", "empty" },
        { "   ", "empty" },
        { null, "empty" },
        { "[]", "not a JSON object" },
        { "\"text\"", "not a JSON object" },
        { "42", "not a JSON object" },
        { """{"payload":{"contact":{"id":"abc"}}}""", "'id'" },
        { """{"payload":{"contact":{"id":1.5}}}""", "'id'" },
        { """{"payload":{"contact":{"id":true}}}""", "'id'" },
        { """{"payload":{"contact":{"name":"no id"}}}""", "'id'" },
        { """{"payload":{"contact":{"id":1,"additional_attributes":[1]}}}""", "'additional_attributes'" },
        { """{"payload":{"contact":{"id":1,"custom_attributes":"x"}}}""", "'custom_attributes'" },
        { """{"payload":{"contact":{"id":1,"name":{"first":"A"}}}}""", "'name'" },
        { """{"payload":{"contact":{"id":1,"blocked":"maybe"}}}""", "'blocked'" },
        { """{"payload":{"contact":{"id":1,"created_at":"yesterday"}}}""", "'created_at'" },
        { """{"payload":{"contact":{"id":1,"created_at":1e20}}}""", "'created_at'" },
        { """{"payload":{"contact":{"id":1,"created_at":[1]}}}""", "'created_at'" },
        { """{"payload":{"contact":{"id":1,"contact_inboxes":[{"source_id":{"a":1}}]}}}""", "'source_id'" },
        { """{"payload":{"contact":{"id":1},"contact_inbox":{"inbox":{"id":"x"}}}}""", "'id'" },
        { """{"payload":null}""", "'payload'" },
        { """{"nothing":1}""", "'payload'" },
        { """{"payload":[]}""", "'payload.contact'" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_create_bodies_throw_a_clear_response_exception(string? body, string fragment)
    {
        var ex = Assert.Throws<LiveDeskResponseException>(() => ResponseParser.ParseCreated(body!));
        Assert.Contains(fragment, ex.Message);
        Assert.True(ex.Message.Length < 300, ex.Message);
    }

    [Theory]
    [InlineData("""{"payload":{"x":1}}""", "'payload' is not a list")]
    [InlineData("""{"payload":[1]}""", "not a contact")]
    [InlineData("""{"payload":[{"id":"x"}]}""", "'id'")]
    [InlineData("""{"meta":{"count":"many"},"payload":[]}""", "'count'")]
    [InlineData("<html>", "not valid JSON")]
    public void Malformed_pages_throw_a_clear_response_exception(string body, string fragment)
    {
        var ex = Assert.Throws<LiveDeskResponseException>(() => ResponseParser.ParsePage(body));
        Assert.Contains(fragment, ex.Message);
    }

    [Theory]
    [InlineData("""{"payload":[{"id":1}]}""")]
    [InlineData("""{"payload":{"name":"x"}}""")]
    [InlineData("""{}""")]
    [InlineData("""{"payload":"x"}""")]
    public void ParseSingle_without_a_contact_throws(string body)
    {
        var ex = Assert.Throws<LiveDeskResponseException>(() => ResponseParser.ParseSingle(body));
        Assert.Contains("does not describe a contact", ex.Message);
    }

    [Fact]
    public void Id_just_beyond_long_range_is_rejected_not_wrapped()
    {
        // 2^63 does not fit a long; it must not come back as long.MinValue or long.MaxValue.
        foreach (var id in new[] { "9223372036854775808", "-9223372036854775809", "1e19", "-1e19" })
        {
            var ex = Assert.Throws<LiveDeskResponseException>(() => ResponseParser.ParseSingle($$"""{"id":{{id}}}"""));
            Assert.Contains("'id' is not a whole number", ex.Message);
        }
        Assert.Equal(long.MinValue, ResponseParser.ParseSingle("""{"id":-9223372036854775808}""").Id);
    }

    [Fact]
    public void Excerpt_in_the_message_is_short_and_has_no_control_characters()
    {
        var ex = Assert.Throws<LiveDeskResponseException>(() => ResponseParser.ParseCreated("<html>\r\n" + new string('y', 5000)));
        Assert.True(ex.Message.Length < 150, ex.Message);
        Assert.DoesNotContain("\r", ex.Message);
        Assert.DoesNotContain("\n", ex.Message);
    }
}
