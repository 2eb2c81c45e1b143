using System.Collections;
using System.Management.Automation;
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
        internal ContactInputResult ReadContact(PSObject? row, bool requireField) => _reading!.Read(row, _commandLine!, requireField);
    }
}
