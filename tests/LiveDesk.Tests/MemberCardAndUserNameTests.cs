using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen59 and unseen60: a member's or patron's card number is theirs (ECShopX's "会员卡编号", RERO's
/// "patron_barcode"); French inclusive writing ("utilisateur·trice"); Feriennet's "Nome utente" beside "Cognome utente".
/// </summary>
public class MemberCardAndUserNameTests
{
    [Theory]
    [InlineData("会员卡编号", "Identifier")]
    [InlineData("Member Card Number", "Identifier")]
    [InlineData("Library Card Number", "Identifier")]
    [InlineData("patron_barcode", "Identifier")]
    [InlineData("Credit Card Number", null)]
    [InlineData("item_barcode", null)]
    public void A_card_s_number_is_its_holder_s_when_a_member_or_patron_holds_it(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Theory]
    [InlineData("Prénom utilisateur·trice", "FirstName")]
    [InlineData("E-mail utilisateur·trice", "Email")]
    [InlineData("Entitat o col·lectiu", "Company")]
    public void A_french_inclusive_ending_is_no_part_of_the_word(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Theory]
    [InlineData("Login utente", "Nome utente", "Cognome utente")]
    [InlineData("Identifiant utilisateur·trice", "Nom utilisateur·trice", "Prénom utilisateur·trice")]
    public void A_user_name_beside_the_user_s_other_name_part_is_a_name_part(string login, string userName, string otherPart)
    {
        var map = ColumnMap.Build(new[] { login, userName, otherPart, "email" });
        var parts = ColumnMapSamples.Order(map, ContactField.FirstName).Concat(ColumnMapSamples.Order(map, ContactField.LastName)).ToList();
        Assert.Contains(userName, parts);
        Assert.Contains(otherPart, parts);
        Assert.DoesNotContain(userName, ColumnMapSamples.Order(map, ContactField.Identifier));
    }

    [Fact]
    public void A_user_name_alone_stays_a_login()
    {
        var map = ColumnMap.Build(new[] { "Nome utente", "email" });
        Assert.Equal(new[] { "Nome utente" }, ColumnMapSamples.Order(map, ContactField.Identifier));
    }
}
