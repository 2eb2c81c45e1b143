using System.Text.Json;

namespace LiveDesk.Sandbox.Tests;

/// <summary>The API channel: POST conversations and POST conversations/{id}/messages, their errors, faults and inspection.</summary>
public class ConversationTests
{
    private const string ConversationsPath = "api/v2/accounts/conversations";

    private static string MessagesPath(long id) => $"{ConversationsPath}/{id}/messages";

    private static Task<Reply> PostAsync(Sandbox s, string path, string json, string contentType = "application/json", bool authorize = true) =>
        s.SendAsync(s.Request(HttpMethod.Post, path, json, contentType, authorize: authorize));

    /// <summary>Creates a contact and returns its id and source_id.</summary>
    private static async Task<(long Id, string SourceId)> ContactAsync(Sandbox s, string email)
    {
        var r = await s.CreateAsync($$"""{"inbox_id":407,"name":"N {{email}}","email":"{{email}}"}""");
        Assert.Equal(200, r.Code);
        var payload = r.Json.GetProperty("payload");
        return (payload.GetProperty("contact").GetProperty("id").GetInt64(), payload.GetProperty("contact_inbox").GetProperty("source_id").GetString()!);
    }

    private static async Task<long> ConversationAsync(Sandbox s, long contactId)
    {
        var r = await PostAsync(s, ConversationsPath, $$"""{"inbox_id":407,"contact_id":{{contactId}}}""");
        Assert.Equal(200, r.Code);
        return r.Json.GetProperty("id").GetInt64();
    }

    private static void AssertNotFound(Reply r)
    {
        Assert.True(r.Code == 404, r.ToString());
        Assert.Equal("""{"error":"Resource could not be found"}""", r.Body);
    }

    // ---------------------------------------------------------------- conversations

    [Fact]
    public async Task Conversation_by_contact_id_has_Chatwoots_shape()
    {
        await using var s = await Sandbox.StartAsync();
        var (contactId, sourceId) = await ContactAsync(s, "a@x.io");
        var r = await PostAsync(s, ConversationsPath, $$"""{"inbox_id":407,"contact_id":{{contactId}}}""");
        Assert.Equal(200, r.Code);
        Assert.Equal("application/json", r.MediaType);
        var c = r.Json;
        Assert.Equal(1, c.GetProperty("id").GetInt64());
        Assert.Equal(407, c.GetProperty("inbox_id").GetInt64());
        Assert.Equal("open", c.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Array, c.GetProperty("messages").ValueKind);
        Assert.Equal(0, c.GetProperty("messages").GetArrayLength());
        var sender = c.GetProperty("meta").GetProperty("sender");
        Assert.Equal(contactId, sender.GetProperty("id").GetInt64());
        Assert.Equal("a@x.io", sender.GetProperty("email").GetString());
        Assert.Equal("Channel::Api", c.GetProperty("meta").GetProperty("channel").GetString());
        Assert.Equal(sourceId, c.GetProperty("contact_inbox").GetProperty("source_id").GetString());
        Assert.InRange(c.GetProperty("created_at").GetInt64(), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 60);
        Assert.True(Guid.TryParse(c.GetProperty("uuid").GetString(), out _));

        var stored = Assert.Single(s.Server.Conversations);
        Assert.Equal((1L, 407L, contactId, sourceId), (stored.Id, stored.InboxId, stored.ContactId, stored.SourceId));
    }

    [Fact]
    public async Task Conversation_by_source_id_and_a_repeat_creates_a_second_one()
    {
        await using var s = await Sandbox.StartAsync();
        await ContactAsync(s, "first@x.io");
        var (contactId, sourceId) = await ContactAsync(s, "b@x.io");
        var one = await PostAsync(s, ConversationsPath, $$"""{"inbox_id":407,"source_id":"{{sourceId}}"}""");
        var two = await PostAsync(s, ConversationsPath, $$"""{"inbox_id":"407","source_id":"{{sourceId}}"}""");
        Assert.Equal(200, one.Code);
        Assert.Equal(200, two.Code);
        Assert.Equal(contactId, one.Json.GetProperty("meta").GetProperty("sender").GetProperty("id").GetInt64());
        Assert.Equal(new long[] { 1, 2 }, new[] { one.Json.GetProperty("id").GetInt64(), two.Json.GetProperty("id").GetInt64() });
        Assert.Equal(2, s.Server.Conversations.Count);
        Assert.Equal(2, s.Server.Stats.ConversationCreates);
    }

    [Fact]
    public async Task Conversation_in_another_inbox_links_the_contact_to_it()
    {
        await using var s = await Sandbox.StartAsync(new SandboxOptions { Inboxes = new List<long> { 407, 408 } });
        var (contactId, sourceId) = await ContactAsync(s, "c@x.io");
        var r = await PostAsync(s, ConversationsPath, $$"""{"inbox_id":408,"contact_id":"{{contactId}}"}""");
        Assert.Equal(200, r.Code);
        var link = r.Json.GetProperty("contact_inbox").GetProperty("source_id").GetString();
        Assert.NotEqual(sourceId, link);
        Assert.Equal(new long[] { 407, 408 }, s.Server.Contacts[0].ContactInboxes.Select(ci => ci.InboxId));
        // the new link's source_id works for that inbox, and not for the other one
        Assert.Equal(200, (await PostAsync(s, ConversationsPath, $$"""{"inbox_id":408,"source_id":"{{link}}"}""")).Code);
        AssertNotFound(await PostAsync(s, ConversationsPath, $$"""{"inbox_id":407,"source_id":"{{link}}"}"""));
    }

    [Theory]
    [InlineData("""{"inbox_id":999,"contact_id":1}""")]   // unknown inbox
    [InlineData("""{"contact_id":1}""")]                  // no inbox
    [InlineData("""{"inbox_id":"abc","contact_id":1}""")] // not an inbox id
    [InlineData("""{"inbox_id":407,"contact_id":2}""")]   // unknown contact
    [InlineData("""{"inbox_id":407,"contact_id":"x"}""")] // not a contact id
    [InlineData("""{"inbox_id":407,"source_id":"nope"}""")] // unknown source_id
    [InlineData("""{"inbox_id":407}""")]                  // neither contact_id nor source_id
    [InlineData("""{"inbox_id":407,"contact_id":null,"source_id":""}""")]
    public async Task Unknown_inbox_contact_or_source_is_404_and_creates_nothing(string json)
    {
        await using var s = await Sandbox.StartAsync();
        await ContactAsync(s, "d@x.io");
        AssertNotFound(await PostAsync(s, ConversationsPath, json));
        Assert.Empty(s.Server.Conversations);
        Assert.Equal(0, s.Server.Stats.ConversationCreates);
    }

    [Fact]
    public async Task A_source_id_of_another_contact_is_422()
    {
        await using var s = await Sandbox.StartAsync();
        var (first, _) = await ContactAsync(s, "e@x.io");
        var (_, otherSource) = await ContactAsync(s, "f@x.io");
        var r = await PostAsync(s, ConversationsPath, $$"""{"inbox_id":407,"contact_id":{{first}},"source_id":"{{otherSource}}"}""");
        Assert.Equal(422, r.Code);
        Assert.Equal("""{"error":"source_id should be unique"}""", r.Body);
        Assert.Empty(s.Server.Conversations);
    }

    [Fact]
    public async Task Conversations_need_auth_and_json()
    {
        await using var s = await Sandbox.StartAsync();
        await ContactAsync(s, "g@x.io");
        Assert.Equal(401, (await PostAsync(s, ConversationsPath, """{"inbox_id":407,"contact_id":1}""", authorize: false)).Code);
        Assert.Equal(415, (await PostAsync(s, ConversationsPath, """{"inbox_id":407,"contact_id":1}""", "text/plain")).Code);
        Assert.Equal(400, (await PostAsync(s, ConversationsPath, "{")).Code);
        Assert.Empty(s.Server.Conversations);
    }

    // ---------------------------------------------------------------- messages

    [Fact]
    public async Task Message_has_Chatwoots_shape()
    {
        await using var s = await Sandbox.StartAsync();
        var (contactId, _) = await ContactAsync(s, "h@x.io");
        var conversation = await ConversationAsync(s, contactId);
        var r = await PostAsync(s, MessagesPath(conversation), """{"content":"Welcome, Ünal 👋","private":false,"content_attributes":{"in_reply_to":29}}""");
        Assert.Equal(200, r.Code);
        var m = r.Json;
        Assert.Equal(1, m.GetProperty("id").GetInt64());
        Assert.Equal("Welcome, Ünal 👋", m.GetProperty("content").GetString());
        Assert.Equal(conversation, m.GetProperty("conversation_id").GetInt64());
        Assert.Equal(407, m.GetProperty("inbox_id").GetInt64());
        Assert.Equal(1, m.GetProperty("message_type").GetInt32()); // outgoing
        Assert.Equal("text", m.GetProperty("content_type").GetString());
        Assert.False(m.GetProperty("private").GetBoolean());
        Assert.Equal(29, m.GetProperty("content_attributes").GetProperty("in_reply_to").GetInt64());
        Assert.Equal(JsonValueKind.Number, m.GetProperty("created_at").ValueKind);
        Assert.Equal("user", m.GetProperty("sender").GetProperty("type").GetString());

        var stored = Assert.Single(s.Server.Messages);
        Assert.Equal(29, stored.InReplyTo);
        Assert.Equal(1, s.Server.Stats.MessageCreates);
    }

    [Fact]
    public async Task Private_notes_and_incoming_messages()
    {
        await using var s = await Sandbox.StartAsync();
        var (contactId, _) = await ContactAsync(s, "i@x.io");
        var conversation = await ConversationAsync(s, contactId);
        var note = await PostAsync(s, MessagesPath(conversation), """{"content":"agents only","private":true}""");
        Assert.True(note.Json.GetProperty("private").GetBoolean());
        var incoming = await PostAsync(s, MessagesPath(conversation), """{"content":"from the customer","message_type":"incoming"}""");
        Assert.Equal(0, incoming.Json.GetProperty("message_type").GetInt32());
        Assert.Equal("contact", incoming.Json.GetProperty("sender").GetProperty("type").GetString());
        Assert.Equal(contactId, incoming.Json.GetProperty("sender").GetProperty("id").GetInt64());
        Assert.Equal(new[] { (true, 1), (false, 0) }, s.Server.Messages.Select(m => (m.Private, m.MessageType)));
        Assert.Equal(2, s.Server.Messages[1].Id);
    }

    [Theory]
    [InlineData("""{"content":""}""", "Content can't be blank", "content")]
    [InlineData("""{"content":"   "}""", "Content can't be blank", "content")]
    [InlineData("""{"private":true}""", "Content can't be blank", "content")]
    [InlineData("""{"content":null}""", "Content can't be blank", "content")]
    [InlineData("""{"content":{"text":"x"}}""", "Content can't be blank", "content")]
    [InlineData("""{"content":"x","private":"yes"}""", "Private must be true or false", "private")]
    [InlineData("""{"content":"x","message_type":"activity"}""", "Message type is not included in the list", "message_type")]
    [InlineData("""{"content":"x","content_attributes":[1]}""", "Content attributes must be an object", "content_attributes")]
    [InlineData("""{"content":"x","content_attributes":{"in_reply_to":"abc"}}""", "In reply to must be a message id", "in_reply_to")]
    [InlineData("""{"content":"","private":"yes"}""", "Content can't be blank, Private must be true or false", "content", "private")]
    public async Task Invalid_messages_are_422_and_store_nothing(string json, string message, params string[] attributes)
    {
        await using var s = await Sandbox.StartAsync();
        var (contactId, _) = await ContactAsync(s, "j@x.io");
        var conversation = await ConversationAsync(s, contactId);
        CreateContactTests.AssertValidation(await PostAsync(s, MessagesPath(conversation), json), message, attributes);
        Assert.Empty(s.Server.Messages);
    }

    [Fact]
    public async Task Content_over_150000_characters_is_422()
    {
        await using var s = await Sandbox.StartAsync();
        var (contactId, _) = await ContactAsync(s, "k@x.io");
        var conversation = await ConversationAsync(s, contactId);
        var json = JsonSerializer.Serialize(new { content = new string('x', 150_001) });
        CreateContactTests.AssertValidation(await PostAsync(s, MessagesPath(conversation), json), "Content is too long (maximum is 150000 characters)", "content");
        Assert.Equal(200, (await PostAsync(s, MessagesPath(conversation), JsonSerializer.Serialize(new { content = new string('x', 150_000) }))).Code);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("0")]
    [InlineData("abc")]
    [InlineData("99999999999999999999999")]
    public async Task Unknown_conversation_is_404_before_the_body_is_looked_at(string id)
    {
        await using var s = await Sandbox.StartAsync();
        var (contactId, _) = await ContactAsync(s, "l@x.io");
        await ConversationAsync(s, contactId);
        AssertNotFound(await PostAsync(s, $"{ConversationsPath}/{id}/messages", """{"content":""}"""));
        Assert.Empty(s.Server.Messages);
    }

    [Fact]
    public async Task Messages_need_auth()
    {
        await using var s = await Sandbox.StartAsync();
        var (contactId, _) = await ContactAsync(s, "m@x.io");
        var conversation = await ConversationAsync(s, contactId);
        Assert.Equal(401, (await PostAsync(s, MessagesPath(conversation), """{"content":"x"}""", authorize: false)).Code);
        Assert.Equal(415, (await PostAsync(s, MessagesPath(conversation), """{"content":"x"}""", "text/plain")).Code);
        Assert.Empty(s.Server.Messages);
    }

    // ---------------------------------------------------------------- faults

    [Fact]
    public async Task Fail_after_commit_on_messages_stores_the_message_and_answers_500_html()
    {
        await using var s = await Sandbox.StartAsync(new SandboxOptions { FailAfterCommitRate = 1, FaultEndpoints = FaultEndpoints.Messages });
        var (contactId, _) = await ContactAsync(s, "n@x.io"); // contacts are not targeted
        var conversation = await ConversationAsync(s, contactId);
        var r = await PostAsync(s, MessagesPath(conversation), """{"content":"hello"}""");
        Assert.Equal(500, r.Code);
        Assert.Equal("text/html", r.MediaType);
        Assert.Equal("hello", Assert.Single(s.Server.Messages).Content);
        // not idempotent: the repeat sends it twice
        await PostAsync(s, MessagesPath(conversation), """{"content":"hello"}""");
        Assert.Equal(2, s.Server.Messages.Count);
        var stats = s.Server.Stats;
        Assert.Equal(2, stats.Faults.FailAfterCommit);
        Assert.Equal(2, stats.MessageCreates);
    }

    [Fact]
    public async Task Fail_on_conversations_stores_nothing()
    {
        await using var s = await Sandbox.StartAsync(new SandboxOptions { FailRate = 1, FaultEndpoints = FaultEndpoints.Conversations });
        var (contactId, _) = await ContactAsync(s, "o@x.io");
        var r = await PostAsync(s, ConversationsPath, $$"""{"inbox_id":407,"contact_id":{{contactId}}}""");
        Assert.Equal(500, r.Code);
        Assert.Equal("application/json", r.MediaType);
        Assert.Empty(s.Server.Conversations);
        Assert.Equal(1, s.Server.Stats.Faults.Fail);
    }

    [Fact]
    public async Task The_three_creates_share_one_seeded_fault_sequence()
    {
        const int seed = 21, rounds = 20;
        var expected = KnobTests.Replay(seed, rounds * 3, 0, 0.2, 0.2);
        await using var s = await Sandbox.StartAsync(new SandboxOptions { FailRate = 0.2, FailAfterCommitRate = 0.2, Seed = seed });
        var observed = new List<KnobTests.Outcome>();
        KnobTests.Outcome Classify(Reply r) => r.Code switch
        {
            200 => KnobTests.Outcome.Ok,
            500 when r.MediaType == "application/json" => KnobTests.Outcome.Fail,
            500 when r.MediaType == "text/html" => KnobTests.Outcome.FailAfterCommit,
            _ => throw new Xunit.Sdk.XunitException($"unexpected reply {r}"),
        };
        for (var i = 0; i < rounds; i++)
        {
            // contact, conversation, message in turn; each refers to things that exist whatever the fault was
            observed.Add(Classify(await s.CreateAsync($$"""{"inbox_id":407,"email":"p{{i}}@x.io"}""")));
            var contact = s.Server.Contacts.Count > 0 ? s.Server.Contacts[^1].Id : 0;
            if (contact == 0) contact = (await ContactsWithoutFaultsAsync(s)).Id;
            observed.Add(Classify(await PostAsync(s, ConversationsPath, $$"""{"inbox_id":407,"contact_id":{{contact}}}""")));
            var conversation = s.Server.Conversations.Count > 0 ? s.Server.Conversations[^1].Id : 1;
            observed.Add(Classify(await PostAsync(s, MessagesPath(conversation), """{"content":"x"}""")));
        }
        Assert.Equal(expected, observed);
    }

    /// <summary>A contact stored without taking a draw (faults switched off for contacts for one create).</summary>
    private static async Task<SandboxContact> ContactsWithoutFaultsAsync(Sandbox s)
    {
        var targets = s.Server.Options.FaultEndpoints;
        s.Server.Options.FaultEndpoints = targets & ~FaultEndpoints.Contacts;
        try
        {
            Assert.Equal(200, (await s.CreateAsync($$"""{"inbox_id":407,"email":"{{Guid.NewGuid():N}}@x.io"}""")).Code);
        }
        finally
        {
            s.Server.Options.FaultEndpoints = targets;
        }
        return s.Server.Contacts[^1];
    }

    [Fact]
    public async Task Rate_limit_and_latency_apply_to_the_api_channel_too()
    {
        var clock = new ManualClock(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
        await using var s = await Sandbox.StartAsync(new SandboxOptions { RateLimit = 3, TimeProvider = clock });
        var (contactId, _) = await ContactAsync(s, "q@x.io");
        var conversation = await ConversationAsync(s, contactId);
        Assert.Equal(200, (await PostAsync(s, MessagesPath(conversation), """{"content":"x"}""")).Code);
        Assert.Equal(429, (await PostAsync(s, MessagesPath(conversation), """{"content":"x"}""")).Code);
        Assert.Equal(429, (await PostAsync(s, ConversationsPath, $$"""{"inbox_id":407,"contact_id":{{contactId}}}""")).Code);
        Assert.Single(s.Server.Messages);
    }

    // ---------------------------------------------------------------- inspection

    [Fact]
    public async Task Inspection_routes_stats_and_reset()
    {
        await using var s = await Sandbox.StartAsync();
        var (c1, _) = await ContactAsync(s, "r@x.io");
        var (c2, source2) = await ContactAsync(s, "s@x.io");
        var k1 = await ConversationAsync(s, c1);
        var k2 = await ConversationAsync(s, c2);
        await PostAsync(s, MessagesPath(k1), """{"content":"one"}""");
        await PostAsync(s, MessagesPath(k2), """{"content":"two"}""");
        await PostAsync(s, MessagesPath(k2), """{"content":"three","private":true}""");

        using (var doc = JsonDocument.Parse(await s.Http.GetStringAsync("_sandbox/conversations")))
        {
            var all = doc.RootElement;
            Assert.Equal(2, all.GetArrayLength());
            Assert.Equal(c2, all[1].GetProperty("contact_id").GetInt64());
            Assert.Equal(source2, all[1].GetProperty("source_id").GetString());
            Assert.Equal("three", all[1].GetProperty("messages")[0].GetProperty("content").GetString()); // the last one, as Chatwoot lists it
        }
        using (var doc = JsonDocument.Parse(await s.Http.GetStringAsync("_sandbox/messages")))
            Assert.Equal(new[] { "one", "two", "three" }, doc.RootElement.EnumerateArray().Select(m => m.GetProperty("content").GetString()));
        using (var doc = JsonDocument.Parse(await s.Http.GetStringAsync($"_sandbox/messages?conversation_id={k2}")))
            Assert.Equal(new[] { "two", "three" }, doc.RootElement.EnumerateArray().Select(m => m.GetProperty("content").GetString()));
        using (var doc = JsonDocument.Parse(await s.Http.GetStringAsync("_sandbox/stats")))
        {
            var stats = doc.RootElement;
            Assert.Equal(2, stats.GetProperty("conversation_creates").GetInt64());
            Assert.Equal(3, stats.GetProperty("message_creates").GetInt64());
            Assert.Equal(2, stats.GetProperty("conversations").GetInt64());
            Assert.Equal(3, stats.GetProperty("messages").GetInt64());
            Assert.Equal(2, stats.GetProperty("creates").GetInt64()); // contacts only
        }

        using (var reset = await s.Http.PostAsync("_sandbox/reset", null)) Assert.True(reset.IsSuccessStatusCode);
        Assert.Empty(s.Server.Conversations);
        Assert.Empty(s.Server.Messages);
        var (again, _) = await ContactAsync(s, "r@x.io");
        Assert.Equal(1, await ConversationAsync(s, again)); // ids restart
    }
}
