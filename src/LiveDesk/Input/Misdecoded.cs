using System.Text;

namespace LiveDesk.Input
{
    /// <summary>
    /// Text in UTF-8 that was read as Windows-1252 or Latin-1: Windows PowerShell's Import-Csv reads a file without a byte
    /// order mark as the system's ANSI code page, so "Müller" arrives as "MÃ¼ller", "Teléfono" as "TelÃ©fono", "山田" as
    /// "å±±ç”°". Such text is told apart from real text by its bytes: written back as Windows-1252 they decode as UTF-8
    /// without a single error, with at least one character of two bytes or more. Real Western text almost never does
    /// (it would need a capital with a circumflex or tilde followed by a symbol such as "©" or "¨").
    /// </summary>
    internal static class Misdecoded
    {
        // Windows-1252 puts these characters at 0x80-0x9F, where Latin-1 has control characters.
        private const string Cp1252High = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

        /// <summary>The text as it was written, when <paramref name="text"/> is UTF-8 read as Windows-1252; else null.</summary>
        public static string? Repair(string? text)
        {
            if (text == null || !MayBe(text)) return null;
            var bytes = new byte[text.Length];
            var multi = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                int b;
                if (c <= '\u007F' || (c >= '\u00A0' && c <= '\u00FF')) b = c;
                else if (c >= '\u0080' && c <= '\u009F') b = c;
                else
                {
                    var at = Cp1252High.IndexOf(c);
                    if (at < 0) return null;
                    b = 0x80 + at;
                }
                bytes[i] = (byte)b;
                multi |= b >= 0xC2 && b <= 0xF4;
            }
            if (!multi) return null;
            try
            {
                var repaired = StrictUtf8.GetString(bytes);
                return repaired == text ? null : repaired;
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }

        // A lead byte of a UTF-8 sequence as Windows-1252 shows it ("Ã", "Â", "Ð", "å", "ä"), followed by a continuation
        // byte (0x80-0xBF: "¼", "©", "€", "“"): the cheap test before the exact one.
        private static bool MayBe(string text)
        {
            for (var i = 0; i + 1 < text.Length; i++)
            {
                var c = text[i];
                if (c < '\u00C2' || c > '\u00F4') continue;
                var next = text[i + 1];
                if ((next >= '\u0080' && next <= '\u00BF') || Cp1252High.IndexOf(next) >= 0) return true;
            }
            return false;
        }
    }
}
