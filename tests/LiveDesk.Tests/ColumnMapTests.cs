using LiveDesk.Errors;
using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>The headers of real exports map to the right fields, with documented precedence.</summary>
public class ColumnMapTests
{
    private static string? Best(ColumnMap map, ContactField field) => map.SourcesFor(field).FirstOrDefault()?.Header;

    [Theory]
    [InlineData("E-mail Address", "EmailAddress")]
    [InlineData("e_mail address", "E-Mail Address")]
    [InlineData("Mobile.Phone", "mobilephone")]
    [InlineData("Telefon geschäftlich", "TELEFON GESCHAEFTLICH")]
    public void Header_names_ignore_case_spaces_hyphens_underscores_and_dots(string a, string b) =>
        Assert.Equal(ColumnNames.Normalize(a), ColumnNames.Normalize(b));

    [Fact]
    public void Microsoft_365_admin_center_export()
    {
        var map = ColumnMap.Build(new[] { "Block credential", "City", "Country/Region", "Department", "Display name", "Fax", "First name", "Last name",
            "Mobile Phone", "Office", "Phone number", "Postal code", "Title", "User principal name", "When created", "Alternate email address" });
        Assert.Equal("Display name", Best(map, ContactField.Name));
        Assert.Equal("User principal name", Best(map, ContactField.Email));
        Assert.Equal(new[] { "Mobile Phone", "Phone number" }, Order(map, ContactField.PhoneNumber));
        Assert.Equal("First name", Best(map, ContactField.FirstName));
        Assert.DoesNotContain("Alternate email address", map.Unrecognized);
        Assert.Null(map.Error);
    }

    [Fact]
    public void Outlook_contacts_export()
    {
        var map = ColumnMap.Build(new[] { "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Job Title", "Business Phone",
            "Business Phone 2", "Home Phone", "Mobile Phone", "Other Phone", "Primary Phone", "E-mail Address", "E-mail Type", "E-mail Display Name",
            "E-mail 2 Address", "Notes" });
        Assert.Empty(map.SourcesFor(ContactField.Name));
        Assert.Equal("First Name", Best(map, ContactField.FirstName));
        Assert.Equal("Middle Name", Best(map, ContactField.MiddleName));
        Assert.Equal("Last Name", Best(map, ContactField.LastName));
        Assert.Equal(new[] { "E-mail Address", "E-mail 2 Address" }, Order(map, ContactField.Email));
        Assert.Equal(new[] { "Mobile Phone", "Primary Phone", "Business Phone", "Business Phone 2", "Home Phone", "Other Phone" }, Order(map, ContactField.PhoneNumber));
    }

    [Fact]
    public void Google_contacts_export_current_and_old()
    {
        var current = ColumnMap.Build(new[] { "First Name", "Middle Name", "Last Name", "Nickname", "Organization Name", "Birthday", "Notes", "Photo",
            "Labels", "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label", "E-mail 2 - Value", "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value" });
        Assert.Equal("First Name", Best(current, ContactField.FirstName));
        Assert.Equal(new[] { "E-mail 1 - Value", "E-mail 2 - Value" }, Order(current, ContactField.Email));
        var phones = current.SourcesFor(ContactField.PhoneNumber);
        Assert.Equal(new[] { "Phone 1 - Value", "Phone 2 - Value" }, phones.Select(p => p.Header));
        Assert.All(phones, p => Assert.Equal(ColumnKind.LabelledPhone, p.Kind));
        Assert.Equal(13, phones[0].LabelIndex);

        var old = ColumnMap.Build(new[] { "Name", "Given Name", "Additional Name", "Family Name", "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value" });
        Assert.Equal("Name", Best(old, ContactField.Name));
        Assert.Equal("Given Name", Best(old, ContactField.FirstName));
        Assert.Equal("Family Name", Best(old, ContactField.LastName));
        Assert.Equal(6, old.SourcesFor(ContactField.PhoneNumber)[0].LabelIndex);
        Assert.Empty(old.Unrecognized);
    }

    [Fact]
    public void German_Outlook_and_Excel_export()
    {
        var map = ColumnMap.Build(new[] { "Anrede", "Vorname", "Weitere Vornamen", "Nachname", "Firma", "Telefon geschäftlich", "Telefon privat",
            "Mobiltelefon", "E-Mail-Adresse", "E-Mail-Typ", "E-Mail: Angezeigter Name", "E-Mail 2: Adresse" });
        Assert.Equal("Vorname", Best(map, ContactField.FirstName));
        Assert.Equal("Nachname", Best(map, ContactField.LastName));
        Assert.Equal(new[] { "E-Mail-Adresse", "E-Mail 2: Adresse" }, Order(map, ContactField.Email));
        Assert.Equal(new[] { "Mobiltelefon", "Telefon geschäftlich", "Telefon privat" }, Order(map, ContactField.PhoneNumber));
        Assert.Empty(map.Unrecognized);
    }

    [Fact]
    public void HubSpot_export()
    {
        var map = ColumnMap.Build(new[] { "Record ID", "First Name", "Last Name", "Email", "Phone Number", "Mobile Phone Number", "Contact owner", "Lead Status", "Create Date" });
        Assert.Equal("Record ID", Best(map, ContactField.Identifier));
        Assert.Equal("Email", Best(map, ContactField.Email));
        Assert.Equal(new[] { "Mobile Phone Number", "Phone Number" }, Order(map, ContactField.PhoneNumber));
        Assert.Equal("First Name", Best(map, ContactField.FirstName));
        Assert.Empty(map.Unrecognized);
    }

    [Fact]
    public void Salesforce_report_and_data_loader_export()
    {
        var report = ColumnMap.Build(new[] { "Contact ID", "First Name", "Last Name", "Title", "Account Name", "Email", "Phone", "Mobile" });
        Assert.Equal("Contact ID", Best(report, ContactField.Identifier));
        Assert.Equal(new[] { "Mobile", "Phone" }, Order(report, ContactField.PhoneNumber));
        Assert.Equal("Email", Best(report, ContactField.Email));

        var loader = ColumnMap.Build(new[] { "Id", "AccountId", "FirstName", "LastName", "Name", "Phone", "MobilePhone", "HomePhone", "OtherPhone", "Email" });
        Assert.Equal("Name", Best(loader, ContactField.Name));
        Assert.Equal(new[] { "MobilePhone", "Phone", "HomePhone", "OtherPhone" }, Order(loader, ContactField.PhoneNumber));
        // A bare Id is the record's key in the exporting system: an identifier after every named one (CRM, shop and help desk exports).
        Assert.Equal(new[] { "Id" }, Order(loader, ContactField.Identifier));
    }

    [Fact]
    public void Get_ADUser_objects()
    {
        var map = ColumnMap.Build(new[] { "DistinguishedName", "DisplayName", "EmailAddress", "EmployeeID", "Enabled", "GivenName", "mail", "mobile",
            "MobilePhone", "Name", "ObjectClass", "ObjectGUID", "OfficePhone", "SamAccountName", "SID", "Surname", "telephoneNumber", "UserPrincipalName" });
        Assert.Equal(new[] { "DisplayName", "Name" }, Order(map, ContactField.Name));
        Assert.Equal(new[] { "EmailAddress", "mail", "UserPrincipalName" }, Order(map, ContactField.Email));
        Assert.Equal(new[] { "mobile", "MobilePhone", "telephoneNumber", "OfficePhone" }, Order(map, ContactField.PhoneNumber));
        Assert.Equal("EmployeeID", Best(map, ContactField.Identifier));
        Assert.Empty(map.Unrecognized);
    }

    [Fact]
    public void Get_Mailbox_and_Get_MgUser_objects()
    {
        var mailbox = ColumnMap.Build(new[] { "Name", "Alias", "DisplayName", "PrimarySmtpAddress", "WindowsEmailAddress", "EmailAddresses" });
        Assert.Equal("DisplayName", Best(mailbox, ContactField.Name));
        Assert.Equal(new[] { "PrimarySmtpAddress" }, Order(mailbox, ContactField.Email));
        Assert.Empty(mailbox.SourcesFor(ContactField.Identifier));

        var mg = ColumnMap.Build(new[] { "BusinessPhones", "DisplayName", "GivenName", "Id", "JobTitle", "Mail", "MobilePhone", "OfficeLocation", "Surname", "UserPrincipalName", "EmployeeId" });
        Assert.Equal("DisplayName", Best(mg, ContactField.Name));
        Assert.Equal(new[] { "Mail", "UserPrincipalName" }, Order(mg, ContactField.Email));
        Assert.Equal(new[] { "MobilePhone", "BusinessPhones" }, Order(mg, ContactField.PhoneNumber));
        Assert.Equal("EmployeeId", Best(mg, ContactField.Identifier));
    }

    [Fact]
    public void The_module_s_own_field_names_and_old_aliases_still_map()
    {
        var map = ColumnMap.Build(new[] { "name", "email", "phone_number", "avatar_url", "identifier", "inbox_id" });
        foreach (var field in new[] { ContactField.Name, ContactField.Email, ContactField.PhoneNumber, ContactField.AvatarUrl, ContactField.Identifier, ContactField.InboxId })
        {
            Assert.NotEmpty(map.SourcesFor(field));
        }
        foreach (var alias in new[] { "FullName", "ContactName", "E-mail", "Telephone", "PhotoUrl", "ExternalId", "UserId", "CustomerId", "ChannelId", "Inbox" })
        {
            Assert.NotNull(KnownColumns.Find(alias));
        }
    }

    [Fact]
    public void Every_known_header_maps_consistently_and_the_table_has_each_source()
    {
        var sources = KnownColumns.All.Select(k => k.Source).Distinct().ToList();
        foreach (var source in new[] { "M365", "Outlook", "Google", "Outlook DE", "HubSpot", "Salesforce", "AD", "Exchange", "Graph" }) Assert.Contains(source, sources);
        foreach (var known in KnownColumns.All)
        {
            var found = KnownColumns.Find(known.Header)!;
            if (known.Kind != ColumnKind.Ignored && found.Kind != ColumnKind.Ignored) Assert.Equal(known.Field, found.Field);
        }
    }

    [Fact]
    public void Mobile_beats_phone_beats_business_beats_home_beats_other()
    {
        var map = ColumnMap.Build(new[] { "Other Phone", "Home Phone", "Business Phone", "Phone", "Mobile" });
        Assert.Equal(new[] { "Mobile", "Phone", "Business Phone", "Home Phone", "Other Phone" }, Order(map, ContactField.PhoneNumber));
    }

    [Fact]
    public void An_email_column_beats_the_user_principal_name()
    {
        var map = ColumnMap.Build(new[] { "UserPrincipalName", "Mail" });
        Assert.Equal(new[] { "Mail", "UserPrincipalName" }, Order(map, ContactField.Email));
        Assert.Equal(ColumnKind.UserPrincipalName, map.SourcesFor(ContactField.Email)[1].Kind);
    }

    [Fact]
    public void An_override_replaces_every_built_in_column_of_its_field()
    {
        var map = ColumnMap.Build(new[] { "Mobile", "Switchboard", "Email" },
            new Dictionary<ContactField, ColumnOverride> { [ContactField.PhoneNumber] = ColumnOverride.Column("switchboard"), [ContactField.Email] = ColumnOverride.Skip });
        Assert.Null(map.Error);
        Assert.Empty(map.SourcesFor(ContactField.PhoneNumber));
        Assert.Empty(map.SourcesFor(ContactField.Email));
        Assert.Equal(1, map.OverrideIndex(ContactField.PhoneNumber));
        Assert.True(map.OverrideFor(ContactField.Email)!.IsSkip);
        Assert.DoesNotContain("Switchboard", map.Unrecognized);
        Assert.Contains("PhoneNumber from 'switchboard' (-Map)", map.Describe());
    }

    [Fact]
    public void An_override_naming_a_missing_column_is_an_error_with_a_suggestion()
    {
        var map = ColumnMap.Build(new[] { "Mobile", "Switchboard" },
            new Dictionary<ContactField, ColumnOverride> { [ContactField.PhoneNumber] = ColumnOverride.Column("Switchbord") });
        Assert.NotNull(map.Error);
        Assert.Equal(ErrorIds.InvalidInput, map.Error!.ErrorId);
        Assert.Contains("'Switchbord'", map.Error.Message);
        Assert.Contains("did you mean 'Switchboard'", map.Error.Message);
    }

    [Theory]
    [InlineData("Emial", "Email")]
    [InlineData("Frist Name", "FirstName")]
    [InlineData("Work Emial", "Email")]
    [InlineData("Courriel infolettre", "Email")] // a field word among words the vocabulary does not know
    public void Near_misses_are_found(string header, string expected)
    {
        var field = Enum.Parse<ContactField>(expected);
        var miss = ColumnMap.NearMissFor(header);
        Assert.NotNull(miss);
        Assert.Equal(field, miss!.Field);
    }

    [Theory]
    [InlineData("City")]
    [InlineData("Notes")]
    [InlineData("E-mail Type")]
    [InlineData("Object Id")]
    public void Unrelated_and_deliberately_ignored_columns_are_no_near_misses(string header) => Assert.Null(ColumnMap.NearMissFor(header));

    [Fact]
    public void The_no_contact_column_message_names_unrecognised_columns_and_near_misses_and_no_delimiter()
    {
        var map = ColumnMap.Build(new[] { "Emial", "Phnoe", "City" });
        Assert.False(map.FillsAnyContactField);
        var error = map.NoContactColumnsError();
        Assert.Equal(ErrorIds.InvalidInput, error.ErrorId);
        Assert.Equal(LiveDeskErrorKind.InvalidArgument, error.Kind);
        Assert.Contains("'Emial', 'Phnoe'", error.Message);
        Assert.Contains("'Emial' as Email", error.Message);
        Assert.Contains("-Map @{ Email = 'Emial' }", error.Message);
        Assert.DoesNotContain("Delimiter", error.Message);
        Assert.Null(map.SuspectedDelimiter);
    }

    [Fact]
    public void A_semicolon_delimited_header_read_as_one_column_offers_Delimiter()
    {
        var map = ColumnMap.Build(new[] { "Vorname;Nachname;E-Mail-Adresse;Mobiltelefon" });
        Assert.Equal(';', map.SuspectedDelimiter);
        var message = map.NoContactColumnsError().Message;
        Assert.Contains("-Delimiter ';'", message);
        Assert.Contains("semicolon", message);
    }

    [Fact]
    public void Delimiter_is_offered_only_for_a_single_column_holding_the_delimiter()
    {
        Assert.Null(ColumnMap.Build(new[] { "a;b", "c" }).SuspectedDelimiter);
        Assert.Null(ColumnMap.Build(new[] { "Notes" }).SuspectedDelimiter);
        Assert.Equal('\t', ColumnMap.Build(new[] { "Name\tEmail" }).SuspectedDelimiter);
        Assert.Contains("without -Delimiter", ColumnMap.Build(new[] { "Name,Email" }).NoContactColumnsError().Message);
    }

    [Fact]
    public void A_header_damaged_by_a_wrong_encoding_still_maps_and_is_reported()
    {
        var map = ColumnMap.Build(new[] { "Vorname", "Nachname", "Telefon gesch\uFFFDftlich", "E-Mail-Adresse" });
        Assert.Equal("Telefon gesch\uFFFDftlich", Best(map, ContactField.PhoneNumber));
        Assert.Equal(new[] { "Telefon gesch\uFFFDftlich" }, map.DamagedHeaders);
        Assert.Contains("-Encoding", ColumnMap.Build(new[] { "Stra\uFFFDe" }).NoContactColumnsError().Message);
    }

    [Fact]
    public void Fits_compares_names_exactly_and_in_order()
    {
        var map = ColumnMap.Build(new[] { "Name", "Email" });
        Assert.True(map.Fits(new[] { "Name", "Email" }));
        Assert.False(map.Fits(new[] { "Email", "Name" }));
        Assert.False(map.Fits(new[] { "Name" }));
    }

    [Theory]
    [InlineData("phone", "PhoneNumber")]
    [InlineData("Phone Number", "PhoneNumber")]
    [InlineData("e-mail", "Email")]
    [InlineData("first_name", "FirstName")]
    public void Map_keys_parse_to_fields(string key, string expected)
    {
        var field = Enum.Parse<ContactField>(expected);
        Assert.True(KnownColumns.TryParseField(key, out var parsed));
        Assert.Equal(field, parsed);
        Assert.False(KnownColumns.TryParseField("Department", out _));
    }
}
