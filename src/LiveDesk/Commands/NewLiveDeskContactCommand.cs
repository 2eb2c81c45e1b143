using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using LiveDesk.Contacts;
using LiveDesk.Errors;
using LiveDesk.Import;
using LiveDesk.Input;
using LiveDesk.Models;
using LiveDesk.Parameters;
using LiveDesk.Protocol;

namespace LiveDesk.Commands
{
    /// <summary>
    /// Creates LiveDesk contacts, typically one per row of a CSV file. Keeps several requests in flight,
    /// paces itself to the server's rate limit and writes the created contacts in input order.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "LiveDeskContact", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(LiveDeskContact))]
    public sealed class NewLiveDeskContactCommand : LiveDeskConnectedCmdletBase
    {
        private ImportPipeline<LiveDeskContact>? _pipeline;
        private ContactService? _service;
        private string? _rejectedOnCommandLine;
        private bool _inboxOnCommandLine;
        private ContactReading? _reading;
        private CommandLineFields? _commandLine;
        private bool _warnedUnmatchable;

        /// <summary>The inbox (channel) id to create the contact in.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("inbox_id", "Inbox", "ChannelId")]
        [InboxIdTransformation]
        public long InboxId { get; set; }

        /// <summary>
        /// The contact's name. Given on the command line it wins over a piped row's name; piped rows are read by
        /// their column names (see -Map), not bound to this parameter.
        /// </summary>
        [Parameter]
        [AllowNull, AllowEmptyString]
        public string? Name { get; set; }

        /// <summary>The contact's e-mail address; wins over a piped row's.</summary>
        [Parameter]
        [AllowNull, AllowEmptyString]
        public string? Email { get; set; }

        /// <summary>The contact's phone number: E.164, or a national number with -DefaultRegion; wins over a piped row's.</summary>
        [Parameter]
        [Alias("Phone")]
        [AllowNull, AllowEmptyString]
        public string? PhoneNumber { get; set; }

        /// <summary>An absolute http(s) URL of an avatar image; wins over a piped row's.</summary>
        [Parameter]
        [AllowNull, AllowEmptyString]
        public string? AvatarUrl { get; set; }

        /// <summary>Your own id for the contact; wins over a piped row's.</summary>
        [Parameter]
        [AllowNull, AllowEmptyString]
        public string? Identifier { get; set; }

        /// <summary>
        /// The input rows: objects from the pipeline (Import-Csv, Get-ADUser, Get-MgUser, ...), or an array given as
        /// -InputObject $rows, whose rows are counted first so that progress shows a percentage and the time left.
        /// </summary>
        [Parameter(ValueFromPipeline = true)]
        public PSObject? InputObject { get; set; }

        /// <summary>
        /// Which column fills which field, over the built-in header table: field = 'column name',
        /// field = { script block over $_ } or field = $null (never fill it).
        /// </summary>
        [Parameter]
        public Hashtable? Map { get; set; }

        /// <summary>The region (ISO 3166 two-letter code, such as DE or US) of phone numbers written without country code.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(RegionCompleter))]
        public string? DefaultRegion { get; set; }

        /// <summary>What to do when the e-mail, phone number or identifier already belongs to a contact.</summary>
        [Parameter]
        public IfExistsAction IfExists { get; set; } = IfExistsAction.Error;

        /// <summary>
        /// How rows are matched to existing contacts with -IfExists Skip or Update: Auto (default) lists the account
        /// into an index when that is cheaper than searching, Index always lists it first, Search never does.
        /// </summary>
        [Parameter]
        public MatchBy MatchBy { get; set; } = MatchBy.Auto;

        /// <summary>The most memory, in MB, the index of the account may take (-MatchBy); an account that needs more is matched by searching.</summary>
        [Parameter]
        [ValidateRange(1, 1048576)]
        public int MaximumIndexMB { get; set; } = MatchingStrategy.DefaultCapacityMB;

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
            _rejectedOnCommandLine = InboxIdTransformationAttribute.TakeRejected();
            _inboxOnCommandLine = MyInvocation.BoundParameters.ContainsKey(nameof(InboxId));
            _reading = ContactReading.Start(this, DefaultRegion, Map);
            _commandLine = new CommandLineFields { Name = Name, Email = Email, PhoneNumber = PhoneNumber, Identifier = Identifier, AvatarUrl = AvatarUrl };
            var connection = ResolveConnection();
            var service = CreateService(connection, MaximumRateLimitWaitSec);
            _service = service;
            service.UseMatching(MatchBy, ThrottleLimit, MaximumIndexMB);
            _pipeline = new ImportPipeline<LiveDeskContact>(this, new ImportReport<LiveDeskContact>
            {
                Activity = "Creating LiveDesk contacts",
                SummaryTitle = "LiveDesk import",
                Source = "New-LiveDeskContact",
                Unit = "contacts",
                Outcomes = new[] { "created", "existing", "updated", "unchanged" },
                Classify = contact => contact.Outcome == ContactOutcome.Existing ? 1 : contact.Outcome == ContactOutcome.Updated ? 2 : contact.Outcome == ContactOutcome.Unchanged ? 3 : 0,
                // The pacing of the connection this import resolved, not whatever is current by then.
                Pacing = () => ImportPacing.Describe(connection.Governor, service.ThrottledCount),
                Throttled = () => service.ThrottledCount,
            }, ThrottleLimit);
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            // -InputObject $rows (not from the pipeline): each element is a row, and their number is known.
            if (!MyInvocation.ExpectingInput && InputRows.Of(InputObject) is IReadOnlyList<object> rows)
            {
                _pipeline!.Total = rows.Count;
                foreach (var row in rows)
                {
                    if (IsCancelled) break;
                    Process(PSObject.AsPSObject(row));
                }
                return;
            }
            Process(InputObject);
        }

        private void Process(PSObject? row)
        {
            // Read before anything else binds: the transformation keeps the text of an id it could not read.
            var unreadableInboxId = InboxIdTransformationAttribute.TakeRejected() ?? (InboxId == 0 ? _rejectedOnCommandLine : null);
            var read = _reading!.Read(row, _commandLine!, requireField: true);
            object target = row ?? DescribeParameters();
            if (read.Terminating) ThrowTerminatingError(ErrorRecords.From(read.Error!, target));

            var fields = read.Fields;
            // -InboxId on the command line applies to every row; otherwise the row's inbox column, read like any column.
            if (_inboxOnCommandLine || !read.RowHasInbox) fields.InboxId = InboxId;
            else unreadableInboxId = null;
            var error = read.Error
                ?? (unreadableInboxId == null || fields.InboxId != 0 ? null : ContactValidator.InvalidInboxId(unreadableInboxId))
                ?? ContactValidator.Validate(fields, requireInbox: true);
            if (error != null)
            {
                _pipeline!.AddFailed(target, error);
            }
            else
            {
                var preview = ContactPreview.Create(fields);
                if (ShouldProcess(preview, preview + "?", "Create LiveDesk contact"))
                {
                    var service = _service!;
                    var ifExists = IfExists;
                    if (ifExists != IfExistsAction.Error && !fields.HasUniqueField && !_warnedUnmatchable)
                    {
                        _warnedUnmatchable = true;
                        WriteWarning($"Rows without an e-mail, phone number or identifier (the first: {fields.Describe()}) cannot be matched to existing contacts: -IfExists {ifExists} does not apply to them, and they are created again every time they are imported.");
                    }
                    _pipeline!.Add(target, UniqueFields.OrderingKeys(fields), ct => service.CreateAsync(fields, ifExists, ct));
                }
            }
            _pipeline!.Drain();
        }

        /// <inheritdoc />
        protected override void EndProcessing() => _pipeline!.Complete();

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
