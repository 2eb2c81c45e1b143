using System;
using System.Collections;

namespace LiveDesk.Models
{
    /// <summary>A LiveDesk contact, as returned by the API and emitted by the LiveDesk cmdlets.</summary>
    public sealed class LiveDeskContact
    {
        /// <summary>The contact id in LiveDesk.</summary>
        public long Id { get; set; }

        /// <summary>The contact's name.</summary>
        public string? Name { get; set; }

        /// <summary>The contact's e-mail address (LiveDesk stores it lower-cased).</summary>
        public string? Email { get; set; }

        /// <summary>The contact's phone number in E.164 format.</summary>
        public string? PhoneNumber { get; set; }

        /// <summary>The caller's own id for this contact.</summary>
        public string? Identifier { get; set; }

        /// <summary>The avatar URL that was sent when the contact was created or updated by this module.</summary>
        public string? AvatarUrl { get; set; }

        /// <summary>The thumbnail URL LiveDesk serves for the contact (empty until the avatar is processed).</summary>
        public string? Thumbnail { get; set; }

        /// <summary>Online status, for example "offline".</summary>
        public string? AvailabilityStatus { get; set; }

        /// <summary>Whether the contact is blocked.</summary>
        public bool Blocked { get; set; }

        /// <summary>The company (additional attribute company_name).</summary>
        public string? Company { get; set; }

        /// <summary>The city (additional attribute city).</summary>
        public string? City { get; set; }

        /// <summary>The country as stored (additional attribute country).</summary>
        public string? Country { get; set; }

        /// <summary>The two-letter country code (additional attribute country_code).</summary>
        public string? CountryCode { get; set; }

        /// <summary>Additional attributes as LiveDesk returned them.</summary>
        public Hashtable AdditionalAttributes { get; set; } = new Hashtable();

        /// <summary>Custom attributes as LiveDesk returned them.</summary>
        public Hashtable CustomAttributes { get; set; } = new Hashtable();

        /// <summary>When the contact was created.</summary>
        public DateTimeOffset? CreatedAt { get; set; }

        /// <summary>The last activity of the contact, when LiveDesk reports one.</summary>
        public DateTimeOffset? LastActivityAt { get; set; }

        /// <summary>The inbox the contact was created in (from the create response).</summary>
        public long? InboxId { get; set; }

        /// <summary>The contact's id in that inbox (a UUID for API channels).</summary>
        public string? SourceId { get; set; }

        /// <summary>Every inbox the contact belongs to.</summary>
        public LiveDeskContactInbox[] ContactInboxes { get; set; } = Array.Empty<LiveDeskContactInbox>();

        /// <summary>What New-LiveDeskContact did for the row: Created, Existing, Updated or Unchanged. Empty for contacts read with Get-LiveDeskContact or written by Set-LiveDeskContact.</summary>
        public ContactOutcome? Outcome { get; set; }

        /// <summary>Under -WhatIf, what the real run would do with the row (shown as a "What if:" line); never output.</summary>
        internal string? Plan { get; set; }

        /// <inheritdoc />
        public override string ToString() => $"{Id} {Name ?? Email ?? PhoneNumber ?? Identifier}".TrimEnd();
    }
}
