using System.Globalization;

namespace LiveDesk.Sandbox;

/// <summary>
/// Settings of a sandbox server. A running <see cref="SandboxServer"/> works on its own copy
/// (<see cref="SandboxServer.Options"/>) and reads the knobs on every request, so changing
/// that copy (or POSTing to <c>/_sandbox/config</c>) takes effect at once. A changed
/// <see cref="Seed"/> takes effect on <see cref="SandboxServer.Reset"/> or through <c>/_sandbox/config</c>.
/// </summary>
public sealed class SandboxOptions
{
    /// <summary>The API key accepted in the Basic credentials.</summary>
    public string ApiKey { get; set; } = "sandbox-key";

    /// <summary>The API secret accepted in the Basic credentials.</summary>
    public string ApiSecret { get; set; } = "sandbox-secret";

    /// <summary>The inbox ids the sandbox knows; creates with another inbox_id get 404.</summary>
    public IList<long> Inboxes { get; set; } = new List<long> { 407 };

    /// <summary>Delay in milliseconds added to every API request (not to /_sandbox routes).</summary>
    public int LatencyMs { get; set; }

    /// <summary>Up to this many extra milliseconds, drawn at random per API request, so concurrent requests overtake each other.</summary>
    public int LatencyJitterMs { get; set; }

    /// <summary>
    /// The overall throttle: API requests per <see cref="RateWindowSeconds"/>, counted as <see cref="Limiter"/> says;
    /// 0 = no limit. Checked before auth, like Rack::Attack (a middleware in front of the app).
    /// </summary>
    public int RateLimit { get; set; }

    /// <summary>The overall throttle's window in whole seconds (default 1; Chatwoot's is 60).</summary>
    public int RateWindowSeconds { get; set; } = 1;

    /// <summary>How the overall throttle counts (default: Rack::Attack's clock-aligned fixed window).</summary>
    public LimiterKind Limiter { get; set; } = LimiterKind.Fixed;

    /// <summary>The token bucket's capacity; 0 = the default, min(<see cref="RateLimit"/>, 10). Ignored by the other limiters.</summary>
    public int RateBurst { get; set; }

    /// <summary>Contact searches (<c>GET /api/v2/accounts/contacts?q=</c>) per <see cref="SearchRateWindowSeconds"/>, a clock-aligned fixed window; 0 = no limit.</summary>
    public int SearchRateLimit { get; set; }

    /// <summary>The search throttle's window in whole seconds (default 60, like Chatwoot's).</summary>
    public int SearchRateWindowSeconds { get; set; } = 60;

    /// <summary>
    /// The largest <c>page_size</c> the list honours; 0 (the default) ignores <c>page_size</c> and serves 15 a page,
    /// as Chatwoot does. Whether LiveDesk honours it, and up to what, is unknown: tests run both ways. A request
    /// asking for more gets this many (a partial honour, like a server capping at 50).
    /// </summary>
    public int MaxPageSize { get; set; }

    /// <summary>The clock the throttles read (windows are aligned to it). Tests pass a manual clock so that they need not sleep.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Which creates the fault knobs hit (default: all three). Creates not targeted take no draws from the fault RNG.</summary>
    public FaultEndpoints FaultEndpoints { get; set; } = FaultEndpoints.All;

    /// <summary>The token bucket's capacity in effect.</summary>
    internal int EffectiveRateBurst => RateBurst > 0 ? RateBurst : Math.Min(RateLimit, 10);

    /// <summary>Send <c>Retry-After: 1</c> (seconds) on 429 responses.</summary>
    public bool RetryAfter { get; set; }

    /// <summary>Send <c>Retry-After</c> as an HTTP date on 429 responses (wins over <see cref="RetryAfter"/>).</summary>
    public bool RetryAfterAsDate { get; set; }

    /// <summary>Probability (0..1) that a create answers 500 before anything is stored.</summary>
    public double FailRate { get; set; }

    /// <summary>Probability (0..1) that a create is processed (a valid contact IS stored) and then answered 500 with an HTML body.</summary>
    public double FailAfterCommitRate { get; set; }

    /// <summary>Probability (0..1) that a create's connection is closed without any response (50/50 before or after the commit).</summary>
    public double DropRate { get; set; }

    /// <summary>
    /// Whether a create keeps the <c>additional_attributes</c> sent with it (company, city, country...). LiveDesk's
    /// create page lists six fields and does not say; Chatwoot keeps them. Default false, the harsher variant: they
    /// are dropped, and only a PATCH stores them.
    /// </summary>
    public bool CreateKeepsAdditionalAttributes { get; set; }

    /// <summary>Seed of the fault RNG; null = a random seed.</summary>
    public int? Seed { get; set; }

    /// <summary>The largest attachment a multipart message may carry, in bytes (Chatwoot: 40 MB); a larger one is refused with 422.</summary>
    public long AttachmentLimitBytes { get; set; } = 40L * 1024 * 1024;

    /// <summary>
    /// What a malformed multipart message gets (files not under <c>attachments[]</c>, and no content): Chatwoot answers
    /// success with an empty message (the default, the harsher variant), or a 422 here.
    /// </summary>
    public MalformedUpload MalformedUpload { get; set; } = MalformedUpload.EmptyMessage;

    /// <summary>Multipart messages are stored and answered without their files even when sent right (a gateway that eats them).</summary>
    public bool StripAttachments { get; set; }

    /// <summary>A deep copy.</summary>
    public SandboxOptions Clone() => new()
    {
        ApiKey = ApiKey,
        ApiSecret = ApiSecret,
        Inboxes = new List<long>(Inboxes),
        LatencyMs = LatencyMs,
        LatencyJitterMs = LatencyJitterMs,
        RateLimit = RateLimit,
        RateWindowSeconds = RateWindowSeconds,
        Limiter = Limiter,
        RateBurst = RateBurst,
        SearchRateLimit = SearchRateLimit,
        SearchRateWindowSeconds = SearchRateWindowSeconds,
        MaxPageSize = MaxPageSize,
        TimeProvider = TimeProvider,
        FaultEndpoints = FaultEndpoints,
        RetryAfter = RetryAfter,
        RetryAfterAsDate = RetryAfterAsDate,
        FailRate = FailRate,
        FailAfterCommitRate = FailAfterCommitRate,
        DropRate = DropRate,
        Seed = Seed,
        AttachmentLimitBytes = AttachmentLimitBytes,
        MalformedUpload = MalformedUpload,
        StripAttachments = StripAttachments,
        CreateKeepsAdditionalAttributes = CreateKeepsAdditionalAttributes,
    };

    /// <summary>Throws <see cref="ArgumentException"/> when a setting is out of range.</summary>
    public void Validate()
    {
        if (string.IsNullOrEmpty(ApiKey)) throw new ArgumentException("ApiKey must not be empty.");
        if (ApiKey.Contains(':')) throw new ArgumentException("ApiKey must not contain ':'.");
        if (ApiSecret is null) throw new ArgumentException("ApiSecret must not be null.");
        if (Inboxes is null || Inboxes.Count == 0) throw new ArgumentException("At least one inbox id is required.");
        if (Inboxes.Any(i => i <= 0)) throw new ArgumentException("Inbox ids must be positive.");
        if (LatencyMs < 0) throw new ArgumentException("LatencyMs must be >= 0.");
        if (LatencyJitterMs < 0) throw new ArgumentException("LatencyJitterMs must be >= 0.");
        if (RateLimit < 0) throw new ArgumentException("RateLimit must be >= 0 (0 = off).");
        if (RateWindowSeconds < 1) throw new ArgumentException("RateWindowSeconds must be >= 1.");
        if (!Enum.IsDefined(Limiter)) throw new ArgumentException("Limiter must be Fixed, Sliding or TokenBucket.");
        if (RateBurst < 0) throw new ArgumentException("RateBurst must be >= 0 (0 = min(RateLimit, 10)).");
        if (SearchRateLimit < 0) throw new ArgumentException("SearchRateLimit must be >= 0 (0 = off).");
        if (SearchRateWindowSeconds < 1) throw new ArgumentException("SearchRateWindowSeconds must be >= 1.");
        if (MaxPageSize < 0) throw new ArgumentException("MaxPageSize must be >= 0 (0 = page_size is ignored).");
        if (TimeProvider is null) throw new ArgumentException("TimeProvider must not be null.");
        if ((FaultEndpoints & ~FaultEndpoints.All) != 0) throw new ArgumentException("FaultEndpoints has unknown flags.");
        if (AttachmentLimitBytes < 1) throw new ArgumentException("AttachmentLimitBytes must be >= 1.");
        if (!Enum.IsDefined(MalformedUpload)) throw new ArgumentException("MalformedUpload must be EmptyMessage or Reject.");
        CheckRate(FailRate, nameof(FailRate));
        CheckRate(FailAfterCommitRate, nameof(FailAfterCommitRate));
        CheckRate(DropRate, nameof(DropRate));
    }

    internal static void CheckRate(double value, string name)
    {
        if (double.IsNaN(value) || value < 0 || value > 1)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} must be between 0 and 1, got {value}."));
    }
}

/// <summary>The creates the fault knobs apply to.</summary>
[Flags]
public enum FaultEndpoints
{
    /// <summary>No create gets faults.</summary>
    None = 0,

    /// <summary><c>POST /api/v2/accounts/contacts</c>.</summary>
    Contacts = 1,

    /// <summary><c>POST /api/v2/accounts/conversations</c>.</summary>
    Conversations = 2,

    /// <summary><c>POST /api/v2/accounts/conversations/{id}/messages</c>.</summary>
    Messages = 4,

    /// <summary><c>POST /api/v2/accounts/conversations/{id}/toggle_status</c> (not a create, but its answer can be lost too).</summary>
    Status = 8,

    /// <summary>All of them.</summary>
    All = Contacts | Conversations | Messages | Status,
}

/// <summary>What the sandbox answers to a multipart message whose files are not under <c>attachments[]</c> and which has no content.</summary>
public enum MalformedUpload
{
    /// <summary>Chatwoot's answer: 200 with a message that has no content and no attachments.</summary>
    EmptyMessage,

    /// <summary>A milder server: 422 "Content can't be blank".</summary>
    Reject,
}
