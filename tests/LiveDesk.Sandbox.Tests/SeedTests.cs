using System.Net;
using System.Text;
using System.Text.Json;

namespace LiveDesk.Sandbox.Tests;

/// <summary>POST /_sandbox/seed: many contacts at once, validated like creates, not counted.</summary>
public class SeedTests
{
    [Fact]
    public async Task Seed_stores_valid_contacts_refuses_taken_and_invalid_ones_and_counts_nothing()
    {
        await using var s = await Sandbox.StartAsync();
        const string body = """
            {"inbox_id":407,"contacts":[
              {"name":"A","email":"A@x.io","phone_number":"+15127576000"},
              {"name":"B","email":"a@x.io"},
              {"name":"C","email":"not-an-email"},
              {"name":"D","identifier":"d-1","custom_attributes":{"dept":"HR"}}]}
            """;
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await s.Http.PostAsync("_sandbox/seed", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, doc.RootElement.GetProperty("created").GetInt32());
        Assert.Equal(1, doc.RootElement.GetProperty("taken").GetInt32());
        Assert.Equal(1, doc.RootElement.GetProperty("invalid").GetInt32());

        var page = (await s.GetAsync(Sandbox.ContactsPath)).Json;
        Assert.Equal(2, page.GetProperty("meta").GetProperty("count").GetInt32());
        Assert.Equal("a@x.io", page.GetProperty("payload")[0].GetProperty("email").GetString());
        Assert.Equal("HR", page.GetProperty("payload")[1].GetProperty("custom_attributes").GetProperty("dept").GetString());
        Assert.Equal(0, s.Server.Stats.Creates);
        Assert.Equal(1, s.Server.Stats.Requests); // the list above, not the seed
    }

    [Fact]
    public async Task Seed_without_a_known_inbox_or_a_contacts_array_is_400_and_stores_nothing()
    {
        await using var s = await Sandbox.StartAsync();
        foreach (var body in new[] { """{"inbox_id":999,"contacts":[{"name":"A"}]}""", """{"inbox_id":407}""" })
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await s.Http.PostAsync("_sandbox/seed", content);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        Assert.Empty(s.Server.Contacts);
    }
}
