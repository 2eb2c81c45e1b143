using System;
using System.Collections.Generic;
using System.Linq;
using System.Diagnostics;
using System.Management.Automation;
using LiveDesk.Api;
using LiveDesk.Models;

namespace LiveDesk.Commands
{
    /// <summary>
    /// <para type="synopsis">Creates LiveDesk contacts, typically one per row of a CSV file.</para>
    /// <para type="description">Keeps several requests in flight, paces itself to the server's rate limit and writes the created contacts in input order.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "LiveDeskContact", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(LiveDeskContact))]
    public sealed class NewLiveDeskContactCommand : LiveDeskCmdlet
    {
        private static readonly TimeSpan ProgressDelay = TimeSpan.FromSeconds(1);
        private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);

        private OrderedWorkQueue<LiveDeskContact>? _queue;
        private LiveDeskConnection? _connection;
        private ContactService? _service;
        private int _window;
        private readonly Stopwatch _watch = new Stopwatch();
        private TimeSpan _lastProgress = TimeSpan.Zero;
        private bool _progressShown;
        private long _created, _existing, _updated, _failed;

        /// <summary>The inbox (channel) id to create the contact in.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("inbox_id", "Inbox", "ChannelId")]
        [InboxIdTransformation]
        public long InboxId { get; set; }

        /// <summary>The contact's name.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("DisplayName", "FullName", "ContactName")]
        [AllowNull, AllowEmptyString]
        public string? Name { get; set; }

        /// <summary>The contact's e-mail address.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("EmailAddress", "Mail", "E-mail", "email_address", "PrimarySmtpAddress")]
        [AllowNull, AllowEmptyString]
        public string? Email { get; set; }

        /// <summary>The contact's phone number in E.164 format.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("phone_number", "Phone", "Mobile", "MobilePhone", "Telephone", "TelephoneNumber")]
        [AllowNull, AllowEmptyString]
        public string? PhoneNumber { get; set; }

        /// <summary>An absolute http(s) URL of an avatar image.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("avatar_url", "Avatar", "PhotoUrl")]
        [AllowNull, AllowEmptyString]
        public string? AvatarUrl { get; set; }

        /// <summary>Your own id for the contact.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("ExternalId", "UserId", "EmployeeId", "CustomerId")]
        [AllowNull, AllowEmptyString]
        public string? Identifier { get; set; }

        /// <summary>The input row; bound from the pipeline and used as the TargetObject of errors.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        /// <summary>What to do when the e-mail, phone number or identifier already belongs to a contact.</summary>
        [Parameter]
        public IfExistsAction IfExists { get; set; } = IfExistsAction.Error;

        /// <summary>The most requests in flight at once.</summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 16;

        /// <summary>How long one row may wait out rate limiting (429) in total before it fails.</summary>
        [Parameter]
        [ValidateRange(0, 86400)]
        public int MaximumRateLimitWaitSec { get; set; } = 300;

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            _connection = ResolveConnection();
            _service = CreateService(_connection);
            _service.MaximumRateLimitWait = TimeSpan.FromSeconds(MaximumRateLimitWaitSec);
            if (StopRequestedOnCommand())
            {
                // -ErrorAction Stop on this command asks to stop at the first failed row, so nothing after it
                // may be sent: each row is finished (and its error written, which stops the pipeline) before
                // the next one is accepted. A script-wide $ErrorActionPreference = 'Stop' does not do this: runbooks
                // set it for every command, and a silently sequential import would be the bigger surprise.
                _queue = new OrderedWorkQueue<LiveDeskContact>(1);
                _window = 1;
                WriteVerbose("ErrorAction is Stop: sending one row at a time so that no row after a failure is sent.");
            }
            else
            {
                _queue = new OrderedWorkQueue<LiveDeskContact>(ThrottleLimit);
                // Enough queued beyond the requests in flight to keep them busy while the head row is slow.
                _window = Math.Max(ThrottleLimit * 4, 8);
            }
            _watch.Start();
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            var row = InputObject;
            var fields = new ContactFields
            {
                InboxId = InboxId,
                Name = ContactValidator.Clean(Name),
                Email = ContactValidator.Clean(Email),
                PhoneNumber = ContactValidator.Clean(PhoneNumber),
                AvatarUrl = ContactValidator.Clean(AvatarUrl),
                Identifier = ContactValidator.Clean(Identifier),
            };
            object target = row ?? DescribeParameters();

            var error = row == null ? null : CheckRowShape(row, fields);
            error ??= ContactValidator.Validate(fields, requireInbox: true);
            if (error != null)
            {
                _queue!.AddCompleted(new WorkResult<LiveDeskContact> { Item = target, Error = error });
            }
            else if (ShouldProcess($"{fields.Describe()} in inbox {fields.InboxId}", "Create LiveDesk contact"))
            {
                var service = _service!;
                var ifExists = IfExists;
                _queue!.Add(target, UniqueKeys(fields), ct => service.CreateAsync(fields, ifExists, ct), Cancellation.Token);
            }
            Drain(untilEmpty: false);
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            Drain(untilEmpty: true);
            var total = _created + _existing + _updated + _failed;
            if (_progressShown)
            {
                WriteProgress(new ProgressRecord(1, "Creating LiveDesk contacts", "Done") { RecordType = ProgressRecordType.Completed });
            }
            if (total > 0)
            {
                var seconds = Math.Max(_watch.Elapsed.TotalSeconds, 0.001);
                var summary = $"LiveDesk import: {_created} created, {_existing} existing, {_updated} updated, {_failed} failed in {seconds:0.0} s ({(_created + _existing + _updated) / seconds:0.0} contacts/s).";
                WriteInformation(new InformationRecord(summary, "New-LiveDeskContact") { Tags = { "LiveDesk", "Summary" } });
            }
        }

        private void Drain(bool untilEmpty)
        {
            var queue = _queue!;
            try
            {
                while (queue.Count > 0)
                {
                    if (Cancellation.IsCancellationRequested) StopNow();
                    if (queue.TryTake(out var result))
                    {
                        Emit(result);
                        continue;
                    }
                    if (!untilEmpty && queue.Count < _window) break;
                    queue.WaitForHead(ProgressInterval);
                    FlushTrace();
                    ReportProgress();
                }
                FlushTrace();
                ReportProgress();
            }
            catch (Exception) when (!Cancellation.IsCancellationRequested)
            {
                // The pipeline is ending under us: an error under $ErrorActionPreference = 'Stop', a downstream
                // Select-Object -First, a terminating error. No request may outlive the command.
                Cancellation.Cancel();
                queue.WaitAll(TimeSpan.FromSeconds(1));
                throw;
            }
        }

        private void Emit(WorkResult<LiveDeskContact> result)
        {
            if (result.Cancelled) StopNow();
            if (result.Error is LiveDeskError error)
            {
                _failed++;
                var record = ToErrorRecord(error, result.Item);
                if (error.Fatal)
                {
                    // No later row can succeed (bad credentials, host gone): stop everything in flight.
                    Cancellation.Cancel();
                    _queue!.WaitAll(TimeSpan.FromSeconds(1));
                    FlushTrace();
                    ThrowTerminatingError(record);
                }
                WriteError(record);
                return;
            }
            var contact = result.Value!;
            switch (contact.Outcome)
            {
                case ContactOutcome.Existing: _existing++; break;
                case ContactOutcome.Updated: _updated++; break;
                default: _created++; break;
            }
            WriteObject(contact);
        }

        /// <inheritdoc />
        protected override void Dispose(bool disposing)
        {
            if (disposing) Cancellation.Cancel();
            base.Dispose(disposing);
        }

        private void StopNow()
        {
            Cancellation.Cancel();
            // In-flight requests observe the token; give them a moment so none outlives the command.
            _queue!.WaitAll(TimeSpan.FromSeconds(1));
            throw new PipelineStoppedException();
        }

        private void ReportProgress()
        {
            var elapsed = _watch.Elapsed;
            if (elapsed < ProgressDelay || elapsed - _lastProgress < ProgressInterval) return;
            _lastProgress = elapsed;
            _progressShown = true;
            var done = _created + _existing + _updated;
            var rate = done / Math.Max(elapsed.TotalSeconds, 0.001);
            var status = $"{done} done, {_failed} failed, {rate:0.0} contacts/s";
            var governor = _connection!.Governor;
            string? operation = null;
            var pause = governor.CurrentPause;
            if (pause > TimeSpan.Zero) operation = $"Rate limited: waiting {pause.TotalSeconds:0.0} s (Retry-After)";
            else if (governor.CurrentRate is double paced) operation = $"Rate limited: pacing at {paced:0.0} requests/s ({_service!.ThrottledCount} answers 429 so far)";
            var record = new ProgressRecord(1, "Creating LiveDesk contacts", status);
            if (operation != null) record.CurrentOperation = operation;
            WriteProgress(record);
        }

        private bool StopRequestedOnCommand()
        {
            if (!MyInvocation.BoundParameters.TryGetValue("ErrorAction", out var value)) return false;
            if (value is PSObject pso) value = pso.BaseObject;
            return value != null && Enum.TryParse<ActionPreference>(value.ToString(), true, out var pref)
                && (pref == ActionPreference.Stop || pref == ActionPreference.Inquire);
        }

        private static IReadOnlyCollection<string> UniqueKeys(ContactFields f)
        {
            var keys = new List<string>(3);
            if (f.Email != null) keys.Add("e:" + f.Email.ToLowerInvariant());
            if (f.PhoneNumber != null) keys.Add("p:" + f.PhoneNumber);
            if (f.Identifier != null) keys.Add("i:" + f.Identifier);
            return keys;
        }

        /// <summary>
        /// Catches input that would bind nothing and silently create empty contacts: a string, a hashtable
        /// (its keys do not bind to parameters), or a row with none of the contact columns, which is what
        /// Import-Csv yields for a file with another delimiter (Excel in many locales writes ';').
        /// </summary>
        private static LiveDeskError? CheckRowShape(PSObject row, ContactFields fields)
        {
            var value = row.BaseObject;
            if (value is string || value.GetType().IsPrimitive || value is decimal)
            {
                return InvalidInput($"The input '{row}' is not a row: pipe objects with properties such as Email and Name (for example from Import-Csv).");
            }
            if (value is System.Collections.IDictionary)
            {
                return InvalidInput("A hashtable's keys do not bind to parameters: pipe [pscustomobject]@{ Name = ...; Email = ... } instead.");
            }
            if (fields.Name == null && fields.Email == null && fields.PhoneNumber == null && fields.Identifier == null && fields.AvatarUrl == null)
            {
                var columns = string.Join("', '", row.Properties.Select(p => p.Name).Take(8));
                return InvalidInput(columns.Length == 0
                    ? "The row is empty: it has no name, e-mail, phone number, identifier or avatar URL."
                    : $"The row has no name, e-mail, phone number, identifier or avatar URL (its columns: '{columns}'). Check the column names and, for CSV files, the delimiter (Import-Csv -Delimiter ';').");
            }
            return null;
        }

        private static LiveDeskError InvalidInput(string message) => new LiveDeskError(ErrorIds.InvalidInput, LiveDeskErrorKind.InvalidArgument, message);

        private PSObject DescribeParameters()
        {
            var o = new PSObject();
            o.Properties.Add(new PSNoteProperty("InboxId", InboxId));
            o.Properties.Add(new PSNoteProperty("Name", Name));
            o.Properties.Add(new PSNoteProperty("Email", Email));
            o.Properties.Add(new PSNoteProperty("PhoneNumber", PhoneNumber));
            o.Properties.Add(new PSNoteProperty("AvatarUrl", AvatarUrl));
            o.Properties.Add(new PSNoteProperty("Identifier", Identifier));
            return o;
        }
    }
}
