using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LiveDesk.Errors;

namespace LiveDesk.Input
{
    /// <summary>
    /// A file whose header is not its first line: a title above it (an Excel sheet's merged caption, "员工信息,,,,"), or a
    /// format record (DATEV's "EXTF;700;16;..."). Import-Csv takes that line for the header, so the real column names
    /// arrive as a row. When the names the rows carry fill no contact field, and one of the first rows, read as column names,
    /// fills at least two, that row is the header: it is no contact (nothing is sent for it, and the user is told once), and
    /// the rows after it are read by its names. Rows before it stay rows (and fail as such: nothing guesses them away).
    /// </summary>
    internal sealed class HeaderInData
    {
        /// <summary>
        /// How many of the first rows may be the header (a title, a blank-looking line, a subtitle above it; WordPress's Events
        /// Manager writes four lines: the event, where, when, and when it was exported).
        /// </summary>
        public const int RowsSearched = 5;

        // Fields whose columns tell a header line from a title: two of them found is a header.
        private static readonly ContactField[] Telling =
        {
            ContactField.Name, ContactField.FirstName, ContactField.LastName, ContactField.Email, ContactField.PhoneNumber,
            ContactField.Identifier, ContactField.Company, ContactField.City, ContactField.Country,
        };

        private readonly IReadOnlyDictionary<ContactField, ColumnOverride>? _overrides;
        private ColumnMap? _given;
        private string[]? _names;
        private object? _headerRow;
        private int _searched;
        private bool _settled;

        /// <summary>A detector that builds its trial maps with the user's -Map overrides.</summary>
        public HeaderInData(IReadOnlyDictionary<ContactField, ColumnOverride>? overrides) => _overrides = overrides;

        /// <summary>
        /// Set when the header was found below lines Import-Csv read as a header of one column (LinkedIn's "Notes:" lines, an
        /// Excel caption): Import-Csv kept one value of each row, so the rest is lost and nothing can be read. Ends the command.
        /// </summary>
        public LiveDeskError? Lost { get; private set; }

        /// <summary>True when <paramref name="source"/> is the row found to be the header.</summary>
        public bool IsHeaderRow(object? source) => source != null && ReferenceEquals(source, _headerRow);

        /// <summary>
        /// The row as the reader should see it: renamed by the header found in the data, or as it is. <paramref name="notice"/>
        /// is set (once) when this row is that header: then nothing is to be done with it.
        /// </summary>
        public InputRow Adapt(InputRow row, out string? notice)
        {
            notice = null;
            if (_names != null) return _given!.Fits(row.Names) ? new RenamedRow(row, _names) : row;
            if (_settled) return row;
            if (_given == null)
            {
                _given = ColumnMap.Build(row.Names, _overrides);
                if (_given.Error == null && _given.FillsAnyContactField) _settled = true;
                if (_settled) return row;
            }
            else if (!_given.Fits(row.Names))
            {
                _settled = true;
                return row;
            }
            if (++_searched >= RowsSearched) _settled = true;
            if (row.Names.Count == 1)
            {
                LostBelow(row);
                return row;
            }
            var candidate = CandidateNames(row);
            if (candidate == null) return row;
            var map = ColumnMap.Build(candidate, _overrides);
            if (map.Error != null || !map.FillsAnyContactField || Telling.Count(f => map.SourcesFor(f).Count > 0) < 2) return row;
            _names = candidate;
            _headerRow = row.Source;
            _settled = true;
            notice = string.Format(CultureInfo.InvariantCulture,
                "The input's column names ({0}) fill no contact field, and its row {1} holds column names ({2}): a title or format line stood above "
                + "the header and was read as one. That row is read as the header and not imported. To skip such a line: "
                + "Get-Content <file> | Select-Object -Skip {1} | ConvertFrom-Csv.",
                Sample(_given.Headers), _searched, Sample(candidate));
            return row;
        }

        // One column: the line above the header had one field, and Import-Csv dropped every value after the first. A first
        // value that names a contact field is the header's first name: say what happened and how to read the file.
        private void LostBelow(InputRow row)
        {
            var first = CellValue.Read(row.GetValue(0), splitList: false).Text?.Trim();
            if (string.IsNullOrEmpty(first)) return;
            var map = ColumnMap.Build(new[] { first! }, _overrides);
            if (map.Error != null || !map.FillsAnyContactField) return;
            _settled = true;
            Lost = new LiveDeskError(ErrorIds.InvalidInput, LiveDeskErrorKind.InvalidArgument, string.Format(CultureInfo.InvariantCulture,
                "The input has one column, {0}, and its row {1} begins with the column name {2}: lines above the header (notes, a title) were read "
                + "as the header, and Import-Csv kept one value of each row, so the other columns are lost. Skip the {1} line(s) above the header: "
                + "Get-Content <file> | Select-Object -Skip {1} | ConvertFrom-Csv | New-LiveDeskContact ... (with the file's -Delimiter, if not ',').",
                ColumnNames.Quote(row.Names[0]), _searched, ColumnNames.Quote(first!)));
        }

        // The row's values as names; null when fewer than two are written (a title row has one).
        private static string[]? CandidateNames(InputRow row)
        {
            var names = new string[row.Names.Count];
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var written = 0;
            for (var i = 0; i < names.Length; i++)
            {
                var text = CellValue.Read(row.GetValue(i), splitList: false).Text?.Trim();
                if (string.IsNullOrEmpty(text)) text = row.Names[i];
                else written++;
                // Names stay distinct, as Import-Csv's are: a repeated one gets its column's number.
                var name = text!;
                for (var n = 2; !seen.Add(name); n++) name = text + " " + n.ToString(CultureInfo.InvariantCulture);
                names[i] = name;
            }
            return written >= 2 ? names : null;
        }

        private static string Sample(IReadOnlyList<string> names)
        {
            var shown = string.Join(", ", names.Take(4).Select(ColumnNames.Quote));
            return names.Count > 4 ? shown + ", ..." : shown;
        }

        private sealed class RenamedRow : InputRow
        {
            private readonly InputRow _row;
            private readonly string[] _names;

            public RenamedRow(InputRow row, string[] names)
            {
                _row = row;
                _names = names;
            }

            public override IReadOnlyList<string> Names => _names;
            public override object? GetValue(int index) => _row.GetValue(index);
            public override object Source => _row.Source;
        }
    }
}
