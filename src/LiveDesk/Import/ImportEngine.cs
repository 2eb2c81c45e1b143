using System;
using System.Diagnostics;
using System.Linq;
using LiveDesk.Errors;
using LiveDesk.Pacing;

namespace LiveDesk.Import
{
    /// <summary>
    /// The one import loop of every cmdlet that turns many piped objects into requests: asks ShouldProcess for each
    /// row, keeps up to ThrottleLimit requests in flight (<see cref="OrderedWorkQueue{T}"/>), writes results and
    /// errors in input order on the pipeline thread, counts outcomes, shows progress with the connection's pacing
    /// (through <see cref="ImportProgress"/>), writes the summary, and makes sure no request outlives the command:
    /// Ctrl+C, a fatal answer (401, 403) or a pipeline that ends early (Select-Object -First, -ErrorAction Stop)
    /// cancels and waits for whatever is in flight. With -ErrorAction Stop on the command it runs one row at a time,
    /// so that no row after a failure is sent. Plain C# over <see cref="IImportHost{T}"/>.
    /// </summary>
    internal sealed class ImportEngine<T>
    {
        private readonly IImportHost<T> _host;
        private readonly ImportReport<T> _report;
        private readonly RateGovernor _governor;
        private readonly Func<long> _throttled;
        private readonly OrderedWorkQueue<T> _queue;
        private readonly long[] _counts;
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private readonly ImportProgress _progress;
        private readonly InFlightGrowth _inFlight;
        private TimeSpan _lastSample;
        private long _failed;

        /// <summary>
        /// Starts the import; <paramref name="governor"/> paces the connection it resolved (its state is shown as
        /// progress) and <paramref name="throttled"/> counts the 429 answers this command met. Up to
        /// <paramref name="throttleLimit"/> requests are in flight; unless <paramref name="throttleLimitGiven"/>, that
        /// number follows the round trip (<see cref="InFlightGrowth"/>).
        /// </summary>
        public ImportEngine(IImportHost<T> host, ImportReport<T> report, int throttleLimit, bool throttleLimitGiven, RateGovernor governor, Func<long> throttled)
        {
            _host = host;
            _report = report;
            _governor = governor;
            _throttled = throttled;
            _counts = new long[report.Outcomes.Count];
            _progress = new ImportProgress(() => _watch.Elapsed, update => host.WriteProgress(report.Activity, update), host.WriteVerbose, host.ProbeConsole());
            if (host.StopOnFirstError)
            {
                // Each row is finished (and its error written, which stops the pipeline) before the next one is accepted.
                _queue = new OrderedWorkQueue<T>(1, maxPending: 1);
                _inFlight = new InFlightGrowth(1, adaptive: false);
                host.WriteVerbose("ErrorAction is Stop: sending one row at a time so that no row after a failure is sent.");
            }
            else
            {
                // The queue bounds itself by what it holds: a slow head row no longer caps the rows sent behind it.
                _queue = new OrderedWorkQueue<T>(throttleLimit);
                _inFlight = new InFlightGrowth(throttleLimit, adaptive: !throttleLimitGiven);
                host.WriteVerbose(_inFlight.Describe());
            }
        }

        /// <summary>The number of rows, when known before they arrive: progress then shows a percentage and the time left.</summary>
        public long? Total
        {
            get => _progress.Total;
            set => _progress.Total = value;
        }

        /// <summary>
        /// Takes one row: queues its error in its place, or its request once ShouldProcess agrees (after a fatal answer
        /// the queue starts no further request: those rows fail with the same error); then writes the results that are
        /// ready, blocking only while more rows wait than keep the requests busy.
        /// </summary>
        public void Submit(ImportRow<T> row)
        {
            if (row.Error != null) _queue.AddCompleted(new WorkResult<T> { Item = row.Target, Error = row.Error });
            else if (_host.Previewing && row.Plan != null) _queue.Add(row.Target, row.Keys, row.Plan, _host.CancellationToken);
            else if (row.Send != null && _host.Confirm(row)) _queue.Add(row.Target, row.Keys, row.Send, _host.CancellationToken);
            Drain(untilEmpty: false);
        }

        /// <summary>Waits for every row, then ends the progress bar and writes the summary.</summary>
        public void Complete()
        {
            Drain(untilEmpty: true);
            _progress.Complete();
            var done = _counts.Sum();
            if (done + _failed == 0) return;
            var seconds = Math.Max(_watch.Elapsed.TotalSeconds, 0.001);
            var outcomes = string.Join(", ", _report.Outcomes.Select((name, i) => $"{_counts[i]} {name}"));
            if (_host.Previewing)
            {
                _host.WriteSummary($"{_report.SummaryTitle} under -WhatIf, nothing written: the real run would end with {outcomes}, {_failed} failed.");
                return;
            }
            _host.WriteSummary($"{_report.SummaryTitle}: {outcomes}, {_failed} failed in {seconds:0.0} s ({done / seconds:0.0} {_report.Unit}/s; {_throttled()} answers 429).");
        }

        private void Drain(bool untilEmpty)
        {
            try
            {
                while (_queue.Count > 0)
                {
                    if (_host.IsCancelled) Stop();
                    if (_queue.TryTake(out var result))
                    {
                        Emit(result);
                        continue;
                    }
                    if (!untilEmpty && !_queue.IsFull) break;
                    if (untilEmpty) _queue.WaitForHead(ImportProgress.Interval);
                    else _queue.WaitForHeadOrRoom(ImportProgress.Interval);
                    _host.FlushTrace();
                    FollowRoundTrip();
                    ReportProgress();
                }
                _host.FlushTrace();
                FollowRoundTrip();
                ReportProgress();
            }
            catch (Exception) when (!_host.IsCancelled)
            {
                // The pipeline is ending under us: an error under $ErrorActionPreference = 'Stop', a downstream
                // Select-Object -First, a terminating error. No request may outlive the command.
                Abort();
                throw;
            }
        }

        private void Emit(WorkResult<T> result)
        {
            if (result.Cancelled) Stop();
            if (result.Error is LiveDeskError error)
            {
                _failed++;
                if (_host.Previewing && !error.Fatal)
                {
                    _host.WritePlanFailure(result.Item, error);
                    return;
                }
                // No later row can succeed (bad credentials, host gone): stop everything in flight first.
                if (error.Fatal) Abort();
                _host.FlushTrace();
                _host.WriteFailure(result.Item, error, result.Exception);
                return;
            }
            _counts[_report.Classify(result.Value!)]++;
            if (_host.Previewing) _host.WritePlan(result.Value!);
            else _host.WriteResult(result.Value!);
        }

        private void Stop()
        {
            Abort();
            _host.ThrowStopped();
        }

        // In-flight requests observe the token; give them a moment so none outlives the command.
        private void Abort()
        {
            _host.Cancel();
            _queue.WaitAll(TimeSpan.FromSeconds(1));
        }

        // Samples the slots at most every 20 ms (on the pipeline thread, which wakes whenever a slot changes hands)
        // and lets the number in flight grow or shrink; each change is told once, on -Verbose.
        private void FollowRoundTrip()
        {
            if (!_inFlight.Adaptive || _host.Previewing) return;
            var now = _watch.Elapsed;
            if (now - _lastSample < SampleInterval) return;
            _lastSample = now;
            var slots = _queue.Slots;
            var line = _inFlight.Observe(now.TotalSeconds, _queue.Finished, _throttled(), slots.Waiting > 0,
                _governor.CurrentRate, _governor.Holding || _governor.CurrentPause > TimeSpan.Zero, slots.RoundTrip);
            if (line == null) return;
            slots.Capacity = _inFlight.Limit;
            _host.WriteVerbose(line);
        }

        private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(20);

        private void ReportProgress()
        {
            var done = _counts.Sum();
            _progress.Report(done, _failed, rate => $"{done} done, {_failed} failed, {rate:0.0} {_report.Unit}/s, up to {_inFlight.Limit} in flight ({_inFlight.Reason})",
                () => ImportPacing.Describe(_governor, _throttled()));
        }
    }
}
