using System;
using System.Management.Automation;
using System.Threading;
using LiveDesk.Api;
using LiveDesk.Models;

namespace LiveDesk.Commands
{
    /// <summary>
    /// <para type="synopsis">Lists, searches or looks up LiveDesk contacts.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "LiveDeskContact", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(LiveDeskContact))]
    public sealed class GetLiveDeskContactCommand : LiveDeskCmdlet
    {
        private const string ListSet = "List";
        private const string LookupSet = "Lookup";
        private const int PageSize = 15;

        /// <summary>Text to search for in e-mail, phone number, name and identifier (the API's q).</summary>
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [Alias("q")]
        [ValidateNotNullOrEmpty]
        public string? Search { get; set; }

        /// <summary>Finds the contact with exactly this e-mail address (ignoring case).</summary>
        [Parameter(ParameterSetName = LookupSet, ValueFromPipelineByPropertyName = true)]
        [Alias("EmailAddress", "Mail", "E-mail", "email_address")]
        [AllowNull, AllowEmptyString]
        public string? Email { get; set; }

        /// <summary>Finds the contact with exactly this phone number.</summary>
        [Parameter(ParameterSetName = LookupSet, ValueFromPipelineByPropertyName = true)]
        [Alias("phone_number", "Phone", "Mobile", "MobilePhone", "Telephone", "TelephoneNumber")]
        [AllowNull, AllowEmptyString]
        public string? PhoneNumber { get; set; }

        /// <summary>Finds the contact with exactly this identifier.</summary>
        [Parameter(ParameterSetName = LookupSet, ValueFromPipelineByPropertyName = true)]
        [Alias("ExternalId", "UserId", "EmployeeId", "CustomerId")]
        [AllowNull, AllowEmptyString]
        public string? Identifier { get; set; }

        /// <summary>The input row; bound from the pipeline and used as the TargetObject of errors.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true, ParameterSetName = LookupSet)]
        public PSObject? InputObject { get; set; }

        /// <summary>The field to sort the list by.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("email", "name", "phone_number", "last_activity_at", "created_at")]
        public string? Sort { get; set; }

        /// <summary>Sorts in descending order.</summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter Descending { get; set; }

        private ContactService? _service;

        /// <inheritdoc />
        protected override void BeginProcessing() => _service = CreateService(ResolveConnection());

        /// <inheritdoc />
        protected override void ProcessRecord() =>
            RunForRow((object?)InputObject ?? Search, () =>
            {
                if (ParameterSetName == LookupSet) Lookup();
                else List();
            });

        private void Lookup()
        {
            var wanted = new ContactFields
            {
                Email = ContactValidator.Clean(Email),
                PhoneNumber = ContactValidator.Clean(PhoneNumber),
                Identifier = ContactValidator.Clean(Identifier),
            };
            if (wanted.PhoneNumber != null) wanted.PhoneNumber = ContactValidator.NormalizePhoneNumber(wanted.PhoneNumber);
            if (!wanted.HasUniqueField)
            {
                WriteError(new ErrorRecord(new ArgumentException("Give -Email, -PhoneNumber or -Identifier (or pipe rows with such a column) to look a contact up."),
                    ErrorIds.InvalidInput, ErrorCategory.InvalidArgument, InputObject));
                return;
            }
            // Every given field must match: a row with an e-mail and an identifier names one contact.
            var found = Run(ct => _service!.FindByUniqueFieldsAsync(wanted, ct));
            if (found != null)
            {
                WriteObject(found);
                return;
            }
            WriteError(new ErrorRecord(new ItemNotFoundException($"No LiveDesk contact has {Describe(wanted)}."),
                ErrorIds.ContactNotFound, ErrorCategory.ObjectNotFound, (object?)InputObject ?? wanted.Email ?? wanted.PhoneNumber ?? wanted.Identifier));
        }

        private static string Describe(ContactFields f)
        {
            var parts = new System.Collections.Generic.List<string>();
            if (f.Email != null) parts.Add($"e-mail '{f.Email}'");
            if (f.PhoneNumber != null) parts.Add($"phone number '{f.PhoneNumber}'");
            if (f.Identifier != null) parts.Add($"identifier '{f.Identifier}'");
            return string.Join(" and ", parts);
        }

        private void List()
        {
            var skip = PagingParameters.Skip;
            var first = PagingParameters.First;
            var page = (int)(skip / PageSize) + 1;
            var skipOnPage = (int)(skip % PageSize);
            ulong written = 0;
            var totalReported = false;
            while (written < first)
            {
                var current = page;
                var result = Run(ct => _service!.GetPageAsync(current, Search, Sort, Descending, includeContactInboxes: true, ct));
                if (PagingParameters.IncludeTotalCount && !totalReported)
                {
                    totalReported = true;
                    WriteObject(PagingParameters.NewTotalCount((ulong)(result.TotalCount ?? 0), result.TotalCount is null ? 0.0 : 1.0));
                }
                for (var i = skipOnPage; i < result.Contacts.Count && written < first; i++)
                {
                    WriteObject(result.Contacts[i]);
                    written++;
                }
                skipOnPage = 0;
                FlushTrace();
                if (result.Contacts.Count < PageSize || (result.TotalCount is long total && (long)page * PageSize >= total)) break;
                page++;
            }
        }

        private T Run<T>(Func<CancellationToken, System.Threading.Tasks.Task<T>> call) =>
            call(Cancellation.Token).GetAwaiter().GetResult();
    }
}
