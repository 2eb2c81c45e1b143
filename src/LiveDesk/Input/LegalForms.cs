using System;
using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    /// <summary>
    /// Tells a legal entity's name by its legal form: the abbreviation or word a register puts at the start or the end of a
    /// company's name ("Siemens AG", "Acme Ltd.", "ООО «Ромашка»", "PT Astra International Tbk", "Công ty TNHH ABC",
    /// "株式会社ソニー", "腾讯科技有限公司", "บริษัท ปตท. จำกัด (มหาชน)"). The forms are those of the ISO 20275 Entity Legal Forms
    /// code list (GLEIF) in the form their names are written with, for the jurisdictions whose exports reach a help desk.
    /// A person's name never carries one; short forms that are also words or names ("AS", "AG", "SA", "ASA" for Åsa) count
    /// only written as registers write them (in capitals, or with their dots: "a.s.", "S.A.").
    /// </summary>
    internal static class LegalForms
    {
        // Written as registers write them; dots and the case are compared as described above. Multi-word forms are matched
        // word by word ("Sp. z o.o.", "Ltd. Şti.", "S.A. de C.V.", "spol. s r.o.").
        private static readonly string[] Forms =
        {
            // German-speaking countries, Benelux, France, Italy, Spain, Portugal, Brazil, Latin America.
            "GmbH", "gGmbH", "mbH", "AG", "KG", "KGaA", "OHG", "GbR", "UG", "e.V.", "eG", "SE", "e.K.",
            "B.V.", "BV", "N.V.", "NV", "V.O.F.", "BVBA", "VZW", "SRL", "SPRL", "SA", "S.A.", "SAS", "SASU", "SARL", "EURL", "SNC", "SCI",
            "S.p.A.", "SpA", "S.r.l.", "Srl", "S.n.c.", "S.a.s.", "S.L.", "SL", "S.L.U.", "S.A.U.", "S.C.", "Lda", "Ltda", "Ltda.", "S/A", "EIRELI",
            "S.A. de C.V.", "S. de R.L.", "C.V.",
            // English-speaking countries and Asia-Pacific.
            "Ltd", "Limited", "LLC", "L.L.C.", "Inc", "Incorporated", "Corp", "Corporation", "Co.", "PLC", "LLP", "LP", "L.P.", "PLLC", "P.C.",
            "DAC", "Pty", "Pte", "Pvt", "Bhd", "Berhad", "Sdn", "Tbk", "PT", "CV",
            // Nordic and Baltic countries.
            "AB", "Ab", "ApS", "A/S", "AS", "ASA", "I/S", "Oy", "Oyj", "OY", "ehf", "hf", "UAB", "SIA", "OÜ",
            // Central and Eastern Europe, the Balkans, Turkey, Greece; sole traders registered as such (Croatian "Obrt", Slovenian
            // "s.p.", Estonian "FIE", Romanian "PFA"), whose registered name carries the form as a company's does.
            "Sp. z o.o.", "sp. k.", "S.K.A.", "s.r.o.", "spol. s r.o.", "a.s.", "k.s.", "v.o.s.", "Kft", "Zrt", "Nyrt", "Bt", "Kkt",
            "d.o.o.", "d.d.", "j.d.o.o.", "doo", "a.d.", "Obrt", "s.p.", "FIE", "PFA", "A.Ş.", "AŞ", "Ltd. Şti.", "Şti", "Α.Ε.", "ΑΕ", "Ε.Π.Ε.", "ΕΠΕ", "Ο.Ε.", "Ι.Κ.Ε.", "ΙΚΕ",
            "ООО", "ОАО", "ЗАО", "АО", "ПАО", "НАО", "ИП", "ЕООД", "ООД", "ЕАД", "АД", "ЕТ", "ТОВ", "ПП", "ПрАТ", "ПАТ", "ФОП", "ТОО",
            // Vietnam, Thailand, Israel, the Arab world.
            "TNHH", "Cty", "Công ty", "บริษัท", "จำกัด", "มหาชน", "ห้างหุ้นส่วน", "בע\"מ", "ش.م.م", "ذ.م.م",
        };

        // Written without spaces: found at the start or the end of the name, or in brackets anywhere.
        private static readonly string[] Affixes =
        {
            "株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "(株)", "（株）", "㈱", "(有)", "（有）", "㈲",
            "股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "公司", "주식회사", "유한회사", "(주)", "（주）", "㈜",
        };

        private static readonly Dictionary<string, List<string[]>> ByLastWord = Index(last: true);
        private static readonly Dictionary<string, List<string[]>> ByFirstWord = Index(last: false);

        /// <summary>True when <paramref name="value"/> starts or ends with a legal form (a company's registered name).</summary>
        public static bool IsLegalEntity(string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return false;
            var text = value!.Trim();
            foreach (var affix in Affixes)
            {
                if (text.Length > affix.Length && (text.StartsWith(affix, StringComparison.Ordinal) || text.EndsWith(affix, StringComparison.Ordinal))) return true;
                if (affix[0] is '(' or '（' or '㈱' or '㈜' or '㈲' && text.IndexOf(affix, StringComparison.Ordinal) >= 0) return true;
            }
            var words = Words(text);
            if (words.Length < 2) return false;
            return Matches(words, ByLastWord, words.Length - 1, last: true) || Matches(words, ByFirstWord, 0, last: false);
        }

        private static bool Matches(string[] words, Dictionary<string, List<string[]>> index, int at, bool last)
        {
            if (!index.TryGetValue(Key(words[at]), out var forms)) return false;
            foreach (var form in forms)
            {
                // The name needs a word of its own besides the form.
                if (form.Length >= words.Length) continue;
                var start = last ? words.Length - form.Length : 0;
                var all = true;
                for (var i = 0; i < form.Length && all; i++) all = Same(words[start + i], form[i]);
                if (all) return true;
            }
            return false;
        }

        // A word is the form written as listed, or in capitals; a word written with dots or a slash, or a form of four letters
        // or more, also in any case ("s.r.o.", "ltd.", "gmbh"). Without dots, short forms must be written as listed or in
        // capitals: "As", "Co" and "Åsa" are words and names, "AS", "Co." and "ASA" legal forms.
        private static bool Same(string word, string form)
        {
            var bare = word.TrimEnd('.');
            if (string.Equals(word, form, StringComparison.Ordinal) || string.Equals(bare, form, StringComparison.Ordinal)) return true;
            if (string.Equals(bare, form.TrimEnd('.').ToUpperInvariant(), StringComparison.Ordinal)) return true;
            var marked = word.IndexOf('.') >= 0 || word.IndexOf('/') >= 0;
            var letters = form.Count(char.IsLetter);
            return (marked || letters >= 4) && Key(word) == Key(form) && Key(word).Length > 1;
        }

        // Folded, without dots: "S.A." = "sa", "A.Ş." = "as", "GmbH" = "gmbh".
        private static string Key(string word) => HeaderWords.Fold(word.Replace(".", ""));

        // Words at spaces and commas, without the quotes and brackets around them ("ООО «Ромашка»", "ACME (Pty) Ltd").
        private static string[] Words(string text) =>
            text.Split(new[] { ' ', ',', '\t', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Trim('"', '\'', '«', '»', '“', '”', '„', '(', ')', '[', ']', '&'))
                .Where(w => w.Length > 0).ToArray();

        private static Dictionary<string, List<string[]>> Index(bool last)
        {
            var index = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
            foreach (var form in Forms)
            {
                var words = form.Split(' ');
                var key = Key(last ? words[words.Length - 1] : words[0]);
                if (!index.TryGetValue(key, out var list)) index[key] = list = new List<string[]>();
                list.Add(words);
            }
            return index;
        }
    }
}
