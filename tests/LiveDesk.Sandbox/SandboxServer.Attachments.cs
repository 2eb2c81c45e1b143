using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace LiveDesk.Sandbox;

// The send-message endpoint's second variant: multipart/form-data with content, private, message_type and files
// under attachments[] (Chatwoot's Messages::MessageBuilder). Files are streamed through SHA-256, never held whole.
public sealed partial class SandboxServer
{
    private const int MaxFieldBytes = 1024 * 1024;

    /// <summary>Where the answers say files can be downloaded (the sandbox does not serve them; /_sandbox/messages shows their hashes).</summary>
    private const string StorageHost = "https://storage.sandbox.invalid/";

    private static bool IsMultipart(string? contentType) =>
        contentType is not null && contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Rails' params from a multipart body: text fields by name, files only under <c>attachments[]</c> (files under
    /// any other name are ignored, as Rails ignores unknown params). With no content and no files left, the message is
    /// malformed: Chatwoot stores and answers an empty message; <see cref="MalformedUpload.Reject"/> answers 422.
    /// </summary>
    private async Task<(int Status, ReadOnlyMemory<byte> Body)> ProcessMultipartMessageAsync(HttpContext ctx, SandboxConversation conversation)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(ctx.Request.ContentType).Boundary).Value;
        if (string.IsNullOrEmpty(boundary)) return (400, ErrorBody("Malformed multipart body: no boundary"));
        var reader = new MultipartReader(boundary, ctx.Request.Body) { BodyLengthLimit = null };
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<(string FileName, string ContentType, string FileType, long Size, string Sha256)>();
        var o = Options;
        var tooBig = false;
        try
        {
            for (var section = await reader.ReadNextSectionAsync(ctx.RequestAborted).ConfigureAwait(false); section is not null;
                 section = await reader.ReadNextSectionAsync(ctx.RequestAborted).ConfigureAwait(false))
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)) continue;
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                if (disposition.IsFileDisposition())
                {
                    var (size, hash) = await HashAsync(section.Body, ctx.RequestAborted).ConfigureAwait(false);
                    if (name != "attachments[]") continue;
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? string.Empty;
                    var type = section.ContentType ?? "application/octet-stream";
                    if (size > o.AttachmentLimitBytes) tooBig = true;
                    files.Add((fileName, type, FileTypeOf(type), size, hash));
                }
                else
                {
                    fields[name] = await ReadFieldAsync(section.Body, ctx.RequestAborted).ConfigureAwait(false);
                }
            }
        }
        catch (InvalidDataException ex)
        {
            return (400, ErrorBody("Malformed multipart body: " + ex.Message));
        }

        List<(string Message, string Attribute)>? errors = null;
        var content = fields.GetValueOrDefault("content");
        if (content is { Length: > MaxContentLength }) (errors ??= new()).Add(($"Content is too long (maximum is {MaxContentLength} characters)", "content"));
        var isPrivate = false;
        if (fields.TryGetValue("private", out var p) && !(p is "true" or "1" or "false" or "0" or "")) (errors ??= new()).Add(("Private must be true or false", "private"));
        else isPrivate = p is "true" or "1";
        var messageType = fields.GetValueOrDefault("message_type") switch { null or "" or "outgoing" or "1" => 1, "incoming" or "0" => 0, _ => -1 };
        if (messageType < 0) (errors ??= new()).Add(("Message type is not included in the list", "message_type"));
        if (tooBig) (errors ??= new()).Add(("File size is too big", "file"));
        var attributes = new Dictionary<string, JsonElement>();
        if (fields.TryGetValue("content_attributes[in_reply_to]", out var reply))
        {
            if (!long.TryParse(reply, NumberStyles.None, CultureInfo.InvariantCulture, out var replyId)) (errors ??= new()).Add(("In reply to must be a message id", "in_reply_to"));
            else attributes["in_reply_to"] = JsonSerializer.SerializeToElement(replyId);
        }
        if (string.IsNullOrWhiteSpace(content) && files.Count == 0 && o.MalformedUpload == MalformedUpload.Reject) (errors ??= new()).Add(("Content can't be blank", "content"));
        if (errors is not null) return (422, ValidationBody(errors));

        if (o.StripAttachments) files.Clear();
        var message = _conversations.AddMessage(conversation, string.IsNullOrEmpty(content) ? null : content, messageType, isPrivate, attributes,
            Options.TimeProvider.GetUtcNow().ToUnixTimeSeconds(), files);
        _counters.MessageCreate();
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions)) WriteMessage(w, message, _store.Get(conversation.ContactId));
        return (200, buffer.WrittenMemory);
    }

    private static async Task<(long Size, string Sha256)> HashAsync(Stream body, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        long size = 0;
        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(0, 64 * 1024), ct).ConfigureAwait(false)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                size += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return (size, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken ct)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            if (copy.Length + read > MaxFieldBytes) throw new InvalidDataException("a form field is longer than 1 MiB");
            copy.Write(buffer, 0, read);
        }
        return Encoding.UTF8.GetString(copy.GetBuffer(), 0, (int)copy.Length);
    }

    /// <summary>Chatwoot's FileTypeHelper: a few image and video types by name, any audio, else a plain file.</summary>
    internal static string FileTypeOf(string contentType) => contentType switch
    {
        "image/jpeg" or "image/png" or "image/gif" or "image/bmp" or "image/webp" => "image",
        "video/ogg" or "video/mp4" or "video/webm" or "video/quicktime" => "video",
        _ when contentType.Contains("audio/", StringComparison.Ordinal) => "audio",
        _ => "file",
    };

    /// <summary>
    /// Attachment.push_event_data for a file: id, message_id, file_type, account_id, extension (null for uploads through
    /// the API), data_url and thumb_url (Active Storage redirect URLs ending in the file name), file_size, width, height.
    /// With <paramref name="includeInternal"/> (the /_sandbox view) also the name, content type and SHA-256 received.
    /// </summary>
    private static void WriteAttachment(Utf8JsonWriter w, SandboxAttachment a, bool includeInternal)
    {
        var key = a.Sha256[..16] + a.Id.ToString(CultureInfo.InvariantCulture);
        var name = Uri.EscapeDataString(a.FileName);
        w.WriteStartObject();
        w.WriteNumber("id", a.Id);
        w.WriteNumber("message_id", a.MessageId);
        w.WriteString("file_type", a.FileType);
        w.WriteNumber("account_id", 1);
        w.WriteNull("extension");
        w.WriteString("data_url", $"{StorageHost}rails/active_storage/blobs/redirect/{key}/{name}");
        w.WriteString("thumb_url", a.FileType == "image" ? $"{StorageHost}rails/active_storage/representations/redirect/{key}/{name}" : "");
        w.WriteNumber("file_size", a.Size);
        w.WriteNull("width");
        w.WriteNull("height");
        if (includeInternal)
        {
            w.WriteString("file_name", a.FileName);
            w.WriteString("content_type", a.ContentType);
            w.WriteString("sha256", a.Sha256);
        }
        w.WriteEndObject();
    }
}
