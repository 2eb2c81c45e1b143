using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // A column headed by the file's main party and nothing else ("Participants" in a poll's export, "참가자", "Attendee",
    // "Customer") lists that party by name when its values are names: who voted, who registered, who bought. It fills the
    // name only when no header names one. Its values decide: a column of organisations is left to the company rule, one of
    // numbers, addresses, dates or yes/no answers is no name.
    internal sealed partial class ColumnMap
    {
        private void DecidePartyNames(List<InputRow> sample)
        {
            if (NameNamed) return;
            // Of a staff member's and a customer's column (Bookly's appointments: "Сотрудник", "Клиент"; "Employee",
            // "Customer"), the customer is whom the helpdesk talks to: the staff's names are tried last. So are a captain's
            // beside the players' (a darts league's team sign-ups: "kapitán", "hráč"): one captain stands on every player's row.
            // So is a driver's beside the customer's (Fleetbase's orders: "Driver", "Customer"): the driver delivered the order.
            foreach (var i in PartyNameCandidates().OrderBy(i => HeaderWords.Split(Headers[i] ?? "").Any(w => StaffWords.Contains(w) || HeaderVocabulary.Captains.Contains(w)
                || HeaderVocabulary.Drivers.Contains(w)) ? 1 : 0).ToList())
            {
                var thing = NamesThingOnly(Headers[i]);
                var placeholder = !thing && Placeholder(Headers[i]);
                var owner = NamesOwnerOnly(Headers[i]);
                if (_companyColumns.Any(c => c.Index == i) || !(thing || placeholder || owner || NamesMainPartyOnly(Headers[i]))) continue;
                int values = 0, names = 0, whole = 0, coded = 0;
                foreach (var row in sample)
                {
                    var text = CellText(row, i);
                    if (string.IsNullOrEmpty(text)) continue;
                    values++;
                    if (NameAndCode(text!) is var (name, _))
                    {
                        coded++;
                        text = name;
                    }
                    if (thing ? LooksLikePartyName(text!) : LooksLikePersonName(text!)) names++;
                    if (text!.Trim().IndexOf(' ') > 0) whole++;
                }
                if (values == 0 || names * 5 < values * 4) continue;
                // A column without a header says nothing of itself: only given and family name together ("Camille Lefèvre")
                // in most rows tell names, not titles, towns or categories of one word.
                if (placeholder && whole * 5 < values * 4) continue;
                AddNameByValues(i);
                if (owner) AboutSomeoneElse = AboutSomeoneElse.Where(h => h != Headers[i]).ToArray();
                PartysShortNumber(i, sample);
                SetAsideKeyOfPartysRecord(i);
                // mangoO's loans: "Customer" is "Sarah Nakato (014/2019)", the borrower's name and customer number in one cell.
                // Where most of the party's cells carry a code so, and no column keys the row, the code is the party's key.
                if (coded * 5 >= values * 4 && OverrideFor(ContactField.Identifier) == null && SourcesFor(ContactField.Identifier).Count == 0)
                {
                    _nameAndCode.Add(i);
                    EditableSources(ContactField.Identifier).Add(new ColumnSource(i, Headers[i]!, ByValuesRank, ColumnKind.Fallback));
                    _byValues.Add((ContactField.Identifier, $"Identifier from {ColumnNames.Quote(Headers[i])} (the code in brackets after the name in {coded} of its first {values} values)"));
                }
                var whose = thing ? "names of persons or organisations: the name of the party each row is"
                    : placeholder ? "full names of persons, under a column without a header" : "names of the file's main party";
                _loginsAsNames.Add($"Name from {ColumnNames.Quote(Headers[i])} ({names} of its first {values} values are {whose})");
                Claim(i);
                return;
            }
        }

        private readonly HashSet<int> _nameAndCode = new HashSet<int>();

        // The code's part of a name-and-code cell for the identifier, the text as it is for any other field or shape.
        private static string? NameAndCodePart(string? text, ContactField field) =>
            field == ContactField.Identifier && text != null && NameAndCode(text) is var (_, code) ? code : text;

        // A name, then one token in brackets with a digit in it: a customer number, a member's code. Not a phone number ("Ayesha
        // Khan (03001234567)": PersonName drops it from the name, and the phone column has it).
        private static (string Name, string Code)? NameAndCode(string text)
        {
            var match = NameWithCode.Match(text);
            if (!match.Success) return null;
            var code = match.Groups["code"].Value;
            return LooksLikePhone(code) && !code.Contains('/') ? null : (match.Groups["name"].Value.Trim(), code);
        }

        private static readonly System.Text.RegularExpressions.Regex NameWithCode = new System.Text.RegularExpressions.Regex(
            @"^\s*(?<name>\p{L}[^()\d]*\p{L})\s*\(\s*(?<code>[^\s()]*\d[^\s()]*)\s*\)\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        // Fleetbase's orders ("ID" order_Vb7k2Pq, "Tracking Number", "SKU", "Customer"): where the only person the row names is
        // a party by its word alone, in a file about other records or deliveries, the bare key is the record's (the order's), not
        // the party's: a customer with two orders is two rows.
        private void SetAsideKeyOfPartysRecord(int party)
        {
            if (OverrideFor(ContactField.Identifier) != null || HeaderWords.Split(Headers[party] ?? "").Count != 1
                || PersonFields.Any(f => SourcesFor(f).Any(s => s.Index != party))
                // A driver's or courier's column names a delivery (AppJusto's orders: "ID", "Cliente", "Entregador", "Valor").
                || (OtherRecordColumn() < 0 && !Headers.Any(h => h != null && HeaderWords.Split(h) is { Count: 1 } w && HeaderVocabulary.Drivers.Contains(w[0])))) return;
            var keys = _idCandidates.Where(c => (RowsOwnKey(c) || c.Rank == HeaderRecognizer.ReferenceRank) && !_notKeys.ContainsKey(c.Index)).ToList();
            if (keys.Count == 0) return;
            foreach (var key in keys) _notKeys[key.Index] = $"the key of the record {ColumnNames.Quote(Headers[party])} has, in a file about records";
            ChooseIdentifiers();
        }

        private static readonly HashSet<string> StaffWords = Folded(
            "employee employees staff worker provider practitioner therapist stylist mitarbeiter mitarbeiterin angestellter employe "
            + "empleado empleada dipendente funcionario medewerker anstalld ansatt pracownik сотрудник сотрудника працівник "
            + "社員 従業員 職員 スタッフ 员工 員工 직원 担当者");

        // "N° cop" beside "Copropriétaire" (a French syndic's owners by lot), "Mitgl.-Nr." beside "Mitglied": a number word and
        // the party's own noun cut short is the party's number, the person's own id, as "Customer No." is. The values must
        // confirm it as they confirm any key.
        private void PartysShortNumber(int party, List<InputRow> sample)
        {
            if (OverrideFor(ContactField.Identifier) != null || HeaderWords.Split(Headers[party] ?? "") is not { Count: 1 } partyWords) return;
            var noun = partyWords[0];
            for (var i = 0; i < Headers.Count; i++)
            {
                if (i == party || Headers[i] is not string header || !Unrecognized.Contains(header) || _overrideIndex.ContainsValue(i)) continue;
                var words = HeaderWords.Split(header);
                if (words.Count != 2) continue;
                var number = words.FindIndex(w => HeaderVocabulary.Of(w) == HeaderWord.Number);
                if (number < 0) continue;
                var cut = words[1 - number];
                if (cut.Length < 3 || cut.Length >= noun.Length || !noun.StartsWith(cut, System.StringComparison.Ordinal)
                    || HeaderVocabulary.Of(cut) != HeaderWord.Unknown) continue;
                if (!AddKeyByValues(i, HeaderRecognizer.OwnNumberRank, sample)) continue;
                Claim(i);
                _byValues.Add((ContactField.Identifier, $"Identifier from {ColumnNames.Quote(header)} (the number of {ColumnNames.Quote(Headers[party])}, its noun cut short)"));
                return;
            }
        }

        // "Ticket Buyer Name" beside "Vorname" and "Nachname" (CampTix: one row per ticket, the buyer's name on each of
        // the tickets bought together): a name qualified by a party, beside the row's own given and family names, is that
        // party's. The row's own parts compose the name; the party's is not read (a row without them has no name).
        // Two more of the kind:
        // - OpenVPMS's reminders: "Patient Name" (the pet) beside "Customer First Name" and "Customer Surname", where the
        //   customer's words also head the e-mail and phone. Given and family names of another party than the name's, which
        //   is the party of the row's contact columns, are the row's own.
        // - ClubExpress's "mailing_name" ("Gilles & Hélène Desrochers"): the name letters are addressed to, a household's or
        //   a nickname's, beside the person's given and family names.
        private void ReleaseOtherPartysName()
        {
            if (OverrideFor(ContactField.Name) != null || !_sources.TryGetValue(ContactField.Name, out var names)) return;
            var released = new List<ColumnSource>();
            foreach (var name in names.Where(s => s.ByWords && s.Rank >= HeaderRecognizer.PlainNameRank).ToList())
            {
                var party = PartyWordsOf(name.Header);
                var mailing = HeaderWords.Split(name.Header ?? "").Any(MailingWords.Contains);
                var thing = party.Count == 0 && !mailing && NamesAnotherThing(name.Header);
                if (party.Count == 0 && !thing && !mailing) continue;
                bool Own(ContactField f) => SourcesFor(f).Any(s => PartyWordsOf(s.Header) is var q
                    && (thing ? q.Count > 0 && RowsParty(q) : q.Count == 0 || (party.Count > 0 && !q.Overlaps(party) && RowsParty(q))));
                if (!Own(ContactField.FirstName) || !Own(ContactField.LastName)) continue;
                released.Add(name);
            }
            foreach (var source in released) names.Remove(source);
            if (released.Count > 0) _setAside.Add($"{string.Join(", ", released.Select(s => ColumnNames.Quote(s.Header)))} (another party's or a mailing name beside the row's own given and family names)");
        }

        // MeOS's start lists ("Efternamn", "Förnamn", then "Klubb nr.", "Namn": the club's name) and other files where a plain
        // name column beside the row's own given and family names is a club's, a team's or a household's: where its first values
        // share no part with the row's own names in any row that has both, it is another party's, and the parts make the name.
        // A display name that shortens or reorders the parts ("Bob Smith", "SMITH, Robert", "山田花子") shares one.
        private bool UnrelatedNamesUndecided() => !_valuesRead && OverrideFor(ContactField.Name) == null
            && SourcesFor(ContactField.Name).Count > 0 && SourcesFor(ContactField.FirstName).Count > 0 && SourcesFor(ContactField.LastName).Count > 0;

        private void ReleaseUnrelatedNames(List<InputRow> sample)
        {
            if (!_sources.TryGetValue(ContactField.Name, out var names) || OverrideFor(ContactField.Name) != null) return;
            var first = SourcesFor(ContactField.FirstName).FirstOrDefault();
            var last = SourcesFor(ContactField.LastName).FirstOrDefault();
            if (first == null || last == null) return;
            if (PartsInTwoScripts(sample, first, last, names)) return;
            foreach (var name in names.ToList())
            {
                int compared = 0, shared = 0;
                foreach (var row in sample)
                {
                    if (CellText(row, name.Index) is not string n || CellText(row, first.Index) is not string f || CellText(row, last.Index) is not string l) continue;
                    compared++;
                    var whole = HeaderWords.Fold(n);
                    var parts = new[] { HeaderWords.Fold(f), HeaderWords.Fold(l) };
                    if (parts.Any(p => p.Length > 0 && whole.Contains(p))
                        || whole.Split(new[] { ' ', ',', '.', '-' }, System.StringSplitOptions.RemoveEmptyEntries).Any(w => w.Length > 1 && parts.Any(p => p.Contains(w))))
                        shared++;
                }
                if (compared < 2 || shared > 0) continue;
                names.Remove(name);
                _setAside.Add($"{ColumnNames.Quote(name.Header)} (its first {compared} values share no part with the row's given and family names: another party's name)");
            }
        }

        // RH.pro's Algerian staff: "Nom", "Prénom" in French, "الاسم", "اللقب" in Arabic. Read by their words, the given name came
        // from "Prénom" and the family name from "اللقب", and the two one-word "name" columns shared nothing with them. Where the
        // parts the map reads are of two scripts in most first rows, the file gives each part in both: a name column
        // in the given name's script is the family name beside it, one in the family name's script the given name, and the row
        // reader takes the parts of one script.
        private bool PartsInTwoScripts(List<InputRow> sample, ColumnSource first, ColumnSource last, List<ColumnSource> names)
        {
            int rows = 0, mixed = 0;
            foreach (var row in sample)
            {
                if (CellText(row, first.Index) is not string f || CellText(row, last.Index) is not string l) continue;
                rows++;
                if (PersonName.IsLatin(f) != PersonName.IsLatin(l)) mixed++;
            }
            if (rows < 2 || mixed * 2 <= rows) return false;
            var firstLatin = sample.Select(r => CellText(r, first.Index)).Where(v => v != null).All(v => PersonName.IsLatin(v!));
            foreach (var name in names.ToList())
            {
                var values = sample.Select(r => CellText(r, name.Index)).Where(v => v != null).Select(v => v!).ToList();
                if (values.Count == 0) continue;
                var latin = values.All(PersonName.IsLatin);
                if (!latin && values.Any(PersonName.IsLatin)) continue;
                names.Remove(name);
                if (latin == firstLatin) EditableSources(ContactField.LastName).Insert(0, name with { Kind = ColumnKind.Plain });
                else EditableSources(ContactField.FirstName).Add(name with { Kind = ColumnKind.Plain });
                _loginsAsNames.Add($"{(latin == firstLatin ? "LastName" : "FirstName")} from {ColumnNames.Quote(name.Header)} (the parts are given in two scripts; each row's are read in one)");
            }
            return true;
        }

        // Tickera's attendee list: "Attendee E-mail" beside "Buyer Email", one row per ticket. Where the row's name, e-mail or phone
        // is first qualified by the party that also heads its given and family names, another party's e-mail or phone is that
        // party's: a ticket whose attendee left no address must not get the buyer's (every ticket of the order would).
        private void ReleaseOtherPartysContacts()
        {
            var parts = SourcesFor(ContactField.FirstName).Concat(SourcesFor(ContactField.LastName)).Select(s => PartyWordsOf(s.Header)).ToList();
            if (parts.Count == 0 || parts.Any(p => p.Count == 0)) return;
            foreach (var field in new[] { ContactField.Name, ContactField.Email, ContactField.PhoneNumber })
            {
                if (OverrideFor(field) != null || !_sources.TryGetValue(field, out var sources) || sources.Count < 2) continue;
                var own = PartyWordsOf(sources[0].Header);
                if (own.Count == 0 || !parts.All(p => p.Overlaps(own))) continue;
                var released = sources.Where(s => PartyWordsOf(s.Header) is var q && q.Count > 0 && !q.Overlaps(own)).ToList();
                foreach (var source in released) sources.Remove(source);
                if (released.Count > 0) _setAside.Add($"{string.Join(", ", released.Select(s => ColumnNames.Quote(s.Header)))} (another party's, beside the row's own)");
            }
            ReleaseOtherPersonsContacts(parts);
            ReleaseOtherPartysIdentifier(parts);
        }

        // Magellan's apprentices ("SchuelerVorname", "SchuelerNachname", then "AusbilderKontaktNachname", "AusbilderKontaktTelefon",
        // "AusbilderKontaktEmail", "PraxisKontakt..."): the row's name is headed by its party, and other words head a name of
        // their own and an e-mail and phone. Those words name another person (the trainer, the placement's contact), a noun the
        // vocabulary need not know: their e-mail and phone are that person's, never the row's, even where the row has none.
        // A word that heads no name ("IServ E-Mail", a pupil's school address) stays a qualifier of the row's own field.
        private void ReleaseOtherPersonsContacts(List<HashSet<string>> parts)
        {
            var own = CommonParty(parts);
            if (own.Count == 0) return;
            bool NamesPart(string header) => HeaderWords.Split(header).Any(w => HeaderVocabulary.Of(w) is HeaderWord.First or HeaderWord.Last or HeaderWord.Name or HeaderWord.NamePart);
            var persons = new HashSet<string>(Headers.Where(h => h != null && NamesPart(h)).Select(h => Qualifier(h!))
                .Where(q => q.Length > 0 && !HeaderWords.Split(q).Any(own.Contains)), System.StringComparer.Ordinal);
            if (persons.Count == 0) return;
            var released = new[] { ContactField.Email, ContactField.PhoneNumber }.SelectMany(f => Release(f, s => persons.Contains(Qualifier(s.Header))))
                .Select(s => s.Header).ToList();
            // Read by no rule, their e-mail and phone columns would still be found by their values: they are someone else's.
            bool Reaches(string header) => HeaderWords.Split(header).Any(w => HeaderVocabulary.Of(w) is HeaderWord.Email or HeaderWord.Phone or HeaderWord.Mobile);
            var mapped = new HashSet<string>(_overrideIndex.Values.Select(i => Headers[i]!));
            released.AddRange(Unrecognized.Where(h => persons.Contains(Qualifier(h)) && Reaches(h) && !mapped.Contains(h)));
            Give(released, "another person's: their words head a name of its own, beside the row's own party");
        }

        // The party words every part of the row's name is headed by.
        private static HashSet<string> CommonParty(List<HashSet<string>> parts)
        {
            var own = new HashSet<string>(parts[0], System.StringComparer.Ordinal);
            foreach (var p in parts.Skip(1)) own.IntersectWith(p);
            return own;
        }

        // A veterinary practice's records (vetspire): "patientId" first, then "clientId", one row per pet, the client's given and
        // family names, phone and e-mail. The party that heads every part of the row's name is the row's own; an id headed by
        // another party is that party's (the pet's), whichever comes first, and the owner of two pets is one contact.
        private void ReleaseOtherPartysIdentifier(List<HashSet<string>> parts)
        {
            if (OverrideFor(ContactField.Identifier) != null) return;
            var own = CommonParty(parts);
            var candidates = _idCandidates.Where(c => c.Rank > 0 && !_notKeys.ContainsKey(c.Index)).ToList();
            if (own.Count == 0 || !candidates.Any(c => PartyWordsOf(c.Header).Overlaps(own))) return;
            var released = candidates.Where(c => PartyWordsOf(c.Header) is var q && q.Count > 0 && !q.Overlaps(own)).ToList();
            if (released.Count == 0) return;
            foreach (var c in released) _notKeys[c.Index] = "another party's id, beside the id of the party whose name the row holds";
            ChooseIdentifiers();
        }

        // Tine 2.0's CRM leads: "lead_name" (the deal's title, "Offerte Wartungsvertrag 2025") beside "CUSTOMER-n_given",
        // "CUSTOMER-n_family", "CUSTOMER-email". A name qualified by a word that names no party and no kind of name is a thing's:
        // where the row's given and family names, e-mail or phone are headed by a party, the name is not the row's.
        private static bool NamesAnotherThing(string? header)
        {
            var roles = HeaderWords.Split(header ?? "").Select(HeaderVocabulary.Of).ToList();
            return roles.Contains(HeaderWord.Name) && roles.Any(r => r is HeaderWord.Neutral or HeaderWord.Unknown or HeaderWord.Blocker);
        }

        private static readonly HashSet<string> MailingWords = Folded("mailing addressee adressat envelope");

        private static HashSet<string> PartyWordsOf(string? header) => new HashSet<string>(HeaderWords.Split(header ?? "").Where(IsPartyWord), System.StringComparer.Ordinal);

        // The party whose words head the row's e-mail, phone or id columns.
        private bool RowsParty(HashSet<string> party) =>
            new[] { ContactField.Email, ContactField.PhoneNumber, ContactField.Identifier }.Any(f => SourcesFor(f).Take(1).Any(s => PartyWordsOf(s.Header).Overlaps(party)));

        // The file's main party (an attendee, a buyer, a member) or a customer.
        // A receiver alone ("Recipient" in TikTok Shop's orders, whose other columns are the order's and the buyer's login) names
        // the person the parcel goes to, the row's, as a customer does; a newsletter's "Recipient" holds addresses, no names.
        private static bool IsPartyWord(string word) => HeaderVocabulary.Of(word) == HeaderWord.IdOwner || CustomerWords.Contains(word) || HeaderVocabulary.Players.Contains(word)
            || (word != "nhan" && ReceiverWords.Contains(word));

        private bool PartyNamesNeedValues() =>
            !NameNamed && PartyNameCandidates().Any(i => NamesMainPartyOnly(Headers[i]) || NamesOwnerOnly(Headers[i]) || NamesThingOnly(Headers[i]) || Placeholder(Headers[i]));

        // An owner alone ("Propriétaire", "Copropriétaire", "Owner") is someone else's beside the row's own name (a CRM record's
        // owner, a pet's keeper); where nothing names a person, a condominium's or a landlord's list of owners by lot, its names
        // are the rows' (a French syndic's owners: "N° cop;Copropriétaire;Type;N° lot").
        private IEnumerable<int> PartyNameCandidates() => SniffCandidates().Concat(Enumerable.Range(0, Headers.Count)
            .Where(i => Headers[i] != null && AboutSomeoneElse.Contains(Headers[i]) && NamesOwnerOnly(Headers[i]) && !_overrideIndex.ContainsValue(i)));

        private static bool NamesOwnerOnly(string? header) => HeaderWords.Split(header ?? "") is var w && w.Count == 1 && OwnerWords.Contains(w[0]);

        // A column that has no header: RaspiSMS writes its columns' positions ("0,1,civilite,..."), Import-Csv names empty
        // headers H1, H2, spreadsheets write Column1 or Field 3.
        private static readonly System.Text.RegularExpressions.Regex PlaceholderHeader = new System.Text.RegularExpressions.Regex(
            @"^\s*(?:(?:h|column|col|field|spalte|feld|colonne|champ|columna|campo|colonna|kolom|kolumna|sloupec)\s*_?\s*)?\d{0,3}\s*$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        private static bool Placeholder(string? header) => header == null || PlaceholderHeader.IsMatch(header);

        private static bool NamesMainPartyOnly(string? header)
        {
            // A count in brackets is no word: Sensei's "Student (4)" heads its four students.
            var words = HeaderWords.Split(header ?? "").Where(w => !w.All(char.IsDigit)).ToList();
            // Written as one CJK run that the splitter cut at a word it knows ("收货人", litemall's consignee: 收货 + 人).
            if (words.Count > 1 && words.All(w => w.Length > 0 && HeaderWords.IsCjk(w[0])) && IsPartyWord(string.Concat(words))) return true;
            // A form's question asking for the party ("Seleccionar Participante", "Select your participant") is the same column.
            // A holder alone ("titular", and openRARP's co-holder "titular2") is read by the holder rule, as the holder of what
            // the file lists.
            // So is information about the party ("Informazioni cliente", Vik Booking's reservations, holding the customer's name):
            // a word that names no field; the values decide, as for the party word alone.
            return words.Any(IsPartyWord) && !words.Any(HolderWords.Contains)
                && words.All(w => IsPartyWord(w) || HeaderVocabulary.Of(w) is HeaderWord.Connector or HeaderWord.Neutral || HeaderVocabulary.IsFormChoice(w));
        }

        // Letters, perhaps a space, an apostrophe or a hyphen; no digit, no address, no answer, no legal form.
        private static bool LooksLikePersonName(string text) =>
            text.Length <= 80 && text.Any(char.IsLetter) && !text.Any(char.IsDigit) && text.IndexOf('@') < 0
            && !ValueShapes.IsYesNo(text) && !ValueShapes.IsAnonymous(text) && !LegalForms.IsLegalEntity(text);
    }
}
