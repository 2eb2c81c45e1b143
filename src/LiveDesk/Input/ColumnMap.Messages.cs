using System;
using System.Collections.Generic;
using System.Linq;
using LiveDesk.Errors;

namespace LiveDesk.Input
{
    // What a column map tells the user: near-misses, suggestions and the error for input that fills nothing.
    internal sealed partial class ColumnMap
    {
        private static string Suggest(string column, IReadOnlyList<string> headers)
        {
            var key = ColumnNames.Normalize(column);
            var best = headers
                .Select(h => (Header: h, Distance: ColumnNames.Distance(key, ColumnNames.Normalize(h))))
                .Where(x => x.Distance <= Math.Max(1, ColumnNames.Tolerance(key.Length)))
                .OrderBy(x => x.Distance)
                .FirstOrDefault();
            return best.Header == null ? "" : $" (did you mean {ColumnNames.Quote(best.Header)}?)";
        }

        // An unrecognised header close to a known one: a typo ("Emial", "Telefonn"), or a field word among words the
        // vocabulary does not know ("Courriel Infolettre"). A header about someone else ("Assistant's Phone", "Owner
        // Email") or describing the value ("E-mail Type") is never suggested. Lower scores are more plausible.
        internal static NearMiss? NearMissFor(string header)
        {
            var key = ColumnNames.Normalize(header);
            if (key.Length < 3 || KnownColumns.ByKey.ContainsKey(key)) return null;
            if (HeaderRecognizer.Recognize(header).Field != null) return null;
            var words = HeaderWords.Split(header);
            foreach (var word in words)
            {
                var role = HeaderVocabulary.Of(word);
                // A registry's number ("Tax ID", "VAT Number") resembles an id column but is never to be suggested for one.
                if (role is HeaderWord.Elsewhere or HeaderWord.Agent or HeaderWord.Blocker or HeaderWord.Registry) return null;
            }
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
            if (best != null) return new NearMiss(header, best.Header, best.Field!.Value, bestScore * 100 + best.Rank);
            // A field word of the vocabulary among unknown words: the more unknown words, the less plausible.
            var unknown = 0;
            HeaderMeaning? meaning = null;
            string? named = null;
            foreach (var word in words)
            {
                var known = word;
                if (HeaderVocabulary.Of(word) == HeaderWord.Unknown)
                {
                    unknown++;
                    // A typo of a field word ("Emial", "Telefn") counts as that word.
                    known = HeaderVocabulary.All.Keys.FirstOrDefault(v => word.Length >= 5 && v.Length >= 4
                        && ColumnNames.Distance(word, v) <= ColumnNames.Tolerance(Math.Min(word.Length, v.Length))
                        && HeaderRecognizer.Recognize(v).Field != null);
                    if (known == null) continue;
                }
                if (HeaderVocabulary.Of(known) is HeaderWord.Work or HeaderWord.Home) continue;
                var alone = HeaderRecognizer.Recognize(known);
                if (alone.Field is ContactField && meaning == null) { meaning = alone; named = known; }
            }
            // Every word known, yet no field: the words contradict each other ("Nom complet de l'adresse de messagerie").
            if (unknown == 0) return null;
            // Only for e-mail and phone, whose values are checked before the suggestion is made: another noun next to a name,
            // company or place word names something else ("Name Prefix", "Floor Name", "Org Unit Path").
            return meaning?.Field is ContactField field and (ContactField.Email or ContactField.PhoneNumber)
                ? new NearMiss(header, named!, field, (20 + unknown) * 100 + meaning.Rank) : null;
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
                message = $"None of the columns fills a contact field (name, e-mail, phone number, identifier or avatar URL), by its name or by its values. Not recognised: {List(Unrecognized)}.";
                if (NearMisses.Count > 0)
                {
                    message += " Did you mean: " + string.Join("; ", NearMisses.Take(MaxListed).Select(n => $"{ColumnNames.Quote(n.Column)} as {n.Field} ('{n.KnownHeader}')")) + "?";
                    var first = NearMisses[0];
                    message += $" Rename the columns, or map them with -Map @{{ {first.Field} = {ColumnNames.Quote(first.Column)} }}.";
                }
                else
                {
                    message += " Rename the columns (Name, Email, PhoneNumber, Identifier), or map them with -Map @{ Email = 'your column' }.";
                }
            }
            if (DamagedHeaders.Count > 0) message += " " + EncodingAdvice($"Column names such as '{Shorten(DamagedHeaders[0])}'");
            // A triathlon's sign-ups written with "#Startnummer;Nachname;Vorname" as their header line: Import-Csv and ConvertFrom-Csv
            // skip a line that begins with "#" as a comment, and the first person became the column names. Names that are numbers
            // or dates are values, never a header's.
            else if (SuspectedDelimiter == null && Headers.Count(h => h != null && h.Trim().Length > 0 && (ValueShapes.HasNoLetter(h) || ValueShapes.IsDateOrTime(h))) >= 1
                && Headers.Count > 2)
            {
                message += " The column names look like a row of values: Import-Csv skips a header line that begins with '#' as a comment."
                    + " If the file's first line does, read it with: (Get-Content 'file.csv') -replace '^#', '' | ConvertFrom-Csv.";
            }
            return new LiveDeskError(ErrorIds.InvalidInput, LiveDeskErrorKind.InvalidArgument, message);
        }

    }
}
