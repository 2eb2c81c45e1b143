using System.Collections;
using System.Management.Automation;
using LiveDesk.Errors;
using LiveDesk.Input;

namespace LiveDesk.Import
{
    /// <summary>
    /// How New-, Set- and Get-LiveDeskContact read rows and their command line: one <see cref="ContactInput"/> for
    /// -DefaultRegion and -Map, whose notes about each row (the map it found, odd cells) reach -Verbose and warnings
    /// the same way in all three.
    /// </summary>
    internal sealed class ContactReading
    {
        private readonly Cmdlet _cmdlet;
        private readonly ContactInput _input;

        private ContactReading(Cmdlet cmdlet, ContactInput input)
        {
            _cmdlet = cmdlet;
            _input = input;
        }

        /// <summary>
        /// The reading for <paramref name="defaultRegion"/> and <paramref name="map"/>; an unknown region or a bad map
        /// ends the command (no row could be read), with the offending value as TargetObject. Call it from BeginProcessing.
        /// </summary>
        public static ContactReading Start(Cmdlet cmdlet, string? defaultRegion, IDictionary? map)
        {
            var input = ContactInput.Create(defaultRegion, map, out var error);
            if (error != null) cmdlet.ThrowTerminatingError(ErrorRecords.From(error, (object?)map ?? defaultRegion));
            return new ContactReading(cmdlet, input!);
        }

        /// <summary>A lookahead over the rows (see <see cref="RowLookahead{T}"/>): rows come back from it in input order.</summary>
        public RowLookahead<T> Lookahead<T>() => _input.Lookahead<T>();

        /// <summary>Reads one row (or none) with the command line's values winning; writes what the reader noticed.</summary>
        public ContactInputResult Read(PSObject? row, CommandLineFields commandLine, bool requireField)
        {
            var read = _input.Read(row, commandLine, requireField);
            if (read.MapDescription != null) _cmdlet.WriteVerbose(read.MapDescription);
            foreach (var warning in read.Warnings) _cmdlet.WriteWarning(Models.ViewText.Show(warning)!);
            return read;
        }
    }
}
