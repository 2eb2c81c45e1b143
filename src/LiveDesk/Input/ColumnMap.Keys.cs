using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace LiveDesk.Input
{
    // The unique keys of a contact (e-mail, phone, identifier) come from the columns that are the contact's own: a label
    // repeated later in the file belongs to another block (a company's second "Téléphone"), and the identifier comes from
    // the first tier of id columns the file has (ColumnMap.Identifiers.cs). Decided once per header set.
    internal sealed partial class ColumnMap
    {
        // How tools tell a repeated label apart: "Téléphone (2)", pandas' "Téléphone.1".
        private static readonly Regex RepeatMarker = new Regex(@"(\s*\(\s*\d+\s*\)|\.\d+)\s*$", RegexOptions.CultureInvariant);
        private static readonly ContactField[] Keys = { ContactField.Email, ContactField.PhoneNumber, ContactField.Identifier };
        private readonly List<string> _setAside = new List<string>();

        /// <summary>Key columns not used although they name the field, with the reason (for -Verbose).</summary>
        public IReadOnlyList<string> SetAside => _setAside;

        // MeOS's French start list heads two columns "Nom": the runner's family name, and after "N° club" the club's short name
        // (NOSE, VIK), read as "Nom (2)". A name part whose label repeats an earlier name part's, away from the row's name
        // columns, belongs to another block as a repeated key does. Right beside them ("Apellido", "Apellido (2)": the second
        // surname) it stays the row's.
        private void KeepOwnNameParts()
        {
            var parts = new[] { ContactField.Name, ContactField.FirstName, ContactField.MiddleName, ContactField.LastName };
            var all = parts.Where(f => _sources.ContainsKey(f)).SelectMany(f => _sources[f].Select(s => (Field: f, Source: s))).ToList();
            foreach (var (field, source) in all)
            {
                if (!RepeatMarker.IsMatch(source.Header)) continue;
                var label = Label(source.Header);
                var earlier = all.FirstOrDefault(o => o.Source.Index < source.Index && Label(o.Source.Header) == label && !RepeatMarker.IsMatch(o.Source.Header));
                if (earlier.Source == null || all.Any(o => o.Source.Index != source.Index && System.Math.Abs(o.Source.Index - source.Index) == 1)) continue;
                _sources[field].Remove(source);
                _setAside.Add($"{ColumnNames.Quote(source.Header)} repeats {ColumnNames.Quote(earlier.Source.Header)} away from the row's name columns (another block's)");
            }
        }

        private void KeepOwnKeys()
        {
            foreach (var field in Keys)
            {
                if (!_sources.TryGetValue(field, out var list)) continue;
                var first = new Dictionary<string, ColumnSource>(System.StringComparer.Ordinal);
                foreach (var source in list.OrderBy(s => s.Index).ToList())
                {
                    var label = Label(source.Header);
                    if (label.Length == 0) continue;
                    if (first.TryGetValue(label, out var earlier))
                    {
                        list.Remove(source);
                        _setAside.Add($"{ColumnNames.Quote(source.Header)} repeats {ColumnNames.Quote(earlier.Header)} ({field} from the first)");
                    }
                    else first[label] = source;
                }
            }
            if (!_sources.TryGetValue(ContactField.Identifier, out var ids)) return;
            // A bare reference in a file that names other records (Attendize's attendees: "Ticket ID", "Reference" of the
            // order) is one of theirs: several attendees share their order's reference, and an order export's reference is
            // the order's. It keys the record in a file about the contacts (Thelia's customers: "ref", with the customer's
            // "total_orders" and "last_order_date"). So is a bare code or number ("No." in an order export is the order's).
            var thingAt = OtherRecordColumn();
            // A bare "ID" too, where every column of the person names the party the record is of ("Nome do cliente", "E-mail do
            // cliente" beside "Valor do pedido": AppJusto's orders): the row is the order, the person its customer.
            var ofAParty = thingAt >= 0 && PersonColumnsNameTheirParty();
            // And where the row has a delivery and a payment of its own, each a column named by that word alone (a Ukrainian shop's
            // orders: "ID", "Статус", "ПІБ", "Доставка", "Оплата"): the row is a purchase, whatever its key is called.
            // A carrier or a payment method repeats over the rows as a linked record does, but the key, new in every row, is still
            // the purchase's (RestoreOwnReferences is not asked).
            var purchased = false;
            if (thingAt < 0 && PurchaseColumn() is var purchase && purchase >= 0)
            {
                thingAt = purchase;
                ofAParty = true;
                purchased = true;
            }
            // Paid Memberships Pro's orders ("id", "code", "user_id", "user_login", "user_email", ..., "payment_transaction_id"): in a
            // file about other records, a bare id beside the id, login and e-mail of the user each record belongs to is the record's,
            // and the user's id keys the person. A customer list with its user's id alone (Easy Digital Downloads: "ID", "User ID",
            // "Payment IDs") keeps its own id.
            if (thingAt >= 0 && Headers.Any(h => h != null && HeaderWords.Split(h) is { Count: 2 } u && HeaderVocabulary.IsUserNoun(u[0])
                    && HeaderVocabulary.Of(u[1]) is HeaderWord.Login or HeaderWord.Email)
                && ids.FirstOrDefault(s => s.Rank == HeaderRecognizer.ForeignKeyRank && HeaderWords.Split(s.Header) is { Count: 2 } w
                    && HeaderVocabulary.IsUserNoun(w[0]) && HeaderVocabulary.Of(w[1]) == HeaderWord.Id) is ColumnSource user
                && ids.Where(s => s.Rank == HeaderRecognizer.RecordKeyRank && HeaderWords.Split(s.Header).Count == 1).ToList() is { Count: > 0 } bare)
            {
                foreach (var record in bare) ids.Remove(record);
                ids[ids.IndexOf(user)] = user with { Rank = UsersOwnIdRank };
                _setAside.Add($"{string.Join(", ", bare.Select(b => ColumnNames.Quote(b.Header)))} (the key of the record each row is; {ColumnNames.Quote(user.Header)} is its user's)");
            }
            if (thingAt >= 0)
            {
                // A code that names whose it is (freee's partners: "取引先コード" beside "請求書送付方法", how invoices are sent) is
                // the party's own, whatever other records the file names.
                foreach (var reference in ids.Where(s => (s.Rank is HeaderRecognizer.ReferenceRank or HeaderRecognizer.CodeKeyRank or HeaderRecognizer.NumberKeyRank
                    || (ofAParty && s.Rank == HeaderRecognizer.RecordKeyRank)) && !HeaderWords.Split(s.Header).Any(HeaderVocabulary.IsRecordNoun)).ToList())
                {
                    ids.Remove(reference);
                    var note = $"{ColumnNames.Quote(reference.Header)} (a reference in a file about other records: {ColumnNames.Quote(Headers[thingAt])})";
                    _setAside.Add(note);
                    if (!purchased) _linkedReferences.Add((reference, thingAt, note));
                }
            }
            // An HR import's "Pendidikan (ID)", "Unit (ID)", "Golongan (ID)", "PPH (ID)": a noun with "(ID)" after it asks for that
            // thing by its id (the unit's, the grade's, the tax class's), as an import template's lookup columns do. Never the
            // row's key, unless the noun is the row's party ("Customer (ID)").
            var linked = ids.Where(s => LookupColumn.Match(s.Header) is { Success: true } m
                && HeaderWords.Split(m.Groups["thing"].Value) is var words && words.Count > 0
                && !words.Any(w => HeaderVocabulary.Of(w) is HeaderWord.IdOwner or HeaderWord.Id)).ToList();
            if (linked.Count > 0)
            {
                foreach (var link in linked) ids.Remove(link);
                _setAside.Add($"{string.Join(", ", linked.Select(s => ColumnNames.Quote(s.Header)))} (the id of a thing the record links to)");
            }
            // A membership is a record of its own beside the contact's key (CiviCRM's membership export: "Contact ID", "Membership
            // ID"): a contact with two memberships is two rows, and keyed by membership two contacts. Alone, "Membership ID" or
            // "Membership Number" is the member's number, as a club gives one membership per person.
            var contactKey = ids.FirstOrDefault(s => HeaderWords.Split(s.Header ?? "") is var w && w.Count == 2
                && w.Contains("contact") && w.Any(x => HeaderVocabulary.Of(x) == HeaderWord.Id));
            if (contactKey != null)
            {
                var memberships = ids.Where(s => HeaderWords.Split(s.Header ?? "").Contains("membership")).ToList();
                foreach (var m in memberships) ids.Remove(m);
                if (memberships.Count > 0)
                    _setAside.Add($"{string.Join(", ", memberships.Select(m => ColumnNames.Quote(m.Header)))} (a membership's record beside the contact's key {ColumnNames.Quote(contactKey.Header)})");
            }
            // Korean schools' "학년", "반", "번호" (grade, class, number: the pupil's seat in this year's class), a German "Klasse", "Nr.":
            // a bare number right after a class is the place in that class, the same in every class and again next year.
            foreach (var seat in ids.Where(s => s.Rank == HeaderRecognizer.NumberKeyRank && s.Index > 0 && Headers[s.Index - 1] is string before
                && HeaderWords.Split(before) is var w && w.Count == 1 && ClassWords.Contains(w[0])).ToList())
            {
                ids.Remove(seat);
                _setAside.Add($"{ColumnNames.Quote(seat.Header)} (a place in the class of {ColumnNames.Quote(Headers[seat.Index - 1])}, no key)");
            }
            // A licence beside a vehicle, or a driver's licence (Fleetbase's drivers: "License #" 04512398761 beside "Vehicle"; OrangeHRM's
            // "driver's_license_no"), is a driving licence: the state's document, as a passport is, not the person's number in
            // the file's system. A sports federation's licence ("N° licence") stays the member's.
            var driving = Headers.Any(h => h != null && HeaderWords.Split(h).Any(VehicleWords.Contains));
            foreach (var licence in ids.Where(s => HeaderWords.Split(s.Header) is var w && w.Any(HeaderVocabulary.Licences.Contains)
                && (driving || w.Any(x => HeaderVocabulary.Drivers.Contains(x) || DrivingWords.Contains(x)))).ToList())
            {
                ids.Remove(licence);
                _setAside.Add($"{ColumnNames.Quote(licence.Header)} (a driving licence, the state's document: no key)");
            }
            // AFIP's invoices ("Número Desde", "Número Hasta": the first and the last number of a batch of vouchers), "Nr. von",
            // "Number From": a number followed by where a range begins or ends is one end of a range of records, no one's key.
            // ("Hasta No", first, is a Turkish patient's number.)
            foreach (var end in ids.Where(s => HeaderWords.Split(s.Header) is var w && w.Count == 2
                && (HeaderVocabulary.Of(w[0]) is HeaderWord.Number or HeaderWord.Id) && RangeWords.Contains(w[1])).ToList())
            {
                ids.Remove(end);
                _setAside.Add($"{ColumnNames.Quote(end.Header)} (one end of a range of numbers, no key)");
            }
            _idCandidates.AddRange(ids.Select(UserIdOfUsers));
            ChooseIdentifiers();
        }

        private static readonly HashSet<string> RangeWords = Folded("from to until thru desde hasta von bis du au van tot od do fra til");

        private static readonly HashSet<string> VehicleWords = Folded(
            "vehicle vehicles fahrzeug fahrzeuge kfz vehicule vehicules vehiculo vehiculos veicolo veicoli veiculo veiculos voertuig voertuigen "
            + "fordon pojazd pojazdu автомобиль транспорт vozidlo ajoneuvo kjoretoy koretoj arac jarmu vehicul");

        private static readonly HashSet<string> DrivingWords = Folded(
            "driving fuhrerschein fuhrer conduire conducir conduccion guida guidare conducao rijbewijs korkort prawo jazdy водительское ehliyet");

        private static readonly HashSet<string> ClassWords = Folded(
            "class classe clase klasse klass klas klasa trida trieda osztaly clasa sinif turma kelas lop 반 班 班级 班級 組 クラス 학급 класс клас");

        private static readonly HashSet<string> DeliveryWords = Folded(
            "delivery shipping shipment versand lieferung livraison expedition envio entrega spedizione consegna verzending levering bezorging "
            + "leverans frakt toimitus forsendelse dostawa wysylka доставка доставки відправка doprava doruceni kargo teslimat szallitas livrare "
            + "αποστολη παραδοση 配送 发货 發貨 発送 配達 배송 التوصيل الشحن שילוח משלוח giaohang pengiriman");

        private static readonly HashSet<string> PaymentWords = Folded(
            "payment zahlung bezahlung paiement reglement pago pagamento betaling betalning platnosc оплата оплаты платеж платіж platba "
            + "maksu odeme fizetes plata πληρωμη 支付 付款 支払 결제 الدفع תשלום thanhtoan pembayaran");

        // The column of a delivery, when the file also has a payment column: each named by its word alone.
        private int PurchaseColumn()
        {
            bool Alone(string? header, HashSet<string> words) => header != null && HeaderWords.Split(header) is var w && w.Count == 1 && words.Contains(w[0]);
            if (!Headers.Any(h => Alone(h, PaymentWords))) return -1;
            return Headers.ToList().FindIndex(h => Alone(h, DeliveryWords));
        }

        // The first column naming another record than the contact ("Ticket ID", "Order Date", "SKU"), or -1.
        private int OtherRecordColumn() => Headers.ToList().FindIndex(h => h != null && HeaderVocabulary.NamesOtherRecord(HeaderWords.Split(h)));

        private static readonly Regex LookupColumn = new Regex(@"^\s*(?<thing>.*\S)\s*\(\s*id\s*\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private bool PersonColumnsNameTheirParty()
        {
            var person = PersonFields.SelectMany(f => SourcesFor(f).Take(1)).ToList();
            return person.Count >= 2 && person.All(s => PartyWordsOf(s.Header).Count > 0);
        }

        private readonly List<(ColumnSource Reference, int Thing, string Note)> _linkedReferences = new List<(ColumnSource, int, string)>();

        // OpenSTAManager's parties ("Codice", with "ID Pagamento" and "ID Agente": the payment terms and the agent each party
        // links to): a reference that belongs to another record repeats with that record's link, as an order's reference does
        // on each of its tickets. Where the link repeats in the first rows and the reference is different in every one of
        // them, the link points at a record many rows share, and the reference is the row's own: it keys the record again.
        private void RestoreOwnReferences(List<InputRow> sample)
        {
            // Not where the rows are purchases: a file with a quantity (GS Pipeline's orders: "Référence" CMD-1042, "Produit",
            // "Quantité") repeats the product on every order, and the reference, new in every row, is the order's.
            if (Headers.Any(h => h != null && HeaderWords.Split(h).Any(QuantityWords.Contains))) _linkedReferences.Clear();
            foreach (var (reference, thing, note) in _linkedReferences)
            {
                var links = sample.Select(r => CellText(r, thing)).Where(v => !string.IsNullOrEmpty(v)).ToList();
                var refs = sample.Select(r => CellText(r, reference.Index)).Where(v => !string.IsNullOrEmpty(v)).ToList();
                if (links.Count < 2 || links.Distinct().Count() == links.Count || refs.Count < 2 || refs.Distinct().Count() < refs.Count) continue;
                _setAside.Remove(note);
                _idCandidates.Add(reference);
            }
            _linkedReferences.Clear();
        }

        private static readonly HashSet<string> QuantityWords = Folded(string.Join(" ",
            "quantity quantities qty menge anzahl quantite cantidad quantita quantidade aantal antal ilosc ilość mnozstvi mnozstvo mennyiseg "
            + "cantitate miktar adet jumlah kuantitas soluong количество кількість ποσοτητα כמות الكمية كمية تعداد 数量 수량",
            // Norwegian, Finnish, Czech, Croatian, Lithuanian, Latvian, Estonian, Chinese (traditional), Thai.
            "antall maara pocet kolicina kiekis daudzums kogus 數量 จำนวน"));

        // "User ID" beside a record key that names a user too (Canvas's provisioning report: "canvas_user_id", the vendor's
        // key of the user, and "user_id", the school's SIS id): the records are users, and the user id is the person's own
        // id in the customer's numbering, not a link to another record.
        // The person's own id in the customer's numbering: after an employee or customer id, before the record's key.
        private const int UsersOwnIdRank = 50;

        private ColumnSource UserIdOfUsers(ColumnSource source, int _)
        {
            if (source.Rank != HeaderRecognizer.ForeignKeyRank) return source;
            var users = Headers.Where((h, i) => i != source.Index && h != null && SourcesFor(ContactField.Identifier).Any(s => s.Index == i && Tier(s.Rank) == 1)
                && HeaderWords.Split(h).Any(HeaderVocabulary.IsUserNoun));
            return users.Any() ? source with { Rank = UsersOwnIdRank } : source;
        }

        // The words a header says, without the marker a tool added to tell a repeated label apart.
        private static string Label(string header) => string.Join(" ", HeaderWords.Split(RepeatMarker.Replace(header, "")));
    }
}
