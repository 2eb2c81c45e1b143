using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using LiveDesk.Api;
using LiveDesk.Models;

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
        private bool _warnedUnmatchable;

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

        /// <summary>
        /// How rows are matched to existing contacts with -IfExists Skip or Update: Auto (default) lists the account
        /// into an index when that is cheaper than searching, Index always lists it first, Search never does.
        /// </summary>
        [Parameter]
        public MatchBy MatchBy { get; set; } = MatchBy.Auto;

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
            var connection = ResolveConnection();
            var service = CreateService(connection, policy =>
            {
                policy.MaximumRateLimitWait = TimeSpan.FromSeconds(MaximumRateLimitWaitSec);
                policy.RateLimitBudgetName = "-MaximumRateLimitWaitSec";
            });
            _service = service;
            service.UseMatching(MatchBy, ThrottleLimit);
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
            }, ThrottleLimit);
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

            // Read before anything else binds: the transformation keeps the text of an id it could not read.
            var unreadableInboxId = InboxIdTransformationAttribute.TakeRejected() ?? (InboxId == 0 ? _rejectedOnCommandLine : null);
            var error = (row == null ? null : CheckRowShape(row, fields))
                ?? (unreadableInboxId == null ? null : ContactValidator.InvalidInboxId(unreadableInboxId))
                ?? ContactValidator.Validate(fields, requireInbox: true);
            if (error != null)
            {
                _pipeline!.AddFailed(target, error);
            }
            else if (ShouldProcess($"{fields.Describe()} in inbox {fields.InboxId}", "Create LiveDesk contact"))
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
            _pipeline!.Drain();
        }

        /// <inheritdoc />
        protected override void EndProcessing() => _pipeline!.Complete();

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

        private static LiveDeskError InvalidInput(string message) => Failures.Invalid(ErrorIds.InvalidInput, message);

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
