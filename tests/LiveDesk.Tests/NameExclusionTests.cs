using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A name header qualified by "without the family name" is the given name, in any language; "family name only" is the
/// family name. A note in parentheses that names a part of the name is never dropped as a note about the export.
/// </summary>
public class NameExclusionTests
{
    [Theory]
    [InlineData("이름(성 제외)")]                    // Korean: name (excluding surname)
    [InlineData("이름 (성 제외)")]
    [InlineData("氏名(姓を除く)")]                   // Japanese
    [InlineData("名前（姓を除く）")]                  // Japanese, full-width parentheses
    [InlineData("姓名(不含姓氏)")]                   // Chinese
    [InlineData("Name (without family name)")]
    [InlineData("Name excluding surname")]
    [InlineData("Name ohne Nachname")]
    [InlineData("Nom (sans nom de famille)")]
    [InlineData("Nombre (sin apellidos)")]
    [InlineData("Nome (senza cognome)")]
    [InlineData("Naam (zonder achternaam)")]
    [InlineData("Imię (bez nazwiska)")]
    [InlineData("Имя (без фамилии)")]
    public void A_name_without_the_family_name_is_the_given_name(string header) =>
        Assert.Equal(ContactField.FirstName, HeaderRecognizer.Recognize(header).Field);

    [Theory]
    [InlineData("이름(성)")]
    [InlineData("Name (family name only)")]
    [InlineData("Name (nur Nachname)")]
    [InlineData("Nom (nom de famille seulement)")]
    [InlineData("Name (without first name)")]
    [InlineData("氏名(名を除く)")]
    public void A_name_restricted_to_the_family_name_is_the_family_name(string header) =>
        Assert.Equal(ContactField.LastName, HeaderRecognizer.Recognize(header).Field);

    [Theory]
    [InlineData("Email (read only)")]
    [InlineData("Id (nur lesen)")]
    [InlineData("E-mail (lecture seule)")]
    public void A_note_marking_a_system_column_is_still_dropped(string header)
    {
        HeaderWords.Split(header, out var system);
        Assert.True(system);
    }

    [Theory]
    [InlineData("Phone (without country code)")]
    [InlineData("E-mail ohne Werbung")]
    public void An_exclusion_of_something_else_leaves_the_header_unrecognised(string header) =>
        Assert.Null(HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_korean_export_composes_the_family_name_first()
    {
        var r = new RowReader("KR").Read(InputRow.From(("이름(성 제외)", "길동"), ("성", "홍"), ("이메일", "hong@example.kr")));
        Assert.Null(r.Error);
        Assert.Equal("홍길동", r.Fields.Name);
    }
}
