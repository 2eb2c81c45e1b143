using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen186-188: 楽天's "注文者名字" and "注文者名前", Naver's masked buyer IDs, Yamato's "お客様管理番号", Mahara's
/// zero student ids and preferred names, SENAITE's markup and "ЭМК #", Catarse's contribution id, LRP's registered number and
/// landline, Rock RMS's household.
/// </summary>
public class HouseholdsAndMaskedKeysTests
{
    private static RowReadResult[] ReadAll(string region, string[] headers, params object?[][] values) => ReadFile.Rows(region, headers, values);

    [Theory]
    [InlineData("お客様番号", "Identifier")]
    [InlineData("顧客管理番号", "Identifier")]
    [InlineData("お客様名", "Name")]
    [InlineData("EMR #", "Identifier")]
    [InlineData("ЭМК #", "Identifier")]
    [InlineData("Geregistreerde_nummer", "Identifier")]
    [InlineData("Telefoonnummer_vast", "PhoneNumber")]
    [InlineData("ID do apoio", null)]
    [InlineData("Contribution ID", null)]
    [InlineData("ID do usuário", "Identifier")]
    [InlineData("شماره کارت", "Identifier")]
    public void Headers_name_their_field(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void Japanese_myoji_and_namae_side_by_side_are_family_and_given_name()
    {
        var r = new RowReader("JP").Read(InputRow.From(("注文者名字", "高橋"), ("注文者名前", "一郎"), ("注文者電話番号１", "090-6612-3048")));
        Assert.Equal("高橋一郎", r.Fields.Name);
        var alone = new RowReader("JP").Read(InputRow.From(("名前", "高橋 一郎"), ("電話", "090-6612-3048")));
        Assert.Equal("高橋 一郎", alone.Fields.Name);
    }

    [Fact]
    public void A_masked_buyer_id_is_no_key()
    {
        var r = ReadAll("KR", new[] { "구매자명", "구매자ID", "구매자연락처" },
            new object?[] { "김민지", "minj****", "010-2345-6789" },
            new object?[] { "이준호", "jun9****", "010-3141-5926" });
        Assert.All(r, x => Assert.Null(x.Fields.Identifier));
        Assert.Equal("+821023456789", r[0].Fields.PhoneNumber);
    }

    [Fact]
    public void A_zero_own_id_is_no_id_for_that_row_only_and_a_preferred_name_is_a_fallback()
    {
        var r = ReadAll("NZ", new[] { "firstname", "lastname", "email", "studentid", "preferredname", "username" },
            new object?[] { "Aroha", "Ngata", "aroha.ngata@example.ac.nz", "21034587", "Aroha", "angata" },
            new object?[] { "Mere", "Tipene", "mtipene@example.org", "0", "Mere T.", "mtipene" },
            new object?[] { "", "", "sione.taufa@example.net", "22001369", "Sione Taufa", "staufa" });
        Assert.Equal(new[] { "21034587", null, "22001369" }, r.Select(x => x.Fields.Identifier));
        Assert.Equal(new[] { "Aroha Ngata", "Mere Tipene", "Sione Taufa" }, r.Select(x => x.Fields.Name));
    }

    [Fact]
    public void Markup_is_no_key()
    {
        var r = ReadAll("RU", new[] { "ЭМК #", "Идентификаторы", "ФИО", "Эл.почта" },
            new object?[] { "P000341", "<span class='badge badge-light'>Полис ОМС: 7754520891000123</span>", "Ольга Петровна Смирнова", "olga@example.ru" },
            new object?[] { "P000342", "", "Дмитрий Сергеевич Кузнецов", "" });
        Assert.Equal(new[] { "P000341", "P000342" }, r.Select(x => x.Fields.Identifier));
        var alone = ReadAll("RU", new[] { "Идентификаторы", "ФИО", "Эл.почта" },
            new object?[] { "<span class='badge badge-light'>Полис ОМС: 7754520891000123</span>", "Ольга Петровна Смирнова", "olga@example.ru" },
            new object?[] { "", "Дмитрий Сергеевич Кузнецов", "d@example.ru" });
        Assert.All(alone, x => Assert.Null(x.Fields.Identifier));
    }

    [Fact]
    public void A_household_with_its_own_key_is_not_the_persons_family_name()
    {
        var r = ReadAll("US", new[] { "Id", "FamilyId", "FamilyName", "FamilyImageUrl", "FirstName", "LastName", "MiddleName", "Email" },
            new object?[] { "2041", "10512", "Mr Darnell Washington & Mrs Keisha Washington", "", "Darnell", "Washington", "Lamar", "darnell@example.com" },
            new object?[] { "2042", "10512", "Mr Darnell Washington & Mrs Keisha Washington", "", "Keisha", "Washington", "", "" });
        Assert.Equal(new[] { "Darnell Lamar Washington", "Keisha Washington" }, r.Select(x => x.Fields.Name));
        Assert.Equal(new[] { "2041", "2042" }, r.Select(x => x.Fields.Identifier));
    }

    [Fact]
    public void A_family_name_without_a_household_key_is_the_family_name()
    {
        var map = ColumnMap.Build(new[] { "Given Name", "Family Name", "Email" });
        Assert.Equal("Family Name", Assert.Single(map.SourcesFor(ContactField.LastName)).Header);
    }
}

/// <summary>
/// A carrier's label file (Sagawa's "お客様管理番号", the shop's order number), HelloAsso's payer, and an Ona household register
/// whose "phonenumber" is the collecting device's (blind sets unseen150, unseen189, unseen190).
/// </summary>
public class PayersCarriersAndFormMetadataTests
{
    [Fact]
    public void A_carriers_customer_number_is_the_shippers()
    {
        var map = ColumnMap.Build(new[] { "お客様管理番号", "お届け先名称１", "お届け先電話番号", "ご依頼主名称１", "ご依頼主電話番号" });
        Assert.Empty(map.SourcesFor(ContactField.Identifier));
        var list = ColumnMap.Build(new[] { "お客様番号", "お名前", "電話番号" });
        Assert.Equal("お客様番号", Assert.Single(list.SourcesFor(ContactField.Identifier)).Header);
    }

    [Fact]
    public void The_payer_is_the_rows_person()
    {
        string[] headers = "Référence commande;Référence paiement;Montant total;Date du paiement;Statut du paiement;Versé;Date du versement;Nom payeur;Prénom payeur;Email payeur;Date de naissance;Raison sociale;SIREN;Forme juridique;Campagne;Type de campagne;Type;Montant du tarif;Montant des options;Don supplémentaire;Code Promo;Montant du code promo;Moyen de paiement;Attestation;Reçu fiscal;Numéro de reçu;Adresse payeur;Code Postal payeur;Ville payeur;Pays payeur;Commentaire".Split(';');
        var values = "84512907;61230455;45,00;03/10/2026 18:23:13;Autorisé;Oui;10/10/2026;Lefèvre;Camille;Camille.Lefevre@example.fr;14/05/1991;Boulangerie Morel SARL;;;Adhésion 2026-2027;Adhésion;Adhésion adulte;40,00;;5,00;;;Carte bancaire;;;;12 rue des Lilas;35000;Rennes;FRA;".Split(';');
        var r = new RowReader("FR").Read(InputRow.From(headers.Zip(values.Cast<object?>()).ToArray()));
        Assert.Equal("Camille Lefèvre", r.Fields.Name);
        Assert.Equal("Camille.Lefevre@example.fr", r.Fields.Email);
    }

    [Fact]
    public void A_forms_metadata_phone_is_the_devices_not_the_households()
    {
        string[] headers = { "start", "deviceid", "username", "phonenumber", "detailsHH/firstNameHH", "detailsHH/surNameHH", "detailsHH/phoneNrHH", "_id", "_uuid", "_submission_time" };
        var map = ColumnMap.Build(headers);
        Assert.Equal("detailsHH/phoneNrHH", Assert.Single(map.SourcesFor(ContactField.PhoneNumber)).Header);
        Assert.Contains("phonenumber", map.AboutSomeoneElse);
        var plain = ColumnMap.Build(new[] { "name", "phonenumber" });
        Assert.Equal("phonenumber", Assert.Single(plain.SourcesFor(ContactField.PhoneNumber)).Header);
    }
}

/// <summary>CiviCRM's membership export: the contact's key, not a membership's (blind set unseen192).</summary>
public class MembershipRecordTests
{
    [Fact]
    public void A_membership_id_beside_the_contacts_key_is_the_memberships()
    {
        var map = ColumnMap.Build(new[] { "Contact ID", "First Name", "Last Name", "Email", "Membership ID", "Membership Type" });
        Assert.Equal(new[] { "Contact ID" }, map.SourcesFor(ContactField.Identifier).Select(s => s.Header));
    }

    [Fact]
    public void A_membership_number_alone_is_the_members()
    {
        var map = ColumnMap.Build(new[] { "Membership Number", "First Name", "Last Name", "Email" });
        Assert.Equal("Membership Number", Assert.Single(map.SourcesFor(ContactField.Identifier)).Header);
    }
}
