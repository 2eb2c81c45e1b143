using System.Linq;

namespace LiveDesk.Input
{
    /// <summary>
    /// Values an export hid in part: event check-in lists and privacy-minded reports write "kms***@example.com",
    /// "010-****-5678", "+49 151 XXXX 567". What is left is no address or number anyone can be reached at, and storing it
    /// would make the contact match no one (and every other masked row match it), so such a value is read as none.
    /// </summary>
    internal static class MaskedValues
    {
        /// <summary>
        /// True for a character people and programs hide others with: asterisks (ASCII, full-width, the math operator) and bullets.
        /// </summary>
        public static bool IsMark(char c) => c is '*' or '\uFF0A' or '\u2217' or '\u2022' or '\u25CF' or '\u00B7';

        /// <summary>True when <paramref name="text"/> has two or more hiding marks in a row ("***", "••").</summary>
        public static bool HasMaskRun(string text)
        {
            for (var i = 1; i < text.Length; i++)
            {
                if (IsMark(text[i]) && IsMark(text[i - 1])) return true;
            }
            return false;
        }

        /// <summary>
        /// True for a phone number with hidden digits: a run of marks, or of three or more x between digits ("0151 XXXX 567"),
        /// where real numbers never have letters.
        /// </summary>
        public static bool IsMaskedPhone(string text)
        {
            if (!text.Any(char.IsDigit)) return false;
            if (HasMaskRun(text) || (text.Any(IsMark) && text.All(c => char.IsDigit(c) || IsMark(c) || " -+()./".IndexOf(c) >= 0))) return true;
            var run = 0;
            foreach (var c in text)
            {
                if (c is 'x' or 'X') { if (++run >= 3) return true; }
                else run = 0;
            }
            return false;
        }
    }
}
