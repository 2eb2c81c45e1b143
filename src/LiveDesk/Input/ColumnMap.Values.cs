using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace LiveDesk.Input
{
    // Columns recognised by their values: when no header names an e-mail (or phone) column, a column whose values in the
    // first rows are nearly all e-mail addresses (phone numbers) is used, and the user is told once.
    internal sealed partial class ColumnMap
    {
        /// <summary>How many rows <see cref="RowLookahead{T}"/> holds back at most to look at their values.</summary>
        public const int ValueRows = 50;

        /// <summary>The rank of the first column found by its values: after every column named by its header.</summary>
        public const int ByValuesRank = 100;

        private static readonly Regex PhoneShape = new Regex(@"^\+?[0-9 ()./-]{7,24}$", RegexOptions.CultureInvariant);
        // "184500.00", "4500.000000": an amount (a shop's "Total spend", "AOV", "Sales"), one decimal point and nothing else.
        private static readonly Regex Amount = new Regex(@"^-?[0-9]+\.[0-9]+$", RegexOptions.CultureInvariant);
        private static readonly Regex DottedQuad = new Regex(@"^\d{1,3}(\.\d{1,3}){3}$", RegexOptions.CultureInvariant);
        private readonly List<(ContactField Field, string Line)> _byValues = new List<(ContactField Field, string Line)>();
        private bool _valuesRead;
        private bool? _needsValues;

        /// <summary>
        /// True until <see cref="ReadValues"/> has run, when no header names an e-mail, phone or company column (and no -Map
        /// decides it) and some column is not recognised, or a CRM account column, an id column or a second phone column
        /// waits for its values: such a map wants to see the first rows' values.
        /// </summary>
        public bool NeedsValues => _needsValues ??= Error == null && SuspectedDelimiter == null
            && (((Unnamed(ContactField.Email) || Unnamed(ContactField.PhoneNumber)) && SniffCandidates().Any()) || UndecidedLogins().Any()
            || UndecidedQualifiers().Any() || CompaniesNeedValues() || UndecidedKeys() || PartyNamesNeedValues() || _secondPersons.Count > 0 || CallingCodeCandidates().Any()
            || OrganisationNameNeedsValues() || MorePhonesUndecided() || UndecidedExtensions().Any() || _partyGroups.Count > 0 || PartyCodeCandidates().Any() || FirstColumnKeyUndecided() || QualifiedLoginCandidates().Any() || ContactNumbersUndecided() || UnrelatedNamesUndecided() || SharedEmailsUndecided() || MetadataNamesUndecided() || AccountNumbersUndecided());

        /// <summary>What the values told, for the warning and -Verbose ("Email from 'Kontakt' (by its values)").</summary>
        public IReadOnlyList<string> FoundByValues => _byValues.Select(f => f.Line).ToList();

        /// <summary>What the values told, each with the field it fills: the warning offers that field's -Map.</summary>
        public IReadOnlyList<(ContactField Field, string Line)> ValueFindings => _byValues;

        // eBay's "Bestellnummer" ("06-12457-80311"), "Rechnungsnummer", "Sendungsnummer": a number word after a word the vocabulary
        // does not know, written together or apart, numbers a thing. Had it been a phone, the word before it would say so
        // ("Handynummer", "Contact Number" are read by their words), so its values are never taken for phone numbers.
        private bool NamesNumberOfThing(int index)
        {
            var words = HeaderWords.Split(Headers[index] ?? "");
            if (words.Count == 0) return false;
            var last = words[words.Count - 1];
            if (words.Count >= 2 && HeaderVocabulary.Of(last) == HeaderWord.Number) return words.Take(words.Count - 1).Any(w => HeaderVocabulary.Of(w) is HeaderWord.Unknown or HeaderWord.Blocker);
            // The Romance order puts the number first ("Numéro de reçu", HelloAsso's receipt: 2024-00017; "Número de pedido"): a
            // number of something no field names. "Numéro de téléphone", "Numero fisso" name the phone.
            if (words.Count >= 2 && HeaderVocabulary.Of(words[0]) == HeaderWord.Number)
            {
                var rest = words.Skip(1).Where(w => HeaderVocabulary.Of(w) != HeaderWord.Connector).ToList();
                return rest.Count > 0 && rest.All(w => HeaderVocabulary.Of(w) is HeaderWord.Unknown or HeaderWord.Blocker);
            }
            return words.Count == 1 && HeaderVocabulary.Of(last) == HeaderWord.Unknown
                && NumberEndings.Any(e => last.Length >= e.Length + 4 && last.EndsWith(e, System.StringComparison.Ordinal));
        }

        // Sheba's payroll sheet: "bkash_number" (01712345678), a mobile wallet's number, is the person's mobile. A number of a
        // thing whose every first value is a mobile number of the file's region written with its trunk prefix or its sign is
        // a phone: order and invoice numbers do not begin with 0 and fall in the mobile ranges, two rows and more.
        private bool RegionMobiles(int index, List<InputRow> sample)
        {
            // Only a word no one knows names the wallet ("bkash"): a parent's or a guardian's number ("ParentNumber") is theirs.
            if (Region == null || HeaderWords.Split(Headers[index] ?? "").Any(w => HeaderVocabulary.Of(w) is not (HeaderWord.Unknown or HeaderWord.Number or HeaderWord.Connector))) return false;
            var values = FilledValues(sample, index);
            return values.Count >= 2 && values.All(v => (v[0] == '0' || v[0] == '+') && PhoneNormalizer.IsValidMobileIn(v, Region));
        }

        private static readonly string[] NumberEndings = { "nummer", "number", "numero", "numer", "nummern" };

        private bool BesideNamedPhone(int i) => SourcesFor(ContactField.PhoneNumber).Any(p => p.Index == i - 1 || p.Index == i + 1);

        // Beside a named phone column, or after a column found so beside one ("Mobile", "Day", "Night").
        private bool NextToPhone(int i, List<(ContactField Field, int Index, int Hits, int Values)> found) =>
            BesideNamedPhone(i) || found.Any(f => f.Field == ContactField.PhoneNumber && f.Index == i - 1);

        // A phone column named, no -Map for it, and a column no header names right beside it: its values may be more of the row's
        // numbers. Elsewhere in the row they would be someone else's, and a file without one streams as before.
        private bool MorePhonesUndecided() => !_valuesRead && OverrideFor(ContactField.PhoneNumber) == null
            && SourcesFor(ContactField.PhoneNumber).Count > 0 && SniffCandidates().Any(BesideNamedPhone);

        private bool Unnamed(ContactField field) => OverrideFor(field) == null && SourcesFor(field).Count == 0;

        // A national id or a passport number (Ladok's "Personnummer": 19990312-4821) is digits a phone number may look like.
        private static bool NamesStateDocument(string? header) =>
            header != null && HeaderWords.Split(header).Any(w => HeaderVocabulary.IsStateDocument(w) || HeaderVocabulary.Of(w) == HeaderWord.Registry);

        private IEnumerable<int> SniffCandidates()
        {
            for (var i = 0; i < Headers.Count; i++)
            {
                if (Unrecognized.Contains(Headers[i]) && !AboutSomeoneElse.Contains(Headers[i]) && !_overrideIndex.ContainsValue(i) && !NamesStateDocument(Headers[i])) yield return i;
            }
        }

        // Kürschner's directory of parliamentarians: "Vorname", "Praefix" ("von der"), "Nachname". A prefix column is a title as
        // often ("Prefix": Mr., Dr.), so its values decide: where every value of the first rows is a name particle, it goes
        // between the given and the family name, as a Dutch "tussenvoegsel" does.
        // DATEV's debtors write it "Namensvorsatz" ("von" before "Ahlefeldt"), beside "Titel/Akad. Grad" and "Adelstitel".
        private static readonly HashSet<string> PrefixWords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "prefix", "praefix", "prafix", "namensprafix", "prefixe", "prefijo", "prefisso", "namensvorsatz", "vorsatzwort",
            // Dutch "Voorvoegsel" (WebXpress's customers: "van" before "Dijk"), as "tussenvoegsel" is.
            "voorvoegsel", "voorvoegsels",
        };

        private void DecideNameParticles(List<InputRow> sample)
        {
            if (SourcesFor(ContactField.FirstName).Count == 0 || SourcesFor(ContactField.LastName).Count == 0 || OverrideFor(ContactField.Name) != null) return;
            foreach (var i in SniffCandidates().ToList())
            {
                if (!(HeaderWords.Split(Headers[i] ?? "") is var w && w.Count == 1 && PrefixWords.Contains(w[0]))) continue;
                var values = sample.Select(r => CellText(r, i)).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
                if (values.Count == 0 || !values.All(v => PersonName.IsParticles(v!))) continue;
                EditableSources(ContactField.MiddleName).Add(new ColumnSource(i, Headers[i], 90, ColumnKind.Plain));
                Unrecognized = Unrecognized.Where(h => h != Headers[i]).ToArray();
            }
        }

        /// <summary>
        /// Looks at the values of unrecognised columns in <paramref name="rows"/> (the first rows with these headers) and
        /// adds the columns whose non-empty values are nearly all (90 %) e-mail addresses or phone numbers, for the field no
        /// header names. Runs once per map.
        /// </summary>
        public void ReadValues(IEnumerable<InputRow> rows)
        {
            if (_valuesRead) return;
            // The people, not a summary below them: a count under an id column ("Ukupno članova", 4; "Aktivni članovi", 2)
            // repeats where keys never do, and would rule the id column out.
            // Nor a template's line of notes ("WAJIB", "Opsional") below its header.
            var sample = rows.Take(ValueRows).TakeWhile(r => SummaryLabel(r) == null).Where(r => RowReader.TemplateNotes(r) == null).ToList();
            DecideLogins(sample);
            UseLoginShapedNames(sample);
            DecideKeys(sample);
            DecidePartyCodes(sample);
            DecideFirstColumnKey(sample);
            UseNumbersAsPhones(sample);
            ContactNumbersAsKeys(sample);
            ReleaseUnrelatedNames(sample);
            SetAsideExtensions(sample);
            DecideQualifiers(sample);
            DecideSecondPersons(sample);
            DecidePartyGroups(sample);
            DecideNameParticles(sample);
            DecideNameOrder(sample);
            DecidePartsInCapitals(sample);
            RestoreOwnWorkEmails(sample);
            var wantEmail = Unnamed(ContactField.Email);
            var wantPhone = Unnamed(ContactField.PhoneNumber);
            var morePhones = MorePhonesUndecided();
            var found = new List<(ContactField Field, int Index, int Hits, int Values)>();
            var fits = new Dictionary<int, (int Emails, int Phones, int Values)>();
            foreach (var i in SniffCandidates().ToList())
            {
                int values = 0, emails = 0, phones = 0;
                var noPhone = NamesPostalCode(i) || (NamesNumberOfThing(i) && !RegionMobiles(i, sample));
                var distinct = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
                foreach (var row in sample)
                {
                    var text = CellValue.Read(row.GetValue(i), splitList: true).Text;
                    if (text == null) continue;
                    values++;
                    if (text.Trim() is { Length: > 0 } trimmed) distinct.Add(trimmed);
                    // A cell holding several addresses or numbers is judged by its first, the one a row takes from it.
                    if (LooksLikeEmail(ValueLists.FirstAddress(text))) emails++;
                    // A date is no phone, whatever mark a tool put before it (Fedena's "Date of birth": ".14/03/2012").
                    else if (!noPhone && LooksLikePhone(ValueLists.FirstPhone(text)) && !ValueShapes.IsDateOrTime(text.Trim().TrimStart('.', '\'', '='))) phones++;
                    // Postman's SMS campaigns: "recipient" 6596418237, a number of the file's region with its country code and no sign.
                    else if (!noPhone && Region != null && PhoneNormalizer.IsValidInternationalDigitsOf(text.Trim(), Region)) phones++;
                }
                fits[i] = (emails, phones, values);
                if (values == 0) continue;
                // LMS's devices: "SIMC" (a place's code in Poland's register, "0937239" on every row of one town) has the shape of
                // a phone number. One value in every one of the first rows, three at least, is a code or the sender's own number,
                // no one's phone or address of their own.
                if (values >= 3 && distinct.Count == 1) continue;
                if (wantEmail && emails * 10 >= values * 9 && SameAddressForOthers(i, sample))
                {
                    AboutSomeoneElse = AboutSomeoneElse.Append(Headers[i]).ToArray();
                    _setAside.Add($"{ColumnNames.Quote(Headers[i])} (the same addresses for different people in the first rows: a user's, not the row's)");
                    continue;
                }
                if (wantEmail && emails * 10 >= values * 9 && StaffAddresses(i, sample) is string staff)
                {
                    AboutSomeoneElse = AboutSomeoneElse.Append(Headers[i]).ToArray();
                    _setAside.Add($"{ColumnNames.Quote(Headers[i])} (its addresses are those of {staff}: a user's, not the row's)");
                    continue;
                }
                if (wantEmail && emails * 10 >= values * 9) found.Add((ContactField.Email, i, emails, values));
                else if (wantPhone && phones * 10 >= values * 9)
                {
                    // Opal's course members: "Studiengruppe" 22/041/61 has a German phone number's shape, and two or three
                    // students stand in each group. A column found by its values where most rows share their value with someone
                    // else holds a group's or a class's code, not each person's phone (siblings sharing a landline are a few rows).
                    if (SharedWithOthers(i, sample))
                    {
                        _setAside.Add($"{ColumnNames.Quote(Headers[i])} (most of its first values are shared by different people: a group's code, not their phones)");
                        continue;
                    }
                    found.Add((ContactField.PhoneNumber, i, phones, values));
                }
                // Vagaro's customers: "Mobile", then "Day" and "Night", a customer's daytime and evening numbers under words no
                // field knows. Right beside a phone column, a column whose first values are all phone numbers of the region's
                // length is the row's phone too, after the named ones: a row with no mobile is reached there. Only beside it: a
                // tool writes one person's numbers together, and numbers elsewhere in the row are others' (a family's phone, the
                // doctor's, a cash receipt's number) under words the vocabulary does not know.
                else if (morePhones && NextToPhone(i, found) && phones == values && !SharedWithOthers(i, sample)
                    && FilledValues(sample, i).All(v => PhoneNormalizer.IsPossibleIn(ValueLists.FirstPhone(v), Region ?? "ZZ")))
                {
                    found.Add((ContactField.PhoneNumber, i, phones, values));
                }
            }
            _valuesRead = true;
            _needsValues = false;
            // What the header's known words say still ranks them ("Телефон (моб.)" before "Телефон (дом.)", mobile before
            // work before home), then the column with most such values. Each is a fallback: a row whose value there is
            // not of the field's form goes on to the next column.
            foreach (var hit in found.Select(f => (Hit: f, Rank: HeaderRecognizer.RankByKnownWords(Headers[f.Index])))
                .OrderBy(f => f.Rank).ThenByDescending(f => f.Hit.Hits).ThenBy(f => f.Hit.Index).Select(f => f.Hit))
            {
                var list = EditableSources(hit.Field);
                list.Add(new ColumnSource(hit.Index, Headers[hit.Index], ByValuesRank + list.Count, ColumnKind.Fallback));
                _byValues.Add((hit.Field, $"{hit.Field} from {ColumnNames.Quote(Headers[hit.Index])} ({hit.Hits} of its first {hit.Values} values look like {(hit.Field == ContactField.Email ? "e-mail addresses" : "phone numbers")})"));
            }
            if (found.Count > 0) Unrecognized = Unrecognized.Where(h => !found.Any(f => Headers[f.Index] == h)).ToArray();
            DecideOwnLines(sample);
            FindPhoneAndName(sample);
            FindMetadataNames(sample);
            UseContactNumbersAsPhones(sample);
            UseAccountNumbersAsKeys(sample);
            KeepContactPerson();
            ReleaseThingsKey();
            ReadCompanyValues(sample);
            DecidePartyNames(sample);
            // A name column found by its values (Pronote's "Élèves": "DUBOIS Camille") writes its names by a convention too.
            if (NameOrder == NameOrder.AsWritten) DecideNameOrder(sample);
            DecideQualifiedLogins(sample);
            FindCallingCodesByValues(sample);
            PairCallingCodes();
            PairAreaCodes();
            DecideSharedCompany(sample);
            // A near-miss for e-mail or phone is suggested only when the column's values are mostly such values: "Adresse"
            // (a street) resembles "E-Mail-Adresse", and the suggestion would store streets as e-mail addresses.
            NearMisses = NearMisses.Where(n => n.Field is not (ContactField.Email or ContactField.PhoneNumber)
                || (Headers.ToList().IndexOf(n.Column) is var at && fits.TryGetValue(at, out var fit) && fit.Values > 0
                    && (n.Field == ContactField.Email ? fit.Emails : fit.Phones) * 2 > fit.Values)).ToArray();
        }

        /// <summary>
        /// The label of a spreadsheet's summary line ("Total", "REZIME", "Ukupno članova") where the row's name would be, or alone
        /// on its line in any column, and its column; else null.
        /// </summary>
        private static readonly System.Text.RegularExpressions.Regex LabelledFigures = new System.Text.RegularExpressions.Regex(
            @"\p{L}[^:：\d]*[:：]\s*\d", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        internal (string Header, string Label)? SummaryLabel(InputRow row)
        {
            foreach (var source in SourcesFor(ContactField.Name).Concat(SourcesFor(ContactField.LastName)).Concat(SourcesFor(ContactField.FirstName)))
            {
                if (CellValue.Read(row.GetValue(source.Index), splitList: false).Text is string text && ValueShapes.IsSummaryLabel(text))
                    return (source.Header, text.Trim());
            }
            // A title alone on its line, in any column (Naklass's pupils end with "Informations sur l'export:" under the pupil
            // number, then "Date d'export", "Nombre d'élèves" and their values): the block below is the summary's too.
            string? alone = null;
            var at = -1;
            for (var i = 0; i < row.Names.Count; i++)
            {
                if (CellValue.Read(row.GetValue(i), splitList: false).Text is not string cell) continue;
                if (alone != null) return null;
                alone = cell;
                at = i;
            }
            // So is a line of labelled figures alone (FoodIT's beneficiaries end with "Famille : 4 Bénéficiaires : 9 Parents Homme: 2 ...").
            if (alone == null || Headers[at] is not string column) return null;
            if (ValueShapes.IsSummaryLabel(alone)) return (column, alone.Trim());
            return LabelledFigures.Matches(alone).Count >= 2 ? (column, alone.Length > 40 ? alone.Substring(0, 40).TrimEnd() + "..." : alone.Trim()) : null;
        }

        // RapidPro's flow results: "Submitted By" (the surveyor's login, an e-mail address) beside the respondent's "Contact Name"
        // and "Contact UUID". A column of addresses that the first rows give to different people (another name, another id of the
        // row's own), few addresses for many rows, is the staff's who entered them. Two people of one household sharing one
        // address among many rows' own keep it.
        private bool SameAddressForOthers(int index, List<InputRow> sample)
        {
            var own = new[] { ContactField.Name, ContactField.FirstName, ContactField.LastName, ContactField.Identifier }.SelectMany(SourcesFor).ToList();
            if (own.Count == 0) return false;
            var seen = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
            int values = 0, others = 0;
            foreach (var row in sample)
            {
                var address = ValueLists.FirstAddress(CellValue.Read(row.GetValue(index), splitList: true).Text ?? "");
                if (string.IsNullOrWhiteSpace(address)) continue;
                values++;
                var person = string.Join("\u001f", own.Select(s => CellText(row, s.Index) ?? ""));
                if (person.Replace("\u001f", "").Length == 0) continue;
                if (seen.TryGetValue(address, out var before)) { if (!string.Equals(before, person, System.StringComparison.OrdinalIgnoreCase)) others++; }
                else seen[address] = person;
            }
            return others > 0 && seen.Count * 2 <= values;
        }

        // Frappe CRM's call log: "Caller" holds the agent's address on the calls the business made, the same addresses as
        // "Call Received By" and "Created By" on others. A column found by its values whose addresses are mostly those of a
        // column about someone else (a user, an owner, who created the record) holds users' addresses: the first such column.
        private string? StaffAddresses(int index, List<InputRow> sample)
        {
            var addresses = FilledValues(sample, index).Select(ValueLists.FirstAddress).Distinct(System.StringComparer.OrdinalIgnoreCase).ToList();
            if (addresses.Count == 0) return null;
            for (var c = 0; c < Headers.Count; c++)
            {
                if (c == index || !AboutSomeoneElse.Contains(Headers[c])) continue;
                var theirs = new HashSet<string>(FilledValues(sample, c).Select(ValueLists.FirstAddress), System.StringComparer.OrdinalIgnoreCase);
                if (addresses.Count(theirs.Contains) * 2 > addresses.Count) return ColumnNames.Quote(Headers[c]);
                // Or the business's own domain: every address of the column under the one domain the other column's users have
                // (Frappe CRM's "Caller" omkar.patil@ beside "Call Received By" neha.kulkarni@ at leadsdesk.example), a domain no
                // mail provider gives to anyone.
                var domains = theirs.Select(Domain).Where(d => d != null).Distinct(System.StringComparer.OrdinalIgnoreCase).ToList();
                if (domains.Count == 1 && !ValueShapes.IsMailProvider(domains[0]!)
                    && addresses.All(a => string.Equals(Domain(a), domains[0], System.StringComparison.OrdinalIgnoreCase))) return ColumnNames.Quote(Headers[c]);
            }
            return null;
        }

        private static string? Domain(string address)
        {
            var at = address.LastIndexOf('@');
            return at > 0 && at < address.Length - 1 ? address.Substring(at + 1).Trim().TrimEnd('>') : null;
        }

        // Two thirds of the filled rows, three at least, share their value with a row of another person (told by name, e-mail
        // or id).
        private bool SharedWithOthers(int index, List<InputRow> sample)
        {
            var own = new[] { ContactField.Name, ContactField.FirstName, ContactField.LastName, ContactField.Email, ContactField.Identifier }.SelectMany(SourcesFor).ToList();
            if (own.Count == 0) return false;
            var rows = sample.Select(r => (Value: CellText(r, index), Person: string.Join("\u001f", own.Select(s => CellText(r, s.Index) ?? "")).ToLowerInvariant()))
                .Where(x => !string.IsNullOrEmpty(x.Value) && x.Person.Replace("\u001f", "").Length > 0).ToList();
            var shared = rows.GroupBy(x => x.Value).Where(g => g.Select(x => x.Person).Distinct().Count() > 1).Sum(g => g.Count());
            return shared >= 3 && shared * 3 >= rows.Count * 2;
        }

        // A cell's text as the first rows' values are judged: one value, trimmed; null for an empty cell.
        private static string? CellText(InputRow row, int index) => CellValue.Read(row.GetValue(index), splitList: false).Text?.Trim();

        // A column's filled values in the first rows, each as CellText reads it.
        private static List<string> FilledValues(List<InputRow> sample, int index) =>
            sample.Select(r => CellText(r, index)).Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();

        // A bare address, the first of a list of them, or one a mail program wrapped ("Ann <ann@x.com>"). A JSON cell has
        // been read as its values by then (CellValue), so the addresses inside count and its brackets never do.
        internal static bool LooksLikeEmail(string text)
        {
            var cut = text.IndexOfAny(new[] { ';', ',' });
            var first = (cut < 0 ? text : text.Substring(0, cut)).Trim();
            return ValueShapes.IsBareAddress(first) || ValueShapes.Unwrap(first) != null || ValueShapes.Unwrap(text) != null;
        }

        // Digits with the punctuation numbers are written with, 7 to 15 of them, and not a date or an IPv4 address (a
        // forum's ip_address column). A bare digit string that does not start with + or 0 is an id or an amount as often
        // as a phone number: it does not count.
        internal static bool LooksLikePhone(string text)
        {
            text = PhoneNormalizer.AsciiDigits(text)!;
            if (!PhoneShape.IsMatch(text) || DottedQuad.IsMatch(text) || Amount.IsMatch(text) || ValueShapes.IsDateOrTime(text)) return false;
            // Finland's business id "2345678-9", Chile's RUT "12.345.678-9": a hyphen before one last digit sets off a check digit,
            // which ids have and phone numbers do not.
            if (text.Length >= 3 && text[text.Length - 2] == '-' && char.IsDigit(text[text.Length - 1]) && char.IsDigit(text[text.Length - 3])) return false;
            var digits = text.Count(char.IsDigit);
            if (digits < 7 || digits > 15) return false;
            return text[0] == '+' || text[0] == '0' || text.Any(c => c == ' ' || c == '-' || c == '(' || c == '/' || c == '.');
        }
    }
}
