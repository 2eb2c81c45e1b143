using System;
using System.Collections.Generic;
using LiveDesk.Models;

namespace LiveDesk.Protocol
{
    /// <summary>How each unique field is named, read and compared.</summary>
    internal static class UniqueFields
    {
        /// <summary>Every unique field, in the order a lookup prefers them.</summary>
        public static readonly IReadOnlyList<UniqueField> All = new[] { UniqueField.Email, UniqueField.PhoneNumber, UniqueField.Identifier };

        /// <summary>The field's name in the API's JSON and 422 <c>attributes</c>.</summary>
        public static string ApiName(this UniqueField field) =>
            field == UniqueField.Email ? "email" : field == UniqueField.PhoneNumber ? "phone_number" : "identifier";

        /// <summary>The field's name in messages for people.</summary>
        public static string Describe(this UniqueField field) =>
            field == UniqueField.Email ? "e-mail" : field == UniqueField.PhoneNumber ? "phone number" : "identifier";

        /// <summary>The field named by the API (<c>email</c>) or by a 422 message (<c>Email has ...</c>), if it is unique.</summary>
        public static UniqueField? FromApiName(string name)
        {
            if (name.StartsWith("email", StringComparison.OrdinalIgnoreCase)) return UniqueField.Email;
            if (name.StartsWith("phone", StringComparison.OrdinalIgnoreCase)) return UniqueField.PhoneNumber;
            if (name.StartsWith("identifier", StringComparison.OrdinalIgnoreCase)) return UniqueField.Identifier;
            return null;
        }

        /// <summary>The row's value of the field, or null when not given.</summary>
        public static string? ValueIn(this UniqueField field, ContactFields fields) =>
            field == UniqueField.Email ? fields.Email : field == UniqueField.PhoneNumber ? fields.PhoneNumber : fields.Identifier;

        /// <summary>True when the contact's value of the field equals <paramref name="value"/> as LiveDesk compares it.</summary>
        public static bool Matches(this UniqueField field, LiveDeskContact contact, string value)
        {
            var comparison = field == UniqueField.Email ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            var actual = field == UniqueField.Email ? contact.Email : field == UniqueField.PhoneNumber ? contact.PhoneNumber : contact.Identifier;
            return string.Equals(actual, value, comparison);
        }

        /// <summary>True when the contact has every unique value the fields give.</summary>
        public static bool MatchesAll(LiveDeskContact contact, ContactFields fields)
        {
            foreach (var field in All)
            {
                if (field.ValueIn(fields) is string value && !field.Matches(contact, value)) return false;
            }
            return true;
        }

        /// <summary>Keys that order rows sharing a unique value one after the other (e-mail ignoring case).</summary>
        public static IReadOnlyCollection<string> OrderingKeys(ContactFields fields)
        {
            var keys = new List<string>(3);
            foreach (var field in All)
            {
                if (!(field.ValueIn(fields) is string value)) continue;
                keys.Add(field.ApiName() + ":" + (field == UniqueField.Email ? value.ToLowerInvariant() : value));
            }
            return keys;
        }
    }
}
