using System.Net;
using System.Text.Json;

namespace LiveDesk.Sandbox.Tests;

/// <summary>GET (list, search, sort), PATCH and routing.</summary>
public class ListSearchPatchTests
{
    private static long[] Ids(Reply r) => r.Json.GetProperty("payload").EnumerateArray().Select(c => c.GetProperty("id").GetInt64()).ToArray();

    private static async Task CreateManyAsync(Sandbox s, int n)
    {
        for (var i = 1; i <= n; i++)
            Assert.Equal(200, (await s.CreateAsync($$"""{"inbox_id":407,"name":"Person {{i}}","email":"p{{i}}@example.com"}""")).Code);
    }

    [Fact]
    public async Task List_pages_15_per_page_with_meta()
    {
        await using var s = await Sandbox.StartAsync();
        await CreateManyAsync(s, 32);

        var p1 = await s.GetAsync(Sandbox.ContactsPath);
        Assert.Equal(200, p1.Code);
        Assert.Equal("application/json", p1.MediaType);
        var meta = p1.Json.GetProperty("meta");
        Assert.Equal(32, meta.GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.String, meta.GetProperty("current_page").ValueKind);
        Assert.Equal("1", meta.GetProperty("current_page").GetString());
        Assert.Equal(Enumerable.Range(1, 15).Select(i => (long)i), Ids(p1));

        var p2 = await s.GetAsync(Sandbox.ContactsPath + "?page=2");
        Assert.Equal("2", p2.Json.GetProperty("meta").GetProperty("current_page").GetString());
        Assert.Equal(Enumerable.Range(16, 15).Select(i => (long)i), Ids(p2));

        var p3 = await s.GetAsync(Sandbox.ContactsPath + "?page=3");
        Assert.Equal(new long[] { 31, 32 }, Ids(p3));
        Assert.Equal(32, p3.Json.GetProperty("meta").GetProperty("count").GetInt32());

        var p4 = await s.GetAsync(Sandbox.ContactsPath + "?page=4");
        Assert.Equal(200, p4.Code);
        Assert.Empty(Ids(p4));
        Assert.Equal(32, p4.Json.GetProperty("meta").GetProperty("count").GetInt32());

        foreach (var bad in new[] { "0", "-1", "abc" })
            Assert.Equal(Ids(p1), Ids(await s.GetAsync(Sandbox.ContactsPath + "?page=" + bad)));

        Assert.Equal(7, s.Server.Stats.Lists);
        Assert.Equal(0, s.Server.Stats.Searches);
    }

    [Fact]
    public async Task List_items_have_the_contact_shape_and_include_contact_inboxes_false_omits_them()
    {
        await using var s = await Sandbox.StartAsync();
        var created = (await s.CreateAsync("""{"inbox_id":407,"name":"A","email":"a@x.io"}""")).Json.GetProperty("payload").GetProperty("contact");

        var item = Assert.Single((await s.GetAsync(Sandbox.ContactsPath + "?page=1")).Json.GetProperty("payload").EnumerateArray());
        Assert.Equal(created.GetRawText(), item.GetRawText());

        var bare = Assert.Single((await s.GetAsync(Sandbox.ContactsPath + "?page=1&include_contact_inboxes=false")).Json.GetProperty("payload").EnumerateArray());
        Assert.False(bare.TryGetProperty("contact_inboxes", out _));
        Assert.Equal("a@x.io", bare.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Empty_list()
    {
        await using var s = await Sandbox.StartAsync();
        var r = await s.GetAsync(Sandbox.ContactsPath + "?page=1&include_contact_inboxes=false");
        Assert.Equal(200, r.Code);
        Assert.Equal("""{"meta":{"count":0,"current_page":"1"},"payload":[]}""", r.Body);
    }

    [Fact]
    public async Task Q_is_a_case_insensitive_substring_over_email_phone_name_identifier()
    {
        await using var s = await Sandbox.StartAsync();
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"name":"Alice Smith","email":"alice@example.com"}""")).Code);
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"name":"Bob","email":"bob@EXAMPLE.org","phone_number":"+4915100000001","identifier":"crm-77"}""")).Code);
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"name":"Carol","identifier":"CRM-78"}""")).Code);
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"name":"Dave"}""")).Code);

        async Task<long[]> Search(string q)
        {
            var r = await s.GetAsync(Sandbox.ContactsPath + "?q=" + Uri.EscapeDataString(q));
            Assert.Equal(200, r.Code);
            var ids = Ids(r);
            Assert.Equal(ids.Length, r.Json.GetProperty("meta").GetProperty("count").GetInt32());
            return ids;
        }

        Assert.Equal(new long[] { 1 }, await Search("ALICE"));
        Assert.Equal(new long[] { 1 }, await Search("smith"));
        Assert.Equal(new long[] { 1, 2 }, await Search("example"));
        Assert.Equal(new long[] { 2 }, await Search("+49151"));
        Assert.Equal(new long[] { 2 }, await Search("00000001"));
        Assert.Equal(new long[] { 2, 3 }, await Search("crm-7"));
        Assert.Equal(new long[] { 4 }, await Search("dav"));
        Assert.Empty(await Search("zzz"));
        Assert.Equal(8, s.Server.Stats.Searches);
        Assert.Equal(0, s.Server.Stats.Lists);
    }

    [Fact]
    public async Task Search_results_are_paged()
    {
        await using var s = await Sandbox.StartAsync();
        for (var i = 1; i <= 20; i++)
            Assert.Equal(200, (await s.CreateAsync($$"""{"inbox_id":407,"email":"match{{i}}@x.io"}""")).Code);
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"email":"other@x.io"}""")).Code);

        var p2 = await s.GetAsync(Sandbox.ContactsPath + "?q=MATCH&page=2");
        Assert.Equal(20, p2.Json.GetProperty("meta").GetProperty("count").GetInt32());
        Assert.Equal(Enumerable.Range(16, 5).Select(i => (long)i), Ids(p2));
    }

    [Fact]
    public async Task Sort_by_field_ascending_descending_nulls_last()
    {
        await using var s = await Sandbox.StartAsync();
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"name":"charlie","email":"c@x.io"}""")).Code); // 1
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"name":"Alice","email":"b@x.io"}""")).Code);   // 2
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"email":"a@x.io"}""")).Code);                  // 3, no name
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"name":"bob"}""")).Code);                      // 4, no email

        Assert.Equal(new long[] { 1, 2, 3, 4 }, Ids(await s.GetAsync(Sandbox.ContactsPath)));
        Assert.Equal(new long[] { 2, 4, 1, 3 }, Ids(await s.GetAsync(Sandbox.ContactsPath + "?sort=name")));
        Assert.Equal(new long[] { 1, 4, 2, 3 }, Ids(await s.GetAsync(Sandbox.ContactsPath + "?sort=-name")));
        Assert.Equal(new long[] { 1, 4, 2, 3 }, Ids(await s.GetAsync(Sandbox.ContactsPath + "?sort=name&direction=desc")));
        Assert.Equal(new long[] { 3, 2, 1, 4 }, Ids(await s.GetAsync(Sandbox.ContactsPath + "?sort=email")));
        Assert.Equal(new long[] { 1, 2, 3, 4 }, Ids(await s.GetAsync(Sandbox.ContactsPath + "?sort=created_at")));
        Assert.Equal(new long[] { 4, 3, 2, 1 }, Ids(await s.GetAsync(Sandbox.ContactsPath + "?sort=-created_at")));
        Assert.Equal(new long[] { 1, 2, 3, 4 }, Ids(await s.GetAsync(Sandbox.ContactsPath + "?sort=last_activity_at")));
    }

    [Fact]
    public async Task List_requires_auth()
    {
        await using var s = await Sandbox.StartAsync();
        var r = await s.GetAsync(Sandbox.ContactsPath + "?page=1", authorize: false);
        Assert.Equal(401, r.Code);
        Assert.Equal("""{"errors":["You need to sign in or sign up before continuing."]}""", r.Body);
        using var bad = s.Request(HttpMethod.Get, Sandbox.ContactsPath, auth: Sandbox.Basic("sandbox-key", "nope"));
        Assert.Equal("""{"error":"Invalid Access Token"}""", (await s.SendAsync(bad)).Body);
    }

    [Fact]
    public async Task Patch_updates_fields_and_merges_custom_attributes()
    {
        await using var s = await Sandbox.StartAsync();
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"name":"Old","email":"a@x.io","phone_number":"+4915112345678"}""")).Code);

        var r1 = await s.PatchAsync(1, """{"custom_attributes":{"a":1,"b":"x"},"additional_attributes":{"city":"Berlin"}}""");
        Assert.Equal(200, r1.Code);
        var r2 = await s.PatchAsync(1, """{"custom_attributes":{"b":"y","c":true},"name":"New","email":"NEW@X.io"}""");
        Assert.Equal(200, r2.Code);

        var payload = r2.Json.GetProperty("payload");
        Assert.Equal(1, payload.GetProperty("id").GetInt64());
        Assert.Equal("New", payload.GetProperty("name").GetString());
        Assert.Equal("new@x.io", payload.GetProperty("email").GetString());
        Assert.Equal("+4915112345678", payload.GetProperty("phone_number").GetString());
        Assert.Equal("""{"a":1,"b":"y","c":true}""", payload.GetProperty("custom_attributes").GetRawText());
        Assert.Equal("""{"city":"Berlin"}""", payload.GetProperty("additional_attributes").GetRawText());
        Assert.Equal(1, payload.GetProperty("contact_inboxes").GetArrayLength());

        var stored = Assert.Single(s.Server.Contacts);
        Assert.Equal("new@x.io", stored.Email);
        Assert.Equal("y", stored.CustomAttributes["b"].GetString());
        Assert.Equal(2, s.Server.Stats.Updates);

        // the old e-mail is free again, the new one is taken
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"email":"a@x.io"}""")).Code);
        CreateContactTests.AssertValidation(await s.CreateAsync("""{"inbox_id":407,"email":"new@x.io"}"""), "Email has already been taken", "email");
    }

    [Fact]
    public async Task Patch_null_clears_a_field_and_frees_it()
    {
        await using var s = await Sandbox.StartAsync();
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"name":"A","phone_number":"+4915112345678"}""")).Code);
        var r = await s.PatchAsync(1, """{"phone_number":null}""");
        Assert.Equal(200, r.Code);
        Assert.Equal(JsonValueKind.Null, r.Json.GetProperty("payload").GetProperty("phone_number").ValueKind);
        Assert.Equal("A", r.Json.GetProperty("payload").GetProperty("name").GetString());
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"phone_number":"+4915112345678"}""")).Code);
    }

    [Fact]
    public async Task Patch_validates_and_checks_uniqueness_excluding_itself()
    {
        await using var s = await Sandbox.StartAsync();
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"email":"a@x.io","identifier":"id-a"}""")).Code);
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"email":"b@x.io","identifier":"id-b"}""")).Code);

        Assert.Equal(200, (await s.PatchAsync(1, """{"email":"A@x.io","identifier":"id-a"}""")).Code); // its own values
        CreateContactTests.AssertValidation(await s.PatchAsync(2, """{"email":"A@X.IO"}"""), "Email has already been taken", "email");
        CreateContactTests.AssertValidation(await s.PatchAsync(2, """{"identifier":"id-a","email":"a@x.io"}"""), "Email has already been taken, Identifier has already been taken", "email", "identifier");
        CreateContactTests.AssertValidation(await s.PatchAsync(2, """{"email":"bad"}"""), "Email is invalid", "email");
        CreateContactTests.AssertValidation(await s.PatchAsync(2, """{"phone_number":"+49 151"}"""), "Phone number should be in e164 format", "phone_number");
        CreateContactTests.AssertValidation(await s.PatchAsync(2, $$"""{"name":"{{new string('n', 256)}}"}"""), "Name is too long (maximum is 255 characters)", "name");
        CreateContactTests.AssertValidation(await s.PatchAsync(2, """{"custom_attributes":[1]}"""), "Custom attributes must be an object", "custom_attributes");

        Assert.Equal("b@x.io", s.Server.Contacts[1].Email);
        Assert.Equal("id-b", s.Server.Contacts[1].Identifier);
        Assert.Equal(1, s.Server.Stats.Updates);
    }

    [Theory]
    [InlineData("999")]
    [InlineData("0")]
    [InlineData("abc")]
    public async Task Patch_unknown_id_is_404(string id)
    {
        await using var s = await Sandbox.StartAsync();
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"email":"a@x.io"}""")).Code);
        var r = await s.SendAsync(s.Request(HttpMethod.Patch, $"{Sandbox.ContactsPath}/{id}", """{"name":"X"}"""));
        Assert.Equal(404, r.Code);
        Assert.Equal("""{"error":"Resource could not be found"}""", r.Body);
        Assert.Null(s.Server.Contacts[0].Name);
    }

    [Fact]
    public async Task Patch_checks_auth_content_type_and_body()
    {
        await using var s = await Sandbox.StartAsync();
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407}""")).Code);
        Assert.Equal(401, (await s.SendAsync(s.Request(HttpMethod.Patch, Sandbox.ContactsPath + "/1", """{"name":"X"}""", authorize: false))).Code);
        Assert.Equal(415, (await s.SendAsync(s.Request(HttpMethod.Patch, Sandbox.ContactsPath + "/1", """{"name":"X"}""", "text/plain"))).Code);
        Assert.Equal(400, (await s.SendAsync(s.Request(HttpMethod.Patch, Sandbox.ContactsPath + "/1", """{"name":"""))).Code);
        Assert.Equal(400, (await s.SendAsync(s.Request(HttpMethod.Patch, Sandbox.ContactsPath + "/1", "[]"))).Code);
        Assert.Null(s.Server.Contacts[0].Name);
    }

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/api/v2/accounts")]
    [InlineData("GET", "/api/v2/accounts/contact")]
    [InlineData("POST", "/api/v1/accounts/1/contacts")]
    [InlineData("GET", "/api/v2/accounts/contacts/1/extra")]
    [InlineData("POST", "/api/v2/accounts/conversation")]
    [InlineData("POST", "/api/v2/accounts/conversations/1/notes")]
    [InlineData("GET", "/api/v2/accounts/conversations/1")]
    [InlineData("POST", "/api/v2/accounts/conversations/1/messages/2")]
    [InlineData("GET", "/API/V2/ACCOUNTS/CONTACTS")]
    public async Task Unknown_routes_are_404(string method, string path)
    {
        await using var s = await Sandbox.StartAsync();
        var r = await s.SendAsync(s.Request(new HttpMethod(method), path, method == "POST" ? """{"inbox_id":407}""" : null));
        Assert.Equal(HttpStatusCode.NotFound, r.Status);
        Assert.NotEqual("""{"error":"Resource could not be found"}""", r.Body); // not to be mistaken for an unknown inbox
        Assert.Empty(s.Server.Contacts);
    }

    [Theory]
    [InlineData("DELETE", "/api/v2/accounts/contacts", "GET, POST")]
    [InlineData("PUT", "/api/v2/accounts/contacts", "GET, POST")]
    [InlineData("GET", "/api/v2/accounts/contacts/1", "PATCH, PUT")]
    [InlineData("DELETE", "/api/v2/accounts/contacts/1", "PATCH, PUT")]
    [InlineData("POST", "/api/v2/accounts/contacts/1", "PATCH, PUT")]
    [InlineData("GET", "/api/v2/accounts/conversations", "POST")]
    [InlineData("GET", "/api/v2/accounts/conversations/1/messages", "POST")]
    public async Task Wrong_methods_are_405_with_Allow(string method, string path, string allow)
    {
        await using var s = await Sandbox.StartAsync();
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407}""")).Code);
        var r = await s.SendAsync(s.Request(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, r.Status);
        Assert.Equal(allow.Split(", "), r.Allow);
        Assert.Single(s.Server.Contacts);
    }

    [Fact]
    public async Task Trailing_slash_is_tolerated()
    {
        await using var s = await Sandbox.StartAsync();
        Assert.Equal(200, (await s.SendAsync(s.Request(HttpMethod.Post, Sandbox.ContactsPath + "/", """{"inbox_id":407}"""))).Code);
        Assert.Equal(200, (await s.SendAsync(s.Request(HttpMethod.Patch, Sandbox.ContactsPath + "/1/", """{"name":"N"}"""))).Code);
        Assert.Equal("N", s.Server.Contacts[0].Name);
    }
}
