using System;
using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // A phone column's kind kept in a column of its own beside it: Google's "Phone 1 - Type" (in the table), Gibbon's
    // "Phone 1 (Type)" beside "Phone 1", "Telefon 2 Typ". The row's label then ranks the number (a mobile first), as the
    // header's own qualifier would.
    internal sealed partial class ColumnMap
    {
        private static readonly HashSet<string> LabelWords = Folded(
            "type types label kind qualifier qualificateur calificador qualificatore qualificador typ art bezeichnung libelle tipo etiqueta etichetta rotulo soort etikett etykieta tyyppi tip tipus вид тип 类型 類型 種別 유형 종류");

        // Called once the phone columns are known; returns the label columns it paired.
        private IEnumerable<int> PairPhoneLabels(List<string>[] words)
        {
            if (!_sources.TryGetValue(ContactField.PhoneNumber, out var phones)) yield break;
            var used = new HashSet<int>(_sources.Values.SelectMany(list => list.Select(s => s.Index)).Concat(_codeColumns).Concat(_overrideIndex.Values));
            for (var i = 0; i < Headers.Count; i++)
            {
                if (used.Contains(i) || AboutSomeoneElse.Contains(Headers[i]) || !words[i].Any(LabelWords.Contains)) continue;
                var rest = Bare(words[i].Where(w => !LabelWords.Contains(w)));
                if (rest.Count == 0) continue;
                var k = phones.FindIndex(s => s.LabelIndex < 0 && Bare(words[s.Index]).SetEquals(rest));
                if (k < 0) continue;
                phones[k] = phones[k] with { LabelIndex = i };
                yield return i;
            }
        }

        private static HashSet<string> Bare(IEnumerable<string> words) =>
            new HashSet<string>(words.Where(w => HeaderVocabulary.Of(w) is not (HeaderWord.Connector or HeaderWord.Neutral or HeaderWord.Number)), StringComparer.Ordinal);
    }
}
