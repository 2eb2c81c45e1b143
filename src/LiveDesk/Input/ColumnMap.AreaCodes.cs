using System;
using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // A number split in two columns: the area code and the rest (Kürschner's "TelefonvorwahlParl" "030" beside
    // "TelefonnummerParl" "227-71842", a Brazilian export's "DDD" "11" beside "Telefone" "98765-4321"). Read alone, the rest is
    // either no number (the row fails) or, where numbers vary in length, another valid one: "227-71842" in Germany is
    // +49 22771842, a number nobody has. The area code column pairs with its phone column as a calling code column does
    // (PairCodes); the row reader puts the code before the number where the number does not already begin with it.
    internal sealed partial class ColumnMap
    {
        private static readonly HashSet<string> AreaCodeWords = Folded(
            "vorwahl ortsvorwahl telefonvorwahl telvorwahl ddd 市外局番 areacode caracteristica lada");

        private readonly List<int> _areaCodeColumns = new List<int>();
        private readonly Dictionary<int, int> _areaCodes = new Dictionary<int, int>();

        /// <summary>The column holding the area code of the phone column at <paramref name="phoneIndex"/>, or -1.</summary>
        public int AreaCodeColumnFor(int phoneIndex) => _areaCodes.TryGetValue(phoneIndex, out var i) ? i : -1;

        // "DDD", "Vorwahl", and compounds ending in a long one ("TelefonvorwahlParl" splits into "telefonvorwahl" and a suffix).
        // "Area" counts only where "area code" is written (NamesAreaCode joins the words).
        private static bool IsAreaCodeWord(string word) =>
            word == "area" || AreaCodeWords.Contains(word) || AreaCodeWords.Any(a => a.Length >= 7 && word.EndsWith(a, StringComparison.Ordinal));

        // "Código de área", "cod_area_cel" (MiCorreo's area code of the mobile): a code word with "area" is the area code.
        // Argentina's "característica" and Mexico's "LADA" name it alone.
        private static bool NamesAreaCode(List<string> words) =>
            string.Concat(words).Contains("areacode") || words.Any(w => w != "area" && IsAreaCodeWord(w))
            || (words.Contains("area") && words.Any(CodeWords.Contains));

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

        private void PairAreaCodes() => PairCodes(_areaCodeColumns, _areaCodes);

        private IEnumerable<string> DescribeAreaCodes() =>
            _areaCodes.Select(p => $"PhoneNumber's area code from {ColumnNames.Quote(Headers[p.Value])} before {ColumnNames.Quote(Headers[p.Key])}");
    }
}
