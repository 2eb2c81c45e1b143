using System.Globalization;
using System.Text;

namespace LiveDesk.Input
{
    // How a word is folded before the vocabulary is asked: case, accents and the letters some scripts write in two forms.
    internal static partial class HeaderWords
    {
        /// <summary>Lower case without accents: "Téléphone" = "telephone", "Straße" = "strasse", "Komórkowy" = "komorkowy".</summary>
        public static string Fold(string word)
        {
            var sb = new StringBuilder(word.Length);
            foreach (var c in word.ToLowerInvariant().Normalize(NormalizationForm.FormKD))
            {
                switch (c)
                {
                    case 'ß': sb.Append("ss"); continue;
                    case 'ł': sb.Append('l'); continue;
                    case 'ø': sb.Append('o'); continue;
                    case 'æ': sb.Append("ae"); continue;
                    case 'œ': sb.Append("oe"); continue;
                    case 'đ': sb.Append('d'); continue;
                    // Icelandic and Faroese eth and thorn ("Staður", "Tengiliður", "Þjónusta"), as they are transliterated.
                    case 'ð': sb.Append('d'); continue;
                    case 'þ': sb.Append("th"); continue;
                    // Turkish dotless i ("Adı", "Şirketı") is an i; Greek final sigma is the sigma of upper-case headers.
                    case 'ı': sb.Append('i'); continue;
                    case 'I': sb.Append('i'); continue; // the I of a Turkish İ, which lower-casing leaves as it is
                    case 'ς': sb.Append('σ'); continue;
                    // Persian typed on an Arabic keyboard: Arabic yeh, alef maksura and kaf are the Persian ی and ک.
                    case '\u064A': case '\u0649': sb.Append('\u06CC'); continue;
                    case '\u0643': sb.Append('\u06A9'); continue;
                    // Hebrew final letters are their letters at a word's end: LibreBooking's "שמ משפחה" is "שם משפחה" typed
                    // without the final mem.
                    case 'ך': sb.Append('כ'); continue;
                    case 'ם': sb.Append('מ'); continue;
                    case 'ן': sb.Append('נ'); continue;
                    case 'ף': sb.Append('פ'); continue;
                    case 'ץ': sb.Append('צ'); continue;
                }
                // The joiners that ask a Brahmic script for a half form change how a word looks, not what it says.
                if (c == '\u200C' || c == '\u200D') continue;
                var d = Devanagari(c);
                if (d == '\0' || CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark) continue;
                sb.Append(d);
            }
            return WithLatinLookalikes(sb);
        }

        // The Brahmic scripts of northern India (Bengali and Assamese, Gurmukhi, Gujarati, Odia) lay out their letters as
        // Devanagari does, one block of 128 each: a word is read as the Devanagari it spells, so the words the languages share
        // (नाम, ਨਾਮ, નામ, নাম: name; किसान, ਕਿਸਾਨ: farmer) are listed once. The vowel signs Devanagari writes above or below the
        // letter are dropped as accents are; the scripts that compose o from e and aa (Bengali, Odia) lose the e, so o is read as
        // aa in all of them, and au as nothing. Assamese ৰ and ৱ sit outside the common layout and are its ra and va. The
        // Dravidian scripts keep their own letters: their vowel signs are spacing where Devanagari's are not, and folded alike,
        // Telugu పేరు (name) would be Gujarati પૂરું (full). '\0' for a letter that is dropped.
        private static char Devanagari(char c)
        {
            if (c == '\u09F0') return '\u0930';
            if (c == '\u09F1') return '\u0935';
            if (c >= '\u0980' && c <= '\u0B7F') c = (char)(0x0900 + (c & 0x7F));
            if (c == '\u094A' || c == '\u094B') return '\u093E';
            return c == '\u094C' ? '\0' : c;
        }

        // Greek and Cyrillic letters that look like Latin ones, as they slip into a Latin word typed or translated on
        // another keyboard (OSEM's "Affilιation" has a Greek iota).
        private const string Lookalikes = "αaεeιiκkοoρpτtυuχxаaеeоoрpсcуyхxіiјjѕsкkмmтt";

        // A word of Latin letters with a few such lookalikes among them is the Latin word; a Greek or Cyrillic word stays.
        private static string WithLatinLookalikes(StringBuilder sb)
        {
            int latin = 0, other = 0;
            for (var i = 0; i < sb.Length; i++)
            {
                var c = sb[i];
                if (c >= 'a' && c <= 'z') latin++;
                else if (c >= '\u0370' && c <= '\u04FF') other++;
            }
            if (other == 0 || latin <= other * 2) return sb.ToString();
            for (var i = 0; i < sb.Length; i++)
            {
                var at = sb[i] >= '\u0370' && sb[i] <= '\u04FF' ? Lookalikes.IndexOf(sb[i]) : -1;
                if (at >= 0 && at % 2 == 0) sb[i] = Lookalikes[at + 1];
            }
            return sb.ToString();
        }
    }
}
