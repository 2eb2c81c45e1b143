using System;
using System.Collections;
using System.Management.Automation;
using LiveDesk.Api;
using LiveDesk.Models;

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

        /// <summary>The new name.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("DisplayName", "FullName", "ContactName")]
        [AllowNull, AllowEmptyString]
        public string? Name { get; set; }

        /// <summary>The new e-mail address.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("EmailAddress", "Mail", "E-mail", "email_address")]
        [AllowNull, AllowEmptyString]
        public string? Email { get; set; }

        /// <summary>The new phone number in E.164 format.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("phone_number", "Phone", "Mobile", "MobilePhone", "Telephone", "TelephoneNumber")]
        [AllowNull, AllowEmptyString]
        public string? PhoneNumber { get; set; }

        /// <summary>The new identifier.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("ExternalId", "UserId", "EmployeeId", "CustomerId")]
        [AllowNull, AllowEmptyString]
        public string? Identifier { get; set; }

        /// <summary>The new avatar URL.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("avatar_url", "Avatar", "PhotoUrl")]
        [AllowNull, AllowEmptyString]
        public string? AvatarUrl { get; set; }

        /// <summary>Custom attributes to set; merged with the contact's existing ones.</summary>
        [Parameter]
        [Alias("CustomAttributes")]
        public Hashtable? CustomAttribute { get; set; }

        /// <summary>The input row; bound from the pipeline and used as the TargetObject of errors.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        private ContactService? _service;

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            _service = CreateService(ResolveConnection());
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            var fields = new ContactFields
            {
                Name = ContactValidator.Clean(Name),
                Email = ContactValidator.Clean(Email),
                PhoneNumber = ContactValidator.Clean(PhoneNumber),
                Identifier = ContactValidator.Clean(Identifier),
                AvatarUrl = ContactValidator.Clean(AvatarUrl),
                CustomAttributes = CustomAttribute,
            };
            object target = (object?)InputObject ?? Id;
            var invalid = ContactValidator.Validate(fields, requireInbox: false);
            if (invalid != null)
            {
                WriteError(ErrorRecords.From(invalid, target));
                return;
            }
            if (!ShouldProcess($"contact {Id}", "Update LiveDesk contact")) return;
            RunForRow(target, () => WriteObject(Run(ct => _service!.UpdateAsync(Id, fields, ct))));
        }
    }
}
