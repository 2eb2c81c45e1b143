using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace LiveDesk.Sandbox.Tests;

/// <summary>The parts of a contact beyond the six create fields: additional attributes on create (a knob), blocked, labels, sorting by them.</summary>
public class ContactRecordTests
{
    private const string Company = """{"inbox_id":407,"name":"A","email":"a@x.io","additional_attributes":{"company_name":"Contoso","city":"Berlin","country":"Germany","country_code":"DE"}}""";

    private static long[] Ids(Reply r) => r.Json.GetProperty("payload").EnumerateArray().Select(c => c.GetProperty("id").GetInt64()).ToArray();

    [Fact]
    public async Task Create_drops_additional_attributes_by_default_and_keeps_them_behind_the_knob()
    {
        await using (var s = await Sandbox.StartAsync())
        {
            var r = await s.CreateAsync(Company);
            Assert.Equal(200, r.Code);
            Assert.Equal("{}", r.Json.GetProperty("payload").GetProperty("contact").GetProperty("additional_attributes").GetRawText());
            Assert.Empty(Assert.Single(s.Server.Contacts).AdditionalAttributes);
        }
        await using (var s = await Sandbox.StartAsync(new SandboxOptions { CreateKeepsAdditionalAttributes = true }))
        {
            var r = await s.CreateAsync(Company);
            Assert.Equal("Contoso", r.Json.GetProperty("payload").GetProperty("contact").GetProperty("additional_attributes").GetProperty("company_name").GetString());
            Assert.Equal("Berlin", Assert.Single(s.Server.Contacts).AdditionalAttributes["city"].GetString());
        }
    }

    [Fact]
    public async Task Knob_is_settable_through_config()
    {
        await using var s = await Sandbox.StartAsync();
        var r = await s.SendAsync(s.Request(HttpMethod.Post, "_sandbox/config", """{"create_keeps_additional_attributes":true}""", authorize: false));
        Assert.Equal(200, r.Code);
        Assert.True(r.Json.GetProperty("create_keeps_additional_attributes").GetBoolean());
        Assert.True(s.Server.Options.CreateKeepsAdditionalAttributes);
        Assert.Equal(400, (await s.SendAsync(s.Request(HttpMethod.Post, "_sandbox/config", """{"create_keeps_additional_attributes":"yes"}""", authorize: false))).Code);
    }

    [Fact]
    public async Task Patch_merges_additional_attributes_key_by_key_and_sets_blocked()
    {
        await using var s = await Sandbox.StartAsync();
        Assert.Equal(200, (await s.CreateAsync("""{"inbox_id":407,"name":"A"}""")).Code);
        Assert.Equal(200, (await s.PatchAsync(1, """{"additional_attributes":{"company_name":"Contoso","city":"Berlin"}}""")).Code);
        var r = await s.PatchAsync(1, """{"additional_attributes":{"city":"Paris","country":"France"},"blocked":true}""");
        Assert.Equal(200, r.Code);
        var c = r.Json.GetProperty("payload");
        Assert.Equal("""{"company_name":"Contoso","city":"Paris","country":"France"}""", c.GetProperty("additional_attributes").GetRawText());
        Assert.True(c.GetProperty("blocked").GetBoolean());
        Assert.True(Assert.Single(s.Server.Contacts).Blocked);

        Assert.False((await s.PatchAsync(1, """{"blocked":false}""")).Json.GetProperty("payload").GetProperty("blocked").GetBoolean());
        Assert.Equal(422, (await s.PatchAsync(1, """{"blocked":"maybe"}""")).Code);
    }

    [Fact]
    public async Task Labels_are_set_through_the_sandbox_route_and_filter_the_list_by_any_label()
    {
        await using var s = await Sandbox.StartAsync();
        for (var i = 1; i <= 5; i++) Assert.Equal(200, (await s.CreateAsync($$"""{"inbox_id":407,"name":"P{{i}}"}""")).Code);
        async Task Label(long id, string json) =>
            Assert.Equal(200, (await s.SendAsync(s.Request(HttpMethod.Post, $"_sandbox/contacts/{id}/labels", json, authorize: false))).Code);
        await Label(1, """{"labels":["vip"]}""");
        await Label(2, """{"labels":["gold","VIP"]}""");
        await Label(4, """{"labels":["gold"]}""");

        Assert.Equal(new long[] { 1, 2 }, Ids(await s.GetAsync(Sandbox.ContactsPath + "?labels=vip")));
        Assert.Equal(new long[] { 1, 2, 4 }, Ids(await s.GetAsync(Sandbox.ContactsPath + "?labels[]=vip&labels[]=gold")));
        Assert.Equal(new long[] { 1, 2, 4 }, Ids(await s.GetAsync(Sandbox.ContactsPath + "?labels=vip,gold")));
        var none = await s.GetAsync(Sandbox.ContactsPath + "?labels=silver");
        Assert.Empty(Ids(none));
        Assert.Equal(0, none.Json.GetProperty("meta").GetProperty("count").GetInt32());
        Assert.Equal(5, Ids(await s.GetAsync(Sandbox.ContactsPath)).Length);

        // labels are not part of the API's contact shape, only of the inspection view
        Assert.False((await s.GetAsync(Sandbox.ContactsPath)).Json.GetProperty("payload")[0].TryGetProperty("labels", out _));
        Assert.Equal(404, (await s.SendAsync(s.Request(HttpMethod.Post, "_sandbox/contacts/99/labels", """{"labels":["x"]}""", authorize: false))).Code);
        Assert.Equal(400, (await s.SendAsync(s.Request(HttpMethod.Post, "_sandbox/contacts/1/labels", """{"labels":"x"}""", authorize: false))).Code);
    }

    [Fact]
    public async Task Sort_by_company_city_country_with_nulls_last()
    {
        await using var s = await Sandbox.StartAsync();
        for (var i = 1; i <= 4; i++) Assert.Equal(200, (await s.CreateAsync($$"""{"inbox_id":407,"name":"P{{i}}"}""")).Code);
        await s.PatchAsync(1, """{"additional_attributes":{"company_name":"Zeta","city":"Athens","country":"Greece"}}""");
        await s.PatchAsync(2, """{"additional_attributes":{"company_name":"alpha","city":"Zurich","country":"Switzerland"}}""");
        await s.PatchAsync(3, """{"additional_attributes":{"company_name":"Mid","city":"Berlin","country":"Germany"}}""");

        Assert.Equal(new long[] { 2, 3, 1, 4 }, Ids(await s.GetAsync(Sandbox.ContactsPath + "?sort=company")));
        Assert.Equal(new long[] { 1, 3, 2, 4 }, Ids(await s.GetAsync(Sandbox.ContactsPath + "?sort=city")));
        Assert.Equal(new long[] { 2, 1, 3, 4 }, Ids(await s.GetAsync(Sandbox.ContactsPath + "?sort=-country")));
    }
}
