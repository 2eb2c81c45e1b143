using System.Text.Json;

namespace LiveDesk.Sandbox.Tests;

/// <summary>POST /api/v2/accounts/contacts: every row of the contract table.</summary>
public class CreateContactTests
{
    private static string[] Names(JsonElement e) => e.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Success_returns_exactly_the_documented_shape()
    {
        await using var s = await Sandbox.StartAsync();
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var r = await s.CreateAsync("""
            {"inbox_id":407,"name":"Test","email":"Alice@Acme.Inc","phone_number":"+4915112345678",
             "avatar_url":"https://example.com/avatar.png","identifier":"1234567890"}
            """);
        var after = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        Assert.Equal(200, r.Code);
        Assert.Equal("application/json", r.MediaType);
        var root = r.Json;
        Assert.Equal(new[] { "payload" }, Names(root));
        var payload = root.GetProperty("payload");
        Assert.Equal(new[] { "contact", "contact_inbox" }, Names(payload));

        var c = payload.GetProperty("contact");
        Assert.Equal(
            new[] { "additional_attributes", "availability_status", "blocked", "contact_inboxes", "created_at", "custom_attributes", "email", "id", "identifier", "last_activity_at", "name", "phone_number", "thumbnail" },
            Names(c));
        Assert.Equal(JsonValueKind.Number, c.GetProperty("id").ValueKind);
        Assert.Equal(1, c.GetProperty("id").GetInt64());
        Assert.Equal("Test", c.GetProperty("name").GetString());
        Assert.Equal("alice@acme.inc", c.GetProperty("email").GetString());
        Assert.Equal("+4915112345678", c.GetProperty("phone_number").GetString());
        Assert.Equal("1234567890", c.GetProperty("identifier").GetString());
        Assert.Equal("", c.GetProperty("thumbnail").GetString());
        Assert.Equal("offline", c.GetProperty("availability_status").GetString());
        Assert.Equal(JsonValueKind.False, c.GetProperty("blocked").ValueKind);
        Assert.Equal(JsonValueKind.Object, c.GetProperty("additional_attributes").ValueKind);
        Assert.Empty(c.GetProperty("additional_attributes").EnumerateObject());
        Assert.Empty(c.GetProperty("custom_attributes").EnumerateObject());
        Assert.Equal(JsonValueKind.Null, c.GetProperty("last_activity_at").ValueKind);
        Assert.Equal(JsonValueKind.Number, c.GetProperty("created_at").ValueKind);
        Assert.InRange(c.GetProperty("created_at").GetInt64(), before, after);

        var ci = payload.GetProperty("contact_inbox");
        Assert.Equal(new[] { "inbox", "source_id" }, Names(ci));
        var sourceId = ci.GetProperty("source_id").GetString();
        Assert.True(Guid.TryParseExact(sourceId, "D", out _), $"source_id '{sourceId}' is not a UUID");
        var inbox = ci.GetProperty("inbox");
        Assert.Equal(JsonValueKind.Object, inbox.ValueKind);
        Assert.Equal(407, inbox.GetProperty("id").GetInt64());
        Assert.Equal("Channel::Api", inbox.GetProperty("channel_type").GetString());
        Assert.False(string.IsNullOrEmpty(inbox.GetProperty("name").GetString()));

        var inboxes = c.GetProperty("contact_inboxes");
        Assert.Equal(1, inboxes.GetArrayLength());
        Assert.Equal(sourceId, inboxes[0].GetProperty("source_id").GetString());
        Assert.Equal(407, inboxes[0].GetProperty("inbox").GetProperty("id").GetInt64());

        var stored = Assert.Single(s.Server.Contacts);
        Assert.Equal(1, stored.Id);
        Assert.Equal("alice@acme.inc", stored.Email);
        Assert.Equal("https://example.com/avatar.png", stored.AvatarUrl);
        Assert.Equal(sourceId, Assert.Single(stored.ContactInboxes).SourceId);
        Assert.Equal(1, s.Server.Stats.Creates);
    }

    [Theory]
    [InlineData("407", 407)]
    [InlineData("\"407\"", 407)]
    [InlineData("408", 408)]
    [InlineData("\"408\"", 408)]
    public async Task Inbox_id_may_be_a_number_or_a_numeric_string(string inboxJson, long expected)
    {
        await using var s = await Sandbox.StartAsync(new SandboxOptions { Inboxes = new List<long> { 407, 408 } });
        var r = await s.CreateAsync($$"""{"inbox_id":{{inboxJson}},"name":"X"}""");
        Assert.Equal(200, r.Code);
        Assert.Equal(expected, r.Json.GetProperty("payload").GetProperty("contact_inbox").GetProperty("inbox").GetProperty("id").GetInt64());
        Assert.Equal(expected, Assert.Single(Assert.Single(s.Server.Contacts).ContactInboxes).InboxId);
    }

    [Fact]
    public async Task Ids_are_sequential_and_source_ids_unique()
    {
        await using var s = await Sandbox.StartAsync();
        var ids = new List<long>();
        var sources = new HashSet<string>();
        for (var i = 0; i < 3; i++)
        {
            var r = await s.CreateAsync($$"""{"inbox_id":407,"email":"u{{i}}@x.io"}""");
            Assert.Equal(200, r.Code);
            ids.Add(r.Json.GetProperty("payload").GetProperty("contact").GetProperty("id").GetInt64());
            sources.Add(r.Json.GetProperty("payload").GetProperty("contact_inbox").GetProperty("source_id").GetString()!);
        }
        Assert.Equal(new long[] { 1, 2, 3 }, ids);
        Assert.Equal(3, sources.Count);
    }

    [Fact]
    public async Task Empty_strings_are_treated_as_absent_and_unknown_fields_are_ignored()
    {
        await using var s = await Sandbox.StartAsync();
        const string body = """{"inbox_id":407,"name":"","email":"","phone_number":"","identifier":"","avatar_url":"","foo":{"bar":[1,2]},"Email":"x","labels":["a"]}""";
        var r1 = await s.CreateAsync(body);
        var r2 = await s.CreateAsync(body); // nothing unique in it: a second contact (no upsert)
        Assert.Equal(200, r1.Code);
        Assert.Equal(200, r2.Code);
        var c = r1.Json.GetProperty("payload").GetProperty("contact");
        foreach (var field in new[] { "name", "email", "phone_number", "identifier" })
            Assert.Equal(JsonValueKind.Null, c.GetProperty(field).ValueKind);
        Assert.False(c.TryGetProperty("foo", out _));
        Assert.Equal(2, s.Server.Contacts.Count);
        Assert.All(s.Server.Contacts, x => Assert.Null(x.Email));
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("a@b@c.d")]
    [InlineData("a b@c.d")]
    [InlineData("@c.d")]
    [InlineData("a@")]
    [InlineData("a@b.c\n")]
    [InlineData(" a@b.c")]
    public async Task Malformed_email_is_422(string email)
    {
        await using var s = await Sandbox.StartAsync();
        var r = await s.CreateAsync(new Dictionary<string, object> { ["inbox_id"] = 407, ["email"] = email });
        AssertValidation(r, "Email is invalid", "email");
        Assert.Empty(s.Server.Contacts);
    }

    [Theory]
    [InlineData("a@b")]
    [InlineData("First.Last+tag@sub.example.co.uk")]
    public async Task Valid_email_is_accepted(string email)
    {
        await using var s = await Sandbox.StartAsync();
        var r = await s.CreateAsync(new Dictionary<string, object> { ["inbox_id"] = 407, ["email"] = email });
        Assert.Equal(200, r.Code);
        Assert.Equal(email.ToLowerInvariant(), Assert.Single(s.Server.Contacts).Email);
    }

    [Theory]
    [InlineData("abc+4915112345678")]
    [InlineData("+4915112345678x")]
    [InlineData("4915112345678")]
    [InlineData("+04915112345678")]
    [InlineData("+1")]
    [InlineData("+1234567890123456")]
    [InlineData("+49 151 12345678")]
    [InlineData("+49-151-12345678")]
    [InlineData(" +4915112345678")]
    [InlineData("+4915112345678\n")]
    [InlineData("++4915112345678")]
    public async Task Phone_must_be_E164_anchored_at_both_ends(string phone)
    {
        await using var s = await Sandbox.StartAsync();
        var r = await s.CreateAsync(new Dictionary<string, object> { ["inbox_id"] = 407, ["phone_number"] = phone });
        AssertValidation(r, "Phone number should be in e164 format", "phone_number");
        Assert.Empty(s.Server.Contacts);
    }

    [Theory]
    [InlineData("+12")]
    [InlineData("+123456789012345")]
    [InlineData("+4915112345678")]
    public async Task Valid_phone_is_accepted(string phone)
    {
        await using var s = await Sandbox.StartAsync();
        var r = await s.CreateAsync(new Dictionary<string, object> { ["inbox_id"] = 407, ["phone_number"] = phone });
        Assert.Equal(200, r.Code);
        Assert.Equal(phone, Assert.Single(s.Server.Contacts).PhoneNumber);
    }

    [Theory]
    [InlineData("name", "Name")]
    [InlineData("email", "Email")]
    [InlineData("identifier", "Identifier")]
    [InlineData("avatar_url", "Avatar url")]
    public async Task Strings_up_to_255_characters_pass_256_is_422(string field, string label)
    {
        static string Of(string field, int length) => field == "email"
            ? new string('a', length - "@example.com".Length) + "@example.com"
            : new string('x', length);

        await using var s = await Sandbox.StartAsync();
        var ok = await s.CreateAsync(new Dictionary<string, object> { ["inbox_id"] = 407, [field] = Of(field, 255) });
        Assert.Equal(200, ok.Code);

        var tooLong = await s.CreateAsync(new Dictionary<string, object> { ["inbox_id"] = 407, [field] = Of(field, 256) });
        AssertValidation(tooLong, $"{label} is too long (maximum is 255 characters)", field);
        Assert.Single(s.Server.Contacts);
    }

    [Fact]
    public async Task Length_counts_characters_not_UTF16_units()
    {
        await using var s = await Sandbox.StartAsync();
        var emoji = string.Concat(Enumerable.Repeat("\U0001F600", 255)); // 510 UTF-16 units, 255 characters
        Assert.Equal(200, (await s.CreateAsync(new Dictionary<string, object> { ["inbox_id"] = 407, ["name"] = emoji })).Code);
        Assert.Equal(emoji, Assert.Single(s.Server.Contacts).Name);
        var r = await s.CreateAsync(new Dictionary<string, object> { ["inbox_id"] = 407, ["name"] = emoji + "\U0001F600" });
        AssertValidation(r, "Name is too long (maximum is 255 characters)", "name");
    }

    [Fact]
    public async Task Too_long_phone_reports_both_errors()
    {
        await using var s = await Sandbox.StartAsync();
        var r = await s.CreateAsync(new Dictionary<string, object> { ["inbox_id"] = 407, ["phone_number"] = "+" + new string('1', 255) });
        AssertValidation(r, "Phone number is too long (maximum is 255 characters), Phone number should be in e164 format", "phone_number");
    }

    [Fact]
    public async Task Several_validation_errors_are_joined()
    {
        await using var s = await Sandbox.StartAsync();
        var r = await s.CreateAsync("""{"inbox_id":407,"email":"bad","phone_number":"bad","name":"ok"}""");
        Assert.Equal(422, r.Code);
        Assert.Equal("Email is invalid, Phone number should be in e164 format", r.Json.GetProperty("message").GetString());
        Assert.Equal(new[] { "email", "phone_number" }, r.Json.GetProperty("attributes").EnumerateArray().Select(a => a.GetString()).ToArray());
    }

    [Theory]
    [InlineData("name", "123", "Name must be a string")]
    [InlineData("email", "true", "Email must be a string")]
    [InlineData("phone_number", "4915112345678", "Phone number must be a string")]
    [InlineData("identifier", "{\"a\":1}", "Identifier must be a string")]
    [InlineData("avatar_url", "[]", "Avatar url must be a string")]
    public async Task Non_string_values_are_422(string field, string json, string message)
    {
        await using var s = await Sandbox.StartAsync();
        var r = await s.CreateAsync($$"""{"inbox_id":407,"{{field}}":{{json}}}""");
        AssertValidation(r, message, field);
        Assert.Empty(s.Server.Contacts);
    }

    [Fact]
    public async Task Email_uniqueness_is_case_insensitive_and_email_is_stored_lower_cased()
    {
        await using var s = await Sandbox.StartAsync();
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"email":"Alice@Example.com"}""")).Code);
        var dup = await s.CreateAsync("""{"inbox_id":407,"email":"aLiCe@example.COM","name":"Other"}""");
        AssertValidation(dup, "Email has already been taken", "email");
        var stored = Assert.Single(s.Server.Contacts);
        Assert.Equal("alice@example.com", stored.Email);
        Assert.Null(stored.Name);
    }

    [Fact]
    public async Task Phone_and_identifier_must_be_unique()
    {
        await using var s = await Sandbox.StartAsync();
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"phone_number":"+4915112345678","identifier":"crm-1"}""")).Code);
        AssertValidation(await s.CreateAsync("""{"inbox_id":407,"phone_number":"+4915112345678"}"""), "Phone number has already been taken", "phone_number");
        AssertValidation(await s.CreateAsync("""{"inbox_id":407,"identifier":"crm-1"}"""), "Identifier has already been taken", "identifier");
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"identifier":"CRM-1"}""")).Code); // identifiers are case-sensitive
        Assert.Equal(2, s.Server.Contacts.Count);
    }

    [Fact]
    public async Task All_taken_fields_are_reported_together()
    {
        await using var s = await Sandbox.StartAsync();
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"email":"a@x.io","phone_number":"+4915112345678","identifier":"id-1"}""")).Code);
        var r = await s.CreateAsync("""{"inbox_id":407,"email":"A@X.IO","phone_number":"+4915112345678","identifier":"id-1"}""");
        Assert.Equal(422, r.Code);
        Assert.Equal("Email has already been taken, Phone number has already been taken, Identifier has already been taken", r.Json.GetProperty("message").GetString());
        Assert.Equal(new[] { "email", "phone_number", "identifier" }, r.Json.GetProperty("attributes").EnumerateArray().Select(a => a.GetString()).ToArray());
        Assert.Single(s.Server.Contacts);
    }

    [Theory]
    [InlineData("""{"inbox_id":999,"email":"a@x.io"}""")]
    [InlineData("""{"inbox_id":"999","email":"a@x.io"}""")]
    [InlineData("""{"inbox_id":408,"email":"a@x.io"}""")]
    [InlineData("""{"email":"a@x.io"}""")]
    [InlineData("""{"inbox_id":null,"email":"a@x.io"}""")]
    [InlineData("""{"inbox_id":"abc","email":"a@x.io"}""")]
    [InlineData("""{"inbox_id":"","email":"a@x.io"}""")]
    [InlineData("""{"inbox_id":407.5,"email":"a@x.io"}""")]
    [InlineData("""{"inbox_id":999,"email":"not an email"}""")]
    public async Task Unknown_or_missing_inbox_is_404_and_nothing_is_stored(string body)
    {
        await using var s = await Sandbox.StartAsync();
        var r = await s.CreateAsync(body);
        Assert.Equal(404, r.Code);
        Assert.Equal("application/json", r.MediaType);
        Assert.Equal("""{"error":"Resource could not be found"}""", r.Body);
        Assert.Empty(s.Server.Contacts);
        Assert.Equal(0, s.Server.Stats.Creates);
        // the e-mail is still free
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"email":"a@x.io"}""")).Code);
    }

    [Fact]
    public async Task Missing_or_malformed_credentials_are_401_sign_in()
    {
        await using var s = await Sandbox.StartAsync();
        const string signIn = """{"errors":["You need to sign in or sign up before continuing."]}""";
        const string body = """{"inbox_id":407,"email":"a@x.io"}""";

        var none = await s.CreateAsync(body, authorize: false);
        Assert.Equal(401, none.Code);
        Assert.Equal(signIn, none.Body);

        foreach (var header in new[] { "Bearer abc", "Basic !!!not-base64!!!", "Basic " + Convert.ToBase64String("no-colon"u8.ToArray()), "Basic " })
        {
            using var request = s.Request(HttpMethod.Post, Sandbox.ContactsPath, body, authorize: false);
            request.Headers.TryAddWithoutValidation("Authorization", header);
            var r = await s.SendAsync(request);
            Assert.True(r.Code == 401 && r.Body == signIn, $"{header}: {r}");
        }
        Assert.Empty(s.Server.Contacts);
    }

    [Theory]
    [InlineData("wrong-key", "sandbox-secret")]
    [InlineData("sandbox-key", "wrong-secret")]
    [InlineData("sandbox-key", "")]
    public async Task Wrong_key_or_secret_is_401_invalid_access_token(string key, string secret)
    {
        await using var s = await Sandbox.StartAsync();
        var r = await s.CreateAsync("""{"inbox_id":407,"email":"a@x.io"}""", auth: Sandbox.Basic(key, secret));
        Assert.Equal(401, r.Code);
        Assert.Equal("application/json", r.MediaType);
        Assert.Equal("""{"error":"Invalid Access Token"}""", r.Body);
        Assert.Empty(s.Server.Contacts);
    }

    [Fact]
    public async Task Custom_credentials_are_accepted()
    {
        await using var s = await Sandbox.StartAsync(new SandboxOptions { ApiKey = "k1", ApiSecret = "s:1" });
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407}""", auth: Sandbox.Basic("k1", "s:1"))).Code);
        Assert.Equal(401, (await s.CreateAsync("""{"inbox_id":407}""", auth: Sandbox.Basic("sandbox-key", "sandbox-secret"))).Code);
    }

    [Theory]
    [InlineData("""{"inbox_id":407,""", "Malformed JSON")]
    [InlineData("{\n\"inbox_id\": 407,\n\"name\": \"Test\", // Optional\n\"email\": \"alice@acme.inc\",\n}", "Malformed JSON")] // the documented curl example
    [InlineData("""{"inbox_id":407,}""", "Malformed JSON")]
    [InlineData("", "empty")]
    [InlineData("   ", "Malformed JSON")]
    [InlineData("[]", "JSON object")]
    [InlineData("""[{"inbox_id":407}]""", "JSON object")]
    [InlineData("\"text\"", "JSON object")]
    [InlineData("null", "JSON object")]
    [InlineData("407", "JSON object")]
    public async Task Malformed_or_non_object_body_is_400(string body, string expected)
    {
        await using var s = await Sandbox.StartAsync();
        var r = await s.CreateAsync(body);
        Assert.Equal(400, r.Code);
        Assert.Equal("application/json", r.MediaType);
        var error = r.Json.GetProperty("error").GetString();
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Empty(s.Server.Contacts);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/jsonx")]
    [InlineData("text/json")]
    public async Task Non_json_content_type_is_415(string contentType)
    {
        await using var s = await Sandbox.StartAsync();
        var r = await s.CreateAsync("""{"inbox_id":407}""", contentType);
        Assert.Equal(415, r.Code);
        Assert.Contains("application/json", r.Json.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(s.Server.Contacts);
    }

    [Fact]
    public async Task Missing_content_type_is_415()
    {
        await using var s = await Sandbox.StartAsync();
        using var request = s.Request(HttpMethod.Post, Sandbox.ContactsPath);
        request.Content = new ByteArrayContent("""{"inbox_id":407}"""u8.ToArray());
        Assert.Equal(415, (await s.SendAsync(request)).Code);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON")]
    [InlineData("application/json;charset=UTF-8")]
    public async Task Json_content_type_with_parameters_is_accepted(string contentType)
    {
        await using var s = await Sandbox.StartAsync();
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407}""", contentType)).Code);
    }

    internal static void AssertValidation(Reply r, string message, params string[] attributes)
    {
        Assert.True(r.Code == 422, r.ToString());
        Assert.Equal("application/json", r.MediaType);
        var json = r.Json;
        Assert.Equal(new[] { "attributes", "message" }, Names(json));
        Assert.Equal(message, json.GetProperty("message").GetString());
        Assert.Equal(attributes, json.GetProperty("attributes").EnumerateArray().Select(a => a.GetString()!).ToArray());
    }
}
