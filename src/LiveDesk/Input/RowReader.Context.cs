using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LiveDesk.Errors;
using LiveDesk.Models;

namespace LiveDesk.Input
{
    // Reading the fields of one row; choosing the columns for a header set is in RowReader.cs.
    internal sealed partial class RowReader
    {
        /// <summary>The state of reading one row.</summary>
        private sealed partial class Context
        {
            private readonly RowReader _reader;
            private readonly InputRow _row;
            private readonly ColumnMap _map;
            private readonly Dictionary<ContactField, string> _sources;
            private LiveDeskError? _error;
            private bool _countryRead;
            private string? _country;

            public Context(RowReader reader, InputRow row, ColumnMap map, Dictionary<ContactField, string> sources)
            {
                _reader = reader;
                _row = row;
                _map = map;
                _sources = sources;
            }

            public LiveDeskError? Fill(ContactFields fields)
            {
                fields.Name = ReadName();
                fields.Email = ReadEmail() ?? (_error == null ? ReadTypedEmail() : null);
                // Cybozu mailwise's recipients: "髙木 さくら <sakura.takagi@example.jp>" in the address column and no name. The name a
                // mail program shows with the address is the person's, when no column gives one.
                if (fields.Name == null && fields.Email != null && _emailDisplayName is string shown) fields.Name = shown;
                // A child's row whose own "Email" is the parent's address, given again in the parent's column: the parent's, not the
                // child's (the child stays a contact of its own, by name; the address goes with the parent).
                if (fields.Email is string own && _map.GuardianColumns.Where(i => string.Equals(CellValue.Read(_row.GetValue(i), splitList: false).Text?.Trim(), own, StringComparison.OrdinalIgnoreCase))
                    .Select(i => (int?)i).FirstOrDefault() is int g)
                {
                    _reader.Warnings.Add("guardian-email:" + _map.Headers[g],
                        $"Some rows give their guardian's address (column '{_map.Headers[g]}') as their own e-mail; it is left out of those rows.");
                    fields.Email = null;
                }
                fields.PhoneNumber = ReadPhone() ?? (_error == null ? ShippedToSelf(fields.Name) : null);
                if (_error == null && (fields.Email == null || fields.PhoneNumber == null)) OwnGuardian(fields);
                if (_error == null) BuyersContactsElsewhere(fields);
                fields.Identifier = ReadIdentifier();
                fields.AvatarUrl = ReadAvatar();
                var named = Text(ContactField.Company, many: false);
                // HVAC Biz Pro's customer template heads with "Company": the firm's own account number (5512) on every row. Digits
                // alone name no firm.
                if (named != null && named.All(c => char.IsDigit(c) || char.IsWhiteSpace(c) || c is '-' or '.' or '/')) named = null;
                fields.Company = named ?? Organisation() ?? CompanyFromColumns(fields.Name);
                fields.Name ??= OrganisationAsName(named ?? (_partyNamedCompany ? fields.Company : null));
                // DigitaleFactuur's customer "Sanne van den Berg" whose bank account holder is "S. van den Berg": the holder's
                // name with initials is the record's own name written short; the record's is the one people use.
                if (_nameFallback && named != null && fields.Name != null && PersonName.Abbreviates(fields.Name, named))
                {
                    fields.Name = named;
                    _sources[ContactField.Name] = _sources[ContactField.Company];
                }
                fields.Name = SingleSpaced(fields.Name);
                // The till's account named in the company column ("Razón social": Alegra's "PUBLICO EN GENERAL", Contasis's
                // "CLIENTES VARIOS") names no one either, when it is what the row would be called.
                if (_genericBuyer == null && fields.Name is string called && ValueShapes.IsGenericBuyer(called)) _genericBuyer = called.Trim();
                fields.City = Text(ContactField.City, many: false);
                fields.Country = CountryText();
                fields.InboxId = ReadInbox();
                // A till's or a ledger's buyer for sales to anyone ("Walk-in Customer", "現金売上", BitFaktura's "Hotovostný predaj")
                // is a record of the source system, with a code of its own, but no one to contact: every walk-in sale would
                // match it. The row is refused, saying why.
                if (_error == null && _genericBuyer is string buyer)
                {
                    _error = Invalid(ErrorIds.InvalidInput, $"The row names no one in particular ('{buyer}', the source system's buyer for sales to anyone); it is not imported as a contact.");
                }
                return _error;
            }

            // The row's name, where it is a buyer for sales to anyone: seen where the name is read (a name or name part column's
            // value, which is no one's name and is passed over, or the given and family names composed).
            private string? _genericBuyer;

            // A row that names no person but an organisation in a company column ("Razón social", "Ragione sociale" of an
            // invoicing program's customer, a company row of a CRM export) is that organisation: the contact is named by it,
            // as the program lists it, rather than left nameless. Not a company guessed from values.
            private string? OrganisationAsName(string? company)
            {
                if (company == null || _error != null || _map.OverrideFor(ContactField.Name) != null || _map.CompanyNamesManyParties) return null;
                var header = _sources.TryGetValue(ContactField.Company, out var h) ? h : "-Map";
                _sources[ContactField.Name] = header;
                _reader.Warnings.Add("organisation-name:" + header,
                    $"Rows without a person's name are named by their organisation, from column {header}.");
                return company;
            }

            // Stretto's "Ingrid  Haugen": a program that joins given, middle and family name with a space each leaves two where the
            // middle name is empty. Nobody means a name with a run of spaces; stored so, the same person imported from another
            // file would differ by a space.
            private static string? SingleSpaced(string? name)
            {
                if (name == null) return null;
                var sb = new System.Text.StringBuilder(name.Length);
                // Japanese writes the full-width space between family and given name ("山田　花子"): kept as written, one per run.
                foreach (var c in name)
                {
                    var space = char.IsWhiteSpace(c);
                    if (space && (sb.Length == 0 || sb[sb.Length - 1] is ' ' or '\u3000')) continue;
                    sb.Append(space && c != '\u3000' ? ' ' : c);
                }
                return sb.ToString().TrimEnd();
            }

            // The name before an address in angle brackets ("Anna Beispiel <anna@example.de>", "\"Beispiel, Anna\" <...>"), when the
            // cell holds that one address and the name is no address, placeholder or anonymous word itself.
            private string? _emailDisplayName;

            private static string? DisplayName(string text)
            {
                var shown = ValueShapes.ShownName(text);
                if (shown == null || shown.Length < 2 || shown.Length > 80 || shown.IndexOf('@') >= 0 || !shown.Any(char.IsLetter)) return null;
                return ValueShapes.IsAnonymous(shown) || ValueShapes.NamesNobody(shown) ? null : shown;
            }

            private string? ReadEmail()
            {
                if (_map.OverrideFor(ContactField.Email) != null)
                {
                    var given = Text(ContactField.Email, many: true);
                    return given != null && NoAddress(given, _sources[ContactField.Email]) ? null : Bare(FirstAddress(given));
                }
                foreach (var source in _map.SourcesFor(ContactField.Email).Concat(_map.EmailFallbacks))
                {
                    var text = Value(ContactField.Email, source, many: true);
                    if (_error != null) return null;
                    if (text == null || (source.Kind != ColumnKind.Fallback && NoAddress(text, $"'{source.Header}'"))) continue;
                    if (ValueShapes.IsPlaceholderAddress(text))
                    {
                        _reader.Warnings.Add("placeholder:" + source.Header,
                            $"Email: column '{source.Header}' holds placeholder addresses in some rows (such as '{ColumnNames.Shorten(text, 40)}'), which reach no one; those rows are read without an e-mail.");
                        continue;
                    }
                    if (source.Kind == ColumnKind.UserPrincipalName && !UsableUpn(text))
                    {
                        // Said once: a whole file of on-premises sign-in names would otherwise lose every address unremarked.
                        _reader.Warnings.Add("upn:" + source.Header,
                            $"Email: column '{source.Header}' holds sign-in names that are not e-mail addresses (such as '{ColumnNames.Shorten(text, 40)}': a guest, or a domain that is on-premises or reserved); they are not used as Email.");
                        continue;
                    }
                    if (source.Kind == ColumnKind.Fallback && !IsAddress(text)) continue;
                    _sources[ContactField.Email] = $"'{source.Header}'";
                    _emailDisplayName = DisplayName(text);
                    return Bare(FirstAddress(text));
                }
                return null;
            }

            // "kms***@example.com": an export that hid part of the address. The row is read without it, as under an empty cell,
            // and the user is told once per column.
            private static readonly HashSet<string> NoneWords = new HashSet<string>(new[]
            {
                "none", "unknown", "keine", "aucun", "aucune", "ninguno", "ninguna", "nenhum", "nessuno", "geen", "ingen", "brak", "нет",
            }, StringComparer.OrdinalIgnoreCase);

            private bool NoAddress(string text, string header)
            {
                if (MaskedValues.HasMaskRun(text))
                {
                    _reader.Warnings.Add("masked:" + header,
                        $"Email: column {header} holds masked addresses in some rows (such as '{ColumnNames.Shorten(text, 40)}'), which reach no one; those rows are read without an e-mail. Export the full addresses to import them.");
                    return true;
                }
                // AppJusto's "Não informado", "keine Angabe", "sin correo": words where the address goes, with no @, no dot and no digit,
                // say there is none, as under an empty cell. An address gone wrong ("ana(at)example.pt", "ana.example.pt") still
                // fails its row.
                // Words, not one word: a single one ("x", "bad-mail", "AT") is an address gone wrong as often, or a value from
                // the next column in a row whose cells moved on; it fails its row, which says why. Nor in such a row at all.
                // One word that says so is enough: Microsoft Forms' "anonymous" for a respondent who gave no name.
                // So is a bracketed one, and any word for anonymous ("(anonimno)", a Slovenian restaurant's survey; "anónimo",
                // "anonymní", "аноним").
                var bare = text.Trim();
                if (bare.Length > 2 && (bare[0], bare[bare.Length - 1]) is ('(', ')') or ('[', ']')) bare = bare.Substring(1, bare.Length - 2).Trim();
                var lower = bare.ToLowerInvariant();
                // So is a yes or a no: a flag where the address goes (a school app's "Email Active": "No" under an empty "Email").
                var said = NoneWords.Contains(bare) || ValueShapes.IsYesNo(bare) || (!bare.Any(char.IsWhiteSpace) && (HeaderWords.Fold(bare).StartsWith("anon", StringComparison.Ordinal)
                    || lower.StartsWith("аноним", StringComparison.Ordinal) || lower.StartsWith("анонім", StringComparison.Ordinal)));
                if (bare.IndexOf('@') >= 0 || !bare.Any(char.IsLetter) || (!said && !bare.Any(char.IsWhiteSpace))
                    || bare.Any(c => char.IsDigit(c) || c == '.' || c == '(' || c == '_') || EscapeHint(_row) != null) return false;
                _reader.Warnings.Add("noaddress:" + header,
                    $"Email: column {header} holds words instead of an address in some rows (such as '{ColumnNames.Shorten(text, 40)}'); those rows are read without an e-mail.");
                return true;
            }

            // "a@example.com; b@example.com" (Outlook) or "a@example.com, b@example.com": a list like Google's " ::: ",
            // the first with a warning once per column. Only when every part is an address: "Smith, John" stays whole.
            private string? FirstAddress(string? text)
            {
                if (text == null || !(ValueLists.Addresses(text) is string[] parts)) return text;
                var header = _sources.TryGetValue(ContactField.Email, out var h) ? h : "-Map";
                _reader.Warnings.Add("many:" + header,
                    $"Column {header} holds several values (such as '{parts[0]}' and '{parts[1]}'); the first is used as Email.");
                return parts[0];
            }

            // A user principal name is the sign-in name; in Microsoft 365 it is normally the user's address, and the
            // admin center export has no other. Guests (#EXT#) and on-premises suffixes are not addresses.
            private static bool UsableUpn(string upn)
            {
                if (upn.IndexOf("#EXT#", StringComparison.OrdinalIgnoreCase) >= 0) return false;
                var at = upn.LastIndexOf('@');
                if (at <= 0) return false;
                var domain = upn.Substring(at + 1);
                return domain.IndexOf('.') > 0 && !NonRoutableSuffixes.Any(s => domain.EndsWith(s, StringComparison.OrdinalIgnoreCase));
            }

            // A picture is the one field a contact can do without: a column of relative paths (Salesforce's PhotoUrl) or
            // file names must not cost the contacts their e-mail and phone. The contact is stored without it, with a
            // warning once per column. -AvatarUrl on the command line is the user's own value and is still checked.
            private string? ReadAvatar()
            {
                var text = Text(ContactField.AvatarUrl, many: false);
                if (text == null || IsWebAddress(text)) return text;
                var header = _sources[ContactField.AvatarUrl];
                _sources.Remove(ContactField.AvatarUrl);
                _reader.Warnings.Add("avatar:" + header,
                    $"Column {header} holds values that are not absolute http or https URLs, such as '{text}': those contacts are stored without an avatar.");
                return null;
            }

            private static bool IsWebAddress(string text) =>
                Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

            // The country the row's own address names is where a national number most likely belongs: a file of
            // contacts from several countries needs no -DefaultRegion per country. Only a country the name table
            // knows counts; the normaliser still tries -DefaultRegion when the number is not valid there.
            private string? RowRegion()
            {
                var country = CountryText();
                return _error != null ? null : LiveDesk.Contacts.CountryNames.CodeOf(country);
            }

            // Read once per row: every phone column tried asks for the region, and the field itself is filled from it.
            private string? CountryText()
            {
                if (!_countryRead)
                {
                    _countryRead = true;
                    _country = Text(ContactField.Country, many: false);
                    if (_error == null && _country == null && _map.OverrideFor(ContactField.Country) == null) _country = CountryFromCode();
                }
                return _country;
            }

            // Shopify's "Default Address Country Code", Mailchimp's "CC": where no column names the country, a country code
            // column whose value is an ISO 3166 code ("US", VICIdial's "MEX"; not "+1" or "1") is the country, as written.
            private string? CountryFromCode()
            {
                foreach (var i in _map.CountryCodeColumns)
                {
                    var text = CellValue.Read(_row.GetValue(i), splitList: false).Text?.Trim();
                    if (text == null || text.Length is not (2 or 3) || !text.All(char.IsLetter)) continue;
                    var code = LiveDesk.Contacts.CountryNames.CodeOf(text);
                    if (code == null || (text.Length == 2 && code != text.ToUpperInvariant())) continue;
                    _sources[ContactField.Country] = $"'{_map.Headers[i]}'";
                    return text;
                }
                return null;
            }

            private string? ReadIdentifier()
            {
                var text = Text(ContactField.Identifier, many: false, out var source, out var cell);
                if (text == null) return null;
                var header = _sources[ContactField.Identifier];
                // Zeros alone are an id not given (Mahara writes 0 for a student without one): every such row would share it.
                if (source != null && text.All(c => c == '0'))
                {
                    _sources.Remove(ContactField.Identifier);
                    return null;
                }
                if (!cell.FromNumber && CellValue.IsScientificNotation(text))
                {
                    _error = Invalid(ErrorIds.InvalidInput, $"Identifier (column {header}) '{text}' is a number in Excel's scientific notation: its last digits are lost. In Excel, format the column as Text, save again and re-import.");
                    return null;
                }
                if (cell.Inexact)
                {
                    _reader.Warnings.Add("inexact:" + header,
                        $"Identifier (column {header}) holds numbers above 2^53 as floating point, such as {text}: their last digits may differ from the ones typed. Keep ids as text (in Excel, format the column as Text).");
                }
                return text;
            }

            private long? ReadInbox()
            {
                var text = Text(ContactField.InboxId, many: false);
                if (text == null) return null;
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)) return id;
                UnreadableInbox = text;
                return null;
            }

            /// <summary>The row's inbox cell when it is no whole number, else null.</summary>
            public string? UnreadableInbox { get; private set; }

            private string? Text(ContactField field, bool many) => Text(field, many, out _, out _);

            private string? Text(ContactField field, bool many, out ColumnSource? source) => Text(field, many, out source, out _);

            // The first source of the field with a value in this row (or the override).
            private string? Text(ContactField field, bool many, out ColumnSource? source, out Cell cell)
            {
                source = null;
                cell = default;
                if (_error != null) return null;
                if (_map.OverrideFor(field) is ColumnOverride o)
                {
                    cell = OverrideCell(field, o);
                    var value = Accept(field, cell, o.Description, many);
                    if (value != null) _sources[field] = o.Description;
                    return value;
                }
                foreach (var candidate in _map.SourcesFor(field))
                {
                    cell = SourceCell(candidate, field, many);
                    var value = Accept(field, cell, $"'{candidate.Header}'", many);
                    if (_error != null) return null;
                    if (value != null && field is ContactField.Name or ContactField.FirstName or ContactField.MiddleName or ContactField.LastName)
                        value = PersonName.WithoutStrayDots(value);
                    if (value == null || NotAName(field, value) || NotAPlace(field, value))
                    {
                        if (field is ContactField.Name or ContactField.FirstName or ContactField.LastName && value != null && _genericBuyer == null
                            && ValueShapes.IsGenericBuyer(value)) _genericBuyer = value.Trim();
                        continue;
                    }
                    source = candidate;
                    _sources[field] = $"'{candidate.Header}'";
                    return value;
                }
                return null;
            }

            // Digits and punctuation alone name nobody: "1" under a header read as a name ("Hiển thị" is HumHub's visibility
            // flag, "display"), or a number in a name column; the row's next name column (or its name parts) is asked
            // instead. Nor does a date or time ("2026-05-10T14:32:00.000Z", whatever header was read as a name part). A name
            // of emoji is still a name. An e-mail address is not one either: address books (RainLoop, Outlook) show the
            // address where a contact has no name, and export it as the display name. Nor is a summary line's label ("Total",
            // "Monthly total:"). Only columns the module chose; what
            // -Map picks is the user's.
            private static bool NotAName(ContactField field, string value) =>
                field is ContactField.Name or ContactField.FirstName or ContactField.MiddleName or ContactField.LastName
                && (ValueShapes.NamesNobody(value) || ValueShapes.IsDateOrTime(value) || ValueShapes.IsBareAddress(value) || ValueShapes.IsAnonymous(value) || ValueShapes.IsSummaryLabel(value));

            // A yes/no answer under a company or city header is a flag ("Firma: nein", is this a company?); the row's next
            // company column ("Firmenname") is asked instead. So is a lone 0 or 1, a flag written as a number (BitFaktúra's
            // "Firma" beside "Názov firmy"). Not the country: "NO", "SI" and "NE" are countries' codes.
            private static bool NotAPlace(ContactField field, string value) =>
                field is ContactField.Company or ContactField.City && (ValueShapes.IsYesNo(value) || value.Trim() is "0" or "1");

            // A source's cell; a column holding two fields in one cell (a phone-and-name column's "254712345678 - JANE WANJIRU
            // KAMAU", a name-and-code column's "Sarah Nakato (014/2019)") gives the field's part of it.
            private Cell SourceCell(ColumnSource source, ContactField field, bool many) =>
                _map.HoldsTwoFields(source.Index)
                    ? CellValue.Read(_map.CellPart(source.Index, CellValue.Read(_row.GetValue(source.Index), splitList: false).Text, field), splitList: many)
                    : CellValue.Read(_row.GetValue(source.Index), splitList: many);

            private string? Value(ContactField field, ColumnSource source, bool many) =>
                Accept(field, SourceCell(source, field, many), $"'{source.Header}'", many);

            private Cell OverrideCell(ContactField field, ColumnOverride o)
            {
                if (o.IsSkip) return default;
                if (o.Compute != null) return CellValue.Read(o.Compute(_row), splitList: field is ContactField.Email or ContactField.PhoneNumber);
                return CellValue.Read(_row.GetValue(_map.OverrideIndex(field)), splitList: field is ContactField.Email or ContactField.PhoneNumber);
            }

            // Applies the value rules shared by every field; sets _error and returns null when the row must be refused.
            private string? Accept(ContactField field, Cell cell, string header, bool many)
            {
                if (cell.Problem != null)
                {
                    _error = Invalid(ErrorIds.InvalidInput, $"{field} (column {header}) holds {cell.Problem}, not a value. Pass text or a number, or pick the value with -Map @{{ {field} = {{ ... }} }}.");
                    return null;
                }
                if (cell.Text == null) return null;
                if (cell.Count > 1)
                {
                    if (!many)
                    {
                        _error = Invalid(ErrorIds.InvalidInput, $"{field} (column {header}) holds {cell.Count} values ('{cell.Text}', '{cell.Second}', ...); {field} takes one. Pick one with -Map @{{ {field} = {{ ... }} }}.");
                        return null;
                    }
                    if (cell.Structured == null)
                    {
                        _reader.Warnings.Add("many:" + header,
                            $"Column {header} holds several values (such as '{cell.Text}' and '{cell.Second}'); the first is used as {field}.");
                    }
                }
                if (cell.Structured != null) WarnStructured(field, cell, header);
                if (cell.Misread != null)
                {
                    _reader.Warnings.Add("misread:" + header,
                        $"Values of column {header} are UTF-8 read as Windows-1252 (such as '{ColumnNames.Shorten(cell.Misread, 40)}', which is '{ColumnNames.Shorten(cell.Text, 40)}'); they are stored as written. Read the file with Import-Csv -Encoding utf8 (Windows PowerShell reads a file without a byte order mark as ANSI).");
                }
                if (cell.Text.IndexOf(ColumnNames.ReplacementCharacter) >= 0)
                {
                    _reader.Warnings.Add("encoding:" + header, ColumnMap.EncodingAdvice($"Values of column {header} (such as '{cell.Text}')"));
                }
                return cell.Text;
            }
        }
    }
}
