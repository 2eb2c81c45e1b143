using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LiveDesk.Errors;
using LiveDesk.Models;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// Checks a row before it is sent, so that a bad row fails alone with a clear message instead of
    /// costing a request (and a rate-limit slot) for a 422.
    /// </summary>
    internal static class ContactValidator
    {
        /// <summary>LiveDesk (Chatwoot) rejects strings longer than this.</summary>
        public const int MaxLength = 255;

        // Devise's e-mail rule (what Chatwoot applies) plus a dot in the domain, which catches
        // the typical spreadsheet typo "alice@example" while accepting every real address.
        private static readonly Regex E164 = new Regex(@"^\+[1-9][0-9]{1,14}$", RegexOptions.CultureInvariant);

        /// <summary>Trims a value; empty or white space means "not given".</summary>
        public static string? Clean(string? value)
        {
            if (value == null) return null;
            var trimmed = value.Trim();
            return trimmed.Length == 0 ? null : trimmed;
        }

        /// <summary>
        /// Removes the punctuation people write inside phone numbers (spaces, dashes, dots, parentheses),
        /// but only where what is left is a valid E.164 number; otherwise returns the input unchanged.
        /// </summary>
        public static string NormalizePhoneNumber(string phone)
        {
            var sb = new StringBuilder(phone.Length);
            foreach (var c in phone)
            {
                if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '\u00A0') continue;
                sb.Append(c);
            }
            var compact = sb.ToString();
            return E164.IsMatch(compact) ? compact : phone;
        }

        /// <summary>
        /// Validates and normalizes the fields in place. Returns null when the row may be sent,
        /// else the error for that row.
        /// </summary>
        public static LiveDeskError? Validate(ContactFields fields, bool requireInbox)
        {
            if (requireInbox && (fields.InboxId is null || fields.InboxId <= 0))
            {
                return InvalidInboxId(Convert.ToString(fields.InboxId, CultureInfo.InvariantCulture) ?? string.Empty);
            }

            foreach (var (name, value) in new[]
            {
                ("Name", fields.Name), ("Email", fields.Email), ("PhoneNumber", fields.PhoneNumber), ("Identifier", fields.Identifier), ("AvatarUrl", fields.AvatarUrl),
                ("Company", fields.Company), ("City", fields.City), ("Country", fields.Country), ("Description", fields.Description),
            })
            {
                // A lone surrogate would reach LiveDesk as U+FFFD: the row would be stored damaged, silently.
                if (value != null && FindLoneSurrogate(value) is int at)
                {
                    return Failures.Invalid(ErrorIds.InvalidInput, $"{name} holds a broken character (a lone UTF-16 surrogate U+{(int)value[at]:X4} at position {at + 1}); the text was probably cut inside an emoji.");
                }
                if (value != null && value.Length > MaxLength && CountCharacters(value) is var length && length > MaxLength)
                {
                    return Failures.Invalid(ErrorIds.ValueTooLong, $"{name} is {length} characters long; LiveDesk accepts at most {MaxLength}.");
                }
            }

            // A bare address only: the text around a wrapped or listed address, or a JSON cell, would be stored as the address.
            if (fields.Email != null && !LiveDesk.Input.ValueShapes.IsBareAddress(fields.Email))
            {
                return Failures.Invalid(ErrorIds.InvalidEmail, $"Email '{fields.Email}' is not an e-mail address.");
            }

            if (fields.PhoneNumber != null)
            {
                var phone = NormalizePhoneNumber(fields.PhoneNumber);
                if (!E164.IsMatch(phone))
                {
                    var digits = phone.TrimStart();
                    var hint = digits.StartsWith("+", StringComparison.Ordinal)
                        ? "E.164 is a + followed by the country code and number, 2 to 15 digits, for example +4915112345678."
                        : digits.StartsWith("00", StringComparison.Ordinal)
                            ? "Write the international prefix 00 as +, for example +4915112345678."
                            : "Add the country code with a leading +, for example +4915112345678 instead of 015112345678.";
                    return Failures.Invalid(ErrorIds.InvalidPhoneNumber, $"PhoneNumber '{fields.PhoneNumber}' is not in E.164 format. {hint}");
                }
                fields.PhoneNumber = phone;
            }

            if (fields.AvatarUrl != null)
            {
                if (!Uri.TryCreate(fields.AvatarUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
                {
                    return Failures.Invalid(ErrorIds.InvalidAvatarUrl, $"AvatarUrl '{fields.AvatarUrl}' is not an absolute http or https URL.");
                }
            }

            if (fields.CountryCode is string given && given.Length > 0)
            {
                var code = given.Trim().ToUpperInvariant();
                if (code.Length != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z')
                {
                    return Failures.Invalid(ErrorIds.InvalidInput, $"CountryCode '{given}' is not a two-letter ISO 3166 country code such as DE or US.");
                }
                fields.CountryCode = code;
            }
            else if (fields.CountryCode == null && !string.IsNullOrEmpty(fields.Country))
            {
                // Agents filter and sort by the code; the name stays as the row wrote it.
                fields.CountryCode = CountryNames.CodeOf(fields.Country);
            }

            if (fields.CustomAttributes != null)
            {
                // PowerShell's wrapped values become plain JSON values here, or the row fails (cycles, NaN, script blocks...).
                var invalid = CustomAttributeValues.TryNormalize(fields.CustomAttributes, out var plain);
                if (invalid != null) return invalid;
                fields.CustomAttributes = plain;
            }

            return null;
        }

        /// <summary>The index of the first UTF-16 surrogate that is not half of a pair, or null.</summary>
        public static int? FindLoneSurrogate(string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
                else if (char.IsSurrogate(value[i])) return i;
            }
            return null;
        }

        /// <summary>
        /// Reads an inbox id as a cell or a number gives it: null, with the value's text in
        /// <paramref name="rejected"/>, when it is not a whole number in the range of a long.
        /// </summary>
        public static long? ReadInboxId(object? value, out string? rejected)
        {
            // 2^63 is the double nearest long.MaxValue and does not fit: compare strictly below it.
            const double Limit = 9.2233720368547758E18;
            rejected = null;
            switch (value)
            {
                case long l: return l;
                case int i: return i;
                case short s: return s;
                case byte b: return b;
                case uint ui: return ui;
                case double d when d == Math.Floor(d) && d >= -Limit && d < Limit: return (long)d;
                case decimal m when m == decimal.Truncate(m) && m >= long.MinValue && m <= long.MaxValue: return (long)m;
                case string text when long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed): return parsed;
            }
            rejected = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
            return null;
        }

        /// <summary>The error for an inbox id that is not a positive whole number, quoting it as given.</summary>
        public static LiveDeskError InvalidInboxId(string given) =>
            Failures.Invalid(ErrorIds.InvalidInboxId, $"Inbox id '{given}' is not a positive whole number. Use the channel id from the LiveDesk console (Project settings - Channels).");

        /// <summary>
        /// Characters as LiveDesk counts them (Unicode code points): an emoji is one character, although
        /// .NET strings hold it as two UTF-16 units.
        /// </summary>
        public static int CountCharacters(string value)
        {
            var count = 0;
            for (var i = 0; i < value.Length; i++)
            {
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
                count++;
            }
            return count;
        }

    }
}
