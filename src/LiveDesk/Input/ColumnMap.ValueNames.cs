using System.Linq;
using LiveDesk.Errors;

namespace LiveDesk.Input
{
    // Import-Csv takes a first line that begins with "#" for a comment (tww EasyCard's "#,วันที่ลงทะเบียน,...", Rivile's
    // "##refId##") and the first contact's line for the column names: that contact is lost, and the rest are read by its
    // values. No header is an e-mail address, a phone number or a moment (a date with its time of day: a Georgian salon CRM's
    // "#" column put its bookings' "2021-03-04 11:00:00" among the names, beside a phone written without a trunk prefix), so
    // column names that are such values say the header line is missing or was skipped. A date alone can be a header (an
    // attendance sheet's columns are its days). Every row is refused with the fix, rather than importing all but the first contact unseen.
    internal sealed partial class ColumnMap
    {
        private void RefuseValuesAsNames()
        {
            if (Error != null) return;
            var values = Headers.Where(h => h != null && (ValueShapes.IsBareAddress(h.Trim()) || LooksLikePhone(h.Trim()) || ValueShapes.IsDateAndTime(h))).Take(2).ToList();
            if (values.Count == 0) return;
            Error = new LiveDeskError(ErrorIds.InvalidInput, LiveDeskErrorKind.InvalidArgument,
                $"The column names are a row's values ({string.Join(", ", values.Select(v => ColumnNames.Quote(v)))}): the file's header line is "
                + "missing, or Import-Csv skipped it (it reads a first line that begins with '#' as a comment), and the first contact would be lost. "
                + "Remove the '#' from the header line (see about_LiveDesk_Columns), or name the columns with Import-Csv -Header.");
        }
    }
}
