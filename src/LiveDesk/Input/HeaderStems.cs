using System;
using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    /// <summary>
    /// Inflected forms of the vocabulary's words: "Numer telefonu komórkowego", "Telefonu służbowy", "Teléfonos",
    /// "Cellulari", "secundaria" next to the listed "telefon", "komorkowy", "sluzbowy", "telefono", "cellulare", "secundario".
    /// A suffix-stripping stemmer applied to both sides: every listed word and every header word is cut at the inflection
    /// endings of the nine languages (Polish case endings, German -en/-er/-n/-s, Romance -o/-a/-i/-e/-s/-es); two words
    /// whose stems meet mean the same. The stem keeps at least <see cref="MinimumStem"/> letters, so short words never
    /// meet by accident ("post" from Italian "posta" is no stem of French "poste"); a stem two listed words of different
    /// roles share means nothing. Only whole words are stemmed: a compound's parts must be listed ("E-mailtype" is e-mail +
    /// type, not an inflected e-mail), which is why a stem never matches a mere prefix.
    /// </summary>
    internal static class HeaderStems
    {
        /// <summary>The fewest letters a stem keeps.</summary>
        public const int MinimumStem = 5;

        // Endings, folded like the words; the empty ending is the word itself. Plurals and cases of the nine languages, then
        // Finnish -t, Turkish -lar/-ler (with a possessive -ı/-i), Hungarian -ok/-ek/-ak, Romanian
        // -uri/-ele, Russian and Ukrainian, Greek, and the Persian plural -ها written joined.
        private static readonly string[] Endings =
        {
            "", "a", "e", "i", "o", "u", "y", "n", "s", "x", "t",
            "en", "er", "es", "em", "os", "as", "ow", "om", "ie", "ok", "ek", "ak",
            "ego", "emu", "ych", "ymi", "ami", "ach", "ern", "owa", "owe", "owy", "owi", "lar", "ler", "uri", "ele",
            "owej", "owym", "owego", "owemu", "owych", "owymi", "lari", "leri", "urile",
            "ы", "и", "а", "я", "у", "ю", "е", "о", "ов", "ев", "ей", "ам", "ям", "ах", "ях", "ой", "ый", "ий", "ая", "ое", "ые", "ие", "ых",
            "их", "ом", "ем", "ами", "ями", "ого", "ому",
            "α", "ες", "οι", "ων", "ου", "ος", "ο", "η", "ης", "ια", "ιων",
            "ها", "های",
        };

        private static readonly Dictionary<string, HeaderWord> Stems = Build();

        /// <summary>The role of <paramref name="word"/> as an inflected form of a listed word, else Unknown.</summary>
        public static HeaderWord Of(string word)
        {
            // The longest stem first: the least cut form is the most likely reading.
            foreach (var ending in Endings)
            {
                var stem = Cut(word, ending);
                if (stem != null && Stems.TryGetValue(stem, out var role)) return role;
            }
            return HeaderWord.Unknown;
        }

        // Hebrew joins "and", "the", "in", "to", "from", "that", "as" to the word they belong to, up to two of them ("טלפון במשרד":
        // phone in-office, "ובבית": and in-home); Arabic "and"/"so", then "with"/"to"/"as", then the article ("بالبريد": by the
        // mail, "والهاتف"). Each is a list of optional groups of particles, in the order they are written.
        private static readonly string[] HebrewProclitics = { "ו", "ה", "ב", "ל", "מ", "ש", "כ" };
        private static readonly string[][] HebrewGroups = { HebrewProclitics, HebrewProclitics };
        private static readonly string[][] ArabicGroups = { new[] { "و", "ف" }, new[] { "ب", "ل", "ك" }, new[] { "ال" } };

        /// <summary>
        /// The role of a Hebrew or Arabic word read without the particles written joined to its front ("במשרד" is משרד,
        /// "بالبريد" is بريد), or an Indic word without the possessive ending joined to its back ("সদস্যের" is সদস্য), else Unknown.
        /// What remains must be a listed word (or its inflection) of at least two letters.
        /// </summary>
        public static HeaderWord OfJoined(string word)
        {
            if (word.Length < 3) return HeaderWord.Unknown;
            if (word[0] >= '\u05D0' && word[0] <= '\u05EA') return WithoutParticles(word, HebrewGroups, 0);
            if (word[0] >= '\u0900' && word[0] <= '\u097F') return WithoutCase(word);
            return word[0] >= '\u0600' && word[0] <= '\u06FF' ? WithoutParticles(word, ArabicGroups, 0) : HeaderWord.Unknown;
        }

        // The possessive several languages of India write joined to the owner, as they read after the Brahmic fold (HeaderWords.Fold
        // drops the vowel signs written above or below): Bengali and Assamese -er, -r, -yer ("সদস্যের নাম", the member's name;
        // "পিতার নাম", the father's), Odia -ra, Gujarati -nu/-ni/-no/-na/-ne ("ગ્રાહકનું નામ"), Marathi -cha/-chi/-che/-chya after the
        // owner's oblique -a ("सदस्याचे नाव"), Nepali -ko ("ग्राहकको नाम"). Hindi and Punjabi write theirs apart (का, ਦਾ: connectors).
        // Longest ending first; what is left must be a listed word (or its inflection) of at least two letters, so a word that
        // merely ends so stays unknown.
        private static readonly string[] IndicCases =
        {
            "\u092F\u0930", "\u0930",
            "\u0928\u0940", "\u0928\u093E", "\u0928",
            "\u091A\u092F\u093E", "\u091A\u093E", "\u091A\u0940", "\u091A",
            "\u0915\u093E",
        };

        private static HeaderWord WithoutCase(string word)
        {
            foreach (var ending in IndicCases)
            {
                if (word.Length - ending.Length < 2 || !word.EndsWith(ending, StringComparison.Ordinal)) continue;
                var owner = word.Substring(0, word.Length - ending.Length);
                var role = Listed(owner);
                // The oblique -a Marathi puts between the owner and its ending ("सदस्या-चे").
                if (role == HeaderWord.Unknown && owner.Length > 2 && owner[owner.Length - 1] == '\u093E') role = Listed(owner.Substring(0, owner.Length - 1));
                if (role != HeaderWord.Unknown) return role;
            }
            return HeaderWord.Unknown;
        }

        // Each group is optional and comes in its order; the reading with the fewest particles off that is a listed word wins.
        private static HeaderWord WithoutParticles(string word, string[][] groups, int group)
        {
            if (group == groups.Length) return HeaderWord.Unknown;
            foreach (var particle in groups[group])
            {
                if (!word.StartsWith(particle, StringComparison.Ordinal)) continue;
                var rest = word.Substring(particle.Length);
                var role = Listed(rest);
                if (role == HeaderWord.Unknown) role = WithoutParticles(rest, groups, group + 1);
                if (role != HeaderWord.Unknown) return role;
            }
            return WithoutParticles(word, groups, group + 1);
        }

        private static HeaderWord Listed(string rest)
        {
            if (rest.Length < 2) return HeaderWord.Unknown;
            var role = HeaderVocabulary.Exact(rest);
            return role != HeaderWord.Unknown ? role : Of(rest);
        }

        private static Dictionary<string, HeaderWord> Build()
        {
            var stems = new Dictionary<string, HeaderWord>(StringComparer.Ordinal);
            var ambiguous = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pair in HeaderVocabulary.All)
            {
                // Only words that say something about a field: a connector or a note has no inflections worth reading.
                if (pair.Value is HeaderWord.Connector or HeaderWord.Note or HeaderWord.SystemNote) continue;
                foreach (var ending in Endings)
                {
                    var stem = Cut(pair.Key, ending);
                    if (stem == null) continue;
                    if (stems.TryGetValue(stem, out var earlier) && earlier != pair.Value) ambiguous.Add(stem);
                    else stems[stem] = pair.Value;
                }
            }
            foreach (var stem in ambiguous) stems.Remove(stem);
            return stems;
        }

        private static string? Cut(string word, string ending)
        {
            if (word.Length - ending.Length < MinimumStem || !word.EndsWith(ending, StringComparison.Ordinal)) return null;
            // Only letters are inflected: "email2" is no form of anything.
            if (word.Any(char.IsDigit)) return null;
            return word.Substring(0, word.Length - ending.Length);
        }
    }
}
