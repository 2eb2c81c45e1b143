using System;
using System.Collections;

namespace LiveDesk.Models
{
    /// <summary>The writable fields of a contact, as sent to the API. Null means "not given".</summary>
    internal sealed class ContactFields
    {
        /// <summary>The inbox to create the contact in (create only).</summary>
        public long? InboxId { get; set; }

        /// <summary>Contact name.</summary>
        public string? Name { get; set; }

        /// <summary>E-mail address.</summary>
        public string? Email { get; set; }

        /// <summary>Phone number in E.164 format.</summary>
        public string? PhoneNumber { get; set; }

        /// <summary>Absolute http(s) URL of an avatar image.</summary>
        public string? AvatarUrl { get; set; }

        /// <summary>The caller's own id for the contact.</summary>
        public string? Identifier { get; set; }

        /// <summary>Company name (additional_attributes.company_name).</summary>
        public string? Company { get; set; }

        /// <summary>City (additional_attributes.city).</summary>
        public string? City { get; set; }

        /// <summary>Country name as given (additional_attributes.country).</summary>
        public string? Country { get; set; }

        /// <summary>ISO 3166-1 alpha-2 country code (additional_attributes.country_code).</summary>
        public string? CountryCode { get; set; }

        /// <summary>Free-text description (additional_attributes.description).</summary>
        public string? Description { get; set; }

        /// <summary>Whether the contact is blocked (update only).</summary>
        public bool? Blocked { get; set; }

        /// <summary>Custom attributes (update only; the API merges them).</summary>
        public Hashtable? CustomAttributes { get; set; }

        /// <summary>True when any of company, city, country, country code or description is given (an empty string counts: it clears).</summary>
        public bool HasAdditionalAttributes => Company != null || City != null || Country != null || CountryCode != null || Description != null;

        /// <summary>The additional attributes under their API keys, null where not given.</summary>
        public (string Key, string? Value)[] AdditionalAttributes() => new[]
        {
            ("company_name", Company), ("city", City), ("country", Country), ("country_code", CountryCode), ("description", Description),
        };

        /// <summary>Sets one additional attribute by its API key (one of <see cref="AdditionalAttributes"/>'s).</summary>
        public void SetAdditionalAttribute(string key, string? value)
        {
            switch (key)
            {
                case "company_name": Company = value; break;
                case "city": City = value; break;
                case "country": Country = value; break;
                case "country_code": CountryCode = value; break;
                case "description": Description = value; break;
                default: throw new ArgumentOutOfRangeException(nameof(key), key, "Not an additional attribute of a contact.");
            }
        }

        /// <summary>A copy without the additional attributes: the create, where the server is known to drop them.</summary>
        public ContactFields WithoutAdditionalAttributes() => new ContactFields
        {
            InboxId = InboxId, Name = Name, Email = Email, PhoneNumber = PhoneNumber, AvatarUrl = AvatarUrl, Identifier = Identifier,
            Blocked = Blocked, CustomAttributes = CustomAttributes,
        };

        /// <summary>A copy holding only the additional attributes: the PATCH that stores them after a create that dropped them.</summary>
        public ContactFields OnlyAdditionalAttributes() => new ContactFields
        {
            Company = Company, City = City, Country = Country, CountryCode = CountryCode, Description = Description,
        };

        /// <summary>True when the row carries a field LiveDesk keeps unique, so the contact can be found again.</summary>
        public bool HasUniqueField => Email != null || PhoneNumber != null || Identifier != null;

        /// <summary>A short description for messages: the first unique field, else the name.</summary>
        public string Describe()
        {
            var key = Email ?? PhoneNumber ?? Identifier;
            if (Name != null && key != null) return $"'{Name}' <{key}>";
            return key != null ? $"<{key}>" : Name != null ? $"'{Name}'" : "(no name)";
        }
    }
}
