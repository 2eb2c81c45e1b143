using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace LiveDesk.Input
{
    /// <summary>
    /// Several phone numbers or e-mail addresses written in one cell, and how they are split: one rule for reading a row
    /// (the first item is used) and for judging a column by its values (a cell is judged by its first item), so a column
    /// the row reader would read is also one the value sniffing recognises.
    /// </summary>
    internal static class ValueLists
    {
        // Between numbers in one cell: ", " "; " " | " a line break (Bitrix24, HubSpot, vCard exports), and a slash with
        // space on both sides ("0171 1234567 / 030 123456"); "030/1234567" is one number written with a slash. Marks no
        // number is written with separate them too: "^" and "~" (WINSpeed's Thai customer history: "^038 123 456^ 089-234-5678";
        // HL7's repetition mark), and the ideographic and full-width commas and semicolons of Chinese and Japanese cells.
        private static readonly Regex PhoneSeparators = new Regex(@"\s*[,;|\r\n^~\u3001\uFF0C\uFF1B\uFF5C]\s*|\s+/\s+", RegexOptions.CultureInvariant);
        private static readonly char[] PhoneSeparatorChars = { ',', ';', '|', '\n', '\r', '/', '^', '~', '\u3001', '\uFF0C', '\uFF1B', '\uFF5C' };
        // Between addresses: ";" (Outlook), "," and a line break; Google's " ::: " is split when the cell is read.
        private static readonly char[] AddressSeparators = { ';', ',', '\n', '\r' };

        /// <summary>
        /// The numbers of a cell holding several ("8 (916) 123-45-67, +7 495 123-45-67"), or null when it holds one (or
        /// something else): only when every part is a phone number, so a cell that is one number stays whole.
        /// </summary>
        public static string[]? Phones(string text)
        {
            if (text.IndexOfAny(PhoneSeparatorChars) < 0) return null;
            var parts = PhoneSeparators.Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
            return parts.Length >= 2 && parts.All(OnePhone) ? parts : null;
        }

        /// <summary>
        /// The addresses of a cell holding several ("a@example.com; b@example.com"), or null: only when every part has an
        /// address's @, so "Lee, Ann" stays whole.
        /// </summary>
        public static string[]? Addresses(string text)
        {
            if (text.IndexOfAny(AddressSeparators) < 0) return null;
            var parts = text.Split(AddressSeparators, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
            return parts.Length >= 2 && parts.All(p => p.IndexOf('@') > 0) ? parts : null;
        }

        /// <summary>The item a list cell is judged and read by: its first phone number, else the text as it is.</summary>
        public static string FirstPhone(string text) => Phones(text)?[0] ?? text;

        /// <summary>The item a list cell is judged and read by: its first address, else the text as it is.</summary>
        public static string FirstAddress(string text) => Addresses(text)?[0] ?? text;

        private static bool OnePhone(string part)
        {
            var digits = 0;
            for (var i = 0; i < part.Length; i++)
            {
                var c = part[i];
                if (c >= '0' && c <= '9') digits++;
                else if (c == '+' ? i != 0 : " ()-./\u00A0".IndexOf(c) < 0) return false;
            }
            return digits >= 7 && digits <= 15;
        }
    }
}
