using System;
using System.Linq;

namespace LiveDesk.Input
{
    // The customer/client/account column of a row (ColumnMap.AccountNameIndex): the company where a person name is given and
    // differs, the name where the row names no person.
    internal sealed partial class RowReader
    {
        private sealed partial class Context
        {
            private string? WithAccount(string? name)
            {
                var index = _map.AccountNameIndex;
                if (index < 0 || _error != null || _organisation != null) return name;
                var header = $"'{_map.Headers[index]}'";
                var account = Accept(ContactField.Name, CellValue.Read(_row.GetValue(index), splitList: false), header, many: false);
                if (_error != null) return null;
                // A customer number, an address or a phone number is not the party's name.
                if (account == null || ValueShapes.HasNoLetter(account) || account.IndexOf('@') >= 0 || ColumnMap.LooksLikePhone(account)) return name;
                if (name == null)
                {
                    _sources[ContactField.Name] = header;
                    return account;
                }
                if (!SameParty(name, account))
                {
                    _organisation = account;
                    _organisationSource = header;
                }
                return name;
            }

            // "Ann Lee" is the customer "Ann Lee", "Lee, Ann" and "ANN LEE" too: a person who is their own customer has no company.
            private static bool SameParty(string name, string account)
            {
                var a = Letters(name);
                var b = Letters(account);
                if (a == b) return true;
                var words = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                return words.Length > 1 && Letters(string.Concat(words.Skip(words.Length - 1).Concat(words.Take(words.Length - 1)))) == b;
            }

            private static string Letters(string s) => new string(s.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        }
    }
}
