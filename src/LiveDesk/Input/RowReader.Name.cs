using System;
using System.Linq;

namespace LiveDesk.Input
{
    // Reading the name of one row, in this order: the organisation's contact person (the record's own name then fills
    // Company), the name columns, the name composed of its parts, and last the columns naming the same person elsewhere
    // ("Card Name", "external_name").
    internal sealed partial class RowReader
    {
        private sealed partial class Context
        {
            private string? _organisation;
            private string? _organisationSource;

            private string? ReadName()
            {
                if (_map.OverrideFor(ContactField.Name) != null) return Text(ContactField.Name, many: false);
                var person = ContactPerson();
                if (_error != null) return null;
                var name = Text(ContactField.Name, many: false, out var nameSource);
                if (_error != null) return null;
                if (person != null)
                {
                    // A customer or company record: its Name is the organisation, the person column the one to talk to.
                    if (name != null && !string.Equals(name, person, StringComparison.OrdinalIgnoreCase))
                    {
                        _organisation = name;
                        _organisationSource = _sources[ContactField.Name];
                    }
                    _sources[ContactField.Name] = $"'{_map.Headers[_map.ContactPersonIndex]}'";
                    return person;
                }
                var first = Text(ContactField.FirstName, many: false, out var firstSource);
                var middle = Text(ContactField.MiddleName, many: false, out var middleSource);
                var last = Text(ContactField.LastName, many: false, out var lastSource);
                if (_error != null) return null;
                // RH.pro's Algerian staff: "Nom", "Prénom" in French and "الاسم", "اللقب" in Arabic. Parts taken from two scripts
                // ("Karim بن علي") make a name nobody writes: the other column of one part, in the other part's script, is used,
                // the Latin one first.
                if (first != null && last != null && PersonName.IsLatin(first) != PersonName.IsLatin(last) && _map.OverrideFor(ContactField.FirstName) == null
                    && _map.OverrideFor(ContactField.LastName) == null)
                {
                    var latinFirst = PersonName.IsLatin(first);
                    if (SameScriptPart(latinFirst ? ContactField.LastName : ContactField.FirstName, latinFirst ? lastSource : firstSource, latin: true) is { } latinPart)
                    {
                        if (latinFirst) (last, lastSource) = (latinPart.Text, latinPart.Source);
                        else (first, firstSource) = (latinPart.Text, latinPart.Source);
                    }
                    else if (SameScriptPart(latinFirst ? ContactField.FirstName : ContactField.LastName, latinFirst ? firstSource : lastSource, latin: false) is { } otherPart)
                    {
                        if (latinFirst) (first, firstSource) = (otherPart.Text, otherPart.Source);
                        else (last, lastSource) = (otherPart.Text, otherPart.Source);
                    }
                    if (_error != null) return null;
                }
                // Thunderbird's Ukrainian export labels the display name and the messenger's screen name alike ("Ім'я для показу"):
                // the second, read as a second name part, put "andriy_bond" inside the name. A middle name is letters.
                if (middle != null && middle.Any(c => char.IsDigit(c) || c is '_' or '@')) middle = null;
                if (middle == null && _map.NameChain.Count > 0) middle = NameChain();
                // No family name: the chain follows a given name written alone ("Abebe" "Kebede" "Tesfaye" is Abebe Kebede Tesfaye).
                if (_map.NameChain.Count > 0 && first == null && last == null && middle != null && name != null && name.Trim().IndexOf(' ') < 0)
                {
                    name = name.Trim() + " " + middle;
                    middle = null;
                }
                last = BothSurnames(last);
                // Get-ADUser's Name is the CN, often "Müller, Jürgen"; when it is just the row's Surname, GivenName
                // reversed, the composed "Jürgen Müller" is what people expect (DisplayName, when present, wins anyway).
                var reversed = name != null && nameSource?.Rank >= HeaderRecognizer.PlainNameRank && first != null && last != null
                    && Squash(name) == Squash(last + "," + first);
                // "Vorname" beside a bare "Name" (German and Dutch exports, DATEV's "Name (Adressattyp natürl. Person)"): where
                // Name holds one word that is not the given name, it is the family name, and the two compose the name. So is a
                // family name with its particles (Badminton Vlaanderen's "Naam" "De Smet" beside "Voornaam" "Wout").
                // A name particle between them ("von", DATEV's "Namensvorsatz") goes with the family name all the same.
                // With a second given name too ("Vorname", "Vorname 2", "Name"): the bare Name is still the family name, not the
                // whole name (ChurchTools' member lists lost every given name).
                if (name != null && nameSource?.Rank >= HeaderRecognizer.PlainNameRank && first != null && last == null
                    && (middle == null || PersonName.IsParticles(middle) || middle.IndexOfAny(NameSeparators) < 0)
                    && (name.IndexOfAny(NameSeparators) < 0 || PersonName.IsParticledFamilyName(name))
                    && !string.Equals(name, first, StringComparison.OrdinalIgnoreCase)
                    && !PersonName.Holds(name, first) && !PersonName.Holds(first, name))
                {
                    last = name;
                    lastSource = nameSource;
                    name = null;
                }
                // The name parts only serve Name: Sources lists the fields a contact has.
                _sources.Remove(ContactField.FirstName);
                _sources.Remove(ContactField.MiddleName);
                _sources.Remove(ContactField.LastName);
                // "Camille Dubois (@camille_d)", "Lena Hoffmann (@lena@mastodon.social)": Mobilizon and other fediverse tools write
                // the account's handle after the display name. The handle is no part of the name (said once per column).
                if (name != null && nameSource != null && PersonName.WithoutHandle(name) is string bare)
                {
                    _reader.Warnings.Add("handle:" + nameSource.Header,
                        $"Column '{nameSource.Header}' writes an account handle after the name ('{name}'); names are stored without it ('{bare}').");
                    name = bare;
                }
                if (name != null && nameSource != null && PersonName.WithoutBracketedNumber(name) is string unnumbered)
                {
                    _reader.Warnings.Add("bracketed-number:" + nameSource.Header,
                        $"Column '{nameSource.Header}' writes a number in brackets after the name ('{name}'); names are stored without it ('{unnumbered}').");
                    name = unnumbered;
                }
                // Bigcapital, Xero and other accounting tools show a business customer by its company: a display name that is the
                // row's company, beside the person's own name parts, is the company's name, not the person's.
                if (name != null && (first != null || last != null) && IsRowCompany(name)) name = null;
                // ScoutsTracker's "Display Name" is "Liam T" beside "First Name" Liam and "Last Name" Tremblay (a youth member's
                // name shortened for privacy): a display name that cuts the family name to its initial is the short form of
                // the name the parts hold, which compose it whole.
                if (name != null && first != null && last != null && InitialledFamilyName(name, first, last)) name = null;
                // Xero's ContactName, Invoice Ninja's client name: a customer record named by its organisation ("Harbour Cafe
                // Ltd"), with the person to talk to in the given- and family-name columns. A legal form in the name, holding
                // neither part, says it is the organisation: the parts are the name, the organisation the company.
                if (name != null && first != null && last != null && nameSource != null && LegalForms.IsLegalEntity(name)
                    && !PersonName.Holds(name, first) && !PersonName.Holds(name, last))
                {
                    _organisation = name;
                    _organisationSource = $"'{nameSource.Header}'";
                    name = null;
                }
                // Booking.com's "Nome ospite(i)", "Guest name(s)": a header that says its names may be several lists the guests of
                // a booking ("Marco Bianchi, Sara Conti"); the first is the one who booked. Read as "Family, Given", the two
                // names were stored as one ("Sara Conti Marco Bianchi"). A semicolon between whole names lists them whatever the
                // header (a condominium's "residents": "Ricardo Souza; Patrícia Souza"): no one's name holds one.
                if (name != null && nameSource != null && (PersonName.ListsNames(nameSource.Header) || name.IndexOf(';') >= 0)
                    && PersonName.FirstOfList(name) is string listed)
                {
                    _reader.Warnings.Add("names:" + nameSource.Header,
                        $"Column '{nameSource.Header}' holds several names in some rows (such as '{name}'); the first is used ('{listed}').");
                    return listed;
                }
                // Swiss Post's address check: "Vorname", "Nachname", and its own "Name" holding the family name again; WordPress's
                // "display_name" left as the first name ("Joseph") or the login ("fathimarahman") beside "first_name", "last_name":
                // a name that is one of the row's parts, or both run together, says less than the parts, which compose it.
                if (name != null && first != null && last != null
                    && (string.Equals(name.Trim(), last.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(name.Trim(), first.Trim(), StringComparison.OrdinalIgnoreCase)
                        || (name.Trim().IndexOf(' ') < 0 && Squash(name) == Squash(first + last))))
                {
                    name = null;
                }
                // CiviCRM's "Display Name" ("Mrs. Helen Barker", "Ms. Siobhán Walsh") beside "First Name", "Middle Name" and "Last
                // Name": a name that is the row's parts with a title before them, or without the middle name the row has, says no
                // more than the parts, which compose it with the middle name and without the title.
                // So does one written "Family, Given" (PracticePanther's "Thompson, Alicia" beside "Alicia", "Marie", "Thompson").
                if (name != null && first != null && last != null && (PersonName.WithoutTitles(name) ?? (middle != null ? name : null)) is string plain
                    && (PersonName.GivenFirst(plain) ?? plain) is var unreversed
                    && (SameWords(unreversed, first + " " + last) || (middle != null && SameWords(unreversed, first + " " + middle + " " + last))))
                {
                    name = null;
                }
                // XiVO's and Wazo's phone books: "displayname" Dupont Jean beside "firstname" Jean and "lastname" Dupont, the
                // directory's sort order. A name that is the row's own parts, family name first, says no more than the parts,
                // which compose it as every other name is composed (CJK names keep the order their script writes).
                if (name != null && first != null && last != null && !PersonName.IsCjkName(name)
                    && (SameWords(name, last + " " + first) || (middle != null && SameWords(name, last + " " + first + " " + middle))))
                {
                    name = null;
                }
                // MotoPress Hotel Booking's "Full Guest Name" beside the booking customer's "First Name", "Last Name", "Email", "Phone":
                // mostly the customer is the guest, but a customer who booked two pitches names another guest on the second
                // ("Lena Müller" beside Thomas Müller, his e-mail and phone). A name qualified by whose it is that does not hold the
                // row's own given name is someone else's on that row: the row's own parts, which its e-mail and phone go with, name it.
                // Asked per row: the name that holds the given name (nearly every row) decides before the header's words are split.
                if (name != null && first != null && last != null && nameSource != null && !PersonName.Holds(name, first)
                    && !LegalForms.IsLegalEntity(name) && ColumnMap.NamesSomeoneQualified(nameSource.Header))
                {
                    name = null;
                }
                if (name != null && !reversed)
                {
                    // A column whose first values write the family name first ("MARTIN Julien", "Смирнова Елена Викторовна"): stored
                    // given name first, as parts are composed (said once per column).
                    // Undecided, a full name with its patronymic last says so by itself.
                    if (nameSource != null && _map.SourcesFor(ContactField.Name).Count > 0 && _map.SourcesFor(ContactField.Name)[0].Index == nameSource.Index
                        && (_map.NameOrder == NameOrder.AsWritten ? PersonName.PatronymicLast(name) : PersonName.GivenFirst(name, _map.NameOrder)) is string given)
                    {
                        _reader.Warnings.Add("givenfirst:" + nameSource.Header,
                            $"Column '{nameSource.Header}' writes names family name first ('{name}'); they are stored given name first ('{given}').");
                        return given;
                    }
                    // "Romero, Elena" in the one name column: the contact is Elena Romero (said once per column).
                    if (nameSource != null && PersonName.GivenFirst(name) is string natural)
                    {
                        _reader.Warnings.Add("givenfirst:" + nameSource.Header,
                            $"Column '{nameSource.Header}' writes names family name first ('{name}'); they are stored given name first ('{natural}').");
                        return natural;
                    }
                    if (nameSource != null && PersonName.FamilyFirstWithoutComma(name) is string written)
                    {
                        _reader.Warnings.Add("givenfirst:" + nameSource.Header,
                            $"Column '{nameSource.Header}' writes names with a comma after the family name ('{name}'); they are stored family name first without it ('{written}').");
                        return written;
                    }
                    return name;
                }
                var parts = new[] { first, middle, last }.Where(p => p != null).ToArray();
                // Shiprocket's order upload fills "*Customer First Name" with "Customer" for a buyer who gave none: a lone part
                // that only repeats its own column's word names no one, and the row keeps its phone.
                if (parts.Length == 1 && (first != null ? firstSource : middle != null ? middleSource : lastSource) is { } lone
                    && ValueShapes.RepeatsHeader(parts[0]!, lone.Header)) parts = Array.Empty<string?>();
                if (parts.Length == 0) return name ?? FallbackName();
                // A part column whose value holds the other part is the full name ("Nome" read as the last name beside
                // "Primeiro nome"): the full name alone, never the parts composed with it.
                if (first != null && last != null && (PersonName.Holds(last, first) || PersonName.Holds(first, last)))
                {
                    var whole = PersonName.Holds(last, first) ? (last, lastSource) : (first, firstSource);
                    _sources[ContactField.Name] = $"'{whole.Item2!.Header}'";
                    return whole.Item1;
                }
                _sources[ContactField.Name] = string.Join(" + ", new[] { firstSource, middleSource, lastSource }.Where(s => s != null).Select(s => $"'{s!.Header}'"));
                // OSPOS's "Walk-in" + "Customer": a buyer for sales to anyone split over the parts (Fill refuses the row).
                if (_genericBuyer == null && string.Join(" ", new[] { first, last }.Where(p => p != null)) is var joined && ValueShapes.IsGenericBuyer(joined))
                {
                    _genericBuyer = joined;
                }
                return PersonName.Compose(first, middle, last,
                    firstSource?.FamilyFirst == true || lastSource?.FamilyFirst == true);
            }

            // The father's and the grandfather's names of a four-part name, those the row has, in that order.
            private string? NameChain()
            {
                var links = _map.NameChain.Select(i => CellValue.Read(_row.GetValue(i), splitList: false).Text?.Trim())
                    .Where(t => !string.IsNullOrEmpty(t)).ToList();
                return links.Count == 0 ? null : string.Join(" ", links);
            }

            private static bool InitialledFamilyName(string name, string first, string last)
            {
                var shown = name.Trim().TrimEnd('.');
                var at = shown.LastIndexOf(' ');
                if (at <= 0 || shown.Length - at - 1 != 1) return false;
                var initial = shown[shown.Length - 1];
                var family = last.Trim();
                return char.IsLetter(initial) && family.Length > 1 && char.ToUpperInvariant(family[0]) == char.ToUpperInvariant(initial)
                    && string.Equals(shown.Substring(0, at).Trim(), first.Trim(), StringComparison.OrdinalIgnoreCase);
            }

            private bool IsRowCompany(string name)
            {
                foreach (var source in _map.SourcesFor(ContactField.Company))
                {
                    var text = CellValue.Read(_row.GetValue(source.Index), splitList: false).Text;
                    if (text != null && string.Equals(text.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)) return true;
                }
                return false;
            }

            private static readonly char[] NameSeparators = { ' ', ',', '\u00A0', '\u3000' };

            private static bool SameWords(string a, string b) =>
                string.Equals(string.Join(" ", a.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries)),
                    string.Join(" ", b.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase);

            private static string Squash(string s) => new string(s.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();

            // Another column of a name part, not the one used, whose value in this row is (or is not) in Latin script.
            private (string Text, ColumnSource Source)? SameScriptPart(ContactField field, ColumnSource? used, bool latin)
            {
                foreach (var source in _map.SourcesFor(field))
                {
                    if (used != null && source.Index == used.Index) continue;
                    var text = Value(field, source, many: false);
                    if (_error != null) return null;
                    if (text != null && PersonName.IsLatin(text) == latin) return (text, source);
                }
                return null;
            }

            // The person column's value, unless it is an address or a number: "Kontakt" holds either in some exports.
            private string? ContactPerson()
            {
                var index = _map.ContactPersonIndex;
                if (index < 0) return null;
                var header = $"'{_map.Headers[index]}'";
                var text = Accept(ContactField.Name, CellValue.Read(_row.GetValue(index), splitList: false), header, many: false);
                // OfficeRnD's members: "Contact Person" is a flag (is this member the company's contact person?): yes or no names no one.
                if (text == null || text.IndexOf('@') >= 0 || ColumnMap.LooksLikePhone(text) || ValueShapes.IsYesNo(text)) return null;
                return text;
            }

            // The name came from a holder's or nickname column (FallbackName).
            private bool _nameFallback;

            // The name of the same person held elsewhere, when every name column of the row is empty.
            private string? FallbackName()
            {
                foreach (var source in _map.NameFallbacks)
                {
                    var text = _map.IsMetadataName(source.Index)
                        ? ColumnMap.MetadataName(CellValue.Read(_row.GetValue(source.Index), splitList: false))
                        : Value(ContactField.Name, source, many: false);
                    if (_error != null) return null;
                    // The last resort names nobody either with an address, a date or digits (openSUSE's "email_nick", the
                    // address made of the nick, was stored as the name).
                    if (text == null || NotAName(ContactField.Name, text)) continue;
                    _sources[ContactField.Name] = $"'{source.Header}'";
                    _nameFallback = true;
                    return text;
                }
                return null;
            }

            // Spanish and Latin American records keep two surnames in two columns (ColumnMap.Surnames): the name has both,
            // the first (paternal) one first.
            private string? BothSurnames(string? last)
            {
                if (_map.Surnames is not { } surnames) return last;
                var one = Value(ContactField.LastName, surnames.First, many: false);
                var two = Value(ContactField.LastName, surnames.Second, many: false);
                if (one == null || two == null || PersonName.Holds(one, two)) return one ?? two ?? last;
                return one + " " + two;
            }

            // The record's own name when a contact person named the contact and no company column has a value (-Map
            // Company, even $null, is the user's choice).
            private string? Organisation()
            {
                if (_organisation == null || _error != null || _map.OverrideFor(ContactField.Company) != null) return null;
                _sources[ContactField.Company] = _organisationSource!;
                return _organisation;
            }
        }
    }
}
