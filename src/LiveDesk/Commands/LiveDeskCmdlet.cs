using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using LiveDesk.Api;
using LiveDesk.Models;

namespace LiveDesk.Commands
{
    /// <summary>
    /// The thin base of the cmdlets that talk to LiveDesk: resolves -Connection or the current connection,
    /// owns cancellation (Ctrl+C), turns client-layer errors into ErrorRecords, and relays request traces
    /// from worker threads to -Verbose on the pipeline thread.
    /// </summary>
    public abstract class LiveDeskCmdlet : PSCmdlet, IDisposable
    {
        private readonly ConcurrentQueue<string> _trace = new ConcurrentQueue<string>();

        /// <summary>
        /// <para type="description">The connection to use instead of the current one (from Connect-LiveDesk -PassThru).</para>
        /// </summary>
        [Parameter]
        [ValidateNotNull]
        public LiveDeskConnection? Connection { get; set; }

        /// <summary>Cancelled by Ctrl+C (StopProcessing).</summary>
        protected CancellationTokenSource Cancellation { get; } = new CancellationTokenSource();

        /// <summary>Queues a trace line; safe from any thread.</summary>
        protected void Trace(string line) => _trace.Enqueue(line);

        /// <summary>Writes queued trace lines as verbose messages; pipeline thread only.</summary>
        protected void FlushTrace()
        {
            while (_trace.TryDequeue(out var line)) WriteVerbose(line);
        }

        /// <summary>The connection to use, or a terminating error naming Connect-LiveDesk.</summary>
        protected LiveDeskConnection ResolveConnection()
        {
            var connection = Connection ?? ConnectionStore.Current;
            if (connection != null) return connection;
            ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException("Not connected to LiveDesk. Run Connect-LiveDesk first, or pass -Connection."),
                ErrorIds.NotConnected, ErrorCategory.ConnectionError, null));
            return null!;
        }

        /// <summary>A service bound to the connection, tracing to -Verbose.</summary>
        protected ContactService CreateService(LiveDeskConnection connection) =>
            new ContactService(connection.Client, connection.Governor, Trace);

        /// <summary>
        /// Runs one row's synchronous call: a client-layer failure becomes that row's error (terminating when
        /// no later row can succeed), Ctrl+C stops the pipeline, and traces reach -Verbose either way.
        /// </summary>
        protected void RunForRow(object? target, Action call)
        {
            try
            {
                call();
            }
            catch (LiveDeskException ex)
            {
                var record = ToErrorRecord(ex.Error, target);
                if (ex.Error.Fatal) ThrowTerminatingError(record);
                WriteError(record);
            }
            catch (OperationCanceledException) when (Cancellation.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            finally
            {
                FlushTrace();
            }
        }

        /// <summary>Builds the ErrorRecord for a client-layer error, with the input as TargetObject.</summary>
        protected static ErrorRecord ToErrorRecord(LiveDeskError error, object? target)
        {
            var record = new ErrorRecord(new LiveDeskException(error), error.ErrorId, ToCategory(error.Kind), target);
            return record;
        }

        /// <summary>Maps the client layer's error kinds to PowerShell's categories.</summary>
        internal static ErrorCategory ToCategory(LiveDeskErrorKind kind)
        {
            switch (kind)
            {
                case LiveDeskErrorKind.InvalidArgument: return ErrorCategory.InvalidArgument;
                case LiveDeskErrorKind.InvalidData: return ErrorCategory.InvalidData;
                case LiveDeskErrorKind.ResourceExists: return ErrorCategory.ResourceExists;
                case LiveDeskErrorKind.ObjectNotFound: return ErrorCategory.ObjectNotFound;
                case LiveDeskErrorKind.AuthenticationError: return ErrorCategory.AuthenticationError;
                case LiveDeskErrorKind.PermissionDenied: return ErrorCategory.PermissionDenied;
                case LiveDeskErrorKind.LimitsExceeded: return ErrorCategory.LimitsExceeded;
                case LiveDeskErrorKind.ConnectionError: return ErrorCategory.ConnectionError;
                case LiveDeskErrorKind.OperationTimeout: return ErrorCategory.OperationTimeout;
                case LiveDeskErrorKind.InvalidResult: return ErrorCategory.InvalidResult;
                default: return ErrorCategory.InvalidOperation;
            }
        }

        /// <inheritdoc />
        protected override void StopProcessing() => Cancellation.Cancel();

        /// <inheritdoc />
        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        /// <summary>Releases the cancellation source; derived cmdlets cancel their work first.</summary>
        protected virtual void Dispose(bool disposing)
        {
            if (disposing) Cancellation.Dispose();
        }
    }
}
