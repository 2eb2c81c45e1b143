using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // A shipping label's file (EasyParcel's "Sender Name", "Sender Email" beside "Receiver Name", "Receiver Contact"; GHN's "Tên
    // người nhận"; Poczta Polska's "AdresatNazwa", "AdresatEmail"): every row is a parcel from the shop to a customer. Where a
    // sender's and a receiver's columns stand side by side, the sender is the shop, never the contact, and the receiver is
    // the contact when no other column names a person (a buyer's name makes the receiver a gift's), as a receiver is in a
    // file without a sender's columns (a
    // post office's import: "AdresatNazwa"). A sender alone (an SMS inbox's "Sender") stays the row's.
    internal sealed partial class ColumnMap
    {
        private static readonly HashSet<string> SenderWords = Folded(
            "sender shipper consignor absender expediteur remitente mittente remetente afzender avsandare nadawca nadawcy odesilatel "
            + "gonderen gonderici 寄件人 寄件者 发件人 發件人 寄貨人 依頼主 ご依頼主 差出人 보내는사람 발송인 gui "
            // DHL's Online Frankierung import: "SEND_NAME1" beside "RECV_NAME1".
            + "send");

        private static readonly HashSet<string> ReceiverWords = Folded(
            "receiver recipient consignee empfanger destinataire destinatario ontvanger mottagare odbiorca odbiorcy adresat adresata "
            + "prijemce alici 收件人 收货人 收貨人 受取人 届け先 お届け先 받는사람 수령인 nhan "
            + "penerima 수취인 수하인 ผู้รับ مستلم المستلم נמען παραληπτης получатель получателя одержувач отримувач cimzett destinatar "
            + "vastaanottaja modtager mottaker primatelj prejemnik adresát "
            // Correo Argentino's MiCorreo bulk upload: "destino_nombre", "destino_email" (the destination's: the addressee's).
            + "destino destinazione "
            + "recv rcv rcpt");

        /// <summary>The column of the recipient's name (a parcel's: "shippingName", "수취인이름"), or -1.</summary>
        public int ShippingNameIndex { get; private set; } = -1;

        /// <summary>The recipient's phone columns, best first: the row's phone where it has none and the recipient is the person.</summary>
        public IReadOnlyList<int> ShippingPhoneIndexes { get; private set; } = System.Array.Empty<int>();

        // ShipStation's order import ("Ship To - Name", "Ship To - Email", "Ship To - Phone" beside the order's number and weight):
        // where no column names a person of the row's own, the party the parcel goes to is the one the row reaches. Its columns
        // are read as what they are without the shipping or recipient words; a sender's stay someone else's.
        private void ShippingPartyAlone()
        {
            if (PersonFields.Any(f => OverrideFor(f) != null || SourcesFor(f).Count > 0)) return;
            var taken = new List<string>();
            var filled = new HashSet<ContactField>();
            for (var i = 0; i < Headers.Count; i++)
            {
                if (Headers[i] is not string header || !AboutSomeoneElse.Contains(header)) continue;
                var words = HeaderWords.Split(header);
                if (Enumerable.Range(0, words.Count).Any(j => IsSenderWord(words, j))) continue;
                if (!(RecipientMeaning(header) is HeaderMeaning meaning) || !(meaning.Field is ContactField field) || !PersonFields.Contains(field)) continue;
                EditableSources(field).Add(new ColumnSource(i, header, meaning.Rank, ColumnKind.Plain));
                taken.Add(header);
                filled.Add(field);
            }
            if (taken.Count == 0) return;
            foreach (var field in filled) EditableSources(field).Sort(SourceOrder);
            AboutSomeoneElse = AboutSomeoneElse.Where(h => !taken.Contains(h)).ToArray();
            _loginsAsNames.Add($"{string.Join(", ", taken.Select(ColumnNames.Quote))} (the recipient's: no other column names the row's person)");
        }

        // The recipient's name and phone columns among those about someone else, read as what they are without the shipping
        // or recipient word ("shippingPhone2" is a phone, "shippingName" a name). Only beside the row's own name.
        private void FindRecipientColumns()
        {
            if (SourcesFor(ContactField.Name).Count + SourcesFor(ContactField.FirstName).Count + SourcesFor(ContactField.LastName).Count == 0) return;
            var phones = new List<(int Index, int Rank)>();
            for (var i = 0; i < Headers.Count; i++)
            {
                if (Headers[i] is not string header || !AboutSomeoneElse.Contains(header) || !(RecipientMeaning(header) is HeaderMeaning meaning)) continue;
                if (meaning.Field == ContactField.Name && ShippingNameIndex < 0) ShippingNameIndex = i;
                else if (meaning.Field == ContactField.PhoneNumber) phones.Add((i, meaning.Rank));
            }
            if (ShippingNameIndex < 0) return;
            ShippingPhoneIndexes = phones.OrderBy(p => p.Rank).ThenBy(p => p.Index).Select(p => p.Index).ToArray();
        }

        // What a recipient's header says without its shipping or receiver words; null for no recipient's header.
        private HeaderMeaning? RecipientMeaning(string header)
        {
            var words = WithReceiverWords(HeaderWords.Split(header));
            bool Mark(int j) => HeaderVocabulary.Of(words[j]) == HeaderWord.Shipping || IsReceiverWord(words, j);
            if (!Enumerable.Range(0, words.Count).Any(Mark)) return null;
            var meaning = WithoutWords(words, Mark);
            return meaning.Elsewhere ? null : meaning;
        }

        /// <summary>The first column naming the recipient's name (收货人姓名, "Shipping Name"), whatever else was made of it; -1 if none.</summary>
        private int RecipientNameColumn()
        {
            for (var i = 0; i < Headers.Count; i++)
            {
                if (Headers[i] is string header && RecipientMeaning(header) is { Field: ContactField.Name }) return i;
            }
            return -1;
        }

        private static bool IsCarriersCustomerWord(string word) => CustomerWords.Contains(word) || word is "客様" or "お客様";

        // A receiver's header without its receiver words ("Tên người nhận": "Tên").
        private static List<string> RestOfReceiver(List<string> words) =>
            words.Where((w, j) => !IsReceiverWord(words, j) && !(w == "nguoi" && j + 1 < words.Count && IsReceiverWord(words, j + 1))).ToList();

        private static bool IsSenderWord(List<string> words, int i) =>
            SenderWords.Contains(words[i]) && (words[i] != "gui" || (i > 0 && words[i - 1] == "nguoi"));

        private static bool IsReceiverWord(List<string> words, int i) =>
            ReceiverWords.Contains(words[i]) && (words[i] != "nhan" || (i > 0 && words[i - 1] == "nguoi"));

        // A receiver word the splitter cut at a shorter listed word ("收货人姓名": 收货 + 人 + 姓名, the consignee's name) is
        // joined again.
        private static List<string> WithReceiverWords(List<string> words)
        {
            for (var j = 0; j + 1 < words.Count; j++)
            {
                if (ReceiverWords.Contains(words[j] + words[j + 1]))
                {
                    words[j] += words[j + 1];
                    words.RemoveAt(j + 1);
                }
            }
            return words;
        }

        private static void ShipmentParties(IReadOnlyList<string?> headers, KnownColumn?[] recognized, List<string> elsewhere, List<int> unknown, List<int> nameParts)
        {
            var words = headers.Select(h => h == null ? new List<string>() : WithReceiverWords(HeaderWords.Split(h))).ToList();
            bool Sender(int i) => Enumerable.Range(0, words[i].Count).Any(j => IsSenderWord(words[i], j));
            bool Receiver(int i) => Enumerable.Range(0, words[i].Count).Any(j => IsReceiverWord(words[i], j));
            var senders = Enumerable.Range(0, headers.Count).Where(Sender).ToList();
            var receivers = Enumerable.Range(0, headers.Count).Where(i => !senders.Contains(i) && Receiver(i)).ToList();
            if (receivers.Count == 0) return;
            foreach (var i in senders)
            {
                recognized[i] = null;
                nameParts.Remove(i);
                unknown.Remove(i);
                if (!elsewhere.Contains(headers[i]!)) elsewhere.Add(headers[i]!);
            }
            // Beside a sender's columns the file is a carrier's, and its customer is the sender: the customer's number or code
            // (Sagawa's and Yamato's "お客様管理番号", the shop's own order number; "お客様コード", its account with the carrier)
            // is the shipper's, not the receiver's.
            for (var i = 0; i < headers.Count && senders.Count > 0; i++)
            {
                if (receivers.Contains(i) || recognized[i] is not { Field: ContactField.Identifier } || !words[i].Any(IsCarriersCustomerWord)) continue;
                recognized[i] = null;
                if (!elsewhere.Contains(headers[i]!)) elsewhere.Add(headers[i]!);
            }
            // The row's own name: a name column, or a column headed by the buyer alone (Coupang's "구매자" beside "수취인이름"), whose
            // values the party-name rule reads. Beside it a receiver with a name of its own is a gift's, someone else: its name,
            // phone and e-mail are not the row's. A receiver named nowhere is the person the own name columns name (Česká pošta's
            // address book: "Jméno", "Příjmení", and the addressee's number "Č. adresáta").
            var own = Enumerable.Range(0, headers.Count).Any(i => !senders.Contains(i) && !receivers.Contains(i)
                && ((recognized[i] is { Kind: not ColumnKind.Ignored } k && k.Field is ContactField.Name or ContactField.FirstName or ContactField.LastName)
                    || NamesMainPartyOnly(headers[i])));
            // A receiver alone ("Recipient", "Odbiorca") holds its name.
            var receiverNamed = receivers.Any(i => RestOfReceiver(words[i]) is var rest
                && (rest.All(w => HeaderVocabulary.Of(w) == HeaderWord.Connector)
                    || HeaderRecognizer.Recognize(string.Join(" ", rest)) is var m
                        && (m.NamePart || m.Field is ContactField.Name or ContactField.FirstName or ContactField.LastName)));
            if (own && receiverNamed)
            {
                foreach (var i in receivers)
                {
                    if (recognized[i] is not { Kind: not ColumnKind.Ignored }) continue;
                    recognized[i] = null;
                    nameParts.Remove(i);
                    if (!elsewhere.Contains(headers[i]!)) elsewhere.Add(headers[i]!);
                }
                return;
            }
            foreach (var i in receivers)
            {
                var rest = RestOfReceiver(words[i]);
                if (rest.Count == 0) continue;
                var meaning = HeaderRecognizer.Recognize(string.Join(" ", rest));
                if (meaning.Elsewhere || (meaning.Field == null && !meaning.NamePart)) continue;
                TakeAsParty(headers, recognized, elsewhere, unknown, nameParts, i, meaning);
            }
        }
    }
}
