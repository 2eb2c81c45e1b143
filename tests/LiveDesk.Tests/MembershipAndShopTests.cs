using LiveDesk.Input;
using Xunit;
using static LiveDesk.Tests.ColumnMapSamples;

namespace LiveDesk.Tests;

/// <summary>
/// Membership and shop exports: a member's number before the member's database id, a yes/no account flag that is no company,
/// amounts that are no phones, a nickname as the name of last resort.
/// </summary>
public class MembershipAndShopTests
{
    [Theory]
    // Galette's members export: "ID de l'adhérent" is its database key, "Numéro adhérent" the number the association gives.
    [InlineData("ID de l'adhérent", "Numéro adhérent")]
    [InlineData("Member ID", "Member Number")]
    [InlineData("مُعرّف العضو ID", "رقم العضو")]
    [InlineData("用户ID", "会员码")]
    public void A_members_number_comes_before_the_members_id(string id, string number)
    {
        var map = ColumnMap.Build(new[] { id, "Email", number });
        Assert.Equal(new[] { number, id }, Order(map, ContactField.Identifier));
    }

    [Fact]
    public void A_yes_no_account_column_is_no_company()
    {
        string[] headers = { "Nom", "Prénom", "Courriel", "Compte" };
        var map = Read(headers,
            new object?[] { "Moreau", "Camille", "c@example.fr", "Oui" },
            new object?[] { "Kieffer", "Marc", "m@example.fr", "Oui" },
            new object?[] { "Roth", "Anne", "a@example.fr", "Non" });
        Assert.Empty(map.CompanyColumns);
    }

    [Theory]
    [InlineData("184500.00")]
    [InlineData("4500.000000")]
    [InlineData("-26357.14")]
    public void An_amount_is_no_phone(string value)
    {
        Assert.False(ColumnMap.LooksLikePhone(value));
        Assert.True(ColumnMap.LooksLikePhone("030.1234.5678"));
    }

    [Fact]
    public void A_nickname_names_a_row_that_has_no_other_name()
    {
        var reader = new RowReader("CN");
        var shop = reader.Read(InputRow.From(("用户ID", "1024"), ("用户名", "zhangwei88"), ("昵称", "张伟"), ("手机", "13812345678")));
        Assert.Equal("张伟", shop.Fields.Name);
        // Beside a name, the name wins.
        var google = new RowReader().Read(InputRow.From(("Name", "Ann Lee"), ("Nickname", "Annie"), ("E-mail 1 - Value", "ann@example.com")));
        Assert.Equal("Ann Lee", google.Fields.Name);
    }

    [Theory]
    [InlineData("Üye kimliği", "Identifier")]
    [InlineData("Nazwa firmy", "Company")]
    public void Words_of_these_exports_are_read(string header, string field)
    {
        Assert.Equal(Enum.Parse<ContactField>(field), HeaderRecognizer.Recognize(header).Field);
    }

    [Fact]
    public void A_unique_id_is_the_systems_key_like_a_bare_id()
    {
        // phpList: "id" and "Unique ID" (its uniqid hash) are both the system's keys; neither is an own id, the first is used.
        var map = ColumnMap.Build(new[] { "id", "Email", "Unique ID", "Foreign Key" });
        Assert.Equal("id", Order(map, ContactField.Identifier)[0]);
        Assert.Equal(new[] { "External ID" }, Order(ColumnMap.Build(new[] { "Unique ID", "Email", "External ID" }), ContactField.Identifier));
    }

    [Fact]
    public void An_id_number_is_the_persons_in_a_file_of_persons_with_their_organisation()
    {
        // iTop's persons: given and family name, the organisation they belong to, an identification number.
        var persons = ColumnMap.Build(new[] { "Voornaam", "Achternaam", "E-mailadres", "Identificatienummer", "Naam organisatie" });
        Assert.Equal(new[] { "Identificatienummer" }, Order(persons, ContactField.Identifier));
        // Beside a VAT number the rows are organisations with a contact person: the number is the organisation's.
        var clients = ColumnMap.Build(new[] { "Navn", "Fornavn", "Etternavn", "E-post", "MVA-nummer", "Id nummer" });
        Assert.DoesNotContain("Id nummer", Order(clients, ContactField.Identifier));
    }

    [Theory]
    [InlineData("Personalenummer", "Identifier")]
    [InlineData("Alkalmazotti szám", "Identifier")]
    [InlineData("Kotikunta", "City")]
    [InlineData("Identificatienummer", "Identifier")]
    public void Staff_numbers_towns_and_directory_names_are_read(string header, string field)
    {
        Assert.Equal(Enum.Parse<ContactField>(field), HeaderRecognizer.Recognize(header).Field);
    }

    [Theory]
    // Mobilizon's participants export: the display name, then the local or remote account's handle.
    [InlineData("Camille Dubois (@camille_d)", "Camille Dubois")]
    [InlineData("Lena Hoffmann (@lena@mastodon.social)", "Lena Hoffmann")]
    [InlineData("Ann Lee [@annlee]", "Ann Lee")]
    // A bracket that is no handle, or a handle alone, stays as written.
    [InlineData("Ann Lee (Sales)", "Ann Lee (Sales)")]
    [InlineData("(@camille_d)", "(@camille_d)")]
    public void An_account_handle_after_the_name_is_no_part_of_it(string cell, string name)
    {
        var r = new RowReader().Read(InputRow.From(("Nom du participant", cell), ("Statut", "Participant")));
        Assert.Equal(name, r.Fields.Name);
    }
}
