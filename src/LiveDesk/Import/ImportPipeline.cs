using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Commands;
using LiveDesk.Errors;
using LiveDesk.Session;

namespace LiveDesk.Import
{
    /// <summary>
    /// The import loop of a cmdlet that turns many rows into requests: keeps up to ThrottleLimit in flight,
    /// writes results in input order on the pipeline thread, counts outcomes, shows progress (through
    /// <see cref="ImportProgress"/>: after 1 s, at most 4 times a second, never again after a slow write), writes the summary, and makes sure no request outlives the command. With -ErrorAction
    /// Stop on the command it runs one row at a time, so that no row after a failure is sent.
    /// </summary>
    internal sealed class ImportPipeline<T>
    {
        private readonly LiveDeskCmdletBase _cmdlet;
        private readonly ImportReport<T> _report;
        private readonly OrderedWorkQueue<T> _queue;
        private readonly int _window;
        private readonly long[] _counts;
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private readonly ImportProgress _progress;
        private long _failed;

        /// <summary>Starts the pipeline for one invocation of <paramref name="cmdlet"/>.</summary>
        public ImportPipeline(LiveDeskCmdletBase cmdlet, ImportReport<T> report, int throttleLimit)
        {
            _cmdlet = cmdlet;
            _report = report;
            _counts = new long[report.Outcomes.Count];
            _progress = new ImportProgress(() => _watch.Elapsed, WriteProgress, cmdlet.WriteVerbose, ConsoleProbe.Start(cmdlet));
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

        /// <summary>The number of rows, when known before they arrive: progress then shows a percentage and the time left.</summary>
        public long? Total
        {
            get => _progress.Total;
            set => _progress.Total = value;
        }

        /// <summary>
        /// Queues a row's work; rows sharing a key run one after the other. After a fatal answer (401, 403) the
        /// queue itself starts no further row: they fail with the same error.
        /// </summary>
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
            _progress.Complete();
            if (_counts.Sum() + _failed == 0) return;
            var seconds = Math.Max(_watch.Elapsed.TotalSeconds, 0.001);
            var outcomes = string.Join(", ", _report.Outcomes.Select((name, i) => $"{_counts[i]} {name}"));
            var summary = $"{_report.SummaryTitle}: {outcomes}, {_failed} failed in {seconds:0.0} s ({_counts.Sum() / seconds:0.0} {_report.Unit}/s; {_report.Throttled()} answers 429).";
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
                    _queue.WaitForHead(ImportProgress.Interval);
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

        private void WriteProgress(ProgressUpdate update)
        {
            // Shown as the views show data: no control character from a row or an answer reaches the terminal.
            var record = new ProgressRecord(1, _report.Activity, Models.ViewText.Show(update.Status)!)
            {
                CurrentOperation = Models.ViewText.Show(update.CurrentOperation),
                PercentComplete = update.PercentComplete,
                SecondsRemaining = update.SecondsRemaining,
            };
            if (update.Completed) record.RecordType = ProgressRecordType.Completed;
            _cmdlet.WriteProgress(record);
        }

        private void ReportProgress() =>
            _progress.Report(_counts.Sum(), _failed, rate => $"{_counts.Sum()} done, {_failed} failed, {rate:0.0} {_report.Unit}/s", _report.Pacing);
    }
}
