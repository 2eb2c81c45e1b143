using System;
using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    /// <summary>
    /// The one table of export headers the module recognises. Headers are matched after
    /// <see cref="ColumnNames.Normalize"/>, so "E-mail Address", "EmailAddress" and "email_address" are one entry.
    /// Within a field the lowest rank with a value in the row wins; the ranks encode the documented precedence:
    /// <list type="bullet">
    /// <item>Name: DisplayName / Full Name (10) before Name (20); without either, First [Middle] Last is composed.
    /// A Name of the form "Last, First" that matches the row's first and last name (Get-ADUser's CN) is composed instead.</item>
    /// <item>Email: an e-mail column (0), then secondary addresses (10, 20), then the user principal name (50), which
    /// M365 exports and Get-MgUser carry instead of an e-mail for users without a mailbox. It is skipped for guests
    /// (#EXT#) and for domains that cannot receive mail (.local, .lan, .internal, .corp, ...).</item>
    /// <item>PhoneNumber: mobile (0) before a general phone column (10) before business/office (20) before home (30)
    /// before other (40). Mobile first because it reaches the person; business numbers are often a shared switchboard,
    /// which would make two people match each other.</item>
    /// <item>Identifier: Identifier (0), external id (10), employee id (20), customer id (30), CRM record ids (40),
    /// a bare Id (55: the exporting system's key, used only when no column names the person's own id), a record's code or
    /// number by its words (58, 59), a user id (62: the linked user account's key, used only when the record has no key of its own).
    /// Directory object ids (Object Id, ObjectGUID, and objectId by its words) and the directory's logon names (SamAccountName,
    /// Alias, MailNickname) are not identifiers: they are not the caller's own key, a directory export always carries the user
    /// principal name and address that match on a re-run, and a GUID or alias stored as the identifier would keep a later HR
    /// file's employee ids from ever being set. A login of another system (a shop's or forum's "Username") is one, by its words
    /// (<see cref="HeaderRecognizer.LoginRank"/>), when no column names an id of the record.</item>
    /// </list>
    /// </summary>
    internal static class KnownColumns
    {
        private static readonly List<KnownColumn> Table = new List<KnownColumn>();

        static KnownColumns()
        {
            // Our own field names and the aliases New-LiveDeskContact has always bound.
            Add("LiveDesk", ContactField.Name, 20, "Name");
            Add("LiveDesk", ContactField.Name, 10, "DisplayName", "FullName", "ContactName");
            Add("LiveDesk", ContactField.Email, 0, "Email", "EmailAddress", "Mail", "E-mail", "email_address", "PrimarySmtpAddress");
            Add("LiveDesk", ContactField.PhoneNumber, 10, "PhoneNumber", "phone_number", "Phone", "Telephone", "TelephoneNumber");
            Add("LiveDesk", ContactField.PhoneNumber, 0, "Mobile", "MobilePhone");
            Add("LiveDesk", ContactField.AvatarUrl, 0, "AvatarUrl", "avatar_url", "Avatar", "PhotoUrl");
            Add("LiveDesk", ContactField.Identifier, 0, "Identifier");
            Add("LiveDesk", ContactField.Identifier, 10, "ExternalId");
            Add("LiveDesk", ContactField.Identifier, 20, "EmployeeId");
            Add("LiveDesk", ContactField.Identifier, 30, "CustomerId");
            // A user id is the key of the user account the record is linked to (a shop's WordPress user, 0 for a guest; a CRM
            // record's owner): after the record's own key.
            Add("LiveDesk", ContactField.Identifier, HeaderRecognizer.ForeignKeyRank, "UserId");
            // A bare id is the record's own key in the system that exported it (a CRM, a shop, a help desk): an identifier only
            // when no column names the person's own id (user_id, External ID, Contact ID). Directory object ids keep their
            // own names (Object Id, ObjectGUID) and stay ignored.
            Add("LiveDesk", ContactField.Identifier, HeaderRecognizer.RecordKeyRank, "Id");
            Add("LiveDesk", ContactField.InboxId, 0, "InboxId", "inbox_id", "Inbox", "ChannelId");
            // The two columns a failed-rows file adds (docs: about_LiveDesk_Columns): a corrected file is re-imported as it is.
            Ignore("LiveDesk", "ErrorId", "Reason");

            // Microsoft 365 admin center, Users > Active users > Export users.
            Add("M365", ContactField.Name, 10, "Display name");
            Add("M365", ContactField.FirstName, 0, "First name");
            Add("M365", ContactField.LastName, 0, "Last name");
            Add("M365", ContactField.Email, 50, ColumnKind.UserPrincipalName, "User principal name");
            Add("M365", ContactField.PhoneNumber, 0, "Mobile Phone");
            Add("M365", ContactField.PhoneNumber, 10, "Phone number");
            Add("M365", ContactField.PhoneNumber, 20, "Office phone");
            Ignore("M365", "Alternate email address", "Proxy addresses", "Object Id", "Fax", "Office", "Title", "Department");

            // Outlook (classic) File > Export > Comma Separated Values.
            Add("Outlook", ContactField.FirstName, 0, "First Name");
            Add("Outlook", ContactField.MiddleName, 0, "Middle Name");
            Add("Outlook", ContactField.LastName, 0, "Last Name");
            Add("Outlook", ContactField.Email, 0, "E-mail Address", "Email Address");
            Add("Outlook", ContactField.Email, 10, "E-mail 2 Address");
            Add("Outlook", ContactField.Email, 20, "E-mail 3 Address");
            Add("Outlook", ContactField.PhoneNumber, 10, "Primary Phone");
            Add("Outlook", ContactField.PhoneNumber, 20, "Business Phone", "Company Main Phone");
            Add("Outlook", ContactField.PhoneNumber, 21, "Business Phone 2");
            Add("Outlook", ContactField.PhoneNumber, 30, "Home Phone");
            Add("Outlook", ContactField.PhoneNumber, 31, "Home Phone 2");
            Add("Outlook", ContactField.PhoneNumber, 40, "Other Phone");
            Ignore("Outlook", "E-mail Type", "E-mail Display Name", "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Type",
                "E-mail 3 Display Name", "Business Fax", "Home Fax", "Other Fax", "Pager", "Car Phone", "Callback", "ISDN",
                "Radio Phone", "TTY/TDD Phone", "Telex", "Assistant's Phone", "Job Title", "Suffix", "Web Page");
            Add("Outlook", ContactField.Company, 0, "Company");

            // Google Contacts export ("Google CSV"): current and older header sets. Several values of one kind are
            // joined with " ::: " in one cell.
            Add("Google", ContactField.FirstName, 0, "Given Name");
            Add("Google", ContactField.MiddleName, 0, "Additional Name");
            Add("Google", ContactField.LastName, 0, "Family Name");
            for (var i = 1; i <= 6; i++)
            {
                Add("Google", ContactField.Email, i == 1 ? 0 : 10 + i, $"E-mail {i} - Value");
                Add("Google", ContactField.PhoneNumber, 10 + i, ColumnKind.LabelledPhone, $"Phone {i} - Value");
                Add("Google", null, 0, ColumnKind.PhoneLabel, $"Phone {i} - Label", $"Phone {i} - Type");
                Ignore("Google", $"E-mail {i} - Label", $"E-mail {i} - Type");
            }
            Add("Google", ContactField.Company, 0, "Organization Name");
            Ignore("Google", "Photo", "Nickname", "File As", "Organization Title", "Labels", "Group Membership", "Notes");

            // German Outlook / Excel exports.
            Add("Outlook DE", ContactField.FirstName, 0, "Vorname");
            Add("Outlook DE", ContactField.MiddleName, 0, "Weitere Vornamen");
            Add("Outlook DE", ContactField.LastName, 0, "Nachname");
            Add("Outlook DE", ContactField.Email, 0, "E-Mail-Adresse", "E-Mail");
            Add("Outlook DE", ContactField.Email, 10, "E-Mail 2: Adresse");
            Add("Outlook DE", ContactField.Email, 20, "E-Mail 3: Adresse");
            Add("Outlook DE", ContactField.PhoneNumber, 0, "Mobiltelefon", "Handy");
            Add("Outlook DE", ContactField.PhoneNumber, 10, "Telefon", "Telefonnummer");
            Add("Outlook DE", ContactField.PhoneNumber, 20, "Telefon geschäftlich", "Telefon Firma");
            Add("Outlook DE", ContactField.PhoneNumber, 21, "Telefon geschäftlich 2");
            Add("Outlook DE", ContactField.PhoneNumber, 30, "Telefon privat");
            Add("Outlook DE", ContactField.PhoneNumber, 31, "Telefon privat 2");
            Add("Outlook DE", ContactField.PhoneNumber, 40, "Weiteres Telefon");
            Add("Outlook DE", ContactField.Identifier, 20, "Personalnummer");
            Add("Outlook DE", ContactField.Identifier, 30, "Kundennummer");
            Add("Outlook DE", ContactField.Company, 0, "Firma");
            Ignore("Outlook DE", "Anrede", "Abteilung", "Position", "E-Mail-Typ", "E-Mail: Angezeigter Name",
                "Fax geschäftlich", "Fax privat", "Pager", "Notizen");

            // HubSpot contacts export.
            Add("HubSpot", ContactField.PhoneNumber, 0, "Mobile Phone Number");
            Add("HubSpot", ContactField.Identifier, 40, "Record ID");
            Add("HubSpot", ContactField.Company, 10, "Associated Company");
            Ignore("HubSpot", "Contact owner", "Lead Status", "Create Date", "Last Activity Date", "Marketing contact status");

            // Salesforce contact reports and Data Loader / Data Export (API names: FirstName, MobilePhone, HomePhone, ...).
            Add("Salesforce", ContactField.Identifier, 40, "Contact ID");
            Add("Salesforce", ContactField.PhoneNumber, 30, "HomePhone");
            Add("Salesforce", ContactField.PhoneNumber, 40, "OtherPhone");
            Add("Salesforce", ContactField.Company, 10, "Account Name");
            Ignore("Salesforce", "AccountId", "Account ID", "Fax", "Lead Source", "OwnerId", "Contact Owner");

            // Get-ADUser (properties and LDAP names), Get-Mailbox, Get-MgUser.
            Add("AD", ContactField.FirstName, 0, "GivenName");
            Add("AD", ContactField.LastName, 0, "Surname", "sn");
            Add("AD", ContactField.PhoneNumber, 20, "OfficePhone");
            Add("AD", ContactField.PhoneNumber, 35, "otherMobile");
            Add("AD", ContactField.PhoneNumber, 40, "otherTelephone");
            Add("AD", ContactField.Identifier, 20, "EmployeeNumber");
            Add("AD", ContactField.Email, 50, ColumnKind.UserPrincipalName, "UserPrincipalName", "UPN");
            Ignore("AD", "SamAccountName", "DistinguishedName", "ObjectGUID", "ObjectClass", "SID", "Enabled", "CN", "Fax",
                "facsimileTelephoneNumber", "ipPhone", "Pager", "Title", "Department", "Manager", "ProxyAddresses", "thumbnailPhoto");
            Ignore("Exchange", "Alias", "WindowsEmailAddress", "EmailAddresses", "Identity", "Guid", "ExternalDirectoryObjectId", "RecipientTypeDetails");
            Add("Graph", ContactField.PhoneNumber, 20, "BusinessPhones");
            Ignore("Graph", "MailNickname", "JobTitle", "OfficeLocation", "PreferredLanguage", "OtherMails", "ImAddresses");

            // Common hand-made spellings.
            Add("common", ContactField.Name, 10, "Full Name", "Contact Name");
            Add("common", ContactField.PhoneNumber, 0, "Cell Phone", "Mobile Number", "Mobilnummer");
            // "Cell" alone is also a church's cell group (a Kenyan guild's "Jumuia", "Cell": "Cell 3"): a mobile column used in a
            // row only where its value is a phone number, so a group's name never fails a row.
            Add("common", ContactField.PhoneNumber, 0, ColumnKind.Fallback, "Cell");
            Add("common", ContactField.PhoneNumber, 20, "Work Phone");
            Add("common", ContactField.Identifier, 10, "External ID");
            Add("common", ContactField.Identifier, 20, "Employee ID");
            Add("common", ContactField.Identifier, 30, "Customer ID");
            Add("common", ContactField.AvatarUrl, 0, "Avatar URL", "Photo URL");
            Add("common", ContactField.InboxId, 0, "Inbox ID", "Channel ID");

            var byKey = new Dictionary<string, KnownColumn>(StringComparer.Ordinal);
            foreach (var column in Table)
            {
                // The same spelling from two sources must agree; the first entry (the most specific meaning) wins.
                if (byKey.TryGetValue(column.Key, out var earlier))
                {
                    if (earlier.Field != column.Field || earlier.Kind != column.Kind)
                    {
                        if (column.Kind == ColumnKind.Ignored || earlier.Kind == ColumnKind.Ignored) continue;
                        throw new InvalidOperationException($"Known column '{column.Header}' ({column.Source}) contradicts '{earlier.Header}' ({earlier.Source}).");
                    }
                    continue;
                }
                byKey.Add(column.Key, column);
            }
            ByKey = byKey;
        }

        /// <summary>Every entry, in table order (duplicates across sources included).</summary>
        public static IReadOnlyList<KnownColumn> All => Table;

        /// <summary>Entries by normalised header.</summary>
        public static IReadOnlyDictionary<string, KnownColumn> ByKey { get; }

        /// <summary>Finds a header; null when unknown.</summary>
        public static KnownColumn? Find(string header) =>
            ByKey.TryGetValue(ColumnNames.Normalize(header), out var known) ? known : null;

        private static void Add(string source, ContactField field, int rank, params string[] headers) =>
            Add(source, field, rank, ColumnKind.Plain, headers);

        private static void Add(string source, ContactField? field, int rank, ColumnKind kind, params string[] headers)
        {
            foreach (var header in headers) Table.Add(new KnownColumn(header, field, rank, kind, source));
        }

        private static void Ignore(string source, params string[] headers) => Add(source, null, 0, ColumnKind.Ignored, headers);

        /// <summary>The fields a user may name in a map, by normalised name.</summary>
        public static bool TryParseField(string? name, out ContactField field)
        {
            var key = ColumnNames.Normalize(name ?? "");
            foreach (var value in Enum.GetValues(typeof(ContactField)).Cast<ContactField>())
            {
                if (ColumnNames.Normalize(value.ToString()) == key)
                {
                    field = value;
                    return true;
                }
            }
            // The obvious short forms, as users write them in -Map.
            switch (key)
            {
                case "phone": field = ContactField.PhoneNumber; return true;
                case "mail": field = ContactField.Email; return true;
                case "avatar": field = ContactField.AvatarUrl; return true;
                case "inbox": field = ContactField.InboxId; return true;
            }
            field = default;
            return false;
        }
    }
}
