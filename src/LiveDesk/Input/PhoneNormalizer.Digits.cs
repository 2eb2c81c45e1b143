using System.Globalization;
using System.Text;

namespace LiveDesk.Input
{
    // The digits of a number, whatever script they were typed in.
    internal sealed partial class PhoneNormalizer
    {
        /// <summary>
        /// <paramref name="text"/> with every decimal digit of any script as its ASCII digit, and a full-width plus as "+":
        /// a Persian form keeps "۰۹۱۲ ۳۴۵ ۶۷۸۹", an Arabic one "٠٥٠١٢٣٤٥٦٧", a Japanese one full-width "０９０"; they are
        /// the same numbers, and libphonenumber and LiveDesk read ASCII. Null stays null.
        /// </summary>
        internal static string? AsciiDigits(string? text)
        {
            if (text == null) return null;
            StringBuilder? sb = null;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var mapped = c > '\u007F' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber
                    ? (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c))
                    : c == '\uFF0B' ? '+' : c;
                if (mapped == c && sb == null) continue;
                sb ??= new StringBuilder(text, 0, i, text.Length);
                sb.Append(mapped);
            }
            return sb?.ToString() ?? text;
        }

        // Digits and a leading +, nothing else: the shape of the number, whatever punctuation it was written with.
        private static string Compact(string text)
        {
            var sb = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (c >= '0' && c <= '9') sb.Append(c);
                else if (c == '+' && sb.Length == 0) sb.Append(c);
            }
            return sb.ToString();
        }

        private static bool IsDigits(string s)
        {
            foreach (var c in s) if (c < '0' || c > '9') return false;
            return true;
        }
    }
}
