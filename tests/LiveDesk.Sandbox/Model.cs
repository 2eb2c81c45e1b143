using System.Text.Json;

namespace LiveDesk.Sandbox;

/// <summary>A stored contact (immutable snapshot).</summary>
/// <param name="Id">Sequential id, from 1 (restarts at 1 after a reset).</param>
/// <param name="Email">Stored lower-cased.</param>
/// <param name="AvatarUrl">Kept but not served (thumbnail stays ""), like Chatwoot before its background download.</param>
/// <param name="CreatedAt">Unix seconds.</param>
public sealed record SandboxContact(
    long Id,
    string? Name,
    string? Email,
    string? PhoneNumber,
    string? Identifier,
    string? AvatarUrl,
    long CreatedAt,
    IReadOnlyDictionary<string, JsonElement> CustomAttributes,
    IReadOnlyDictionary<string, JsonElement> AdditionalAttributes,
    IReadOnlyList<SandboxContactInbox> ContactInboxes)
{
    /// <summary>Set by PATCH <c>blocked</c>; served as <c>blocked</c>.</summary>
    public bool Blocked { get; init; }

    /// <summary>The contact's labels, set through <c>POST /_sandbox/contacts/{id}/labels</c> (LiveDesk documents no label API); never served by the API, only filtered on.</summary>
    public IReadOnlyList<string> Labels { get; init; } = Array.Empty<string>();
}

/// <summary>The link of a contact to an inbox.</summary>
/// <param name="SourceId">A UUID (API channels), lower-case "D" format.</param>
public sealed record SandboxContactInbox(string SourceId, long InboxId);

/// <summary>Counters of injected faults.</summary>
public sealed record SandboxFaultStats(long Fail, long FailAfterCommit, long DropBeforeCommit, long DropAfterCommit)
{
    /// <summary>All injected faults.</summary>
    public long Total => Fail + FailAfterCommit + DropBeforeCommit + DropAfterCommit;
}

/// <summary>A snapshot of the sandbox's counters (JSON: <c>GET /_sandbox/stats</c>).</summary>
/// <param name="Requests">API requests received (everything outside /_sandbox, including 401/404/429 ones).</param>
/// <param name="Creates">Contacts stored by POST (including those whose response was then faulted).</param>
/// <param name="Updates">Successful PATCHes.</param>
/// <param name="Searches">Answered GETs with a non-empty q.</param>
/// <param name="Lists">Answered GETs without q.</param>
/// <param name="RateLimited">429 responses, all throttles (<see cref="RateLimitedOverall"/> + <see cref="RateLimitedSearch"/>).</param>
/// <param name="Status">Responses sent, by status code (dropped connections are not in it).</param>
/// <param name="Faults">Injected faults by kind.</param>
/// <param name="Contacts">Contacts currently stored.</param>
public sealed record SandboxStats(
    long Requests,
    long Creates,
    long Updates,
    long Searches,
    long Lists,
    long RateLimited,
    IReadOnlyDictionary<int, long> Status,
    SandboxFaultStats Faults,
    int Contacts)
{
    /// <summary>429s from the overall throttle.</summary>
    public long RateLimitedOverall { get; init; }

    /// <summary>429s from the search throttle.</summary>
    public long RateLimitedSearch { get; init; }

    /// <summary>Conversations stored by POST (including those whose response was then faulted).</summary>
    public long ConversationCreates { get; init; }

    /// <summary>Messages stored by POST (including those whose response was then faulted).</summary>
    public long MessageCreates { get; init; }

    /// <summary>Conversations currently stored.</summary>
    public int Conversations { get; init; }

    /// <summary>Messages currently stored.</summary>
    public int Messages { get; init; }

    /// <summary>The most API requests in their latency wait at once (needs a latency above 0): the client's concurrency.</summary>
    public long PeakConcurrent { get; init; }

    /// <summary>Count of responses with this status code (0 when none).</summary>
    public long StatusCount(int status) => Status.TryGetValue(status, out var n) ? n : 0;
}

/// <summary>A stored conversation (immutable snapshot).</summary>
/// <param name="Id">Sequential id (Chatwoot's display_id), from 1 (restarts at 1 after a reset).</param>
/// <param name="Uuid">A random UUID, like Chatwoot's.</param>
/// <param name="InboxId">The inbox (channel) it belongs to.</param>
/// <param name="ContactId">The contact it is with (meta.sender in the API shape).</param>
/// <param name="SourceId">The contact inbox's source_id it was created through.</param>
/// <param name="Status">Always <c>open</c> here.</param>
/// <param name="CreatedAt">Unix seconds.</param>
public sealed record SandboxConversation(long Id, string Uuid, long InboxId, long ContactId, string SourceId, string Status, long CreatedAt);

/// <summary>A stored message (immutable snapshot).</summary>
/// <param name="Id">Sequential id over all conversations, from 1 (restarts at 1 after a reset).</param>
/// <param name="ConversationId">The conversation's id.</param>
/// <param name="InboxId">The conversation's inbox.</param>
/// <param name="Content">The text as sent.</param>
/// <param name="MessageType">0 incoming, 1 outgoing (the default for messages sent through the API).</param>
/// <param name="Private">A private note (agents only).</param>
/// <param name="ContentAttributes">As sent (<c>in_reply_to</c> among them), or empty.</param>
/// <param name="CreatedAt">Unix seconds.</param>
public sealed record SandboxMessage(
    long Id,
    long ConversationId,
    long InboxId,
    string Content,
    int MessageType,
    bool Private,
    IReadOnlyDictionary<string, JsonElement> ContentAttributes,
    long CreatedAt)
{
    /// <summary><c>content_attributes.in_reply_to</c> when it is a whole number (or a numeric string), else null.</summary>
    public long? InReplyTo
    {
        get
        {
            if (!ContentAttributes.TryGetValue("in_reply_to", out var v)) return null;
            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n)) return n;
            if (v.ValueKind == JsonValueKind.String && long.TryParse(v.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out n)) return n;
            return null;
        }
    }
}
