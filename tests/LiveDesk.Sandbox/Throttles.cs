namespace LiveDesk.Sandbox;

/// <summary>How the overall throttle (<see cref="SandboxOptions.RateLimit"/>) counts.</summary>
public enum LimiterKind
{
    /// <summary>
    /// Rack::Attack's throttle (Chatwoot): a fixed window of <see cref="SandboxOptions.RateWindowSeconds"/> aligned to the
    /// clock (key = unix seconds / window), incremented by every request, the refused ones included.
    /// </summary>
    Fixed,

    /// <summary>At most N requests in any span of the window; refused requests count too (so a client that keeps knocking delays its own recovery).</summary>
    Sliding,

    /// <summary>N per window refilled continuously, at most <see cref="SandboxOptions.RateBurst"/> at once; a refused request takes no token.</summary>
    TokenBucket,
}

/// <summary>Which throttle refused a request (the keys of <c>rate_limited_by</c> in the stats).</summary>
internal enum ThrottleName
{
    Overall,
    Search,
}

/// <summary>One throttle's state. Limit and window are passed on every call because they are live knobs.</summary>
internal interface IThrottle
{
    /// <summary>
    /// Counts the request (how depends on the kind) and says whether it may pass. When it may not,
    /// <paramref name="retryAfter"/> is the time until a request could pass again if nothing else arrived.
    /// </summary>
    bool Check(DateTimeOffset now, int limit, int windowSeconds, int burst, out TimeSpan retryAfter);

    void Reset();
}

/// <summary>
/// Rack::Attack's <c>throttle</c>: the counter key is <c>Time.now.to_i / period</c>, so windows open at whole
/// multiples of the period on the server's clock, whenever the client started; every request that reaches the
/// throttle increments the counter, also those it refuses. Retry-After is Rack::Attack's
/// <c>period - (epoch_time % period)</c>, in whole seconds.
/// </summary>
internal sealed class FixedWindowThrottle : IThrottle
{
    private readonly object _gate = new();
    private long _key = long.MinValue;
    private int _window;
    private long _count;

    public bool Check(DateTimeOffset now, int limit, int windowSeconds, int burst, out TimeSpan retryAfter)
    {
        var unix = now.ToUnixTimeSeconds();
        var key = unix / windowSeconds;
        long count;
        lock (_gate)
        {
            if (key != _key || windowSeconds != _window)
            {
                _key = key;
                _window = windowSeconds;
                _count = 0;
            }
            count = ++_count;
        }
        // to the window's end; rounded up to whole seconds this is Rack::Attack's period - (epoch_time % period)
        retryAfter = DateTimeOffset.FromUnixTimeSeconds((key + 1) * windowSeconds) - now;
        return count <= limit;
    }

    public void Reset()
    {
        lock (_gate)
        {
            _key = long.MinValue;
            _count = 0;
        }
    }
}

/// <summary>
/// A sliding log: a request passes when fewer than N requests arrived in the last window. Every request is
/// logged, the refused ones too, so only the last N arrival times matter (a ring of N entries).
/// </summary>
internal sealed class SlidingWindowThrottle : IThrottle
{
    private readonly object _gate = new();
    private long[] _ring = Array.Empty<long>();
    private int _head, _count, _window;

    public bool Check(DateTimeOffset now, int limit, int windowSeconds, int burst, out TimeSpan retryAfter)
    {
        var ticks = now.UtcTicks;
        var span = windowSeconds * TimeSpan.TicksPerSecond;
        lock (_gate)
        {
            if (_ring.Length != limit || _window != windowSeconds)
            {
                _ring = new long[limit];
                _head = _count = 0;
                _window = windowSeconds;
            }
            bool allowed;
            if (_count < limit)
            {
                allowed = true;
                _ring[(_head + _count) % limit] = ticks;
                _count++;
            }
            else
            {
                // the oldest of the last N arrivals must have left the window
                allowed = _ring[_head] <= ticks - span;
                _ring[_head] = ticks;
                _head = (_head + 1) % limit;
            }
            retryAfter = allowed ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Max(1, _ring[_head] + span - ticks));
            return allowed;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _ring = Array.Empty<long>();
            _head = _count = 0;
        }
    }
}

/// <summary>A token bucket: N tokens per window, refilled continuously, at most <c>burst</c> stored; refused requests take none.</summary>
internal sealed class TokenBucketThrottle : IThrottle
{
    private readonly object _gate = new();
    private bool _started;
    private double _tokens;
    private long _lastTicks;
    private int _limit, _window, _burst;

    public bool Check(DateTimeOffset now, int limit, int windowSeconds, int burst, out TimeSpan retryAfter)
    {
        var ratePerSecond = (double)limit / windowSeconds;
        var ticks = now.UtcTicks;
        lock (_gate)
        {
            if (!_started || limit != _limit || windowSeconds != _window || burst != _burst)
            {
                _started = true;
                _limit = limit;
                _window = windowSeconds;
                _burst = burst;
                _tokens = burst;
                _lastTicks = ticks;
            }
            var elapsed = Math.Max(0, ticks - _lastTicks) / (double)TimeSpan.TicksPerSecond;
            _tokens = Math.Min(burst, _tokens + elapsed * ratePerSecond);
            _lastTicks = Math.Max(_lastTicks, ticks);
            if (_tokens >= 1)
            {
                _tokens -= 1;
                retryAfter = TimeSpan.Zero;
                return true;
            }
            retryAfter = TimeSpan.FromSeconds((1 - _tokens) / ratePerSecond);
            return false;
        }
    }

    public void Reset()
    {
        lock (_gate) _started = false;
    }
}

/// <summary>
/// The sandbox's Rack::Attack: the overall throttle (every API request, of the configured kind) and the search
/// throttle (<c>GET /api/v2/accounts/contacts?q=</c>, always a clock-aligned fixed window like Chatwoot's).
/// Like Rack::Attack, throttles are checked in order and the first refusal wins: a request the overall throttle
/// refuses never reaches (nor counts against) the search throttle; a search refused by the search throttle has
/// already counted against the overall one.
/// </summary>
internal sealed class RateLimiter
{
    private readonly FixedWindowThrottle _fixed = new();
    private readonly SlidingWindowThrottle _sliding = new();
    private readonly TokenBucketThrottle _bucket = new();
    private readonly FixedWindowThrottle _search = new();
    private int _lastKind = -1;

    /// <summary>Null when the request may pass; otherwise the throttle that refused it and the time until it could pass.</summary>
    public (ThrottleName Throttle, TimeSpan RetryAfter)? Check(SandboxOptions o, DateTimeOffset now, bool isSearch)
    {
        if (o.RateLimit > 0)
        {
            var kind = (int)o.Limiter;
            if (Interlocked.Exchange(ref _lastKind, kind) != kind)
            {
                // a limiter switched at run time starts from a clean state
                _fixed.Reset();
                _sliding.Reset();
                _bucket.Reset();
            }
            IThrottle overall = o.Limiter switch
            {
                LimiterKind.Sliding => _sliding,
                LimiterKind.TokenBucket => _bucket,
                _ => _fixed,
            };
            if (!overall.Check(now, o.RateLimit, o.RateWindowSeconds, o.EffectiveRateBurst, out var wait))
                return (ThrottleName.Overall, wait);
        }
        if (isSearch && o.SearchRateLimit > 0 && !_search.Check(now, o.SearchRateLimit, o.SearchRateWindowSeconds, 0, out var searchWait))
            return (ThrottleName.Search, searchWait);
        return null;
    }

    public void Reset()
    {
        _fixed.Reset();
        _sliding.Reset();
        _bucket.Reset();
        _search.Reset();
    }
}

/// <summary>
/// The system clock shifted by an offset. <see cref="StartingAtWindowStart"/> makes a clock that reads the very
/// start of a window when it is first read (the sandbox's first API request) and then runs with the system
/// clock, so a test that needs "these requests in the same clock-aligned window" (or a Retry-After of a whole
/// window) does not depend on where in the real second it happens to run.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private readonly int _alignTo;
    private long _offsetTicks;
    private int _aligned;

    /// <summary>A clock <paramref name="offset"/> ahead of the system clock.</summary>
    public ShiftedClock(TimeSpan offset)
    {
        _offsetTicks = offset.Ticks;
        _aligned = 1;
    }

    private ShiftedClock(int alignTo) => _alignTo = alignTo;

    /// <summary>A clock whose first reading is a whole multiple of <paramref name="windowSeconds"/> (unix time); it runs with the system clock from there.</summary>
    public static ShiftedClock StartingAtWindowStart(int windowSeconds = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(windowSeconds, 1);
        return new ShiftedClock(windowSeconds);
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        var now = System.GetUtcNow();
        if (Volatile.Read(ref _aligned) == 0)
        {
            var window = TimeSpan.FromSeconds(_alignTo).Ticks;
            var into = (now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) % window;
            // the first reader wins; concurrent first readers agree to within their distance in time
            if (Interlocked.CompareExchange(ref _aligned, 1, 0) == 0) Interlocked.Exchange(ref _offsetTicks, window - into);
        }
        return now + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
    }
}
