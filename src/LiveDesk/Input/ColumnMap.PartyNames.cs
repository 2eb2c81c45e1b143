using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // A column headed by the file's main party and nothing else ("Participants" in a poll's export, "참가자", "Attendee",
    // "Customer") lists that party by name when its values are names: who voted, who registered, who bought. It fills the
    // name only when no header names one. Its values decide: a column of organisations is left to the company rule, one of
    // numbers, addresses, dates or yes/no answers is no name.
    internal sealed partial class ColumnMap
    {
        private void DecidePartyNames(List<InputRow> sample)
        {
            if (NameNamed) return;
            foreach (var i in SniffCandidates().ToList())
            {
                var thing = NamesThingOnly(Headers[i]);
                var placeholder = !thing && Placeholder(Headers[i]);
                if (_companyColumns.Any(c => c.Index == i) || !(thing || placeholder || NamesMainPartyOnly(Headers[i]))) continue;
                int values = 0, names = 0, whole = 0;
                foreach (var row in sample)
                {
                    var text = CellText(row, i);
                    if (string.IsNullOrEmpty(text)) continue;
                    values++;
                    if (thing ? LooksLikePartyName(text!) : LooksLikePersonName(text!)) names++;
                    if (text!.Trim().IndexOf(' ') > 0) whole++;
                }
                if (values == 0 || names * 5 < values * 4) continue;
                // A column without a header says nothing of itself: only given and family name together ("Camille Lefèvre")
                // in most rows tell names, not titles, towns or categories of one word.
                if (placeholder && whole * 5 < values * 4) continue;
                AddNameByValues(i);
                var whose = thing ? "names of persons or organisations: the name of the party each row is"
                    : placeholder ? "full names of persons, under a column without a header" : "names of the file's main party";
                _loginsAsNames.Add($"Name from {ColumnNames.Quote(Headers[i])} ({names} of its first {values} values are {whose})");
                Claim(i);
                return;
            }
        }

        // "Ticket Buyer Name" beside "Vorname" and "Nachname" (CampTix: one row per ticket, the buyer's name on each of
        // the tickets bought together): a name qualified by a party, beside the row's own given and family names, is that
        // party's. The row's own parts compose the name; the party's is not read (a row without them has no name).
        private void ReleaseOtherPartysName()
        {
            if (OverrideFor(ContactField.Name) != null || !_sources.TryGetValue(ContactField.Name, out var names)) return;
            bool Own(ContactField f) => SourcesFor(f).Any(s => !NamesParty(s.Header));
            if (!Own(ContactField.FirstName) || !Own(ContactField.LastName)) return;
            var party = names.Where(s => s.ByWords && s.Rank >= HeaderRecognizer.PlainNameRank && NamesParty(s.Header)).ToList();
            foreach (var source in party) names.Remove(source);
            if (party.Count > 0) _setAside.Add($"{string.Join(", ", party.Select(s => ColumnNames.Quote(s.Header)))} (a party's name beside the row's own given and family names)");
        }

        // The file's main party (an attendee, a buyer, a member) or a customer.
        private static bool IsPartyWord(string word) => HeaderVocabulary.Of(word) == HeaderWord.IdOwner || CustomerWords.Contains(word);

        private static bool NamesParty(string? header) => HeaderWords.Split(header ?? "").Any(IsPartyWord);

        private bool PartyNamesNeedValues() =>
            !NameNamed && SniffCandidates().Any(i => NamesMainPartyOnly(Headers[i]) || NamesThingOnly(Headers[i]) || Placeholder(Headers[i]));

        // A column that has no header: RaspiSMS writes its columns' positions ("0,1,civilite,..."), Import-Csv names empty
        // headers H1, H2, spreadsheets write Column1 or Field 3.
        private static readonly System.Text.RegularExpressions.Regex PlaceholderHeader = new System.Text.RegularExpressions.Regex(
            @"^\s*(?:(?:h|column|col|field|spalte|feld|colonne|champ|columna|campo|colonna|kolom|kolumna|sloupec)\s*_?\s*)?\d{0,3}\s*$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        private static bool Placeholder(string? header) => header == null || PlaceholderHeader.IsMatch(header);

        private static bool NamesMainPartyOnly(string? header)
        {
            // A count in brackets is no word: Sensei's "Student (4)" heads its four students.
            var words = HeaderWords.Split(header ?? "").Where(w => !w.All(char.IsDigit)).ToList();
            return words.Any(IsPartyWord) && words.All(w => IsPartyWord(w) || HeaderVocabulary.Of(w) == HeaderWord.Connector);
        }

        // Letters, perhaps a space, an apostrophe or a hyphen; no digit, no address, no answer, no legal form.
        private static bool LooksLikePersonName(string text) =>
            text.Length <= 80 && text.Any(char.IsLetter) && !text.Any(char.IsDigit) && text.IndexOf('@') < 0
            && !ValueShapes.IsYesNo(text) && !ValueShapes.IsAnonymous(text) && !LegalForms.IsLegalEntity(text);
    }
}
