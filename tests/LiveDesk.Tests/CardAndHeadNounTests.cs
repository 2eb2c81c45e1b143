using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen79, unseen85 and unseen86: a bare card number is a member's key unless its values are a payment card's
/// (AEGEE's member report "Numer karty"); a cut-off number in E.164 syntax (Puzzel's "+47 912"); a compound in Korean ends in
/// its head noun (Coupang's "노출상품ID"); a product's option or variant is a thing; a recipient in more languages (Shopee's
/// "Nama Penerima"); Thai students and patients own their codes ("รหัสนักเรียน").
/// </summary>
public class CardAndHeadNounTests
{
    private static ColumnMap Members(string cardHeader, params string[] cards) =>
        Read(new[] { "Imię", "Nazwisko", "Adres e-mail", cardHeader },
            cards.Select((card, n) => new object[] { $"Anna{n}", "Nowak", $"a{n}@example.pl", card }).ToArray());

    [Theory]
    [InlineData("Card Number")]
    [InlineData("Numer karty")]
    [InlineData("Kartennummer")]
    [InlineData("Číslo karty")]
    [InlineData("Номер карты")]
    [InlineData("N° de carte")]
    [InlineData("Número de tarjeta")]
    [InlineData("Kortnummer")]
    public void A_bare_card_number_is_a_key_after_every_other(string header)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.Equal(ContactField.Identifier, meaning.Field);
        Assert.Equal(HeaderRecognizer.CardKeyRank, meaning.Rank);
        Assert.Equal(new[] { header }, Order(Members(header, "1208", "1342", "1519"), ContactField.Identifier));
        // Beside a code of the record it stands back.
        var both = Read(new[] { "Kod", header, "E-mail" }, new object[] { "K7", "1208", "a@example.pl" }, new object[] { "K8", "1342", "b@example.pl" });
        Assert.Equal(new[] { "Kod" }, Order(both, ContactField.Identifier));
    }

    [Theory]
    // An identity card's number is the state's, as a national ID is; Dutch "kort nummer" is a short number (an extension).
    [InlineData("ID Card Number")]
    [InlineData("Kort nummer")]
    [InlineData("Credit Card Number")]
    public void An_identity_card_a_short_number_or_a_payment_card_is_no_bare_card(string header) =>
        Assert.NotEqual(HeaderRecognizer.CardKeyRank, HeaderRecognizer.Recognize(header).Rank);

    [Theory]
    [InlineData("4111111111111111", "4012888888881881", "5555555555554444")]
    [InlineData("**** 1111", "**** 4444", "**** 0005")]
    [InlineData("411111XXXXXX1111", "401288XXXXXX1881", "555555XXXXXX4444")]
    public void A_card_column_of_payment_cards_is_no_key(params string[] cards)
    {
        var map = Members("Card Number", cards);
        Assert.Empty(map.SourcesFor(ContactField.Identifier));
        Assert.Contains("payment card", map.Describe());
        // The numbers are a customer's payment data: never repeated in what the map says.
        Assert.All(cards, c => Assert.DoesNotContain(c, map.Describe()));
    }

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("4111 1111 1111 1111", true)]
    [InlineData("4111111111111112", false)]
    [InlineData("1208", false)]
    [InlineData("20456789012", false)]
    [InlineData("**** 1234", true)]
    public void A_payment_card_is_masked_or_passes_the_luhn_check(string text, bool payment) =>
        Assert.Equal(payment, ColumnMap.PaymentCard(text));

    [Theory]
    [InlineData("+47 912")]
    [InlineData("+49 1512")]
    [InlineData("+4412")]
    public void A_cut_off_number_in_e164_syntax_is_refused(string text) =>
        Assert.Null(new PhoneNormalizer("NO").Normalize(text).E164);

    [Theory]
    // The create-contact page's own example, and the shortest numbers anywhere (Niue, Saint Helena).
    [InlineData("+123456789")]
    [InlineData("+683 1234")]
    public void A_short_number_that_exists_somewhere_is_taken_as_written(string text) =>
        Assert.NotNull(new PhoneNormalizer().Normalize(text).E164);

    [Theory]
    [InlineData("노출상품ID")]
    [InlineData("옵션ID")]
    [InlineData("Option ID")]
    [InlineData("Variant ID")]
    [InlineData("Listing ID")]
    public void A_products_option_variant_or_listing_id_is_no_key(string header) =>
        Assert.Null(HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_korean_compound_is_read_by_its_head_noun_only_when_that_says_what_it_is_not()
    {
        Assert.Equal(new[] { "노출", "상품", "id" }, HeaderWords.Split("노출상품ID"));
        // A field word at the end keeps the compound whole: the unknown modifier may say whose it is.
        Assert.Equal(new[] { "노출상품전화" }, HeaderWords.Split("노출상품전화"));
    }

    [Theory]
    [InlineData("รหัสนักเรียน")]
    [InlineData("รหัสนักศึกษา")]
    [InlineData("รหัสผู้ป่วย")]
    public void A_thai_students_or_patients_code_is_theirs(string header) =>
        Assert.Equal(ContactField.Identifier, HeaderRecognizer.Recognize(header).Field);

    [Theory]
    // Shopee Indonesia's order export: the buyer's user name and the recipient's name, no other name.
    [InlineData("Nama Penerima")]
    [InlineData("수취인이름")]
    [InlineData("Имя получателя")]
    public void A_recipients_name_alone_is_the_rows_name(string header)
    {
        var map = Read(new[] { "No. Pesanan", header, "No. Telepon" },
            new object[] { "2611240ABCDE12", "Dimas Pratama", "6281234567890" });
        Assert.Equal(new[] { header }, Order(map, ContactField.Name));
    }

    [Fact]
    public void Beside_a_buyer_alone_the_recipients_columns_are_a_gifts()
    {
        // Coupang's order sheet: the buyer, then whom the parcel goes to; a buyer with no phone of its own has none.
        var map = Read(new[] { "구매자", "구매자이메일", "구매자전화번호", "수취인이름", "수취인전화번호" },
            new object[] { "정도윤", "doyoon.jung@example.com", "", "정서연", "010-7788-9900" },
            new object[] { "박서준", "", "010-8765-4321", "이하은", "010-5555-1234" });
        Assert.Equal(new[] { "구매자전화번호" }, Order(map, ContactField.PhoneNumber));
        Assert.DoesNotContain("수취인이름", Order(map, ContactField.Name));
    }
}
