using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen47, unseen65 and unseen66: the preposition of an agent ("Saisi par") against SoftPro's "tel_par" and
/// "Email par défaut"; Hungarian name order; parents in more languages; a party's own "Student Contact"; Turkish contact
/// persons; DigitaleFactuur's bank account holder written with initials.
/// </summary>
public class AgentAndOrderTests
{
    [Theory]
    [InlineData("e_mail_par", "Email")]
    [InlineData("tel_par", "PhoneNumber")]
    [InlineData("Email par défaut", "Email")]
    [InlineData("Adresse e-mail par défaut", "Email")]
    [InlineData("Téléphone par défaut", "PhoneNumber")]
    [InlineData("Teléfono por defecto", "PhoneNumber")]
    [InlineData("Email padrão", "Email")]
    [InlineData("By", "City")]
    public void A_preposition_right_after_the_field_word_names_no_one(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Theory]
    [InlineData("Saisi par")]
    [InlineData("Créé par")]
    [InlineData("Entered By")]
    [InlineData("Email Sent By")]
    [InlineData("Ingevoerd door")]
    [InlineData("Dodane przez")]
    [InlineData("Contact par email")]
    public void A_preposition_after_anything_else_names_whoever_did_it(string header) =>
        Assert.True(HeaderRecognizer.Recognize(header).Elsewhere, header);

    [Theory]
    [InlineData("Nome da Mãe")]
    [InlineData("Nm_Pai")]
    [InlineData("Anyja neve")]
    [InlineData("Nom de la mère")]
    [InlineData("Nombre del padre")]
    [InlineData("Naam moeder")]
    [InlineData("Imię matki")]
    [InlineData("Anne Adı")]
    public void A_mother_s_or_father_s_column_is_someone_else_s(string header) =>
        Assert.True(HeaderRecognizer.Recognize(header).Elsewhere, header);

    [Theory]
    [InlineData("Roll No", "Identifier")]
    [InlineData("代號", "Identifier")]
    [InlineData("客戶代號", "Identifier")]
    [InlineData("Relatienummer", "Identifier")]
    [InlineData("Nm_Membro", "Name")]
    [InlineData(" 戶籍電話", "PhoneNumber")]
    public void Numbers_names_and_phones_of_more_tools(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_household_register_s_phone_ranks_after_the_mobile_and_the_contact_phone()
    {
        var map = ColumnMap.Build(new[] { "代號", "姓名", " 戶籍電話", "連絡電話", "行動電話" });
        Assert.Equal(new[] { "行動電話", "連絡電話", " 戶籍電話" }, ColumnMapSamples.Order(map, ContactField.PhoneNumber));
    }

    [Theory]
    [InlineData("Vezetéknév", "Keresztnév", "Szabó Bence")]
    [InlineData("Családnév", "Utónév", "Szabó Bence")]
    [InlineData("Last Name", "First Name", "Bence Szabó")]
    public void A_hungarian_tool_s_name_parts_compose_family_name_first(string lastHeader, string firstHeader, string expected)
    {
        var row = new RowReader("HU").Read(InputRow.From((lastHeader, "Szabó"), (firstHeader, "Bence"), ("E-mail cím", "szabo.bence@example.hu")));
        Assert.Equal(expected, row.Fields.Name);
    }

    [Fact]
    public void A_party_s_own_contact_column_of_numbers_is_its_phone()
    {
        // ACADEXA's students: "Parent Contact" is someone else's, "Student Contact" the student's own mobile.
        var headers = new[] { "Name", "Roll No", "Parent Contact", "Student Contact", "Email" };
        var map = ColumnMapSamples.Read(headers,
            new object?[] { "Aarav Patel", "014", "9825012345", "9879012345", "aarav.patel@example.com" },
            new object?[] { "Diya Shah", "015", "9426054321", "9879054321", "" });
        Assert.Equal(new[] { "Student Contact" }, ColumnMapSamples.Order(map, ContactField.PhoneNumber));
        var names = ColumnMapSamples.Read(new[] { "Company", "Customer Contact", "Email" },
            new object?[] { "Acme Ltd", "Jane Doe", "jane@acme.example" });
        Assert.Empty(ColumnMapSamples.Order(names, ContactField.PhoneNumber));
    }

    [Theory]
    [InlineData("İlgili Kişi")]
    [InlineData("Yetkili Kişi")]
    [InlineData("Yetkili")]
    [InlineData("Kapcsolattartó")]
    public void More_languages_name_the_contact_person(string header)
    {
        var map = ColumnMap.Build(new[] { "ID", "Firma Adı", header, "Telefon", "E-Posta" });
        Assert.Equal(header, map.Headers[map.ContactPersonIndex]);
    }

    [Theory]
    [InlineData("Vries, S. de (Sophie)", "Sophie de Vries")]
    [InlineData("Jansen, M.P. (Mark)", "Mark Jansen")]
    [InlineData("Berg, J. van den (Jan)", "Jan van den Berg")]
    public void A_dutch_sort_name_with_the_call_name_in_brackets_is_written_out(string written, string expected)
    {
        var row = new RowReader("NL").Read(InputRow.From(("Naam", written), ("Rel. code", "BBHF82K"), ("E-mailadres", "lid@example.nl")));
        Assert.Equal(expected, row.Fields.Name);
        Assert.Equal("BBHF82K", row.Fields.Identifier);
    }

    [Theory]
    [InlineData("Sanne van den Berg", "S. van den Berg", "Sanne van den Berg")]
    [InlineData("Jeroen Bakker", "J.P. Bakker", "Jeroen Bakker")]
    [InlineData("Bakkerij De Korenaar B.V.", "J. de Vries", "J. de Vries")]
    [InlineData("Jeroen Bakker", "Jeroen Bakker-Smit", "Jeroen Bakker-Smit")]
    public void A_holder_s_name_with_initials_gives_way_to_the_record_s_full_name(string company, string holder, string expected)
    {
        var row = new RowReader("NL").Read(InputRow.From(("Relatienummer", "1002"), ("Bedrijf", company), ("Contactpersoon", null),
            ("Email", "info@example.nl"), ("naam_rekeninghouder", holder)));
        Assert.Equal(expected, row.Fields.Name);
        Assert.Equal("1002", row.Fields.Identifier);
    }
}
