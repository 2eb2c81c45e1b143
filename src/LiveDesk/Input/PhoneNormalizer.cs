using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace LiveDesk.Input
{
    /// <summary>
    /// Turns the phone numbers people keep in exports into E.164 (+491712345678), the one form LiveDesk stores and
    /// matching compares. Built on libphonenumber, so "+49 (0)171 2345678", "0171 2345678" with region DE and
    /// "(650) 555-0142" with region US all end up right. One instance per import (it holds the default region);
    /// it is immutable and thread-safe.
    /// </summary>
    /// <remarks>
    /// Rules, in order:
    /// <list type="number">
    /// <item>Excel's scientific notation ("4,91712E+12") is refused: its digits are already lost.</item>
    /// <item>With a + (or a leading 00, the international prefix almost everywhere) the number is international.
    /// It is accepted when libphonenumber finds it valid or at least of a possible length for its country:
    /// the user wrote the country code, and new number ranges may be newer than the metadata. A trunk "(0)" is dropped.</item>
    /// <item>With a default region, anything else is read as a national number of that region (a leading 00 too
    /// when the region dials abroad with another prefix), and must be valid there; a bare digit string that starts with the
    /// region's country code and is valid read so ("4915112345678" for DE) is read as international.
    /// A bare digit string that is valid only as international (+digits) is taken as such.</item>
    /// <item>Without a default region, a bare digit string (a number cell from Excel, or text without +) is
    /// international only when it has at least 11 digits, does not start with 1 (North American numbers are written
    /// without their 1 as often as with it: pass -DefaultRegion US), is valid read with a +, and is not also a valid
    /// mobile number of a common trunk-0 country once a leading 0 is restored (the 0 an Excel number cell drops).
    /// Every other national number is refused with a hint naming the region it most likely belongs to.</item>
    /// </list>
    /// </remarks>
    internal sealed partial class PhoneNormalizer
    {
        private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

        private const int MinimumInternationalDigits = 7;

        private static readonly Regex E164Syntax = new Regex(@"^\+[1-9][0-9]{1,14}$", RegexOptions.CultureInvariant);

        // Regions tried when a national number comes without a region, in the order their hints are preferred
        // when the number is valid in several. Kept short: this runs only for rows that are refused anyway.
        private static readonly string[] HintRegions =
        {
            "US", "DE", "GB", "FR", "AT", "CH", "NL", "BE", "IT", "ES", "CA", "AU", "IE", "DK", "SE", "NO", "FI",
            "PL", "CZ", "PT", "LU", "IN", "BR", "MX", "ZA", "NZ", "SG", "AE", "IL", "TR", "JP", "CN",
        };

        // Countries that write national numbers with a trunk 0 which an Excel number cell drops: a bare digit string
        // that is a mobile number there after restoring the 0 is not read as international without a region.
        private static readonly string[] TrunkZeroRegions = { "DE", "GB", "FR", "AT", "CH", "NL", "BE", "IE", "SE", "FI", "PL", "AU", "NZ", "TR", "ZA" };

        /// <summary>Creates a normaliser; <paramref name="defaultRegion"/> is a two-letter region such as DE or US, or null.</summary>
        /// <exception cref="ArgumentException">The region is not one libphonenumber knows.</exception>
        public PhoneNormalizer(string? defaultRegion = null)
        {
            if (!string.IsNullOrWhiteSpace(defaultRegion))
            {
                var region = defaultRegion!.Trim().ToUpperInvariant();
                if (!IsKnownRegion(region))
                {
                    throw new ArgumentException($"'{defaultRegion}' is not a region code: use a two-letter code such as DE, US, GB or FR.", nameof(defaultRegion));
                }
                DefaultRegion = region;
            }
        }

        /// <summary>The region national numbers belong to, upper case, or null.</summary>
        public string? DefaultRegion { get; }

        /// <summary>True for a two-letter region code libphonenumber has metadata for (case-insensitive).</summary>
        public static bool IsKnownRegion(string? region) =>
            region != null && Util.GetSupportedRegions().Contains(region.Trim().ToUpperInvariant());

        private static string WithoutRegionPrefix(string text)
        {
            if (text.Length < 5 || !char.IsLetter(text[0]) || !char.IsLetter(text[1])) return text;
            var rest = text.Substring(2).TrimStart(' ', ':', '-');
            return rest.StartsWith("+", StringComparison.Ordinal) && !HasLetters(rest) && IsKnownRegion(text.Substring(0, 2)) ? rest : text;
        }

        /// <summary>Every region code accepted as default region, sorted (for argument completion).</summary>
        public static IReadOnlyList<string> KnownRegions { get; } = Util.GetSupportedRegions().OrderBy(r => r, StringComparer.Ordinal).ToArray();

        /// <summary>
        /// Normalises one number. <paramref name="fromNumberCell"/> says the digits came from a numeric value
        /// (a double from Import-Excel), which never carries a + or a leading 0. <paramref name="rowRegion"/> is the
        /// region of the row's own country, tried first for a national number; the default region is the fallback.
        /// </summary>
        public PhoneResult Normalize(string? value, bool fromNumberCell = false, string? rowRegion = null)
        {
            var text = AsciiDigits(value?.Trim());
            if (string.IsNullOrEmpty(text)) return PhoneResult.Empty;
            if (CellValue.IsScientificNotation(text!))
            {
                return PhoneResult.Refused($"'{text}' is a number in Excel's scientific notation: its last digits are lost. In Excel, format the column as Text (or write the numbers with a leading +), save again and re-import.");
            }

            // "ID+6281234567890", "MY:+60123456789": form builders (OpnForm, intl-tel-input) store the country picked beside
            // the number. A region code glued before a + is that country, not part of the number.
            text = WithoutRegionPrefix(text!);

            text = WithSpelledExtension(text!);

            // "612|874|3390": a bar between digit groups separates them as a dash does. Two numbers in one cell ("0612345678 |
            // 0698765432") were split into a list before the cell got here.
            if (text!.IndexOf('|') >= 0) text = DigitBar.Replace(text, " ");

            // libphonenumber reads letters as a keypad's digits (1-800-FLOWERS); in an export they are a typo or a note
            // ("+49 151 CALLME", "n/a"), and turning them into digits would store a wrong number.
            if (HasLetters(text!))
            {
                return PhoneResult.Refused($"'{text}' holds letters: write the number in digits, with + and the country code.");
            }

            var compact = Compact(text!);
            if (compact.Length == 0)
            {
                return PhoneResult.Refused($"'{text}' has no digits: it is not a phone number.");
            }

            if (compact[0] == '+') return International(text!, text!, literal: true);
            PhoneResult? rowLocal = null;
            if (rowRegion != null && IsKnownRegion(rowRegion))
            {
                var local = National(text!, compact, rowRegion.ToUpperInvariant());
                if (local.E164 != null) return local;
                // Unverified in the row's own country: kept for when no region reads it as a given-out number.
                if (local.Unverified != null) rowLocal = local;
            }
            if (DefaultRegion != null)
            {
                var national = National(text!, compact, DefaultRegion);
                return national.E164 == null && rowLocal is PhoneResult own ? own : national;
            }
            if (rowLocal is PhoneResult ownOnly) return ownOnly;
            if (compact.StartsWith("00", StringComparison.Ordinal) && !compact.StartsWith("000", StringComparison.Ordinal))
            {
                return International(text!, "+" + text!.Substring(text.IndexOf("00", StringComparison.Ordinal) + 2), literal: false);
            }
            if (compact[0] != '0' && IsDigits(compact)) return BareDigitsWithoutRegion(text!, compact, fromNumberCell);
            return PhoneResult.Refused(NoRegionHint(text!, compact));
        }

        /// <summary>
        /// The E.164 form when <paramref name="value"/> is a phone number (the same rules as <see cref="Normalize"/>), else
        /// null: for comparing a row's number with a stored contact's.
        /// </summary>
        public string? ToE164OrNull(string? value) => Normalize(value).E164;

        // "+..." as the user wrote it (literal), or "00..." read as international. A literal number in E.164 syntax is the
        // user's data: libphonenumber's opinion of it is advice (a warning), because its metadata lags behind new ranges
        // and LiveDesk itself accepts any E.164 number. A number this module derived must be possible as an international
        // number, not only locally: "0049 151" is no number anyone can call.
        private static PhoneResult International(string original, string text, bool literal)
        {
            PhoneNumber number;
            try
            {
                number = Util.Parse(text, null);
            }
            catch (NumberParseException e)
            {
                // No country behind the code (+999), or nothing after it (+49): not a number anyone can be reached at.
                return literal && e.ErrorType != ErrorType.INVALID_COUNTRY_CODE && e.ErrorType != ErrorType.TOO_SHORT_NSN && AsGiven(original) is string given
                    ? PhoneResult.Ok(given, Unverified(original, given, Describe(e.ErrorType)), "unverified")
                    : PhoneResult.Refused($"'{original}' is not a phone number ({Describe(e.ErrorType)}).");
            }
            if (Util.IsValidNumber(number)) return Accept(original, number);
            if (Util.Format(number, PhoneNumberFormat.E164).Length <= MinimumInternationalDigits)
            {
                return PhoneResult.Refused($"'{original}' is not a phone number: too short for +{number.CountryCode}, and for any country.");
            }
            var possible = Util.IsPossibleNumberWithReason(number);
            var reason = possible switch
            {
                PhoneNumberUtil.ValidationResult.IS_POSSIBLE => "not in its metadata of valid numbers",
                PhoneNumberUtil.ValidationResult.IS_POSSIBLE_LOCAL_ONLY => $"too short to be dialled from abroad for +{number.CountryCode}",
                PhoneNumberUtil.ValidationResult.TOO_SHORT => $"too short for +{number.CountryCode}",
                PhoneNumberUtil.ValidationResult.TOO_LONG => $"too long for +{number.CountryCode}",
                PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => $"+{number.CountryCode} is not a country code",
                _ => "not a valid length",
            };
            if (literal)
            {
                if (possible == PhoneNumberUtil.ValidationResult.IS_POSSIBLE)
                {
                    var e164 = Util.Format(number, PhoneNumberFormat.E164);
                    return PhoneResult.Ok(e164, Unverified(original, e164, reason), "unverified");
                }
                if (possible != PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE && AsGiven(original) is string given)
                {
                    return PhoneResult.Ok(given, Unverified(original, given, reason), "unverified");
                }
            }
            else if (possible == PhoneNumberUtil.ValidationResult.IS_POSSIBLE)
            {
                return Accept(original, number);
            }
            return PhoneResult.Refused($"'{original}' is not a phone number: {reason}.");
        }

        private static readonly System.Text.RegularExpressions.Regex DigitBar = new System.Text.RegularExpressions.Regex(@"(?<=\d)\|(?=\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        // The warning for a number kept although libphonenumber considers it invalid: written in E.164, or nationally in the
        // shape of its region (PhoneResult.AsUnverified).
        internal static string Unverified(string original, string e164, string reason, string written = "E.164") =>
            $"'{original}' is accepted as {e164} as written ({written}), although libphonenumber considers it invalid ({reason}). Check the number if messages to it fail.";

        // The number in E.164 syntax once the punctuation people write is removed (what LiveDesk accepts), else null.
        private static string? AsGiven(string original)
        {
            var sb = new StringBuilder(original.Length);
            foreach (var c in original)
            {
                if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || c == '\u00A0') continue;
                sb.Append(c);
            }
            var compact = sb.ToString();
            // "+49" is a country code, and "+47 912" a cut-off number: the shortest numbers anywhere (Niue's, Saint Helena's:
            // +683 1234, +290 1234) have seven digits with their country code.
            return E164Syntax.IsMatch(compact) && compact.Length > MinimumInternationalDigits ? compact : null;
        }

        private static PhoneResult National(string text, string compact, string region)
        {
            if (compact[0] != '0' && IsDigits(compact))
            {
                // "4915112345678" with region DE: libphonenumber would read 0491 5112345678, a valid German number, but
                // digits that start with the region's own country code are the international number without its +.
                var cc = Util.GetCountryCodeForRegion(region).ToString(CultureInfo.InvariantCulture);
                if (compact.StartsWith(cc, StringComparison.Ordinal) && TryValid("+" + compact, null, out var own)
                    && Util.GetRegionCodeForNumber(own) is string ownRegion && Util.GetCountryCodeForRegion(ownRegion) == Util.GetCountryCodeForRegion(region))
                {
                    return Accept(text, own);
                }
            }
            if (TryValid(text, region, out var national)) return Accept(text, national);
            if (SharedPlan(text, region) is PhoneNumber shared) return Accept(text, shared);
            if (compact.StartsWith("00", StringComparison.Ordinal) && TryValid("+" + compact.Substring(2), null, out var dialled))
            {
                return Accept(text, dialled);
            }
            if (compact[0] != '0' && IsDigits(compact) && compact.Length >= 8 && TryValid("+" + compact, null, out var international))
            {
                return Accept(text, international);
            }
            return PhoneResult.Refused($"'{text}' is not a valid {region} phone number (-DefaultRegion {region}). Write numbers of other countries with + and the country code.",
                NationalShape(compact, region));
        }

        // libphonenumber's ranges of given-out numbers lag behind the operators' (and an older copy of its metadata behind
        // both): "054-1234567" has the length and shape of an Israeli mobile, but its range is not listed. Such a number, when
        // it is written as the region writes its own (with its trunk prefix where that is not the country code: the 0 of
        // "054"), matches the region's pattern of numbers, is possible by length and sits beside listed numbers, is the
        // region's number as written. A digit short, or any unlisted number of the North American plan, is not.
        private static string? NationalShape(string compact, string region)
        {
            try
            {
                var metadata = Util.GetMetadataForRegion(region);
                if (metadata?.GeneralDesc?.NationalNumberPattern is not string pattern) return null;
                // Not in the North American plan: its metadata lists each area code, and a national number outside it is
                // fiction ("(555) 229-3326", Magento's sample customer) or a typo more often than a new range.
                if (metadata.CountryCode == 1) return null;
                var prefix = metadata.NationalPrefix;
                if (!IsDigits(compact)) return null;
                if (!string.IsNullOrEmpty(prefix) && prefix != metadata.CountryCode.ToString(CultureInfo.InvariantCulture)
                    && !compact.StartsWith(prefix, StringComparison.Ordinal)) return null;
                var number = Util.Parse(compact, region);
                if (Util.IsPossibleNumberWithReason(number) != PhoneNumberUtil.ValidationResult.IS_POSSIBLE) return null;
                var nsn = Util.GetNationalSignificantNumber(number);
                if (!System.Text.RegularExpressions.Regex.IsMatch(nsn, "^(?:" + pattern + ")$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)) return null;
                return NextToListed(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
            }
            catch (NumberParseException)
            {
                return null;
            }
        }

        // France and its overseas departments and collectivities dial one another as national numbers, though libphonenumber
        // gives each its own region and calling code: "06 92 45 67 81" in a French school's list (ONDE) is a mobile in La
        // Réunion, +262 692 45 67 81; "05 90 ..." is Guadeloupe (+590). A national number the region does not know is the one
        // other region of its plan where it is valid (numbers valid in several of them must mean one E.164 number).
        private static readonly string[] FrenchPlan = { "FR", "RE", "YT", "GP", "MQ", "GF", "PM", "BL", "MF" };

        private static PhoneNumber? SharedPlan(string text, string region)
        {
            if (Array.IndexOf(FrenchPlan, region) < 0) return null;
            PhoneNumber? found = null;
            foreach (var sibling in FrenchPlan)
            {
                if (sibling == region || !TryValid(text, sibling, out var number)) continue;
                if (found != null && Util.Format(found, PhoneNumberFormat.E164) != Util.Format(number, PhoneNumberFormat.E164)) return null;
                found = number;
            }
            return found;
        }

        private static PhoneResult BareDigitsWithoutRegion(string text, string digits, bool fromNumberCell)
        {
            if (digits.Length >= 11 && digits[0] != '1' && TryValid("+" + digits, null, out var international)
                && !LostTrunkZero(digits))
            {
                return Accept(text, international);
            }
            var hint = NoRegionHint(text, digits);
            if (fromNumberCell)
            {
                hint += " A number cell in Excel drops the leading + or 0: format the column as Text in Excel.";
            }
            return PhoneResult.Refused(hint);
        }

        private static bool LostTrunkZero(string digits)
        {
            foreach (var region in TrunkZeroRegions)
            {
                if (TryValid("0" + digits, region, out var n))
                {
                    var type = Util.GetNumberType(n);
                    if (type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE) return true;
                }
            }
            return false;
        }

        // True when a listed number of the same length shares the first two digits and all but one of the next two: the
        // number sits in a range beside given-out ones ("054-1xx" beside Israel's "054-4xx"), not in a length or prefix the
        // region never uses (a German mobile "0151 1234" cut to seven digits: every listed 0151 number is longer).
        private static bool NextToListed(PhoneNumber number)
        {
            var prefix = "+" + number.CountryCode.ToString(CultureInfo.InvariantCulture);
            var digits = Util.GetNationalSignificantNumber(number).ToCharArray();
            for (var position = 2; position <= 3 && position < digits.Length - 2; position++)
            {
                var own = digits[position];
                for (var d = '0'; d <= '9'; d++)
                {
                    if (d == own) continue;
                    digits[position] = d;
                    if (TryValid(prefix + new string(digits), null, out _)) return true;
                }
                digits[position] = own;
            }
            return false;
        }

        private static PhoneResult Accept(string original, PhoneNumber number)
        {
            var e164 = Util.Format(number, PhoneNumberFormat.E164);
            var warning = number.HasExtension
                ? $"'{original}' has an extension ({number.Extension}); E.164 has no place for it, so {e164} is stored without it."
                : null;
            return PhoneResult.Ok(e164, warning, warning == null ? null : "extension");
        }

        private static bool TryValid(string text, string? region, out PhoneNumber number)
        {
            try
            {
                number = Util.Parse(text, region);
                return Util.IsValidNumber(number);
            }
            catch (NumberParseException)
            {
                number = null!;
                return false;
            }
        }

        private static string Describe(ErrorType type) => type switch
        {
            ErrorType.INVALID_COUNTRY_CODE => "unknown country code",
            ErrorType.TOO_SHORT_NSN => "too short",
            ErrorType.TOO_SHORT_AFTER_IDD => "too short",
            ErrorType.TOO_LONG => "too long",
            _ => "no number found",
        };
    }
}
