using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Import-Csv reads a first line that begins with "#" as a comment (tww EasyCard's "#,วันที่ลงทะเบียน,...", blind set
/// unseen60) and takes the first contact's line for the column names: column names that are an e-mail address or a phone
/// number refuse the file rather than import all but its first contact; so do names that are a moment (a date with its time of day).
/// </summary>
public class ValuesAsColumnNamesTests
{
    [Theory]
    [InlineData("1", "02/03/2567", "EC67030001", "สมชาย ใจดี", "0812345678", "somchai.j@example.co.th")]
    [InlineData("Ann Lee", "ann@example.com", "Sales")]
    [InlineData("Bo Chan", "+49 171 2345678", "Berlin")]
    // A Georgian salon CRM's bookings ("#" first, blind set unseen134): the phone has no trunk prefix, the booking's times do.
    [InlineData("311", "2021-03-04 11:00:00", "1", "2021-03-02 16:21:07", "თამარ კვარაცხელია", "599123456")]
    [InlineData("7", "04.03.2021 11:00", "Jan Nowak", "601234567")]
    public void Column_names_that_are_an_address_or_a_phone_number_refuse_the_file(params string[] headers)
    {
        var map = ColumnMap.Build(headers);
        Assert.NotNull(map.Error);
        Assert.Contains("header line", map.Error!.Message);
        Assert.Contains("'#'", map.Error.Message);
    }

    [Theory]
    [InlineData("0", "1", "civilite", "ville", "email")]         // RaspiSMS's positions
    [InlineData("Name", "2024-01-15", "2024-01-22", "Email")]    // an attendance sheet's dates
    [InlineData("Name", "Phone (+49)", "Email")]
    [InlineData("Name", "Email", "08:00", "09:00", "10:00")]     // a timetable's hours
    public void Positions_dates_and_headers_with_words_are_column_names(params string[] headers) =>
        Assert.Null(ColumnMap.Build(headers).Error);
}
