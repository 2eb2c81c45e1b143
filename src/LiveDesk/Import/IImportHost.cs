using System;
using System.Threading;
using LiveDesk.Errors;

namespace LiveDesk.Import
{
    /// <summary>
    /// What <see cref="ImportEngine{T}"/> needs from the cmdlet it runs in: its cancellation, ShouldProcess and the
    /// streams it writes to. The engine stays plain C#, so that xunit can drive it with a fake host; the cmdlet side
    /// is <c>LiveDeskImportCmdletBase</c>. Every member is called on the pipeline thread.
    /// </summary>
    internal interface IImportHost<T>
    {
        /// <summary>Cancelled by Ctrl+C, or when the engine gives up on the work in flight.</summary>
        CancellationToken CancellationToken { get; }

        /// <summary>True once <see cref="CancellationToken"/> is cancelled.</summary>
        bool IsCancelled { get; }

        /// <summary>Cancels everything in flight.</summary>
        void Cancel();

        /// <summary>Writes the request traces that worker threads queued (-Verbose).</summary>
        void FlushTrace();

        /// <summary>Asks ShouldProcess (-WhatIf, -Confirm) for a row that passed its checks.</summary>
        bool Confirm(ImportRow<T> row);

        /// <summary>True under -WhatIf: rows with a plan run it instead of asking ShouldProcess, and nothing is written.</summary>
        bool Previewing { get; }

        /// <summary>Under -WhatIf, says what the real run would do with a row (a "What if:" line).</summary>
        void WritePlan(T planned);

        /// <summary>Under -WhatIf, says which error the real run would give the row, and why.</summary>
        void WritePlanFailure(object? target, LiveDeskError error);

        /// <summary>Writes one result to the output.</summary>
        void WriteResult(T result);

        /// <summary>
        /// Writes a row's error with the row as TargetObject; for a fatal one (no later row can succeed) the host ends
        /// the command with it, after the engine stopped the work in flight.
        /// </summary>
        void WriteFailure(object? target, LiveDeskError error, LiveDeskException? exception);

        /// <summary>Writes a progress update of the activity.</summary>
        void WriteProgress(string activity, ProgressUpdate update);

        /// <summary>Writes the summary line (the information stream, tagged Summary).</summary>
        void WriteSummary(string summary);

        /// <summary>Writes a verbose line.</summary>
        void WriteVerbose(string line);

        /// <summary>Ends the command because the user stopped it (Ctrl+C); does not return.</summary>
        void ThrowStopped();

        /// <summary>
        /// True when this command's own -ErrorAction is Stop or Inquire: the engine then sends one row at a time,
        /// so that no row after a failure is sent.
        /// </summary>
        bool StopOnFirstError { get; }

        /// <summary>Starts asking the console whether it answers cursor queries (see <see cref="ImportProgress"/>); null when no probe is needed.</summary>
        Func<bool>? ProbeConsole();
    }
}
