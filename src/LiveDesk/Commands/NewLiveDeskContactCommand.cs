using System.Collections;
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
    public sealed class NewLiveDeskContactCommand : LiveDeskContactImportCmdletBase
    {
        private static readonly ImportReport<LiveDeskContact> Creates = new ImportReport<LiveDeskContact>("Creating LiveDesk contacts", "LiveDesk import", "contacts",
            new[] { "created", "existing", "updated", "unchanged" })
        {
            Classify = contact => contact.Outcome == ContactOutcome.Existing ? 1 : contact.Outcome == ContactOutcome.Updated ? 2 : contact.Outcome == ContactOutcome.Unchanged ? 3 : 0,
        };

        private bool _inboxOnCommandLine;
        private bool _warnedUnmatchable;
        private RowLookahead<HeldRecord>? _lookahead;
        private InboxIdPipeBind? _rowInbox;

        /// <summary>The inbox (channel) id to create the contact in.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("inbox_id", "Inbox", "ChannelId")]
        [InboxIdTransformation]
        public InboxIdPipeBind? InboxId { get; set; }

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

        internal override ImportReport<LiveDeskContact> Report => Creates;

        internal override PSObject? Input => InputObject;

        internal override bool CountsInputArrays => true;

        internal override string DescribePlan(LiveDeskContact planned) => planned.Plan ?? planned.ToString();

        internal override IDictionary? ColumnMap => Map;

        internal override void BeginContactImport()
        {
            _inboxOnCommandLine = MyInvocation.BoundParameters.ContainsKey(nameof(InboxId));
            Contacts.UseMatching(MatchBy, ThrottleLimit, MaximumIndexMB);
            _lookahead = Reading.Lookahead<HeldRecord>();
        }

        // Rows wait in the lookahead while their e-mail or phone column can only be found by its values; the -InboxId
        // bound with each row (by property name) travels with it.
        internal override RowLookahead<HeldRecord>? Lookahead => _lookahead;

        internal override object? CaptureRecord() => InboxId;

        internal override ImportRow<LiveDeskContact> ReadHeldRow(PSObject? input, object? captured)
        {
            _rowInbox = captured as InboxIdPipeBind;
            return ReadRow(input);
        }

        internal override ImportRow<LiveDeskContact> ReadRow(PSObject? row)
        {
            var read = ReadContact(row, requireField: true);
            object target = row ?? DescribeParameters();
            if (read.Terminating) ThrowTerminatingError(ErrorRecords.From(read.Error!, target));
            if (read.IsHeader) return ImportRow<LiveDeskContact>.Nothing(target);

            var fields = read.Fields;
            // -InboxId on the command line applies to every row; otherwise the row's inbox column, read like any column. A
            // column that names the inbox instead ("WhatsApp Tienda" in Chatwoot's conversation export) fails only the rows
            // that rely on it.
            string? unreadableInboxId = null;
            if (_inboxOnCommandLine || !read.RowHasInbox)
            {
                var inbox = _lookahead == null ? InboxId : _rowInbox;
                fields.InboxId = inbox?.Id ?? 0;
                unreadableInboxId = inbox?.Id == null ? inbox?.Text : null;
            }
            else unreadableInboxId = read.UnreadableInbox;
            var error = read.Error
                ?? (unreadableInboxId == null ? null : ContactValidator.InvalidInboxId(unreadableInboxId))
                ?? read.Explain(ContactValidator.Validate(fields, requireInbox: true));
            if (error != null) return ImportRow<LiveDeskContact>.Failed(target, error);

            var ifExists = IfExists;
            if (ifExists != IfExistsAction.Error && !fields.HasUniqueField && !_warnedUnmatchable)
            {
                _warnedUnmatchable = true;
                WriteWarning(ViewText.Show($"Rows without an e-mail, phone number or identifier (the first: {fields.Describe()}) cannot be matched to existing contacts: -IfExists {ifExists} does not apply to them, and they are created again every time they are imported.")!);
            }
            var service = Contacts;
            return ImportRow<LiveDeskContact>.Previewed(target, "Create LiveDesk contact", ContactPreview.Create(fields),
                ct => service.CreateAsync(fields, ifExists, ct), UniqueFields.OrderingKeys(fields))
                .WithPlan(ct => ContactPlanner.PlanCreateAsync(service, fields, ifExists, ct));
        }
    }
}
