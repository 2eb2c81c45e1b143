using System.Linq;
using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Whose name a row has and which columns reach the contact: the full name beside its parts (by the set of columns and by
/// the values), the staff member in charge of a record, web-form field keys, compound e-mail words, a state beside the
/// country, and postal codes that are never phones.
/// </summary>
public class NamesAndRolesTests
{
    private static RowReadResult Read(string? region, params (string Name, object? Value)[] pairs) =>
        new RowReader(region).Read(InputRow.From(pairs));

    private static string? First(ColumnMap map, ContactField field) => map.SourcesFor(field).FirstOrDefault()?.Header;

    // ---- The full name beside its parts ----

    [Theory]
    [InlineData("Nome", "Primeiro nome", "Último nome")]          // Fat Free CRM pt-BR
    [InlineData("Nome", "Primeiro nome", "Ultimo nome")]
    [InlineData("名字", "名", "姓")]                               // Fat Free CRM zh-CN
    [InlineData("Jméno a příjmení", "Jméno", "Příjmení")]
    [InlineData("Navn", "Fornavn", "Sidste navn")]
    public void A_name_column_beside_both_parts_is_the_full_name(string full, string first, string last)
    {
        var map = ColumnMap.Build(new[] { full, first, last });
        Assert.Equal(full, First(map, ContactField.Name));
        Assert.Equal(first, First(map, ContactField.FirstName));
        Assert.Equal(last, First(map, ContactField.LastName));
        var r = Read(null, (full, "Ana Paula Souza"), (first, "Ana Paula"), (last, "Souza"), ("Email", "ana@example.com"));
        Assert.Equal("Ana Paula Souza", r.Fields.Name);
    }

    [Theory]
    [InlineData("Último nome")]
    [InlineData("Ultimo nome")]
    [InlineData("Poslední jméno")]
    [InlineData("Sidste navn")]
    [InlineData("Viimane nimi")]
    public void Last_name_words_of_other_languages_name_the_last_name(string header) =>
        Assert.Equal(ContactField.LastName, HeaderRecognizer.Recognize(header).Field);

    [Theory]
    [InlineData("Nome", "Ana Paula Souza", "Primeiro nome", "Ana Paula", "Ana Paula Souza")]   // "Nome" read as the last name
    [InlineData("名字", "张伟", "姓", "张", "张伟")]                                            // "名字" read as the given name
    [InlineData("Nome", "Souza", "Primeiro nome", "Ana Paula", "Ana Paula Souza")]             // a real part: composed
    [InlineData("Last Name", "Johnson", "First Name", "Jo", "Jo Johnson")]                     // "Jo" is no word of "Johnson"
    public void A_part_whose_value_holds_the_other_part_is_the_full_name_never_composed_with_it(
        string partHeader, string partValue, string otherHeader, string otherValue, string expected)
    {
        var r = Read(null, (partHeader, partValue), (otherHeader, otherValue), ("Email", "a@example.com"));
        Assert.Null(r.Error);
        Assert.Equal(expected, r.Fields.Name);
    }

    // ---- The staff member in charge is someone else ----

    [Theory]
    [InlineData("Assigned To")] [InlineData("Sales Rep")] [InlineData("Account Manager")] [InlineData("Responsible")]
    [InlineData("Zuständig")] [InlineData("Betreuer")] [InlineData("Verantwortlich")] [InlineData("Zugeordnet zu")]
    [InlineData("Responsable")] [InlineData("Commercial")] [InlineData("Asignado a")]
    [InlineData("Responsável")] [InlineData("Atribuído para")] [InlineData("Ответственный")] [InlineData("Менеджер")]
    [InlineData("Opiekun")] [InlineData("Odpowiedzialny")] [InlineData("Verantwoordelijke")] [InlineData("Accountmanager")]
    [InlineData("Toegewezen aan")] [InlineData("Ansvarig")] [InlineData("Delegeeritud")] [InlineData("Vastutaja")]
    [InlineData("负责人")] [InlineData("跟进人")] [InlineData("销售")] [InlineData("业务员")] [InlineData("営業担当")]
    [InlineData("영업담당")] [InlineData("책임자")] [InlineData("Assignado a")] [InlineData("Поручен")] [InlineData("Tilldela till")]
    [InlineData("มอบหมายให้")] [InlineData("Encargada a")] [InlineData("Przypisany do")] [InlineData("Přiřazeno k")]
    public void The_staff_member_in_charge_is_someone_else(string header) =>
        Assert.True(HeaderRecognizer.Recognize(header).Elsewhere, header);

    [Theory]
    [InlineData("担当者", "名前", "名", "姓")]                        // Fat Free CRM ja: 担当者 = Assigned to
    [InlineData("담당자", "이름", "이름", "성")]
    [InlineData("Ansprechpartner", "Name", "Vorname", "Nachname")]
    public void A_contact_person_column_beside_the_rows_own_name_parts_is_the_staff_member(string staff, string name, string first, string last)
    {
        var headers = new[] { name, first, last, staff }.Distinct().ToArray();
        var map = ColumnMap.Build(headers);
        Assert.Equal(-1, map.ContactPersonIndex);
        Assert.Contains(staff, map.AboutSomeoneElse);
        var r = Read("JP", (name, "Yuko Yamamoto"), (last, "Yamamoto"), (staff, "Kenta Sato"), ("Email", "yuko@example.jp"));
        Assert.NotEqual("Kenta Sato", r.Fields.Name);
        Assert.Null(r.Fields.Company);
    }

    [Theory]
    [InlineData("担当者")]
    [InlineData("담당자")]
    public void In_a_list_of_companies_the_contact_person_column_still_names_the_contact(string person)
    {
        var map = ColumnMap.Build(new[] { "会社名", person, "メール" });
        Assert.Equal(1, map.ContactPersonIndex);
    }

    // ---- Web-form field keys ----

    [Theory]
    [InlineData("your-name", "Name")]               // Contact Form 7 / Flamingo
    [InlineData("your-email", "Email")]
    [InlineData("your-tel", "PhoneNumber")]
    [InlineData("your_name", "Name")]
    [InlineData("yourName", "Name")]
    [InlineData("my-email", "Email")]
    [InlineData("contact-email", "Email")]
    [InlineData("user_email", "Email")]
    [InlineData("input_name", "Name")]
    [InlineData("field_email", "Email")]
    [InlineData("email-532", "Email")]              // CF7's generated tag names
    [InlineData("tel-123", "PhoneNumber")]
    [InlineData("firstname_1583949012345", "FirstName")]   // Ninja Forms field keys
    public void A_form_prefix_or_generated_number_says_nothing_the_field_word_decides(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Theory]
    [InlineData("your-subject")]
    [InlineData("your-message")]
    [InlineData("Form Name")]          // the form's name, not the person's
    [InlineData("myriad")]
    public void Form_words_do_not_make_other_columns_fields(string header) =>
        Assert.Null(HeaderRecognizer.Recognize(header).Field);

    // ---- E-mail compounds ----

    [Theory]
    [InlineData("Elektronpost")] [InlineData("Teine elektronposti aadress")] [InlineData("Sähköposti")] [InlineData("E-postadress")]
    [InlineData("Correo electrónico")] [InlineData("posta elettronica")] [InlineData("Elektroninis paštas")] [InlineData("El. paštas")]
    [InlineData("E-pasts")] [InlineData("Ηλεκτρονικό ταχυδρομείο")] [InlineData("Netfang")]
    [InlineData("Alternatief email adres")] [InlineData("Alternativní email")] [InlineData("Alternatywny email")]
    [InlineData("その他のEメール")] [InlineData("另一个 email")] [InlineData("อีเมล์ ทางเลือก")]
    public void Compound_email_words_name_an_email_column(string header) =>
        Assert.Equal(ContactField.Email, HeaderRecognizer.Recognize(header).Field);

    // ---- A state is not the country ----

    [Theory]
    [InlineData("Staat", "Land")]                     // Fat Free CRM nl
    [InlineData("Staat", "Country")]
    public void A_state_column_is_never_the_country_beside_a_country_column(string state, string country)
    {
        var map = ColumnMap.Build(new[] { "Naam", "Email", state, country });
        Assert.Equal(new[] { country }, map.SourcesFor(ContactField.Country).Select(s => s.Header));
    }

    [Fact]
    public void A_state_word_alone_is_still_the_country() =>
        Assert.Equal("Staat", First(ColumnMap.Build(new[] { "Name", "Email", "Staat" }), ContactField.Country));

    // ---- A postal code is never a phone ----

    [Theory]
    [InlineData("PLZ")] [InlineData("ZIP")] [InlineData("Postcode")] [InlineData("Code postal")]
    [InlineData("CAP")] [InlineData("PSČ")] [InlineData("Postikood")] [InlineData("邮编")] [InlineData("郵便番号")] [InlineData("우편번호")] [InlineData("Индекс")]
    [InlineData("Postkod")] [InlineData("Почтовый индекс")] [InlineData("Kod pocztowy")] [InlineData("Zip Code")] [InlineData("รหัส ไปรษณีย์")]
    public void Postal_code_headers_are_no_phone_nor_any_field(string header) =>
        Assert.Null(HeaderRecognizer.Recognize(header).Field);

    [Theory]
    [InlineData("Cep Telefonu")]
    [InlineData("Cep Tel")]
    public void The_turkish_pocket_phone_is_still_a_mobile(string header) =>
        Assert.Equal(ContactField.PhoneNumber, HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void Cep_alone_is_a_mobile_only_where_its_value_is_a_phone_number()
    {
        // Kimai tr: "Cep" is the mobile; Fat Free CRM pt-BR: "CEP" is the postal code.
        var tr = Read("TR", ("Ad", "Mehmet Kaya"), ("Telefon", "0212 123 45 67"), ("Cep", "0532 123 45 67"));
        Assert.Null(tr.Error);
        Assert.Equal("+905321234567", tr.Fields.PhoneNumber);
        var br = Read("BR", ("Nome", "João Pereira"), ("Telefone", "(21) 3456-7890"), ("CEP", "20040-002"));
        Assert.Null(br.Error);
        Assert.Equal("+552134567890", br.Fields.PhoneNumber);
        var none = Read("BR", ("Nome", "Mariana Lima"), ("Email", "m@example.com"), ("CEP", "30130-010"));
        Assert.Null(none.Error);
        Assert.Null(none.Fields.PhoneNumber);
    }

    [Fact]
    public void A_postal_code_column_is_never_a_phone_by_its_values()
    {
        var headers = new[] { "Nome", "Email", "PLZ" };
        var map = ColumnMap.Build(headers);
        map.ReadValues(new[] { "20040-002", "01310-100", "30130-010" }.Select(v => InputRow.From(("Nome", "A"), ("Email", "a@example.com"), ("PLZ", v))).ToList());
        Assert.Empty(map.SourcesFor(ContactField.PhoneNumber));
    }

    [Fact]
    public void A_row_whose_first_phone_column_is_invalid_takes_the_next_valid_one_with_a_warning()
    {
        var r = Read("BR", ("Nome", "João Pereira"), ("Celular", "1234"), ("Telefone", "(21) 3456-7890"));
        Assert.Null(r.Error);
        Assert.Equal("+552134567890", r.Fields.PhoneNumber);
        Assert.Contains(r.Warnings, w => w.Contains("'Celular'") && w.Contains("'Telefone'"));
    }

    [Fact]
    public void A_row_with_no_valid_phone_still_fails_on_the_first_invalid_one()
    {
        var r = Read("BR", ("Nome", "João Pereira"), ("Celular", "1234"), ("Telefone", "5678"));
        Assert.NotNull(r.Error);
        Assert.Contains("'Celular'", r.Error!.Message);
    }

    [Fact]
    public void The_brazilian_row_with_a_postal_code_keeps_its_phone()
    {
        // Fat Free CRM pt-BR: Celular empty, CEP a postal code, Telefone the number.
        var r = Read("BR", ("Nome", "João Pereira"), ("Primeiro nome", "João"), ("Último nome", "Pereira"), ("Telefone", "(21) 3456-7890"),
            ("Celular", ""), ("CEP", "20040-002"));
        Assert.Null(r.Error);
        Assert.Equal("+552134567890", r.Fields.PhoneNumber);
        Assert.Equal("João Pereira", r.Fields.Name);
    }
}
