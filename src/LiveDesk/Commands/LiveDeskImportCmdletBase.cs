using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Threading;
using LiveDesk.Contacts;
using LiveDesk.Conversations;
using LiveDesk.Errors;
using LiveDesk.Import;
using LiveDesk.Input;
using LiveDesk.Session;

namespace LiveDesk.Commands
{
    /// <summary>
    /// The base of every cmdlet that turns many piped objects into requests (New-LiveDeskContact, Set-LiveDeskContact,
    /// New-LiveDeskConversation, Send-LiveDeskMessage). It owns the loop from BeginProcessing to EndProcessing through
    /// <see cref="ImportEngine{T}"/>: the connection and its services, ShouldProcess, up to -ThrottleLimit requests in
    /// flight with the output in input order, pacing, progress, the summary, and stopping (Ctrl+C, 401/403, -ErrorAction
    /// Stop). It declares -MaximumRateLimitWaitSec, the one parameter every import shares beyond the connected base's.
    /// </summary>
    /// <remarks>
    /// To add an import cmdlet, write one file in Commands/: a <c>public sealed class VerbNounCommand :
    /// LiveDeskImportCmdletBase&lt;TResult&gt;</c> with <c>SupportsShouldProcess = true</c>, its own parameters, and
    /// <list type="bullet">
    /// <item><see cref="Report"/>: the progress activity, summary title, unit and outcome names (a static instance);</item>
    /// <item><see cref="Input"/>: its <c>-InputObject</c> parameter (the piped row), or null when it has none;</item>
    /// <item><see cref="ReadRow"/>: checks one object and returns <see cref="ImportRow{T}.Failed"/> with the error, or
    /// <see cref="ImportRow{T}.Request"/> with the request for it, sent through <see cref="Contacts"/> or
    /// <see cref="Conversations"/> (<see cref="ImportRow{T}.Previewed"/> when -WhatIf should show every field sent). Give
    /// it keys (such as "conversation:12") when rows touching the same thing must be sent one after the other. The request
    /// runs on a worker thread: capture the service and parameter values in locals first. A row that came from no input
    /// object can name <see cref="DescribeParameters"/> as its target.</item>
    /// </list>
    /// Optionally override <see cref="BeginImport"/> for per-command set-up (reading -Map, -MatchBy), and
    /// <see cref="CountsInputArrays"/> when an array given as <c>-InputObject $rows</c> is a list of rows. A cmdlet that
    /// writes contact fields derives from <see cref="LiveDeskContactImportCmdletBase"/> instead. The loop, ShouldProcess,
    /// ordering, pacing, progress, summary and stopping need no code in the cmdlet, and -ThrottleLimit and
    /// -MaximumRateLimitWaitSec no declaration; its docs/VerbNoun.md lists them like the other import cmdlets' pages.
    /// </remarks>
    public abstract class LiveDeskImportCmdletBase<TResult> : LiveDeskConnectedCmdletBase, IImportHost<TResult>
    {
        private ImportEngine<TResult>? _engine;
        private bool _previewing;

        internal LiveDeskImportCmdletBase() { }

        /// <summary>How long one row may wait out rate limiting (429) in total before it fails.</summary>
        [Parameter]
        [ValidateRange(0, 86400)]
        public int MaximumRateLimitWaitSec { get; set; } = 300;

        /// <summary>The contact operations on this command's connection, with its -MaximumRateLimitWaitSec budget.</summary>
        internal ContactService Contacts { get; private set; } = null!;

        /// <summary>The conversation operations on this command's connection; they share the contact operations' budget and 429 count.</summary>
        internal ConversationService Conversations { get; private set; } = null!;

        /// <summary>What progress and the summary call this cmdlet's work and its outcomes.</summary>
        internal abstract ImportReport<TResult> Report { get; }

        /// <summary>This record's input object (the cmdlet's -InputObject), or null when the cmdlet binds only parameters.</summary>
        internal abstract PSObject? Input { get; }

        /// <summary>True when an array given directly as -InputObject is a list of rows, counted first so that progress shows a percentage.</summary>
        internal virtual bool CountsInputArrays => false;

        /// <summary>Per-command set-up after the services exist and before the first row; a bad argument ends the command here.</summary>
        internal virtual void BeginImport() { }

        /// <summary>Reads one input object (<paramref name="input"/>: <see cref="Input"/>, or one element of an array given to it) into a row.</summary>
        internal abstract ImportRow<TResult> ReadRow(PSObject? input);

        /// <inheritdoc />
        protected sealed override void BeginProcessing()
        {
            var connection = ResolveConnection();
            var retries = CreateRetrySettings(connection, MaximumRateLimitWaitSec);
            var contacts = CreateService(connection, retries);
            var conversations = CreateConversationService(connection, retries);
            Contacts = contacts;
            Conversations = conversations;
            _previewing = IsWhatIf();
            BeginImport();
            // Each service counts the 429s its own requests met; the import reports them together.
            _engine = new ImportEngine<TResult>(this, Report, ThrottleLimit, MyInvocation.BoundParameters.ContainsKey(nameof(ThrottleLimit)), connection.Governor, () => contacts.ThrottledCount + conversations.ThrottledCount);
        }

        /// <summary>
        /// Rows held back until their columns are known (a contact import whose e-mail or phone column is found by its
        /// values), or null: each offered row comes back in input order, with what <see cref="CaptureRecord"/> kept of
        /// the parameters bound with it.
        /// </summary>
        internal virtual RowLookahead<HeldRecord>? Lookahead => null;

        /// <summary>What a held row needs of the parameters bound with it (a pipeline-bound -InboxId), read when it is offered.</summary>
        internal virtual object? CaptureRecord() => null;

        /// <summary>Reads a row given back by <see cref="Lookahead"/>, with what was captured when it was offered.</summary>
        internal virtual ImportRow<TResult> ReadHeldRow(PSObject? input, object? captured) => ReadRow(input);

        /// <inheritdoc />
        protected sealed override void ProcessRecord()
        {
            var engine = _engine!;
            var input = Input;
            // -InputObject $rows (not from the pipeline): each element is a row, and their number is known.
            if (CountsInputArrays && !MyInvocation.ExpectingInput && InputRows.Of(input) is IReadOnlyList<object> rows)
            {
                engine.Total = rows.Count;
                foreach (var row in rows)
                {
                    if (IsCancelled) break;
                    Offer(PSObject.AsPSObject(row));
                }
                return;
            }
            Offer(input);
        }

        private void Offer(PSObject? input)
        {
            if (Lookahead is not RowLookahead<HeldRecord> lookahead)
            {
                _engine!.Submit(ReadRow(input));
                return;
            }
            foreach (var held in lookahead.Offer(input, new HeldRecord(input, CaptureRecord())))
            {
                _engine!.Submit(ReadHeldRow(held.Row, held.Captured));
            }
        }

        /// <inheritdoc />
        protected sealed override void EndProcessing()
        {
            if (Lookahead is RowLookahead<HeldRecord> lookahead)
            {
                foreach (var held in lookahead.Flush())
                {
                    if (IsCancelled) break;
                    _engine!.Submit(ReadHeldRow(held.Row, held.Captured));
                }
            }
            _engine!.Complete();
        }

        /// <summary>
        /// The TargetObject of a row that came from no input object: the parameters this cmdlet declares, as bound for
        /// this record, so that the error says which values it was about.
        /// </summary>
        /// <summary>True when this command runs under -WhatIf (its own switch, else $WhatIfPreference).</summary>
        internal bool IsWhatIf()
        {
            if (MyInvocation.BoundParameters.TryGetValue("WhatIf", out var given)) return given is SwitchParameter s ? s.IsPresent : LanguagePrimitives.IsTrue(given);
            return LanguagePrimitives.IsTrue(SessionState.PSVariable.GetValue("WhatIfPreference"));
        }

        internal PSObject DescribeParameters()
        {
            var described = new PSObject();
            // The cmdlet's own parameters, and those of a base between it and this one (the contact fields); not the shared ones.
            for (var type = GetType(); type != typeof(LiveDeskImportCmdletBase<TResult>); type = type.BaseType!)
            {
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                {
                    if (property.Name == "InputObject" || !property.IsDefined(typeof(ParameterAttribute), false)) continue;
                    if (MyInvocation.BoundParameters.TryGetValue(property.Name, out var value)) described.Properties.Add(new PSNoteProperty(property.Name, value));
                }
            }
            return described;
        }

        CancellationToken IImportHost<TResult>.CancellationToken => CancellationToken;

        bool IImportHost<TResult>.IsCancelled => IsCancelled;

        bool IImportHost<TResult>.StopOnFirstError => StopRequestedOnCommand();

        void IImportHost<TResult>.Cancel() => Cancel();

        void IImportHost<TResult>.FlushTrace() => FlushTrace();

        bool IImportHost<TResult>.Confirm(ImportRow<TResult> row) =>
            row.IsPreview ? ShouldProcess(row.WhatIf, row.WhatIf + "?", row.Action) : ShouldProcess(row.WhatIf, row.Action);

        void IImportHost<TResult>.WriteResult(TResult result) => WriteObject(result);

        bool IImportHost<TResult>.Previewing => _previewing;

        void IImportHost<TResult>.WritePlan(TResult planned) => WhatIfLine(DescribePlan(planned));

        void IImportHost<TResult>.WritePlanFailure(object? target, LiveDeskError error) =>
            WhatIfLine($"The row {Describe(target)} would fail with {error.ErrorId}: {error.Message}");

        /// <summary>The "What if:" text of a planned result (see <see cref="ImportRow{T}.Plan"/>).</summary>
        internal virtual string DescribePlan(TResult planned) => planned?.ToString() ?? string.Empty;

        // ShouldProcess prints its description as a "What if:" line under -WhatIf (and returns false).
        private void WhatIfLine(string text) => ShouldProcess(text, text, Report.Activity);

        private static string Describe(object? target) => target is PSObject row && row.BaseObject is PSCustomObject
            ? "{" + string.Join("; ", row.Properties.Take(4).Select(p => $"{p.Name}={p.Value}")) + (row.Properties.Count() > 4 ? "; ..." : string.Empty) + "}"
            : $"'{target}'";

        void IImportHost<TResult>.WriteFailure(object? target, LiveDeskError error, LiveDeskException? exception) =>
            WriteRowError(ErrorRecords.From(exception ?? new LiveDeskException(error), target), error.Fatal);

        void IImportHost<TResult>.WriteProgress(string activity, ProgressUpdate update)
        {
            // Shown as the views show data: no control character from a row or an answer reaches the terminal.
            var record = new ProgressRecord(1, activity, Models.ViewText.Show(update.Status)!)
            {
                CurrentOperation = Models.ViewText.Show(update.CurrentOperation),
                PercentComplete = update.PercentComplete,
                SecondsRemaining = update.SecondsRemaining,
            };
            if (update.Completed) record.RecordType = ProgressRecordType.Completed;
            WriteProgress(record);
        }

        void IImportHost<TResult>.WriteSummary(string summary)
        {
            if (_previewing) WhatIfLine(summary);
            WriteInformation(new InformationRecord(summary, MyInvocation.MyCommand.Name) { Tags = { "LiveDesk", "Summary" } });
        }

        void IImportHost<TResult>.WriteVerbose(string line) => WriteVerbose(line);

        void IImportHost<TResult>.ThrowStopped() => throw new PipelineStoppedException();

        Func<bool>? IImportHost<TResult>.ProbeConsole() => ConsoleProbe.Start(this);
    }
}
