using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen272 and unseen298 onwards: registers whose rows are people of one kind (voters), read by the word for
/// that kind in the header of the register's own number.
/// </summary>
public class RegistersAndRolesTests
{
    [Theory]
    [InlineData("رقم الناخب")]
    [InlineData("Voter No")]
    [InlineData("Wählernummer")]
    [InlineData("Numéro d'électeur")]
    public void A_voters_register_number_keys_the_voter(string header)
    {
        // An Iraqi campaign's voter list: the household's and the delegate's numbers beside the voter's are not the row's.
        var rows = ReadFile.Rows("IQ", new[] { header, "الاسم", "الجنس", "رقم الهاتف", "رقم العائلة", "رقم المندوب الرئيسي" },
            new object?[] { "21457830", "حسين علي كاظم", "M", "07701234567", "1184502", "" });
        Assert.Equal("21457830", rows[0].Fields.Identifier);
        Assert.Equal("+9647701234567", rows[0].Fields.PhoneNumber);
    }
}
