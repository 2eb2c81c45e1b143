using System;
using System.Collections.Generic;
using System.Linq;
using LiveDesk.Errors;

namespace LiveDesk.Input
{
    /// <summary>
    /// Which input column fills which contact field, decided once per header set. Build it from the row's property
    /// names; <see cref="RowReader"/> then reads every row with the same names through it.
    /// </summary>
    internal sealed class ColumnMap
    {
        private const int MaxListed = 12;
        private readonly Dictionary<ContactField, List<ColumnSource>> _sources = new Dictionary<ContactField, List<ColumnSource>>();
        private readonly Dictionary<ContactField, ColumnOverride> _overrides = new Dictionary<ContactField, ColumnOverride>();
        private readonly Dictionary<ContactField, int> _overrideIndex = new Dictionary<ContactField, int>();

        private ColumnMap(IReadOnlyList<string> headers)
        {
            Headers = headers.ToArray();
        }

        /// <summary>The column names this map was built for, in input order.</summary>
        public IReadOnlyList<string> Headers { get; }

        /// <summary>Columns that are neither known nor named in an override (ignored known columns are not listed).</summary>
        public IReadOnlyList<string> Unrecognized { get; private set; } = Array.Empty<string>();

        /// <summary>Unrecognised columns that resemble a known header.</summary>
        public IReadOnlyList<NearMiss> NearMisses { get; private set; } = Array.Empty<NearMiss>();

        /// <summary>Headers holding U+FFFD: the file was read with the wrong encoding.</summary>
        public IReadOnlyList<string> DamagedHeaders { get; private set; } = Array.Empty<string>();

        /// <summary>
        /// The delimiter the input evidently uses when it arrived as one column whose name holds it
        /// ("Vorname;Nachname;E-Mail-Adresse" read with Import-Csv's default ','), else null.
        /// </summary>
        public char? SuspectedDelimiter { get; private set; }

        /// <summary>An override that cannot be applied (it names a column the input lacks), else null.</summary>
        public LiveDeskError? Error { get; private set; }

        /// <summary>True when some column or override fills a field a contact is made of (not only the inbox).</summary>
        public bool FillsAnyContactField =>
            _overrides.Any(o => !o.Value.IsSkip && o.Key != ContactField.InboxId)
            || _sources.Any(s => s.Key != ContactField.InboxId && s.Value.Count > 0);

        /// <summary>The built-in columns that can fill <paramref name="field"/>, best first; empty when overridden.</summary>
        public IReadOnlyList<ColumnSource> SourcesFor(ContactField field) =>
            _sources.TryGetValue(field, out var list) ? list : (IReadOnlyList<ColumnSource>)Array.Empty<ColumnSource>();

        /// <summary>The user's override for <paramref name="field"/>, or null.</summary>
        public ColumnOverride? OverrideFor(ContactField field) => _overrides.TryGetValue(field, out var o) ? o : null;

        /// <summary>For an override by column name: that column's index.</summary>
        internal int OverrideIndex(ContactField field) => _overrideIndex.TryGetValue(field, out var i) ? i : -1;

        /// <summary>True when <paramref name="names"/> are exactly this map's headers (so the map can be reused).</summary>
        public bool Fits(IReadOnlyList<string> names)
        {
            if (names.Count != Headers.Count) return false;
            for (var i = 0; i < names.Count; i++)
            {
                if (!string.Equals(names[i], Headers[i], StringComparison.Ordinal)) return false;
            }
            return true;
        }

        /// <summary>Builds the map for a header set. Never throws for odd headers; see <see cref="Error"/>.</summary>
        public static ColumnMap Build(IReadOnlyList<string> headers, IReadOnlyDictionary<ContactField, ColumnOverride>? overrides = null)
        {
            var map = new ColumnMap(headers);
            var used = new bool[headers.Count];
            var unknown = new List<int>();
            var damaged = new List<string>();
            var labels = new Dictionary<string, int>(StringComparer.Ordinal);

            if (overrides != null)
            {
                foreach (var pair in overrides)
                {
                    map._overrides[pair.Key] = pair.Value;
                    if (pair.Value.ColumnName is string column)
                    {
                        var index = FindColumn(headers, column);
                        if (index < 0)
                        {
                            map.Error ??= new LiveDeskError(ErrorIds.InvalidInput, LiveDeskErrorKind.InvalidArgument,
                                $"-Map {pair.Key} = '{column}': the input has no such column{Suggest(column, headers)}. Its columns: {List(headers)}.");
                            continue;
                        }
                        map._overrideIndex[pair.Key] = index;
                        used[index] = true;
                    }
                }
            }

            for (var i = 0; i < headers.Count; i++)
            {
                var key = ColumnNames.Normalize(headers[i] ?? "");
                if (key.IndexOf(ColumnNames.ReplacementCharacter) >= 0) damaged.Add(headers[i]!);
                var known = Recognize(key);
                if (known == null)
                {
                    if (!used[i]) unknown.Add(i);
                    continue;
                }
                if (known.Kind == ColumnKind.PhoneLabel) labels[key.Replace("type", "label")] = i;
            }

            for (var i = 0; i < headers.Count; i++)
            {
                var key = ColumnNames.Normalize(headers[i] ?? "");
                var known = Recognize(key);
                if (known?.Field is not ContactField field || known.Kind == ColumnKind.Ignored) continue;
                if (map._overrides.ContainsKey(field)) continue;
                var labelIndex = -1;
                if (known.Kind == ColumnKind.LabelledPhone && labels.TryGetValue(known.Key.Replace("value", "label"), out var li)) labelIndex = li;
                if (!map._sources.TryGetValue(field, out var list)) map._sources[field] = list = new List<ColumnSource>();
                list.Add(new ColumnSource(i, headers[i], known.Rank, known.Kind, labelIndex));
            }
            foreach (var list in map._sources.Values) list.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Index.CompareTo(b.Index));

            map.Unrecognized = unknown.Select(i => headers[i]).ToArray();
            map.DamagedHeaders = damaged;
            if (headers.Count == 1 && map._sources.Count == 0)
            {
                foreach (var d in new[] { ';', '\t', ',', '|' })
                {
                    if (headers[0].IndexOf(d) >= 0)
                    {
                        map.SuspectedDelimiter = d;
                        break;
                    }
                }
            }
            // A whole delimited header line is no near-miss of anything it happens to contain.
            if (map.SuspectedDelimiter == null)
            {
                map.NearMisses = unknown.Select(i => NearMissFor(headers[i])).Where(n => n != null).Select(n => n!).ToArray();
            }
            return map;
        }

        private static KnownColumn? Recognize(string key)
        {
            if (KnownColumns.ByKey.TryGetValue(key, out var known)) return known;
            if (key.IndexOf(ColumnNames.ReplacementCharacter) < 0) return null;
            // A header damaged by the wrong encoding ("Telefon gesch�ftlich") still matches, if exactly one known name fits.
            KnownColumn? found = null;
            foreach (var candidate in KnownColumns.ByKey.Values)
            {
                if (!ColumnNames.MatchesDamaged(key, candidate.Key)) continue;
                if (found != null && (found.Field != candidate.Field || found.Kind != candidate.Kind)) return null;
                found = candidate;
            }
            return found;
        }

        private static int FindColumn(IReadOnlyList<string> headers, string column)
        {
            for (var i = 0; i < headers.Count; i++) if (string.Equals(headers[i], column, StringComparison.Ordinal)) return i;
            for (var i = 0; i < headers.Count; i++) if (string.Equals(headers[i], column, StringComparison.OrdinalIgnoreCase)) return i;
            var key = ColumnNames.Normalize(column);
            for (var i = 0; i < headers.Count; i++) if (ColumnNames.Normalize(headers[i]) == key) return i;
            return -1;
        }

        private static string Suggest(string column, IReadOnlyList<string> headers)
        {
            var key = ColumnNames.Normalize(column);
            var best = headers
                .Select(h => (Header: h, Distance: ColumnNames.Distance(key, ColumnNames.Normalize(h))))
                .Where(x => x.Distance <= Math.Max(1, ColumnNames.Tolerance(key.Length)))
                .OrderBy(x => x.Distance)
                .FirstOrDefault();
            return best.Header == null ? "" : $" (did you mean '{best.Header}'?)";
        }

        // An unrecognised header close to a known one: a typo ("Emial"), or a longer name around a known one
        // ("Work Email", "Private Mobile"). Ignored known columns never count, so "E-mail Type" suggests nothing.
        internal static NearMiss? NearMissFor(string header)
        {
            var key = ColumnNames.Normalize(header);
            if (key.Length < 3 || KnownColumns.ByKey.ContainsKey(key)) return null;
            KnownColumn? best = null;
            var bestScore = int.MaxValue;
            foreach (var known in KnownColumns.ByKey.Values)
            {
                if (known.Field == null || known.Kind == ColumnKind.Ignored || known.Kind == ColumnKind.PhoneLabel) continue;
                var distance = ColumnNames.Distance(key, known.Key);
                var score = int.MaxValue;
                if (distance <= ColumnNames.Tolerance(Math.Min(key.Length, known.Key.Length))) score = distance;
                else if (known.Key.Length >= 5 && key.Contains(known.Key)) score = 10 + key.Length - known.Key.Length;
                else if (key.Length >= 5 && known.Key.Contains(key)) score = 10 + known.Key.Length - key.Length;
                if (score < bestScore || (score == bestScore && best != null && known.Rank < best.Rank))
                {
                    best = known;
                    bestScore = score;
                }
            }
            return best == null ? null : new NearMiss(header, best.Header, best.Field!.Value);
        }

        /// <summary>
        /// The InvalidInput error for input where no column fills a contact field: names the columns not recognised,
        /// the near-misses, and offers -Delimiter only when the header evidently is one delimited line.
        /// </summary>
        public LiveDeskError NoContactColumnsError()
        {
            string message;
            if (Headers.Count == 0)
            {
                message = "The row has no properties: pipe objects with columns such as Name, Email or PhoneNumber (for example from Import-Csv).";
            }
            else if (SuspectedDelimiter is char d)
            {
                var shown = d == '\t' ? "\"`t\"" : $"'{d}'";
                var fix = d == ',' ? "Read it without -Delimiter (Import-Csv expects ',' by default)" : $"Read it with Import-Csv -Delimiter {shown}";
                message = $"The input has a single column '{Shorten(Headers[0])}': the file is {Name(d)}-delimited. {fix}.";
            }
            else
            {
                message = $"None of the columns fills a contact field (name, e-mail, phone number, identifier or avatar URL). Not recognised: {List(Unrecognized)}.";
                if (NearMisses.Count > 0)
                {
                    message += " Did you mean: " + string.Join("; ", NearMisses.Take(MaxListed).Select(n => $"'{n.Column}' as {n.Field} ('{n.KnownHeader}')")) + "?";
                    var first = NearMisses[0];
                    message += $" Rename the columns, or map them with -Map @{{ {first.Field} = '{first.Column}' }}.";
                }
                else
                {
                    message += " Rename the columns (Name, Email, PhoneNumber, Identifier), or map them with -Map @{ Email = 'your column' }.";
                }
            }
            if (DamagedHeaders.Count > 0) message += " " + EncodingAdvice($"Column names such as '{Shorten(DamagedHeaders[0])}'");
            return new LiveDeskError(ErrorIds.InvalidInput, LiveDeskErrorKind.InvalidArgument, message);
        }

        /// <summary>One line per filled field, for -Verbose and the preview: "Email from 'E-mail Address', then 'E-mail 2 Address'".</summary>
        public string Describe()
        {
            var parts = new List<string>();
            foreach (var field in Enum.GetValues(typeof(ContactField)).Cast<ContactField>())
            {
                if (OverrideFor(field) is ColumnOverride o) parts.Add($"{field} from {o.Description}");
                else if (SourcesFor(field) is var s && s.Count > 0) parts.Add($"{field} from " + string.Join(", then ", s.Select(c => $"'{c.Header}'")));
            }
            if (Unrecognized.Count > 0) parts.Add("not used: " + List(Unrecognized));
            return string.Join("; ", parts);
        }

        /// <summary>The advice for text damaged by reading a file with the wrong encoding.</summary>
        internal static string EncodingAdvice(string what) =>
            $"{what} contain '\uFFFD' (U+FFFD), the mark of a file read with the wrong encoding: read it with Import-Csv -Encoding "
            + "(a file saved by Excel as 'CSV' in Western Europe is Windows-1252: -Encoding Default in Windows PowerShell, -Encoding Ansi or 1252 in PowerShell 7).";

        private static string List(IReadOnlyList<string> names)
        {
            if (names.Count == 0) return "(none)";
            var shown = string.Join(", ", names.Take(MaxListed).Select(n => $"'{Shorten(n)}'"));
            return names.Count > MaxListed ? $"{shown} and {names.Count - MaxListed} more" : shown;
        }

        private static string Shorten(string s) => s.Length <= 80 ? s : s.Substring(0, 77) + "...";

        private static string Name(char d) => d switch { ';' => "semicolon", '\t' => "tab", ',' => "comma", _ => $"'{d}'" };
    }
}
