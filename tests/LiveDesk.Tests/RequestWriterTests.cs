using System.Collections;
using System.Text.Json;
using LiveDesk.Errors;
using LiveDesk.Models;
using LiveDesk.Protocol;
using Xunit;

namespace LiveDesk.Tests;

public class RequestWriterTests
{
    [Fact]
    public void Create_body_has_inbox_id_as_number_and_omits_null_fields()
    {
        var body = RequestWriter.CreateBody(new ContactFields { InboxId = 407, Name = "Ana", Email = null, PhoneNumber = null });
        using var doc = JsonDocument.Parse(body);
        var root = doc.RootElement;
        Assert.Equal(JsonValueKind.Number, root.GetProperty("inbox_id").ValueKind);
        Assert.Equal(407, root.GetProperty("inbox_id").GetInt64());
        Assert.Equal("Ana", root.GetProperty("name").GetString());
        Assert.Equal(new[] { "inbox_id", "name" }, root.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public void Create_body_writes_every_given_field_and_never_custom_attributes()
    {
        var f = new ContactFields
        {
            InboxId = 9007199254740993, Name = "N", Email = "e@x.io", PhoneNumber = "+4915112345678",
            AvatarUrl = "https://x.io/a.png", Identifier = "ID-1", CustomAttributes = new Hashtable { ["a"] = 1 },
        };
        using var doc = JsonDocument.Parse(RequestWriter.CreateBody(f));
        var r = doc.RootElement;
        Assert.Equal(9007199254740993, r.GetProperty("inbox_id").GetInt64());
        Assert.Equal("e@x.io", r.GetProperty("email").GetString());
        Assert.Equal("+4915112345678", r.GetProperty("phone_number").GetString());
        Assert.Equal("https://x.io/a.png", r.GetProperty("avatar_url").GetString());
        Assert.Equal("ID-1", r.GetProperty("identifier").GetString());
        Assert.False(r.TryGetProperty("custom_attributes", out _));
        Assert.Equal(6, r.EnumerateObject().Count());
    }

    [Fact]
    public void Create_body_requires_inbox()
    {
        Assert.Throws<ArgumentException>(() => RequestWriter.CreateBody(new ContactFields { Name = "x" }));
    }

    [Theory]
    [InlineData("Zoë Ångström")]
    [InlineData("李小龙")]
    [InlineData("😀 emoji \U0001F600")]
    [InlineData("quote \" backslash \\ slash / tab \t nl \n")]
    [InlineData("<script>&amp;</script> '")]
    [InlineData("\u2028\u2029\u0000\u001F")]
    [InlineData("עברית عربي")]
    public void Unicode_names_round_trip(string name)
    {
        var body = RequestWriter.CreateBody(new ContactFields { InboxId = 1, Name = name, Identifier = name });
        using var doc = JsonDocument.Parse(body);
        Assert.Equal(name, doc.RootElement.GetProperty("name").GetString());
        Assert.Equal(name, doc.RootElement.GetProperty("identifier").GetString());
    }

    [Fact]
    public void Update_body_omits_inbox_and_writes_nested_custom_attributes()
    {
        var when = new DateTime(2025, 12, 24, 10, 21, 43, DateTimeKind.Utc);
        var f = new ContactFields
        {
            InboxId = 407,
            Name = "Bo",
            CustomAttributes = new Hashtable
            {
                ["tier"] = "gold",
                ["score"] = 42,
                ["big"] = 9007199254740993L,
                ["ratio"] = 0.25,
                ["vip"] = true,
                ["none"] = null,
                ["since"] = when,
                ["tags"] = new object?[] { "a", 1, false, null },
                ["nested"] = new Hashtable { ["deeper"] = new Hashtable { ["x"] = "ÿ😀" }, ["list"] = new List<int> { 1, 2 } },
            },
        };
        using var doc = JsonDocument.Parse(RequestWriter.UpdateBody(f));
        var r = doc.RootElement;
        Assert.False(r.TryGetProperty("inbox_id", out _));
        Assert.Equal("Bo", r.GetProperty("name").GetString());
        Assert.False(r.TryGetProperty("email", out _));
        var ca = r.GetProperty("custom_attributes");
        Assert.Equal("gold", ca.GetProperty("tier").GetString());
        Assert.Equal(42, ca.GetProperty("score").GetInt32());
        Assert.Equal(9007199254740993L, ca.GetProperty("big").GetInt64());
        Assert.Equal(0.25, ca.GetProperty("ratio").GetDouble());
        Assert.Equal(JsonValueKind.True, ca.GetProperty("vip").ValueKind);
        Assert.Equal(JsonValueKind.Null, ca.GetProperty("none").ValueKind);
        Assert.Equal(when, DateTime.Parse(ca.GetProperty("since").GetString()!, null, System.Globalization.DateTimeStyles.RoundtripKind));
        var tags = ca.GetProperty("tags").EnumerateArray().ToArray();
        Assert.Equal(4, tags.Length);
        Assert.Equal("a", tags[0].GetString());
        Assert.Equal(1, tags[1].GetInt32());
        Assert.Equal(JsonValueKind.False, tags[2].ValueKind);
        Assert.Equal(JsonValueKind.Null, tags[3].ValueKind);
        Assert.Equal("ÿ😀", ca.GetProperty("nested").GetProperty("deeper").GetProperty("x").GetString());
        Assert.Equal(new[] { 1, 2 }, ca.GetProperty("nested").GetProperty("list").EnumerateArray().Select(e => e.GetInt32()).ToArray());
    }

    [Fact]
    public void Update_body_leaves_out_empty_custom_attributes()
    {
        using var doc = JsonDocument.Parse(RequestWriter.UpdateBody(new ContactFields { Email = "a@b.io", CustomAttributes = new Hashtable() }));
        Assert.Equal(new[] { "email" }, doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("{}", RequestWriter.UpdateBody(new ContactFields()));
    }

    [Fact]
    public void Update_body_rejects_absurd_nesting()
    {
        var deep = new Hashtable();
        var cur = deep;
        for (var i = 0; i < 40; i++)
        {
            var next = new Hashtable();
            cur["n"] = next;
            cur = next;
        }
        var ex = Assert.Throws<LiveDeskException>(() => RequestWriter.UpdateBody(new ContactFields { CustomAttributes = deep }));
        Assert.Equal(ErrorIds.InvalidInput, ex.Error.ErrorId);
    }
}
