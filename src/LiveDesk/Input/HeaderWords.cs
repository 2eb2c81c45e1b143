using System;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.Text;

namespace LiveDesk.Input
{
    /// <summary>
    /// Splits a column header into folded words: at spaces and punctuation (- _ . : / ( ) '), at case changes
    /// ("MobilePhone", "E-mailAddress"), between letters and digits ("Email2"); accents are removed (é = e, ß = ss,
    /// ł = l, half-width katakana as full width) and everything is lower case. "E-mail" and "E-post" stay one word. A word
    /// the vocabulary does not list is tried as a compound of listed words ("telefonnummer", "emailaddress"); a run of
    /// Japanese or Chinese letters is cut into listed words; two adjacent words that are one listed word written apart are
    /// joined ("User Name" = "username"). Notes in brackets or parentheses about the export are dropped.
    /// </summary>
    internal static partial class HeaderWords
    {
        /// <summary>The folded words of <paramref name="header"/>, compounds split into their parts.</summary>
        public static List<string> Split(string header) => Split(header, out _);

        /// <summary>
        /// True for a word that counts columns of a kind ("2" in "Email 2", "電話番号2", "Contact 2 Name"): one or two digits,
        /// with their value. Longer digit runs are a form builder's generated keys, no count.
        /// </summary>
        public static bool IsCount(string word, out int count)
        {
            count = 0;
            return word.Length <= 2 && int.TryParse(word, out count);
        }

        /// <summary>The first count among <paramref name="words"/> (see <see cref="IsCount"/>), or null.</summary>
        public static int? FirstCount(IEnumerable<string> words)
        {
            foreach (var word in words) if (IsCount(word, out var n)) return n;
            return null;
        }

        /// <summary>
        /// As <see cref="Split(string)"/>; <paramref name="systemColumn"/> tells that a note marking the exporting system's
        /// own column was dropped ("(Do Not Modify) Contact", "Id (read only)").
        /// </summary>
        public static List<string> Split(string header, out bool systemColumn)
        {
            // "TelÃ©fono": a UTF-8 header Windows PowerShell read as ANSI is read as it was written.
            header = Misdecoded.Repair(header) ?? header;
            // "Direcci&oacute;n de Email" (Elgg's Spanish label, escaped for a web page): the characters, not "oacute".
            header = WithoutNotes(WithoutAnnotations(CellValue.WithoutHtmlReferences(header)), out systemColumn);
            // "Nombre(s)" (a Mexican form's given names beside "Apellido Paterno"), "Gast(en)", "invité(e)s": a plural ending in
            // brackets is the word it ends; split off, it would be a word of its own that nothing lists.
            if (header.IndexOf('(') > 0) header = BracketedEnding.Replace(header, string.Empty);
            // "X-OWM-UID_00" (Open WebMail's address book: vCard's extension properties, "X-" and the vendor before the name): the
            // property's name is what is left.
            if (header.Length > 4 && (header[0] == 'X' || header[0] == 'x') && header[1] == '-') header = VendorExtension.Replace(header, string.Empty);
            // Indonesian hospitals' "No. RM", "No.R.M" (nomor rekam medis, the medical record's number): the record's words.
            if (header.IndexOf('R') >= 0 || header.IndexOf('r') >= 0) header = MedicalRecordInitials.Replace(header, "${no} rekam medis");
            // "soci/a", "Mitarbeiter/innen", "socio/a": the feminine or plural ending after a slash is the word it ends.
            if (header.IndexOf('/') > 0) header = SlashedEnding.Replace(header, string.Empty);
            // "Mobile number - Numeric Value and 10 digits (Mandatory)": an import template's instruction after the label.
            if (header.IndexOf(" - ", StringComparison.Ordinal) > 0 || header.IndexOf(" – ", StringComparison.Ordinal) > 0 || header.IndexOf(" — ", StringComparison.Ordinal) > 0)
                header = HeaderRecognizer.LabelBeforeInstruction(header) ?? header;
            var raw = new List<string>();
            var dotted = new HashSet<int>();
            var suspended = new List<int>();
            var sb = new StringBuilder();
            var previous = '\0';
            for (var at = 0; at < header.Length; at++)
            {
                var c = header[at];
                // Hebrew abbreviations put a gershayim (") before their last letter (דוא"ל, e-mail): one word.
                if ((c == '"' || c == '\u05F4') && IsHebrew(previous) && at + 1 < header.Length && IsHebrew(header[at + 1])) continue;
                // "N° client", "N° de dossier": French and Italian write the number sign with a degree sign where Spanish and
                // Portuguese write the ordinal "Nº" (which folds to "no"). After a lone N it is that "o".
                if (c == '\u00B0' && (previous == 'N' || previous == 'n') && (at < 2 || !char.IsLetter(header[at - 2])))
                {
                    sb.Append('o');
                    previous = 'o';
                    continue;
                }
                // Catalan writes a double l with a middle dot inside the word ("col·lectiu", "Intel·ligència"). French inclusive
                // writing puts the feminine or plural ending after one ("utilisateur·trice", "adhérent·e·s", Feriennet's
                // headers): the word is the one before it.
                if (c == '\u00B7' && IsLetterAt(header, at - 1) && IsLetterAt(header, at + 1))
                {
                    if (char.ToLowerInvariant(header[at - 1]) == 'l' && char.ToLowerInvariant(header[at + 1]) == 'l') continue;
                    var end = at + 1;
                    while (end < header.Length && (IsLetterAt(header, end) || header[end] == '\u00B7')) end++;
                    // An ending is short; a longer run after the dot stays joined to the word, as before.
                    if (end - at - 1 <= 8) at = end - 1;
                    continue;
                }
                // "Work's Phone Number", "Contact person's position" (Issabel's address book): the English possessive is no word.
                if ((c == '\'' || c == '\u2019') && sb.Length > 0 && at + 1 < header.Length && (header[at + 1] == 's' || header[at + 1] == 'S')
                    && (at + 2 == header.Length || !char.IsLetterOrDigit(header[at + 2])))
                {
                    at++;
                    continue;
                }
                // Vowel signs and tone marks (Thai, Devanagari: "ลูกค้า", "कंपनी") belong to their word.
                if (!char.IsLetterOrDigit(c) && !IsMark(c))
                {
                    if (c == '.' && sb.Length > 0) dotted.Add(raw.Count);
                    if (c == '-' && sb.Length > 0 && at + 1 < header.Length && char.IsWhiteSpace(header[at + 1])) suspended.Add(raw.Count);
                    Flush(raw, sb);
                    // "Attendee #", "Member #": the sign for number. "№" is the letters "No" in one sign: "Nr.", not "#".
                    if (c == '#') raw.Add("#");
                    // "user/name" (a path: the user's name), "Name/Firma" (either): no listed word spans a slash.
                    if (c == '/') raw.Add(Step);
                    if (c == '\u2116') raw.Add("nr");
                    // "自宅〒", "会社〒" (宛名職人's home and work postal codes): the postal mark is the word for a postal code.
                    if (c == '\u3012') raw.Add("郵便番号");
                    previous = '\0';
                    continue;
                }
                // An upper-case abbreviation glued before a word ("POCity", "SACountry", "IDNumber") ends before the
                // word's capital; "URLs" and "IDs" stay whole (one lower-case letter is a plural, not a word).
                var acronymEnds = char.IsUpper(c) && char.IsUpper(previous) && at + 2 < header.Length
                    && char.IsLower(header[at + 1]) && char.IsLower(header[at + 2]);
                var boundary = sb.Length > 0
                    && ((char.IsUpper(c) && char.IsLower(previous))
                        || acronymEnds
                        || (char.IsDigit(c) != char.IsDigit(previous))
                        || (IsCjk(c) != IsCjk(previous)));
                if (boundary) Flush(raw, sb);
                sb.Append(c);
                previous = c;
            }
            Flush(raw, sb);
            foreach (var k in suspended) Complete(raw, k);
            Initialism(raw, dotted);

            var words = new List<string>(raw.Count);
            for (var i = 0; i < raw.Count; i++)
            {
                if (raw[i] == Step)
                {
                    words.Add(Step);
                    continue;
                }
                // "IM ID", "IM Address" (an instant messenger's handle): written in capitals, not German "im" (in the).
                var word = raw[i] == "IM" ? "messenger" : Fold(raw[i]);
                // Czech and Slovak "Č." is "číslo" (number): "Č. adresáta", "Č. popisné". Only with its háček and the dot.
                if (raw[i] is "Č" or "č" && dotted.Contains(i)) word = "cislo";
                // One letter and a dot before a number word ("K.nr.", a Danish course list's participant number; "S.No."): whose
                // number it is cannot be read from one letter, so it is a bare number, which the values must confirm as a key.
                else if (raw[i].Length == 1 && char.IsLetter(raw[i][0]) && dotted.Contains(i) && i + 1 < raw.Count
                    && HeaderVocabulary.Exact(Fold(raw[i + 1])) == HeaderWord.Number) continue;
                // "E-mail", "e_mail", "E-Mail-Adresse", "E-post", "Eメール", Bulgarian "Е-поща" (a Cyrillic е): the e belongs to the next word.
                if (word is "e" or "е" && i + 1 < raw.Count)
                {
                    var next = Fold(raw[i + 1]);
                    if (next.StartsWith("mail", System.StringComparison.Ordinal) || next.StartsWith("post", System.StringComparison.Ordinal)
                        || HeaderVocabulary.Exact(word + next) != HeaderWord.Unknown)
                    {
                        word += next;
                        i++;
                    }
                    // Serbian and Macedonian "Е-пошта": the e before a word that is an e-mail itself ("пошта", the mail) is that word.
                    else if (HeaderVocabulary.Of(next) == HeaderWord.Email)
                    {
                        word = next;
                        i++;
                    }
                }
                if (word.Length == 0) continue;
                // "CHA Name", "CHV Phone" (Kenya's community health assistant and volunteer): a short word in capitals among
                // words that are not is an acronym, not the connector it spells (Swahili "cha", "of"). It names whose the
                // field is, as any word the vocabulary does not know does.
                if (raw[i].Length is >= 2 and <= 4 && raw[i].All(char.IsUpper) && raw.Any(r => r.Any(char.IsLower))
                    && HeaderVocabulary.Exact(word) == HeaderWord.Connector)
                {
                    words.Add(word + AcronymMark);
                    continue;
                }
                var after = raw.Skip(i + 1).FirstOrDefault(r => r != Step);
                // "A. Paterno", "Ap Materno", "Ape_Pat", "Ap. Mat.", "Apellido Pat": the father's and the mother's surname, either
                // word cut short. Congo's "Post-Nom", "Post nom": the second family name, as "Postnom" written together is
                // (HeaderVocabulary).
                var surname = after == null ? null
                    : word is "a" or "ap" or "ape" or "apell" or "apellido" ? Fold(after) switch { "pat" or "paterno" => "paterno", "mat" or "materno" => "materno", _ => null }
                    : word == "post" && Fold(after) is "nom" or "noms" ? "materno" : null;
                if (surname != null)
                {
                    words.Add("apellido");
                    words.Add(surname);
                    i = raw.IndexOf(after!, i + 1);
                    continue;
                }
                // Kurmanji "E-name" (ExpandCart's Kurdish label for the e-mail: "name" is a letter there), written apart; "ENAME"
                // written together stays unread (Oracle's employee name).
                if (word == "e" && after != null && Fold(after) == "name")
                {
                    words.Add("email");
                    i = raw.IndexOf(after, i + 1);
                    continue;
                }
                if (HeaderVocabulary.Abbreviation(word, after == null ? null : Fold(after)) is string[] full) words.AddRange(full);
                else if (HeaderVocabulary.Exact(word) != HeaderWord.Unknown) words.Add(word);
                else if (HeaderVocabulary.JoinedAbbreviation(word) is string[] joined) words.AddRange(joined);
                else if (word.Any(IsCjk)) Segment(word, words);
                // An inflected listed word is read before a compound of short words ("Имейли" is e-mails, not име + или).
                else if (HeaderStems.Of(word) != HeaderWord.Unknown) words.Add(word);
                else if (Compound(word, 0, out var parts) || HeaderVocabulary.VietnameseCompound(word, out parts)) words.AddRange(parts);
                // "LEID", "EUID", "PID": an upper-case acronym ending in ID is an id of something the letters before it name.
                else if (IdAcronym(raw[i]))
                {
                    words.Add(word.Substring(0, word.Length - 2));
                    words.Add("id");
                }
                // Hangul, and dotted abbreviations ("Tel. priv.", "Служ."): HeaderScripts.
                else if (HeaderVocabulary.Of(word) == HeaderWord.Unknown && HeaderScripts.TryExpand(word, dotted.Contains(i), out parts)) words.AddRange(parts);
                else words.Add(Umlauted(word) ?? OfAmharicGenitive(word) ?? word);
            }
            words = Joined(words);
            words.RemoveAll(w => w == Step);
            // "ID Interno", "Codice interno", "identifiant interne": a Romance adjective follows its noun, so after an id, number
            // or code word the word says "internal", the exporting system's own key as a bare id is, not an intern's (inmate's,
            // boarder's) number, which is written "Número de interno": read as English "internal" (HeaderRecognizer.InternalKeyRank).
            for (var k = 1; k < words.Count; k++)
            {
                if (words[k] is "interno" or "interna" or "interne" or "internos" or "internas"
                    && (HeaderVocabulary.Of(words[k - 1]) is HeaderWord.Id or HeaderWord.Number || HeaderVocabulary.IsCodeWord(words[k - 1])))
                {
                    words[k] = "internal";
                }
            }
            // "nom_fr", "prenom_fr" (DaaraGest's staff, whose names are kept in French and in Arabic), "name_en": a language's
            // code after a name word says the script the name is written in, not whose it is.
            // CASENGINE's clients write it in capitals ("ClientName_EN", "ClientName_AR"), where "EN" was taken for an acronym.
            if (words.Count >= 2 && LanguageCodes.Contains(words[words.Count - 1].TrimEnd(AcronymMark[0]))
                && HeaderVocabulary.Of(words[words.Count - 2]) is HeaderWord.Name or HeaderWord.NamePart or HeaderWord.First or HeaderWord.Last or HeaderWord.Middle)
            {
                words.RemoveAt(words.Count - 1);
            }
            // "Paterno", "Materno" alone (a Mexican or Chilean form's two surname columns beside "Nombre"): the surnames.
            if (words.Count == 1 && words[0] is "paterno" or "materno") words.Insert(0, "apellido");
            // "Reg" alone (a Czech orienteering club's members: "reg", the registration number ZBM8651) is a register's number,
            // as "Reg No" is; inside a word it is not ("TelefonnummerReg", the government office's phone).
            if (words.Count == 1 && words[0] == "reg") words[0] = "gr";
            return words;
        }

        private static bool IdAcronym(string raw) =>
            raw.Length >= 3 && raw.Length <= 6 && raw.EndsWith("ID", System.StringComparison.Ordinal) && raw.All(c => c >= 'A' && c <= 'Z');

        private static bool IsMark(char c) =>
            CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

        private static bool IsLetterAt(string text, int at) => at >= 0 && at < text.Length && char.IsLetter(text[at]);

        private static bool IsHebrew(char c) => c >= '\u05D0' && c <= '\u05EA';

        /// <summary>Japanese and Chinese letters (kana, ideographs): written without spaces between words.</summary>
        internal static bool IsCjk(char c) =>
            (c >= '\u3040' && c <= '\u30FF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u4E00' && c <= '\u9FFF')
            || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF66' && c <= '\uFF9F');

        private const int LongestCjkWord = 8;

        // A run of CJK letters is cut into the longest listed words from its start; letters no listed word covers form
        // one unknown word, so "自宅の番地" (home's street) is home + の + an unknown word, not a home phone.
        private static void Segment(string word, List<string> words)
        {
            var unknown = new StringBuilder();
            var i = 0;
            while (i < word.Length)
            {
                string? found = null;
                for (var length = System.Math.Min(LongestCjkWord, word.Length - i); length >= 1 && found == null; length--)
                {
                    var candidate = word.Substring(i, length);
                    if (HeaderVocabulary.Exact(candidate) != HeaderWord.Unknown) found = candidate;
                }
                if (found == null)
                {
                    unknown.Append(word[i++]);
                    continue;
                }
                Flush(words, unknown);
                words.Add(found);
                i += found.Length;
            }
            Flush(words, unknown);
        }

        private static readonly HashSet<string> LanguageCodes = new HashSet<string>(new[]
        {
            "en", "fr", "ar", "es", "de", "it", "pt", "ru", "zh", "ja", "ko", "nl", "tr", "fa", "ur", "hi", "bn", "th", "vi", "ms", "he", "el", "pl", "uk",
        }, System.StringComparer.Ordinal);

        // Amharic writes "of" as the syllable የ before the noun ("የነዋሪ ስም", the resident's name; "የተማሪ ስም", the pupil's): the
        // noun alone, where it is listed.
        private static string? OfAmharicGenitive(string word) =>
            word.Length > 2 && word[0] == '\u12E8' && HeaderVocabulary.Of(word.Substring(1)) != HeaderWord.Unknown ? word.Substring(1) : null;

        // German written without umlauts ("Empfaenger", "Glaeubiger", "Faellig": a club's SEPA pre-notice list): ae, oe and ue
        // for ä, ö and ü, which folding writes a, o and u. Read so only where that makes a listed word of five letters or
        // more, so "value", "blue" or "puesto" stay as they are.
        private static string? Umlauted(string word)
        {
            if (word.Length < 6 || (word.IndexOf("ae", System.StringComparison.Ordinal) < 0 && word.IndexOf("oe", System.StringComparison.Ordinal) < 0
                && word.IndexOf("ue", System.StringComparison.Ordinal) < 0) || HeaderVocabulary.Of(word) != HeaderWord.Unknown) return null;
            var plain = word.Replace("ae", "a").Replace("oe", "o").Replace("ue", "u");
            return plain.Length >= 5 && HeaderVocabulary.Exact(plain) != HeaderWord.Unknown ? plain : null;
        }

        /// <summary>
        /// The header without parenthesised notes about the export ("Email (optional)", "(Do Not Modify) Contact", "Id (read
        /// only)"): a group of note words and connectors only. <paramref name="systemColumn"/> is true when such a note marked
        /// the exporting system's own column. Groups with any other word stay: "Téléphone (bureau)", "Miasto (dom)".
        /// </summary>
        internal static string WithoutNotes(string header, out bool systemColumn)
        {
            systemColumn = false;
            if (header.IndexOf('(') < 0) return header;
            var sb = new StringBuilder(header.Length);
            var at = 0;
            while (at < header.Length)
            {
                var open = header.IndexOf('(', at);
                var close = open < 0 ? -1 : header.IndexOf(')', open + 1);
                if (close < 0)
                {
                    sb.Append(header, at, header.Length - at);
                    break;
                }
                sb.Append(header, at, open - at);
                if (IsNote(header.Substring(open + 1, close - open - 1), out var system))
                {
                    systemColumn |= system;
                    sb.Append(' ');
                }
                else sb.Append(header, open, close - open + 1);
                at = close + 1;
            }
            var stripped = sb.ToString();
            if (stripped.Trim().Length == 0)
            {
                systemColumn = false;
                return header;
            }
            return stripped;
        }

        private static bool IsNote(string text, out bool system)
        {
            system = false;
            var note = false;
            var first = true;
            foreach (var part in text.Split(' ', '-', '_', '.', '/', ',', ':'))
            {
                // "(ISO-3166-1)", "(ISO 639)": the number of a standard belongs to the note.
                if (part.Length == 0 || part.All(char.IsDigit)) continue;
                var role = HeaderVocabulary.Exact(Fold(part));
                // A group that begins by saying whether the column must be filled is an instruction for filling it, whatever
                // follows: MiCorreo's "(obligatorio en CM)", "(obligatorio, debe ser un email valido)", "(opcional solo en caso
                // de no ingresar sucursal de destino)".
                if (first && role == HeaderWord.Note) return true;
                first = false;
                if (role == HeaderWord.SystemNote) system = true;
                else if (role != HeaderWord.Note && role != HeaderWord.Connector && role != HeaderWord.Number) return false;
                note |= role is HeaderWord.Note or HeaderWord.SystemNote;
            }
            return note;
        }

        private static void Flush(List<string> words, StringBuilder sb)
        {
            if (sb.Length == 0) return;
            words.Add(sb.ToString());
            sb.Clear();
        }

        /// <summary>
        /// The header without square-bracketed notes about the file format ("Email Address [Required]", "[UPLOAD ONLY]"):
        /// they say how the export was made, not what the column holds. A header that is only a note stays as it is.
        /// </summary>
        internal static string WithoutAnnotations(string header)
        {
            if (header.IndexOf('[') < 0) return header;
            var sb = new StringBuilder(header.Length);
            var depth = 0;
            foreach (var c in header)
            {
                if (c == '[') { depth++; continue; }
                if (c == ']' && depth > 0) { depth--; sb.Append(' '); continue; }
                if (depth == 0) sb.Append(c);
            }
            var stripped = sb.ToString();
            return stripped.Trim().Length == 0 ? header : stripped;
        }

        private static readonly System.Text.RegularExpressions.Regex BracketedEnding = new System.Text.RegularExpressions.Regex(
            @"(?<=\p{L})\((?:s|es|en|n|e|i|a|er|ne|ler|lar)\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

        private static readonly System.Text.RegularExpressions.Regex MedicalRecordInitials = new System.Text.RegularExpressions.Regex(
            @"^\s*(?<no>No|Nomor|Nmr)\.?\s*R\.?\s?M\.?\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

        private static readonly System.Text.RegularExpressions.Regex VendorExtension = new System.Text.RegularExpressions.Regex(
            @"^[Xx]-[A-Za-z0-9]+-(?=[A-Za-z])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        private static readonly System.Text.RegularExpressions.Regex SlashedEnding = new System.Text.RegularExpressions.Regex(
            @"(?<=\p{L}{3})/(?:a|as|e|es|in|innen|na|ne)(?!\p{L})", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

        // Marks an acronym that spells a listed connector, so that it is read as a word the vocabulary does not know.
        private const string AcronymMark = "'";

        private static readonly string[] Links = { "", "s", "n", "en", "es", "e" };

        // A compound of two or three listed words, with a German linking element allowed after a part ("Mitglied-s-nummer").
        // The longest listed first part wins, so "telefonnummer" is telefon + nummer, not tele + fonnummer.
        private static bool Compound(string word, int depth, out List<string> parts)
        {
            parts = null!;
            if (word.Length < 5 || depth > 1) return false;
            for (var cut = word.Length - 2; cut >= 2; cut--)
            {
                var head = word.Substring(0, cut);
                if (HeaderVocabulary.Exact(head) == HeaderWord.Unknown || HeaderVocabulary.IsApartOnly(head)) continue;
                foreach (var link in Links)
                {
                    if (cut + link.Length > word.Length - 2 || string.CompareOrdinal(word, cut, link, 0, link.Length) != 0) continue;
                    var tail = word.Substring(cut + link.Length);
                    if (HeaderVocabulary.Of(tail) != HeaderWord.Unknown && !HeaderVocabulary.IsApartOnly(tail))
                    {
                        parts = new List<string> { head, tail };
                        return true;
                    }
                    if (Compound(tail, depth + 1, out var rest))
                    {
                        parts = new List<string> { head };
                        parts.AddRange(rest);
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
