using System;
using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // An identity document's number: Latin American ERPs (Xubio, Nubixar, Alegra) write "Tipo de identificación" (CC, NIT,
    // CE, passport) beside "Número de identificación", as forms write "ID Type" beside "ID Number" and "Tipo documento"
    // beside "Documento". A number whose kind of document stands in a column of its own is the state's register (a
    // national id, a tax number), never the record's key: stored as the contact's identifier it would merge two records of
    // one person from two systems, and it is personal data the helpdesk has no use for. The record's own code is used.
    internal sealed partial class ColumnMap
    {
        private void SetAsideDocumentNumbers()
        {
            if (OverrideFor(ContactField.Identifier) != null || !_sources.TryGetValue(ContactField.Identifier, out var ids)) return;
            var words = Headers.Select(h => HeaderWords.Split(h ?? "")).ToList();
            // One kind column names one number: of several it fits (a parish census's "ID", "Identificación", "Tipo ID": the
            // record's key, the document's number, its kind), the one nearest to it.
            var matched = new Dictionary<ColumnSource, int>();
            for (var i = 0; i < Headers.Count; i++)
            {
                if (!words[i].Any(LabelWords.Contains)) continue;
                var kind = words[i].Where(w => !LabelWords.Contains(w)).ToList();
                ColumnSource? nearest = null;
                foreach (var id in ids)
                {
                    if (i == id.Index || matched.ContainsKey(id)) continue;
                    var core = Core(words[id.Index]);
                    // The kind column names an id ("Tipo de identificación", "ID Type"), not what the record is ("Customer Type"
                    // beside "Customer ID" is B2B or B2C), and its other words are the number's.
                    // A qualifier alone says which id the bare one beside it is (X12's "ID" and "Qualifier": a UPIN, a state
                    // licence, a tax id): a qualifier belongs to the number, never to the record.
                    var qualified = kind.Count == 0 && words[i].Any(QualifierWords.Contains) && core.Count == 0;
                    if (!qualified && (!kind.Any(IsIdWord) || !Core(kind).SetEquals(core))) continue;
                    if (nearest == null || Math.Abs(id.Index - i) < Math.Abs(nearest.Index - i)) nearest = id;
                }
                if (nearest != null) matched[nearest] = i;
            }
            foreach (var pair in matched)
            {
                ids.Remove(pair.Key);
                _setAside.Add($"{ColumnNames.Quote(pair.Key.Header)} (an identity document's number, its kind in {ColumnNames.Quote(Headers[pair.Value])}: a register's, not the record's key)");
            }
        }

        private static readonly HashSet<string> QualifierWords = Folded("qualifier qualificateur calificador qualificatore qualificador");

        private static bool IsIdWord(string word) => HeaderVocabulary.Of(word) is HeaderWord.Id or HeaderWord.Number;

        // The words that say which number it is, without "number", "id" and connectors ("Número de identificación": identificación).
        private static HashSet<string> Core(IEnumerable<string> words) =>
            new HashSet<string>(Bare(words).Where(w => !IsIdWord(w)), StringComparer.Ordinal);
    }
}
