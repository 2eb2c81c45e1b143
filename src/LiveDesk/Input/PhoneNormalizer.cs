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
    internal sealed class PhoneNormalizer
    {
        private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

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

        /// <summary>Every region code accepted as default region, sorted (for argument completion).</summary>
        public static IReadOnlyList<string> KnownRegions { get; } = Util.GetSupportedRegions().OrderBy(r => r, StringComparer.Ordinal).ToArray();

        /// <summary>
        /// Normalises one number. <paramref name="fromNumberCell"/> says the digits came from a numeric value
        /// (a double from Import-Excel), which never carries a + or a leading 0.
        /// </summary>
        public PhoneResult Normalize(string? value, bool fromNumberCell = false)
        {
            var text = value?.Trim();
            if (string.IsNullOrEmpty(text)) return PhoneResult.Empty;
            if (CellValue.IsScientificNotation(text!))
            {
                return PhoneResult.Refused($"'{text}' is a number in Excel's scientific notation: its last digits are lost. In Excel, format the column as Text (or write the numbers with a leading +), save again and re-import.");
            }

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

            if (compact[0] == '+') return International(text!, text!);
            if (DefaultRegion != null) return National(text!, compact);
            if (compact.StartsWith("00", StringComparison.Ordinal) && !compact.StartsWith("000", StringComparison.Ordinal))
            {
                return International(text!, "+" + text!.Substring(text.IndexOf("00", StringComparison.Ordinal) + 2));
            }
            if (compact[0] != '0' && IsDigits(compact)) return BareDigitsWithoutRegion(text!, compact, fromNumberCell);
            return PhoneResult.Refused(NoRegionHint(text!, compact));
        }

        /// <summary>
        /// The E.164 form when <paramref name="value"/> is a phone number (the same rules as <see cref="Normalize"/>), else
        /// null: for comparing a row's number with a stored contact's.
        /// </summary>
        public string? ToE164OrNull(string? value) => Normalize(value).E164;

        private static PhoneResult International(string original, string text)
        {
            PhoneNumber number;
            try
            {
                number = Util.Parse(text, null);
            }
            catch (NumberParseException e)
            {
                return PhoneResult.Refused($"'{original}' is not a phone number ({Describe(e.ErrorType)}).");
            }
            if (!Util.IsValidNumber(number) && !Util.IsPossibleNumber(number))
            {
                var reason = Util.IsPossibleNumberWithReason(number) switch
                {
                    PhoneNumberUtil.ValidationResult.TOO_SHORT => "too short",
                    PhoneNumberUtil.ValidationResult.TOO_LONG => "too long",
                    PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => $"+{number.CountryCode} is not a country code",
                    _ => "not a valid length",
                };
                return PhoneResult.Refused($"'{original}' is not a phone number: {reason} for +{number.CountryCode}.");
            }
            return Accept(original, number);
        }

        private PhoneResult National(string text, string compact)
        {
            var region = DefaultRegion!;
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
            if (compact.StartsWith("00", StringComparison.Ordinal) && TryValid("+" + compact.Substring(2), null, out var dialled))
            {
                return Accept(text, dialled);
            }
            if (compact[0] != '0' && IsDigits(compact) && compact.Length >= 8 && TryValid("+" + compact, null, out var international))
            {
                return Accept(text, international);
            }
            return PhoneResult.Refused($"'{text}' is not a valid {region} phone number (-DefaultRegion {region}). Write numbers of other countries with + and the country code.");
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

        // The hint for a number without country code: the regions where it is valid, the likeliest first. Likeliest is the one
        // whose own national format groups the digits the way the user did ("(650) 555-0142" is how the US writes it),
        // then the order of HintRegions.
        private static string NoRegionHint(string text, string compact)
        {
            var groups = DigitGroups(text);
            var candidates = new List<(string Region, PhoneNumber Number, int Score, int Order)>();
            for (var i = 0; i < HintRegions.Length; i++)
            {
                var region = HintRegions[i];
                if (!TryValid(text, region, out var n)) continue;
                if (candidates.Any(c => c.Number.CountryCode == n.CountryCode && c.Number.NationalNumber == n.NationalNumber)) continue;
                var score = groups.Length > 1 && DigitGroups(Util.Format(n, PhoneNumberFormat.NATIONAL)).SequenceEqual(groups) ? 0 : 1;
                candidates.Add((region, n, score, i));
            }
            if (candidates.Count == 0)
            {
                return $"'{text}' has no country code. Write it with + and the country code (for example +49 171 2345678), or pass -DefaultRegion with the country the numbers belong to (DE, US, ...).";
            }
            var ordered = candidates.OrderBy(c => c.Score).ThenBy(c => c.Order).ToList();
            var best = ordered[0];
            var others = ordered.Skip(1).Take(3).Select(c => c.Region).ToList();
            var also = others.Count == 0 ? "" : $" (it would also be valid in {string.Join(", ", others)})";
            return $"'{text}' has no country code and looks like a {best.Region} number{also}: pass -DefaultRegion {best.Region}, or write it as {Util.Format(best.Number, PhoneNumberFormat.INTERNATIONAL)}.";
        }

        private static PhoneResult Accept(string original, PhoneNumber number)
        {
            var e164 = Util.Format(number, PhoneNumberFormat.E164);
            var warning = number.HasExtension
                ? $"'{original}' has an extension ({number.Extension}); E.164 has no place for it, so {e164} is stored without it."
                : null;
            return PhoneResult.Ok(e164, warning);
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

        // Digits and a leading +, nothing else: the shape of the number, whatever punctuation it was written with.
        private static string Compact(string text)
        {
            var sb = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (c >= '0' && c <= '9') sb.Append(c);
                else if (c == '+' && sb.Length == 0) sb.Append(c);
            }
            return sb.ToString();
        }

        private static readonly Regex Extension = new Regex(@"\s*(?:ext\.?|extension|x|#|Durchwahl|DW)\s*\d+\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private static bool HasLetters(string text)
        {
            var number = Extension.Replace(text, "");
            foreach (var c in number) if (char.IsLetter(c)) return true;
            return false;
        }

        private static bool IsDigits(string s)
        {
            foreach (var c in s) if (c < '0' || c > '9') return false;
            return true;
        }

        private static int[] DigitGroups(string text)
        {
            var groups = new List<int>();
            var run = 0;
            foreach (var c in text)
            {
                if (c >= '0' && c <= '9') run++;
                else if (run > 0) { groups.Add(run); run = 0; }
            }
            if (run > 0) groups.Add(run);
            return groups.ToArray();
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
