using System.Collections;
using System.Management.Automation;
using LiveDesk.Contacts;
using LiveDesk.Errors;
using LiveDesk.Import;
using LiveDesk.Input;
using LiveDesk.Models;
using LiveDesk.Parameters;

namespace LiveDesk.Commands
{
    /// <summary>Updates a LiveDesk contact.</summary>
    [Cmdlet(VerbsCommon.Set, "LiveDeskContact", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(LiveDeskContact))]
    public sealed class SetLiveDeskContactCommand : LiveDeskConnectedCmdletBase
    {
        /// <summary>The id of the contact to update.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ContactId")]
        [ValidateRange(1, long.MaxValue)]
        public long Id { get; set; }

        /// <summary>The new name; wins over a piped row's name (piped rows are read by their column names).</summary>
        [Parameter]
        [AllowNull, AllowEmptyString]
        public string? Name { get; set; }

        /// <summary>The new e-mail address; wins over a piped row's.</summary>
        [Parameter]
        [AllowNull, AllowEmptyString]
        public string? Email { get; set; }

        /// <summary>The new phone number: E.164, or a national number with -DefaultRegion; wins over a piped row's.</summary>
        [Parameter]
        [Alias("Phone")]
        [AllowNull, AllowEmptyString]
        public string? PhoneNumber { get; set; }

        /// <summary>The new identifier; wins over a piped row's.</summary>
        [Parameter]
        [AllowNull, AllowEmptyString]
        public string? Identifier { get; set; }

        /// <summary>The new avatar URL; wins over a piped row's.</summary>
        [Parameter]
        [AllowNull, AllowEmptyString]
        public string? AvatarUrl { get; set; }

        /// <summary>The region (two-letter code such as DE or US) of phone numbers written without country code.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(RegionCompleter))]
        public string? DefaultRegion { get; set; }

        /// <summary>Custom attributes to set; merged with the contact's existing ones.</summary>
        [Parameter]
        [Alias("CustomAttributes")]
        public Hashtable? CustomAttribute { get; set; }

        /// <summary>The input row; bound from the pipeline and used as the TargetObject of errors.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        private ContactService? _service;
        private ContactReading? _reading;

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            _reading = ContactReading.Start(this, DefaultRegion, null);
            _service = CreateService(ResolveConnection());
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            object target = (object?)InputObject ?? Id;
            // A conversation or message has an Id too: bound to -Id it would update whichever contact has that id.
            if (InputObject?.BaseObject is LiveDeskConversation || InputObject?.BaseObject is LiveDeskMessage)
            {
                WriteError(ErrorRecords.Create(ErrorIds.InvalidInput, LiveDeskErrorKind.InvalidArgument, target,
                    $"Set-LiveDeskContact updates contacts; a {InputObject.BaseObject.GetType().Name} was piped in. Pipe its contact instead, e.g. Set-LiveDeskContact -Id $conversation.ContactId."));
                return;
            }
            // A piped row's columns are read like New-LiveDeskContact reads them; the command line's values win.
            var read = _reading!.Read(InputObject, new CommandLineFields { Name = Name, Email = Email, PhoneNumber = PhoneNumber, Identifier = Identifier, AvatarUrl = AvatarUrl }, requireField: false);
            var fields = read.Fields;
            fields.InboxId = null;
            // Checked and converted by the validator (cycles, depth, NaN, objects): an error for the row, not a crash.
            fields.CustomAttributes = CustomAttribute;
            var invalid = read.Error ?? ContactValidator.Validate(fields, requireInbox: false);
            if (invalid != null)
            {
                WriteError(ErrorRecords.From(invalid, target));
                return;
            }
            var preview = ContactPreview.Update(Id, fields);
            if (!ShouldProcess(preview, preview + "?", "Update LiveDesk contact")) return;
            RunForRow(target, () => WriteObject(Run(ct => _service!.UpdateAsync(Id, fields, ct))));
        }
    }
}
