using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A bare code in a file that names another record: the other record's when it repeats with that record's link (an order's
/// reference on each of its tickets), the row's own when it differs in every row while the link repeats (OpenSTAManager's
/// parties: "Codice" beside "ID Pagamento", the payment terms many parties share). Blind set unseen47.
/// </summary>
public class LinkedReferenceTests
{
    private static string[] Headers => new[] { "Codice", "Ragione sociale", "Email", "ID Pagamento" };

    [Fact]
    public void A_code_unique_per_row_beside_a_shared_link_is_the_rows_key()
    {
        var map = ColumnMapSamples.Read(Headers,
            new object?[] { "00000041", "Giulia Ferraresi", "g@example.it", "3" },
            new object?[] { "00000042", "Termoidraulica Bassi S.r.l.", "a@example.it", "5" },
            new object?[] { "00000043", "Luca Rinaldi", "l@example.it", "3" });
        Assert.Equal(new[] { "Codice" }, ColumnMapSamples.Order(map, ContactField.Identifier));
    }

    [Fact]
    public void A_reference_that_repeats_with_its_orders_link_stays_the_orders()
    {
        var map = ColumnMapSamples.Read(new[] { "Reference", "First Name", "Email", "Order ID" },
            new object?[] { "R-100", "Ann", "ann@example.org", "100" },
            new object?[] { "R-100", "Bo", "bo@example.org", "100" },
            new object?[] { "R-101", "Cy", "cy@example.org", "101" });
        Assert.Empty(ColumnMapSamples.Order(map, ContactField.Identifier));
    }

    [Fact]
    public void A_link_different_in_every_row_is_the_record_the_file_is_about()
    {
        // An order export: one row per order, its "No." is the order's.
        var map = ColumnMapSamples.Read(new[] { "No.", "Name", "Email", "Order ID" },
            new object?[] { "1", "Ann Lee", "ann@example.org", "100" },
            new object?[] { "2", "Bo Chan", "bo@example.org", "101" },
            new object?[] { "3", "Cy Diaz", "cy@example.org", "102" });
        Assert.Empty(ColumnMapSamples.Order(map, ContactField.Identifier));
    }
}
