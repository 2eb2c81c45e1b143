using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // e-računi's partners ("Šifra partnerja;Naziv partnerja;Priimek partnerja;Ime partnerja"): an ERP's partner is the
    // business partner, the party each row is, though in a CRM's or a church's person record "Partner" is the spouse beside
    // the person's own name. So the file decides: where no column names the row's own name or a part of it, and the partner's
    // columns name one, the partner is the file's party and its columns are read without the partner word. Beside the row's
    // own name they stay someone else's.
    internal sealed partial class ColumnMap
    {
        // "partner" and its inflections (partnerja, partnera, partnerin; Romanian partener, partenerului), not "partnership".
        private static bool IsPartnerWord(string word) =>
            (word.StartsWith("partner", System.StringComparison.Ordinal) && word.Length <= "partner".Length + 3)
            || (word.StartsWith("partener", System.StringComparison.Ordinal) && word.Length <= "partener".Length + 4);

        private static void PartnerAsParty(IReadOnlyList<string?> headers, KnownColumn?[] recognized, List<string> elsewhere, List<int> unknown, List<int> nameParts)
        {
            var ownName = nameParts.Count > 0 || recognized.Any(k => k != null && k.Kind != ColumnKind.Ignored
                && k.Field is ContactField.Name or ContactField.FirstName or ContactField.LastName);
            if (ownName) return;
            var readings = new List<(int Index, HeaderMeaning Meaning)>();
            for (var i = 0; i < headers.Count; i++)
            {
                if (headers[i] is not string header || !elsewhere.Contains(header)) continue;
                var words = HeaderWords.Split(header);
                if (!words.Any(IsPartnerWord)) continue;
                var rest = words.Where(w => !IsPartnerWord(w)).ToList();
                if (rest.Count == 0) continue;
                readings.Add((i, HeaderRecognizer.Recognize(string.Join(" ", rest))));
            }
            if (!readings.Any(r => r.Meaning.NamePart || r.Meaning.Field is ContactField.Name or ContactField.FirstName or ContactField.LastName)) return;
            foreach (var (i, meaning) in readings)
            {
                if (!meaning.Elsewhere) TakeAsParty(headers, recognized, elsewhere, unknown, nameParts, i, meaning);
            }
        }

        // A column headed by a party's word, read as the row's own by the rest of its words (a partner's, a receiver's).
        private static void TakeAsParty(IReadOnlyList<string?> headers, KnownColumn?[] recognized, List<string> elsewhere, List<int> unknown,
            List<int> nameParts, int i, HeaderMeaning meaning)
        {
            elsewhere.Remove(headers[i]!);
            if (meaning.NamePart && !nameParts.Contains(i)) nameParts.Add(i);
            if (meaning.Field is not ContactField field) return;
            // The party's code or number is its own, as "Customer Code" is a customer's: ahead of the same party's code in another
            // role ("Šifra kupca", e-računi's partner as a buyer, after "Šifra partnerja").
            var rank = field == ContactField.Identifier && meaning.Rank > HeaderRecognizer.OwnNumberRank + 1 && meaning.Rank < HeaderRecognizer.ForeignKeyRank
                ? HeaderRecognizer.OwnNumberRank + 1 : meaning.Rank;
            recognized[i] = new KnownColumn(headers[i]!, field, rank, meaning.Weak ? ColumnKind.Fallback : ColumnKind.Plain, "words");
            unknown.Remove(i);
        }
    }
}
