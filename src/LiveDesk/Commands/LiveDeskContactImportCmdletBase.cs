using System.Collections;
using System.Management.Automation;
using LiveDesk.Contacts;
using LiveDesk.Import;
using LiveDesk.Input;
using LiveDesk.Models;
using LiveDesk.Parameters;

namespace LiveDesk.Commands
{
    /// <summary>
    /// The base of the import cmdlets that write contact fields (New-LiveDeskContact, Set-LiveDeskContact): declares the
    /// fields a command line can give, which win over a piped row's columns, and reads each row the one way
    /// (<see cref="ContactReading"/>: the same column names, precedence and phone normalisation in both).
    /// </summary>
    public abstract class LiveDeskContactImportCmdletBase : LiveDeskImportCmdletBase<LiveDeskContact>
    {
        private ContactReading? _reading;
        private CommandLineFields? _commandLine;

        internal LiveDeskContactImportCmdletBase() { }

        /// <summary>The contact's name; given on the command line it wins over a piped row's (piped rows are read by their column names).</summary>
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

        /// <summary>The company (LiveDesk's additional attribute company_name); wins over a piped row's. On Set-LiveDeskContact an empty string clears it.</summary>
        [Parameter]
        [AllowNull, AllowEmptyString]
        public string? Company { get; set; }

        /// <summary>The city; wins over a piped row's. On Set-LiveDeskContact an empty string clears it.</summary>
        [Parameter]
        [AllowNull, AllowEmptyString]
        public string? City { get; set; }

        /// <summary>The country, as a name in any language .NET knows or a code; it also fills -CountryCode. Wins over a piped row's.</summary>
        [Parameter]
        [AllowNull, AllowEmptyString]
        public string? Country { get; set; }

        /// <summary>The two-letter ISO 3166 country code (filled from -Country when not given); wins over a piped row's.</summary>
        [Parameter]
        [AllowNull, AllowEmptyString]
        public string? CountryCode { get; set; }

        /// <summary>A free-text description of the contact; wins over a piped row's. On Set-LiveDeskContact an empty string clears it.</summary>
        [Parameter]
        [AllowNull, AllowEmptyString]
        public string? Description { get; set; }

        /// <summary>The region (ISO 3166 two-letter code, such as DE or US) of phone numbers written without country code.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(RegionCompleter))]
        public string? DefaultRegion { get; set; }

        /// <summary>Which column fills which field over the built-in header table (-Map), or null.</summary>
        internal virtual IDictionary? ColumnMap => null;

        /// <summary>Checks -DefaultRegion and the column map (a bad one ends the command), then the cmdlet's own set-up.</summary>
        internal sealed override void BeginImport()
        {
            _reading = ContactReading.Start(this, DefaultRegion, ColumnMap);
            _commandLine = new CommandLineFields { Name = Name, Email = Email, PhoneNumber = PhoneNumber, Identifier = Identifier, AvatarUrl = AvatarUrl };
            BeginContactImport();
        }

        /// <summary>Per-command set-up after the reading is ready.</summary>
        internal virtual void BeginContactImport() { }

        /// <summary>Reads one row (or none) with the command line's fields winning; the reader's notes reach -Verbose and warnings.</summary>
        internal ContactInputResult ReadContact(PSObject? row, bool requireField)
        {
            var result = _reading!.Read(row, _commandLine!, requireField && !AnyRecordFieldGiven());
            foreach (var (name, key) in RecordParameters)
            {
                if (!MyInvocation.BoundParameters.TryGetValue(name, out var given)) continue;
                var text = ContactValidator.Clean(given as string);
                // An explicit empty value means "clear it" where there is something to clear; a create has nothing.
                if (text != null || ClearsWithEmptyValue) result.Fields.SetAdditionalAttribute(key, text ?? string.Empty);
            }
            // A country given without its code names a new country: the row's code (if any) no longer fits it.
            var bound = MyInvocation.BoundParameters;
            if (bound.ContainsKey(nameof(Country)) && !bound.ContainsKey(nameof(CountryCode)))
            {
                result.Fields.CountryCode = result.Fields.Country?.Length == 0 ? string.Empty : null;
            }
            return result;
        }

        /// <summary>True when an empty -Company, -City, ... clears the field (an update) rather than leaving it out (a create).</summary>
        internal virtual bool ClearsWithEmptyValue => false;

        private static readonly (string Parameter, string Key)[] RecordParameters =
        {
            (nameof(Company), "company_name"), (nameof(City), "city"), (nameof(Country), "country"), (nameof(CountryCode), "country_code"), (nameof(Description), "description"),
        };

        private bool AnyRecordFieldGiven()
        {
            foreach (var (name, _) in RecordParameters)
            {
                if (MyInvocation.BoundParameters.TryGetValue(name, out var given) && ContactValidator.Clean(given as string) != null) return true;
            }
            return false;
        }
    }
}
