using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Api;

namespace LiveDesk.Commands
{
    /// <summary>What an import cmdlet tells <see cref="ImportPipeline{T}"/> about its rows and results.</summary>
    internal sealed class ImportReport<T>
    {
        /// <summary>The progress activity, e.g. "Creating LiveDesk contacts".</summary>
        public string Activity { get; set; } = string.Empty;

        /// <summary>The summary's first words, e.g. "LiveDesk import".</summary>
        public string SummaryTitle { get; set; } = string.Empty;

        /// <summary>The InformationRecord's source, the cmdlet name.</summary>
        public string Source { get; set; } = string.Empty;

        /// <summary>What the rate counts, e.g. "contacts".</summary>
        public string Unit { get; set; } = "items";

        /// <summary>The outcome counters in summary order, e.g. "created", "existing", "updated".</summary>
        public IReadOnlyList<string> Outcomes { get; set; } = new[] { "done" };

        /// <summary>The index in <see cref="Outcomes"/> of a result.</summary>
        public Func<T, int> Classify { get; set; } = _ => 0;

        /// <summary>A line about pacing for the progress bar, or null when requests are not held back.</summary>
        public Func<string?> Pacing { get; set; } = () => null;
    }

    /// <summary>The progress line about pacing that every import shows.</summary>
    internal static class ImportPacing
    {
        /// <summary>Describes a connection's pacing, or null while requests are not held back.</summary>
        public static string? Describe(RateGovernor governor, long throttled)
        {
            var pause = governor.CurrentPause;
            if (pause > TimeSpan.Zero) return $"Rate limited: waiting {pause.TotalSeconds:0.0} s (Retry-After)";
            if (governor.CurrentRate is double paced) return $"Rate limited: pacing at {paced:0.0} requests/s ({throttled} answers 429 so far)";
            return null;
        }
    }

    /// <summary>
    /// The import loop of a cmdlet that turns many rows into requests: keeps up to ThrottleLimit in flight,
    /// writes results in input order on the pipeline thread, counts outcomes, shows progress after 1 s and
    /// every 250 ms, writes the summary, and makes sure no request outlives the command. With -ErrorAction
    /// Stop on the command it runs one row at a time, so that no row after a failure is sent.
    /// </summary>
    internal sealed class ImportPipeline<T>
    {
        private static readonly TimeSpan ProgressDelay = TimeSpan.FromSeconds(1);
        private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);

        private readonly LiveDeskCmdletBase _cmdlet;
        private readonly ImportReport<T> _report;
        private readonly OrderedWorkQueue<T> _queue;
        private readonly int _window;
        private readonly long[] _counts;
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private long _failed;
        private TimeSpan _lastProgress = TimeSpan.Zero;
        private bool _progressShown;

        /// <summary>Starts the pipeline for one invocation of <paramref name="cmdlet"/>.</summary>
        public ImportPipeline(LiveDeskCmdletBase cmdlet, ImportReport<T> report, int throttleLimit)
        {
            _cmdlet = cmdlet;
            _report = report;
            _counts = new long[report.Outcomes.Count];
            if (cmdlet.StopRequestedOnCommand())
            {
                // Each row is finished (and its error written, which stops the pipeline) before the next one is accepted.
                _queue = new OrderedWorkQueue<T>(1);
                _window = 1;
                cmdlet.WriteVerbose("ErrorAction is Stop: sending one row at a time so that no row after a failure is sent.");
            }
            else
            {
                _queue = new OrderedWorkQueue<T>(throttleLimit);
                // Enough queued beyond the requests in flight to keep them busy while the head row is slow.
                _window = Math.Max(throttleLimit * 4, 8);
            }
        }

        /// <summary>Queues a row's work; rows sharing a key run one after the other.</summary>
        public void Add(object target, IReadOnlyCollection<string> keys, Func<CancellationToken, Task<T>> work) =>
            _queue.Add(target, keys, work, _cmdlet.CancellationToken);

        /// <summary>Queues a row that failed before any request, keeping its place in the output order.</summary>
        public void AddFailed(object target, LiveDeskError error) =>
            _queue.AddCompleted(new WorkResult<T> { Item = target, Error = error });

        /// <summary>Writes the results that are ready, in order; blocks only while the queue is longer than its window.</summary>
        public void Drain() => Drain(untilEmpty: false);

        /// <summary>Waits for every row, then ends the progress bar and writes the summary.</summary>
        public void Complete()
        {
            Drain(untilEmpty: true);
            if (_progressShown)
            {
                _cmdlet.WriteProgress(new ProgressRecord(1, _report.Activity, "Done") { RecordType = ProgressRecordType.Completed });
            }
            if (_counts.Sum() + _failed == 0) return;
            var seconds = Math.Max(_watch.Elapsed.TotalSeconds, 0.001);
            var outcomes = string.Join(", ", _report.Outcomes.Select((name, i) => $"{_counts[i]} {name}"));
            var summary = $"{_report.SummaryTitle}: {outcomes}, {_failed} failed in {seconds:0.0} s ({_counts.Sum() / seconds:0.0} {_report.Unit}/s).";
            _cmdlet.WriteInformation(new InformationRecord(summary, _report.Source) { Tags = { "LiveDesk", "Summary" } });
        }

        private void Drain(bool untilEmpty)
        {
            try
            {
                while (_queue.Count > 0)
                {
                    if (_cmdlet.IsCancelled) Stop();
                    if (_queue.TryTake(out var result))
                    {
                        Emit(result);
                        continue;
                    }
                    if (!untilEmpty && _queue.Count < _window) break;
                    _queue.WaitForHead(ProgressInterval);
                    _cmdlet.FlushTrace();
                    ReportProgress();
                }
                _cmdlet.FlushTrace();
                ReportProgress();
            }
            catch (Exception) when (!_cmdlet.IsCancelled)
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
                var record = ErrorRecords.From(result.Exception ?? new LiveDeskException(error), result.Item);
                // No later row can succeed (bad credentials, host gone): stop everything in flight first.
                if (error.Fatal) Abort();
                _cmdlet.WriteRowError(record, error.Fatal);
                return;
            }
            _counts[_report.Classify(result.Value!)]++;
            _cmdlet.WriteObject(result.Value);
        }

        private void Stop()
        {
            Abort();
            throw new PipelineStoppedException();
        }

        // In-flight requests observe the token; give them a moment so none outlives the command.
        private void Abort()
        {
            _cmdlet.Cancel();
            _queue.WaitAll(TimeSpan.FromSeconds(1));
        }

        private void ReportProgress()
        {
            var elapsed = _watch.Elapsed;
            if (elapsed < ProgressDelay || elapsed - _lastProgress < ProgressInterval) return;
            _lastProgress = elapsed;
            _progressShown = true;
            var done = _counts.Sum();
            var rate = done / Math.Max(elapsed.TotalSeconds, 0.001);
            var record = new ProgressRecord(1, _report.Activity, $"{done} done, {_failed} failed, {rate:0.0} {_report.Unit}/s");
            if (_report.Pacing() is string pacing) record.CurrentOperation = pacing;
            _cmdlet.WriteProgress(record);
        }
    }
}
