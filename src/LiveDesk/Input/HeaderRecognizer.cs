using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    /// <summary>
    /// Recognises a header the known-header table does not list by its words (<see cref="HeaderWords"/>,
    /// <see cref="HeaderVocabulary"/>). The rule:
    /// <list type="bullet">
    /// <item>A header with a word about someone or something else (assistant, manager, owner, created by, fax, pager)
    /// is never used, whatever else it says.</item>
    /// <item>A header with a word the vocabulary does not know, or a word describing the value (type, label, status,
    /// code, user name), is not recognised: "Email Opt Out", "Last Activity Date", "Twitter ID" fill nothing.</item>
    /// <item>Otherwise its field words name the field: an e-mail or phone word wins over company and place words ("Company
    /// Phone" is a work phone); a name word next to an e-mail or phone word is that address's display name, not used.</item>
    /// <item>Qualifiers rank the candidates: mobile (0) before general (10) before work (20) before home (30) before
    /// other (40); within each, primary/main/1 before unnumbered before 2, 3 before secondary/alternate.</item>
    /// </list>
    /// </summary>
    internal static class HeaderRecognizer
    {
        /// <summary>What the words of <paramref name="header"/> say.</summary>
        public static HeaderMeaning Recognize(string header)
        {
            var words = HeaderWords.Split(header);
            if (words.Count == 0) return HeaderMeaning.None;
            var seen = new HashSet<HeaderWord>();
            var ordinal = -1;
            var blocked = false;
            foreach (var word in words)
            {
                if (word.Length <= 2 && int.TryParse(word, out var n))
                {
                    if (n == 1) seen.Add(HeaderWord.Primary);
                    else if (n > 1) ordinal = n;
                    continue;
                }
                var role = HeaderVocabulary.Of(word);
                if (role == HeaderWord.Elsewhere) return HeaderMeaning.AboutSomeoneElse;
                if (role == HeaderWord.Unknown || role == HeaderWord.Blocker) blocked = true;
                seen.Add(role);
            }
            if (blocked) return HeaderMeaning.None;

            bool Has(HeaderWord w) => seen.Contains(w);
            var email = Has(HeaderWord.Email);
            var phone = Has(HeaderWord.Phone) || Has(HeaderWord.Mobile);
            var name = Has(HeaderWord.Name) || Has(HeaderWord.NamePart) || Has(HeaderWord.Full);
            if (email && phone) return HeaderMeaning.None;
            if (email || phone)
            {
                // "E-mail Display Name", "Nom complet de l'adresse de messagerie": the name shown for the address.
                if (name || Has(HeaderWord.First) || Has(HeaderWord.Last)) return HeaderMeaning.None;
                return new HeaderMeaning(email ? ContactField.Email : ContactField.PhoneNumber, Rank(seen, ordinal, companyIsWork: true));
            }
            if (Has(HeaderWord.Avatar)) return new HeaderMeaning(ContactField.AvatarUrl, Rank(seen, ordinal, companyIsWork: false));
            var city = Has(HeaderWord.City);
            var country = Has(HeaderWord.Country);
            if (city && country) return HeaderMeaning.None;
            if (city || country) return new HeaderMeaning(city ? ContactField.City : ContactField.Country, Rank(seen, ordinal, companyIsWork: true));
            if (Has(HeaderWord.Company))
            {
                // "Company ID" identifies the company, not the contact; "Company Address", "주소(회사)" is a place.
                if (Has(HeaderWord.Id) || Has(HeaderWord.Number) || words.Any(HeaderVocabulary.IsOtherNoun)) return HeaderMeaning.None;
                return new HeaderMeaning(ContactField.Company, Rank(seen, ordinal, companyIsWork: false));
            }
            if (Has(HeaderWord.Id) || (Has(HeaderWord.IdOwner) && Has(HeaderWord.Number)))
            {
                if (name) return HeaderMeaning.None;
                var rank = Has(HeaderWord.External) ? 10 : Has(HeaderWord.IdOwner) ? 30 : 45;
                return new HeaderMeaning(ContactField.Identifier, rank);
            }
            var first = Has(HeaderWord.First);
            var last = Has(HeaderWord.Last);
            var second = Has(HeaderWord.Secondary) || ordinal > 1;
            // "Imię i nazwisko": first and last name in one column is the whole name.
            if (first && last) return new HeaderMeaning(ContactField.Name, 10);
            if (first || Has(HeaderWord.Middle)) return new HeaderMeaning(second || Has(HeaderWord.Middle) ? ContactField.MiddleName : ContactField.FirstName, 0);
            if (last) return new HeaderMeaning(ContactField.LastName, 0);
            if (Has(HeaderWord.NamePart))
            {
                // "Primer nombre", "Segundo nombre", "Deuxième prénom" (prénom is a first-name word already).
                if (Has(HeaderWord.Primary)) return new HeaderMeaning(ContactField.FirstName, 0);
                if (second) return new HeaderMeaning(ContactField.MiddleName, 0);
                if (!Has(HeaderWord.Full)) return new HeaderMeaning(ContactField.Name, 20, NamePart: true);
            }
            if (name) return new HeaderMeaning(ContactField.Name, Has(HeaderWord.Full) ? 10 : 20);
            // Outlook in Spanish, Swedish and Italian names two of its phone columns by their qualifier alone
            // ("Particular", "Hem", "Arbete", "Abitazione 2"): a header that is only a work or home qualifier is a phone.
            // Not when another noun names the thing ("Home Address", "Adresse privée"); and the rule is weak: a row whose
            // value in such a column is not a phone number leaves it for the next candidate.
            if ((Has(HeaderWord.Work) || Has(HeaderWord.Home)) && seen.All(w => w is HeaderWord.Work or HeaderWord.Home or HeaderWord.Primary or HeaderWord.Secondary or HeaderWord.Neutral)
                && !words.Any(HeaderVocabulary.IsOtherNoun))
            {
                return new HeaderMeaning(ContactField.PhoneNumber, Rank(seen, ordinal, companyIsWork: false), Weak: true);
            }
            return HeaderMeaning.None;
        }

        /// <summary>
        /// For a column found by its values: the rank its known words give ("Телефон (моб.)" before "Телефон (дом.)"), words
        /// the vocabulary does not know left aside. Whether it is about someone else is <see cref="Recognize"/>'s answer.
        /// </summary>
        public static int RankByKnownWords(string header)
        {
            var seen = new HashSet<HeaderWord>();
            var ordinal = -1;
            foreach (var word in HeaderWords.Split(header))
            {
                if (word.Length <= 2 && int.TryParse(word, out var n))
                {
                    if (n == 1) seen.Add(HeaderWord.Primary);
                    else if (n > 1) ordinal = n;
                    continue;
                }
                seen.Add(HeaderVocabulary.Of(word));
            }
            return Rank(seen, ordinal, companyIsWork: true);
        }

        // Mobile before general before work before home before other; primary before unnumbered before 2, 3 before secondary.
        private static int Rank(HashSet<HeaderWord> seen, int ordinal, bool companyIsWork)
        {
            var secondary = seen.Contains(HeaderWord.Secondary);
            var kind = seen.Contains(HeaderWord.Mobile) ? 0
                : seen.Contains(HeaderWord.Work) || (companyIsWork && seen.Contains(HeaderWord.Company)) ? 20
                : seen.Contains(HeaderWord.Home) ? 30
                : secondary && ordinal < 0 ? 40
                : 10;
            var order = seen.Contains(HeaderWord.Primary) ? 0 : ordinal > 1 ? System.Math.Min(ordinal, 8) : secondary ? 9 : 1;
            return kind + order;
        }
    }
}
