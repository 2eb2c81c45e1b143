using System;
using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Record keys from blind sets unseen48/49: Finnish "tunnus" (Fivaldi's "ASIAKASTUNNUS"), Dutch "Bondsnummer" (a sports
/// federation's member number), and a bare "guid" outside a directory export (Shoptet's customers).
/// </summary>
public class RecordKeyWordsTests
{
    [Theory]
    [InlineData("ASIAKASTUNNUS", "Identifier")]
    [InlineData("Jäsentunnus", "Identifier")]
    [InlineData("Bondsnummer", "Identifier")]
    // The national identity number and the business register's number are never the record's key.
    [InlineData("Henkilötunnus", null)]
    [InlineData("Y-tunnus", null)]
    public void Finnish_and_Dutch_ids(string header, string? field) =>
        Assert.Equal(field, HeaderRecognizer.Recognize(header).Field?.ToString());

    [Fact]
    public void A_bare_guid_among_another_systems_columns_is_its_key()
    {
        var r = new RowReader("CZ").Read(InputRow.From(("email", "jana@example.cz"), ("billingFullName", "Jana Nováková"),
            ("guid", "3f1a2b7c-5d4e-11ee-8c90-0242ac120002"), ("registrationDate", "2023-09-14 08:42:17")));
        Assert.Null(r.Error);
        Assert.Equal("3f1a2b7c-5d4e-11ee-8c90-0242ac120002", r.Fields.Identifier);
    }

    [Fact]
    public void Exchanges_Guid_beside_the_directorys_columns_stays_ignored()
    {
        var r = new RowReader().Read(InputRow.From(("DisplayName", "Ann Lee"), ("PrimarySmtpAddress", "ann@example.org"),
            ("Alias", "ann"), ("Guid", "6f0e3a4b-1c2d-4e5f-8a9b-0c1d2e3f4a5b")));
        Assert.Null(r.Error);
        Assert.Null(r.Fields.Identifier);
    }
}
