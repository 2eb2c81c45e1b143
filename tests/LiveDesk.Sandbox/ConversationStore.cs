using System.Text.Json;

namespace LiveDesk.Sandbox;

/// <summary>The thread-safe store of conversations and messages (ids restart at 1 after <see cref="Clear"/>).</summary>
internal sealed class ConversationStore
{
    private readonly object _gate = new();
    private readonly List<SandboxConversation> _conversations = new();
    private readonly List<SandboxMessage> _messages = new();
    private long _attachmentCount;

    public int ConversationCount
    {
        get { lock (_gate) return _conversations.Count; }
    }

    public int MessageCount
    {
        get { lock (_gate) return _messages.Count; }
    }

    public IReadOnlyList<SandboxConversation> Conversations()
    {
        lock (_gate) return _conversations.ToArray();
    }

    public IReadOnlyList<SandboxMessage> Messages()
    {
        lock (_gate) return _messages.ToArray();
    }

    public void Clear()
    {
        lock (_gate)
        {
            _conversations.Clear();
            _messages.Clear();
            _attachmentCount = 0;
        }
    }

    /// <summary>Always a new conversation: like Chatwoot's API inboxes (not locked to a single conversation), a repeat creates a second one.</summary>
    public SandboxConversation Create(long inboxId, long contactId, string sourceId, long now)
    {
        var uuid = Guid.NewGuid().ToString("D");
        lock (_gate)
        {
            var c = new SandboxConversation(_conversations.Count + 1, uuid, inboxId, contactId, sourceId, "open", now);
            _conversations.Add(c);
            return c;
        }
    }

    public SandboxConversation? Get(long id)
    {
        lock (_gate) return id >= 1 && id <= _conversations.Count ? _conversations[(int)(id - 1)] : null;
    }

    /// <summary>Stores a message; <paramref name="files"/> (name, content type, file type, size, hash) become its attachments.</summary>
    public SandboxMessage AddMessage(SandboxConversation conversation, string? content, int messageType, bool isPrivate, IReadOnlyDictionary<string, JsonElement> contentAttributes, long now,
        IReadOnlyList<(string FileName, string ContentType, string FileType, long Size, string Sha256)>? files = null)
    {
        lock (_gate)
        {
            var id = _messages.Count + 1;
            var attachments = (files ?? Array.Empty<(string, string, string, long, string)>())
                .Select(f => new SandboxAttachment(++_attachmentCount, id, f.FileName, f.ContentType, f.FileType, f.Size, f.Sha256))
                .ToArray();
            var m = new SandboxMessage(id, conversation.Id, conversation.InboxId, content, messageType, isPrivate, contentAttributes, now) { Attachments = attachments };
            _messages.Add(m);
            return m;
        }
    }

    /// <summary>
    /// Sets a conversation's status, as Chatwoot's toggle_status does: without a status, open becomes resolved and
    /// anything else open; the snooze end is kept only while snoozed. Returns the changed conversation, or null if unknown.
    /// </summary>
    public SandboxConversation? SetStatus(long id, string? status, long? snoozedUntil)
    {
        lock (_gate)
        {
            if (id < 1 || id > _conversations.Count) return null;
            var c = _conversations[(int)(id - 1)];
            var next = status ?? (c.Status == "open" ? "resolved" : "open");
            var changed = c with { Status = next, SnoozedUntil = next == "snoozed" ? snoozedUntil : null };
            _conversations[(int)(id - 1)] = changed;
            return changed;
        }
    }
}
