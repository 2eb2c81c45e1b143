namespace LiveDesk.Sandbox;

/// <summary>
/// A change of the overall limit (<see cref="SandboxOptions.RateLimit"/>) played mid-run: after a number of API
/// requests or seconds, counted from the first API request after it was set, the limit becomes the target once.
/// A benchmark that changed the limit itself from another thread would race the import; this does not.
/// Kept across <c>POST /_sandbox/reset</c> (it is configuration, like the limit), cleared by setting null.
/// </summary>
internal sealed class RateLimitSchedule
{
    private readonly object _gate = new();
    private int? _target;
    private long _afterRequests;
    private double _afterSeconds;
    private long _seen;
    private DateTimeOffset? _startedAt;

    /// <summary>Schedules the change (replacing one still pending); <paramref name="afterRequests"/> or <paramref name="afterSeconds"/> is 0.</summary>
    public void Set(int target, long afterRequests, double afterSeconds)
    {
        lock (_gate)
        {
            _target = target;
            _afterRequests = afterRequests;
            _afterSeconds = afterSeconds;
            _seen = 0;
            _startedAt = null;
        }
    }

    /// <summary>Drops a pending change.</summary>
    public void Clear()
    {
        lock (_gate) _target = null;
    }

    /// <summary>Counts an API request at <paramref name="now"/>; true (once) with the new limit when the change is due.</summary>
    public bool Due(DateTimeOffset now, out int target)
    {
        lock (_gate)
        {
            target = 0;
            if (_target is not int t) return false;
            _startedAt ??= now;
            _seen++;
            var due = _afterRequests > 0 ? _seen > _afterRequests : (now - _startedAt.Value).TotalSeconds >= _afterSeconds;
            if (!due) return false;
            _target = null;
            target = t;
            return true;
        }
    }

    /// <summary>Writes the pending change as <c>{"rate_limit":..,"after_requests":..}</c> (or after_seconds), or null.</summary>
    public void Write(System.Text.Json.Utf8JsonWriter w, string name)
    {
        lock (_gate)
        {
            if (_target is not int t)
            {
                w.WriteNull(name);
                return;
            }
            w.WriteStartObject(name);
            w.WriteNumber("rate_limit", t);
            if (_afterRequests > 0) w.WriteNumber("after_requests", _afterRequests);
            else w.WriteNumber("after_seconds", _afterSeconds);
            w.WriteEndObject();
        }
    }
}
