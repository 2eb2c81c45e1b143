using System.Text;
using LiveDesk.Conversations;
using LiveDesk.Errors;
using LiveDesk.Models;
using LiveDesk.Pacing;
using LiveDesk.Protocol;
using LiveDesk.Sandbox;
using LiveDesk.Transport;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>ConversationService (the API channel's steps two and three) over real HTTP: shapes, errors and what is sent again.</summary>
public class ConversationServiceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static ConversationService Conversations(Harness h) => new(h.Client, h.Governor, h.Service.Retries.Settings, h.Trace.Enqueue);

    private static async Task<LiveDeskContact> ContactAsync(Harness h, string email = "ana@example.com") =>
        await h.Service.CreateAsync(Harness.Row("Ana Silva", email), IfExistsAction.Error, None);

    [Fact]
    public async Task A_conversation_is_created_for_a_contact_id_and_read_from_Chatwoots_shape()
    {
        await using var h = await Harness.StartAsync();
        var contact = await ContactAsync(h);
        var conversation = await Conversations(h).CreateConversationAsync(new ConversationRequest { InboxId = Harness.Inbox, ContactId = contact.Id }, None);

        var stored = Assert.Single(h.Server.Conversations);
        Assert.Equal(stored.Id, conversation.Id);
        Assert.Equal(Harness.Inbox, conversation.InboxId);
        Assert.Equal("open", conversation.Status);
        Assert.Equal(contact.Id, conversation.ContactId);
        Assert.Equal("Ana Silva", conversation.Contact!.Name);
        Assert.Equal(contact.SourceId, conversation.SourceId);
        Assert.NotNull(conversation.CreatedAt);
    }

    [Fact]
    public async Task A_conversation_is_created_for_a_source_id()
    {
        await using var h = await Harness.StartAsync();
        var contact = await ContactAsync(h);
        var conversation = await Conversations(h).CreateConversationAsync(new ConversationRequest { InboxId = Harness.Inbox, SourceId = contact.SourceId }, None);
        Assert.Equal(contact.Id, conversation.ContactId);
        Assert.Equal(contact.Id, Assert.Single(h.Server.Conversations).ContactId);
    }

    [Fact]
    public async Task A_message_is_sent_with_its_note_flag_and_reply_and_read_back()
    {
        await using var h = await Harness.StartAsync();
        var service = Conversations(h);
        var conversation = await service.CreateConversationAsync(new ConversationRequest { InboxId = Harness.Inbox, ContactId = (await ContactAsync(h)).Id }, None);
        var message = await service.SendMessageAsync(new MessageRequest { ConversationId = conversation.Id, Content = "Hello, Ana", Private = true, InReplyTo = 29 }, None);

        var stored = Assert.Single(h.Server.Messages);
        Assert.Equal(stored.Id, message.Id);
        Assert.Equal(conversation.Id, message.ConversationId);
        Assert.Equal("Hello, Ana", message.Content);
        Assert.True(message.Private);
        Assert.True(stored.Private);
        Assert.Equal("Outgoing", message.MessageType);
        Assert.Equal(29, message.InReplyTo);
        Assert.Equal(Harness.Inbox, message.InboxId);
    }

    [Fact]
    public void The_bodies_are_the_documented_ones()
    {
        Assert.Equal("""{"inbox_id":407,"contact_id":12}""", RequestWriter.ConversationBody(new ConversationRequest { InboxId = 407, ContactId = 12 }));
        Assert.Equal("""{"inbox_id":407,"source_id":"abc"}""", RequestWriter.ConversationBody(new ConversationRequest { InboxId = 407, SourceId = "abc" }));
        Assert.Equal("""{"content":"Hi","private":false}""", RequestWriter.MessageBody(new MessageRequest { Content = "Hi" }));
        Assert.Equal("""{"content":"Hi","private":true,"content_attributes":{"in_reply_to":29}}""", RequestWriter.MessageBody(new MessageRequest { Content = "Hi", Private = true, InReplyTo = 29 }));
    }

    [Fact]
    public async Task An_unknown_conversation_is_ConversationNotFound()
    {
        await using var h = await Harness.StartAsync();
        var error = await Harness.FailsAsync(() => Conversations(h).SendMessageAsync(new MessageRequest { ConversationId = 4242, Content = "x" }, None));
        Assert.Equal(ErrorIds.ConversationNotFound, error.ErrorId);
        Assert.Equal(LiveDeskErrorKind.ObjectNotFound, error.Kind);
        Assert.Contains("4242", error.Message);
    }

    [Fact]
    public async Task A_404_is_ContactNotFound_once_the_inbox_is_known_and_names_both_before()
    {
        await using var h = await Harness.StartAsync();
        var service = Conversations(h);
        var unknownContact = new ConversationRequest { InboxId = Harness.Inbox, ContactId = 999 };

        var before = await Harness.FailsAsync(() => service.CreateConversationAsync(unknownContact, None));
        Assert.Equal(ErrorIds.InboxNotFound, before.ErrorId);
        Assert.Contains("Inbox 407 or contact 999", before.Message);

        await service.CreateConversationAsync(new ConversationRequest { InboxId = Harness.Inbox, ContactId = (await ContactAsync(h)).Id }, None);
        var after = await Harness.FailsAsync(() => service.CreateConversationAsync(unknownContact, None));
        Assert.Equal(ErrorIds.ContactNotFound, after.ErrorId);
        Assert.Contains("Contact 999", after.Message);

        var known = await Harness.FailsAsync(() => Conversations(h).CreateConversationAsync(new ConversationRequest { InboxId = Harness.Inbox, ContactId = 998, InboxKnown = true }, None));
        Assert.Equal(ErrorIds.ContactNotFound, known.ErrorId);
    }

    [Fact]
    public async Task An_unknown_inbox_is_InboxNotFound()
    {
        await using var h = await Harness.StartAsync();
        var contact = await ContactAsync(h);
        var error = await Harness.FailsAsync(() => Conversations(h).CreateConversationAsync(new ConversationRequest { InboxId = 999, ContactId = contact.Id }, None));
        Assert.Equal(ErrorIds.InboxNotFound, error.ErrorId);
        Assert.Empty(h.Server.Conversations);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_create_that_may_have_landed_is_not_sent_again(bool message)
    {
        // Commit, then 500: the conversation or message exists, the answer says it failed.
        await using var h = await Harness.StartAsync(o => o.FaultEndpoints = message ? FaultEndpoints.Messages : FaultEndpoints.Conversations);
        var service = Conversations(h);
        var contact = await ContactAsync(h);
        var conversation = message ? await service.CreateConversationAsync(new ConversationRequest { InboxId = Harness.Inbox, ContactId = contact.Id }, None) : null;
        h.Knobs.FailAfterCommitRate = 1;

        var error = await Harness.FailsAsync(() => message
            ? service.SendMessageAsync(new MessageRequest { ConversationId = conversation!.Id, Content = "once" }, None)
            : service.CreateConversationAsync(new ConversationRequest { InboxId = Harness.Inbox, ContactId = contact.Id }, None));

        Assert.Equal(ErrorIds.OutcomeUnknown, error.ErrorId);
        if (message)
        {
            Assert.Single(h.Server.Messages);
            Assert.Contains($"look at conversation {conversation!.Id} in LiveDesk before sending it again", error.Message);
        }
        else
        {
            Assert.Single(h.Server.Conversations);
            Assert.Contains($"contact {contact.Id}", error.Message);
        }
        Assert.Contains("500", error.Message);
    }

    [Fact]
    public async Task A_lost_connection_is_an_unknown_outcome_and_not_sent_again()
    {
        await using var h = await Harness.StartAsync(o => o.FaultEndpoints = FaultEndpoints.Messages);
        var service = Conversations(h);
        var conversation = await service.CreateConversationAsync(new ConversationRequest { InboxId = Harness.Inbox, ContactId = (await ContactAsync(h)).Id }, None);
        h.Knobs.DropRate = 1;
        var error = await Harness.FailsAsync(() => service.SendMessageAsync(new MessageRequest { ConversationId = conversation.Id, Content = "once" }, None));
        Assert.Equal(ErrorIds.OutcomeUnknown, error.ErrorId);
        Assert.Equal(1, h.Server.Stats.Faults.Total);
        Assert.True(h.Server.Messages.Count <= 1);
    }

    private static byte[] Answer(int status, string? retryAfter, string body)
    {
        var head = $"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nConnection: close\r\n"
            + (retryAfter == null ? "" : $"Retry-After: {retryAfter}\r\n")
            + $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n";
        return Encoding.UTF8.GetBytes(head + body);
    }

    [Theory]
    [InlineData(503, "0", 2)]   // not processed: the server said so
    [InlineData(429, null, 2)]  // not processed: throttled
    [InlineData(503, null, 1)]  // may have been processed
    [InlineData(502, null, 1)]
    public async Task Only_what_cannot_have_been_processed_is_sent_again(int status, string? retryAfter, int requests)
    {
        var count = 0;
        await using var server = new CannedServer(() => Interlocked.Increment(ref count) == 1
            ? Answer(status, retryAfter, """{"message":"busy"}""")
            : Answer(200, null, """{"id":5,"content":"Hi","conversation_id":3,"message_type":1,"private":false}"""));
        using var client = new LiveDeskClient(new ClientSettings(server.BaseUri, Secrets.Key, Secrets.Secure(Secrets.Secret)) { Timeout = TimeSpan.FromSeconds(5) });
        var service = new ConversationService(client, new RateGovernor(), Harness.Policy(TimeSpan.FromMilliseconds(5), 3));

        var send = service.SendMessageAsync(new MessageRequest { ConversationId = 3, Content = "Hi" }, None);
        if (requests == 2)
        {
            Assert.Equal(5, (await send).Id);
        }
        else
        {
            var error = await Harness.FailsAsync(() => send);
            Assert.Equal(ErrorIds.OutcomeUnknown, error.ErrorId);
        }
        Assert.Equal(requests, server.Requests);
    }

    [Theory]
    [InlineData("""{"id":1,"conversation_id":2,"message_type":"outgoing"}""", "Outgoing")]
    [InlineData("""{"id":1,"conversation_id":2,"message_type":0}""", "Incoming")]
    [InlineData("""{"id":1,"conversation_id":2,"message_type":2}""", "Activity")]
    [InlineData("""{"payload":{"id":1,"conversation_id":"2","message_type":"1"}}""", "Outgoing")]
    [InlineData("""{"id":1,"conversation_id":2}""", null)]
    public void Message_types_are_read_as_numbers_or_names(string body, string? expected)
    {
        var message = ResponseParser.ParseMessage(body);
        Assert.Equal(2, message.ConversationId);
        Assert.Equal(expected, message.MessageType);
    }

    [Theory]
    [InlineData("""{"meta":{"sender":{"name":"no id"}},"inbox_id":7}""")]
    [InlineData("""[]""")]
    [InlineData("""{"id":"x"}""")]
    public void A_conversation_answer_without_a_numeric_id_is_an_invalid_response(string body)
    {
        Assert.Throws<LiveDeskResponseException>(() => ResponseParser.ParseConversation(body));
    }

    [Fact]
    public void A_conversation_answer_without_a_sender_keeps_what_it_has()
    {
        var conversation = ResponseParser.ParseConversation("""{"id":3,"status":"pending","contact_inbox":{"source_id":"s-1","inbox":{"id":408}}}""");
        Assert.Equal(3, conversation.Id);
        Assert.Equal(408, conversation.InboxId);
        Assert.Equal("s-1", conversation.SourceId);
        Assert.Null(conversation.Contact);
        Assert.Equal("pending", conversation.Status);
    }
}
