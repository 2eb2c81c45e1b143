using System;
using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // A number split in two columns: the area code and the rest (Kürschner's "TelefonvorwahlParl" "030" beside
    // "TelefonnummerParl" "227-71842", a Brazilian export's "DDD" "11" beside "Telefone" "98765-4321"). Read alone, the rest is
    // either no number (the row fails) or, where numbers vary in length, another valid one: "227-71842" in Germany is
    // +49 22771842, a number nobody has. The area code column belongs to the phone column whose header says the same once the
    // code and phone words are left out, else to the phone column next to it, else to the only one; the row reader puts the
    // code before the number where the number does not already begin with it.
    internal sealed partial class ColumnMap
    {
        private static readonly HashSet<string> AreaCodeWords = Folded(
            "vorwahl ortsvorwahl telefonvorwahl telvorwahl ddd 市外局番 areacode");

        private readonly List<int> _areaCodeColumns = new List<int>();
        private readonly Dictionary<int, int> _areaCodes = new Dictionary<int, int>();

        /// <summary>The column holding the area code of the phone column at <paramref name="phoneIndex"/>, or -1.</summary>
        public int AreaCodeColumnFor(int phoneIndex) => _areaCodes.TryGetValue(phoneIndex, out var i) ? i : -1;

        // "Area Code" is two words; "TelefonvorwahlParl" one unknown compound and a suffix.
        private static bool NamesAreaCode(List<string> words) =>
            words.Any(AreaCodeWords.Contains) || string.Concat(words).Contains("areacode")
            || words.Any(w => AreaCodeWords.Any(a => a.Length >= 7 && w.EndsWith(a, StringComparison.Ordinal)));

        private void FindAreaCodes()
        {
            for (var i = 0; i < Headers.Count; i++)
            {
                if (_codeColumns.Contains(i) || _overrideIndex.ContainsValue(i) || AboutSomeoneElse.Contains(Headers[i])) continue;
                if (!NamesAreaCode(HeaderWords.Split(Headers[i] ?? ""))) continue;
                _areaCodeColumns.Add(i);
                foreach (var list in _sources.Values) list.RemoveAll(s => s.Index == i);
                Unrecognized = Unrecognized.Where(h => h != Headers[i]).ToArray();
            }
        }

        private void PairAreaCodes()
        {
            _areaCodes.Clear();
            if (_areaCodeColumns.Count == 0) return;
            var words = Headers.Select(h => HeaderWords.Split(h ?? "")).ToArray();
            var phones = SourcesFor(ContactField.PhoneNumber).Select(s => s.Index).ToList();
            if (phones.Count == 0) return;
            HashSet<string> Rest(List<string> w) => new HashSet<string>(w.Where(x => !AreaCodeWords.Contains(x) && !AreaCodeWords.Any(a => a.Length >= 7 && x.EndsWith(a, StringComparison.Ordinal))
                && x is not ("area" or "code") && HeaderVocabulary.Of(x) is not (HeaderWord.Phone or HeaderWord.Mobile or HeaderWord.Number or HeaderWord.Neutral or HeaderWord.Connector)), StringComparer.Ordinal);
            foreach (var code in _areaCodeColumns)
            {
                var rest = Rest(words[code]);
                var match = phones.Where(p => Rest(words[p]).SetEquals(rest)).ToList();
                if (match.Count != 1) match = phones.Where(p => Math.Abs(p - code) == 1).ToList();
                if (match.Count != 1 && phones.Count == 1) match = phones;
                if (match.Count == 1 && !_areaCodes.ContainsKey(match[0])) _areaCodes[match[0]] = code;
            }
        }

        private IEnumerable<string> DescribeAreaCodes() =>
            _areaCodes.Select(p => $"PhoneNumber's area code from {ColumnNames.Quote(Headers[p.Value])} before {ColumnNames.Quote(Headers[p.Key])}");
    }
}
