using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Errors;

namespace LiveDesk.Commands
{
    /// <summary>
    /// The base of every LiveDesk cmdlet that does work: cancellation on Ctrl+C, request traces relayed
    /// from worker threads to -Verbose on the pipeline thread, and client-layer errors written as
    /// ErrorRecords (terminating when no later row can succeed).
    /// </summary>
    public abstract class LiveDeskCmdletBase : PSCmdlet, IDisposable
    {
        private readonly ConcurrentQueue<(bool Warning, string Line)> _trace = new ConcurrentQueue<(bool, string)>();
        private readonly CancellationTokenSource _cancellation = new CancellationTokenSource();

        internal LiveDeskCmdletBase() { }

        /// <summary>Cancelled by Ctrl+C (StopProcessing), or when the cmdlet gives up on work in flight.</summary>
        internal CancellationToken CancellationToken => _cancellation.Token;

        internal bool IsCancelled => _cancellation.IsCancellationRequested;

        internal void Cancel() => _cancellation.Cancel();

        /// <summary>Queues a trace line; safe from any thread.</summary>
        internal void Trace(string line) => _trace.Enqueue((false, Transport.SecretScrubber.ScrubKnown(line)));

        /// <summary>Queues a warning, written in order with the trace lines; safe from any thread.</summary>
        internal void Warn(string line) => _trace.Enqueue((true, line));

        /// <summary>Writes queued trace lines as verbose messages (and warnings as warnings); pipeline thread only.</summary>
        internal void FlushTrace()
        {
            while (_trace.TryDequeue(out var entry))
            {
                if (entry.Warning) WriteWarning(entry.Line);
                else WriteVerbose(entry.Line);
            }
        }

        /// <summary>
        /// Runs a client-layer call to its end on the pipeline thread. Ctrl+C stops the pipeline; a
        /// <see cref="LiveDeskException"/> is the caller's to handle; traces reach -Verbose either way.
        /// </summary>
        internal T Run<T>(Func<CancellationToken, Task<T>> call)
        {
            try
            {
                return call(CancellationToken).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (IsCancelled)
            {
                throw new PipelineStoppedException();
            }
            finally
            {
                FlushTrace();
            }
        }

        /// <summary>Runs one row's call: its failure becomes that row's error (terminating when no later row can succeed).</summary>
        internal void RunForRow(object? target, Action call)
        {
            try
            {
                call();
            }
            catch (LiveDeskException ex)
            {
                WriteRowError(ErrorRecords.From(ex, target), ex.Error.Fatal);
            }
        }

        /// <summary>Writes a row's error; a fatal one ends the command after cancelling whatever is in flight.</summary>
        internal void WriteRowError(ErrorRecord record, bool fatal)
        {
            FlushTrace();
            if (!fatal)
            {
                WriteError(record);
                return;
            }
            Cancel();
            ThrowTerminatingError(record);
        }

        /// <summary>
        /// True when -ErrorAction Stop (or Inquire) was given to this command itself. A script-wide
        /// $ErrorActionPreference does not count: runbooks set it for every command.
        /// </summary>
        internal bool StopRequestedOnCommand()
        {
            if (!MyInvocation.BoundParameters.TryGetValue("ErrorAction", out var value)) return false;
            if (value is PSObject pso) value = pso.BaseObject;
            return value != null && Enum.TryParse<ActionPreference>(value.ToString(), true, out var pref)
                && (pref == ActionPreference.Stop || pref == ActionPreference.Inquire);
        }

        /// <inheritdoc />
        protected override void StopProcessing() => Cancel();

        /// <inheritdoc />
        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        /// <summary>Cancels what is still in flight and releases the cancellation source.</summary>
        protected virtual void Dispose(bool disposing)
        {
            if (!disposing) return;
            _cancellation.Cancel();
            _cancellation.Dispose();
        }
    }
}
