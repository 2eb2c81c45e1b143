using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // Whose a column is when the set of columns tells: a contact-person column beside the row's own name parts names the
    // staff member in charge, not the contact; a state column is no country beside a country column; a postal code is
    // never a phone by its values.
    internal sealed partial class ColumnMap
    {
        // "Staat" (Dutch: the province) beside "Land": only the country column is read. Alone, "Staat" is the country.
        // A household with a key of its own (Rock RMS's people: "FamilyId", "FamilyName" = "Mr Darnell Washington & Mrs Keisha
        // Washington", "FamilyImageUrl", "FamilyRole"): beside the person's own "LastName", "Family" is that record, not the family
        // name, and its name, key and picture are the household's.
        private void SetAsideHousehold()
        {
            var words = Headers.Select(h => HeaderWords.Split(h ?? "")).ToList();
            bool Family(int i) => words[i].Count > 0 && words[i][0] is "family" or "familyname" or "familie" or "famille" or "familia" or "famiglia";
            var lastNames = SourcesFor(ContactField.LastName);
            // The person's own is a family name of another word ("LastName", "Surname").
            if (!lastNames.Any(s => !Family(s.Index)) || !lastNames.Any(s => Family(s.Index))) return;
            if (!Enumerable.Range(0, Headers.Count).Any(i => Family(i) && words[i].Count == 2 && HeaderVocabulary.Of(words[i][1]) == HeaderWord.Id)) return;
            SetAsideAsSomeoneElse(s => Family(s.Index), "the household's, a record with a key of its own, beside the person's own family name");
        }

        // ODK, KoboToolbox and Ona forms record who collected a submission, under XLSForm's metadata names: "phonenumber" is the
        // collecting device's SIM, "username" the enumerator's, "deviceid" the device's. In a file with the submission's system
        // columns (_uuid, _submission_time, meta/instanceID) they are never the respondent's: an enumerator's phone on every
        // household's row made each row after the first a duplicate.
        private static readonly HashSet<string> FormMetadata = new HashSet<string>(new[] { "phonenumber", "username", "deviceid", "simserial", "subscriberid" },
            System.StringComparer.OrdinalIgnoreCase);

        private static readonly HashSet<string> FormSystemColumns = new HashSet<string>(new[] { "_uuid", "_submission_time", "meta/instanceid", "_submitted_by", "_xform_id_string" },
            System.StringComparer.OrdinalIgnoreCase);

        private void SetAsideFormMetadata()
        {
            if (!Headers.Any(h => h != null && FormSystemColumns.Contains(h.Trim()))) return;
            SetAsideAsSomeoneElse(s => s.Header != null && FormMetadata.Contains(s.Header.Trim()), "the form's metadata: the collecting device's or the enumerator's");
        }

        // Takes the columns that are someone else's out of every field -Map does not decide, and says so once.
        private void SetAsideAsSomeoneElse(System.Func<ColumnSource, bool> theirs, string why)
        {
            var released = _sources.Keys.ToList().SelectMany(f => Release(f, theirs)).Select(s => s.Header).Distinct().ToList();
            if (released.Count == 0) return;
            AboutSomeoneElse = AboutSomeoneElse.Concat(released.Where(h => !AboutSomeoneElse.Contains(h))).ToArray();
            _setAside.Add($"{string.Join(", ", released.Select(ColumnNames.Quote))} ({why})");
        }

        private void DropStateCountries()
        {
            if (!_sources.TryGetValue(ContactField.Country, out var list)) return;
            var states = list.Where(s => s.ByWords && HeaderRecognizer.NamesState(HeaderWords.Split(s.Header))).ToList();
            if (states.Count == 0 || states.Count == list.Count) return;
            foreach (var s in states) list.Remove(s);
            _setAside.Add($"{string.Join(", ", states.Select(s => ColumnNames.Quote(s.Header)))} (a state or province, not the country)");
        }

        private static readonly HashSet<string> PersonNameWords = Folded(
            "氏名 姓名 성명 фио піб ονοματεπωνυμο hoten hovaten full completo completa complet komplett vollstandiger volledige");

        // 担当者, 담당자, "Ansprechpartner": the customer's contact person in a list of organisations, but the staff member in
        // charge of the record when the row names its own person by given and family name (Fat Free CRM's 担当者 is
        // "Assigned to"). Then it is about someone else: never used, never read for values.
        private void SetAsideStaffColumn()
        {
            if (ContactPersonIndex < 0) return;
            // So does a whole name that only a person has ("氏名" beside "担当者氏名": an advisor list's advisor, and the staff
            // member in charge of them), unlike a bare "Name" or "名称", which may be the organisation's.
            var personNamed = SourcesFor(ContactField.Name).Any(s => HeaderWords.Split(s.Header).Any(PersonNameWords.Contains));
            if (!personNamed && SourcesFor(ContactField.FirstName).Count + SourcesFor(ContactField.LastName).Count == 0) return;
            AboutSomeoneElse = AboutSomeoneElse.Concat(new[] { Headers[ContactPersonIndex] }).ToArray();
            _staffColumn = ContactPersonIndex;
            ContactPersonIndex = -1;
        }

        // The contact column set aside as a staff member's: its values may still show it holds the row's phone numbers.
        private int _staffColumn = -1;

        // The fields that name the row's person: whoever the columns filling them belong to, the row is about.
        private static readonly ContactField[] PersonFields =
            { ContactField.Name, ContactField.FirstName, ContactField.LastName, ContactField.Email, ContactField.PhoneNumber };

        // What a header about someone else says once the words that make it someone else's are left out ("Lapsen nimi" without
        // the child is a name, "shippingPhone2" without the shipping a phone); nothing when no word is left.
        private static HeaderMeaning WithoutWords(List<string> words, System.Func<int, bool> leaveOut)
        {
            var rest = string.Join(" ", words.Where((w, j) => !leaveOut(j)));
            return rest.Length == 0 ? HeaderMeaning.None : HeaderRecognizer.Recognize(rest);
        }

        // Calendly's "User Name" and "User Email" are the host's: a booking, event or order export names the person each row
        // is of ("Invitee Email", "Attendee Name", "Guest Phone"), and beside such a column, a person column qualified by the
        // system's user (or a login) is the staff member who owns the record. Never used, never read for values; the file's
        // party has the field to itself.
        private void DropUsersBesideParty()
        {
            var words = Headers.Select(h => HeaderWords.Split(h ?? "")).ToArray();
            // SLiMS's "member_name" beside "member_email" is the member's own: a login word made of the party's word is theirs.
            bool Party(int i) => words[i].Any(w => HeaderVocabulary.Of(w) == HeaderWord.IdOwner || PartyLogin(w));
            bool User(int i) => !Party(i) && words[i].Any(w => HeaderVocabulary.IsUserNoun(w) || HeaderVocabulary.Of(w) == HeaderWord.Login);
            if (!PersonFields.Any(f => SourcesFor(f).Any(s => Party(s.Index)))) return;
            var dropped = _logins.Where(User).ToList();
            _logins.RemoveAll(User);
            // The user's id alone (GiveWP's donors: "User ID" beside "Donor Phone Number", no user's name or e-mail) links the
            // party to its account on the site: it is the user only where the file also names the user as a person.
            var userIsPerson = PersonFields.Any(f => SourcesFor(f).Any(s => User(s.Index)));
            foreach (var field in userIsPerson ? PersonFields.Append(ContactField.Identifier) : PersonFields)
            {
                if (!_sources.TryGetValue(field, out var list)) continue;
                dropped.AddRange(list.Where(s => User(s.Index)).Select(s => s.Index));
                list.RemoveAll(s => User(s.Index));
            }
            AboutSomeoneElse = AboutSomeoneElse.Concat(dropped.Distinct().Select(i => Headers[i])).ToArray();
        }

        // A fleet's or a courier's driver list names its drivers ("Driver", "Driver's Phone", Uber's "Prénom du chauffeur"); a
        // delivery's or a ride's export names its customer or passenger too, and there the driver is the staff member who
        // drove: never the row's, whichever party's column comes first. So where a plain column names the same field.
        private void SetAsideDriversBesideParty()
        {
            var words = Headers.Select(h => HeaderWords.Split(h ?? "")).ToArray();
            bool Driver(int i) => words[i].Any(HeaderVocabulary.Drivers.Contains);
            bool OtherParty(int i) => !Driver(i) && words[i].Any(w => HeaderVocabulary.Of(w) == HeaderWord.IdOwner || CustomerWords.Contains(w));
            // Beside a plain column of the same field ("Name" and "Driver Name") the plain one is the row's party's too.
            if (!PersonFields.Any(f => SourcesFor(f).Any(s => OtherParty(s.Index))
                || (SourcesFor(f).Any(s => Driver(s.Index)) && SourcesFor(f).Any(s => !Driver(s.Index))))) return;
            SetAsideAsSomeoneElse(s => Driver(s.Index), "the driver's, beside the columns of the party the row is about");
        }

        // "membername", "mitgliedsname": a login word that begins with a party word ("member", "Mitglied").
        private static bool PartyLogin(string word) =>
            HeaderVocabulary.Of(word) == HeaderWord.Login
            && Enumerable.Range(4, System.Math.Max(0, word.Length - 6)).Any(n => HeaderVocabulary.Of(word.Substring(0, n)) == HeaderWord.IdOwner);

        // The organisation's phones set aside beside the person's own, and the note that says so: restored when the person's own
        // column turns out to hold no phone numbers (ContactNumbersAsKeys).
        private (List<ColumnSource> Sources, string Note)? _sharedPhones;

        // "Company Main Phone", Eight's "TEL会社", "Firmentelefon": the organisation's number, a switchboard its people share.
        // Beside a phone column of the person's own (mobile, direct line, business phone) it is not used: stored on two
        // colleagues it would make the second match the first (and be merged into it, or refused as taken). A file with no
        // other phone (a list of organisations) keeps it.
        // The same holds for the organisation's e-mail address (Jetpack CRM's "Company Email", "Firmen-E-Mail": info@...).
        private void SetAsideOrganisationContacts()
        {
            bool Says(ColumnSource s, HeaderWord role) => HeaderWords.Split(s.Header).Any(w => HeaderVocabulary.Of(w) == role);
            bool Organisation(ColumnSource s) => Says(s, HeaderWord.Company);
            bool Other(ColumnSource s) => Says(s, HeaderWord.Secondary);
            foreach (var field in new[] { ContactField.PhoneNumber, ContactField.Email })
            {
                if (!_sources.TryGetValue(field, out var sources)) continue;
                var shared = sources.Where(Organisation).ToList();
                if (shared.Count == 0 || shared.Count == sources.Count) continue;
                // Beside a private address alone ("E-mailová adresa (soukromá)"), EGroupware's "Firma - e-mail" is the person's
                // business address: the organisation's shared one is set aside only beside a general or work address. So is a
                // company phone beside a home phone alone: an address book's blocks (宛名職人's "自宅電話", "会社電話", "その他電話")
                // are the person's home, work and other numbers.
                if (sources.All(s => Organisation(s) || Says(s, HeaderWord.Home) || Other(s))) continue;
                sources.RemoveAll(Organisation);
                var what = field == ContactField.Email ? "address" : "number";
                var note = $"{string.Join(", ", shared.Select(s => ColumnNames.Quote(s.Header)))} (the organisation's {what}, shared by its people; the person's own is used)";
                _setAside.Add(note);
                if (field == ContactField.PhoneNumber) _sharedPhones = (shared, note);
                else _sharedEmails = (shared, note);
            }
        }

        // The organisation's addresses set aside beside the person's own, and the note that says so.
        private (List<ColumnSource> Sources, string Note)? _sharedEmails;

        private bool SharedEmailsUndecided() => !_valuesRead && _sharedEmails != null;

        // ERPNext's employees: "Company Email" beside "Personal Email" and "Prefered Email" is each employee's own address at the
        // company, a different one in every row; an organisation's info@ repeats. Where the first rows give at least two values
        // and none repeats, the column is the person's work address after all: read after their own, for a row without one.
        private void RestoreOwnWorkEmails(List<InputRow> sample)
        {
            if (!(_sharedEmails is var (shared, note)) || !_sources.TryGetValue(ContactField.Email, out var emails)) return;
            foreach (var source in shared)
            {
                var values = sample.Select(r => CellValue.Read(r.GetValue(source.Index), splitList: true).Text?.Trim())
                    .Where(t => !string.IsNullOrEmpty(t)).ToList();
                if (values.Count < 2 || values.Distinct(System.StringComparer.OrdinalIgnoreCase).Count() < values.Count) return;
            }
            emails.AddRange(shared.Select(s => s with { Rank = emails.Max(e => e.Rank) + 1 }));
            _setAside.Remove(note);
            _loginsAsNames.Add($"Email, when the person's own are empty, from {string.Join(", ", shared.Select(s => ColumnNames.Quote(s.Header)))} (a different address in each of the first rows: each person's own at the organisation)");
            _sharedEmails = null;
        }

        // "Faktura Förnamn", "Faktura Efternamn", "Faktura Epost" beside "Förnamn", "Efternamn", "Epost" (Memlist: a club member
        // and whoever pays the member's invoice, a parent): a word that heads a given and a family name of their own, beside the
        // row's own unqualified ones, may name a second person. Their values decide: where the first rows' qualified names
        // differ from the row's own, it is someone else, and every column the word heads is theirs, not even a fallback for a
        // row whose own e-mail is empty. Where they are the row's own (Shopware's "billing_first_name" beside "first_name": the
        // customer's own billing address), the columns stay. So for a party word too: "Buyer First Name" beside an
        // attendee's "First Name" is whoever bought the ticket, as "Ticket Buyer Name" is (ReleaseOtherPartysName).
        // Acuity Scheduling's appointments ("First Name", "Last Name", "Phone", "Email": whoever booked) with an intake question
        // "Nombre y apellidos del alumno" (the pupil's full name): a qualified full name beside the row's own unqualified given
        // and family names is a second person too when the row's given name is not among its words; then TheirFamily is null.
        private readonly List<(string Qualifier, ColumnSource OwnFirst, ColumnSource OwnFamily, ColumnSource TheirFirst, ColumnSource? TheirFamily)> _secondPersons =
            new List<(string, ColumnSource, ColumnSource, ColumnSource, ColumnSource?)>();

        // Readybuild's clients: "first_name", "last_name" and "alt_first_name", "alt_last_name" (the partner's): a given name AND a
        // family name, each marked by one and the same word for another or a second one, are a whole second person, not the
        // row's middle name and second surname ("Mark Dana Kowalczyk Kowalczyk"). A lone second given name ("Vorname 2") or a
        // second surname ("Segundo apellido") stays the row's.
        private void SetAsideAlternatePerson()
        {
            if (OverrideFor(ContactField.MiddleName) != null || OverrideFor(ContactField.LastName) != null) return;
            string? Mark(ColumnSource s) => HeaderWords.Split(s.Header ?? "").FirstOrDefault(w => HeaderVocabulary.Of(w) == HeaderWord.Secondary || w == "2");
            if (!_sources.TryGetValue(ContactField.LastName, out var families) || families.Count < 2) return;
            if (!_sources.TryGetValue(ContactField.MiddleName, out var middles)) return;
            foreach (var middle in middles.ToList())
            {
                if (Mark(middle) is not string mark || !HeaderWords.Split(middle.Header ?? "").Any(w => HeaderVocabulary.Of(w) is HeaderWord.First or HeaderWord.Given)) continue;
                var family = families.FirstOrDefault(f => Mark(f) == mark);
                if (family == null) continue;
                middles.Remove(middle);
                families.Remove(family);
                AboutSomeoneElse = AboutSomeoneElse.Concat(new[] { middle.Header!, family.Header! }).ToArray();
                _setAside.Add($"{ColumnNames.Quote(middle.Header!)}, {ColumnNames.Quote(family.Header!)} (a second person's given and family name)");
            }
        }

        // Snapdeal's orders: "PRODUCTNAME", "SHIPPINGCITY", "IMAGEURL" and no column for a person. An image beside no name, e-mail,
        // phone or id column pictures the thing the row is (the product), not a person: read as the avatar, every order became a
        // contact with a product's photo and nothing else. A column the file calls an avatar ("avatar_url") stays the avatar.
        private void SetAsideThingsImage()
        {
            if (OverrideFor(ContactField.AvatarUrl) != null || !_sources.TryGetValue(ContactField.AvatarUrl, out var images)) return;
            if (PersonFields.Append(ContactField.Identifier).Any(f => OverrideFor(f) != null || SourcesFor(f).Count > 0)) return;
            foreach (var image in images.Where(i => !HeaderWords.Split(i.Header ?? "").Contains("avatar")).ToList())
            {
                images.Remove(image);
                _setAside.Add($"{ColumnNames.Quote(image.Header!)} (an image beside no column for a person: the thing's picture)");
            }
        }

        private void FindSecondPersons()
        {
            // The family name may be a plain "Nom", "Name" beside the given name (read as the family name row by row).
            var family = SourcesFor(ContactField.LastName).Concat(SourcesFor(ContactField.Name)).ToList();
            var ownFirst = SourcesFor(ContactField.FirstName).FirstOrDefault(s => Qualifier(s.Header).Length == 0);
            var ownFamily = family.FirstOrDefault(s => Qualifier(s.Header).Length == 0);
            if (ownFirst == null || ownFamily == null) return;
            foreach (var first in SourcesFor(ContactField.FirstName))
            {
                var qualifier = Qualifier(first.Header);
                if (qualifier.Length == 0 || _secondPersons.Any(p => p.Qualifier == qualifier)) continue;
                if (family.FirstOrDefault(s => Qualifier(s.Header) == qualifier) is ColumnSource theirFamily)
                {
                    _secondPersons.Add((qualifier, ownFirst, ownFamily, first, theirFamily));
                }
            }
            foreach (var whole in SourcesFor(ContactField.Name))
            {
                var qualifier = Qualifier(whole.Header);
                if (qualifier.Length == 0 || _secondPersons.Any(p => p.Qualifier == qualifier)) continue;
                // The contact record's own name (Xero's "*ContactName": a person's or an organisation's) is no one else's.
                if (qualifier.Split(' ').All(ContactWords.Contains)) continue;
                _secondPersons.Add((qualifier, ownFirst, ownFamily, whole, null));
            }
        }

        // Eduka's pupils: "Prénom R1", "Nom R1", "Adresse e-mail R1", "Téléphone mobile R1" (the first legal representative) beside
        // the pupil's own "Prénom" and "Nom". A mark the vocabulary does not know, after name words the row's own name columns
        // have without it, marks another person's block: every column with that mark is theirs, and none is asked by its values.
        private void SetAsideMarkedPersons()
        {
            var nameFields = new[] { ContactField.Name, ContactField.FirstName, ContactField.LastName };
            if (!nameFields.Any(f => SourcesFor(f).Any(s => Qualifier(s.Header).Length == 0))) return;
            bool NameWords(string header) => HeaderWords.Split(header).Any(w => HeaderVocabulary.Of(w) is HeaderWord.Name or HeaderWord.NamePart or HeaderWord.First or HeaderWord.Last);
            // The mark is the header's words the vocabulary does not know: "Adresse e-mail R1" is marked as "Prénom R1" is. A name
            // column is marked when those are all its words besides the name's own.
            string Mark(string header) => string.Join(" ", HeaderWords.Split(header).Where(w => !w.All(char.IsDigit) && HeaderVocabulary.Of(w) == HeaderWord.Unknown));
            // Only a name part the row's own columns have: "legal_first_name", Kompassi's "official_first_names_or_first_name"
            // beside a "surname" alone are the row's own given names, with an adjective the vocabulary does not know.
            static int Part(HeaderWord w) => w switch { HeaderWord.First => 1, HeaderWord.Last => 2, _ => 3 };
            HashSet<int> Parts(string header) => new HashSet<int>(HeaderWords.Split(header).Select(HeaderVocabulary.Of)
                .Where(w => w is HeaderWord.Name or HeaderWord.NamePart or HeaderWord.First or HeaderWord.Last).Select(Part));
            var own = new HashSet<int>(nameFields.SelectMany(SourcesFor).Where(s => Qualifier(s.Header).Length == 0).SelectMany(s => Parts(s.Header)));
            var marks = Unrecognized.Where(h => h != null && NameWords(h) && Mark(h) is var m && m.Length > 0 && Qualifier(h) == m && Parts(h).Overlaps(own))
                .Select(Mark).Distinct().ToList();
            foreach (var mark in marks)
            {
                var theirs = Headers.Where(h => h != null && Mark(h) == mark).ToList();
                foreach (var field in PersonFields.Append(ContactField.Identifier)) Release(field, c => Mark(c.Header) == mark);
                AboutSomeoneElse = AboutSomeoneElse.Concat(theirs.Where(h => !AboutSomeoneElse.Contains(h))).ToArray();
                Unrecognized = Unrecognized.Where(h => !theirs.Contains(h)).ToArray();
                _setAside.Add($"{string.Join(", ", theirs.Select(ColumnNames.Quote))} (another person's columns, marked '{mark}' beside the row's own name)");
            }
        }

        private void DecideSecondPersons(List<InputRow> sample)
        {
            string Whole(InputRow row, ColumnSource a, ColumnSource? b) => ((CellText(row, a.Index) ?? "") + " " + (b == null ? "" : CellText(row, b.Index) ?? "")).Trim();
            foreach (var person in _secondPersons)
            {
                int compared = 0, differ = 0;
                foreach (var row in sample)
                {
                    var own = Whole(row, person.OwnFirst, person.OwnFamily);
                    var theirs = Whole(row, person.TheirFirst, person.TheirFamily);
                    if (own.Length == 0 || theirs.Length == 0) continue;
                    // Xero's "*ContactName" holding "Harbour Cafe Ltd" beside the person's "FirstName": the organisation, no second person.
                    if (person.TheirFamily == null && LegalForms.IsLegalEntity(theirs)) continue;
                    compared++;
                    // A full name may be written family name first, or with a middle name: the same person's holds the given name.
                    var same = person.TheirFamily != null
                        ? string.Equals(own, theirs, System.StringComparison.OrdinalIgnoreCase)
                        : NameWordsOf(CellText(row, person.OwnFirst.Index)).All(NameWordsOf(theirs).Contains);
                    if (!same) differ++;
                }
                if (compared == 0 || differ * 2 <= compared) continue;
                var theirColumns = new List<string>();
                foreach (var field in new[] { ContactField.Email, ContactField.PhoneNumber, ContactField.Name, ContactField.FirstName, ContactField.LastName, ContactField.Identifier })
                {
                    if (!_sources.TryGetValue(field, out var sources)) continue;
                    foreach (var s in sources.Where(s => Qualifier(s.Header) == person.Qualifier).ToList())
                    {
                        sources.Remove(s);
                        theirColumns.Add(ColumnNames.Quote(s.Header));
                    }
                }
                _setAside.Add($"{string.Join(", ", theirColumns)} (a second person: in {differ} of the first {compared} rows their name is not the row's own)");
            }
            _secondPersons.Clear();
        }

        private static HashSet<string> NameWordsOf(string? text) => new HashSet<string>(
            (text ?? "").Split(new[] { ' ', ',', '-', '.' }, System.StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToUpperInvariant()),
            System.StringComparer.Ordinal);

        /// <summary>
        /// True when a name column's header says whose name it is beside the name words ("Full Guest Name", "Nombre del alumno"),
        /// other than the record's own contact ("ContactName").
        /// </summary>
        internal static bool NamesSomeoneQualified(string header) =>
            Qualifier(header) is { Length: > 0 } q && !q.Split(' ').All(ContactWords.Contains);

        // The words of a header besides its field, kind and order words ("Faktura" of "Faktura Epost"), in order; empty when
        // none.
        private static string Qualifier(string header)
        {
            var rest = new List<string>();
            foreach (var word in HeaderWords.Split(header))
            {
                if (word.All(char.IsDigit)) continue;
                switch (HeaderVocabulary.Of(word))
                {
                    case HeaderWord.Name: case HeaderWord.NamePart: case HeaderWord.First: case HeaderWord.Middle: case HeaderWord.Last:
                    case HeaderWord.Given: case HeaderWord.Full: case HeaderWord.Email: case HeaderWord.Phone: case HeaderWord.Mobile:
                    case HeaderWord.Number: case HeaderWord.Primary: case HeaderWord.Secondary: case HeaderWord.Work: case HeaderWord.Home:
                    case HeaderWord.Connector: case HeaderWord.Id:
                        continue;
                    default:
                        rest.Add(word);
                        break;
                }
            }
            return string.Join(" ", rest);
        }

        private (ColumnSource First, ColumnSource Second)? _surnames;
        private bool _surnamesRead;

        /// <summary>
        /// Two surname columns named by their order ("Primer apellido" and "Segundo apellido", Medcord's "Apellido paterno" and
        /// "Apellido materno", "Apellido 1" and "Apellido 2"; a plain "Apellido" beside "Segundo apellido" is the first): the
        /// first (paternal) and the second; null unless both are, or
        /// when -Map chose the last name. Read once per map: the rows only take the values.
        /// </summary>
        internal (ColumnSource First, ColumnSource Second)? Surnames
        {
            get
            {
                if (_surnamesRead) return _surnames;
                _surnamesRead = true;
                if (OverrideFor(ContactField.LastName) != null) return null;
                var sources = SourcesFor(ContactField.LastName);
                var first = sources.FirstOrDefault(s => SurnameOrder(s.Header) == 1);
                var second = sources.FirstOrDefault(s => SurnameOrder(s.Header) == 2);
                // "Cognom" beside "Segon cognom", "Apellido" beside "Segundo apellido": the one surname not counted is the first.
                var plain = sources.Where(s => SurnameOrder(s.Header) == 0).ToList();
                if (first == null && second != null && plain.Count == 1) first = plain[0];
                if (first != null && second != null) _surnames = (first, second);
                return _surnames;
            }
        }

        private static int SurnameOrder(string header)
        {
            var words = HeaderWords.Split(header);
            if (words.Contains("1") || words.Any(w => HeaderVocabulary.Of(w) == HeaderWord.Primary)) return 1;
            if (words.Contains("2") || words.Any(w => HeaderVocabulary.Of(w) == HeaderWord.Secondary)) return 2;
            return 0;
        }

        // A postal code column ("CEP" 20040-002, "ZIP" 12345-6789) is never a phone, whatever its values look like.
        private bool NamesPostalCode(int index) => HeaderWords.Split(Headers[index] ?? "").Any(HeaderVocabulary.IsPostalCodeWord);

        // Premvet's clients ("Surname", "Title", "Initials"), a Dutch list's "Voorletters" beside "Achternaam": where the file
        // names a family name and no given or whole name, the initials are the given names it has.
        private void UseInitialsAsGivenNames()
        {
            if (OverrideFor(ContactField.FirstName) != null || SourcesFor(ContactField.FirstName).Count > 0 || SourcesFor(ContactField.Name).Count > 0
                || SourcesFor(ContactField.LastName).Count == 0) return;
            for (var i = 0; i < Headers.Count; i++)
            {
                if (!HeaderRecognizer.IsInitialsHeader(Headers[i])) continue;
                EditableSources(ContactField.FirstName).Add(new ColumnSource(i, Headers[i]!, HeaderRecognizer.InitialsRank, ColumnKind.Plain));
                return;
            }
        }
    }
}
