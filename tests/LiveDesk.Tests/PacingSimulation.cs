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

    /// <summary>One limiter until <paramref name="at"/> (virtual seconds), another after it: a limit lifted, raised or cut mid-run.</summary>
    public static SimLimiter Switch(SimLimiter before, double at, SimLimiter after) => new Switching(before, at, after);

    private sealed class Switching(SimLimiter before, double at, SimLimiter after) : SimLimiter
    {
        public override bool Admit(double now) => now < at ? before.Admit(now) : after.Admit(now);
    }

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
    private readonly List<(RateGovernor Governor, Action Wake)> _held = new();
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
    public SimResult Import(SimLimiter server, int rows, int workers = 16, double latency = 0.1, int imports = 1, SimEngine? engine = null) =>
        Run(server, new SimJob(rows, Workers: workers * imports, Latency: latency, Engine: engine))[0];

    /// <summary>
    /// Imports <paramref name="rows"/> rows the way the import engine does: <paramref name="throttleLimit"/> in flight
    /// when given, else a number that follows the round trip (<see cref="InFlightGrowth"/>).
    /// </summary>
    internal SimResult ImportFollowing(SimLimiter server, int rows, double latency, int? throttleLimit = null, SimEngine? engine = null) =>
        Run(server, new SimJob(rows, Workers: throttleLimit ?? InFlightGrowth.DefaultLimit, Latency: latency,
            Growth: new InFlightGrowth(throttleLimit ?? InFlightGrowth.DefaultLimit, adaptive: throttleLimit == null), Engine: engine))[0];

    /// <summary>A governor of its own: another connection (another job, another machine) on the same server.</summary>
    internal RateGovernor NewConnection() => new RateGovernor(() => _ticks);

    /// <summary>Runs several imports against one server, each from its start time, on one virtual clock.</summary>
    internal SimResult[] Run(SimLimiter server, params SimJob[] jobs)
    {
        var start = _now;
        var results = new SimResult[jobs.Length];
        var live = new List<Job>();
        for (var k = 0; k < jobs.Length; k++)
        {
            var spec = jobs[k];
            var job = new Job(this, server, spec, spec.Governor ?? Governor, start + spec.StartAfter);
            live.Add(job);
            At(ToTicks(job.Start), job.Begin);
        }
        while (_events.TryDequeue(out var action, out var key))
        {
            _ticks = Math.Max(_ticks, key.Item1);
            action();
            if (_now - start > 3600) throw new InvalidOperationException("The simulated import did not finish within an hour.");
        }
        return live.Select(j => j.Result()).ToArray();
    }

    private sealed class Job(PacingSimulation sim, SimLimiter server, SimJob spec, RateGovernor governor, double start)
    {
        private readonly List<double> _doneAt = new();
        private readonly List<double> _refusedAt = new();
        private int _remaining = spec.Rows;
        private int _requests;
        private int _refused;
        private int _workers;
        private int _peakWorkers;
        private readonly Random _random = new(spec.Rows);

        public double Start => start;

        public void Begin()
        {
            governor.MarkStart();
            AddWorkers(spec.Workers);
        }

        public SimResult Result() =>
            new(spec.Rows, _doneAt.Count, _requests, _refused, (_doneAt.Count == 0 ? start : _doneAt[^1]) - start) { DoneAt = _doneAt.Select(t => t - start).ToArray(), RefusedAt = _refusedAt.Select(t => t - start).ToArray(), PeakInFlight = _peakWorkers };

        private void AddWorkers(int count)
        {
            for (var i = 0; i < count; i++) sim.At(sim._ticks, NextRow);
            _workers += count;
            _peakWorkers = Math.Max(_peakWorkers, _workers);
        }

        // With a growth rule, each answer is a sample (rows wait for a slot while any remain); a worker beyond the
        // number in flight ends with its row.
        private bool Follow()
        {
            if (spec.Growth is not InFlightGrowth growth) return true;
            growth.Observe(sim._now, _doneAt.Count, _refused, _remaining > 0, governor.CurrentRate, governor.Holding, spec.Latency);
            if (growth.Limit > _workers) AddWorkers(growth.Limit - _workers);
            if (_workers <= growth.Limit) return true;
            _workers--;
            return false;
        }

        // A timer fires late, never early (Task.Delay on a loaded machine); with no engine model, exactly on time.
        private long Late(TimeSpan wait) =>
            wait.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond + (spec.Engine is SimEngine e ? ToTicks(e.TimerSlack * _random.NextDouble()) : 0);

        private double Jitter() => spec.Engine is SimEngine e ? e.Jitter * _random.NextDouble() : 0;

        private void AfterRowCost(Action next)
        {
            if (spec.Engine is SimEngine e && e.RowCost > 0) sim.At(sim._ticks + ToTicks(e.RowCost * (0.5 + _random.NextDouble())), next);
            else next();
        }

        private void NextRow()
        {
            if (_remaining == 0) return;
            _remaining--;
            Send();
        }

        private void Send()
        {
            var r = governor.Reserve();
            if (!r.Granted)
            {
                var woken = false;
                void Wake() { if (!woken) { woken = true; Send(); } }
                sim._held.Add((governor, Wake));
                sim.At(sim._ticks + Math.Max(1, Late(r.Wait)), Wake);
                return;
            }
            var ticket = r.Ticket;
            sim.At(sim._ticks + (r.Wait > TimeSpan.Zero ? Late(r.Wait) : 0), () =>
            {
                if (!governor.IsStillValid(ticket))
                {
                    Send();
                    return;
                }
                _requests++;
                // The way out and the way back each take half the round trip, and a little more now and then.
                var trip = spec.Latency + Jitter();
                var ok = server.Admit(sim._now + trip / 2);
                sim.At(sim._ticks + ToTicks(trip), () =>
                {
                    if (ok)
                    {
                        governor.OnAdmitted(ticket);
                        _doneAt.Add(sim._now);
                        if (!governor.Holding) sim.ReleaseHeld(governor);
                        // The engine reads, emits and books the next row: time in which that slot sends nothing.
                        if (Follow()) AfterRowCost(NextRow);
                    }
                    else
                    {
                        _refused++;
                        _refusedAt.Add(sim._now);
                        governor.OnThrottled(ticket, null);
                        spec.Growth?.Observe(sim._now, _doneAt.Count, _refused, _remaining > 0, governor.CurrentRate, governor.Holding, spec.Latency);
                        Send();
                    }
                });
            });
        }
    }

    private void ReleaseHeld(RateGovernor governor)
    {
        var held = _held.Where(h => h.Governor == governor).ToArray();
        _held.RemoveAll(h => h.Governor == governor);
        foreach (var (_, wake) in held) At(_ticks, wake);
    }

    private void At(long time, Action action) => _events.Enqueue(action, (time, _sequence++));
}

/// <summary>One import in a <see cref="PacingSimulation.Run"/>: its rows, its start, its own connection's governor or the simulation's.</summary>
internal sealed record SimJob(int Rows, double StartAfter = 0, int Workers = 16, double Latency = 0.1, RateGovernor? Governor = null, InFlightGrowth? Growth = null, SimEngine? Engine = null);

/// <summary>
/// What a real import adds to the round trip, drawn from a seeded random source (repeatable): the engine's time per row
/// between an answer and the next request of that slot (on average <paramref name="RowCost"/> seconds), extra round trip
/// of up to <paramref name="Jitter"/> seconds, and timers that fire up to <paramref name="TimerSlack"/> seconds late.
/// </summary>
public sealed record SimEngine(double RowCost = 0.01, double Jitter = 0.01, double TimerSlack = 0.004)
{
    /// <summary>About what the sandbox bench measures on a loaded two-core machine: 16 in flight at 100 ms carry about 135/s, not 160.</summary>
    public static SimEngine Loaded { get; } = new();
}

public sealed record SimResult(int Rows, int Done, int Requests, int Refused, double Seconds)
{
    /// <summary>When each row was done, in seconds since the import started.</summary>
    public double[] DoneAt { get; init; } = Array.Empty<double>();

    /// <summary>When each 429 came back, in seconds since the import started.</summary>
    public double[] RefusedAt { get; init; } = Array.Empty<double>();

    /// <summary>The most rows at work at once (requests in flight or waiting for their paced turn).</summary>
    public int PeakInFlight { get; init; }

    /// <summary>Rows done per second between two moments of the import.</summary>
    public double RateBetween(double from, double to) => DoneAt.Count(t => t > from && t <= to) / (to - from);

    public double Rate => Done / Seconds;
    public double RefusedShare => (double)Refused / Requests;
    public double ShareOf(int limit, double window) => Rate / (limit / window);
}
