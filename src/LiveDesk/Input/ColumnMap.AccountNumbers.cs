using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace LiveDesk.Input
{
    // Xero's contacts ("AccountNumber": NGA001, beside "BankAccountNumber"), Open Source Point of Sale's customers ("Account
    // Number"): a bare account number in a file with no other key is the party's account with the business that exports it, or a
    // bank's. HeaderRecognizer reads it as neither. The first rows' values decide: a different value in every row, none shaped
    // like a bank account (an IBAN, or eight digits or more), is the party's own code, and keys the record.
    internal sealed partial class ColumnMap
    {
        private static readonly Regex IbanShape = new Regex(@"^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$", RegexOptions.CultureInvariant);

        private bool AccountNumbersUndecided() => !_valuesRead && AccountNumberCandidates().Any();

        private IEnumerable<int> AccountNumberCandidates() =>
            OverrideFor(ContactField.Identifier) != null || SourcesFor(ContactField.Identifier).Count > 0
                ? Enumerable.Empty<int>()
                : SniffCandidates().Where(i => BareAccountNumber(Headers[i]) || (i == 0 && NameNamed && AccountAlone(Headers[i])));

        // ASTPP's customers and resellers ("Account" 4521736980, then "First Name", "Last Name"): the account word alone heading
        // the file, before the person's name, is the account each row is. Its values decide as an account number's do, except that
        // digits alone are its number here, not a bank's: a bank account is no file's first column before the holder's name.
        private static bool AccountAlone(string? header) =>
            HeaderWords.Split(header ?? "") is { Count: 1 } words && AccountWords.Contains(words[0]);

        private static bool BareAccountNumber(string? header)
        {
            var words = HeaderWords.Split(header ?? "").Where(w => HeaderVocabulary.Of(w) != HeaderWord.Connector).ToList();
            // Sage 50's customers: "Account Reference" (MURPHY01, OSULLIVA), a reference or a code the same as a number.
            return words.Count == 2 && words.Count(AccountWords.Contains) == 1
                && words.Count(w => HeaderVocabulary.Of(w) is HeaderWord.Number or HeaderWord.Reference || HeaderVocabulary.IsCodeWord(w)) == 1;
        }

        private void UseAccountNumbersAsKeys(List<InputRow> sample)
        {
            foreach (var i in AccountNumberCandidates().ToList())
            {
                var values = FilledValues(sample, i);
                if (values.Count < 2 || values.Distinct(System.StringComparer.OrdinalIgnoreCase).Count() < values.Count) continue;
                if (AccountAlone(Headers[i]) ? !values.All(v => !v.Any(char.IsWhiteSpace) && v.Any(char.IsDigit) && !IbanShape.IsMatch(v.ToUpperInvariant()))
                    : values.Any(LooksLikeBankAccount)) continue;
                EditableSources(ContactField.Identifier).Add(new ColumnSource(i, Headers[i], HeaderRecognizer.OwnNumberRank + 40, ColumnKind.Fallback));
                Unrecognized = Unrecognized.Where(h => h != Headers[i]).ToArray();
                _byValues.Add((ContactField.Identifier, $"Identifier from {ColumnNames.Quote(Headers[i])} (a different account code in each of its first {values.Count} values, none a bank account's)"));
                return;
            }
        }

        private static bool LooksLikeBankAccount(string value)
        {
            var compact = new string(value.Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '/').ToArray()).ToUpperInvariant();
            return IbanShape.IsMatch(compact) || (compact.Length >= 8 && compact.All(char.IsDigit));
        }
    }
}
