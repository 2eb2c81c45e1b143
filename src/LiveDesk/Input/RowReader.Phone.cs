using System.Collections.Generic;
using System.Linq;
using LiveDesk.Errors;

namespace LiveDesk.Input
{
    // Reading the phone number of one row: the columns in order of rank, a weak (fallback) column skipped where its value
    // is no phone number, then the number normalised to E.164.
    internal sealed partial class RowReader
    {
        private sealed partial class Context
        {
            private string? ReadPhone()
            {
                string? text;
                string? header;
                bool fromNumber;
                PhoneResult? result = null;
                if (_map.OverrideFor(ContactField.PhoneNumber) is ColumnOverride o)
                {
                    var cell = OverrideCell(ContactField.PhoneNumber, o);
                    text = Accept(ContactField.PhoneNumber, cell, o.Description, many: true);
                    header = o.Description;
                    fromNumber = cell.FromNumber;
                }
                else
                {
                    text = null;
                    header = null;
                    fromNumber = false;
                    foreach (var source in PhoneSourcesForRow())
                    {
                        var cell = CellValue.Read(_row.GetValue(source.Index), splitList: true);
                        text = Accept(ContactField.PhoneNumber, cell, $"'{source.Header}'", many: true);
                        if (_error != null) return null;
                        if (text == null) continue;
                        header = $"'{source.Header}'";
                        fromNumber = cell.FromNumber;
                        if (source.Kind == ColumnKind.Fallback)
                        {
                            // Chosen by a weak rule (a qualifier alone, its values): a value that is no phone number is
                            // not this column's business in this row; the next candidate, or none, fills the field.
                            result = _reader.Phones.Normalize(text, fromNumber, RowRegion());
                            if (_error != null) return null;
                            if (result.Value.Problem != null)
                            {
                                _reader.Warnings.Add("fallback:" + header,
                                    $"Column {header} is used as PhoneNumber only where it holds a phone number; its values that do not (such as {result.Value.Problem}) are left out.");
                                text = null;
                                result = null;
                                continue;
                            }
                        }
                        break;
                    }
                }
                if (_error != null || text == null) return null;
                PhoneResult phone;
                if (result is PhoneResult checkedPhone) phone = checkedPhone;
                else
                {
                    var region = RowRegion();
                    if (_error != null) return null;
                    phone = _reader.Phones.Normalize(text, fromNumber, region);
                }
                if (phone.Problem != null)
                {
                    _error = Invalid(ErrorIds.InvalidPhoneNumber, $"PhoneNumber (column {header}): {phone.Problem}");
                    return null;
                }
                if (phone.Warning != null) _reader.Warnings.Add($"phone:{phone.WarningKind}:{header}", $"PhoneNumber (column {header}): {phone.Warning}");
                _sources[ContactField.PhoneNumber] = header!;
                return phone.E164;
            }

            // Google's "Phone N - Value" columns rank by their label in this row: Mobile first, then Work, Home, Other.
            private IEnumerable<ColumnSource> PhoneSourcesForRow()
            {
                var sources = _map.SourcesFor(ContactField.PhoneNumber);
                if (!sources.Any(s => s.Kind == ColumnKind.LabelledPhone)) return sources;
                return sources
                    .Select(s => (Source: s, Rank: s.Kind == ColumnKind.LabelledPhone ? LabelRank(s) : s.Rank))
                    .OrderBy(x => x.Rank).ThenBy(x => x.Source.Index)
                    .Select(x => x.Source);
            }

            private int LabelRank(ColumnSource source)
            {
                var offset = source.Rank - 10;
                if (source.LabelIndex < 0) return source.Rank;
                var label = (CellValue.Read(_row.GetValue(source.LabelIndex), splitList: true).Text ?? "").TrimStart('*', ' ').ToLowerInvariant();
                if (label.Contains("mobil") || label.Contains("cell") || label.Contains("handy")) return offset;
                if (label.Length == 0 || label.Contains("main")) return 10 + offset;
                if (label.Contains("work") || label.Contains("business") || label.Contains("arbeit") || label.Contains("geschäft")) return 20 + offset;
                if (label.Contains("home") || label.Contains("privat")) return 30 + offset;
                return 40 + offset;
            }
        }
    }
}
