using Xunit;

namespace LiveDesk.Tests;

/// <summary>Blind set unseen373: Koha's patrons, keyed by the library card's number.</summary>
public class LibraryCardNumbersTests
{
    [Fact]
    public void A_library_cards_number_keys_the_patron_before_the_login()
    {
        var header = new[] { "cardnumber", "surname", "firstname", "email", "userid", "guarantor_id" };
        var rows = ReadFile.Rows("NZ", header,
            new object?[] { "23000100451", "Ngata", "Aroha", "aroha.ngata@example.nz", "angata", "" },
            new object?[] { "23000100460", "Ngata", "Mere", "", "", "1042" });
        Assert.Equal("23000100451", rows[0].Fields.Identifier);
        Assert.Equal("23000100460", rows[1].Fields.Identifier);
    }
}
