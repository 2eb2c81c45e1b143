using System;
using System.Globalization;
using System.Linq;

namespace LiveDesk.Input
{
    // A number whose country calling code is kept in a column of its own (Twenty's "Primary Phone Country Code", a form's
    // "Country Code" with "+49" beside "Phone" with "171 2345678"): the two columns spell one international number.
    internal sealed partial class PhoneNormalizer
    {
        /// <summary>
        /// As <see cref="Normalize(string, bool, string)"/>, with the country calling code the row gives for this number
        /// (0 for none). A number written with + or 00 keeps its own code; any other is read as a number of that code, before
        /// the row's country and the default region, which serve only when no code is given.
        /// </summary>
        public PhoneResult NormalizeWithCallingCode(string? value, bool fromNumberCell, string? rowRegion, int callingCode)
        {
            var text = value?.Trim();
            if (callingCode <= 0 || string.IsNullOrEmpty(text) || CellValue.IsScientificNotation(text!) || HasLetters(text!))
            {
                return Normalize(value, fromNumberCell, rowRegion);
            }
            var compact = Compact(text!);
            if (compact.Length == 0 || compact[0] == '+' || compact.StartsWith("00", StringComparison.Ordinal)) return Normalize(value, fromNumberCell, rowRegion);
            var region = Util.GetRegionCodeForCountryCode(callingCode);
            if (IsKnownRegion(region) && National(text!, compact, region) is { E164: not null } national) return national;
            // Not valid in the code's main region (new ranges, a smaller country sharing the code): the number the two
            // columns spell, when it is at least of a possible length there.
            var code = callingCode.ToString(CultureInfo.InvariantCulture);
            var spelled = International(text!, "+" + code + " " + text, literal: false);
            return spelled.E164 != null ? spelled
                : PhoneResult.Refused($"'{text}' with the country calling code +{code} of its row is not a phone number ({spelled.Problem}).");
        }

        /// <summary>
        /// Reads a country calling code cell: "+49", "49", "0049", "FR +33", "Germany (+49)" give the code; a two-letter
        /// region ("FR", "de") gives the region instead. False for anything else (a trunk-0 area code such as "030", text).
        /// </summary>
        public static bool TryCallingCode(string text, out int code, out string? region)
        {
            code = 0;
            region = null;
            var t = text.Trim();
            var plus = t.IndexOf('+');
            string digits;
            if (plus >= 0)
            {
                var end = plus + 1;
                while (end < t.Length && char.IsDigit(t[end]) && t[end] <= '9') end++;
                digits = t.Substring(plus + 1, end - plus - 1);
            }
            else if (t.Length > 0 && IsDigits(t))
            {
                if (t.StartsWith("00", StringComparison.Ordinal)) digits = t.Substring(2);
                else if (t[0] == '0') return false;
                else digits = t;
            }
            else
            {
                if (t.Length == 2 && char.IsLetter(t[0]) && char.IsLetter(t[1]) && IsKnownRegion(t))
                {
                    region = t.ToUpperInvariant();
                    return true;
                }
                return false;
            }
            if (digits.Length == 0 || digits.Length > 3 || digits[0] == '0') return false;
            var n = int.Parse(digits, CultureInfo.InvariantCulture);
            if (Util.GetRegionCodeForCountryCode(n) == "ZZ") return false;
            code = n;
            return true;
        }

        /// <summary>
        /// True for a digit string that is a valid number of <paramref name="region"/> read with a + before it ("6596418237": a
        /// Singapore mobile, ten digits with its country code, as SMS gateways write recipients). The region makes shorter
        /// strings safe to take than <see cref="IsValidInternationalDigits"/> takes.
        /// </summary>
        public static bool IsValidInternationalDigitsOf(string digits, string region)
        {
            if (digits.Length < 8 || digits.Length > 15 || !digits.All(char.IsDigit) || !TryValid("+" + digits, null, out _)) return false;
            try { return Util.GetRegionCodeForNumber(Util.Parse("+" + digits, null)) == region; }
            catch (PhoneNumbers.NumberParseException) { return false; }
        }

        /// <summary>
        /// True for a digit string that is a valid number read with a + before it ("5511987654321": a São Paulo mobile): a
        /// number written with its country code and no sign, as messaging tools keep WhatsApp numbers.
        /// </summary>
        public static bool IsValidInternationalDigits(string digits)
        {
            return digits.Length >= 11 && digits.Length <= 15 && digits.All(char.IsDigit) && TryValid("+" + digits, null, out _);
        }

        /// <summary>
        /// True when <paramref name="text"/> (digits, perhaps spaced) is a valid mobile number of <paramref name="region"/>, written
        /// nationally or with the country code and no sign ("5321234567", "05321234567", "905321234567" in TR). Where mobile
        /// and fixed numbers share their ranges (the US), a number of those ranges counts.
        /// </summary>
        public static bool IsValidMobileIn(string text, string region)
        {
            var digits = text.Count(char.IsDigit);
            if (digits < 6 || digits > 15 || text.Any(c => !char.IsDigit(c) && c is not (' ' or '-' or '.' or '(' or ')' or '/' or '+'))) return false;
            try
            {
                var number = Util.Parse(text, region);
                return Util.IsValidNumberForRegion(number, region)
                    && Util.GetNumberType(number) is PhoneNumbers.PhoneNumberType.MOBILE or PhoneNumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE;
            }
            catch (PhoneNumbers.NumberParseException) { return false; }
        }

        /// <summary>
        /// True when <paramref name="text"/> has the length of a number of <paramref name="region"/> (or of the country its + names):
        /// "2024-0412" has too few digits for any US number, "044 123 456" fits Albania's (and Kosovo's).
        /// </summary>
        public static bool IsPossibleIn(string text, string region)
        {
            try { return Util.IsPossibleNumber(Util.Parse(text, region)); }
            catch (PhoneNumbers.NumberParseException) { return false; }
        }

        /// <summary>
        /// An Argentine number from a column its header calls a mobile: the mobile itself, with the 9 that only the
        /// international form of a mobile carries ("11 6123-4567" under "Celular" is +54 9 11 6123-4567). Written without its
        /// "15" (as MiCorreo's upload asks), a mobile has the digits of a fixed line, and libphonenumber takes it for one, which
        /// no message reaches. Null where <paramref name="e164"/> is no Argentine fixed line or the 9 makes no valid mobile.
        /// </summary>
        public static string? ArgentineMobile(string? e164)
        {
            if (e164 == null || !e164.StartsWith("+54", StringComparison.Ordinal) || e164.StartsWith("+549", StringComparison.Ordinal)) return null;
            try
            {
                if (Util.GetNumberType(Util.Parse(e164, null)) != PhoneNumbers.PhoneNumberType.FIXED_LINE) return null;
                var mobile = "+549" + e164.Substring(3);
                return IsMobile(mobile) ? mobile : null;
            }
            catch (PhoneNumbers.NumberParseException) { return null; }
        }

        /// <summary>
        /// True when libphonenumber types a stored number as a mobile one. Where mobile and fixed numbers share their ranges
        /// (the US, Canada) nothing is known, and false is returned.
        /// </summary>
        public static bool IsMobile(string? e164)
        {
            if (string.IsNullOrEmpty(e164)) return false;
            try { return Util.GetNumberType(Util.Parse(e164, null)) == PhoneNumbers.PhoneNumberType.MOBILE; }
            catch (PhoneNumbers.NumberParseException) { return false; }
        }
    }
}
