using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // A customer, client or account column ("Customer" in QuickBooks' customer contact list, "Kunde", "Client") holds the
    // display name of the party the record is about: a company, or a person. It is name-like, never an identifier: where
    // a person name column of the row is filled and says something else, it is the company the person belongs to; where
    // the row has no person name, it is the contact's name. Decided per header set; a value without letters (a customer
    // number), an address or a phone number is not used.
    internal sealed partial class ColumnMap
    {
        // The party a record is kept for, in the languages the header vocabulary knows and a few more; a person-only word
        // (member, employee, attendee) is not one: it never names a company.
        private static readonly HashSet<string> AccountWords = Folded(
            "customer customers client clients account accounts debtor kunde kunden debitor auftraggeber client clients "
            + "cliente clientes cliente clienti klant klanten debiteur kund kunder klient klienci kontrahent zakaznik odberatel "
            + "asiakas kunde musteri cari клиент клиенты заказчик покупатель контрагент πελατης πελατες 客户 客戶 顧客 取引先 고객 거래처 "
            + "عميل العميل مشتری khachhang");

        /// <summary>The customer/client/account column naming the record's party (a company or a person), or -1.</summary>
        public int AccountNameIndex { get; private set; } = -1;

        // Called once when the map is built, after the contact person is known.
        private void FindAccountColumn()
        {
            if (OverrideFor(ContactField.Name) != null || ContactPersonIndex >= 0) return;
            for (var i = 0; i < Headers.Count; i++)
            {
                if (!Unrecognized.Contains(Headers[i]) || AboutSomeoneElse.Contains(Headers[i]) || _overrideIndex.ContainsValue(i)) continue;
                if (!NamesAccount(Headers[i])) continue;
                AccountNameIndex = i;
                Unrecognized = Unrecognized.Where(h => h != Headers[i]).ToArray();
                NearMisses = NearMisses.Where(n => n.Column != Headers[i]).ToArray();
                return;
            }
            // "Customer Name" beside "Full Name": both name columns, the customer's one is the party's.
            var names = SourcesFor(ContactField.Name);
            var account = names.FirstOrDefault(s => NamesAccount(s.Header));
            if (account != null && names.Any(s => !NamesAccount(s.Header)))
            {
                AccountNameIndex = account.Index;
                _sources[ContactField.Name].Remove(account);
            }
        }

        // An account word, with name words, neutral words and connectors only ("Customer", "Client name", "Kunde").
        private static bool NamesAccount(string header)
        {
            var words = HeaderWords.Split(header ?? "");
            if (words.Count == 0) return false;
            if (AccountWords.Contains(string.Concat(words))) return true;
            return words.Any(AccountWords.Contains)
                && words.All(w => AccountWords.Contains(w) || HeaderVocabulary.Of(w) is HeaderWord.Name or HeaderWord.Full or HeaderWord.Neutral or HeaderWord.Connector);
        }

        private IEnumerable<string> DescribeAccount()
        {
            if (AccountNameIndex < 0) yield break;
            yield return $"Company from {ColumnNames.Quote(Headers[AccountNameIndex])} where the person's name differs from it, Name from it where the row names no person";
        }
    }
}
