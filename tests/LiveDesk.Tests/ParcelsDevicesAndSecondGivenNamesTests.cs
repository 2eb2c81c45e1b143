using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen397-400: ShipStation's and DHL's parcels (the recipient alone), GLS's zeros for no phone, LMS's devices
/// (the owner's id repeated, a place code in every row), ChurchTools' second given name.
/// </summary>
public class ParcelsDevicesAndSecondGivenNamesTests
{
    [Fact]
    public void Where_no_one_else_is_named_the_ship_to_party_is_the_rows_person()
    {
        var header = new[] { "Order ID (required)", "Order Date", "Ship To - Name", "Ship To - Company", "Ship To - City", "Ship To - Phone", "Ship To - Email" };
        var rows = ReadFile.Rows("US", header,
            new object?[] { "SO-1001", "2025-03-01", "Megan Whitaker", "", "Austin", "(512) 867-2290", "megan.whitaker@example.com" },
            new object?[] { "SO-1002", "2025-03-02", "Darnell Brooks", "Brooks Family Clinic", "Tulsa", "", "" });
        Assert.Equal("Megan Whitaker", rows[0].Fields.Name);
        Assert.Equal("megan.whitaker@example.com", rows[0].Fields.Email);
        Assert.Equal("+15128672290", rows[0].Fields.PhoneNumber);
        Assert.Equal("Darnell Brooks", rows[1].Fields.Name);
        Assert.Null(rows[0].Fields.Identifier);
    }

    [Fact]
    public void Beside_the_buyers_own_columns_the_ship_to_party_stays_someone_elses()
    {
        var rows = ReadFile.Rows("US", new[] { "Order ID", "Buyer Name", "Buyer Email", "Ship To - Name", "Ship To - Email" },
            new object?[] { "SO-1", "Luis Delgado", "luis@example.com", "Rosa Delgado", "rosa@example.com" });
        Assert.Equal("Luis Delgado", rows[0].Fields.Name);
        Assert.Equal("luis@example.com", rows[0].Fields.Email);
    }

    [Fact]
    public void A_senders_and_a_receivers_abbreviated_columns_name_the_receiver()
    {
        var rows = ReadFile.Rows("DE", new[] { "SEND_NAME1", "SEND_CITY", "RECV_NAME1", "RECV_NAME2", "RECV_CITY" },
            new object?[] { "Kerstin Vogel", "Leipzig", "Hannes Müller", "", "Weimar" },
            new object?[] { "Kerstin Vogel", "Leipzig", "Lea Sommer", "", "Jena" });
        Assert.Equal("Hannes Müller", rows[0].Fields.Name);
        Assert.Equal("Lea Sommer", rows[1].Fields.Name);
    }

    [Fact]
    public void Zeros_for_a_phone_are_no_number_and_ragion_sociale_is_the_company()
    {
        var rows = ReadFile.Rows("IT", new[] { "Ragion Sociale", "Località", "Telefono destinatario", "Notifica Email" },
            new object?[] { "Giulia Fontana", "Milano", "+39 347 123 4567", "giulia.fontana@example.it" },
            new object?[] { "Luca De Santis", "Roma", "0", "luca.desantis@example.org" });
        Assert.Null(rows[1].Error);
        Assert.Null(rows[1].Fields.PhoneNumber);
        Assert.Equal("Luca De Santis", rows[1].Fields.Name);
    }

    [Fact]
    public void A_place_code_in_every_row_is_no_phone_and_an_owners_id_repeats_for_each_device()
    {
        var header = new[] { "ID", "Nazwa komputera", "Adres IP", "Właściciel", "ID klienta", "Miejscowość", "SIMC" };
        var rows = ReadFile.Rows("PL", header,
            new object?[] { "101", "BARAN-ROUTER", "10.20.1.15", "BARAN Katarzyna", "17", "Leszno", "0937239" },
            new object?[] { "102", "DABROWSKI-PC", "10.20.1.22", "DĄBROWSKI Paweł", "43", "Leszno", "0937239" },
            new object?[] { "103", "DABROWSKI-TV", "10.20.1.23", "DĄBROWSKI Paweł", "43", "Leszno", "0937239" },
            new object?[] { "105", "NOWAK-DOM", "10.20.1.40", "NOWAK Jan", "29", "Leszno", "0937239" });
        Assert.Null(rows[0].Fields.PhoneNumber);
        Assert.Equal("17", rows[0].Fields.Identifier);
        Assert.Equal("43", rows[2].Fields.Identifier);
    }

    [Fact]
    public void A_bare_name_beside_a_given_name_and_a_second_given_name_is_the_family_name()
    {
        var rows = ReadFile.Rows("DE", new[] { "Vorname", "Vorname 2", "Name", "E-Mail" },
            new object?[] { "Anna", "Maria", "Beispiel", "anna@example.de" },
            new object?[] { "Jonas", "", "Muster", "jonas@example.de" });
        Assert.Equal("Anna Maria Beispiel", rows[0].Fields.Name);
        Assert.Equal("Jonas Muster", rows[1].Fields.Name);
    }
}
