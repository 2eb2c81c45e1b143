using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>
/// Header words found missing by a blind test: a number to reach someone by is a phone, plurals of field words in every
/// language, Persian, Vietnamese, Thai, Indonesian/Malay and Hindi field words, qualifiers of the given name, references as
/// the record's own key, and the ids of other records (events, tickets, orders, affiliates) that never identify the contact.
/// </summary>
public class HeaderWorldTests
{
    private static ContactField? Field(string header) => HeaderRecognizer.Recognize(header).Field;

    [Theory]
    [InlineData("Contact Number")]
    [InlineData("Contact Numbers")]
    [InlineData("Contact No.")]
    [InlineData("Números de Contacto")]     // es
    [InlineData("Número de contacto")]
    [InlineData("Números de Contato")]      // pt
    [InlineData("Numero di contatto")]      // it
    [InlineData("Kontaktnummer")]           // de, sv, da: a compound
    [InlineData("Numer kontaktowy")]        // pl: an adjective
    [InlineData("Контактный номер")]        // ru
    [InlineData("İletişim Numaraları")]     // tr: plural and possessive
    [InlineData("İletişim Numarası")]
    [InlineData("Yhteysnumero")]            // fi
    [InlineData("Număr de contact")]        // ro
    [InlineData("Αριθμός επικοινωνίας")]    // el
    [InlineData("شماره‌های تماس")]           // fa: plural after a zero-width non-joiner
    [InlineData("شماره تماس")]
    [InlineData("أرقام الاتصال")]            // ar: a broken plural
    [InlineData("Số Liên hệ")]              // vi: syllables written apart
    [InlineData("เบอร์ติดต่อ")]               // th: no spaces
    [InlineData("Nomor Kontak")]            // id
    [InlineData("संपर्क नंबर")]                // hi
    [InlineData("联系电话")]                 // zh
    public void A_number_to_reach_someone_by_is_a_phone(string header) => Assert.Equal(ContactField.PhoneNumber, Field(header));

    [Theory]
    [InlineData("Contact ID", "Identifier")]        // whose record it is, not how to reach it
    [InlineData("Customer Number", "Identifier")]
    [InlineData("Kundennummer", "Identifier")]
    [InlineData("Kontakt", null)]
    [InlineData("Contact", null)]
    public void A_reach_word_without_a_number_or_with_whose_it_is_stays_as_it_was(string header, string? expected) =>
        Assert.Equal(expected == null ? null : Enum.Parse<ContactField>(expected), Field(header));

    [Theory]
    [InlineData("Emails", "Email")]
    [InlineData("E-Mail-Adressen", "Email")]
    [InlineData("Courriels", "Email")]
    [InlineData("E-postalar", "Email")]             // tr -lar
    [InlineData("E-posta Adresleri", "Email")]
    [InlineData("E-mailek", "Email")]               // hu -ek
    [InlineData("E-mailuri", "Email")]              // ro -uri
    [InlineData("Sähköpostit", "Email")]            // fi -t
    [InlineData("ایمیل‌ها", "Email")]                // fa ‌ها
    [InlineData("ایمیل ها", "Email")]
    [InlineData("Емайл", "Email")]                  // ru/bg loanwords
    [InlineData("Имейл", "Email")]
    [InlineData("имэйл", "Email")]
    [InlineData("Имейли", "Email")]
    [InlineData("Е-поща", "Email")]
    [InlineData("Teléfonos", "PhoneNumber")]
    [InlineData("Telefonnummern", "PhoneNumber")]
    [InlineData("Telefoner", "PhoneNumber")]
    [InlineData("Telefonlar", "PhoneNumber")]
    [InlineData("Telefonok", "PhoneNumber")]
    [InlineData("Telefoane", "PhoneNumber")]
    [InlineData("Телефоны", "PhoneNumber")]
    [InlineData("Номера телефонов", "PhoneNumber")]
    [InlineData("Τηλέφωνα", "PhoneNumber")]
    [InlineData("Αριθμοί τηλεφώνου", "PhoneNumber")]
    [InlineData("Puhelimet", "PhoneNumber")]
    [InlineData("تلفن‌ها", "PhoneNumber")]
    [InlineData("أرقام الهواتف", "PhoneNumber")]
    public void Plural_forms_of_field_words_name_the_field_like_the_singular(string header, string expected) =>
        Assert.Equal(Enum.Parse<ContactField>(expected), Field(header));

    [Fact]
    public void A_zero_width_non_joiner_splits_words_like_a_space()
    {
        Assert.Equal(HeaderWords.Split("نام خانوادگی"), HeaderWords.Split("نام\u200Cخانوادگی"));
        Assert.Equal(HeaderWords.Split("ایمیل ها"), HeaderWords.Split("ایمیل\u200Cها"));
        Assert.Equal(ContactField.LastName, Field("نام\u200Cخانوادگی"));
    }

    [Theory]
    [InlineData("T\u0065\u0301le\u0301phone", "PhoneNumber")]  // decomposed accents stay in their word
    [InlineData("ชื่อ-นามสกุล", "Name")]                      // Thai vowel signs are marks
    [InlineData("पहला नाम", "FirstName")]                      // Devanagari vowel signs and virama too
    public void Combining_marks_belong_to_their_letter(string header, string expected) =>
        Assert.Equal(Enum.Parse<ContactField>(expected), Field(header));

    [Theory]
    // Persian (Roundcube fa_IR, Chatwoot fa)
    [InlineData("نام", "Name")]
    [InlineData("نام خانوادگی", "LastName")]
    [InlineData("شناسه", "Identifier")]
    [InlineData("نام سازمان", "Company")]
    [InlineData("نام شرکت", "Company")]
    [InlineData("ایمیل", "Email")]
    [InlineData("پست‌الکترونیک", "Email")]
    [InlineData("تلفن", "PhoneNumber")]
    [InlineData("موبایل", "PhoneNumber")]
    [InlineData("تلفن همراه", "PhoneNumber")]
    [InlineData("شماره تلفن", "PhoneNumber")]
    [InlineData("شهر", "City")]
    [InlineData("كشور", "Country")]        // typed with the Arabic kaf
    [InlineData("نام‌کاربری", "Identifier")]
    // Vietnamese (Roundcube vi_VN, Chatwoot vi)
    [InlineData("Tên", "Name")]
    [InlineData("Họ", "LastName")]
    [InlineData("Tên Họ", "LastName")]
    [InlineData("Tên Gọi", "FirstName")]
    [InlineData("Họ và tên", "Name")]
    [InlineData("Tên Tổ chức", "Company")]
    [InlineData("Tên công ty", "Company")]
    [InlineData("Điện thoại", "PhoneNumber")]
    [InlineData("Số điện thoại", "PhoneNumber")]
    [InlineData("Di động", "PhoneNumber")]
    [InlineData("Thư điện tử", "Email")]
    [InlineData("Thành phố", "City")]
    [InlineData("Quốc gia", "Country")]
    // Thai (Roundcube th_TH)
    [InlineData("ชื่อ", "Name")]
    [InlineData("นามสกุล", "LastName")]
    [InlineData("อีเมล", "Email")]
    [InlineData("เบอร์โทรศัพท์", "PhoneNumber")]
    [InlineData("มือถือ", "PhoneNumber")]
    [InlineData("บริษัท", "Company")]
    // Indonesian, Malay (Roundcube id_ID, ms_MY)
    [InlineData("Nama depan", "FirstName")]
    [InlineData("Nama belakang", "LastName")]
    [InlineData("Nama pertama", "FirstName")]
    [InlineData("Nama akhir", "LastName")]
    [InlineData("Nama Lengkap", "Name")]
    [InlineData("Nomor Telepon", "PhoneNumber")]
    [InlineData("No. HP", "PhoneNumber")]
    [InlineData("E-Mel", "Email")]
    [InlineData("Perusahaan", "Company")]
    [InlineData("Kota", "City")]
    // Hindi (Roundcube hi_IN)
    [InlineData("पहला नाम", "FirstName")]
    [InlineData("उपनाम", "LastName")]
    [InlineData("ईमेल", "Email")]
    [InlineData("फ़ोन नंबर", "PhoneNumber")]
    [InlineData("मोबाइल", "PhoneNumber")]
    public void Basic_field_words_in_more_languages(string header, string expected) =>
        Assert.Equal(Enum.Parse<ContactField>(expected), Field(header));

    [Fact]
    public void A_bare_name_word_next_to_a_family_name_is_the_given_name_in_these_languages_too()
    {
        var vi = ColumnMap.Build(new[] { "Tên", "Họ", "Email" });
        Assert.Equal(new[] { "Tên" }, Order(vi, ContactField.FirstName));
        Assert.Equal(new[] { "Họ" }, Order(vi, ContactField.LastName));
        var fa = ColumnMap.Build(new[] { "نام", "نام خانوادگی", "ایمیل" });
        Assert.Equal(new[] { "نام" }, Order(fa, ContactField.FirstName));
        var th = ColumnMap.Build(new[] { "ชื่อ", "นามสกุล" });
        Assert.Equal(new[] { "ชื่อ" }, Order(th, ContactField.FirstName));
    }

    [Theory]
    [InlineData("Nome di battesimo")]
    [InlineData("Christian name")]
    [InlineData("Christian Name")]
    [InlineData("Taufname")]
    [InlineData("nom de baptême")]
    [InlineData("nombre de pila")]
    [InlineData("nome próprio")]
    [InlineData("nome de batismo")]
    [InlineData("Doopnaam")]
    [InlineData("Βαπτιστικό όνομα")]
    [InlineData("Nume de botez")]
    [InlineData("Ristimänimi")]
    public void A_name_word_qualified_as_the_given_one_is_the_first_name(string header) =>
        Assert.Equal(ContactField.FirstName, Field(header));

    [Theory]
    [InlineData("Christian")]
    [InlineData("Taufe")]
    [InlineData("Battesimo")]
    public void A_given_name_qualifier_alone_names_nothing(string header) => Assert.Null(Field(header));

    [Theory]
    [InlineData("Nombre y apellidos")]
    [InlineData("Nome e cognome")]
    [InlineData("Nom et prénom")]
    [InlineData("Vorname und Nachname")]
    [InlineData("First and Last Name")]
    public void Two_name_parts_joined_by_and_are_the_whole_name(string header) => Assert.Equal(ContactField.Name, Field(header));

    [Theory]
    [InlineData("ref", HeaderRecognizer.ReferenceRank)]
    [InlineData("Reference", HeaderRecognizer.ReferenceRank)]
    [InlineData("Referenz", HeaderRecognizer.ReferenceRank)]
    [InlineData("Référence", HeaderRecognizer.ReferenceRank)]
    [InlineData("Referencia", HeaderRecognizer.ReferenceRank)]
    [InlineData("Riferimento", HeaderRecognizer.ReferenceRank)]
    [InlineData("Reference No.", HeaderRecognizer.ReferenceRank)]
    [InlineData("Customer Reference", HeaderRecognizer.ReferenceRank)]   // whose it is does not outrank the record's key
    [InlineData("Référence client", HeaderRecognizer.ReferenceRank)]
    [InlineData("External Reference", 10)]
    public void A_reference_is_the_record_s_own_key(string header, int rank)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.Equal(ContactField.Identifier, meaning.Field);
        Assert.Equal(rank, meaning.Rank);
    }

    [Theory]
    [InlineData("Order Reference")]
    [InlineData("Reference Phone")]     // a referee's
    [InlineData("Reference Name")]
    [InlineData("Payment Reference")]
    public void A_reference_with_another_field_or_thing_is_not_the_contact_s_key(string header) => Assert.Null(Field(header));

    [Fact]
    public void A_reference_keys_the_record_when_no_other_id_does_and_stands_after_a_bare_id()
    {
        // Thelia's customer export (CustomerExport.php): "ref" is the file's only id; the customer's order totals name no
        // other record the row is about.
        Assert.Equal(new[] { "ref" }, Order(ColumnMap.Build(new[] { "ref", "title", "last_name", "first_name", "email", "discount",
            "is_registered_to_newsletter", "sign_up_date", "total_orders", "last_order_amount", "last_order_date", "company", "city" }), ContactField.Identifier));
        Assert.Equal(new[] { "Id", "Reference" }, Order(ColumnMap.Build(new[] { "Reference", "Id", "Email" }), ContactField.Identifier));
        Assert.Equal(new[] { "Customer Number" }, Order(ColumnMap.Build(new[] { "Reference", "Customer Number" }), ContactField.Identifier));
        // Kimai's customer export (src/Entity/Customer.php): its "Buyer reference" is the one the buyer gave for invoices.
        Assert.Equal(new[] { "ID", "Buyer reference" }, Order(ColumnMap.Build(new[] { "ID", "Name", "Email", "Buyer reference" }), ContactField.Identifier));
    }

    [Fact]
    public void A_reference_in_a_file_about_other_records_is_theirs()
    {
        // Attendize's attendee and order exports (app/Exports/AttendeesExport.php, OrdersExport.php; resources/lang/en):
        // "Reference" is the order's, shared by the attendees of one order.
        var attendees = ColumnMap.Build(new[] { "First Name", "Last Name", "Email", "Ticket ID", "Reference", "Ticket Type", "Order Date", "Has Arrived", "Arrival Time" });
        Assert.Empty(Order(attendees, ContactField.Identifier));
        var orders = ColumnMap.Build(new[] { "First Name", "Last Name", "Email", "Reference", "Amount", "Fully Refunded", "Partially Refunded", "Amount Refunded", "Order Date" });
        Assert.Empty(Order(orders, ContactField.Identifier));
        // The same in another language: Attendize's Spanish "Referencia" next to "Fecha del pedido".
        Assert.Empty(Order(ColumnMap.Build(new[] { "Nombre", "Email", "Referencia", "Fecha del pedido" }), ContactField.Identifier));
    }

    [Theory]
    [InlineData("Event ID")]
    [InlineData("eventId")]
    [InlineData("Ticket ID")]
    [InlineData("ticket_id")]
    [InlineData("TicketId")]
    [InlineData("Order ID")]
    [InlineData("Order #")]
    [InlineData("orderid")]
    [InlineData("Invoice ID")]
    [InlineData("Product ID")]
    [InlineData("AffiliateId")]
    [InlineData("Affiliate Id")]
    [InlineData("VendorId")]
    [InlineData("Store ID")]
    [InlineData("Campaign ID")]
    [InlineData("List ID")]
    [InlineData("Seat Number")]
    [InlineData("Booking Reference")]
    [InlineData("ID билета")]            // ru: ticket
    [InlineData("Номер заказа")]         // ru: order
    [InlineData("Bestellnummer")]        // de: order
    [InlineData("Veranstaltungs-ID")]    // de: event
    [InlineData("ID de l'événement")]    // fr: event
    [InlineData("Numéro de billet")]     // fr: ticket
    [InlineData("ID del evento")]        // es
    [InlineData("Numero biglietto")]     // it
    [InlineData("ID do ingresso")]       // pt
    [InlineData("Numer zamówienia")]     // pl
    [InlineData("Bilet No")]             // tr
    [InlineData("Sipariş ID")]
    [InlineData("شناسه سفارش")]          // fa: order
    [InlineData("رقم الطلب")]            // ar: order
    [InlineData("イベントID")]            // ja
    [InlineData("订单号码")]              // zh
    public void The_id_of_another_record_never_identifies_the_contact(string header)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.NotEqual(ContactField.Identifier, meaning.Field);
    }

    [Fact]
    public void Other_records_ids_stay_out_of_the_identifier_whatever_else_the_file_has()
    {
        // nopCommerce's customer export: the record's Id, then the ids of its affiliate and vendor.
        Assert.Equal(new[] { "Id" }, Order(ColumnMap.Build(new[] { "Id", "Email", "AffiliateId", "VendorId" }), ContactField.Identifier));
        Assert.Empty(Order(ColumnMap.Build(new[] { "Email", "AffiliateId", "Ticket ID", "ID билета" }), ContactField.Identifier));
        // An unknown single word before "ID" is still the exporting system's own key ("Klaviyo ID").
        Assert.Equal(new[] { "Klaviyo ID" }, Order(ColumnMap.Build(new[] { "Klaviyo ID", "Email" }), ContactField.Identifier));
    }

    [Theory]
    [InlineData("Vardas", "FirstName")]              // lt
    [InlineData("Pavardė", "LastName")]
    [InlineData("Vardas ir pavardė", "Name")]
    [InlineData("El. paštas", "Email")]
    [InlineData("El. pašto adresas", "Email")]
    [InlineData("Elektroninis paštas", "Email")]
    [InlineData("Telefono numeris", "PhoneNumber")]
    [InlineData("Mobilusis telefonas", "PhoneNumber")]
    [InlineData("Miestas", "City")]
    [InlineData("Uzvārds", "LastName")]              // lv
    [InlineData("E-pasts", "Email")]
    [InlineData("Tālrunis", "PhoneNumber")]
    [InlineData("Pilsēta", "City")]
    [InlineData("Eesnimi", "FirstName")]             // et
    [InlineData("Perekonnanimi", "LastName")]
    [InlineData("Riik", "Country")]
    public void Lithuanian_Latvian_and_Estonian_field_words_are_read(string header, string expected) => Assert.Equal(expected, Field(header)?.ToString());

    [Theory]
    [InlineData("お名前(姓)", "LastName")]           // EC-CUBE: an honorific before the noun
    [InlineData("お名前(名)", "FirstName")]
    [InlineData("お電話番号", "PhoneNumber")]
    [InlineData("お名前(セイ)", null)]                           // the reading of the family name, not the name
    [InlineData("お名前(メイ)", null)]
    [InlineData("フリガナ", null)]
    [InlineData("Phonetic First Name", null)]                   // Google Contacts
    [InlineData("Given Name Yomi", null)]
    [InlineData("Family Name Yomi", null)]
    [InlineData("姓名拼音", null)]
    public void Honorifics_are_neutral_and_a_names_reading_is_not_the_name(string header, string? expected) => Assert.Equal(expected, Field(header)?.ToString());

    [Theory]
    [InlineData("用户序号")]   // RuoYi: the user's serial number
    [InlineData("会員番号")]
    [InlineData("客户编号")]
    [InlineData("회원번호")]
    public void A_number_of_whom_it_identifies_is_the_identifier_in_CJK(string header) => Assert.Equal(ContactField.Identifier, Field(header));
}
