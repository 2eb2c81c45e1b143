using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // A ticket or booking export names both who bought and who comes (Accupass's "訂購人姓名", "訂購人Email", "參加人姓名",
    // "參加人Email"; "Buyer Name", "Attendee Name"): one row per ticket, and the ticket is the attendee's. The buyer of three
    // tickets is on three rows, with three attendees; taking the buyer, a colleague's ticket was stored under whoever paid
    // for it. Where the row's name is headed by the attendee, the buyer's columns are someone else's, never the row's (not
    // even found by their values).
    internal sealed partial class ColumnMap
    {
        private static readonly HashSet<string> AttendeeWords = Folded(
            "attendee attendees participant participants guest guests invitee teilnehmer teilnehmerin teilnehmende gast participante "
            + "partecipante deelnemer deltagare deltaker deltager uczestnik участник учасник katilimci osallistuja "
            + "參加人 参加人 参与人 參與人 参加者 參加者 出席者 与会者 與會者 참가자 참석자 peserta");

        private static readonly HashSet<string> BuyerWords = Folded(
            "buyer purchaser orderer booker kaufer kauferin besteller bestellerin acheteur acheteuse comprador compradora acquirente "
            + "koper kopare kjoper kober kupujacy покупатель покупець pembeli "
            + "訂購人 订购人 購買人 购买人 購買者 购买者 买家 買家 注文者 購入者 구매자 주문자");

        private static bool HeadedByBuyer(string? header) =>
            header != null && HeaderWords.Split(header).Any(BuyerWords.Contains) && !HeaderWords.Split(header).Any(AttendeeWords.Contains);

        /// <summary>
        /// Where the row's own name columns name no party and the buyer's name columns stand beside them (TOAST's gala tickets:
        /// "Nom", "Prenom", then "Nom acheteur", "Prenom acheteur", "E-mail acheteur"), the buyer's name columns; else empty. The
        /// row is the ticket's holder, and the buyer's address is theirs only where the two names are one.
        /// </summary>
        internal IReadOnlyList<int> BuyerNameColumns => _buyerNameColumns ??= FindBuyerNameColumns();
        private List<int>? _buyerNameColumns;

        private List<int> FindBuyerNameColumns()
        {
            var names = new[] { ContactField.Name, ContactField.FirstName, ContactField.LastName }.SelectMany(SourcesFor).ToList();
            var buyers = names.Where(s => HeadedByBuyer(s.Header)).Select(s => s.Index).Distinct().ToList();
            return buyers.Count > 0 && names.Any(s => !HeadedByBuyer(s.Header) && PartyWordsOf(s.Header).Count == 0) ? buyers : new List<int>();
        }

        /// <summary>True for a column headed by the buyer (and not the attendee).</summary>
        internal bool IsBuyerColumn(string? header) => HeadedByBuyer(header);

        private void ReleaseBuyerBesideAttendee()
        {
            var fields = new[] { ContactField.Name, ContactField.FirstName, ContactField.LastName, ContactField.Email, ContactField.PhoneNumber };
            bool Headed(string header, HashSet<string> words) => HeaderWords.Split(header).Any(words.Contains);
            // The attendee's name says whose the row is; an attendee's e-mail beside unqualified names does not (the names may
            // be the buyer's), and there the buyer's e-mail stays a candidate.
            var names = new[] { ContactField.Name, ContactField.FirstName, ContactField.LastName };
            var attendee = names.Any(f => SourcesFor(f).Any(s => Headed(s.Header, AttendeeWords) && !Headed(s.Header, BuyerWords)));
            if (!attendee) return;
            bool Buyers(string header) => Headed(header, BuyerWords) && !Headed(header, AttendeeWords);
            var released = fields.Append(ContactField.Identifier).SelectMany(f => Release(f, s => Buyers(s.Header))).Select(s => s.Header).ToList();
            var buyersIds = _idCandidates.Where(c => Buyers(c.Header)).ToList();
            foreach (var c in buyersIds) _notKeys[c.Index] = "the buyer's id, beside the attendee the row is";
            if (buyersIds.Count > 0) ChooseIdentifiers();
            released.AddRange(Unrecognized.Where(Buyers));
            Give(released, "the buyer's, beside the attendee the row is");
        }
    }
}
