using System.Collections.Generic;
using System.Linq;
using LiveDesk.Errors;
using LiveDesk.Models;

namespace LiveDesk.Input
{
    // Reading the phone number of one row: the columns in order of rank, a weak (fallback) column skipped where its value
    // is no phone number, the first of several numbers in one cell, then the number normalised to E.164 (with the country
    // calling code from a column of its own when the map pairs one with the phone column).
    internal sealed partial class RowReader
    {
        private sealed partial class Context
        {
            // Japanese forms split a number over three boxes ("tel_1 (電話番号１)" 03, "tel_2 (電話番号２)" 3456, "tel_3" 7890;
            // EC-CUBE's tel01 to tel03): a short group of digits in columns named alike but for their running number is
            // one number written in parts. "Phone 1", "Phone 2" holding whole numbers are two numbers, and stay apart.
            private string WithItsParts(ColumnSource source, string text)
            {
                if (!IsDigitGroup(text)) return text;
                var stem = WithoutDigits(source.Header);
                var parts = new List<string> { text.Trim() };
                for (var i = source.Index + 1; i < _map.Headers.Count && parts.Count < 4; i++)
                {
                    if (_map.Headers[i] is not string next || WithoutDigits(next) != stem) break;
                    var part = CellValue.Read(_row.GetValue(i), splitList: false).Text?.Trim();
                    if (string.IsNullOrEmpty(part) || !IsDigitGroup(part!)) break;
                    parts.Add(part!);
                }
                return parts.Count >= 2 ? string.Join("-", parts) : text;
            }

            // True where a cell holds no number though it is not empty: a masked one, or words. "ei tietoa" (REKI's Finnish "no
            // information"), "anonim" (a Romanian donor who gave none), "keine", "unknown": words without a single digit, written
            // where the number goes, say there is none. The row is read without a phone, as under an empty cell, and the user is
            // told once per column. A number with letters in it ("+49 151 CALLME") is still refused: it is a number gone wrong.
            // <paramref name="words"/> false reads only a masked number so: a weak column's words are its own business.
            private bool NoNumber(string text, string header, bool words = true)
            {
                if (MaskedValues.IsMaskedPhone(text))
                {
                    // "010-****-5678": the export hid digits; what is left reaches no one.
                    _reader.Warnings.Add("masked:" + header,
                        $"PhoneNumber: column {header} holds masked numbers in some rows (such as '{ColumnNames.Shorten(text, 40)}'), which reach no one; those rows are read without a phone. Export the full numbers to import them.");
                    return true;
                }
                // GLS Italy's weblabeling file writes "0" where the consignee gave no phone: zeros alone (and their punctuation)
                // are a filler, no number.
                if (text.Any(char.IsDigit) && text.All(c => c == '0' || !char.IsLetterOrDigit(c)))
                {
                    _reader.Warnings.Add("zeros:" + header,
                        $"PhoneNumber: column {header} holds zeros instead of a number in some rows (such as '{ColumnNames.Shorten(text, 40)}'); those rows are read without a phone.");
                    return true;
                }
                // TPS Dhanvantari's patients: "+91 " where a patient gave no number, the export's calling code before an empty field.
                // A country's calling code alone reaches no one.
                var code = text.Trim().TrimEnd(' ', '-', '.', '/', '(', ')');
                if (code.Length >= 2 && code.Length <= 4 && code[0] == '+' && code.Skip(1).All(c => c >= '0' && c <= '9'))
                {
                    _reader.Warnings.Add("callingcode:" + header,
                        $"PhoneNumber: column {header} holds only a country's calling code in some rows (such as '{code}'); those rows are read without a phone.");
                    return true;
                }
                if (!words || text.Any(char.IsDigit) || !text.Any(char.IsLetter)) return false;
                _reader.Warnings.Add("nonumber:" + header,
                    $"PhoneNumber: column {header} holds words instead of a number in some rows (such as '{ColumnNames.Shorten(text, 40)}'); those rows are read without a phone.");
                return true;
            }

            private static bool IsDigitGroup(string text)
            {
                var t = text.Trim();
                return t.Length >= 1 && t.Length <= 5 && t.All(char.IsDigit);
            }

            private static string WithoutDigits(string? header) => new string((header ?? "").Where(c => !char.IsDigit(c)).ToArray()).Trim();

            private string? ReadPhone()
            {
                string? text;
                string? header;
                bool fromNumber;
                var index = -1;
                PhoneResult? result = null;
                if (_map.OverrideFor(ContactField.PhoneNumber) is ColumnOverride o)
                {
                    var cell = OverrideCell(ContactField.PhoneNumber, o);
                    header = o.Description;
                    text = FirstPhone(Accept(ContactField.PhoneNumber, cell, o.Description, many: true), header, _map.OverrideIndex(ContactField.PhoneNumber));
                    if (text != null && NoNumber(text, header)) text = null;
                    fromNumber = cell.FromNumber;
                    index = _map.OverrideIndex(ContactField.PhoneNumber);
                }
                else
                {
                    text = null;
                    header = null;
                    fromNumber = false;
                    (string Header, PhoneResult Result, string Text)? refused = null;
                    var weak = false;
                    ColumnSource? chosen = null;
                    (ColumnSource Source, string Text, PhoneResult Result, bool FromNumber)? guessed = null;
                    // Ranked once per row: a label column ranks by this row's label, read once.
                    var sources = PhoneSourcesForRow();
                    foreach (var source in sources)
                    {
                        var cell = SourceCell(source, ContactField.PhoneNumber, many: true);
                        header = $"'{source.Header}'";
                        text = FirstPhone(Accept(ContactField.PhoneNumber, cell, header, many: true), header, source.Index);
                        if (_error != null) return null;
                        if (text == null) continue;
                        // A weak column's words are its own business (below); a named column's say the row has no number there.
                        if (NoNumber(text, header, words: source.Kind != ColumnKind.Fallback))
                        {
                            text = null;
                            continue;
                        }
                        // A lone "Cep" holding a value written as a CEP (five digits, a hyphen, three: "40060-001"), or eight digits
                        // alone, holds a Brazilian postal code: a Turkish mobile has ten digits, and some CEPs read as valid Brazilian
                        // landlines (4006-0001).
                        if (source.Kind == ColumnKind.Fallback && _map.IsCepColumn(source.Index) && PostalShaped.IsMatch(text))
                        {
                            text = null;
                            continue;
                        }
                        // A column taken by a qualifier alone that holds a date (DFBnet's "Spielrecht Freundschaft / Privat": 21.07.2016,
                        // the day a player's right to play began, reads as a valid German number) holds no phone in this row.
                        if (source.Kind == ColumnKind.Fallback && ValueShapes.IsDateOrTime(text))
                        {
                            text = null;
                            continue;
                        }
                        text = WithItsParts(source, text);
                        fromNumber = cell.FromNumber;
                        index = source.Index;
                        result = Normalize(text, fromNumber, index);
                        if (_error != null) return null;
                        if (result.Value.Problem != null && TwoNumbersSpaced(text, fromNumber, index, header) is var (oneText, oneResult))
                        {
                            text = oneText;
                            result = oneResult;
                        }
                        // The file's own line (a call log's business number, on the side the row's contact is not): no one's phone.
                        if (result.Value.Problem == null && _map.IsOwnLine(result.Value.E164))
                        {
                            text = null;
                            result = null;
                            continue;
                        }
                        weak = source.Kind == ColumnKind.Fallback;
                        chosen = source;
                        // Not a column the header table lists as weak ("Cell": a mobile, or a church's cell group, whose name is
                        // never a number): a number there is the mobile its header names, first as a mobile is.
                        if (result.Value.Problem == null && weak && !ListedWeak(source) && guessed == null
                            && NamedPhoneAfter(sources, source))
                        {
                            // A weak column's number (Brazilian "CEP" 40020-000 reads as a valid +55 4002-0000) is a guess:
                            // the named phone columns of the row are read first, and an invalid number there fails the row
                            // as it would without the guess. Kept for a row whose named columns are empty, and a mobile
                            // still beats a named landline.
                            guessed = (source, text, result.Value, fromNumber);
                            text = null;
                            result = null;
                            chosen = null;
                            weak = false;
                            continue;
                        }
                        if (result.Value.Problem == null) break;
                        // "Cell" holds a mobile or a church's cell group: a value written as a number is a phone number, and one
                        // that is not valid ("338 12", cut short) fails the row as a named phone column's would.
                        if (source.Kind == ColumnKind.Fallback && !(ListedWeak(source) && NumberShaped.IsMatch(text)))
                        {
                            // Chosen by a weak rule (a qualifier alone, its values): a value that is no phone number is
                            // not this column's business in this row; the next candidate, or none, fills the field.
                            _reader.Warnings.Add("fallback:" + header,
                                $"Column {header} is used as PhoneNumber only where it holds a phone number; its values that do not (such as {result.Value.Problem}) are left out.");
                        }
                        else refused ??= (header, result.Value, text);
                        text = null;
                        result = null;
                    }
                    if (guessed is var (guessSource, guessText, guessResult, guessFromNumber) && refused == null
                        && (text == null || (PhoneNormalizer.IsMobile(guessResult.E164) && !(result is { Problem: null } named && PhoneNormalizer.IsMobile(named.E164)))))
                    {
                        header = $"'{guessSource.Header}'";
                        text = guessText;
                        result = guessResult;
                        fromNumber = guessFromNumber;
                        index = guessSource.Index;
                        chosen = guessSource;
                        weak = true;
                    }
                    if (result is { Problem: null } found && chosen != null && MobileBeside(sources, chosen, found) is var (mobileSource, mobileText, mobileResult))
                    {
                        header = $"'{mobileSource.Header}'";
                        text = mobileText;
                        result = mobileResult;
                        index = mobileSource.Index;
                    }
                    if (refused is var (refusedHeader, refusedResult, refusedText))
                    {
                        // A named column's number that is no valid number fails the row only when no other named phone
                        // column of the row holds a valid one: the number stored is then a real one, and the user is told which
                        // was left. A column chosen by a weak rule (a qualifier alone, its values) is a guess and rescues nothing.
                        if (text == null || weak)
                        {
                            text = refusedText;
                            header = refusedHeader;
                            result = refusedResult;
                        }
                        else
                        {
                            _reader.Warnings.Add("skipped:" + refusedHeader,
                                $"PhoneNumber: column {refusedHeader} holds no valid number in some rows ({refusedResult.Problem}); {header} is used there.");
                        }
                    }
                }
                if (_error != null || text == null) return null;
                PhoneResult phone;
                if (result is PhoneResult checkedPhone) phone = checkedPhone;
                else
                {
                    phone = Normalize(text, fromNumber, index);
                    if (_error != null) return null;
                }
                // The row has no number libphonenumber knows as given out; one written as its region writes numbers is stored
                // as written, with a warning, rather than the whole row refused for metadata that lags behind the operators.
                if (phone.Problem != null && phone.Unverified != null) phone = phone.AsUnverified(text);
                if (phone.Problem != null)
                {
                    _error = Invalid(ErrorIds.InvalidPhoneNumber, $"PhoneNumber (column {header}): {phone.Problem}");
                    return null;
                }
                if (phone.Warning != null) _reader.Warnings.Add($"phone:{phone.WarningKind}:{header}", $"PhoneNumber (column {header}): {phone.Warning}");
                _sources[ContactField.PhoneNumber] = header!;
                return phone.E164;
            }

            // The column's value in this row is the row's own name, as written (spacing and case aside): the other party is the row.
            private bool NamesRow(int index, string name) =>
                CellValue.Read(_row.GetValue(index), splitList: false).Text?.Trim() is string text
                && string.Equals(SingleSpaced(text), SingleSpaced(name.Trim()), System.StringComparison.OrdinalIgnoreCase);

            // A field's source as the reader records it ("'E-mail acheteur'" for the address, quoted with its quotes doubled for the
            // phone) is that header's.
            private static bool Names(string source, string? header) =>
                header != null && (source == $"'{header}'" || source == ColumnNames.Quote(header));

            // A club's players ("Nombre", then "Padre/Madre/Tutor" with the tutor's "Celular" and "Correo del tutor"): an adult in the
            // open category is written down as their own guardian. Where the guardian's name is the row's own, the guardian's
            // address and number are the row's, for a row that has none of its own.
            private void OwnGuardian(ContactFields fields)
            {
                if (fields.Name is not string name || _map.GuardianColumns.Count == 0 || _map.OverrideFor(ContactField.Email) != null
                    || _map.OverrideFor(ContactField.PhoneNumber) != null) return;
                if (!_map.GuardianColumns.Any(i => NamesRow(i, name))) return;
                foreach (var index in _map.GuardianColumns)
                {
                    var text = CellValue.Read(_row.GetValue(index), splitList: true).Text?.Trim();
                    if (string.IsNullOrEmpty(text)) continue;
                    var header = ColumnNames.Quote(_map.Headers[index]);
                    if (fields.Email == null && IsAddress(text!) && !ValueShapes.IsPlaceholderAddress(text!))
                    {
                        fields.Email = Bare(FirstAddress(text));
                        _sources[ContactField.Email] = header;
                    }
                    else if (fields.PhoneNumber == null && ColumnMap.LooksLikePhone(ValueLists.FirstPhone(text!)) && !NoNumber(text!, header, words: false))
                    {
                        var result = Normalize(text!, fromNumber: false, index);
                        if (_error != null) return;
                        if (result.Problem != null) continue;
                        fields.PhoneNumber = result.E164;
                        _sources[ContactField.PhoneNumber] = header;
                    }
                    else continue;
                    _reader.Warnings.Add("own-guardian",
                        "Some rows name the person as their own guardian (an adult); the guardian's address and number are used for them.");
                }
            }

            // TOAST's gala tickets: "Nom", "Prenom" (the ticket's holder) beside "Nom acheteur", "Prenom acheteur" and "E-mail
            // acheteur". Julie Mercier bought tickets for Paul Mercier and Nadia Faure: the buyer's address is Julie's, and given to
            // each ticket it made Paul and Nadia duplicates of her. It is the row's only where the row's name is the buyer's.
            private void BuyersContactsElsewhere(ContactFields fields)
            {
                var buyer = _map.BuyerNameColumns;
                if (buyer.Count == 0 || fields.Name is not string name) return;
                var buyerName = string.Join(" ", buyer.Select(i => CellValue.Read(_row.GetValue(i), splitList: false).Text).Where(t => !string.IsNullOrWhiteSpace(t)));
                if (buyerName.Length == 0) return;
                static string Words(string text) => string.Join(" ", text.ToLowerInvariant().Split(new[] { ' ', ',' }, System.StringSplitOptions.RemoveEmptyEntries).OrderBy(w => w, System.StringComparer.Ordinal));
                if (Words(name) == Words(buyerName)) return;
                foreach (var field in new[] { ContactField.Email, ContactField.PhoneNumber })
                {
                    if (!_sources.TryGetValue(field, out var source) || !_map.Headers.Any(h => _map.IsBuyerColumn(h) && Names(source, h))) continue;
                    if (field == ContactField.Email) fields.Email = null;
                    else fields.PhoneNumber = null;
                    _sources.Remove(field);
                    _reader.Warnings.Add("buyers-contact:" + source,
                        $"{field}: column {source} is the buyer's; rows whose ticket holder is someone else are read without it.");
                }
            }

            // Lazada's orders: "customerName" beside "shippingName" and "shippingPhone". The recipient's phone is someone else's
            // (a gift's) until the row names the recipient as the person: where the row's own phone columns are empty and the
            // recipient's name is the row's own name, the parcel went to the buyer and its phone is theirs. A number there
            // that is no valid one leaves the row without a phone rather than failing it: the row did not name it as its own.
            private string? ShippedToSelf(string? name)
            {
                if (name == null || _map.ShippingNameIndex < 0 || _map.ShippingPhoneIndexes.Count == 0 || _map.OverrideFor(ContactField.PhoneNumber) != null) return null;
                if (!NamesRow(_map.ShippingNameIndex, name)) return null;
                foreach (var index in _map.ShippingPhoneIndexes)
                {
                    var header = ColumnNames.Quote(_map.Headers[index]);
                    var text = CellValue.Read(_row.GetValue(index), splitList: true).Text;
                    if (text == null || NoNumber(text, header, words: false)) continue;
                    var result = Normalize(text, fromNumber: false, index);
                    if (_error != null) return null;
                    if (result.Problem != null) continue;
                    _reader.Warnings.Add("shipped-to-self:" + header,
                        $"PhoneNumber: where a row has no phone of its own and the parcel went to the person (the recipient's name is the row's name), the recipient's number in {header} is used.");
                    _sources[ContactField.PhoneNumber] = header;
                    return result.E164;
                }
                return null;
            }

            // With the country calling code of the row when a column of its own holds it ("+49", "FR +33"), before the row's
            // country: the code was written for this number. A two-letter region there ("FR") is the row's region.
            private PhoneResult Normalize(string text, bool fromNumber, int index)
            {
                var code = 0;
                string? region = null;
                var codeColumn = index < 0 ? -1 : _map.CallingCodeColumnFor(index);
                if (codeColumn >= 0 && CellValue.Read(_row.GetValue(codeColumn), splitList: true).Text is string given
                    && !PhoneNormalizer.TryCallingCode(given, out code, out region))
                {
                    var codeHeader = ColumnNames.Quote(_map.Headers[codeColumn]);
                    _reader.Warnings.Add("callingcode:" + codeHeader,
                        $"Column {codeHeader} is read as the country calling code of {ColumnNames.Quote(_map.Headers[index])}; its values that are none (such as '{given}') are left out.");
                }
                var result = _reader.Phones.NormalizeWithCallingCode(WithAreaCode(text, index), fromNumber, region ?? RowRegion(), code);
                return result.Problem == null && index >= 0 && _map.IsMobileColumn(index) && PhoneNormalizer.ArgentineMobile(result.E164) is string mobile
                    ? result.WithNumber(mobile) : result;
            }

            // "030" before "227-71842", "(11)" before "98765-4321": the area code column's digits go before a national number that
            // does not already begin with them (a row that wrote the whole number in the number column keeps it).
            private string WithAreaCode(string text, int index)
            {
                var codeColumn = index < 0 ? -1 : _map.AreaCodeColumnFor(index);
                if (codeColumn < 0 || !(CellValue.Read(_row.GetValue(codeColumn), splitList: false).Text is string cell)) return text;
                var code = cell.Trim().Trim('(', ')').Trim();
                if (code.Length == 0 || code.Length > 5 || !code.All(char.IsDigit)) return text;
                var number = text.TrimStart();
                if (number.StartsWith("+", System.StringComparison.Ordinal) || number.StartsWith("00", System.StringComparison.Ordinal)) return text;
                var digits = new string(number.Where(char.IsDigit).ToArray());
                var bare = code.TrimStart('0');
                if (digits.StartsWith(code, System.StringComparison.Ordinal) || (bare.Length > 0 && digits.StartsWith(bare, System.StringComparison.Ordinal) && number.StartsWith("(", System.StringComparison.Ordinal))) return text;
                return code + " " + number;
            }

            // "8 (916) 123-45-67, +7 495 123-45-67": several numbers in one cell, like an e-mail list: the first mobile number, else
            // the first, with a warning once per column (ValueLists: only when every part is a phone number, so a cell that is
            // one number stays whole). Mobile first, as between columns: it reaches the person (Ecom's "Puhelinnumerot").
            private string? FirstPhone(string? text, string header, int index)
            {
                if (text == null || !(ValueLists.Phones(text) is string[] parts)) return text;
                _reader.Warnings.Add("many:" + header,
                    $"Column {header} holds several values (such as '{parts[0]}' and '{parts[1]}'); the first mobile number is used as PhoneNumber, else the first.");
                return parts.FirstOrDefault(p => PhoneNormalizer.IsMobile(Normalize(p, false, index).E164)) ?? parts[0];
            }

            // "347 2156893 0521 289456" (PortAlGas's Italian members), "04127849712 04145454873", "6944123456 - 2109351277": two
            // numbers in one cell with nothing but a space or a dash between them, where the cell as one number is none. Split
            // where both sides are valid numbers of the row's region and only there; the mobile of the two, else the first.
            private (string, PhoneResult)? TwoNumbersSpaced(string text, bool fromNumber, int index, string header)
            {
                var digits = text.Count(char.IsDigit);
                if (digits < 12 || digits > 30) return null;
                (string, PhoneResult, string, PhoneResult)? found = null;
                foreach (System.Text.RegularExpressions.Match gap in SpacedGap.Matches(text))
                {
                    var left = text.Substring(0, gap.Index).Trim();
                    var right = text.Substring(gap.Index + gap.Length).Trim();
                    if (left.Length == 0 || right.Length == 0) continue;
                    var a = Normalize(left, fromNumber, index);
                    var b = Normalize(right, fromNumber, index);
                    if (a.Problem != null || b.Problem != null || a.Warning != null || b.Warning != null) continue;
                    if (found != null) return null;
                    found = (left, a, right, b);
                }
                if (found is not var (l, la, r, rb)) return null;
                _reader.Warnings.Add("many:" + header,
                    $"Column {header} holds two numbers with only a space between them in some rows (such as '{l}' and '{r}'); the mobile one is used as PhoneNumber, else the first.");
                return !PhoneNormalizer.IsMobile(la.E164) && PhoneNormalizer.IsMobile(rb.E164) ? (r, rb) : (l, la);
            }

            private static readonly System.Text.RegularExpressions.Regex SpacedGap =
                new System.Text.RegularExpressions.Regex(@"(?<=\d)\s+(?:[-–]\s+)?(?=[+\d(])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

            // A named (not weak) phone column after this one that holds something in the row.
            private bool NamedPhoneAfter(IReadOnlyList<ColumnSource> sources, ColumnSource source)
            {
                var after = false;
                foreach (var other in sources)
                {
                    if (ReferenceEquals(other, source)) { after = true; continue; }
                    if (after && other.Kind != ColumnKind.Fallback && CellValue.Read(_row.GetValue(other.Index), splitList: true).Text != null) return true;
                }
                return false;
            }

            // Columns whose headers say nothing of the kind ("phone1" and "phone2", Moodle's landline and mobile; "Phone 1",
            // "Phone 2") are told apart by their values: a number libphonenumber types as mobile wins over a landline in the
            // column before it, as a "Mobile" header would; so does one in an "other" or "additional" column. A header that names
            // the device or the place (work, home) decides.
            // Columns found by their values whose headers name no kind either (Gestimum's "SAL_TELB", "SAL_TELD", "SAL_TELM": office,
            // home and mobile in letters the vocabulary cannot read) are such a tier of their own.
            private (ColumnSource, string, PhoneResult)? MobileBeside(IReadOnlyList<ColumnSource> sources, ColumnSource chosen, PhoneResult found)
            {
                var tier = IsGeneralTier(chosen) ? 1 : IsUntypedByValues(chosen) ? 2 : 0;
                if (tier == 0 || PhoneNormalizer.IsMobile(found.E164)) return null;
                foreach (var other in sources)
                {
                    if (other.Index == chosen.Index || (tier == 1 ? !(IsGeneralTier(other) || IsOtherTier(other)) : !IsUntypedByValues(other))) continue;
                    var cell = CellValue.Read(_row.GetValue(other.Index), splitList: true);
                    if (cell.Text is not string raw || raw.Trim().Length == 0) continue;
                    var text = ValueLists.Phones(raw) is string[] parts ? parts[0] : raw;
                    var result = Normalize(text, cell.FromNumber, other.Index);
                    if (result.Problem == null && PhoneNormalizer.IsMobile(result.E164)) return (other, text, result);
                }
                return null;
            }

            // A phone column found by its values (ColumnMap ranks those from ByValuesRank) whose header's known words name no kind.
            private static bool IsUntypedByValues(ColumnSource source) =>
                source.Kind == ColumnKind.Fallback && source.Rank >= ColumnMap.ByValuesRank && source.LabelIndex < 0
                && HeaderRecognizer.RankByKnownWords(source.Header ?? "") is var kind && kind >= HeaderRecognizer.GeneralKind && kind < HeaderRecognizer.WorkKind;

            // A weak column the header table lists ("Cell"), not one found by a weak rule or by its values.
            private static bool ListedWeak(ColumnSource source) => !source.ByWords && source.Rank < ColumnMap.ByValuesRank;

            private static readonly System.Text.RegularExpressions.Regex PostalShaped = new System.Text.RegularExpressions.Regex(
                @"^\s*[0-9]{5}-?[0-9]{3}\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

            private static readonly System.Text.RegularExpressions.Regex NumberShaped = new System.Text.RegularExpressions.Regex(
                @"^\s*\+?[\d\s().\-/]*\d[\d\s().\-/]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

            // A phone named without mobile, work, home or other.
            private static bool IsGeneralTier(ColumnSource source) => IsNamedKind(source, HeaderRecognizer.GeneralKind);

            // Another or an additional phone ("Other Phone", an Israeli directory's "טלפונים נוספים"): named neither by its device nor
            // by its place, so a mobile there wins over the landline of the general phone, as one in a second general column does.
            private static bool IsOtherTier(ColumnSource source) => IsNamedKind(source, HeaderRecognizer.OtherKind);

            // A column whose header names this kind of phone, without a label column beside it.
            private static bool IsNamedKind(ColumnSource source, int kind) =>
                source.Kind != ColumnKind.Fallback && source.LabelIndex < 0 && source.Rank >= kind && source.Rank < kind + HeaderRecognizer.KindStep;

            // Phone columns with a label column ("Phone N - Value" beside "Phone N - Type", "Phone 1" beside "Phone 1 (Type)") rank
            // by their label in this row: Mobile first, then Work, Home, Other.
            private IReadOnlyList<ColumnSource> PhoneSourcesForRow()
            {
                var sources = _map.SourcesFor(ContactField.PhoneNumber);
                if (!sources.Any(s => s.LabelIndex >= 0)) return sources;
                return sources
                    .Select(s => (Source: s, Rank: s.LabelIndex >= 0 ? LabelRank(s) : s.Rank))
                    .Where(x => x.Rank != NotAPhone)
                    .OrderBy(x => x.Rank).ThenBy(x => x.Source.Index)
                    .Select(x => x.Source)
                    .ToList();
            }

            private const int NotAPhone = int.MaxValue;

            // The label of a phone column in this row, as written ("*Mobile", "Email"), or "" when empty.
            private string LabelText(ColumnSource source) => CellValue.Read(_row.GetValue(source.LabelIndex), splitList: true).Text ?? "";

            // The label's words as the header vocabulary reads them ("Mobile", "Handy", "Portable", "Domicile"), in any language.
            private static List<HeaderWord> RolesOf(string label) => HeaderWords.Split(label).Select(HeaderVocabulary.Of).ToList();

            // A typed "phone" whose type in this row is e-mail holds the e-mail address, read when no e-mail column has one.
            private string? ReadTypedEmail()
            {
                foreach (var source in _map.SourcesFor(ContactField.PhoneNumber))
                {
                    if (source.LabelIndex < 0) continue;
                    var label = LabelText(source);
                    if (!RolesOf(label).Contains(HeaderWord.Email)) continue;
                    var text = CellValue.Read(_row.GetValue(source.Index), splitList: true).Text;
                    if (text == null || !IsAddress(text)) continue;
                    _sources[ContactField.Email] = $"'{source.Header}' (type '{label}')";
                    return Bare(FirstAddress(text));
                }
                return null;
            }

            private int LabelRank(ColumnSource source)
            {
                var offset = source.Rank - HeaderRecognizer.GeneralKind;
                if (source.LabelIndex < 0) return source.Rank;
                var label = LabelText(source).TrimStart('*', ' ').ToLowerInvariant();
                var roles = RolesOf(label);
                if (label.Contains("mobil") || label.Contains("cell") || label.Contains("handy") || roles.Contains(HeaderWord.Mobile)) return HeaderRecognizer.MobileKind + offset;
                // Raiser's Edge keeps every way to reach a constituent as a "phone" with its type: "Email" is the e-mail
                // (ReadTypedEmail), "Emergency" someone else's number, "Fax" no phone. None of them is the contact's phone.
                if (roles.Contains(HeaderWord.Elsewhere) || roles.Contains(HeaderWord.Email)) return NotAPhone;
                if (label.Length == 0 || label.Contains("main") || roles.Contains(HeaderWord.Primary)) return HeaderRecognizer.GeneralKind + offset;
                if (label.Contains("work") || label.Contains("business") || label.Contains("arbeit") || label.Contains("geschäft") || roles.Contains(HeaderWord.Work)) return HeaderRecognizer.WorkKind + offset;
                if (label.Contains("home") || label.Contains("privat") || roles.Contains(HeaderWord.Home)) return HeaderRecognizer.HomeKind + offset;
                return HeaderRecognizer.OtherKind + offset;
            }
        }
    }
}
