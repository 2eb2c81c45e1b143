using LiveDesk.Input;
using LiveDesk.Models;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A dotted abbreviation stands for the listed words it begins when they all have one role (HeaderScripts). Every word added
/// to the vocabulary can give a common abbreviation a second role and silently unread it (session 24 lost "vol." and
/// "vot." that way), so the roles of the abbreviations exports really write are pinned here.
/// </summary>
public class DottedAbbreviationsTests
{
    private static HeaderWord? RoleOf(string abbreviation)
    {
        var word = HeaderWords.Fold(abbreviation);
        if (!HeaderScripts.TryExpand(word, dotted: true, out var parts)) return null;
        return HeaderVocabulary.Of(parts[0]);
    }

    [Theory]
    [InlineData("Mob", "Mobile")]
    [InlineData("Móv", "Mobile")]
    [InlineData("Celul", "Mobile")]
    [InlineData("Моб", "Mobile")]
    [InlineData("Priv", "Home")]
    [InlineData("Domic", "Home")]
    [InlineData("Дом", "Home")]
    [InlineData("Geschäftl", "Work")]
    [InlineData("Gesch", "Work")]
    [InlineData("Dienstl", "Work")]
    [InlineData("Раб", "Work")]
    [InlineData("Тел", "Phone")]
    [InlineData("Telp", "Phone")]
    [InlineData("Nachn", "Last")]
    [InlineData("Apell", "Last")]
    [InlineData("Cognom", "Last")]
    [InlineData("Фам", "Last")]
    [InlineData("Vorn", "First")]
    [InlineData("Prénom", "First")]
    [InlineData("Отч", "Middle")]
    [InlineData("Ema", "Email")]
    [InlineData("Corr", "Email")]
    [InlineData("Ident", "Id")]
    [InlineData("Cust", "IdOwner")]
    [InlineData("Clien", "IdOwner")]
    [InlineData("Stud", "IdOwner")]
    [InlineData("Teiln", "IdOwner")]
    // "Mitgl." begins mitglied and mitgliedsname (a login): the compound is mitglieds + name, a qualifier the
    // abbreviation does not carry, so it stands for the member.
    [InlineData("Mitgl", "IdOwner")]
    [InlineData("Compa", "Company")]
    public void A_common_abbreviation_keeps_its_role(string abbreviation, string role) =>
        Assert.Equal(role, RoleOf(abbreviation)?.ToString());

    [Theory]
    [InlineData("Pers")]   // personal (home), person, personnummer (a state's number)
    [InlineData("Comp")]   // company, complete
    [InlineData("Pat")]    // patient, paterno
    public void An_abbreviation_of_words_with_different_roles_stays_unread(string abbreviation) =>
        Assert.Null(RoleOf(abbreviation));

    [Theory]
    [InlineData("Mitgl.-Nr.", "Identifier")]
    [InlineData("Mitgl.Nr.", "Identifier")]
    [InlineData("Kd.-Nr.", "Identifier")]
    [InlineData("KdNr", "Identifier")]
    [InlineData("Pers.-Nr.", "Identifier")]
    [InlineData("Pers.Nr.", "Identifier")]
    // A street's number is the house's: "Str." is listed as a street, not the start of Slovene "stranka" (the client).
    [InlineData("Str. Nr.", null)]
    [InlineData("Str./Nr.", null)]
    [InlineData("Anz. Pers.", null)]
    public void German_numbers_cut_short_are_whose_their_abbreviation_says(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());
}
