using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // A Hungarian workwear inventory ("Dolgozó;Vezetéknév;Keresztnév": the employee, then their family and given names): a
    // column named by the file's party alone, beside the party's own name columns, holds the party's code ("D0142"), not
    // a name. Where its first rows' values are all codes (one token with a digit in it) and each stands for one person, it
    // is the person's own number, as "Employee Number" is. Alone, without name columns, such a column is the row's name
    // when its values are names (ColumnMap.PartyNames).
    internal sealed partial class ColumnMap
    {
        private IEnumerable<int> PartyCodeCandidates() =>
            NameNamed && OverrideFor(ContactField.Identifier) == null
                && !_idCandidates.Any(c => Tier(c.Rank) == 0 && !_notKeys.ContainsKey(c.Index))
                ? SniffCandidates().Where(i => NamesMainPartyOnly(Headers[i]))
                : Enumerable.Empty<int>();

        private void DecidePartyCodes(List<InputRow> sample)
        {
            foreach (var i in PartyCodeCandidates().ToList())
            {
                var values = FilledValues(sample, i);
                if (values.Count < 2 || !values.All(Code)) continue;
                if (!AddKeyByValues(i, HeaderRecognizer.OwnNumberRank, sample)) continue;
                Claim(i);
                _byValues.Add((ContactField.Identifier, $"Identifier from {ColumnNames.Quote(Headers[i])} (the party's code beside its name: {values.Count} of its first {values.Count} values are codes)"));
                return;
            }
        }

        // OpenPetra's partners ("PartnerKey" first, then "FirstName", "FamilyName"; Odoo's res.partner): "partner" names a
        // spouse as often as the business partner a record is, so its id is read as someone else's. As the file's first
        // column, with no other column of that party's, and no id of the row's own, it is the key of the records the file
        // lists, when the first rows' values confirm it as every key is.
        private void DecideFirstColumnKey(List<InputRow> sample)
        {
            if (!FirstColumnKeyUndecided() || Headers[0] is not string header) return;
            // Filled in most of the first rows (a record not yet given one stays without), different in each (NotAKey).
            var filled = sample.Count(r => !string.IsNullOrEmpty(CellText(r, 0)));
            if (filled < 2 || filled * 2 <= sample.Count) return;
            if (!AddKeyByValues(0, HeaderRecognizer.RecordKeyRank, sample)) return;
            AboutSomeoneElse = AboutSomeoneElse.Where(h => h != header).ToArray();
            Claim(0);
            _byValues.Add((ContactField.Identifier, $"Identifier from {ColumnNames.Quote(header)} (the file's first column, the key of the records it lists)"));
        }

        private bool FirstColumnKeyUndecided()
        {
            if (!NameNamed || OverrideFor(ContactField.Identifier) != null || _idCandidates.Any(c => !_notKeys.ContainsKey(c.Index))
                || Headers.Count < 2 || Headers[0] is not string header || !(AboutSomeoneElse.Contains(header) || Unrecognized.Contains(header))
                || _overrideIndex.ContainsValue(0)) return false;
            var words = HeaderWords.Split(header);
            var party = words.Where(w => HeaderVocabulary.Of(w) == HeaderWord.Elsewhere).ToList();
            if (party.Count != 1 || words.Count != 2
                || !words.Any(w => HeaderVocabulary.Of(w) is HeaderWord.Id or HeaderWord.Number || HeaderVocabulary.IsCodeWord(w) || w == "key")) return false;
            return !Enumerable.Range(1, Headers.Count - 1).Any(i => HeaderWords.Split(Headers[i] ?? "").Contains(party[0]));
        }

        // A key column found by the first rows' values (a party's code, a login qualified by its system, a contact number of
        // codes): confirmed as every key is (NotAKey), then chosen among the others by its rank. False when the values rule it out.
        private bool AddKeyByValues(int index, int rank, List<InputRow> sample)
        {
            var key = new ColumnSource(index, Headers[index]!, rank, ColumnKind.Plain, ByWords: true);
            if (NotAKey(key, sample, ContactOfRow()) != null) return false;
            _idCandidates.Add(key);
            EditableSources(ContactField.Identifier);
            ChooseIdentifiers();
            return true;
        }

        // One token of letters and digits with a digit in it, as codes are ("D0142", "M-1042"); not an address, a phone or a
        // date.
        private static bool Code(string text) =>
            text.Length <= 32 && !text.Any(char.IsWhiteSpace) && text.Any(char.IsDigit) && text.Any(char.IsLetter)
            && !LooksLikeEmail(text) && !LooksLikePhone(text) && !ValueShapes.IsDateOrTime(text);
    }
}
