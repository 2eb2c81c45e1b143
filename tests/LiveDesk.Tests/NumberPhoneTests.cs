using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A bare "Number" in a phone book or an SMS tool's contact list (Bulletin Connect, blind set unseen54:
/// "Type","Name","Number","Alias","Public Id") is the phone when its values are phone numbers and no header names a phone.
/// </summary>
public class NumberPhoneTests
{
    private static readonly string[] Bulletin = { "Type", "Name", "Number", "Alias", "Public Id" };

    [Fact]
    public void A_number_column_of_phone_numbers_is_the_phone_when_no_header_names_one()
    {
        var map = ColumnMapSamples.Read(Bulletin,
            new object?[] { "contact", "Aroha Ngata", "64211234567", "aroha", "C100231" },
            new object?[] { "contact", "James Wilson", "+64 27 555 0123", "jwilson", "C100232" },
            new object?[] { "contact", "Mere Parata", "", "", "C100240" },
            new object?[] { "contact", "Hamish McLeod", "0275550188", "hamish", "C100244" },
            new object?[] { "contact", "Tane Walker", "12345", "tane", "C100245" });
        Assert.Equal(new[] { "Number" }, ColumnMapSamples.Order(map, ContactField.PhoneNumber));
        Assert.Equal(new[] { "Public Id" }, ColumnMapSamples.Order(map, ContactField.Identifier));
        Assert.Contains("PhoneNumber from 'Number'", map.Describe());
    }

    [Fact]
    public void Its_rows_are_read_as_phones_and_a_broken_one_fails_its_row()
    {
        var reader = new RowReader("NZ");
        var row = reader.Read(InputRow.From(("Name", "James Wilson"), ("Number", "+64 27 555 0123"), ("Public Id", "C100232")));
        Assert.Equal("+64275550123", row.Fields.PhoneNumber);
        Assert.Equal("C100232", row.Fields.Identifier);
        Assert.NotNull(reader.Read(InputRow.From(("Name", "Tane Walker"), ("Number", "12345"), ("Public Id", "C100245"))).Error);
    }

    [Fact]
    public void A_number_of_digits_that_are_each_a_valid_number_with_a_country_code_is_the_phone()
    {
        // Whazing's contact template (blind set unseen58): "nome;numero", WhatsApp numbers without their plus.
        var whatsapp = ColumnMapSamples.Read(new[] { "nome", "numero" },
            new object?[] { "Juliana Albuquerque", "5511987654321" },
            new object?[] { "Rafael Gonçalves", "5551996541234" });
        Assert.Equal(new[] { "numero" }, ColumnMapSamples.Order(whatsapp, ContactField.PhoneNumber));
        Assert.Empty(ColumnMapSamples.Order(whatsapp, ContactField.Identifier));
        // Customer numbers stay the key.
        var customers = ColumnMapSamples.Read(new[] { "Name", "Number" },
            new object?[] { "Ann Lee", "100234" },
            new object?[] { "Bo Chan", "7210448301122" });
        Assert.Equal(new[] { "Number" }, ColumnMapSamples.Order(customers, ContactField.Identifier));
        Assert.Empty(ColumnMapSamples.Order(customers, ContactField.PhoneNumber));
    }

    [Fact]
    public void A_contact_column_of_numbers_is_the_phone_not_a_contact_person()
    {
        // Gymie's members (blind set unseen56): "contact" holds the member's mobile number as digits.
        var headers = new[] { "name", "dob", "contact", "emergency_contact" };
        var map = ColumnMapSamples.Read(headers,
            new object?[] { "Rohit Sawant", "14/03/1991", "9820012345", "9821098765" },
            new object?[] { "Priya Nair", "22/11/1996", "9004456712", "" },
            new object?[] { "Sandeep Patil", "05/07/1988", "", "9867001122" });
        Assert.Equal(-1, map.ContactPersonIndex);
        Assert.Equal(new[] { "contact" }, ColumnMapSamples.Order(map, ContactField.PhoneNumber));
        Assert.Equal(new[] { "name" }, ColumnMapSamples.Order(map, ContactField.Name));
        var row = new RowReader("IN").Read(InputRow.From(("name", "Rohit Sawant"), ("dob", "14/03/1991"), ("contact", "9820012345"), ("emergency_contact", "9821098765")));
        Assert.Equal("Rohit Sawant", row.Fields.Name);
        Assert.Equal("+919820012345", row.Fields.PhoneNumber);
    }

    [Fact]
    public void Beside_a_phone_column_or_holding_codes_a_number_is_no_phone()
    {
        var withPhone = ColumnMapSamples.Read(new[] { "Name", "Number", "Phone" },
            new object?[] { "Ann Lee", "+1 555 0100 22", "+1 415 555 0100" },
            new object?[] { "Bo Chan", "+1 555 0100 23", "+1 415 555 0101" });
        Assert.Equal(new[] { "Phone" }, ColumnMapSamples.Order(withPhone, ContactField.PhoneNumber));
        // Running numbers and plain codes are no phones (and a code column is the key).
        var codes = ColumnMapSamples.Read(new[] { "Name", "Number", "E-mail" },
            new object?[] { "Ann Lee", "A-1001", "ann@example.com" },
            new object?[] { "Bo Chan", "A 1002", "bo@example.com" });
        Assert.Empty(codes.SourcesFor(ContactField.PhoneNumber));
    }
}
