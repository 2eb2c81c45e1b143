using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Moloni's customers (blind set unseen64): "Código;Nome;...;Dia de Pagamento". A customer's standing terms for payments
/// ("Dia de Pagamento", "Forma de pagamento", "Zahlungsart") are a setting of the customer, not another record the row is
/// about, so the bare code stays the customer's key.
/// </summary>
public class StandingTermsTests
{
    [Theory]
    [InlineData("Dia de Pagamento")]
    [InlineData("Forma de pagamento")]
    [InlineData("Zahlungsart")]
    [InlineData("Condiciones de pago")]
    public void A_customer_s_terms_keep_the_bare_code_as_the_key(string terms)
    {
        var map = ColumnMap.Build(new[] { "Código", "Nome", "E-mail", terms });
        Assert.Equal(new[] { "Código" }, ColumnMapSamples.Order(map, ContactField.Identifier));
    }

    [Theory]
    [InlineData("ID Pagamento")]
    [InlineData("Order Date")]
    public void Another_record_s_link_or_date_still_sets_the_bare_code_aside(string other)
    {
        var map = ColumnMap.Build(new[] { "Código", "Nome", "E-mail", other });
        Assert.DoesNotContain("Código", ColumnMapSamples.Order(map, ContactField.Identifier));
    }
}
