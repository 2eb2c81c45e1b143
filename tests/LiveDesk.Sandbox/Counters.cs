namespace LiveDesk.Sandbox;

/// <summary>Lock-free counters.</summary>
internal sealed class Counters
{
    private long _requests, _creates, _updates, _searches, _lists, _rateLimitedOverall, _rateLimitedSearch;
    private long _conversationCreates, _messageCreates;
    private long _fail, _failAfterCommit, _dropBefore, _dropAfter;
    private long _inLatency, _peakConcurrent;
    private readonly long[] _status = new long[600];

    public void Request() => Interlocked.Increment(ref _requests);
    public void Create() => Interlocked.Increment(ref _creates);
    public void Update() => Interlocked.Increment(ref _updates);
    public void Search() => Interlocked.Increment(ref _searches);
    public void List() => Interlocked.Increment(ref _lists);
    public void ConversationCreate() => Interlocked.Increment(ref _conversationCreates);
    public void MessageCreate() => Interlocked.Increment(ref _messageCreates);

    /// <summary>A request starts its latency wait: counts how many wait at once, which is how many a client keeps in flight.</summary>
    public void EnterLatency()
    {
        var now = Interlocked.Increment(ref _inLatency);
        long peak;
        while (now > (peak = Interlocked.Read(ref _peakConcurrent)) && Interlocked.CompareExchange(ref _peakConcurrent, now, peak) != peak) { }
    }

    /// <summary>A request ends its latency wait.</summary>
    public void LeaveLatency() => Interlocked.Decrement(ref _inLatency);

    public void RateLimited(ThrottleName throttle)
    {
        if (throttle == ThrottleName.Search) Interlocked.Increment(ref _rateLimitedSearch);
        else Interlocked.Increment(ref _rateLimitedOverall);
    }

    public void Status(int code)
    {
        if ((uint)code < (uint)_status.Length) Interlocked.Increment(ref _status[code]);
    }

    public void Fault(Fault fault)
    {
        switch (fault)
        {
            case LiveDesk.Sandbox.Fault.Fail: Interlocked.Increment(ref _fail); break;
            case LiveDesk.Sandbox.Fault.FailAfterCommit: Interlocked.Increment(ref _failAfterCommit); break;
            case LiveDesk.Sandbox.Fault.DropBeforeCommit: Interlocked.Increment(ref _dropBefore); break;
            case LiveDesk.Sandbox.Fault.DropAfterCommit: Interlocked.Increment(ref _dropAfter); break;
        }
    }

    public void Reset()
    {
        Interlocked.Exchange(ref _requests, 0);
        Interlocked.Exchange(ref _creates, 0);
        Interlocked.Exchange(ref _updates, 0);
        Interlocked.Exchange(ref _searches, 0);
        Interlocked.Exchange(ref _lists, 0);
        Interlocked.Exchange(ref _rateLimitedOverall, 0);
        Interlocked.Exchange(ref _rateLimitedSearch, 0);
        Interlocked.Exchange(ref _conversationCreates, 0);
        Interlocked.Exchange(ref _messageCreates, 0);
        Interlocked.Exchange(ref _fail, 0);
        Interlocked.Exchange(ref _failAfterCommit, 0);
        Interlocked.Exchange(ref _dropBefore, 0);
        Interlocked.Exchange(ref _dropAfter, 0);
        Interlocked.Exchange(ref _peakConcurrent, Interlocked.Read(ref _inLatency));
        for (var i = 0; i < _status.Length; i++) Interlocked.Exchange(ref _status[i], 0);
    }

    public SandboxStats Snapshot(int contacts, int conversations, int messages)
    {
        var status = new SortedDictionary<int, long>();
        for (var i = 0; i < _status.Length; i++)
        {
            var n = Interlocked.Read(ref _status[i]);
            if (n != 0) status[i] = n;
        }
        return new SandboxStats(
            Interlocked.Read(ref _requests),
            Interlocked.Read(ref _creates),
            Interlocked.Read(ref _updates),
            Interlocked.Read(ref _searches),
            Interlocked.Read(ref _lists),
            Interlocked.Read(ref _rateLimitedOverall) + Interlocked.Read(ref _rateLimitedSearch),
            status,
            new SandboxFaultStats(
                Interlocked.Read(ref _fail),
                Interlocked.Read(ref _failAfterCommit),
                Interlocked.Read(ref _dropBefore),
                Interlocked.Read(ref _dropAfter)),
            contacts)
        {
            RateLimitedOverall = Interlocked.Read(ref _rateLimitedOverall),
            RateLimitedSearch = Interlocked.Read(ref _rateLimitedSearch),
            ConversationCreates = Interlocked.Read(ref _conversationCreates),
            MessageCreates = Interlocked.Read(ref _messageCreates),
            Conversations = conversations,
            Messages = messages,
            PeakConcurrent = Interlocked.Read(ref _peakConcurrent),
        };
    }
}

/// <summary>The fault chosen for one create request.</summary>
internal enum Fault
{
    None,
    DropBeforeCommit,
    DropAfterCommit,
    Fail,
    FailAfterCommit,
}

/// <summary>
/// The seeded fault RNG, one sequence shared by the three creates (contacts, conversations, messages) in the
/// order they arrive. Every create request that the fault knobs target (<see cref="SandboxOptions.FaultEndpoints"/>)
/// and that got past the rate limit and auth takes exactly
/// four <see cref="Random.NextDouble"/> draws, in this order, under a lock:
/// d1 &lt; DropRate → drop (after commit when d2 &lt; 0.5, else before);
/// otherwise d3 &lt; FailRate → fail; otherwise d4 &lt; FailAfterCommitRate → fail after commit.
/// So <c>new Random(seed)</c> replays the decisions of sequential requests exactly.
/// </summary>
internal sealed class FaultDice
{
    private readonly object _gate = new();
    private Random _random;

    public FaultDice(int? seed) => _random = Create(seed);

    private static Random Create(int? seed) => seed is int s ? new Random(s) : new Random();

    public void Reseed(int? seed)
    {
        lock (_gate) _random = Create(seed);
    }

    public Fault Roll(double dropRate, double failRate, double failAfterCommitRate)
    {
        double d1, d2, d3, d4;
        lock (_gate)
        {
            d1 = _random.NextDouble();
            d2 = _random.NextDouble();
            d3 = _random.NextDouble();
            d4 = _random.NextDouble();
        }
        if (d1 < dropRate) return d2 < 0.5 ? Fault.DropAfterCommit : Fault.DropBeforeCommit;
        if (d3 < failRate) return Fault.Fail;
        if (d4 < failAfterCommitRate) return Fault.FailAfterCommit;
        return Fault.None;
    }
}
