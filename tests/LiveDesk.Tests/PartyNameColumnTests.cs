using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A column headed by the file's main party alone ("Participants", "참가자", "Bill to") lists that party by name when its
/// values are names: rules drawn from a blind set (Nextcloud Polls, Rallly, django-oscar).
/// </summary>
public class PartyNameColumnTests
{
    [Theory]
    // Nextcloud Polls' export: who voted, then the dates' answers.
    [InlineData("Participants", "Ann Lee", "Bo Chan")]
    [InlineData("참가자", "김민준", "이서연")]
    [InlineData("Συμμετέχοντες", "Γιώργος Παπαδόπουλος", "Μαρία Κωνσταντίνου")]
    [InlineData("Osallistujat", "Jukka Korhonen", "Aino Virtanen")]
    // django-oscar's orders, in Italian: "Bill to" without its "name".
    [InlineData("Fatturare a", "Giulia Romano", "Marco Ferrari")]
    public void A_main_party_column_of_names_is_the_name(string header, string first, string second)
    {
        var map = ColumnMapSamples.Read(new[] { header, "Email", "2026-12-14" },
            new object?[] { first, "a@example.com", "yes" }, new object?[] { second, "b@example.com", "no" });
        Assert.Equal(new[] { header }, ColumnMapSamples.Order(map, ContactField.Name));
    }

    [Theory]
    // Ids, organisations, answers: the party's column, but not its name.
    [InlineData("Participant", "10482", "10483")]
    [InlineData("Customer", "Acme GmbH", "Nordwind AG")]
    [InlineData("Attendee", "yes", "no")]
    [InlineData("Participants", "ann@example.org", "bo@example.org")]
    public void A_main_party_column_of_other_values_is_no_name(string header, string first, string second)
    {
        var map = ColumnMapSamples.Read(new[] { header, "Email" },
            new object?[] { first, "a@example.com" }, new object?[] { second, "b@example.com" });
        Assert.DoesNotContain(header, ColumnMapSamples.Order(map, ContactField.Name));
    }

    [Fact]
    public void A_named_name_column_wins_over_the_party_column()
    {
        var map = ColumnMapSamples.Read(new[] { "Attendee", "Full name", "Email" },
            new object?[] { "Ann Lee", "Ann Lee", "a@example.com" });
        Assert.Equal(new[] { "Full name" }, ColumnMapSamples.Order(map, ContactField.Name));
    }

    [Theory]
    // The payer's name in an order export is the buyer's; the recipient's stays the recipient's.
    [InlineData("Bill to name", "Name")]
    [InlineData("Cobrar a nombre", "Name")]
    [InlineData("Deliver to name", null)]
    public void Billed_to_is_the_buyer_delivered_to_is_someone_else(string header, string? field)
    {
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());
    }

    [Theory]
    // A form mail's sender (powermail), a student (Mahara), a real name as against a user name (ProjeQtOr).
    [InlineData("Senders Name", "Name")]
    [InlineData("Senders Email", "Email")]
    [InlineData("studentid", "Identifier")]
    [InlineData("Student Name", "Name")]
    [InlineData("nome reale", "Name")]
    [InlineData("Nombre real", "Name")]
    [InlineData("Real Estate", null)]
    public void Senders_students_and_real_names_are_the_persons_own(string header, string? field)
    {
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());
    }

    [Fact]
    public void A_buyers_name_beside_the_rows_own_names_is_the_buyers()
    {
        // CampTix: one row per ticket; the second ticket of Julia's purchase is Mehmet's.
        var headers = new[] { "Teilnehmer-ID", "Vorname", "Nachname", "E-Mail-Adresse", "Ticket Buyer Name", "Ticket Buyer E-mail Address" };
        var values = new object?[] { "5103", "Mehmet", "Yıldız", "m.yildiz@web.de", "Julia Schröder", "julia@posteo.de" };
        var r = new RowReader().Read(InputRow.From(headers.Select((h, i) => (h, values[i])).ToArray()));
        Assert.Equal("Mehmet Yıldız", r.Fields.Name);
        // Without the row's own given and family names, the party's name column is the name.
        var alone = ColumnMap.Build(new[] { "Ticket Buyer Name", "Email" });
        Assert.Equal(new[] { "Ticket Buyer Name" }, ColumnMapSamples.Order(alone, ContactField.Name));
    }

    [Theory]
    // baserCMS's mail form: a numbered field key, its label in brackets. The number counts the form's fields.
    [InlineData("name_1 (姓漢字)", "LastName")]
    [InlineData("name_2 (名漢字)", "FirstName")]
    [InlineData("name_2 (名)", "FirstName")]
    [InlineData("tel_1 (電話番号１)", "PhoneNumber")]
    public void A_numbered_field_key_is_read_by_its_label(string header, string field)
    {
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());
    }

    [Fact]
    public void A_number_split_over_three_boxes_is_one_number()
    {
        var headers = new[] { "NO", "tel_1 (電話番号１)", "tel_2 (電話番号２)", "tel_3 (電話番号３)", "email_1 (メールアドレス)" };
        var values = new object?[] { "118", " 03", " 3456", " 7890", "yoko@example.ne.jp" };
        var r = new RowReader("JP").Read(InputRow.From(headers.Select((h, i) => (h, values[i])).ToArray()));
        Assert.Equal("+81334567890", r.Fields.PhoneNumber);
        // Two whole numbers under "Phone 1" and "Phone 2" stay two numbers: of two landlines, the first is the phone (a mobile
        // would win, MobileByValueTests).
        var two = new RowReader("DE").Read(InputRow.From(("Phone 1", "030 1234567"), ("Phone 2", "040 7654321"), ("Email", "a@example.de")));
        Assert.Equal("+49301234567", two.Fields.PhoneNumber);
    }

    [Theory]
    // WP-Members' "Day Phone" (reached at work by day), Joruri Mail's "表示名" (the name shown).
    [InlineData("Day Phone", "PhoneNumber")]
    [InlineData("Evening Phone", "PhoneNumber")]
    [InlineData("表示名", "Name")]
    [InlineData("显示名", "Name")]
    [InlineData("Birthday", null)]
    [InlineData("Day", null)]
    [InlineData("Evening", null)]
    public void Day_phones_and_display_names_in_more_words(string header, string? field)
    {
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());
    }
    [Theory]
    // "System" says who assigned the number (らくうるカート's customer CSV), not whose it is.
    [InlineData("システム顧客番号", "Identifier")]
    [InlineData("System Customer Number", "Identifier")]
    [InlineData("System ID", "Identifier")]
    [InlineData("System", null)]
    public void A_number_the_system_assigned_is_read_by_the_rest_of_the_header(string header, string? field)
    {
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());
    }

    [Fact]
    public void The_system_customer_number_is_the_key_and_the_member_login_is_not()
    {
        var map = ColumnMapSamples.Read(new[] { "システム顧客番号", "会員ID", "メールアドレス" },
            new object?[] { "1000000000000004512", "yamada_hanako", "a@example.com" },
            new object?[] { "1000000000000004513", "sato.k2020", "b@example.com" });
        Assert.Equal("システム顧客番号", ColumnMapSamples.Order(map, ContactField.Identifier)[0]);
    }
}
