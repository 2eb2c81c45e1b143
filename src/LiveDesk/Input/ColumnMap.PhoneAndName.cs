using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace LiveDesk.Input
{
    // A statement's counterparty written as one cell: Safaricom M-PESA's organisation statement has "Other Party Info"
    // "254712345678 - JANE WANJIRU KAMAU", the payer's number and name; other wallets and call logs write "Jane Kamau
    // (0712345678)" or the name first. Where a file names no phone and no name column, a column whose first values are
    // mostly such pairs gives both, each row's number and name read apart.
    internal sealed partial class ColumnMap
    {
        private readonly HashSet<int> _phoneAndName = new HashSet<int>();

        /// <summary>
        /// True when the column holds two fields in one cell, a phone number and a name or a name and the party's code, read
        /// apart by <see cref="CellPart"/>.
        /// </summary>
        internal bool HoldsTwoFields(int index) => _phoneAndName.Contains(index) || _nameAndCode.Contains(index);

        /// <summary>The field's part of a cell in a column that holds two fields; the text as it is for any other column.</summary>
        internal string? CellPart(int index, string? text, ContactField field) =>
            _phoneAndName.Contains(index) ? PhoneAndNamePart(text, field) : _nameAndCode.Contains(index) ? NameAndCodePart(text, field) : text;

        private static readonly HashSet<string> DocumentWords = Folded(
            "document documents documento documentos dokument dokumente dokumenty identification identificacion identificacao identidad identidade cedula");

        private void FindPhoneAndName(List<InputRow> sample)
        {
            if (!Unnamed(ContactField.PhoneNumber) || NameNamed) return;
            foreach (var i in SniffCandidates().ToList())
            {
                // Mercado Libre's sales: "Tipo y número de documento" ("CC: 1020456789") is a document's kind and number, no name.
                if (HeaderWords.Split(Headers[i] ?? "").Any(DocumentWords.Contains)) continue;
                int values = 0, pairs = 0;
                foreach (var row in sample)
                {
                    var text = CellValue.Read(row.GetValue(i), splitList: false).Text;
                    if (text == null) continue;
                    values++;
                    if (SplitPhoneAndName(text) != null) pairs++;
                }
                // Three in five of at least two: a statement's charge lines leave the cell empty, not another shape.
                if (values < 2 || pairs * 5 < values * 3) continue;
                _phoneAndName.Add(i);
                EditableSources(ContactField.PhoneNumber).Add(new ColumnSource(i, Headers[i], ByValuesRank, ColumnKind.Fallback));
                EditableSources(ContactField.Name).Add(new ColumnSource(i, Headers[i], ByValuesRank, ColumnKind.Fallback));
                _byValues.Add((ContactField.PhoneNumber, $"PhoneNumber and Name from {ColumnNames.Quote(Headers[i])} ({pairs} of its first {values} values are a phone number and a name)"));
                Unrecognized = Unrecognized.Where(h => h != Headers[i]).ToArray();
                return;
            }
        }

        /// <summary>The phone number's or the name's part of a phone-and-name cell; the text as it is for any other field or shape.</summary>
        private static string? PhoneAndNamePart(string? text, ContactField field)
        {
            // java110's owner cell is built as name + "(" + phone + ")": an owner without a phone reads "王芳(null)", a program's
            // word for nothing where the number goes.
            if (text != null && NoNumberInBrackets.Match(text) is { Success: true } none)
                return field == ContactField.Name ? none.Groups["name"].Value.Trim() : field == ContactField.PhoneNumber ? null : text;
            if (text == null || !(SplitPhoneAndName(text) is var (phone, name))) return text;
            return field == ContactField.PhoneNumber ? phone : field == ContactField.Name ? name : text;
        }

        private static (string Phone, string Name)? SplitPhoneAndName(string text)
        {
            if (text.Length > 120) return null;
            var match = PhoneThenName.Match(text);
            if (!match.Success) match = NameThenPhone.Match(text);
            if (!match.Success) return null;
            var name = match.Groups["name"].Value.Trim();
            var phone = match.Groups["phone"].Value.Trim();
            // Digits enough for a phone number (a masked one's stars count), and a name of letters.
            return phone.Count(c => char.IsDigit(c) || MaskedValues.IsMark(c)) >= 7 && name.Any(char.IsLetter) ? (phone, name) : ((string, string)?)null;
        }

        private static readonly Regex NoNumberInBrackets = new Regex(@"^\s*(?<name>[^\d@()\[\]<>]{2,80}?)\s*\(\s*(?:null|undefined|none|nil|nan)?\s*\)\s*$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private const string PhonePart = @"(?<phone>\+?[0-9*][0-9* ().-]{5,18}[0-9])";
        private const string NamePart = @"(?<name>[^\d@()\[\]<>]{2,80}?)";

        // A hyphen between a name and a number stands apart from one of them ("254712345678 - JANE KAMAU"); written close on both
        // sides it joins a code's letters to its digits ("MH-1002601", an archery portal's order number; "EG-8812-4471-02", a
        // tracking number), which name no one. A dash, a bar or a colon separates however it is written.
        private const string Separator = @"(?:\s*[\u2013\u2014|:]\s*|\s+-\s*|\s*-\s+)";

        private static readonly Regex PhoneThenName = new Regex(@"^\s*" + PhonePart + Separator + NamePart + @"\s*$", RegexOptions.CultureInvariant);

        private static readonly Regex NameThenPhone = new Regex(@"^\s*" + NamePart + @"(?:" + Separator + PhonePart + @"|\s*\(\s*" + PhonePart + @"\s*\))\s*$", RegexOptions.CultureInvariant);
    }
}
