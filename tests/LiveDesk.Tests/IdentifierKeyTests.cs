using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>
/// Which column is the contact's identifier: a record's code or number when the file has no id column, never a foreign key
/// (a linked user account, an owner) or a login over the record's own id, and never a column whose first values show it
/// names no single contact (a value two contacts share, a zero, the rows' running numbers).
/// </summary>
public class IdentifierKeyTests
{
    private static ColumnMap Contacts(string idHeader, params object[] ids) =>
        Read(new[] { idHeader, "Name", "E-mail" }, ids.Select((id, n) => new[] { id, $"Person {n}", $"p{n}@example.com" }).ToArray());

    [Theory]
    // Tryton's party code in its locales (modules/party/locale/*.po, field party.party code: "The unique identifier of the
    // party"), and relatives: Business Central's "No." and "Nr.", Fat Free CRM's Estonian "nr", other languages' numbers.
    [InlineData("Code Partei")]
    [InlineData("Code")]
    [InlineData("Código")]
    [InlineData("Код")]
    [InlineData("Kod")]
    [InlineData("کد")]
    [InlineData("代码")]
    [InlineData("Codi")]
    [InlineData("Kód")]
    [InlineData("Koodi")]
    [InlineData("Kood")]
    [InlineData("Kode")]
    [InlineData("Šifra")]
    [InlineData("コード")]
    [InlineData("编码")]
    [InlineData("Code tiers")]
    [InlineData("Party Code")]
    [InlineData("Код контрагента")]
    [InlineData("nr")]
    [InlineData("No.")]
    [InlineData("Nr.")]
    [InlineData("Nº")]
    [InlineData("Número")]
    [InlineData("Numer")]
    [InlineData("Номер")]
    [InlineData("番号")]
    [InlineData("编号")]
    public void A_records_code_or_number_is_its_key_when_the_file_has_no_id(string header)
    {
        var map = Contacts(header, "1043", "1044", "1046");
        Assert.Equal(new[] { header }, Order(map, ContactField.Identifier));
        // Beside the record's id it stands back: one numbering per import.
        var both = Read(new[] { "Id", header, "E-mail" }, new object[] { "7", "1043", "a@example.com" }, new object[] { "8", "1044", "b@example.com" });
        Assert.Equal(new[] { "Id" }, Order(both, ContactField.Identifier));
    }

    [Theory]
    // Whose code it is makes it the person's own id, which beats the record's key as "Customer Number" does.
    [InlineData("Customer Code")]
    [InlineData("Code client")]
    [InlineData("Código de cliente")]
    [InlineData("Kod klienta")]
    [InlineData("Код клиента")]
    [InlineData("客户代码")]
    [InlineData("顧客コード")]
    [InlineData("Kundencode")]
    [InlineData("Klantcode")]
    [InlineData("Müşteri Kodu")]
    [InlineData("Kode Pelanggan")]
    [InlineData("Mã khách hàng")]
    [InlineData("Asiakasnumero")]
    [InlineData("Müşteri No")]
    public void A_code_of_whom_it_identifies_is_the_persons_own_id(string header)
    {
        var map = Read(new[] { "ID", header, "Email" }, new object[] { "1", "C-0001", "a@example.com" }, new object[] { "2", "C-0002", "b@example.com" });
        Assert.Equal(new[] { header }, Order(map, ContactField.Identifier));
    }

    [Theory]
    // A code or number of something else is never the contact's key, whatever its values.
    [InlineData("Postal Code")]
    [InlineData("Zip Code")]
    [InlineData("Code postal")]
    [InlineData("Código postal")]
    [InlineData("Kod pocztowy")]
    [InlineData("Postleitzahl")]
    [InlineData("邮政编码")]
    [InlineData("Country Code")]
    [InlineData("Código de país")]
    [InlineData("Area Code")]
    [InlineData("Promo Code")]
    [InlineData("Discount Code")]
    [InlineData("Coupon Code")]
    [InlineData("Currency Code")]
    [InlineData("Language Code")]
    [InlineData("SIC Code")]
    [InlineData("NAICS Code")]
    [InlineData("Tax Code")]
    [InlineData("Order No.")]
    [InlineData("Invoice Number")]
    [InlineData("Numéro de commande")]
    [InlineData("VAT Number")]
    [InlineData("Code 2")]
    [InlineData("Contact Number")]
    public void A_code_or_number_of_something_else_is_never_the_key(string header)
    {
        var map = Contacts(header, "1043", "1044", "1046");
        Assert.Empty(map.SourcesFor(ContactField.Identifier));
    }

    [Fact]
    public void A_bare_number_is_no_key_when_it_counts_the_rows_sits_by_the_street_or_holds_phone_numbers()
    {
        // A hand-made list numbers its rows: row 1 of the next file is someone else.
        Assert.Empty(Contacts("Nr.", "1", "2", "3").SourcesFor(ContactField.Identifier));
        Assert.Empty(Contacts("#", "11", "12", "13").SourcesFor(ContactField.Identifier));
        // A code numbered from 1 is still a code (Tryton's party sequence starts at 1).
        Assert.Equal(new[] { "Code" }, Order(Contacts("Code", "1", "2", "3"), ContactField.Identifier));
        // "Calle, Número", "Straße, Nr.": the house number.
        var street = Read(new[] { "Nombre", "Calle", "Número", "Email" },
            new object[] { "Ana", "Gran Vía", "12", "a@example.es" }, new object[] { "Luis", "Mayor", "7", "l@example.es" });
        Assert.Empty(street.SourcesFor(ContactField.Identifier));
        Assert.Empty(Read(new[] { "Name", "Straße", "Nr.", "E-Mail" }, new object[] { "Jo", "Hauptstr.", "5a", "j@example.de" }).SourcesFor(ContactField.Identifier));
        // An HR import's links: "Unit (ID)", "Golongan (ID)", "PPH (ID)" are the ids of the unit, the grade, the tax class.
        var hr = Read(new[] { "Nama", "Email", "Unit (ID)", "Golongan (ID)", "PPH (ID)", "Pendidikan (ID)" },
            new object[] { "Siti Nurhaliza", "siti@example.co.id", "3", "4", "1", "5" }, new object[] { "Budi Santoso", "budi@example.co.id", "7", "2", "2", "6" });
        Assert.Empty(hr.SourcesFor(ContactField.Identifier));
        Assert.Contains("the id of a thing the record links to", hr.Describe());
        Assert.Empty(Read(new[] { "Nama", "Unit (ID)" }, new object[] { "Siti", "3" }, new object[] { "Budi", "7" }).SourcesFor(ContactField.Identifier));
        // Without the brackets, a noun before an id is the exporting system's key ("Klaviyo ID"); with the row's party it is the row's.
        Assert.Equal(new[] { "Klaviyo ID" }, Order(Read(new[] { "Klaviyo ID", "Email" }, new object[] { "01HX", "a@example.com" }), ContactField.Identifier));
        Assert.Equal(new[] { "Customer (ID)" }, Order(Read(new[] { "Customer (ID)", "Email" }, new object[] { "C-1", "a@example.com" }, new object[] { "C-2", "b@example.com" }), ContactField.Identifier));
        // Between other parts of the address, with no street column (a Brazilian contact export: "CEP, Número, Complemento").
        var brazil = Read(new[] { "Nome", "Email", "CEP", "Número", "Complemento", "Bairro" },
            new object[] { "João Pedro Almeida", "joao@example.com.br", "01310-100", "1578", "Apto 52", "Bela Vista" },
            new object[] { "Ana Luísa Conceição", "ana@example.com.br", "20040-002", "45", "", "Centro" });
        Assert.Empty(brazil.SourcesFor(ContactField.Identifier));
        Assert.Empty(Read(new[] { "Nombre", "Número", "Colonia", "Email" }, new object[] { "Ana", "12", "Roma Norte", "a@example.mx" },
            new object[] { "Luis", "7", "Condesa", "l@example.mx" }).SourcesFor(ContactField.Identifier));
        // "Number" holding phone numbers is no key.
        Assert.Empty(Contacts("Number", "+49 151 2345678", "+49 160 1234567").SourcesFor(ContactField.Identifier));
        Assert.Empty(Contacts("Número", "+34612345678", "+34699876543").SourcesFor(ContactField.Identifier));
        // 1C's zero-padded codes are codes, not phone numbers.
        Assert.Equal(new[] { "Код" }, Order(Contacts("Код", "000000001", "000000002", "000000005"), ContactField.Identifier));
    }

    [Fact]
    public void A_foreign_key_or_login_never_outranks_the_records_own_id()
    {
        // Fat Free CRM's native CSV (lib/fat_free_crm/export_csv.rb: Rails humanizes user_id to "User", lead_id to "Lead").
        var ffcrm = Read(new[] { "Id", "User", "Lead", "Assigned to", "Reports to", "First name", "Last name", "Email" },
            new object[] { "81", "1", "12", "3", "", "Megan", "Foster", "megan@example.com" },
            new object[] { "82", "1", "", "3", "81", "Carlos", "Mendez", "carlos@example.net" },
            new object[] { "83", "2", "", "", "", "Ines", "Ruiz", "ines@example.org" });
        Assert.Equal(new[] { "Id" }, Order(ffcrm, ContactField.Identifier));
        // Easy Digital Downloads 3 customers (class-batch-export-customers.php): "User ID" is the WordPress user, 0 for a guest.
        var edd = new[] { "ID", "User ID", "Name", "Email", "Number of Purchases", "Customer Value", "Payment IDs", "Date Created" };
        Assert.Equal(new[] { "ID" }, Order(ColumnMap.Build(edd), ContactField.Identifier));
        // NodeBB's users CSV (User.exportUsersCSV: email, username, uid): the numeric uid, not the forum handle.
        Assert.Equal(new[] { "uid" }, Order(ColumnMap.Build(new[] { "email", "username", "uid", "ip" }), ContactField.Identifier));
        Assert.Equal(new[] { "Id" }, Order(ColumnMap.Build(new[] { "Id", "Login" }), ContactField.Identifier));
        Assert.Equal(new[] { "_id" }, Order(ColumnMap.Build(new[] { "_id", "Benutzer-ID", "E-Mail" }), ContactField.Identifier));
        Assert.Equal(new[] { "ID" }, Order(ColumnMap.Build(new[] { "ID utilisateur", "ID", "Courriel" }), ContactField.Identifier));
        // Without a record id, the linked account's id is the key, before a login; the person's own id beats them all.
        Assert.Equal(new[] { "User ID" }, Order(ColumnMap.Build(new[] { "User ID", "Username", "Email" }), ContactField.Identifier));
        Assert.Equal(new[] { "Customer Number" }, Order(ColumnMap.Build(new[] { "ID", "User ID", "Customer Number" }), ContactField.Identifier));
    }

    [Fact]
    public void A_column_whose_first_values_name_two_contacts_or_hold_zero_is_no_key()
    {
        // Easy Digital Downloads 3 without its "ID": a guest's user id is 0.
        var guests = Read(new[] { "User ID", "Name", "Email" },
            new object[] { "27", "Sophie", "sophie@example.fr" }, new object[] { "0", "Tom", "tom@example.com" }, new object[] { "31", "Ana", "ana@example.pt" });
        Assert.Empty(guests.SourcesFor(ContactField.Identifier));
        Assert.Contains("'User ID' ('0'", guests.Describe());
        // An owner's id repeats for the contacts it owns; the next tier (a login here) is used instead.
        var owned = Read(new[] { "User", "Customer ID", "Email" },
            new object[] { "ann", "5", "a@example.com" }, new object[] { "bob", "5", "b@example.com" });
        Assert.Equal(new[] { "User" }, Order(owned, ContactField.Identifier));
        Assert.Contains("'5' stands for two contacts", owned.Describe());
        // A column named Identifier is the user's own key, not a guess: a repeat there is a duplicate to report per row.
        var declared = Read(new[] { "Identifier", "Email" }, new object[] { "DUP-7", "a@example.com" }, new object[] { "DUP-7", "b@example.com" });
        Assert.Equal(new[] { "Identifier" }, Order(declared, ContactField.Identifier));
        // The same contact exported twice keeps its key.
        var twice = Read(new[] { "Customer ID", "Email" }, new object[] { "5", "a@example.com" }, new object[] { "5", "A@example.com" });
        Assert.Equal(new[] { "Customer ID" }, Order(twice, ContactField.Identifier));
    }

    [Fact]
    public void Rows_of_a_file_keyed_by_its_code_keep_their_own_identifiers()
    {
        // Tryton's party export in German ("Code Partei"; de.po), read as a user pipes it: every row its own key, none lost.
        var reader = new RowReader();
        var rows = new[]
        {
            InputRow.From(("Code Partei", "1043"), ("Name", "Jonas Becker"), ("E-Mail", "jonas@example.de"), ("Telefon", "+49 30 56789012"), ("Adressen/Stadt", "Berlin")),
            InputRow.From(("Code Partei", "1044"), ("Name", "Sabine Krüger"), ("E-Mail", "sabine@example.com"), ("Telefon", "+49 171 2345678"), ("Adressen/Stadt", "Hamburg")),
        };
        reader.MapFor(rows[0]).ReadValues(rows);
        Assert.Equal(new[] { "1043", "1044" }, rows.Select(r => reader.Read(r).Fields.Identifier).ToArray());
    }
    [Fact]
    public void A_sparse_own_id_gives_way_to_an_own_id_that_names_every_contact()
    {
        // pretix's customer export: an external identifier set for a few customers (single sign-on), the customer id for all.
        var reader = new RowReader();
        var rows = new[]
        {
            InputRow.From(("Customer ID", "7KQ3RX"), ("External identifier", ""), ("E-mail", "lena@example.de"), ("Full name", "Lena Fischer")),
            InputRow.From(("Customer ID", "XP9M2D"), ("External identifier", ""), ("E-mail", "tobias@example.com"), ("Full name", "Tobias Wagner")),
            InputRow.From(("Customer ID", "M3TLZA"), ("External identifier", "mitglied-20871"), ("E-mail", "petra@example.org"), ("Full name", "Petra Hoffmann")),
        };
        reader.MapFor(rows[0]).ReadValues(rows);
        Assert.Equal(new[] { "7KQ3RX", "XP9M2D", "M3TLZA" }, rows.Select(r => reader.Read(r).Fields.Identifier).ToArray());
        // Filled in every row, the external identifier stays first.
        var full = new RowReader();
        var keyed = new[]
        {
            InputRow.From(("Customer ID", "7KQ3RX"), ("External identifier", "m-1"), ("E-mail", "lena@example.de")),
            InputRow.From(("Customer ID", "XP9M2D"), ("External identifier", "m-2"), ("E-mail", "tobias@example.com")),
        };
        full.MapFor(keyed[0]).ReadValues(keyed);
        Assert.Equal(new[] { "m-1", "m-2" }, keyed.Select(r => full.Read(r).Fields.Identifier).ToArray());
    }
}
