using System.Net;
using System.Security.Cryptography;
using System.Text;
using LiveDesk.Conversations;
using LiveDesk.Errors;
using LiveDesk.Models;
using LiveDesk.Protocol;
using LiveDesk.Transport;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>Attachments (multipart, streamed, checked in the answer) and status changes, over real HTTP to the sandbox.</summary>
public sealed class AttachmentAndStatusTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string _folder = Directory.CreateTempSubdirectory("livedesk-att-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string NewFile(string name, int bytes)
    {
        var path = Path.Combine(_folder, name);
        var data = new byte[bytes];
        new Random(bytes).NextBytes(data);
        File.WriteAllBytes(path, data);
        return path;
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static ConversationService Conversations(Harness h) => new(h.Client, h.Governor, h.Service.Retries.Settings, h.Trace.Enqueue);

    private static async Task<long> ConversationAsync(Harness h)
    {
        var contact = await h.Service.CreateAsync(Harness.Row("Ana Silva", "ana@example.com"), IfExistsAction.Error, None);
        return (await Conversations(h).CreateConversationAsync(new ConversationRequest { InboxId = Harness.Inbox, ContactId = contact.Id }, None)).Id;
    }

    private static MessageRequest Message(long conversation, params string[] paths) => new()
    {
        ConversationId = conversation,
        Content = "Your invoice",
        Attachments = paths.Select(p => AttachmentFile.Inspect(p, long.MaxValue)).ToArray(),
    };

    [Fact]
    public async Task Files_are_stored_byte_for_byte_and_read_back_as_typed_attachments()
    {
        await using var h = await Harness.StartAsync();
        var pdf = NewFile("invoice.pdf", 70_000);
        var png = NewFile("Grüße photo.png", 3_000);
        var message = await Conversations(h).SendMessageAsync(Message(await ConversationAsync(h), pdf, png), None);

        Assert.Equal(new[] { "invoice.pdf", "Grüße photo.png" }, message.Attachments.Select(a => a.FileName));
        Assert.Equal(new long?[] { 70_000, 3_000 }, message.Attachments.Select(a => a.Size));
        Assert.Equal(new[] { "file", "image" }, message.Attachments.Select(a => a.FileType));
        var stored = Assert.Single(h.Server.Messages).Attachments;
        Assert.Equal(new[] { Sha256(pdf), Sha256(png) }, stored.Select(a => a.Sha256));
        Assert.Equal(new[] { "application/pdf", "image/png" }, stored.Select(a => a.ContentType));
        Assert.Equal("Grüße photo.png", stored[1].FileName);
    }

    [Fact]
    public async Task An_answer_without_the_files_sent_is_InvalidResponse_naming_the_message()
    {
        await using var h = await Harness.StartAsync(o => o.StripAttachments = true);
        var conversation = await ConversationAsync(h);
        var error = await Harness.FailsAsync(() => Conversations(h).SendMessageAsync(Message(conversation, NewFile("a.pdf", 10)), None));
        Assert.Equal(ErrorIds.InvalidResponse, error.ErrorId);
        Assert.Contains($"message {Assert.Single(h.Server.Messages).Id} was added to conversation {conversation}", error.Message);
        Assert.Contains("0 of the 1 attachments", error.Message);
    }

    [Fact]
    public void An_answer_with_other_sizes_than_sent_is_InvalidResponse()
    {
        var request = Message(5, NewFile("a.pdf", 10));
        var answer = ResponseParser.ParseMessage("""{"id":9,"conversation_id":5,"attachments":[{"id":1,"message_id":9,"file_type":"file","data_url":"https://x.test/a.pdf","file_size":0}]}""");
        var error = Assert.Throws<LiveDeskException>(() => AttachmentCheck.Verify(request, answer)).Error;
        Assert.Equal(ErrorIds.InvalidResponse, error.ErrorId);
        Assert.Contains("sizes", error.Message);
    }

    [Fact]
    public async Task A_file_grown_past_the_limit_after_the_row_was_read_is_refused_before_sending()
    {
        await using var h = await Harness.StartAsync();
        var conversation = await ConversationAsync(h);
        var path = NewFile("grows.bin", 100);
        var request = Message(conversation, path);
        request.MaximumAttachmentSize = 1_000;
        File.WriteAllBytes(path, new byte[5_000]);
        var error = await Harness.FailsAsync(() => Conversations(h).SendMessageAsync(request, None));
        Assert.Equal(ErrorIds.AttachmentTooLarge, error.ErrorId);
        Assert.Empty(h.Server.Messages);
    }

    [Fact]
    public async Task The_body_is_written_once_and_streamed_through_a_small_buffer()
    {
        var path = NewFile("five.bin", 5 * 1024 * 1024);
        var file = AttachmentFile.Inspect(path, long.MaxValue);
        using var form = RequestWriter.MessageForm(new MessageRequest { ConversationId = 1, Content = "x" }, new[] { file });
        var sink = new CountingStream();
        await form.CopyToAsync(sink);
        Assert.Equal(form.Headers.ContentLength, sink.Length);
        // A file read whole would be written in one piece; streamed, no piece is larger than the copy buffer.
        Assert.True(sink.LargestWrite <= 64 * 1024, $"a write of {sink.LargestWrite} bytes");
        // HttpClient would re-send a body on its own after a lost connection; a create must not be.
        var again = await Assert.ThrowsAsync<HttpRequestException>(() => form.CopyToAsync(new CountingStream()));
        Assert.IsType<IOException>(again.InnerException);
        Assert.Equal(0, sink.Length - form.Headers.ContentLength);
    }

    [Fact]
    public async Task A_file_name_that_would_break_the_part_header_is_escaped()
    {
        var form = new MultipartFormContent();
        form.AddFile("attachments[]", new MultipartFormContent.FilePart(NewFile("empty", 0), "a\"b\r\nc.txt", "text/plain", 0));
        var text = Encoding.UTF8.GetString(await form.ReadAsByteArrayAsync());
        Assert.Contains("filename=\"a%22b%0D%0Ac.txt\"", text);
    }

    [Fact]
    public async Task A_snooze_is_sent_in_Unix_seconds_to_the_second_and_a_status_is_read_back()
    {
        await using var h = await Harness.StartAsync();
        var conversation = await ConversationAsync(h);
        var until = new DateTimeOffset(2031, 5, 6, 7, 8, 9, 987, TimeSpan.FromHours(2));
        var result = await Conversations(h).SetStatusAsync(new StatusRequest { ConversationId = conversation, Status = ConversationStatus.Snoozed, SnoozedUntil = until }, None);
        Assert.Equal("snoozed", result.Status);
        var stored = Assert.Single(h.Server.Conversations);
        Assert.Equal("snoozed", stored.Status);
        Assert.Equal(new DateTimeOffset(2031, 5, 6, 5, 8, 9, TimeSpan.Zero).ToUnixTimeSeconds(), stored.SnoozedUntil);
        Assert.Equal(new DateTimeOffset(2031, 5, 6, 5, 8, 9, TimeSpan.Zero), result.SnoozedUntil);

        result = await Conversations(h).SetStatusAsync(new StatusRequest { ConversationId = conversation, Status = ConversationStatus.Resolved }, None);
        Assert.Equal("resolved", result.Status);
        Assert.Null(result.SnoozedUntil);
        Assert.Null(Assert.Single(h.Server.Conversations).SnoozedUntil);
    }

    [Fact]
    public async Task An_unknown_conversation_is_ConversationNotFound_and_a_refused_status_InvalidInput()
    {
        await using var h = await Harness.StartAsync();
        var conversation = await ConversationAsync(h);
        var missing = await Harness.FailsAsync(() => Conversations(h).SetStatusAsync(new StatusRequest { ConversationId = 999, Status = ConversationStatus.Open }, None));
        Assert.Equal(ErrorIds.ConversationNotFound, missing.ErrorId);
        var refused = await Harness.FailsAsync(() => Conversations(h).SetStatusAsync(new StatusRequest { ConversationId = conversation, Status = (ConversationStatus)42 }, None));
        Assert.Equal(ErrorIds.InvalidInput, refused.ErrorId);
        Assert.Equal(422, refused.StatusCode);
    }

    [Fact]
    public void A_time_without_a_zone_is_local_time()
    {
        var unspecified = new DateTime(2031, 5, 6, 7, 8, 9, DateTimeKind.Unspecified);
        Assert.Equal(new DateTimeOffset(DateTime.SpecifyKind(unspecified, DateTimeKind.Local)), SnoozeTime.ToInstant(unspecified));
        // On a machine whose zone is UTC the line above cannot tell local from UTC: a zone five hours east can.
        var east = TimeZoneInfo.CreateCustomTimeZone("Test+5", TimeSpan.FromHours(5), "Test+5", "Test+5");
        Assert.Equal(new DateTimeOffset(2031, 5, 6, 2, 8, 9, TimeSpan.Zero), SnoozeTime.ToInstant(unspecified, east).ToUniversalTime());
        var utc = new DateTime(2031, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        Assert.Equal(new DateTimeOffset(utc), SnoozeTime.ToInstant(utc));
    }

    [Fact]
    public void The_status_answer_is_read_in_Chatwoots_shapes()
    {
        var change = ResponseParser.ParseStatusChange("""{"meta":{},"payload":{"success":true,"current_status":"resolved","conversation_id":42}}""");
        Assert.Equal("resolved", change.Status);
        Assert.Equal(42, change.ConversationId);
        change = ResponseParser.ParseStatusChange("""{"meta":{},"payload":{"success":true,"current_status":"snoozed","conversation_id":42,"snoozed_until":"2031-05-06T05:08:09.000Z"}}""");
        Assert.Equal(new DateTimeOffset(2031, 5, 6, 5, 8, 9, TimeSpan.Zero), change.SnoozedUntil);
        Assert.Throws<LiveDeskResponseException>(() => ResponseParser.ParseStatusChange("""{"payload":{"success":false,"current_status":"open"}}"""));
        Assert.Throws<LiveDeskResponseException>(() => ResponseParser.ParseStatusChange("""{"payload":{"success":true}}"""));
        Assert.Equal("""{"status":"snoozed","snoozed_until":1936328889}""",
            RequestWriter.StatusBody(new StatusRequest { Status = ConversationStatus.Snoozed, SnoozedUntil = DateTimeOffset.FromUnixTimeMilliseconds(1936328889_999) }));
    }

    [Fact]
    public void The_file_name_of_an_attachment_is_the_last_segment_of_its_URL()
    {
        Assert.Equal("Grüße photo.png", ResponseParser.FileNameOf("https://x.test/rails/blobs/redirect/key/Gr%C3%BC%C3%9Fe%20photo.png"));
        Assert.Null(ResponseParser.FileNameOf("https://x.test/"));
        Assert.Null(ResponseParser.FileNameOf("not a url"));
    }

    private sealed class CountingStream : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Position;
        public override long Position { get; set; }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public int LargestWrite { get; private set; }
        public override void Write(byte[] buffer, int offset, int count)
        {
            Position += count;
            LargestWrite = Math.Max(LargestWrite, count);
        }
    }
}
