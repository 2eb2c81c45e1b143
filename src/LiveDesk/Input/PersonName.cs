using System.Linq;

namespace LiveDesk.Input
{
    /// <summary>
    /// Composes a name from its parts the way the name's own script writes it: Latin, Cyrillic, Greek and other scripts
    /// written with spaces give given + middle + family name ("Jürgen Müller"); a name whose given and family names are
    /// both written in Chinese characters, Japanese kana or Korean hangul is the family name first, without spaces
    /// (王小明, 山田太郎, 홍길동), as people in China, Japan and Korea write and expect it.
    /// A patronymic in the middle-name column (Кузнецова Анна Сергеевна's "Сергеевна") is kept next to the given name,
    /// "Анна Сергеевна Кузнецова": name and patronymic are how a Russian customer is addressed politely, and a name
    /// dropped on import cannot be recovered. Without a given name it is left out: it names the father, and
    /// "Сергеевна Кузнецова" would read as a given name.
    /// </summary>
    internal static class PersonName
    {
        /// <summary>The name composed of the parts that are present (null parts are left out).</summary>
        public static string Compose(string? first, string? middle, string? last, bool familyFirst = false)
        {
            if (first != null && last != null && IsCjk(first) && IsCjk(last) && (middle == null || IsCjk(middle)))
            {
                return last + middle + first;
            }
            if (first == null && middle != null && IsPatronymic(middle)) middle = null;
            // Vietnamese names are written family name first ("Nguyễn Văn An"), with spaces: as CJK names, the order is the
            // language's, not the columns'. Told by letters only Vietnamese writes (ơ, ư, ĩ, ũ and the tone-marked vowels).
            if (first != null && last != null && (familyFirst || IsVietnamese(first) || IsVietnamese(last)))
            {
                // A Vietnamese app's own columns may already hold the family name first (a phone book's "first_name" Nguyễn,
                // "last_name" Văn An): a family name, which a handful of names cover for most people, before given names that
                // begin with none is in the order it is written.
                if (!familyFirst && VietnameseFamilyNames.Contains(first.Trim().Normalize(System.Text.NormalizationForm.FormC))
                    && !VietnameseFamilyNames.Contains(last.Trim().Split(' ')[0].Normalize(System.Text.NormalizationForm.FormC)))
                {
                    return string.Join(" ", new[] { first, middle, last }.Where(p => p != null));
                }
                return string.Join(" ", new[] { last, middle, first }.Where(p => p != null));
            }
            return string.Join(" ", new[] { first, middle, last }.Where(p => p != null));
        }

        /// <summary>True when every letter of <paramref name="text"/> is of the Latin script (with its accents and extensions).</summary>
        public static bool IsLatin(string text) =>
            text.Where(char.IsLetter).All(c => c < '\u0250' || (c >= '\u1E00' && c <= '\u1EFF'));

        /// <summary>
        /// True when a name column's header is in a language that writes the family name first in Latin letters: Hungarian
        /// ("Vezetéknév", "Keresztnév"; "Szabó Bence"). A Hungarian tool's own columns are filled the way Hungarians write and
        /// read names; the same person in an English-speaking tool's First/Last columns is written as that tool writes names.
        /// </summary>
        public static bool IsFamilyFirstHeader(string? header) =>
            header != null && HeaderWords.Split(header).Any(w => FamilyFirstWords.Contains(w));

        private static readonly System.Collections.Generic.HashSet<string> FamilyFirstWords =
            new System.Collections.Generic.HashSet<string>(new[] { "vezeteknev", "csaladnev", "keresztnev", "utonev" }, System.StringComparer.Ordinal);

        /// <summary>
        /// True when <paramref name="shortName"/> is <paramref name="fullName"/> with its given names cut to initials: "S. van den
        /// Berg" and "J.P. Bakker" abbreviate "Sanne van den Berg" and "Jeroen Bakker" (the first initial is the first given
        /// name's, the rest is the same family name).
        /// </summary>
        public static bool Abbreviates(string shortName, string fullName)
        {
            var words = shortName.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
            var initials = words.TakeWhile(w => Initials.IsMatch(w)).Count();
            if (initials == 0 || initials == words.Length) return false;
            var family = string.Join(" ", words.Skip(initials));
            var full = fullName.Trim();
            if (!full.EndsWith(" " + family, System.StringComparison.OrdinalIgnoreCase)) return false;
            var given = full.Substring(0, full.Length - family.Length).Trim();
            return given.Length > 1 && char.ToUpperInvariant(given[0]) == char.ToUpperInvariant(words[0][0]) && !Initials.IsMatch(given.Split(' ')[0]);
        }

        private static readonly System.Text.RegularExpressions.Regex Initials =
            new System.Text.RegularExpressions.Regex(@"^(\p{L}\.-?)+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        // The most common Vietnamese family names (together those of about nine people in ten), as written with their marks.
        private static readonly System.Collections.Generic.HashSet<string> VietnameseFamilyNames = new System.Collections.Generic.HashSet<string>(
            "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Lâm Trương Tô Cao Lưu Quách Tạ Triệu Vương Châu Lương Đoàn Trịnh Hứa Kiều Tăng Mạc Thân Khúc La"
                .Split(' ').Select(n => n.Normalize(System.Text.NormalizationForm.FormC)), System.StringComparer.OrdinalIgnoreCase);

        private static bool IsVietnamese(string text) =>
            text.Normalize(System.Text.NormalizationForm.FormC).Any(c => c is '\u01A1' or '\u01A0' or '\u01B0' or '\u01AF' or '\u0129' or '\u0128' or '\u0169' or '\u0168'
                || (c >= '\u1EA0' && c <= '\u1EF9'));

        private static readonly System.Text.RegularExpressions.Regex TrailingHandle =
            new System.Text.RegularExpressions.Regex(@"^(?<name>.*\S)\s*[(\[]@[^\s()\[\]]+[)\]]$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>
        /// The name without an account handle in brackets after it ("Camille Dubois (@camille_d)" gives "Camille Dubois"),
        /// or null when it has none or nothing but the handle.
        /// </summary>
        public static string? WithoutHandle(string name)
        {
            var match = TrailingHandle.Match(name.Trim());
            return match.Success && match.Groups["name"].Value.Any(char.IsLetter) ? match.Groups["name"].Value.Trim() : null;
        }

        // A shop's Pakistani courier sheet writes "FirstName LastName(cell)": "Ayesha Khan(03001234567)", "Usman Tariq()".
        private static readonly System.Text.RegularExpressions.Regex TrailingNumber =
            new System.Text.RegularExpressions.Regex(@"^(?<name>.*?\p{L}.*?)\s*\(\s*(?:\+?[0-9][0-9 ./-]{5,})?\s*\)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>
        /// The name without a phone number (or nothing) in brackets after it ("Ayesha Khan(03001234567)" gives "Ayesha Khan"), or
        /// null when it has none.
        /// </summary>
        public static string? WithoutBracketedNumber(string name)
        {
            var match = TrailingNumber.Match(name.Trim());
            return match.Success ? match.Groups["name"].Value.Trim() : null;
        }

        /// <summary>
        /// True when <paramref name="whole"/> is the whole name <paramref name="part"/> is a part of: all of its words and
        /// more ("Ana Paula Souza" holds "Ana Paula"), or, written in a CJK script without spaces, starting or ending with it
        /// ("张伟" holds "张"). A "name" column read as a part holds the full name so; composing both would say it twice.
        /// </summary>
        public static bool Holds(string whole, string part)
        {
            var wholeWords = whole.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries);
            var partWords = part.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries);
            if (partWords.Length == 0) return false;
            var comparer = System.StringComparer.OrdinalIgnoreCase;
            if (wholeWords.Length > partWords.Length) return partWords.All(p => wholeWords.Contains(p, comparer));
            if (wholeWords.Length != 1 || partWords.Length != 1 || !IsCjk(whole) || whole.Length <= part.Length) return false;
            return whole.StartsWith(part, System.StringComparison.Ordinal) || whole.EndsWith(part, System.StringComparison.Ordinal);
        }

        // A plural ending in brackets after the header's last word: "name(s)", "ospite(i)", "Gast(en)", "invité(e)s", "misafir(ler)".
        private static readonly System.Text.RegularExpressions.Regex PluralMark = new System.Text.RegularExpressions.Regex(
            @"\((?:s|es|i|e|en|n|er|ne|ler|lar|a|y)\)s?\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

        /// <summary>True when a name column's header says it may hold several names ("Guest name(s)", "Nome ospite(i)").</summary>
        public static bool ListsNames(string? header) => header != null && PluralMark.IsMatch(header);

        /// <summary>
        /// The first of several whole names in one cell ("Marco Bianchi, Sara Conti", "Ann Lee; Bo Berg", "Ann Lee &amp; Bo
        /// Berg"), else null. Each listed name has two words at least: "Bianchi, Marco" is one name written family name first.
        /// </summary>
        public static string? FirstOfList(string value)
        {
            var parts = value.Split(new[] { ',', ';', '&', '/', '+' }, System.StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
            if (parts.Length < 2) return null;
            return parts.All(p => p.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries).Length >= 2) ? parts[0] : null;
        }

        /// <summary>
        /// The name without runs of dots, a slash or underscores glued to a word's start or end ("Grace ...Kim", "Walter..", "/Okafor"):
        /// typed leftovers, never part of a name. One dot stays ("J.", "Dr.", "St. John"). Null when nothing else is left.
        /// </summary>
        public static string? WithoutStrayDots(string name)
        {
            if (name.IndexOf("..", System.StringComparison.Ordinal) < 0 && name.IndexOfAny(StrayMarks) < 0) return name;
            var cleaned = StrayDots.Replace(name, string.Empty);
            cleaned = System.Text.RegularExpressions.Regex.Replace(cleaned, @"\s{2,}", " ").Trim();
            return cleaned.Length == 0 ? null : cleaned;
        }

        private static readonly char[] StrayMarks = { '\u2026', '_', '/' };

        // Dots (two or more) or an ellipsis at a word's start or end; a slash or underscore glued to a letter at a word's start or
        // end ("/Okafor", "Cue_"). A slash between two words ("Anna / Tom") is two people's names and stays.
        private static readonly System.Text.RegularExpressions.Regex StrayDots = new System.Text.RegularExpressions.Regex(
            @"(?:(?<=^|\s)(?:\.{2,}|\u2026)+)|(?:(?:\.{2,}|\u2026)+(?=\s|$))|(?:(?<=^|\s)[/_]+(?=\p{L}))|(?:(?<=\p{L})[/_]+(?=\s|$))",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>
        /// "Julien MARTIN" for "MARTIN Julien", "Maëlle LE GALL" for "LE GALL Maëlle": a family name in capitals (one to three
        /// words of two letters or more) before given names written in small letters after a capital; else null.
        /// </summary>
        public static string? CapitalsFirst(string name)
        {
            var words = name.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || words.Length > 5 || name.Any(c => char.IsDigit(c) || c == '@' || c == ',')) return null;
            var family = words.TakeWhile(IsCapitalWord).Count();
            if (family == 0 || family > 3 || family == words.Length) return null;
            if (!words.Skip(family).All(IsGivenWord)) return null;
            return string.Join(" ", words.Skip(family).Concat(words.Take(family)));
        }

        private static bool IsCapitalWord(string word) =>
            word.Count(char.IsLetter) >= 2 && word.All(c => char.IsLetter(c) ? char.IsUpper(c) : c is '-' or '\'' or '\u2019');

        private static bool IsGivenWord(string word) =>
            word.Length >= 2 && char.IsUpper(word[0]) && word.Any(char.IsLower) && word.All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019' or '.');

        /// <summary>
        /// "Елена Викторовна Смирнова" for "Смирнова Елена Викторовна": three words, the last a patronymic and the others not
        /// (the family name, the given name, the patronymic, as Russian documents and CRMs write the full name); else null.
        /// </summary>
        public static string? PatronymicLast(string name)
        {
            var words = name.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries);
            if (words.Length != 3 || !IsPatronymic(words[2]) || IsPatronymic(words[1]) || IsPatronymic(words[0])) return null;
            if (!words.All(w => w.All(c => char.IsLetter(c) || c == '-'))) return null;
            return words[1] + " " + words[2] + " " + words[0];
        }

        /// <summary>
        /// The name given name first under a column's convention (<see cref="NameOrder"/>); a two-word name of a column that
        /// writes the family name first is swapped too ("Орлов Максим"). Null when the name does not take the convention.
        /// </summary>
        public static string? GivenFirst(string name, NameOrder order)
        {
            switch (order)
            {
                case NameOrder.CapitalsFirst:
                    return CapitalsFirst(name);
                case NameOrder.FamilyGivenPatronymic:
                    if (PatronymicLast(name) is string reordered) return reordered;
                    var words = name.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries);
                    return words.Length == 2 && !LegalForms.IsLegalEntity(name) && words.All(w => w.All(c => char.IsLetter(c) || c == '-') && !IsPatronymic(w))
                        ? words[1] + " " + words[0] : null;
                default:
                    return null;
            }
        }

        /// <summary>
        /// The name without the titles it starts with ("Mrs. Helen Barker" is "Helen Barker", "Prof. Dr. Anna Berg" is "Anna Berg"),
        /// or null when it starts with none or is nothing but titles.
        /// </summary>
        public static string? WithoutTitles(string name)
        {
            var words = name.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries);
            var titles = words.TakeWhile(w => Titles.Contains(w.TrimEnd('.').ToLowerInvariant())).Count();
            return titles == 0 || titles == words.Length ? null : string.Join(" ", words.Skip(titles));
        }

        // Academic and courtesy titles written before a name (Czech and Slovak MUDr., Ing., Mgr.; German, Italian, Dutch, Spanish,
        // French and English ones).
        private static readonly System.Collections.Generic.HashSet<string> Titles = new System.Collections.Generic.HashSet<string>(new[]
        {
            "dr", "mudr", "mddr", "mvdr", "judr", "phdr", "rndr", "paeddr", "pharmdr", "ing", "mgr", "bc", "doc", "prof", "dipl",
            "mag", "dott", "dottssa", "dssa", "avv", "arch", "drs", "ir", "mr", "mrs", "ms", "miss", "mme", "mlle", "herr", "frau",
            "sra", "srta", "dra", "mx", "rev", "revd",
        }, System.StringComparer.Ordinal);

        // What follows a name after a comma without being a given name: "Smith, Jr.", "Lee, PhD".
        private static readonly string[] Suffixes = { "jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "mba", "dds", "jun", "sen" };

        /// <summary>
        /// "Elena Romero" for a name written family name first with a comma ("Romero, Elena"), as address books' "File as",
        /// church and library systems, and AD's CN write it; else null. Only one comma, letters and no digits on both sides,
        /// at most three words each, the part after the comma no suffix ("Smith, Jr.") and the whole no legal entity
        /// ("Acme, Inc."); CJK names never carry such a comma.
        /// </summary>
        public static string? GivenFirst(string name)
        {
            // GNUmed's waiting list: "Schneider, Monika (w)": a sex in brackets after the given name is no part of it.
            if (name.IndexOf('(') > 0 && name.IndexOf(',') > 0) name = SexMark.Replace(name, "");
            var comma = name.IndexOf(',');
            if (comma <= 0 || name.IndexOf(',', comma + 1) >= 0 || LegalForms.IsLegalEntity(name)) return null;
            var family = name.Substring(0, comma).Trim();
            var given = name.Substring(comma + 1).Trim();
            if (CalledBy(family, given) is string called) return called;
            if (!Plain(family) || !Plain(given)) return null;
            if (Suffixes.Contains(given.TrimEnd('.').ToLowerInvariant())) return null;
            // A title before the comma ("MUDr. Pavel Novotný, dětský lékař", "Dr. Anna Berg, Zahnärztin"): the name is written
            // in its natural order, and what follows the comma says what the person does.
            // A title alone is a family name ("Ing, Marek").
            var before = family.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries);
            if (before.Length > 1 && Titles.Contains(before[0].TrimEnd('.').ToLowerInvariant())) return null;
            // Three words before the comma besides particles ("Wilfredo Choque Flores, Daniela Rocha": EventoL's speakers of one
            // talk) are a whole name, a given name and two family names, followed by another: family names alone have one or
            // two ("García Márquez, Gabriel", "de la Cruz, Juan").
            if (before.Count(w => !Particles.Contains(w.ToLowerInvariant())) > 2) return null;
            return given + " " + family;
        }

        private static readonly System.Text.RegularExpressions.Regex SexMark = new System.Text.RegularExpressions.Regex(
            @"\s+\((?:[mwfdx]|\u2642|\u2640)\)\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

        // Dutch membership lists (Sportlink's "Naam": "Vries, S. de (Sophie)"): initials, the family name's particle, and the
        // name the person is called by in brackets. Written out: "Sophie de Vries".
        private static string? CalledBy(string family, string given)
        {
            var match = CallName.Match(given);
            if (!match.Success || !Plain(family)) return null;
            var call = match.Groups["call"].Value.Trim();
            var tokens = match.Groups["rest"].Value.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
            var initials = tokens.TakeWhile(t => Initials.IsMatch(t)).Count();
            var particles = tokens.Skip(initials).ToList();
            if (initials == 0 || !Plain(call) || !particles.All(p => Particles.Contains(p.ToLowerInvariant()))) return null;
            return string.Join(" ", new[] { call }.Concat(particles).Concat(new[] { family }));
        }

        private static readonly System.Text.RegularExpressions.Regex CallName =
            new System.Text.RegularExpressions.Regex(@"^(?<rest>[^()]*?)\s*\((?<call>[^()]+)\)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>
        /// True for a family name written with its particles ("De Smet", "Van den Broeck", "von Ebersberg", "da Silva"): every
        /// word before the last is a particle, so the words are one family name, not a given and a family name.
        /// </summary>
        public static bool IsParticledFamilyName(string name)
        {
            var words = name.Split(new[] { ' ', '\u00A0' }, System.StringSplitOptions.RemoveEmptyEntries);
            return words.Length >= 2 && words.Take(words.Length - 1).All(w => Particles.Contains(w.ToLowerInvariant()));
        }

        /// <summary>True for a value made of name particles only ("von der", "van", "de la"): what goes before a family name.</summary>
        public static bool IsParticles(string value)
        {
            var words = value.Split(new[] { ' ', '\u00A0' }, System.StringSplitOptions.RemoveEmptyEntries);
            return words.Length >= 1 && words.Length <= 3 && words.All(w => Particles.Contains(w.ToLowerInvariant()));
        }

        private static readonly System.Collections.Generic.HashSet<string> Particles = new System.Collections.Generic.HashSet<string>(
            new[] { "de", "der", "den", "van", "von", "ten", "ter", "te", "'t", "het", "in", "op", "la", "le", "du", "des", "da", "di", "do", "dos", "del", "zu" },
            System.StringComparer.Ordinal);

        /// <summary>
        /// "山田 太郎" for a CJK name a roster wrote "Last, First" ("山田, 太郎", as Sakai sorts every name): family name first is
        /// how the name is written, so only the comma goes; else null.
        /// </summary>
        public static string? FamilyFirstWithoutComma(string name)
        {
            var comma = name.IndexOf(',');
            if (comma <= 0 || name.IndexOf(',', comma + 1) >= 0) return null;
            var family = name.Substring(0, comma).Trim();
            var given = name.Substring(comma + 1).Trim();
            return family.Length > 0 && given.Length > 0 && IsCjk(family) && IsCjk(given) ? family + " " + given : null;
        }

        // Only Latin, Greek and Cyrillic letters: the catalogue's "Family, Given" is their convention. An Arabic or Hebrew name
        // before a comma is the whole name, and what follows says something of the person (a Yemeni caller app's "فاطمة
        // الشرعبي, معلمة": Fatima al-Sharabi, a teacher).
        private static bool Plain(string part) =>
            part.Length > 0 && !ValueShapes.HasNoLetter(part) && !part.Any(c => char.IsDigit(c) || c == '@' || c == '(' || c == '/')
            // Particles are no words of their own here: "De la Cruz Pérez" (Canvas's "De la Cruz Pérez, Ana Sofía") is two names.
            && part.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries).Count(w => !Particles.Contains(w.ToLowerInvariant())) <= 3 && !IsCjk(part)
            && part.All(c => !char.IsLetter(c) || c <= '\u052F' || (c >= '\u1E00' && c <= '\u1FFF'));

        // The endings of East Slavic patronymics (-ович, -евич, -ич; -овна, -евна, -ична, -инична; Ukrainian -івна, -ївна),
        // also as transliterated in Latin letters.
        private static readonly string[] PatronymicEndings =
        {
            "ович", "евич", "ьич", "ич", "овна", "евна", "ична", "івна", "ївна", "ovich", "evich", "ovna", "evna", "ichna", "ovych", "ivna",
        };

        /// <summary>True when <paramref name="part"/> is one word ending like an East Slavic patronymic.</summary>
        public static bool IsPatronymic(string part)
        {
            var word = part.Trim();
            if (word.Length < 5 || word.IndexOf(' ') >= 0) return false;
            var lower = word.ToLowerInvariant();
            return PatronymicEndings.Any(e => lower.EndsWith(e, System.StringComparison.Ordinal));
        }

        /// <summary>True when every letter of <paramref name="name"/> is in a CJK script (spaces ignored).</summary>
        public static bool IsCjkName(string name) => IsCjk(name);

        // Every letter in a CJK script (spaces inside a part are ignored: "山田 " still counts).
        private static bool IsCjk(string part)
        {
            var any = false;
            foreach (var c in part)
            {
                if (char.IsWhiteSpace(c)) continue;
                if (!HeaderScripts.IsCjk(c)) return false;
                any = true;
            }
            return any;
        }
    }
}
