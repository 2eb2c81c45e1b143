using System;
using System.Collections.Generic;
using System.Linq;
using LiveDesk.Errors;
using LiveDesk.Models;

namespace LiveDesk.Input
{
    /// <summary>
    /// Reads contact fields from input rows of any shape (CSV exports, directory objects), through a
    /// <see cref="ColumnMap"/> built once per header set. One instance per import: it holds the phone region, the user's
    /// overrides and the warnings said so far. Not thread-safe (ProcessRecord is not concurrent).
    /// </summary>
    /// <remarks>
    /// Values: a single-element array is its element; from several values (an array, or Google's " ::: " list) e-mail and
    /// phone take the first with a warning, other fields refuse the row (InvalidInput). Objects, hashtables, XML and
    /// script blocks refuse the row. Numbers are written without exponent; a double above 2^53 read as Identifier is
    /// warned about. Text in Excel's scientific notation ("2.02400012345679E+16") refuses the row for Identifier and
    /// PhoneNumber: its digits are lost. U+FFFD in a value or header warns about the file's encoding.
    /// </remarks>
    internal sealed partial class RowReader
    {
        private static readonly string[] NonRoutableSuffixes = { ".local", ".lan", ".internal", ".intranet", ".corp", ".home", ".localdomain", ".localhost", ".invalid", ".test", ".example", ".intern", ".private" };

        private readonly IReadOnlyDictionary<ContactField, ColumnOverride>? _overrides;
        private ColumnMap? _map;
        private ColumnMap? _announced;
        private readonly List<ColumnMap> _recent = new List<ColumnMap>();
        private readonly List<string> _rowWarningsScratch = new List<string>();

        /// <summary>Creates a reader. <paramref name="defaultRegion"/> as for <see cref="PhoneNormalizer"/> (ArgumentException when unknown).</summary>
        public RowReader(string? defaultRegion = null, IReadOnlyDictionary<ContactField, ColumnOverride>? overrides = null, WarnOnce? warnings = null)
            : this(new PhoneNormalizer(defaultRegion), overrides, warnings)
        {
        }

        /// <summary>Creates a reader with an existing normaliser.</summary>
        public RowReader(PhoneNormalizer phones, IReadOnlyDictionary<ContactField, ColumnOverride>? overrides = null, WarnOnce? warnings = null)
        {
            Phones = phones;
            _overrides = overrides;
            Warnings = warnings ?? new WarnOnce();
        }

        /// <summary>The phone normaliser (the same one matching should use).</summary>
        public PhoneNormalizer Phones { get; }

        /// <summary>The import's warn-once collector; the cmdlet may add its own warnings to it.</summary>
        public WarnOnce Warnings { get; }

        /// <summary>
        /// The map for this row's header set; built on the first row and rebuilt when the names change. What the map
        /// noticed (near-misses, damaged names, columns found by their values) is said once, when the map is final: not
        /// while it still waits to see the first rows' values.
        /// </summary>
        public ColumnMap MapFor(InputRow row)
        {
            var map = _map;
            if (map == null || !map.Fits(row.Names))
            {
                // A few earlier header sets are kept: rows held back for their values are read after a later set was seen.
                map = _recent.FirstOrDefault(m => m.Fits(row.Names));
                if (map == null)
                {
                    map = ColumnMap.Build(row.Names, _overrides);
                    map.Region = Phones.DefaultRegion;
                    if (_recent.Count >= 4) _recent.RemoveAt(0);
                    _recent.Add(map);
                }
                _map = map;
            }
            if (!ReferenceEquals(map, _announced) && !map.NeedsValues)
            {
                _announced = map;
                Announce(map);
            }
            return map;
        }

        private void Announce(ColumnMap map)
        {
            // Input that fills nothing is refused row by row with a message that already says all of this.
            if (!map.FillsAnyContactField) return;
            if (map.DamagedHeaders.Count > 0)
            {
                Warnings.Add("encoding:headers", ColumnMap.EncodingAdvice($"Column names such as '{map.DamagedHeaders[0]}'"));
            }
            if (map.MisreadHeaders.Count > 0)
            {
                var first = map.MisreadHeaders[0];
                Warnings.Add("misread:headers",
                    $"Column names such as '{first}' (which is '{Misdecoded.Repair(first)}') are UTF-8 read as Windows-1252; they are read as written. Read the file with Import-Csv -Encoding utf8 (Windows PowerShell reads a file without a byte order mark as ANSI), so that the columns keep their names in the output too.");
            }
            foreach (var (field, found) in map.ValueFindings)
            {
                var what = field is ContactField.Email or ContactField.PhoneNumber ? "an e-mail or phone column" : "the row's person";
                Warnings.Add("values:" + found, $"No column is named as {what}; using {found}. To choose another column, or none: -Map @{{ {field} = 'column' }} or -Map @{{ {field} = $null }}.");
            }
            foreach (var column in map.ExtensionColumns)
            {
                Warnings.Add("extension:" + column, $"PhoneNumber: column '{column}' holds internal extensions (its first values have two to five digits), which no one outside can dial; it is not used, and a row with nothing but an extension is read without a phone.");
            }
            foreach (var found in map.CompanyFoundByValues)
            {
                Warnings.Add("company:" + found, $"No column is named as the company; using {found}. To choose another column, or none: -Map @{{ Company = 'column' }} or -Map @{{ Company = $null }}.");
            }
            foreach (var miss in map.NearMisses)
            {
                // Only worth saying when nothing else fills that field: "Work Email" next to "Email" is fine.
                if (map.OverrideFor(miss.Field) != null || map.SourcesFor(miss.Field).Count > 0) continue;
                if (miss.Field is ContactField.FirstName or ContactField.MiddleName or ContactField.LastName
                    && (map.SourcesFor(ContactField.Name).Count > 0 || map.OverrideFor(ContactField.Name) != null)) continue;
                Warnings.Add("nearmiss:" + miss.Column,
                    $"Column {ColumnNames.Quote(miss.Column)} is not used; it looks like {miss.Field} ('{miss.KnownHeader}'). To use it: -Map @{{ {miss.Field} = {ColumnNames.Quote(miss.Column)} }}.");
            }
        }

        /// <summary>
        /// Reads one row. Never throws for bad data: the result carries the error. <paramref name="requireField"/> false
        /// accepts a row that fills no contact field (Set-LiveDeskContact's row may carry only the id, the command line
        /// the new values).
        /// </summary>
        public RowReadResult Read(InputRow row, bool requireField = true)
        {
            var map = MapFor(row);
            if (map.NeedsValues)
            {
                // Read without a lookahead (Get- and Set-LiveDeskContact, one row at a time): this row's values decide.
                map.ReadValues(new[] { row });
                map = MapFor(row);
            }
            var fields = new ContactFields();
            var sources = new Dictionary<ContactField, string>();
            LiveDeskError? error = map.Error;
            if (error == null && requireField && TemplateNotes(row) is string notes)
            {
                return new RowReadResult(fields, Invalid(ErrorIds.InvalidInput,
                    $"The row is an import template's note on its columns ({notes}), not a person: delete the line, or skip it with Select-Object -Skip."),
                    Warnings.TakePending(), sources, row.Source);
            }
            if (error == null && requireField && Captions(row, map) is string captions)
            {
                return new RowReadResult(fields, Invalid(ErrorIds.InvalidInput,
                    $"The row repeats the columns' captions ({captions}), not a person: delete the line, or skip it with Select-Object -Skip."),
                    Warnings.TakePending(), sources, row.Source);
            }
            if (error == null && !map.FillsAnyContactField && requireField) error = map.NoContactColumnsError();
            string? unreadableInbox = null;
            if (error == null)
            {
                var context = new Context(this, row, map, sources);
                error = context.Fill(fields);
                unreadableInbox = context.UnreadableInbox;
                if (error != null) error = WithHint(error, EscapeHint(row));
            }
            if (error == null && requireField && fields.Email == null && fields.PhoneNumber == null && fields.AvatarUrl == null)
            {
                // A summary line's label where the name goes, with nothing else to make a contact of, or with at most a figure
                // beside it: the figure under an id column ("Ukupno članova", 4) is a count, not a key. The lines below it that
                // hold a label and a figure ("Aktivni članovi", 2) are the same summary: a gym's member list ends with a
                // "REZIME" block. A row with an e-mail or a phone number is a person again.
                var summary = map.SummaryLabel(row);
                var inSummary = _summaryLabel != null && map == _summaryMap;
                if (SectionHeading(row) is string heading)
                {
                    return new RowReadResult(fields, Invalid(ErrorIds.InvalidInput,
                        $"The row is a heading between sections of the export ('{ColumnNames.Shorten(heading, 60)}'), not a person: it has no e-mail or phone number."),
                        Warnings.TakePending(), sources, row.Source);
                }
                // Counted only where a summary is in question: most rows without e-mail or phone are people with a name.
                var figureBeside = (summary != null || inSummary) && FilledCells(row) <= 2;
                if (summary is (string header, string label) && ((fields.Name == null && fields.Identifier == null) || figureBeside))
                {
                    _summaryLabel = label;
                    _summaryMap = map;
                    error = Invalid(ErrorIds.InvalidInput, $"The row is a summary line ('{label}' in column {ColumnNames.Quote(header)}), not a person: it has no e-mail or phone number.");
                }
                else if (inSummary && figureBeside)
                {
                    error = Invalid(ErrorIds.InvalidInput, $"The row is part of the summary below the line '{_summaryLabel}' (a label and a figure), not a person: it has no e-mail or phone number.");
                }
                else if (fields.Name == null && fields.Identifier == null)
                {
                    // The columns that would have made a contact: the company's or the place's filled ones are no such column.
                    var used = string.Join(", ", UsedHeaders(map).Select(ColumnNames.Quote));
                    error = Invalid(ErrorIds.InvalidInput, $"The row has no name, e-mail, phone number, identifier or avatar URL: its columns {used} are empty.");
                }
            }
            else if (error == null && (fields.Email != null || fields.PhoneNumber != null)) _summaryLabel = null;
            return new RowReadResult(fields, error, Warnings.TakePending(), sources, row.Source) { UnreadableInbox = unreadableInbox };
        }

        // The label of the summary line read last, while the rows after it are a summary's (labels and figures); the map it was
        // read with (another set of column names is another file).
        private string? _summaryLabel;
        private ColumnMap? _summaryMap;

        // SORMAS writes its field ids as the header ("firstName", "lastName", "emailAddress") and a line of captions under it
        // ("#Person ID", "First name", "Last name"): cells that, read as column names, name the field their own column fills,
        // in two columns at least. Asked of the first rows under each set of column names only: a caption line sits right
        // under the header, and reading cells as headers costs more than reading them as values.
        private const int CaptionRows = 3;
        private ColumnMap? _captionMap;
        private int _captionRowsSeen;

        private string? Captions(InputRow row, ColumnMap map)
        {
            if (map != _captionMap) { _captionMap = map; _captionRowsSeen = 0; }
            if (_captionRowsSeen++ >= CaptionRows) return null;
            var found = new List<string>();
            foreach (var field in new[] { ContactField.Name, ContactField.FirstName, ContactField.LastName, ContactField.Email, ContactField.PhoneNumber, ContactField.Identifier })
            {
                foreach (var source in map.SourcesFor(field))
                {
                    if (CellValue.Read(row.GetValue(source.Index), splitList: false).Text?.Trim() is not { Length: > 1 and <= 40 } text) continue;
                    if (text.IndexOf('@') >= 0 || text.Any(char.IsDigit) || string.Equals(text, source.Header, StringComparison.OrdinalIgnoreCase)) continue;
                    var said = HeaderRecognizer.Recognize(text.TrimStart('#', ' ')).Field;
                    if (said == field || (said is ContactField.Name or ContactField.FirstName or ContactField.LastName && field is ContactField.Name or ContactField.FirstName or ContactField.LastName))
                        found.Add($"'{text}'");
                    break;
                }
            }
            return found.Count >= 2 ? string.Join(", ", found.Take(3)) : null;
        }

        // A line of notes below a template's header ("WAJIB", "Opsional"): every filled cell, two at least, is such a note.
        internal static string? TemplateNotes(InputRow row)
        {
            var notes = new List<string>();
            var filled = 0;
            for (var i = 0; i < row.Names.Count; i++)
            {
                if (CellValue.Read(row.GetValue(i), splitList: false).Text is not string text) continue;
                if (!ValueShapes.IsFieldNote(text)) return null;
                filled++;
                if (!notes.Contains(text.Trim())) notes.Add(text.Trim());
            }
            return filled >= 2 ? string.Join(", ", notes.Take(3).Select(n => $"'{n}'")) : null;
        }

        // A section's heading inside an export (Ushirika's members report: "— FORMER MEMBERS —" alone in the first column,
        // then the former members): the row's only filled cell, its words framed by dashes, equals signs, asterisks or tildes.
        internal static string? SectionHeading(InputRow row)
        {
            if (FilledCells(row) != 1) return null;
            for (var i = 0; i < row.Names.Count; i++)
            {
                if (CellValue.Read(row.GetValue(i), splitList: false).Text?.Trim() is not { Length: > 2 } text) continue;
                return Frame(text[0]) && Frame(text[text.Length - 1]) && text.Any(char.IsLetter) ? text : null;
            }
            return null;
        }

        private static bool Frame(char c) => c is '-' or '=' or '*' or '~' or '_' or '#' or '\u2013' or '\u2014' or '\u2015' or '\u2550';

        private static int FilledCells(InputRow row)
        {
            var filled = 0;
            for (var i = 0; i < row.Names.Count; i++) if (CellValue.Read(row.GetValue(i), splitList: false).Text != null) filled++;
            return filled;
        }

        // hotelmeister writes "Nüsse\; bitte beachten": its delimiter escaped with a backslash, which CSV has no escape for.
        // Import-Csv splits the cell there, so every cell after it moves one column on, and the row fails on a country code in
        // the e-mail column. A cell that ends with a backslash says why, so the row's error does.
        /// <summary>The sentence that explains a failed row whose cells were shifted by a backslash-escaped delimiter, else null.</summary>
        internal static string? EscapeHint(InputRow row)
        {
            for (var i = 0; i < row.Names.Count; i++)
            {
                if (row.GetValue(i) is not string text || text.Length < 2 || text[text.Length - 1] != '\\' || text[text.Length - 2] == '\\') continue;
                var shown = text.Length > 40 ? "..." + text.Substring(text.Length - 37) : text;
                return $"Column {ColumnNames.Quote(row.Names[i])} of this row ends with a backslash ('{shown}'): the exporting tool may escape its "
                    + "delimiter with '\\', which CSV does not; Import-Csv split the cell there, and the cells after it moved one column on.";
            }
            return null;
        }

        /// <summary>The error with <paramref name="hint"/> added, or as it is.</summary>
        internal static LiveDeskError WithHint(LiveDeskError error, string? hint) =>
            hint == null ? error : new LiveDeskError(error.ErrorId, error.Kind, error.Message + " " + hint, error.Fatal, error.StatusCode, error.Cause);

        private static IEnumerable<string> UsedHeaders(ColumnMap map) =>
            Enum.GetValues(typeof(ContactField)).Cast<ContactField>().Where(ColumnMap.FillsContact)
                .SelectMany(f => map.SourcesFor(f)).Select(s => s.Header).Distinct().Take(8);

        private static LiveDeskError Invalid(string id, string message) => new LiveDeskError(id, LiveDeskErrorKind.InvalidArgument, message);
    }
}
