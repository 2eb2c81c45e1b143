using LiveDesk.Errors;
using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind set unseen88: an event check-in list (kimdw77/qrcode) exports "kms***@example.com". A masked address or number
/// reaches no one and would make every masked row match another; it is read as none, with a warning once per column.
/// </summary>
public class MaskedValueTests
{
    [Theory]
    [InlineData("kms***@example.com")]
    [InlineData("j•••••@gmail.example")]
    [InlineData("anna.k@**********.de")]
    public void A_masked_address_is_no_address(string value)
    {
        var r = new RowReader("KR").Read(InputRow.From(("이름", "김민수"), ("이메일", value)));
        Assert.Null(r.Error);
        Assert.Null(r.Fields.Email);
        Assert.Equal("김민수", r.Fields.Name);
        Assert.Contains(r.Warnings, w => w.Contains("masked") && w.Contains("'이메일'"));
    }

    [Theory]
    [InlineData("010-****-5678")]
    [InlineData("+49 151 XXXX 567")]
    [InlineData("*** *** 1234")]
    [InlineData("0171 23456**")]
    public void A_masked_number_is_no_number_and_the_next_column_fills_the_row(string value)
    {
        var r = new RowReader("DE").Read(InputRow.From(("Name", "Jonas Krüger"), ("Mobil", value), ("Telefon", "030 1234567")));
        Assert.Null(r.Error);
        Assert.Equal("+49301234567", r.Fields.PhoneNumber);
        Assert.Contains(r.Warnings, w => w.Contains("masked") && w.Contains("'Mobil'"));
    }

    [Theory]
    // A single asterisk may stand in an address; letters in a number that are no mask still fail the row.
    [InlineData("o*neil@example.com", "o*neil@example.com")]
    public void One_asterisk_in_an_address_is_kept(string value, string stored)
    {
        var r = new RowReader("US").Read(InputRow.From(("Name", "Pat O'Neil"), ("Email", value)));
        Assert.Equal(stored, r.Fields.Email);
    }

    [Fact]
    public void A_number_with_words_is_still_refused()
    {
        var r = new RowReader("DE").Read(InputRow.From(("Name", "Ana"), ("Telefon", "+49 151 CALLME")));
        Assert.Equal(ErrorIds.InvalidPhoneNumber, r.Error?.ErrorId);
    }
}
