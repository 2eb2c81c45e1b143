using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using LiveDesk.Contacts;
using LiveDesk.Errors;

namespace LiveDesk.Input
{
    /// <summary>
    /// How New-, Get- and Set-LiveDeskContact read contact fields: one <see cref="RowReader"/> per command run for piped
    /// rows (so the three read the same columns the same way), with the command line's values winning, and every phone
    /// number normalised by the same <see cref="PhoneNormalizer"/>.
    /// </summary>
    internal sealed class ContactInput
    {
        private ColumnMap? _described;

        private readonly Queue<InputRow> _prepared = new Queue<InputRow>();

        private readonly HeaderInData _headerInData;

        private ContactInput(RowReader reader, IReadOnlyDictionary<ContactField, ColumnOverride>? overrides)
        {
            Reader = reader;
            _headerInData = new HeaderInData(overrides);
        }

        /// <summary>
        /// A lookahead over this input's rows: it holds back the first rows of a header set whose e-mail or phone column
        /// can only be found by its values (at most <see cref="ColumnMap.ValueRows"/>), and passes every other row straight on.
        /// </summary>
        public RowLookahead<T> Lookahead<T>() => new RowLookahead<T>(this);

        /// <summary>Adapts <paramref name="row"/> once for the lookahead and for <see cref="Read"/>; null when it is not a row.</summary>
        internal InputRow? Prepare(PSObject row)
        {
            var input = PSObjectRow.TryCreate(row, out _);
            // The file's header, found among the rows, is passed on as no row, and skipped when it is read.
            input = Adapt(input);
            if (input != null) _prepared.Enqueue(input);
            return input;
        }

        /// <summary>The import's reader.</summary>
        public RowReader Reader { get; }

        /// <summary>
        /// The input reader for -DefaultRegion and -Map, or an InvalidArgument error for an unknown region, an unknown
        /// -Map key or a -Map value that is neither a column name nor a script block.
        /// </summary>
        public static ContactInput? Create(string? defaultRegion, IDictionary? map, out LiveDeskError? error)
        {
            error = null;
            PhoneNormalizer phones;
            try
            {
                phones = new PhoneNormalizer(defaultRegion);
            }
            catch (ArgumentException e)
            {
                error = Invalid("-DefaultRegion " + e.Message.Split(new[] { " (Parameter" }, StringSplitOptions.None)[0]);
                return null;
            }
            var overrides = map == null ? null : ParseMap(map, out error);
            if (error != null) return null;
            return new ContactInput(new RowReader(phones, overrides), overrides);
        }

        /// <summary>
        /// Turns a -Map hashtable into overrides: field = 'column name', field = { script block over $_ }, or
        /// field = $null / '' (never fill that field).
        /// </summary>
        internal static IReadOnlyDictionary<ContactField, ColumnOverride>? ParseMap(IDictionary map, out LiveDeskError? error)
        {
            error = null;
            var overrides = new Dictionary<ContactField, ColumnOverride>();
            foreach (DictionaryEntry entry in map)
            {
                var key = Convert.ToString(entry.Key is PSObject k ? k.BaseObject : entry.Key, CultureInfo.InvariantCulture);
                if (!KnownColumns.TryParseField(key, out var field))
                {
                    var fields = string.Join(", ", Enum.GetNames(typeof(ContactField)));
                    error = Invalid($"-Map key '{key}' is not a contact field. Use one of: {fields}.");
                    return null;
                }
                if (overrides.ContainsKey(field))
                {
                    error = Invalid($"-Map names {field} twice ('{key}').");
                    return null;
                }
                var value = entry.Value is PSObject v ? v.BaseObject : entry.Value;
                switch (value)
                {
                    case null:
                    case string s when s.Trim().Length == 0:
                        overrides[field] = ColumnOverride.Skip;
                        break;
                    case string column:
                        overrides[field] = ColumnOverride.Column(column.Trim());
                        break;
                    case ScriptBlock block:
                        overrides[field] = ColumnOverride.Computed(row => Invoke(block, row), $"-Map script block {{{Shorten(block.ToString())}}}");
                        break;
                    default:
                        error = Invalid($"-Map {field} is {value.GetType().Name}: give a column name ('Mobile Phone'), a script block ({{ $_.'First Name' }}) or $null.");
                        return null;
                }
            }
            return overrides;
        }

        private static object? Invoke(ScriptBlock block, InputRow row)
        {
            var result = block.InvokeWithContext(null, new List<PSVariable> { new PSVariable("_", row.Source) });
            return PSObjectRow.Unwrap(result, 0);
        }

        private static string Shorten(string s) => ColumnNames.Shorten(s.Trim(), 40);

        /// <summary>
        /// Reads one record: the piped <paramref name="row"/> (may be null) through the reader, then the command line's
        /// values over it. <paramref name="requireField"/> as for <see cref="RowReader.Read"/>; it is off anyway when
        /// the command line gives a value.
        /// </summary>
        public ContactInputResult Read(PSObject? row, CommandLineFields commandLine, bool requireField)
        {
            if (row == null) return ReadRow(null, commandLine, requireField);
            if (_headerInData.IsHeaderRow(row)) return HeaderRow();
            LiveDeskError? shapeError = null;
            InputRow? input;
            // A row the lookahead has already adapted is not adapted again (rows come back in the order they were offered).
            if (_prepared.Count > 0 && ReferenceEquals(_prepared.Peek().Source, row)) input = _prepared.Dequeue();
            else
            {
                _prepared.Clear();
                input = PSObjectRow.TryCreate(row, out shapeError);
                if (input != null)
                {
                    input = Adapt(input);
                    if (input == null) return HeaderRow();
                }
            }
            if (_headerInData.Lost is LiveDeskError lost) return new ContactInputResult { Error = lost, Terminating = true };
            return input == null ? new ContactInputResult { Error = shapeError } : ReadRow(input, commandLine, requireField);
        }

        private string? _headerNotice;

        // The row renamed by a header found among the rows, or as it is; null when it is that header (what was found is kept
        // to be said when the row is read).
        private InputRow? Adapt(InputRow? input)
        {
            if (input == null) return null;
            input = _headerInData.Adapt(input, out var notice);
            if (notice == null) return input;
            _headerNotice = notice;
            return null;
        }

        // The header line found among the rows: nothing to send; what was found is said once.
        private ContactInputResult HeaderRow()
        {
            var notice = _headerNotice;
            _headerNotice = null;
            return new ContactInputResult { IsHeader = true, Warnings = notice == null ? Array.Empty<string>() : new[] { notice } };
        }

        /// <summary>As <see cref="Read(PSObject, CommandLineFields, bool)"/>, for a row already adapted (or none).</summary>
        internal ContactInputResult ReadRow(InputRow? input, CommandLineFields commandLine, bool requireField)
        {
            var result = new ContactInputResult();
            var fields = result.Fields;
            if (input != null)
            {
                RowReadResult read;
                try
                {
                    read = Reader.Read(input, requireField && !commandLine.Any);
                }
                catch (Exception e) when (e is RuntimeException || e is InvalidOperationException)
                {
                    // A -Map script block that throws fails its row, like a bad value.
                    result.Error = new LiveDeskError(ErrorIds.InvalidInput, LiveDeskErrorKind.InvalidArgument,
                        $"A -Map script block failed for this row: {e.Message}", cause: e);
                    result.Warnings = Reader.Warnings.TakePending();
                    return result;
                }
                result.Warnings = read.Warnings;
                result.Row = input;
                var map = Reader.MapFor(input);
                if (!ReferenceEquals(map, _described))
                {
                    _described = map;
                    result.MapDescription = "Columns: " + map.Describe();
                }
                if (read.Error != null)
                {
                    result.Error = read.Error;
                    result.Terminating = ReferenceEquals(read.Error, Reader.MapFor(input).Error);
                    return result;
                }
                fields.Name = read.Fields.Name;
                fields.Email = read.Fields.Email;
                fields.PhoneNumber = read.Fields.PhoneNumber;
                fields.Identifier = read.Fields.Identifier;
                fields.AvatarUrl = read.Fields.AvatarUrl;
                fields.Company = read.Fields.Company;
                fields.City = read.Fields.City;
                fields.Country = read.Fields.Country;
                fields.InboxId = read.Fields.InboxId;
                result.RowHasInbox = read.Fields.InboxId != null || read.UnreadableInbox != null;
                result.UnreadableInbox = read.UnreadableInbox;
            }

            fields.Name = ContactValidator.Clean(commandLine.Name) ?? fields.Name;
            fields.Email = ContactValidator.Clean(commandLine.Email) ?? fields.Email;
            fields.Identifier = ContactValidator.Clean(commandLine.Identifier) ?? fields.Identifier;
            fields.AvatarUrl = ContactValidator.Clean(commandLine.AvatarUrl) ?? fields.AvatarUrl;
            if (ContactValidator.Clean(commandLine.PhoneNumber) is string phone)
            {
                var normalized = Reader.Phones.Normalize(phone);
                if (normalized.Problem != null && normalized.Unverified != null) normalized = normalized.AsUnverified(phone);
                if (normalized.Problem != null)
                {
                    result.Error = new LiveDeskError(ErrorIds.InvalidPhoneNumber, LiveDeskErrorKind.InvalidArgument, $"PhoneNumber (-PhoneNumber): {normalized.Problem}");
                    return result;
                }
                fields.PhoneNumber = normalized.E164;
                if (normalized.Warning != null && Reader.Warnings.Add($"phone:{normalized.WarningKind}:-PhoneNumber", $"PhoneNumber (-PhoneNumber): {normalized.Warning}"))
                {
                    result.Warnings = result.Warnings.Concat(Reader.Warnings.TakePending()).ToArray();
                }
            }
            return result;
        }

        private static LiveDeskError Invalid(string message) => new LiveDeskError(ErrorIds.InvalidInput, LiveDeskErrorKind.InvalidArgument, message);
    }
}
