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
    IReadOnlyList<SandboxContactInbox> ContactInboxes);

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
/// <param name="RateLimited">429 responses.</param>
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
    /// <summary>Count of responses with this status code (0 when none).</summary>
    public long StatusCount(int status) => Status.TryGetValue(status, out var n) ? n : 0;
}
