using System;
using System.Collections.Generic;
using System.Linq;
using LiveDesk.Errors;

namespace LiveDesk.Input
{
    /// <summary>
    /// Which input column fills which contact field, decided once per header set. Build it from the row's property
    /// names; <see cref="RowReader"/> then reads every row with the same names through it.
    /// </summary>
    internal sealed partial class ColumnMap
    {
        // "F_NAME" splits into "f" and "name": one letter before "name" is the cut word ("fname"), as database columns write it.
        private static List<string> JoinLetterName(List<string> words)
        {
            for (var k = 0; k + 1 < words.Count; k++)
            {
                if (words[k].Length == 1 && words[k + 1] == "name" && words[k][0] is 'f' or 'l' or 's')
                {
                    words = new List<string>(words);
                    words[k] = words[k] + "name";
                    words.RemoveAt(k + 1);
                }
            }
            return words;
        }

        private const int MaxListed = 12;
        private readonly Dictionary<ContactField, List<ColumnSource>> _sources = new Dictionary<ContactField, List<ColumnSource>>();
        private readonly Dictionary<ContactField, ColumnOverride> _overrides = new Dictionary<ContactField, ColumnOverride>();
        private readonly Dictionary<ContactField, int> _overrideIndex = new Dictionary<ContactField, int>();

        private ColumnMap(IReadOnlyList<string> headers)
        {
            Headers = headers.ToArray();
        }

        /// <summary>The column names this map was built for, in input order.</summary>
        public IReadOnlyList<string> Headers { get; }

        /// <summary>Columns that are neither known nor named in an override (ignored known columns are not listed).</summary>
        public IReadOnlyList<string> Unrecognized { get; private set; } = Array.Empty<string>();

        /// <summary>Columns about someone or something else (assistant, owner, fax): never used, suggested or sniffed.</summary>
        public IReadOnlyList<string> AboutSomeoneElse { get; private set; } = Array.Empty<string>();

        /// <summary>Unrecognised columns that resemble a known header, the most plausible first.</summary>
        public IReadOnlyList<NearMiss> NearMisses { get; private set; } = Array.Empty<NearMiss>();

        /// <summary>Headers holding U+FFFD: the file was read with the wrong encoding.</summary>
        public IReadOnlyList<string> DamagedHeaders { get; private set; } = Array.Empty<string>();

        /// <summary>Headers in UTF-8 that arrived read as Windows-1252 ("TelÃ©fono"); they are read as written.</summary>
        public IReadOnlyList<string> MisreadHeaders { get; private set; } = Array.Empty<string>();

        /// <summary>
        /// The delimiter the input evidently uses when it arrived as one column whose name holds it
        /// ("Vorname;Nachname;E-Mail-Adresse" read with Import-Csv's default ','), else null.
        /// </summary>
        public char? SuspectedDelimiter { get; private set; }

        /// <summary>An override that cannot be applied (it names a column the input lacks), else null.</summary>
        public LiveDeskError? Error { get; private set; }

        /// <summary>
        /// True when some column or override fills a field a contact is made of, or holds the registered name of the party a row is
        /// (AFIP's invoices: "Denominación Receptor", the buyer's name or firm, and no other party column): such a row is created
        /// under that name. Not the inbox, an employer's company or a place alone.
        /// </summary>
        public bool FillsAnyContactField =>
            _overrides.Any(o => !o.Value.IsSkip && FillsContact(o.Key))
            || _sources.Any(s => FillsContact(s.Key) && s.Value.Count > 0)
            || ContactPersonIndex >= 0 || _nameFallbacks.Count > 0
            || (OverrideFor(ContactField.Company) == null && SourcesFor(ContactField.Company).Any(s => HeaderWords.Split(s.Header).Any(RegisteredNameWords.Contains)));

        // The registered name of the party a row is, a firm's or a person's who buys as one ("Denominación", "Razón social"):
        // unlike an employer's "Firma" or "Company", it names the row itself.
        private static readonly HashSet<string> RegisteredNameWords = new HashSet<string>(new[]
        {
            "denominazione", "denominacion", "denominacao", "razonsocial", "ragionesociale", "ragionsociale", "razaosocial", "raisonsociale",
        }, StringComparer.Ordinal);

        // Columns headed "Cep" alone: a Turkish mobile, or a Brazilian postal code whose shape each row's value tells.
        private int[] _pocketColumns = Array.Empty<int>();

        /// <summary>True for the column at <paramref name="index"/> headed "Cep" alone (decided once per header set).</summary>
        internal bool IsPocketColumn(int index) => Array.IndexOf(_pocketColumns, index) >= 0;

        private int[] _cepColumns = Array.Empty<int>();

        /// <summary>True for a lone "Cep" (a Brazilian postal code as often as a Turkish mobile), not a lone "Cel".</summary>
        internal bool IsCepColumn(int index) => Array.IndexOf(_cepColumns, index) >= 0;

        /// <summary>True for a phone column its header calls a mobile ("Celular", "Mobile", a lone "Cel"): ranked before a general phone.</summary>
        internal bool IsMobileColumn(int index) =>
            IsPocketColumn(index) || SourcesFor(ContactField.PhoneNumber).Any(s => s.Index == index && s.Rank < HeaderRecognizer.GeneralKind && s.Kind != ColumnKind.LabelledPhone);

        /// <summary>True for a field that makes a contact; the inbox, and the company and place, describe one but do not make it.</summary>
        internal static bool FillsContact(ContactField field) =>
            field is not (ContactField.InboxId or ContactField.Company or ContactField.City or ContactField.Country);

        /// <summary>The built-in columns that can fill <paramref name="field"/>, best first; empty when overridden.</summary>
        public IReadOnlyList<ColumnSource> SourcesFor(ContactField field) =>
            _sources.TryGetValue(field, out var list) ? list : (IReadOnlyList<ColumnSource>)Array.Empty<ColumnSource>();

        // The columns of a field, to add to: made when the field has none yet.
        private List<ColumnSource> EditableSources(ContactField field)
        {
            if (!_sources.TryGetValue(field, out var list)) _sources[field] = list = new List<ColumnSource>();
            return list;
        }

        /// <summary>The user's override for <paramref name="field"/>, or null.</summary>
        public ColumnOverride? OverrideFor(ContactField field) => _overrides.TryGetValue(field, out var o) ? o : null;

        /// <summary>For an override by column name: that column's index.</summary>
        internal int OverrideIndex(ContactField field) => _overrideIndex.TryGetValue(field, out var i) ? i : -1;

        /// <summary>True when <paramref name="names"/> are exactly this map's headers (so the map can be reused).</summary>
        public bool Fits(IReadOnlyList<string> names)
        {
            if (names.Count != Headers.Count) return false;
            for (var i = 0; i < names.Count; i++)
            {
                if (!string.Equals(names[i], Headers[i], StringComparison.Ordinal)) return false;
            }
            return true;
        }

        // A vCard property, perhaps with parameters: "TEL;CELL", "N;CHARSET=SHIFT_JIS", "X-DCM-TEL-ORIGINAL;CELL".
        private static readonly System.Text.RegularExpressions.Regex VCardProperty = new System.Text.RegularExpressions.Regex(
            @"^(?:[A-Z][A-Z0-9]*|X-[A-Z0-9-]+)(?:;[A-Z0-9-]+(?:=[A-Za-z0-9_.-]*)?)*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        // A column of a directory's own export (Active Directory, Exchange, Microsoft Graph, Microsoft 365).
        private static bool FromDirectory(KnownColumn k) => k.Source is "AD" or "Exchange" or "Graph" or "M365";

        // OpenID Connect's standard claims that no other export names its columns by (the underscores included).
        private static readonly HashSet<string> OidcClaims = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "preferred_username", "given_name", "family_name", "middle_name", "email_verified", "phone_number_verified", "zoneinfo",
        };

        /// <summary>Builds the map for a header set. Never throws for odd headers; see <see cref="Error"/>.</summary>
        public static ColumnMap Build(IReadOnlyList<string> headers, IReadOnlyDictionary<ContactField, ColumnOverride>? overrides = null)
        {
            var map = new ColumnMap(headers);
            var used = new bool[headers.Count];
            var unknown = new List<int>();
            var damaged = new List<string>();
            var labels = new Dictionary<string, int>(StringComparer.Ordinal);

            if (overrides != null)
            {
                foreach (var pair in overrides)
                {
                    map._overrides[pair.Key] = pair.Value;
                    if (pair.Value.ColumnName is string column)
                    {
                        var index = FindColumn(headers, column);
                        if (index < 0)
                        {
                            map.Error ??= new LiveDeskError(ErrorIds.InvalidInput, LiveDeskErrorKind.InvalidArgument,
                                $"-Map {pair.Key} = {ColumnNames.Quote(column)}: the input has no such column{Suggest(column, headers)}. Its columns: {List(headers)}.");
                            continue;
                        }
                        map._overrideIndex[pair.Key] = index;
                        used[index] = true;
                    }
                }
            }

            var recognized = new KnownColumn?[headers.Count];
            var nameParts = new List<int>();
            var elsewhere = new List<string>();
            var idNumbers = new List<int>();
            var unknownRoles = new List<(int Index, ContactField Field)>();
            string? organisation = null;
            var registry = false;
            var namespaceWord = NamespaceWord(headers, out var tiedParties);
            map._partyGroups.AddRange(tiedParties);
            map._namespaceWord = namespaceWord;
            for (var i = 0; i < headers.Count; i++)
            {
                var key = ColumnNames.Normalize(headers[i] ?? "");
                if (key.IndexOf(ColumnNames.ReplacementCharacter) >= 0) damaged.Add(headers[i]!);
                // The table first (its entries are exact, and say which columns it deliberately ignores), then the words.
                var known = Recognize(key);
                if (known == null && headers[i] != null)
                {
                    var meaning = HeaderRecognizer.Recognize(headers[i], namespaceWord);
                    if (MayBeGlossed(meaning) && Glossed(headers[i]) is var (glossKnown, glossMeaning))
                    {
                        known = glossKnown;
                        meaning = glossMeaning;
                    }
                    if (meaning.Elsewhere) elsewhere.Add(headers[i]);
                    if (meaning.Field is ContactField f) known = new KnownColumn(headers[i], f, meaning.Rank, meaning.Weak ? ColumnKind.Fallback : ColumnKind.Plain, "words");
                    if (meaning.NamePart) nameParts.Add(i);
                    if (meaning.Login && !used[i]) map._logins.Add(i);
                    if (meaning.QualifierOnly && !used[i]) map._qualifiers.Add(i);
                    if (meaning.IdNumber) idNumbers.Add(i);
                    if (meaning.PersonOfUnknownRole is ContactField person && !used[i]) unknownRoles.Add((i, person));
                    if (meaning.Organisation)
                    {
                        organisation ??= headers[i];
                        registry = true;
                    }
                }
                if (known?.Field == ContactField.Company && known.Kind != ColumnKind.Ignored) organisation ??= headers[i];
                recognized[i] = known;
                if (known == null)
                {
                    if (!used[i]) unknown.Add(i);
                    continue;
                }
                if (known.Kind == ColumnKind.PhoneLabel) labels[key.Replace("type", "label")] = i;
            }
            AnimalKeepers(headers, recognized, elsewhere, unknown, nameParts);
            PartnerAsParty(headers, recognized, elsewhere, unknown, nameParts);
            RelatedPersonColumns(headers, recognized, elsewhere, nameParts);
            ShipmentParties(headers, recognized, elsewhere, unknown, nameParts);
            UserQualifiedNameParts(headers, recognized, nameParts, map._logins);
            // Exchange's "Guid" is a directory object's id, ignored beside the directory's other columns (a re-run matches by
            // the user principal name and address every directory export has). Alone among another system's columns a bare
            // "guid" is that system's key of the record (Shoptet's customers: "email;billingFullName;guid"), as a bare Id is.
            // So is Exchange's "EmailAddresses" (its proxy addresses, "SMTP:...;smtp:..."): alone among another system's columns
            // (Clerk's users: "email_addresses" beside "first_name", "phone_numbers") it is the user's own addresses.
            for (var i = 0; i < headers.Count; i++)
            {
                if (recognized[i] is not { Kind: ColumnKind.Ignored, Source: "Exchange" } exchange) continue;
                var guid = exchange.Key == ColumnNames.Normalize("Guid");
                if (!guid && exchange.Key != ColumnNames.Normalize("EmailAddresses")) continue;
                // M365's admin-center names ("First name", "Last name") are everyone's; only another directory's column says
                // the file is a directory's (for the addresses).
                if (recognized.Any(k => k != null && k != exchange && (guid ? FromDirectory(k) : k.Source is "AD" or "Exchange" or "Graph"))) continue;
                recognized[i] = guid
                    ? new KnownColumn(headers[i], ContactField.Identifier, HeaderRecognizer.RecordKeyRank, ColumnKind.Plain, "words")
                    : HeaderRecognizer.Recognize(headers[i]!) is { Field: ContactField.Email } email
                        ? new KnownColumn(headers[i], ContactField.Email, email.Rank, ColumnKind.Plain, "words") : exchange;
            }
            // Active Directory's "sn" (the surname) beside another family name column, in a file with no other directory
            // column, is no surname: iHRIS's staff report numbers its rows "SN" (serial number) before "Given name", "Family name".
            for (var i = 0; i < headers.Count; i++)
            {
                if (recognized[i] is not { Source: "AD", Field: ContactField.LastName } sn) continue;
                if (!recognized.Any(k => k != null && k != sn && k.Field == ContactField.LastName && k.Source != "AD")) continue;
                if (recognized.Any(k => k != null && k != sn && FromDirectory(k))) continue;
                recognized[i] = null;
                if (!used[i]) unknown.Add(i);
            }
            // "fname" beside "lname" (WP Travel Engine's "Billing - Fname", "Billing - Lname"; FreePBX's contacts): the first and
            // the last name, as database columns cut them. Alone "fname" is as often the father's name (South Asian school
            // registers), and stays unread.
            // magriculture's farmers: "F_NAME" beside "S_NAME" (split "f", "name"; "sname" is the surname) are cut the same way.
            var headerWords = headers.Select(h => h == null ? new List<string>() : JoinLetterName(HeaderWords.Split(h))).ToList();
            if (headerWords.Any(w => w.Contains("lname") || w.Contains("sname")))
            {
                for (var i = 0; i < headers.Count; i++)
                {
                    if (recognized[i] != null || !headerWords[i].Contains("fname")) continue;
                    var meaning = HeaderRecognizer.Recognize(string.Join(" ", headerWords[i].Select(w => w == "fname" ? "firstname" : w)));
                    if (meaning.Field != ContactField.FirstName) continue;
                    recognized[i] = new KnownColumn(headers[i]!, ContactField.FirstName, meaning.Rank, ColumnKind.Plain, "words");
                    unknown.Remove(i);
                }
            }
            // OpenID Connect's standard claims as column names (Authgear's user export: "sub", "preferred_username", "email",
            // "phone_number", "given_name", "email_verified"): "sub" is the subject, the user's id at the identity provider, the
            // record's key. Alone "sub" says nothing (a subject, a subscription, a substitute).
            var claims = headers.Count(h => h != null && OidcClaims.Contains(h.Trim()));
            for (var i = 0; i < headers.Count && claims >= 2; i++)
            {
                if (recognized[i] != null || headers[i] == null || !string.Equals(headers[i]!.Trim(), "sub", System.StringComparison.OrdinalIgnoreCase)) continue;
                recognized[i] = new KnownColumn(headers[i]!, ContactField.Identifier, HeaderRecognizer.RecordKeyRank, ColumnKind.Plain, "words");
                unknown.Remove(i);
            }
            // A vCard's properties as column names (a docomo phone book through a vCard-to-CSV converter: "N", "N;CHARSET=SHIFT_JIS",
            // "TEL;CELL", "EMAIL;PREF"): FN is the formatted name, N the name (whichever of its columns is filled: one per charset),
            // ORG the organisation. Only in a file that writes its properties so, with parameters after a semicolon.
            if (headers.Count(h => h != null && VCardProperty.IsMatch(h) && h.IndexOf(';') > 0) >= 2)
            {
                for (var i = 0; i < headers.Count; i++)
                {
                    if (recognized[i] != null || headers[i] is not string h || !VCardProperty.IsMatch(h)) continue;
                    var property = h.Split(';')[0];
                    var field = property switch { "FN" => ContactField.Name, "N" => ContactField.Name, "ORG" => ContactField.Company, _ => (ContactField?)null };
                    if (field == null) continue;
                    recognized[i] = new KnownColumn(h, field, property == "N" ? 20 : 10, ColumnKind.Plain, "words");
                    unknown.Remove(i);
                }
            }
            // "Nom" next to "Prénom" is the last name; "Nombre" next to "Apellidos", "Nome" next to "Cognome" the first.
            bool Fills(ContactField f) => recognized.Any(k => k?.Field == f && k.Kind != ColumnKind.Ignored);
            bool OnlySecondSurnames() => Enumerable.Range(0, headers.Count).Where(i => recognized[i]?.Field == ContactField.LastName && recognized[i]!.Kind != ColumnKind.Ignored)
                .All(i => HeaderWords.Split(headers[i] ?? "").Contains("materno"));
            PersonsOfUnknownRole(headers, recognized, unknownRoles, unknown);
            JapaneseFamilyAndGivenName(headers, recognized);
            CyrillicSurname(headers, recognized, unknown, nameParts);
            RollAfterOwnNumber(headers, recognized);
            AfrikaansSurname(headers, recognized, unknown);
            // FoodIT's beneficiaries: "Nom", "Prénom", then "Famille", "Familles" (how many the household counts). "Famille" alone,
            // beside a plain name and a given name or another family-name column, is the household, not the family name ("Nom de
            // famille" still is).
            bool LoneFamily(int i) => recognized[i]?.Field == ContactField.LastName && HeaderWords.Split(headers[i] ?? "") is { Count: 1 } lone
                && lone[0].StartsWith("famil", System.StringComparison.Ordinal);
            var households = Enumerable.Range(0, headers.Count).Where(LoneFamily).ToList();
            if (households.Count > 0 && ((nameParts.Count == 1 && Fills(ContactField.FirstName))
                || Enumerable.Range(0, headers.Count).Any(i => recognized[i]?.Field == ContactField.LastName && !households.Contains(i))))
            {
                foreach (var i in households)
                {
                    recognized[i] = null;
                    if (!unknown.Contains(i)) unknown.Add(i);
                }
            }
            if (nameParts.Count == 1)
            {
                var i = nameParts[0];
                // Beside a given name and only a second family name (Congo's "Nom", "Post-Nom", "Prénom"; "Nombre", "Nom",
                // "Apellido materno"), the plain name is the first family name: the second follows it.
                var part = Fills(ContactField.FirstName) && (!Fills(ContactField.LastName) || OnlySecondSurnames()) ? ContactField.LastName
                    : Fills(ContactField.LastName) && !Fills(ContactField.FirstName) ? ContactField.FirstName : (ContactField?)null;
                if (part is ContactField p) recognized[i] = new KnownColumn(headers[i], p, 0, ColumnKind.Plain, "words");
            }
            // A form builder's name field split in two ("Name" and "Last", Formidable Forms): beside a family-name column and
            // no given-name column, the one plain name column is the given name. A full name there still wins per row: a
            // part that holds the other part is the whole name (RowReader).
            else if (nameParts.Count == 0 && Fills(ContactField.LastName) && !Fills(ContactField.FirstName))
            {
                // Not a name that says whose it is beside a family name that does not ("Nama Pasien", the patient's name, beside SIMRS
                // Khanza's "Keluarga", the relation of the family member answering for them): the owner's whole name. "顧客名" beside
                // "顧客姓" (the customer's given and family name) still pair.
                List<string> Owners(int i) => HeaderWords.Split(headers[i] ?? "").Where(w => HeaderVocabulary.Of(w) == HeaderWord.IdOwner).ToList();
                var lastOwners = Enumerable.Range(0, headers.Count).Where(i => recognized[i]?.Field == ContactField.LastName).SelectMany(Owners).ToList();
                var plain = Enumerable.Range(0, headers.Count).Where(i => recognized[i]?.Field == ContactField.Name && HeaderRecognizer.Recognize(headers[i] ?? "").Rank == HeaderRecognizer.PlainNameRank
                    && Owners(i).All(lastOwners.Contains)).ToList();
                if (plain.Count == 1 && recognized.Count(k => k?.Field == ContactField.Name) == 1)
                {
                    recognized[plain[0]] = new KnownColumn(headers[plain[0]], ContactField.FirstName, 0, ColumnKind.Plain, "words");
                }
            }

            for (var i = 0; i < headers.Count; i++)
            {
                var known = recognized[i];
                if (known?.Field is not ContactField field || known.Kind == ColumnKind.Ignored) continue;
                if (map._overrides.ContainsKey(field)) continue;
                var labelIndex = -1;
                if (known.Kind == ColumnKind.LabelledPhone && labels.TryGetValue(known.Key.Replace("value", "label"), out var li)) labelIndex = li;
                map.EditableSources(field).Add(new ColumnSource(i, headers[i], known.Rank, known.Kind, labelIndex, known.Source == "words"));
            }
            map.AboutSomeoneElse = elsewhere;
            // A file whose rows have given and family names, and neither a name of their own nor a registry number, is about
            // persons, whatever organisation column it has (iTop's persons with "Naam organisatie"): its ID number is the
            // person's. A VAT number or a record name beside them makes the rows organisations with a contact person
            // (Invoice Ninja's clients: "Name", "ID Number", "First Name", "Last Name").
            var persons = !registry && !map._sources.ContainsKey(ContactField.Name)
                && (map._sources.ContainsKey(ContactField.FirstName) || map._sources.ContainsKey(ContactField.LastName));
            if (organisation != null && !persons) map.SetAsideIdNumbers(idNumbers, organisation);
            foreach (var list in map._sources.Values) list.Sort(SourceOrder);
            map.DropUsersBesideParty();
            map.SetAsideOrganisationContacts();
            map.SetAsideAlternatePerson();
            map.FindSecondPersons();
            map.SetAsideDocumentNumbers();
            map.KeepOwnKeys();
            map.KeepOwnNameParts();
            map.DropStateCountries();
            map.SetAsideHousehold();
            map.SetAsideFormMetadata();
            map.SetAsideDriversBesideParty();
            map.SetAsideThingsImage();

            map.Unrecognized = unknown.Select(i => headers[i]).ToArray();
            map.OtherNamesAsMiddle();
            map.ChildIsTheRow();
            map.ChildsContactsBesideGuardians();
            map.GuardianIsTheRow();
            map.GuardianKeyAlone();
            map.GuardianOfNumberedChildren();
            map.CreatorIsTheRow();
            map.OneRoleIsTheRow();
            map.ShippingPartyAlone();
            map.FindRecipientColumns();
            map.DamagedHeaders = damaged;
            map.MisreadHeaders = headers.Where(h => h != null && Misdecoded.Repair(h) != null).ToArray();
            if (headers.Count == 1 && map._sources.Count == 0)
            {
                foreach (var d in new[] { ';', '\t', ',', '|' })
                {
                    if (headers[0].IndexOf(d) >= 0)
                    {
                        map.SuspectedDelimiter = d;
                        break;
                    }
                }
            }
            // A whole delimited header line is no near-miss of anything it happens to contain.
            if (map.SuspectedDelimiter == null)
            {
                map.NearMisses = unknown.Select(i => NearMissFor(headers[i])).Where(n => n != null).Select(n => n!).OrderBy(n => n.Score).ToArray();
            }
            map.FindRowColumns();
            map.FindAreaCodes();
            map.PairAreaCodes();
            map.FindNameChain();
            map.FindAccountCompanies();
            map.ReleaseBuyerBesideAttendee();
            map.ReleaseOtherPartysName();
            map.ReleaseOtherPartysContacts();
            map.ReleaseSecondEntity();
            map.SetAsideMarkedPersons();
            map.ReleaseOtherSlotsContacts();
            map.UseInitialsAsGivenNames();
            map.RefuseValuesAsNames();
            map._pocketColumns = Enumerable.Range(0, headers.Count).Where(i => headers[i] is string h && HeaderRecognizer.IsPocketAlone(h)).ToArray();
            map._cepColumns = map._pocketColumns.Where(i => HeaderWords.Split(headers[i]!).Contains("cep")).ToArray();
            return map;
        }

        private static KnownColumn? Recognize(string key)
        {
            if (KnownColumns.ByKey.TryGetValue(key, out var known)) return known;
            if (key.IndexOf(ColumnNames.ReplacementCharacter) < 0) return null;
            // A header damaged by the wrong encoding ("Telefon gesch�ftlich") still matches, if exactly one known name fits.
            KnownColumn? found = null;
            foreach (var candidate in KnownColumns.ByKey.Values)
            {
                if (!ColumnNames.MatchesDamaged(key, candidate.Key)) continue;
                if (found != null && (found.Field != candidate.Field || found.Kind != candidate.Kind)) return null;
                found = candidate;
            }
            return found;
        }

        private static int FindColumn(IReadOnlyList<string> headers, string column)
        {
            for (var i = 0; i < headers.Count; i++) if (string.Equals(headers[i], column, StringComparison.Ordinal)) return i;
            for (var i = 0; i < headers.Count; i++) if (string.Equals(headers[i], column, StringComparison.OrdinalIgnoreCase)) return i;
            var key = ColumnNames.Normalize(column);
            for (var i = 0; i < headers.Count; i++) if (ColumnNames.Normalize(headers[i]) == key) return i;
            return -1;
        }

        /// <summary>One line per filled field, for -Verbose and the preview: "Email from 'E-mail Address', then 'E-mail 2 Address'".</summary>
        public string Describe()
        {
            var parts = new List<string>();
            foreach (var field in Enum.GetValues(typeof(ContactField)).Cast<ContactField>())
            {
                if (OverrideFor(field) is ColumnOverride o) parts.Add($"{field} from {o.Description}");
                else if (SourcesFor(field) is var s && s.Count > 0) parts.Add($"{field} from " + string.Join(", then ", s.Select(c => $"'{c.Header}'")));
            }
            parts.AddRange(DescribeRowColumns());
            parts.AddRange(DescribeAreaCodes());
            parts.AddRange(DescribeNameChain());
            parts.AddRange(DescribeFallbacks());
            parts.AddRange(DescribeCompanies());
            if (_byValues.Count + _loginsAsNames.Count + _qualifiersByValues.Count > 0) parts.Add("by their values: " + string.Join("; ", _byValues.Select(f => f.Line).Concat(_loginsAsNames).Concat(_qualifiersByValues)));
            if (_childNames.Count > 0) parts.Add("a child's name as the row's: " + string.Join(", ", _childNames.Select(ColumnNames.Quote)) + " (no column names the row's own person)");
            if (_listedGuardianNames.Count > 0) parts.Add("the guardian's name as the row's: " + string.Join(", ", _listedGuardianNames.Select(ColumnNames.Quote)) + " (beside the numbered pupils or children the row lists; the row's phone and e-mail reach the guardian)");
            if (_roleNames.Count > 0) parts.Add("one role's person as the row's: " + string.Join(", ", _roleNames.Select(ColumnNames.Quote)) + " (the only people the file names, beside the row's own phone or e-mail)");
            if (_guardianNames.Count > 0) parts.Add("a parent's name as the row's: " + string.Join(", ", _guardianNames.Select(ColumnNames.Quote)) + " (no column names the row's own person or a child; the row's phone and e-mail reach the parent)");
            if (_setAside.Count > 0) parts.Add("set aside: " + string.Join("; ", _setAside));
            if (Unrecognized.Count > 0) parts.Add("not used: " + List(Unrecognized));
            return string.Join("; ", parts);
        }

        /// <summary>The advice for text damaged by reading a file with the wrong encoding.</summary>
        internal static string EncodingAdvice(string what) =>
            $"{what} contain '\uFFFD' (U+FFFD), the mark of a file read with the wrong encoding: read it with Import-Csv -Encoding "
            + "(a file saved by Excel as 'CSV' in Western Europe is Windows-1252: -Encoding Default in Windows PowerShell, -Encoding Ansi or 1252 in PowerShell 7).";

        private static string List(IReadOnlyList<string> names)
        {
            if (names.Count == 0) return "(none)";
            var shown = string.Join(", ", names.Take(MaxListed).Select(n => $"'{Shorten(n)}'"));
            return names.Count > MaxListed ? $"{shown} and {names.Count - MaxListed} more" : shown;
        }

        private static string Shorten(string s) => ColumnNames.Shorten(s, 80);

        private static string Name(char d) => d switch { ';' => "semicolon", '\t' => "tab", ',' => "comma", _ => $"'{d}'" };
    }
}
