using System;
using System.Linq;
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
    /// <summary>Lists, searches or looks up LiveDesk contacts.</summary>
    [Cmdlet(VerbsCommon.Get, "LiveDeskContact", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(LiveDeskContact))]
    public sealed class GetLiveDeskContactCommand : LiveDeskConnectedCmdletBase
    {
        private const string ListSet = "List";
        private const string LookupSet = "Lookup";

        /// <summary>Text to search for in e-mail, phone number, name and identifier (the API's q).</summary>
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [Alias("q")]
        [ValidateNotNullOrEmpty]
        public string? Search { get; set; }

        /// <summary>Finds the contact with exactly this e-mail address (ignoring case).</summary>
        [Parameter(ParameterSetName = LookupSet)]
        [AllowNull, AllowEmptyString]
        public string? Email { get; set; }

        /// <summary>Finds the contact with exactly this phone number (normalised to E.164 first, see -DefaultRegion).</summary>
        [Parameter(ParameterSetName = LookupSet)]
        [Alias("Phone")]
        [AllowNull, AllowEmptyString]
        public string? PhoneNumber { get; set; }

        /// <summary>Finds the contact with exactly this identifier.</summary>
        [Parameter(ParameterSetName = LookupSet)]
        [AllowNull, AllowEmptyString]
        public string? Identifier { get; set; }

        /// <summary>Rows to look up, read by their column names like New-LiveDeskContact reads them; used as the TargetObject of errors.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true, ParameterSetName = LookupSet)]
        public PSObject? InputObject { get; set; }

        /// <summary>The region (two-letter code such as DE or US) of phone numbers written without country code.</summary>
        [Parameter(ParameterSetName = LookupSet)]
        [ArgumentCompleter(typeof(RegionCompleter))]
        public string? DefaultRegion { get; set; }

        /// <summary>The field to sort the list by.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("email", "name", "phone_number", "last_activity_at", "created_at", "company", "city", "country")]
        public string? Sort { get; set; }

        /// <summary>Lists only contacts that have any of these labels.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string[]? Label { get; set; }

        /// <summary>Sorts in descending order.</summary>
        [Parameter(ParameterSetName = ListSet)]
        public SwitchParameter Descending { get; set; }

        /// <summary>How pipeline lookups are matched: Auto (default) lists the account into an index when that is cheaper than searching, Index always, Search never.</summary>
        [Parameter(ParameterSetName = LookupSet)]
        public MatchBy MatchBy { get; set; } = MatchBy.Auto;

        /// <summary>The most memory, in MB, the index of the account may take for pipeline lookups; an account that needs more is searched instead.</summary>
        [Parameter(ParameterSetName = LookupSet)]
        [ValidateRange(1, 1048576)]
        public int MaximumIndexMB { get; set; } = MatchingStrategy.DefaultCapacityMB;

        private ContactService? _service;
        private ContactReading? _reading;

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            if (PagingParameters.Skip > ContactPager.MaximumSkip)
            {
                ThrowTerminatingError(ErrorRecords.Create(ErrorIds.InvalidInput, LiveDeskErrorKind.InvalidArgument, PagingParameters.Skip,
                    $"-Skip {PagingParameters.Skip} is beyond the last page LiveDesk can be asked for; the largest -Skip is {ContactPager.MaximumSkip}."));
            }
            if (Search != null && Label != null)
            {
                // LiveDesk documents the label filter for the list only; a search that ignored it would return contacts without the label.
                ThrowTerminatingError(ErrorRecords.Create(ErrorIds.InvalidInput, LiveDeskErrorKind.InvalidArgument, Label,
                    "-Label filters the list and cannot be combined with -Search. List by label and filter the results: Get-LiveDeskContact -Label vip | Where-Object Email -like '*@contoso.com'."));
            }
            _reading = ContactReading.Start(this, DefaultRegion, null);
            _service = CreateService(ResolveConnection());
            // The index keeps what matching needs; a lookup that finds a contact reads it whole then.
            if (ParameterSetName == LookupSet) _service.UseMatching(MatchBy, ThrottleLimit, MaximumIndexMB);
        }

        /// <inheritdoc />
        protected override void ProcessRecord() =>
            RunForRow((object?)InputObject ?? Search, () =>
            {
                if (ParameterSetName == LookupSet) Lookup();
                else List();
            });

        private void Lookup()
        {
            // The same reading as New-LiveDeskContact's, so a row finds the contact it created; only unique fields match.
            var read = _reading!.Read(InputObject, new CommandLineFields { Email = Email, PhoneNumber = PhoneNumber, Identifier = Identifier }, requireField: false);
            if (read.IsHeader) return;
            if (read.Error != null)
            {
                WriteError(ErrorRecords.From(read.Error, (object?)InputObject ?? Email ?? PhoneNumber ?? Identifier));
                return;
            }
            var wanted = new ContactFields { Email = read.Fields.Email, PhoneNumber = read.Fields.PhoneNumber, Identifier = read.Fields.Identifier };
            if (!wanted.HasUniqueField)
            {
                WriteError(ErrorRecords.Create(ErrorIds.InvalidInput, LiveDeskErrorKind.InvalidArgument, InputObject,
                    "Give -Email, -PhoneNumber or -Identifier (or pipe rows with such a column) to look a contact up."));
                return;
            }
            // Every given field must match: a row with an e-mail and an identifier names one contact.
            var found = Run(ct => _service!.FindByUniqueFieldsAsync(wanted, ct));
            if (found != null)
            {
                WriteObject(found);
                return;
            }
            WriteError(ErrorRecords.Create(ErrorIds.ContactNotFound, LiveDeskErrorKind.ObjectNotFound, (object?)InputObject ?? wanted.Email ?? wanted.PhoneNumber ?? wanted.Identifier,
                $"No LiveDesk contact has {Describe(wanted)}."));
        }

        private static string Describe(ContactFields f) =>
            string.Join(" and ", UniqueFields.All.Where(u => u.ValueIn(f) != null).Select(u => $"{u.Describe()} '{u.ValueIn(f)}'"));

        private void List()
        {
            var first = PagingParameters.First;
            if (first == 0) return;
            // Searches have their own, much lower limit: only the plain list reads pages concurrently. -Skip and
            // -First count contacts; the pager turns them into pages of the connection's size.
            using var pager = new ContactPager(_service!, new ContactQuery { Search = Search, Sort = Sort?.ToLowerInvariant(), Descending = Descending, Labels = Label, NotDone = "Listing stopped." },
                (long)PagingParameters.Skip, Search == null ? ThrottleLimit : 1);
            if (first < ulong.MaxValue / 2) pager.Take = (long)first;
            var totalReported = false;
            while (Run(pager.NextAsync) is ContactPage result)
            {
                if (PagingParameters.IncludeTotalCount && !totalReported)
                {
                    totalReported = true;
                    WriteObject(PagingParameters.NewTotalCount((ulong)(result.TotalCount ?? 0), result.TotalCount is null ? 0.0 : 1.0));
                }
                foreach (var contact in result.Contacts) WriteObject(contact);
            }
        }
    }
}
