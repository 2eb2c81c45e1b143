using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>
/// Blind set unseen110: a daycare's family report (eVaka) has one row per child and only the guardians' phones and
/// e-mails; the child's name is the row's where no column names the row's own person, and the guardians' columns (the
/// head of the family, "Päämies", "Huvudman", included) are never the child's. Greek "Ταυτότητα" heads HospitalRun's ids.
/// </summary>
public class ChildrenAndIdentityTests
{
    private static readonly string[] FamilyReport =
    {
        "Lapsen nimi", "Ryhmä", "Osoite", "Päämies", "Päämies: Puhelinnumero", "Päämies: Sähköpostiosoite",
        "Huoltaja", "Huoltaja: Puhelinnumero", "Huoltaja: Sähköpostiosoite",
    };

    [Fact]
    public void A_childs_name_is_the_rows_where_no_column_names_the_rows_own_person()
    {
        var map = ColumnMap.Build(FamilyReport);
        Assert.Equal(new[] { "Lapsen nimi" }, Order(map, ContactField.Name));
        Assert.Empty(map.SourcesFor(ContactField.PhoneNumber));
        Assert.Empty(map.SourcesFor(ContactField.Email));
        Assert.Contains("a child's name as the row's", map.Describe());
    }

    [Fact]
    public void A_parents_name_is_the_rows_where_the_rows_phone_and_e_mail_reach_the_parent_and_nobody_else_is_named()
    {
        // A Thai family booking app's users: the parent's name, an unqualified phone and e-mail, the children's nicknames.
        var thai = ColumnMap.Build(new[] { "รหัสครอบครัว", "ชื่อผู้ปกครอง", "เบอร์โทรศัพท์", "อีเมล", "ชื่อเล่นลูก" });
        Assert.Equal(new[] { "ชื่อผู้ปกครอง" }, Order(thai, ContactField.Name));
        Assert.Equal(new[] { "รหัสครอบครัว" }, Order(thai, ContactField.Identifier));
        Assert.Contains("a parent's name as the row's", thai.Describe());
        Assert.Equal(new[] { "Parent Name" }, Order(ColumnMap.Build(new[] { "Parent Name", "Phone", "Email" }), ContactField.Name));
        // The row is someone else's: a student's e-mail, the row's own name, a child's name, two parents.
        Assert.Empty(ColumnMap.Build(new[] { "Parent Name", "Student Email" }).SourcesFor(ContactField.Name));
        Assert.Equal(new[] { "Name" }, Order(ColumnMap.Build(new[] { "Name", "Parent Name", "Phone" }), ContactField.Name));
        Assert.Empty(ColumnMap.Build(new[] { "Parent Name", "Guardian Name", "Phone" }).SourcesFor(ContactField.Name));
        Assert.Empty(ColumnMap.Build(new[] { "Parent Name", "Parent Phone" }).SourcesFor(ContactField.Name));
        // Any other name may be the row's own, read by its values later: a health plan's member beside the member's mother.
        Assert.Empty(ColumnMap.Build(new[] { "CODIGO", "NOME_USUARIO", "NOME_MAE", "TELEFONE", "CELULAR" }).SourcesFor(ContactField.Name));
        var member = new RowReader("BR").Read(InputRow.From(("CODIGO", "10234"), ("NOME_USUARIO", "JOAO BATISTA DE ALMEIDA"),
            ("NOME_MAE", "MARIA JOSE DE ALMEIDA"), ("TELEFONE", "65-33221100"), ("CELULAR", "65-999812345")));
        Assert.NotEqual("MARIA JOSE DE ALMEIDA", member.Fields.Name);
        // A pet's name is no person's: the pet's guardian is the row's (Priyo Pet's vaccination bookings).
        Assert.Equal(new[] { "Guardian Name" }, Order(ColumnMap.Build(new[] { "Guardian Name", "Mobile Number", "Email", "Pet Name", "Breed" }), ContactField.Name));
        Assert.Equal(new[] { "Lapsen nimi" }, Order(ColumnMap.Build(FamilyReport), ContactField.Name));
    }

    [Fact]
    public void The_child_is_stored_with_its_name_and_no_guardians_number()
    {
        var values = new object?[] { "Virtanen Aino", "Nallet", "Kivenlahdentie 12", "Virtanen Mikko", "0401234567", "mikko@example.fi", "Virtanen Mikko", "0401234567", "mikko@example.fi" };
        var r = new RowReader("FI").Read(InputRow.From(FamilyReport.Select((h, i) => (h, values[i])).ToArray()));
        Assert.Null(r.Error);
        Assert.Equal("Virtanen Aino", r.Fields.Name);
        Assert.Null(r.Fields.PhoneNumber);
        Assert.Null(r.Fields.Email);
    }

    [Theory]
    [InlineData("Child name")]
    [InlineData("Barnets namn")]
    public void Beside_the_rows_own_person_a_childs_name_stays_someone_elses(string child)
    {
        var map = ColumnMap.Build(new[] { "Employee ID", "Email", child });
        Assert.Empty(map.SourcesFor(ContactField.Name));
        Assert.Contains(child, map.AboutSomeoneElse);
    }

    [Theory]
    [InlineData("Päämies: Puhelinnumero")]
    [InlineData("Huvudman: Telefonnummer")]
    public void The_head_of_the_familys_number_is_someone_elses(string header) =>
        Assert.True(HeaderRecognizer.Recognize(header).Elsewhere);

    [Fact]
    public void Greek_identity_alone_heads_the_records_id()
    {
        Assert.Equal(ContactField.Identifier, HeaderRecognizer.Recognize("Ταυτότητα").Field);
        Assert.NotEqual(ContactField.Identifier, HeaderRecognizer.Recognize("Αριθμός Ταυτότητας").Field);
    }
}

/// <summary>
/// Blind sets unseen113 and unseen114: an order file's reference stays the order's even where its product repeats (GS
/// Pipeline); a person's name is no key whatever the header (Persian "معرف", the referrer); Italian federations'
/// abbreviations ("COGN", "TEL_ATL") and the membership card ("Numero tessera").
/// </summary>
public class ReferencesNamesAndAbbreviationsTests
{
    [Fact]
    public void An_orders_reference_stays_the_orders_where_its_product_repeats()
    {
        var map = ColumnMap.Build(new[] { "Référence", "Client", "Téléphone", "Produit", "Quantité", "Montant" });
        map.ReadValues(new[]
        {
            InputRow.From(("Référence", (object?)"CMD-1042"), ("Client", "Adjoua Koffi"), ("Téléphone", "0701234588"), ("Produit", "Photogray M2"), ("Quantité", "1"), ("Montant", "10 000 FCFA")),
            InputRow.From(("Référence", (object?)"CMD-1043"), ("Client", "Yao Kouassi"), ("Téléphone", "0544332211"), ("Produit", "Photogray M2"), ("Quantité", "2"), ("Montant", "20 000 FCFA")),
            InputRow.From(("Référence", (object?)"CMD-1044"), ("Client", "Fatou Traoré"), ("Téléphone", "0102030405"), ("Produit", "Photogray M2"), ("Quantité", "1"), ("Montant", "10 000 FCFA")),
        });
        Assert.Empty(map.SourcesFor(ContactField.Identifier));
    }

    [Fact]
    public void A_persons_name_is_no_key()
    {
        var map = Read(new[] { "نام", "نام خانوادگی", "موبایل", "معرف" },
            new object[] { "رضا", "محمدی", "09121234567", "مهدی کریمی" },
            new object[] { "علی", "کاظمی", "", "حسن رضایی" });
        Assert.Empty(map.SourcesFor(ContactField.Identifier));
    }

    [Fact]
    public void An_id_of_one_token_is_still_a_key()
    {
        var map = Read(new[] { "Name", "Email", "ID" },
            new object[] { "Ann Lee", "ann@example.com", "AB-1001" },
            new object[] { "Bo Berg", "bo@example.com", "AB-1002" });
        Assert.Equal(new[] { "ID" }, Order(map, ContactField.Identifier));
    }

    [Theory]
    [InlineData("COGN", "LastName")]
    [InlineData("TEL_ATL", "PhoneNumber")]
    [InlineData("Numero tessera", "Identifier")]
    public void Italian_federations_abbreviations_and_the_membership_card(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());
}
