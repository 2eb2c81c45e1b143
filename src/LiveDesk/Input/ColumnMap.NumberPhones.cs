using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // "Number" in a phone book or an SMS tool's contact list (Bulletin Connect: "Name","Number","Alias","Public Id";
    // Panasonic's phone book "Name","Number") is the phone. A bare number column is first a candidate key, and values
    // written as phone numbers ("+64 27 555 0123") rule it out as one. In a file whose headers name no phone, such a
    // column is the phone when most of its filled values in the first rows are phone numbers. Here a bare digit string
    // counts too ("64211234567", a number cell): the header says number, and its neighbours are written as phones. Not a
    // house number next to the street, nor a column of running numbers: their values are no phones.
    internal sealed partial class ColumnMap
    {
        /// <summary>The region national numbers are read in (-DefaultRegion), when the reader knows one.</summary>
        internal string? Region
        {
            get => _region;
            set
            {
                _region = value;
                FollowRegion();
            }
        }

        private string? _region;

        // A value with the length of a phone number of the file's region (any value where no region is known). Possible, not
        // valid: a row's own country may read it (a Kosovo number in an Albanian file).
        private bool ResolvesInRegion(string value) => _region == null || PhoneNormalizer.IsPossibleIn(value, _region);

        // A header word whose meaning depends on the country: Brazilian "Apelido" is a nickname (Tera's patients: "Nome" holds
        // the whole name, "Apelido" "Mari"), Portugal's "Apelido" the surname. Importing for Brazil, it is the name of a row
        // whose name is empty, as any nickname is, not a surname added to the name.
        private void FollowRegion()
        {
            if (_region != "BR" || OverrideFor(ContactField.LastName) != null || !_sources.TryGetValue(ContactField.LastName, out var last)) return;
            var nicknames = last.Where(s => HeaderWords.Split(s.Header) is var w && w.Count == 1 && w[0] == "apelido").ToList();
            if (nicknames.Count == 0) return;
            foreach (var nickname in nicknames)
            {
                last.Remove(nickname);
                _nameFallbacks.Add(new ColumnSource(nickname.Index, nickname.Header, 95, ColumnKind.Fallback));
            }
            if (last.Count == 0) _sources.Remove(ContactField.LastName);
        }

        // "Contact Number" is a phone number in English, but coreBOS's Spanish contacts write the record's number so ("Nº Contacto":
        // CON45, CON46). The values decide: where every first value is a code (a token of letters and digits, no phone), the
        // column is the contact's own number, and an organisation's phone set aside beside it is the row's phone again.
        private static bool NamesContactNumber(string header) => HeaderWords.Split(header) is var w && w.Any(ContactWords.Contains)
            && w.Any(x => HeaderVocabulary.Of(x) == HeaderWord.Number) && w.All(x => ContactWords.Contains(x) || HeaderVocabulary.Of(x) is HeaderWord.Number or HeaderWord.Connector);

        // Also a lone contact column where no phone column is named ("Vorname, Nachname, Kontakt" holding numbers): only the values
        // tell a contact person's name from the row's phone (UseContactNumbersAsPhones). Asked of the unit tests' reader only, the
        // cmdlets never held the rows for it, and the numbers were left unused.
        private bool ContactNumbersUndecided() => !_valuesRead && OverrideFor(ContactField.PhoneNumber) == null
            && (SourcesFor(ContactField.PhoneNumber).Any(p => NamesContactNumber(p.Header))
                || (Unnamed(ContactField.PhoneNumber) && (ContactPersonIndex >= 0 || _staffColumn >= 0)));

        private void ContactNumbersAsKeys(List<InputRow> sample)
        {
            if (OverrideFor(ContactField.PhoneNumber) != null || !_sources.TryGetValue(ContactField.PhoneNumber, out var phones)) return;
            foreach (var source in phones.Where(p => NamesContactNumber(p.Header)).ToList())
            {
                var values = FilledValues(sample, source.Index);
                if (values.Count < 2 || !values.All(Code)) continue;
                phones.Remove(source);
                if (OverrideFor(ContactField.Identifier) == null) AddKeyByValues(source.Index, HeaderRecognizer.OwnNumberRank, sample);
                _loginsAsNames.Add($"Identifier from {ColumnNames.Quote(source.Header)} (the contact's number: its first {values.Count} values are codes, not phone numbers)");
                if (phones.Count == 0 && _sharedPhones is var (shared, note))
                {
                    phones.AddRange(shared);
                    _setAside.Remove(note);
                    _sharedPhones = null;
                }
            }
        }

        private void UseNumbersAsPhones(List<InputRow> sample)
        {
            // A phone book's bare "Number" beside "Home Number" and "Office Number" (Explay's and other feature phones' exports)
            // is the main number, the others qualified: it is read first, as a general phone is, when its values are phones.
            var besideQualified = OverrideFor(ContactField.PhoneNumber) == null && SourcesFor(ContactField.PhoneNumber) is var named && named.Count > 0
                && named.All(p => p.Rank >= HeaderRecognizer.WorkKind && HeaderWords.Split(p.Header).Any(w => HeaderVocabulary.Of(w) == HeaderWord.Number));
            if (!Unnamed(ContactField.PhoneNumber) && !besideQualified) return;
            // A party's own number ruled out as a key by values written as phone numbers is read the same way; so is one whose
            // every value is a valid number with its country code (a Swish report's "Avsändarnr", the payer's number:
            // 46701234567), which no record's number is.
            var numbers = _idCandidates.Where(c => c.Rank is HeaderRecognizer.NumberKeyRank or HeaderRecognizer.OwnNumberRank).ToList();
            foreach (var number in numbers)
            {
                var values = FilledValues(sample, number.Index);
                if (values.Count == 0) continue;
                var written = values.Count(LooksLikePhone);
                var phones = values.Count(v => LooksLikePhone(v) || IsDigitRun(v));
                // Ruled out as a key by values written as phone numbers, and most of them phone numbers; or, a key by its
                // values, every one a valid number with its country code and no sign (Whazing's "nome;numero": WhatsApp
                // numbers, 5511987654321), which no record's number is.
                // Or every one a valid mobile number of the file's region, written nationally or without the sign (a Turkish
                // WhatsApp sender's "Numara": 5321234567, 05067778899, 905381112233): a record's numbers are not mobiles.
                // UCRM's invoices head the file with "Number" (2024-0412): a phone's shape, but no number of the file's region. A
                // column whose values would fail most rows as phones is no phone column, however they are written.
                var asPhones = _notKeys.ContainsKey(number.Index) ? written > 0 && phones * 3 >= values.Count * 2 && values.Count(ResolvesInRegion) * 2 > values.Count
                    : values.All(v => PhoneNormalizer.IsValidInternationalDigits(PhoneNormalizer.AsciiDigits(v)!))
                    || (Region != null && values.Count >= 2 && values.All(v => PhoneNormalizer.AsciiDigits(v) is string d && PhoneNormalizer.IsValidMobileIn(d, Region)));
                if (!asPhones) continue;
                _notKeys.Remove(number.Index);
                _idCandidates.Remove(number);
                AddPhone(number.Index, $"({phones} of its first {values.Count} values are phone numbers)");
                ChooseIdentifiers();
                return;
            }
        }

        // Gymie's "contact" (a gym's members: "name,dob,gender,contact,emergency_contact"): a contact column whose first values
        // are numbers, not names, is the member's phone number, not a contact person. Digit strings count as phones here as
        // under a bare "Number". Values with no letter at all name no person in any case.
        // ACADEXA's "Student Contact" beside "Parent Contact" (an Indian institute's students): the contact of the party the
        // file is about, written with its noun, is the same when its values are numbers. Never the contact person: whether the
        // column names one is not asked for these, as "Customer Contact" holding names may be someone at the customer's.
        private void UseContactNumbersAsPhones(List<InputRow> sample)
        {
            var index = ContactPersonIndex;
            for (var i = 0; i < Headers.Count && index < 0; i++)
            {
                if (Free(i) && NamesOwnContact(HeaderWords.Split(Headers[i] ?? ""))) index = i;
            }
            // A lone "Contacto" beside the row's own full name (a Dominican dental clinic's specialists) was set aside as a staff
            // member's; numbers there are the row's phone, as they are under Gymie's "contact".
            var staff = false;
            if (index < 0 && _staffColumn >= 0 && HeaderWords.Split(Headers[_staffColumn] ?? "") is var alone && alone.Count == 1 && ContactWords.Contains(alone[0]))
            {
                index = _staffColumn;
                staff = true;
            }
            if (index < 0) return;
            var values = FilledValues(sample, index);
            if (values.Count == 0 || values.Any(v => v.Any(char.IsLetter))) return;
            if (staff) AboutSomeoneElse = AboutSomeoneElse.Where(h => h != Headers[index]).ToArray();
            var phones = values.Count(v => LooksLikePhone(v) || IsDigitRun(v));
            if (Unnamed(ContactField.PhoneNumber) && phones * 3 >= values.Count * 2)
            {
                AddPhone(index, $"({phones} of its first {values.Count} values are phone numbers, not names)");
                Claim(index);
            }
            if (index == ContactPersonIndex) ContactPersonIndex = -1;
        }

        private static bool NamesOwnContact(List<string> words) =>
            words.Count >= 2 && words.Any(ContactWords.Contains)
            && words.Any(w => IsPartyNoun(w) || HeaderVocabulary.Of(w) == HeaderWord.IdOwner)
            && words.All(w => ContactWords.Contains(w) || IsPartyNoun(w) || HeaderVocabulary.Of(w) is HeaderWord.IdOwner or HeaderWord.Connector);

        // Read as a phone column named so: a value that is no phone number fails its row, as under "Phone".
        private void AddPhone(int index, string why)
        {
            var phones = EditableSources(ContactField.PhoneNumber);
            var at = phones.FindIndex(p => p.Rank > HeaderRecognizer.GeneralKind);
            phones.Insert(at < 0 ? phones.Count : at, new ColumnSource(index, Headers[index]!, HeaderRecognizer.GeneralKind, ColumnKind.Plain));
            _byValues.Add((ContactField.PhoneNumber, $"PhoneNumber from {ColumnNames.Quote(Headers[index])} {why}"));
        }

        private static bool IsDigitRun(string text)
        {
            var digits = PhoneNormalizer.AsciiDigits(text)!;
            return digits.Length >= 7 && digits.Length <= 15 && digits.All(char.IsDigit);
        }
    }
}
