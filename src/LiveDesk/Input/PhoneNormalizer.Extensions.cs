using System.Linq;
using System.Text.RegularExpressions;

namespace LiveDesk.Input
{
    // Extensions: E.164 has no place for one, so the number is stored without it (with a warning); a number that only looks
    // like it has letters because of its extension word is not refused for them.
    internal sealed partial class PhoneNormalizer
    {
        private static readonly Regex Extension = new Regex(@"\s*(?:ext\.?|extension|x|#|Durchwahl|DW)\s*\d+\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        // "043-202-123 ต่อ 4521" (Thai), "01 23 45 67 89 poste 12", "(03) 1234-5678 内線 12", "022 123 45 67 wew. 12": a whole
        // number, then one word in any language and up to six digits, is a number and its extension. Written as "ext."
        // libphonenumber reads it as one, whatever the word was.
        private static readonly Regex SpelledExtension = new Regex(
            @"^(?<number>[^\p{L}]*\d)[\s,;]*(?<word>[\p{L}\p{M}][\p{L}\p{M}.]{0,11}):?\s*(?<ext>\d{1,6})\s*$", RegexOptions.CultureInvariant);

        private static string WithSpelledExtension(string text)
        {
            var m = SpelledExtension.Match(text);
            if (!m.Success || m.Groups["number"].Value.Count(char.IsDigit) < 7) return text;
            return m.Groups["number"].Value + " ext. " + m.Groups["ext"].Value;
        }

        private static bool HasLetters(string text)
        {
            var number = Extension.Replace(text, "");
            foreach (var c in number) if (char.IsLetter(c)) return true;
            return false;
        }
    }
}
