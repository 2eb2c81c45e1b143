using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // Numbered person slots: a company's record with room for several contacts ("Contact 1 Name", "Contact 1 Email", "Contact 2
    // Name", "Contact 2 Email"; customerdb's 氏名1, Email1, 電話番号1, 氏名2, Email2, 電話番号2). Where a name column carries a
    // number of 2 or more beside the row's own name, that number counts persons, not addresses: the e-mail and phone
    // columns carrying it are that other person's, never the row's, not even when the row's own are empty. "Email 2" beside
    // a single "Name" stays the person's second address.
    internal sealed partial class ColumnMap
    {
        private void ReleaseOtherSlotsContacts()
        {
            var own = new[] { ContactField.Name, ContactField.FirstName, ContactField.LastName }.SelectMany(SourcesFor).FirstOrDefault();
            if (own == null) return;
            var ownSlot = SlotOf(own.Header);
            // The slots of the columns that name a person, one entry per such column.
            var personSlots = Headers.Where(NamesAPerson).Select(SlotOf).Where(n => n >= 2 && n != ownSlot).Select(n => n!.Value).ToList();
            var others = new HashSet<int>(personSlots);
            // Beside the row's own name that carries no number, "Kontakt 1" and "Kontakt 2" (a contact alone with its number, the
            // column holding a name) are the first and second of other persons: Scoreg's scouts list the mother and the father so,
            // "Kontakt 1 Art" saying which. The e-mail and phone their contact word heads are theirs ("Kontakt 1 Telefon"); the
            // row's own "E-Mail2" stays.
            var contacts = Headers.Where(IsContactSlot).ToList();
            var contactWords = new HashSet<string>(contacts.SelectMany(h => HeaderWords.Split(h!)).Where(w => !HeaderWords.IsCount(w, out _)), System.StringComparer.Ordinal);
            var contactSlots = ownSlot == null && contacts.Select(SlotOf).Distinct().Count() >= 2 ? new HashSet<int>(contacts.Select(h => SlotOf(h)!.Value)) : new HashSet<int>();
            bool Theirs(string header) => SlotOf(header) is int n && contactSlots.Contains(n) && HeaderWords.Split(header).Any(contactWords.Contains);
            if (others.Count == 0 && contactSlots.Count == 0) return;
            // A slot with a given and a family name of its own is a whole second person: its name parts are not the row's middle
            // or fallback names either ("First Name 2" is no middle name beside "Last Name 2"). One name part alone ("Vorname 2")
            // may be the person's second given name, and stays.
            var whole = new HashSet<int>(personSlots.GroupBy(n => n).Where(g => g.Count() >= 2).Select(g => g.Key));
            foreach (var field in new[] { ContactField.Email, ContactField.PhoneNumber, ContactField.FirstName, ContactField.MiddleName, ContactField.LastName })
            {
                var slots = field is ContactField.Email or ContactField.PhoneNumber ? others : whole;
                var released = Release(field, s => SlotOf(s.Header) is int n && slots.Contains(n));
                var contacted = field is ContactField.Email or ContactField.PhoneNumber ? Release(field, s => Theirs(s.Header)) : new List<ColumnSource>();
                if (released.Count > 0) _setAside.Add($"{string.Join(", ", released.Select(s => ColumnNames.Quote(s.Header)))} (another person's: the number of a second name column)");
                if (contacted.Count > 0) _setAside.Add($"{string.Join(", ", contacted.Select(s => ColumnNames.Quote(s.Header)))} (another person's: a numbered contact beside the row's own name)");
            }
        }

        // The first count among a header's words ("Contact 2 Email": 2, "電話番号2": 2), or null.
        private static int? SlotOf(string? header) => HeaderWords.FirstCount(HeaderWords.Split(header ?? ""));

        // A header that, without its count, is a contact alone ("Kontakt 2", "Contact 2", "Contacto 2"): a slot for a contact
        // person, the column holding their name.
        private static bool IsContactSlot(string? header)
        {
            var words = HeaderWords.Split(header ?? "");
            var rest = words.Where(w => !HeaderWords.IsCount(w, out _)).ToList();
            return rest.Count > 0 && rest.Count < words.Count && rest.All(w => HeaderVocabulary.Of(w) == HeaderWord.Reach);
        }

        // A header that, without its count, names a person's name or a part of it ("氏名2", "Contact 2 Name", "Nachname 2").
        // Not the name shown for an address (Outlook's "E-mail 2 Display Name", "Nombre de pantalla de correo electrónico 2"):
        // the second address's label, not a second person.
        // Read past the file's namespace or party word: RunHOA's "Owner Name 2" is a co-owner beside "Owner Name 1".
        private bool NamesAPerson(string? header)
        {
            var words = HeaderWords.Split(header ?? "").Where(w => !HeaderWords.IsCount(w, out _)).ToList();
            if (words.Count == 0) return false;
            var meaning = HeaderRecognizer.Recognize(string.Join(" ", words), _namespaceWord);
            // Without its count "user2_name" reads "user name", a login; with it, the second user's name (W&W ImmoTop's tenants).
            if ((meaning.Login || meaning.Field == null) && words.Any(HeaderVocabulary.IsUserNoun) && words.Any(w => !HeaderVocabulary.IsUserNoun(w)))
                meaning = HeaderRecognizer.Recognize(string.Join(" ", words.Where(w => !HeaderVocabulary.IsUserNoun(w))), _namespaceWord);
            return !meaning.Elsewhere && (meaning.NamePart || meaning.Field is ContactField.Name or ContactField.FirstName or ContactField.LastName);
        }
    }
}
