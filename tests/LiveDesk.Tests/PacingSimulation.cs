using System.Diagnostics;
using LiveDesk.Pacing;

namespace LiveDesk.Tests;

/// <summary>
/// A server limiter on a virtual clock: the three kinds the sandbox offers, with the same semantics
/// (fixed = Rack::Attack: clock-aligned window, every request counts, refused ones too).
/// </summary>
public abstract class SimLimiter
{
    public abstract bool Admit(double now);

    public static SimLimiter Fixed(int limit, double window) => new FixedWindow(limit, window);
    public static SimLimiter Sliding(int limit, double window, bool countRefused = true) => new SlidingWindow(limit, window, countRefused);
    public static SimLimiter TokenBucket(int limit, double window, int burst) => new Bucket(limit / window, burst);
    public static SimLimiter None() => new Unlimited();

    private sealed class Unlimited : SimLimiter
    {
        public override bool Admit(double now) => true;
    }

    private sealed class FixedWindow(int limit, double window) : SimLimiter
    {
        private long _key = long.MinValue;
        private int _count;

        public override bool Admit(double now)
        {
            var key = (long)Math.Floor(now / window);
            if (key != _key) { _key = key; _count = 0; }
            _count++;
            return _count <= limit;
        }
    }

    private sealed class SlidingWindow(int limit, double window, bool countRefused) : SimLimiter
    {
        private readonly Queue<double> _counted = new();

        public override bool Admit(double now)
        {
            while (_counted.Count > 0 && _counted.Peek() <= now - window) _counted.Dequeue();
            var ok = _counted.Count < limit;
            if (ok || countRefused) _counted.Enqueue(now);
            return ok;
        }
    }

    private sealed class Bucket(double rate, int burst) : SimLimiter
    {
        private double _tokens = burst;
        private double _at;

        public override bool Admit(double now)
        {
            _tokens = Math.Min(burst, _tokens + (now - _at) * rate);
            _at = now;
            if (_tokens < 1) return false;
            _tokens--;
            return true;
        }
    }
}

/// <summary>
/// A discrete-event run of an import against a <see cref="SimLimiter"/>: <c>workers</c> rows in flight (the
/// ThrottleLimit), each request paced by the governor and answered after the latency. No threads and no
/// real time, so the pacing algorithm's share of the limit is measured exactly and repeatably.
/// </summary>
public sealed class PacingSimulation
{
    private readonly PriorityQueue<Action, (long, long)> _events = new();
    private readonly List<Action> _held = new();
    private long _sequence;
    private long _ticks;

    public PacingSimulation(double startAt = 1000.123)
    {
        _ticks = ToTicks(startAt);
        Governor = new RateGovernor(() => _ticks);
    }

    internal RateGovernor Governor { get; }
    public double Now => (double)_ticks / Stopwatch.Frequency;

    private double _now => Now;

    private static long ToTicks(double seconds) => (long)Math.Round(seconds * Stopwatch.Frequency);

    /// <summary>Lets virtual time pass with nothing sent.</summary>
    public void Idle(double seconds) => _ticks += ToTicks(seconds);

    /// <summary>Imports <paramref name="rows"/> rows; returns what a user would measure.</summary>
    public SimResult Import(SimLimiter server, int rows, int workers = 16, double latency = 0.1, int imports = 1)
    {
        var start = _now;
        var remaining = rows;
        var requests = 0;
        var refused = 0;
        var done = 0;
        double lastDone = start;

        void NextRow()
        {
            if (remaining == 0) return;
            remaining--;
            Send();
        }

        void Send()
        {
            var r = Governor.Reserve();
            if (!r.Granted)
            {
                var woken = false;
                void Wake() { if (!woken) { woken = true; Send(); } }
                _held.Add(Wake);
                At(_ticks + Math.Max(1, r.Wait.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond), Wake);
                return;
            }
            var ticket = r.Ticket;
            At(_ticks + r.Wait.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond, () =>
            {
                if (!Governor.IsStillValid(ticket))
                {
                    Send();
                    return;
                }
                requests++;
                var ok = server.Admit(_now + latency / 2);
                At(_ticks + ToTicks(latency), () =>
                {
                    if (ok)
                    {
                        Governor.OnAdmitted(ticket);
                        done++;
                        lastDone = _now;
                        if (!Governor.Holding) ReleaseHeld();
                        NextRow();
                    }
                    else
                    {
                        refused++;
                        Governor.OnThrottled(ticket, null);
                        Send();
                    }
                });
            });
        }

        Governor.MarkStart();
        for (var i = 0; i < workers * imports; i++) At(_ticks, NextRow);
        while (_events.TryDequeue(out var action, out var key))
        {
            _ticks = Math.Max(_ticks, key.Item1);
            action();
            if (_now - start > 3600) throw new InvalidOperationException("The simulated import did not finish within an hour.");
        }
        return new SimResult(rows, done, requests, refused, lastDone - start);
    }

    private void ReleaseHeld()
    {
        var held = _held.ToArray();
        _held.Clear();
        foreach (var wake in held) At(_ticks, wake);
    }

    private void At(long time, Action action) => _events.Enqueue(action, (time, _sequence++));
}

public sealed record SimResult(int Rows, int Done, int Requests, int Refused, double Seconds)
{
    public double Rate => Done / Seconds;
    public double RefusedShare => (double)Refused / Requests;
    public double ShareOf(int limit, double window) => Rate / (limit / window);
}
