using System.Text.Json;

namespace LiveDesk.Sandbox;

/// <summary>The thread-safe store of conversations and messages (ids restart at 1 after <see cref="Clear"/>).</summary>
internal sealed class ConversationStore
{
    private readonly object _gate = new();
    private readonly List<SandboxConversation> _conversations = new();
    private readonly List<SandboxMessage> _messages = new();

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

    public SandboxMessage AddMessage(SandboxConversation conversation, string content, int messageType, bool isPrivate, IReadOnlyDictionary<string, JsonElement> contentAttributes, long now)
    {
        lock (_gate)
        {
            var m = new SandboxMessage(_messages.Count + 1, conversation.Id, conversation.InboxId, content, messageType, isPrivate, contentAttributes, now);
            _messages.Add(m);
            return m;
        }
    }
}
