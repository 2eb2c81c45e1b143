using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // Which id column is the contact's identifier. Id columns come in tiers, and only the first tier the file has is used
    // (a row never falls back on another tier: "1022" in one numbering may be another person's "1022" in the next):
    //   0. the person's own ids: Identifier, External ID, Employee ID, Customer Number, Contact ID;
    //   1. the record's key in the exporting system: a bare "Id", "uid", "_id", "Id contact", a reference, "<vendor> ID";
    //   2. the record's code or number alone ("Code", "Código", "Kod", "No.", "Nr."), which the values must confirm;
    //   3. the id of the user account the record is linked to ("User ID": a shop's WordPress user, 0 for guests; a CRM
    //      record's owning user);
    //   4. a login or user name: unique too, but renamed more often than any id.
    // The first rows' values then rule a recognised column out (not one named Identifier): a key names one contact, so a
    // value two different contacts share (an owner's id, a country code), a zero (a link that is not set: a guest's user
    // id) or, for a bare number, the running numbers 1, 2, 3 of the rows, show the column is no key, and the next column
    // or tier is used.
    internal sealed partial class ColumnMap
    {
        private readonly List<ColumnSource> _idCandidates = new List<ColumnSource>();
        private readonly Dictionary<int, string> _notKeys = new Dictionary<int, string>();
        private readonly List<string> _idNotes = new List<string>();

        // An Indian school's "Roll No" is the pupil's place on this year's class list (1 to 40, again each year); beside the
        // number the school gave the pupil for good (admission, enrolment or register number), it comes after it.
        private static void RollAfterOwnNumber(IReadOnlyList<string> headers, KnownColumn?[] recognized)
        {
            var ids = Enumerable.Range(0, headers.Count).Where(i => recognized[i] is { Field: ContactField.Identifier } k && k.Kind != ColumnKind.Ignored).ToList();
            var rolls = ids.Where(i => headers[i] != null && HeaderWords.Split(headers[i]).Contains("roll")).ToList();
            if (rolls.Count == 0 || rolls.Count == ids.Count) return;
            var best = ids.Except(rolls).Min(i => recognized[i]!.Rank);
            foreach (var i in rolls)
            {
                var k = recognized[i]!;
                if (k.Rank <= best) recognized[i] = new KnownColumn(k.Header, k.Field, best + 1, k.Kind, k.Source);
            }
        }

        private static int Tier(int rank) =>
            rank < HeaderRecognizer.InternalKeyRank ? 0 : rank <= HeaderRecognizer.VendorKeyRank ? 1 : rank <= HeaderRecognizer.NumberKeyRank ? 2
            : rank <= HeaderRecognizer.ForeignKeyRank ? 3 : 4;

        private static string TierName(int rank) => rank == HeaderRecognizer.CardKeyRank ? "a card's number" : Tier(rank) switch
        {
            1 => "the exporting system's key of the record",
            2 => "the record's code or number",
            3 => "the id of a linked user account",
            _ => "a login",
        };

        // Only recognised columns wait for values: a file whose one id column is named Identifier streams as before.
        private bool UndecidedKeys() => !_valuesRead && OverrideFor(ContactField.Identifier) == null && (_idCandidates.Any(c => c.Rank > 0) || _linkedReferences.Count > 0);

        // Called when the map is built, and again once the values have ruled columns out.
        private void ChooseIdentifiers()
        {
            _setAside.RemoveAll(_idNotes.Contains);
            _idNotes.Clear();
            _parkedKeys.Clear();
            if (!_sources.TryGetValue(ContactField.Identifier, out var ids)) return;
            ids.Clear();
            foreach (var pair in _notKeys) _idNotes.Add($"{ColumnNames.Quote(Headers[pair.Key])} ({pair.Value})");
            var usable = _idCandidates.Where(s => !_notKeys.ContainsKey(s.Index)).OrderBy(s => s, Comparer<ColumnSource>.Create(SourceOrder)).ToList();
            if (usable.Count > 0)
            {
                var tier = usable.Min(s => Tier(s.Rank));
                var own = usable.First(s => Tier(s.Rank) == tier);
                foreach (var key in usable)
                {
                    if (Tier(key.Rank) == tier)
                    {
                        ids.Add(key);
                        continue;
                    }
                    _parkedKeys.Add(key);
                    var why = tier == 0 ? "names the contact's own id" : "is used";
                    _idNotes.Add($"{ColumnNames.Quote(key.Header)} ({TierName(key.Rank)}; {ColumnNames.Quote(own.Header)} {why})");
                }
            }
            _setAside.AddRange(_idNotes);
        }

        // A row whose only person is the contact person of the record, and no column names the record as a party (no name,
        // no company): the record is a thing (ProyectoFira's school outing, "Codi" beside "Persona de Contacte"), and its key,
        // code or number is the thing's. Keyed by it, the same person would be one contact per outing. An own id of the
        // person (an Identifier, a customer number) still keys the row.
        // So is a row whose only person is the holder of what the row is (RNAL's holiday lets: "Nome do Titular da Exploração" beside
        // the let's "Nº de registo"; an account's or a card's holder): the key is the held thing's.
        private void ReleaseThingsKey()
        {
            if (OverrideFor(ContactField.Identifier) != null) return;
            var holder = _nameFallbacks.Count > 0 && _nameFallbacks.All(f => f.Rank == HolderRank) && NamesHeldThing() ? _nameFallbacks[0].Index : -1;
            if (ContactPersonIndex < 0 && holder < 0) return;
            if (new[] { ContactField.Name, ContactField.FirstName, ContactField.LastName, ContactField.Company }
                .Any(f => OverrideFor(f) != null || SourcesFor(f).Count > 0) || (ContactPersonIndex >= 0 && _nameFallbacks.Count > 0)) return;
            var keys = _idCandidates.Where(c => Tier(c.Rank) >= RecordKeyTier && !_notKeys.ContainsKey(c.Index)).ToList();
            if (keys.Count == 0) return;
            var person = ColumnNames.Quote(Headers[ContactPersonIndex >= 0 ? ContactPersonIndex : holder]);
            var role = ContactPersonIndex >= 0 ? "the contact person of" : "the holder of";
            foreach (var key in keys) _notKeys[key.Index] = $"the key of the record {person} is {role}, not the person's";
            ChooseIdentifiers();
        }

        // The file names what is held by a name of its own ("Nome do Alojamento", the let's name): a name word beside a word the
        // vocabulary does not know, in a column no field took. Without one (openRARP's members: "id_parcela" beside "titular") the
        // holder is the member the file lists, and the parcel's id their key.
        private bool NamesHeldThing() =>
            Enumerable.Range(0, Headers.Count).Any(i => Free(i) && !_nameFallbacks.Any(f => f.Index == i) && HeaderWords.Split(Headers[i] ?? "") is var w
                && w.Any(x => HeaderVocabulary.Of(x) is HeaderWord.Name or HeaderWord.NamePart) && w.Any(x => HeaderVocabulary.Of(x) == HeaderWord.Unknown));

        // A login column found to hold names or times is no id column at all.
        private void DropIdCandidate(int index)
        {
            _idCandidates.RemoveAll(s => s.Index == index);
            ChooseIdentifiers();
        }

        private void DecideKeys(List<InputRow> sample)
        {
            if (!UndecidedKeys()) return;
            RestoreOwnReferences(sample);
            var who = ContactOfRow();
            var headerWords = Headers.Select(h => HeaderWords.Split(h ?? "")).ToList();
            SetAsideSupportCases(headerWords);
            SetAsideRegistrationKeys(headerWords);
            SetAsideKeysOfMoments(headerWords);
            SetAsideParcelKeys(headerWords);
            SetAsideTransactionKeys(headerWords);
            SetAsideDealKeys(headerWords);
            SetAsideNestedRecordKeys();
            SetAsidePrefixedPartysRecordKeys(headerWords);
            SetAsideForeignKeys(sample);
            // A column named "Identifier" is the user's declared key, not one recognised: a value it repeats is a duplicate
            // row, reported as such, and the values never set it aside.
            foreach (var candidate in _idCandidates.Where(c => c.Rank > 0).ToList())
            {
                if (NotAKey(candidate, sample, who) is string reason) _notKeys[candidate.Index] = reason;
            }
            SetAsideSparseTiers(sample);
            ChooseIdentifiers();
        }

        // A case is the person's record in case management (CommCare's "caseid", Sahana Eden's "Case", Primero's "Case ID"), but a
        // support request in a CRM's case list (Salesforce's "Case Number" beside "Subject" and "Priority"): there one contact
        // has many cases, and the case's number is no key of theirs.
        private void SetAsideSupportCases(List<List<string>> headerWords)
        {
            if (!headerWords.Any(h => h.Any(w => w is "subject" or "priority" or "betreff" or "prioritat" or "sujet" or "priorite" or "asunto" or "prioridad" or "oggetto" or "priorita" or "assunto")))
                return;
            foreach (var c in _idCandidates.Where(c => headerWords[c.Index].Any(w => w is "case" or "cases")))
                _notKeys[c.Index] = "a support case's number, beside its subject: one contact has many";
        }

        // An event's registration list (Indico's "Checked in", Luma's "checked_in_at", Hi.Events' "Zameldowania", the Contao booking
        // bundle's "bookingState", sf_event_mgt's "waitlist"): each row is one sign-up, and a person who signs up for two events
        // is two rows. The bare id is the registration's, no key of the person's; their own id ("User ID", "Person-ID") still is.
        private void SetAsideRegistrationKeys(List<List<string>> headerWords)
        {
            // Polish "zameldowanie" is a check-in and the registered residence: beside a country, a town or a street
            // (Optimed's "KrajZameldowanie", "MiejscowoscZameldowanie", "UlicaZameldowanie") it is the address a patient is
            // registered at, and the file lists no sign-ups by it.
            var residence = headerWords.Any(w => w.Any(RegistrationStateWords.Contains)
                && w.Any(x => HeaderVocabulary.Of(x) is HeaderWord.Country or HeaderWord.City or HeaderWord.Address || HeaderVocabulary.IsStreetWord(x)));
            var registrations = headerWords.Any(w => (!residence && w.Any(RegistrationStateWords.Contains)) || (w.Contains("check") && w.Contains("in"))
                || (w.Any(x => x is "booking" or "ticket") && w.Any(x => x is "state" or "status" or "type"))
                // An appointment's or a booking's date or time (SmileCare's "Appointment Date", "Appointment Time", "Booked On"; a
                // salon's "Termin Datum"): each row is one visit, and a patient who comes twice is two rows.
                // A patient list's "Last Visit Date" or "Next Appointment" is the person's, and its id still keys them.
                || (w.Any(AppointmentWords.Contains) && w.Any(DateWords.Contains) && !w.Any(LastOrNextWords.Contains)))
                // The clock times of an arrival and a departure (a riding stable's visitor book: "arrival_time", "departure_time"):
                // each row is one visit. A camp's applications have an arrival and a departure day, not an hour.
                || (headerWords.Any(w => SaysAny(w, ArrivalWords) && w.Any(TimeWords.Contains))
                    && headerWords.Any(w => SaysAny(w, DepartureWords) && w.Any(TimeWords.Contains)));
            if (!registrations) return;
            foreach (var c in _idCandidates.Where(RowsOwnKey))
            {
                _notKeys[c.Index] = "a registration's id: the file lists sign-ups, and one person may sign up twice";
            }
        }

        // A courier's delivery list (Koala's "Contenido del paquete", "cantidad de bultos" beside "ID Interno"; a parcel's
        // weight, its number of pieces): each row is one parcel, and a customer sent two is two rows. The bare id is the
        // parcel's, no key of the person's. "Package" alone is as often a gym's or a salon's plan, the member's own: only
        // a parcel's contents, count or weight says parcel.
        private void SetAsideParcelKeys(List<List<string>> headerWords)
        {
            var parcels = headerWords.Any(w => w.Any(ParcelWords.Contains)
                || (w.Any(PackageWords.Contains) && w.Any(x => ParcelDetailWords.Contains(x) || QuantityWords.Contains(x))));
            if (!parcels) return;
            // A bare "Reference" too (EasyParcel's bulk upload: the shop's reference of each parcel, RW-20931 and RW-20941 for one buyer).
            foreach (var c in _idCandidates.Where(c => RowsOwnKey(c) || c.Rank == HeaderRecognizer.ReferenceRank))
            {
                _notKeys[c.Index] = "a parcel's id: the file lists shipments, and one person may be sent two";
            }
        }

        // Words that name a parcel and nothing else.
        private static readonly HashSet<string> ParcelWords = Folded(
            "parcel parcels bulto bultos colis encomenda encomendas pacco pacchi collo colli paczka paczki zasilka посылка посылки "
            + "包裹 小包 소포");

        // A package, also a plan or a bundle of services: a parcel only beside what it holds, how many, or its weight.
        private static readonly HashSet<string> PackageWords = Folded(
            "package packages paquete paquetes paquet pacote pacotes paket pakete pakket pakketten pakiet kemasan");

        private static readonly HashSet<string> ParcelDetailWords = Folded(
            "contents content contenido contenu conteudo inhalt inhoud contenuto zawartosc weight peso poids gewicht waga");

        // A sale's, a rental's or a booking's lines (BlackRent's rentals: "startDate", "endDate", "totalPrice", "paymentMethod"; a
        // Danish revue's sign-ups: "Antal", "Stykpris"): each row is one purchase, and a customer who buys twice is two rows.
        // The bare id is the purchase's, no key of the person's; their own id still is. A quantity alone, a unit price, or a period
        // from a start to an end tell a purchase, and so does the id of the order or reservation a row belongs to; a customer
        // list's totals ("Total Spent", "Orders") do not, nor does a payment method alone (a shop's customers keep the one
        // they prefer).
        private void SetAsideTransactionKeys(List<List<string>> headerWords)
        {
            bool Has(System.Func<List<string>, bool> test) => headerWords.Any(test);
            // The quantity alone: beside a noun it counts something else (Moringa's customers: "تعداد سفارش", the number of
            // orders; a pesantren's applicants: "Jumlah Saudara", the number of siblings).
            var purchase = Has(w => w.Count == 1 && QuantityWords.Contains(w[0]))
                || Has(w => w.Any(UnitPriceWords.Contains) || (w.Any(x => x is "unit" or "stuck" or "unitaire" or "unitario") && w.Any(x => x is "price" or "preis" or "prix" or "precio" or "prezzo" or "preco")))
                // FusionPBX's call records write the moments as "start_stamp", "end_stamp": a call is a period too.
                || (Has(w => w.Contains("start") && w.Any(x => DateWords.Contains(x) || x is "stamp" or "timestamp"))
                    && Has(w => w.Contains("end") && w.Any(x => DateWords.Contains(x) || x is "stamp" or "timestamp")))
                // Easy Appointments' "Start", "End" beside the service and the worker; "Beginn", "Ende"; "Début", "Fin": a
                // start and an end alone (or with a time word) in any language.
                || (Has(w => Moment(w, StartWords)) && Has(w => Moment(w, EndWords)))
                // The id of the order or reservation the row belongs to (alf.io's attendees: a ticket's "ID" beside "ReservationID"):
                // the row is a part of it, a ticket or a line.
                || Has(w => w.Count == 2 && OrderWords.Contains(w[0]) && HeaderVocabulary.Of(w[1]) is HeaderWord.Id or HeaderWord.Number)
                // A stay in a room from an arrival to a departure (MotoPress Hotel Booking's Croatian "Dolazak", "Odlazak",
                // "Smještaj"; "Anreise", "Abreise", "Zimmer"): each row is one booking, and a guest who comes twice is two rows.
                // A camp's applications have an arrival and a departure too, but no lodging: one application per person.
                || (Has(w => SaysAny(w, ArrivalWords)) && Has(w => SaysAny(w, DepartureWords)) && Has(w => SaysAny(w, LodgingWords)))
                // A payment's amount beside its currency and its fee or refund (Stripe's payments: "amount", "currency", "fee",
                // "amount_refunded" beside "customer_id"): each row is one charge, and a customer who pays twice is two rows.
                || (Has(w => w.Any(AmountWords.Contains)) && Has(w => w.Any(CurrencyWords.Contains)) && Has(w => w.Any(ChargeWords.Contains)));
            // A lead is a prospective customer, one record per person, whatever it was interested in (Bitrix24's leads: "Название
            // лида", the lead's title, beside "Товар", "Цена", "Количество", the product asked about): its id is the person's.
            if (!purchase || Has(w => w.Count >= 2 && w.Any(LeadWords.Contains) && w.Any(DealFieldWords.Contains))) return;
            foreach (var c in _idCandidates.Where(RowsOwnKey))
            {
                _notKeys[c.Index] = "a purchase's or booking's id: the file lists what was bought, and one person may buy twice";
            }
        }

        // A CRM's deal export (amoCRM's "Название сделки", "Этап сделки" beside the contact's "Полное имя контакта"; "Deal Name",
        // "Deal Stage"; "Opportunity Name"): each row is a deal, and a contact with two deals is two rows. The bare id is the
        // deal's. A deal word alone ("Сделки", a contact's list of deals) or before an id (a link to one) says nothing of the row.
        private void SetAsideDealKeys(List<List<string>> headerWords)
        {
            if (!headerWords.Any(w => w.Count >= 2 && w.Any(DealWords.Contains) && w.Any(DealFieldWords.Contains))) return;
            foreach (var c in _idCandidates.Where(RowsOwnKey))
            {
                _notKeys[c.Index] = "a deal's id: the file lists deals, and one contact may have two";
            }
        }

        // Decidim's registrations ("id;code;user/name;user/email"): an exporter that writes a record's nested object as a path
        // puts the person in a part of the row ("user/…"), and the bare id at the top is the record's, a registration's,
        // new for each sign-up. Only where every one of the person's columns is in that one part.
        private void SetAsideNestedRecordKeys()
        {
            var person = PersonFields.SelectMany(f => SourcesFor(f)).Select(s => s.Header ?? "").Distinct().ToList();
            if (person.Count < 2 || person.Any(h => h.IndexOf('/') <= 0)) return;
            var parts = person.Select(h => h.Substring(0, h.IndexOf('/')).Trim().ToLowerInvariant()).Distinct().ToList();
            if (parts.Count != 1) return;
            foreach (var c in _idCandidates.Where(c => RowsOwnKey(c) && (Headers[c.Index] ?? "").IndexOf('/') < 0))
            {
                _notKeys[c.Index] = $"the record's own id: the person is its '{parts[0]}' part";
            }
        }

        // Chatwoot's conversation export ("display_id", "status", "assignee", "inbox", "contact_name", "contact_email",
        // "contact_phone"): every one of the person's columns, and the e-mail's and phone's, begins with one word for the
        // contact or a customer, and the bare id does not: the row is a record the person has (a conversation, a ticket),
        // numbered by that id, and a person with two conversations is two rows. Their own id ("contact_id") still keys them.
        private void SetAsidePrefixedPartysRecordKeys(List<List<string>> headerWords)
        {
            var person = PersonFields.SelectMany(f => SourcesFor(f)).Select(s => headerWords[s.Index]).ToList();
            if (person.Count < 2 || person.Any(w => w.Count < 2)) return;
            var party = person[0][0];
            if (!(ContactWords.Contains(party) || CustomerWords.Contains(party)) || person.Any(w => w[0] != party)) return;
            foreach (var c in _idCandidates.Where(c => RowsOwnKey(c) && !headerWords[c.Index].Contains(party)))
            {
                _notKeys[c.Index] = $"the id of a record the '{party}' has: every one of the person's columns names them so";
            }
        }

        private static readonly HashSet<string> DealWords = Folded(
            "deal deals opportunity opportunities affaire affaires oportunidad oportunidade trattativa opportunita verkaufschance "
            + "szansa сделка сделки сделку угода угоди");

        private static readonly HashSet<string> LeadWords = Folded("lead leads лид лида лиды лід ліда");

        // What a deal has of its own: its name, its stage in the pipeline, its amount.
        private static readonly HashSet<string> DealFieldWords = Folded(
            "name title stage phase pipeline amount budget value nom etape montant nombre etapa monto importe nome fase valore "
            + "название этап стадия воронка бюджет сумма назва етап стадія воронка бюджет");

        // OpenSID's population template ("agama_id", "pendidikan_kk_id", "pekerjaan_id", "warganegara_id", "golongan_darah_id"): a
        // word the vocabulary does not know before "id" is a vendor's key of the record ("Shopify ID") when it is one; where three
        // or more such columns stand in one file, they are links to other tables (a religion's, a job's), and none keys the row.
        private void SetAsideForeignKeys(List<InputRow> sample)
        {
            var links = _idCandidates.Where(c => c.Rank == HeaderRecognizer.VendorKeyRank).ToList();
            if (links.Count < 3) return;
            // The file's first column, filled and different in every one of the first rows while the others repeat or stay
            // empty, is the row's own key among links (OpenSRP's child registrations: "opensrp_id" 11A4KP, beside "reveal_id"
            // and a "team_id" shared by a team).
            // So is the only link filled in the first rows, different in each, where every other link is empty (Comarch Optimed's
            // patient migration: "IdImport", the patient's key in the old system, beside an empty "InstalacjaId" and
            // "UprawnieniePacjentaId"): links no row uses say nothing of the file's tables.
            var first = links.FirstOrDefault(c => c.Index == 0 && OwnAmongLinks(c, links, sample))
                ?? links.SingleOrDefault(c => OwnAmongLinks(c, links, sample) && links.Where(o => o != c).All(o => sample.All(r => string.IsNullOrEmpty(CellText(r, o.Index)))));
            foreach (var c in links.Where(c => c != first)) _notKeys[c.Index] = "one of several links to other tables (a word before its id), no key of the row";
        }

        private bool OwnAmongLinks(ColumnSource key, List<ColumnSource> links, List<InputRow> sample)
        {
            if (sample.Count < 2) return false;
            var own = sample.Select(r => CellText(r, key.Index)).ToList();
            if (own.Any(string.IsNullOrEmpty) || own.Distinct().Count() < own.Count) return false;
            return links.Where(c => c != key).All(c =>
            {
                var values = sample.Select(r => CellText(r, c.Index)).Where(v => !string.IsNullOrEmpty(v)).ToList();
                return values.Distinct().Count() < values.Count || values.Count < sample.Count;
            });
        }

        private static readonly HashSet<string> OrderWords = Folded(
            "order reservation booking bestellung buchung reservierung commande reservation pedido reserva ordine prenotazione bestelling "
            + "boeking reservering bestallning bokning zamowienie rezerwacja objednavka rezervace siparis rezervasyon заказ бронь бронирование 注文 予約 订单 訂單 预订 주문 예약 "
            // Kurmanji "ferman" (ExpandCart's "ID fermanê", the order's id).
            + "ferman fermane "
            // A payment's or a transfer's own id beside the row's (a Pakistani mobile-wallet shop's ledger: "ID", "TRX ID").
            + "transaction trx txn transaksi transaccion transacao transazione transaktion transactie transakcja transakce tranzactie "
            + "islem транзакция транзакции транзакція 交易 取引 거래 giaodich ธุรกรรม معاملة");

        private static readonly HashSet<string> AppointmentWords = Folded(
            "appointment appointments booking reservation visit termin buchung reservierung besuch rendezvous reservation visite "
            + "cita reserva visita appuntamento prenotazione agendamento consulta afspraak boeking reservering bokning besok "
            + "wizyta rezerwacja rezervace navsteva randevu rezervasyon запись визит бронирование 予約 来院 预约 預約 예약 موعد");

        // The key of the row itself, whatever it is of: a bare id, code or number, a vendor's key, and a CRM table's "Record
        // ID" (HubSpot's, and teachPress's sign-ups: "Record-ID" beside "Lista d'attesa").
        // A key that names its party is the party's, whatever the row is (Fresha's staff list: "Team Member Id" beside the
        // employment's "Start Date" and "End Date"; LGL's gifts: "LGL Constituent ID").
        private static bool RowsOwnKey(ColumnSource c) => (c.Rank is HeaderRecognizer.RecordKeyRank or HeaderRecognizer.VendorKeyRank or HeaderRecognizer.InternalKeyRank
            or HeaderRecognizer.NumberKeyRank or HeaderRecognizer.CodeKeyRank || (!c.ByWords && HeaderWords.Split(c.Header).Contains("record")))
            && !HeaderWords.Split(c.Header ?? "").Any(w => HeaderVocabulary.Of(w) == HeaderWord.IdOwner);

        private static readonly HashSet<string> LastOrNextWords = Folded(
            "last next first previous upcoming latest recent letzte letzter letztes nachste nachster naechste erste dernier derniere "
            + "prochain prochaine premier premiere ultimo ultima proximo proxima primer primera prossimo prossima laatste volgende "
            + "eerste senaste nasta forsta siste neste ostatni ostatnia nastepny nastepna pierwszy posledni pristi последний следующий "
            + "前回 次回 最終 初回 上次 下次 最近 마지막 다음 최근");

        private static readonly HashSet<string> DateWords = Folded(
            "date time datum zeit uhrzeit heure fecha hora data ora tijd tid dato aika czas godzina datum cas tarih saat дата время "
            + "日付 日時 時間 日期 时间 時間 날짜 시간 تاريخ");

        private static readonly HashSet<string> ArrivalWords = Folded(
            "arrival arrive arrivee anreise ankunft llegada arrivo chegada aankomst ankomst ankomstdato przyjazd przyjazdu dolazak dolaska "
            + "prijezd prijazd prichod prijezdu saapuminen erkezes sosire sosirii varis αφιξη αφιξης прибытие заезд заезда заїзд прибуття "
            + "入住 到达 到達 到着 チェックイン 체크인 도착 ngayden kedatangan ketibaan การเข้าพัก وصول الوصول ورود הגעה checkin");
        private static readonly HashSet<string> DepartureWords = Folded(
            "departure depart abreise salida partenza partida vertrek avresa avreise afrejse wyjazd wyjazdu odlazak odlaska odjezd odhod "
            + "odchod lahto tavozas plecare plecarii cikis αναχωρηση αναχωρησης отъезд выезд выезда виїзд від'їзд "
            + "退房 离开 離開 出発 チェックアウト 체크아웃 출발 ngaydi keberangkatan kepulangan การออก مغادرة المغادرة خروج עזיבה checkout");

        // A start or an end alone, or with a time word: a day's appointment. With a date word ("Fecha Inicio", "Fecha Fin": a
        // gym member's plan) it may be a membership's period, the person's own, and the English rule above reads only "start"
        // and "end" with their date.
        private static bool Moment(List<string> words, HashSet<string> set) =>
            words.Any(set.Contains) && words.All(x => set.Contains(x) || TimeWords.Contains(x) || HeaderVocabulary.Of(x) == HeaderWord.Connector);

        private static readonly HashSet<string> TimeWords = Folded(
            "time zeit uhrzeit heure hora ora tijd tid aika czas godzina cas saat время час 時間 时间 시간 เวลา وقت שעה");

        private static readonly HashSet<string> StartWords = Folded(
            "start starts begin beginn anfang debut inicio comienzo inizio começo aanvang begintijd borjan start poczatek zacatek alku kezdes inceput "
            + "baslangic baslama αρχη έναρξη εναρξη начало початок 开始 開始 開始時間 시작 mulai batdau เริ่ม بداية שעתהתחלה התחלה");
        private static readonly HashSet<string> EndWords = Folded(
            "end ends ende schluss fin final fine termino fim einde eind slut koniec konec loppu vege sfarsit bitis τελος λήξη ληξη конец кінець "
            + "结束 結束 終了 종료 selesai ketthuc สิ้นสุด نهاية סיום");

        // One of the words, or all of them read as one ("Dolazak", which the splitter cuts into do + la + zak), is in the set.
        private static bool SaysAny(List<string> words, HashSet<string> set) => words.Any(set.Contains) || set.Contains(string.Concat(words));

        private static readonly HashSet<string> LodgingWords = Folded(
            "room rooms accommodation lodging unit nights apartment zimmer unterkunft wohnung nachte chambre hebergement logement nuits "
            + "habitacion alojamiento noches camera alloggio notti quarto alojamento noites kamer accommodatie nachten rum boende natter "
            + "pokoj pokoju pokoje pomieszczenie pomieszczenia doba dobe zakwaterowanie nocy soba smjestaj smestaj nocenja apartman ubytovani noci szoba szallas ejszaka oda konaklama gece "
            + "δωματιο καταλυμα διανυκτερευσεις номер комната размещение ночей 房间 房間 住宿 部屋 宿泊 객실 숙소 kamar penginapan malam "
            + "phong ห้อง ที่พัก غرفة اقامة ليالي חדר לינה");

        private static readonly HashSet<string> AmountWords = Folded(
            "amount betrag montant importe monto importo valor bedrag belopp kwota castka сумма tutar");

        private static readonly HashSet<string> CurrencyWords = Folded(
            "currency wahrung devise moneda valuta moeda waluta mena валюта doviz");

        private static readonly HashSet<string> ChargeWords = Folded(
            "fee fees refunded refund captured gebuhr erstattet frais rembourse comision reembolso commissione rimborso taxa tarifa "
            + "reembolsado kosten terugbetaald avgift aterbetald oplata zwrot komise комиссия возврат");

        private static readonly HashSet<string> UnitPriceWords = Folded(
            "unitprice stykpris stuckpreis stueckpreis einzelpreis styckpris stykkpris yksikkohinta cenajednostkowa");

        private static readonly HashSet<string> RegistrationStateWords = Folded(
            "checked checkin checkedin waitlist waitinglist warteliste eingecheckt zameldowania zameldowanie zameldowany "
            // A sign-up's state and the waiting list in more languages (the SAC event tool's "Anmeldestatus", teachPress's
            // "Lista d'attesa").
            + "anmeldestatus registrationstatus attesa espera attente wachtlijst venteliste vantelista jonotuslista "
            // Japanese attendance and reception (connpass's participants: "出欠ステータス", "受付番号", an event's ticket number).
            + "出欠 受付");

        // A key names every contact. Own ids that leave rows of the first ones empty, beside the record's key filled in every
        // one of them, are an optional field (Kolibri's "Identifier" beside the database's own id; an "External ID" only
        // some records were given): the record's key is the identifier, so no row is left without one, and rows are never
        // keyed from two numberings. Only the record's key replaces them: a code, a linked user's id or a login is a
        // weaker key than an own id even where that is empty. A column named Identifier is the user's declared key and stays.
        private const int RecordKeyTier = 1;

        private void SetAsideSparseTiers(List<InputRow> sample)
        {
            var usable = _idCandidates.Where(c => !_notKeys.ContainsKey(c.Index)).ToList();
            if (usable.Count < 2 || usable.Any(c => c.Rank == 0)) return;
            bool Filled(InputRow row, int i) => !string.IsNullOrEmpty(CellText(row, i));
            var rows = sample.Where(r => Enumerable.Range(0, Headers.Count).Any(i => Filled(r, i))).ToList();
            if (rows.Count == 0) return;
            // The first of some columns, in their order, that names every contact of the first rows.
            ColumnSource? FirstWhole(IEnumerable<ColumnSource> columns) =>
                columns.OrderBy(c => c, Comparer<ColumnSource>.Create(SourceOrder)).FirstOrDefault(c => rows.All(r => Filled(r, c.Index)));
            void GiveWay(IEnumerable<ColumnSource> sparse, ColumnSource key)
            {
                foreach (var c in sparse) _notKeys[c.Index] = $"empty in some of the first rows, where {ColumnNames.Quote(key.Header)} names every contact";
            }
            foreach (var tier in usable.Select(c => Tier(c.Rank)).Distinct().OrderBy(t => t).ToList())
            {
                var columns = usable.Where(c => Tier(c.Rank) == tier).ToList();
                // Within a tier too (pretix's "External identifier", set for a few customers, before "Customer ID", set for all):
                // the first column of the tier that names every contact is the key, and sparser ones before it are set aside.
                var whole = FirstWhole(columns);
                if (whole != null)
                {
                    GiveWay(columns.Where(c => c != whole && SourceOrder(c, whole) < 0), whole);
                    return;
                }
                if (rows.All(r => columns.Any(c => Filled(r, c.Index)))) return;
                // A tier empty in every one of the first rows names no one yet (an Indonesian school's "No Peserta UN", the national
                // exam's number, filled only once pupils sit it): the record's own code or number, which the values confirmed
                // (the school's "NIPD" on every row), keys the rows instead.
                // So does one filled in fewer than half of them (a Danish club list's "K.id.", set for one member in three, beside its
                // "K.nr." on every row).
                var few = rows.Count >= 3 && rows.Count(r => columns.Any(c => Filled(r, c.Index))) * 2 < rows.Count;
                // The one that names every contact may be a login then (LabBook's users: "cps_id", a prescriber's card number set
                // for one user in five, before "username").
                var complete = FirstWhole(usable.Where(c => Tier(c.Rank) > tier && (few || Tier(c.Rank) <= RecordKeyTier)));
                // MeOS's start lists: "Id/Club", empty on every row, before "Databas nr.", the runner database's number, empty only
                // for a runner not in it and for a vacant slot. A tier that names no one gives way to the next record's code or
                // number that names most of them.
                if (complete == null && !rows.Any(r => columns.Any(c => Filled(r, c.Index))))
                {
                    complete = usable.Where(c => Tier(c.Rank) > tier && Tier(c.Rank) <= RecordKeyTier + 1).OrderBy(c => c, Comparer<ColumnSource>.Create(SourceOrder))
                        .FirstOrDefault(c => rows.Count(r => Filled(r, c.Index)) * 2 > rows.Count);
                }
                if (complete == null) return;
                GiveWay(columns, complete);
            }
        }

        private static bool PersonsName(string text) =>
            text.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries).Length >= 2
            && text.All(c => char.IsLetter(c) || char.IsWhiteSpace(c) || c is '-' or '\'' or '\u2019' or '.' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);

        private static bool SeveralCodes(string text)
        {
            var parts = text.Split(new[] { ',', ';', '|' }, System.StringSplitOptions.None).Select(p => p.Trim()).ToList();
            // Two tokens at least, each of digits or a code of letters and digits, none empty: "12,50" is an amount, so two
            // digit parts must be of one length and of four digits at least.
            if (parts.Count < 2 || parts.Any(p => p.Length == 0 || p.Any(char.IsWhiteSpace) || !p.Any(char.IsDigit) || !p.All(char.IsLetterOrDigit))) return false;
            return parts.Select(p => p.Length).Distinct().Count() == 1 && parts[0].Length >= 4;
        }

        private string? NotAKey(ColumnSource candidate, List<InputRow> sample, System.Func<InputRow, int, string> who)
        {
            var i = candidate.Index;
            // A bare reference is one token too: Peruvian addresses give a landmark as "Referencia" ("frente al Hospital").
            var byValues = candidate.Rank is HeaderRecognizer.CodeKeyRank or HeaderRecognizer.NumberKeyRank or HeaderRecognizer.ReferenceRank
                or HeaderRecognizer.CardKeyRank;
            // "Calle, Número", "Straße, Nr.": a bare number next to a street is the house number.
            if (candidate.Rank == HeaderRecognizer.NumberKeyRank && NextToStreet(i)) return "a house number next to the street, no key";
            // Between two parts of the address a party's number is the house's too (a Brazilian system's "Endereço",
            // "NumeroCliente", "ComplementoCliente": the client's street, number and flat, each named after the client).
            if (candidate.Rank is HeaderRecognizer.OwnNumberRank or HeaderRecognizer.OwnNumberRank + 1 && AddressPart(i - 1) && AddressPart(i + 1))
                return "a house number between the street and the rest of the address, no key";
            // OpenSTAManager's "Codice destinatario" (the e-invoicing routing code: "0000000" for a private person, "XXXXXXX" for
            // a foreign one, a mailbox's code for a firm): where a third of the first rows' values, two at least, are one character
            // repeated, the column is a code the system fills with a placeholder, not the record's key.
            var filled = FilledValues(sample, i);
            var placeholders = filled.Where(t => t.Length >= 5 && t.All(c => c == t[0])).ToList();
            if (placeholders.Count >= 2 && placeholders.Count * 3 >= filled.Count)
                return $"'{placeholders[0]}' and the like in the first rows: a code filled with a placeholder, no key";
            var seen = new Dictionary<string, string>(System.StringComparer.Ordinal);
            var keyOf = new Dictionary<string, string>(System.StringComparer.Ordinal);
            var twice = new HashSet<string>(System.StringComparer.Ordinal);
            string? example = null;
            var counting = true;
            foreach (var row in sample)
            {
                var text = CellText(row, i) ?? "";
                if (text.Length == 0) continue;
                // A zero is a link that is not set (a guest's user id): no key. In the person's own id it is one not given (Mahara's
                // "studentid" is 0 for a student without one), and that row is read without an identifier.
                if (text.All(c => c == '0'))
                {
                    if (Tier(candidate.Rank) > 0) return $"'{text}' in the first rows: a link that is not set, no key";
                    continue;
                }
                // Markup is no key: SENAITE's "Идентификаторы" cell is HTML badges around a patient's document numbers.
                if (text.IndexOf('<') >= 0 && text.IndexOf('>') > text.IndexOf('<')) return $"'{ColumnNames.Shorten(text, 40)}' in the first rows is markup, no key";
                if (candidate.Rank == HeaderRecognizer.CardKeyRank && PaymentCard(text)) return "a payment card's number in the first rows (not shown), no key";
                // Zermelo's parents: "Leerlingcodes" 202300045,202300046, the codes of the parent's children. A cell listing several
                // codes holds other records' keys; a record has one key of its own.
                if (SeveralCodes(text)) return $"'{ColumnNames.Shorten(text, 40)}' in the first rows lists several codes: other records' keys, no key";
                // Naver's order sheets show a buyer's ID as "minj****": what is left matches other buyers, and no re-run matches it.
                if (MaskedValues.HasMaskRun(text)) return $"'{text}' in the first rows is masked, no key";
                // A code or number is one token: words, an address or a phone number written as one ("+34612345678",
                // "(030) 1234") under "Number" or "Code" are no key. Digits alone are (1C's zero-padded "000000012").
                if (byValues && ((text.Any(char.IsWhiteSpace) && !PrefixedNumber.IsMatch(text)) || text[0] == '+' || text.IndexOf('(') >= 0 || LooksLikeEmail(text)))
                {
                    return $"'{text}' in the first rows is no code";
                }
                // A party's number written as a phone number ("+964 751 556 2040", "0770 412 8899": a Kurdish booking app's
                // "ژمارەی کڕیار", the customer's number, holds the customer's phone) is the party's phone, not its record's number.
                // Only with a sign, a space or brackets: zero-padded record numbers ("000123456") and dashed ones look like phones too.
                if (candidate.Rank == HeaderRecognizer.OwnNumberRank && (text[0] == '+' || text.IndexOf(' ') > 0 || text.IndexOf('(') >= 0)
                    && LooksLikePhone(text) && !PrefixedNumber.IsMatch(text))
                {
                    return $"'{text}' in the first rows is a phone number, no code";
                }
                // A person's name is no key, whatever the header says: Persian "معرف" is the referrer ("مهدی کریمی"), though
                // the same word is Arabic for an identifier. Two words or more of letters alone; a key has a digit or is one token.
                if (PersonsName(text)) return $"'{text}' in the first rows is a person's name, no key";
                counting &= text == (seen.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var person = who(row, i);
                if (seen.TryGetValue(text, out var other))
                {
                    // Where no column names a person yet, rows are told apart by all their cells: two devices of one customer
                    // (LMS's "ID klienta" beside each device's own "ID") differ in every cell but the owner's. A party's own id
                    // that repeats there names that party twice, not two contacts.
                    if (other != person && !(person.StartsWith(WholeRow, System.StringComparison.Ordinal) && Tier(candidate.Rank) == 0))
                        return $"'{text}' stands for two contacts in the first rows, a key for one";
                    counting = false;
                    continue;
                }
                seen[text] = person;
                // A booking table's "id" (a masseur's bookings: Maria Petrova, maria.petrova@..., as 1 and again as 4), a loan's
                // "Identificador": people, by name and by address or phone, under two values each are a record's number, new for
                // each booking or loan. Only the record's key: a person's own id that differs there is a duplicate account. And
                // two people at least: a user list's one duplicate account (Dolibarr's "cmartin" and "cmartin2") has two keys too.
                if (Tier(candidate.Rank) > 0 && SamePerson(row, i) is string same)
                {
                    if (keyOf.TryGetValue(same, out var earlier) && earlier != text)
                    {
                        twice.Add(same);
                        example ??= $"'{ColumnNames.Shorten(earlier, 20)}' and '{ColumnNames.Shorten(text, 20)}'";
                    }
                    keyOf[same] = text;
                }
            }
            if (twice.Count >= 2) return $"{twice.Count} people have two values each in the first rows ({example}): a record's number, no key of theirs";
            if (candidate.Rank == HeaderRecognizer.NumberKeyRank && counting && seen.Count >= 3) return "numbers the rows 1, 2, 3: a running number, no key";
            return null;
        }

        // An office's reference: a few capitals, a space, then the number ("PZK 1042/2026", "KD 10023"). One token to whoever
        // wrote it, unlike a phone number ("030 1234567") or an address ("Calle Mayor 5").
        private static readonly System.Text.RegularExpressions.Regex PrefixedNumber = new System.Text.RegularExpressions.Regex(
            @"^\p{Lu}{1,5} \d[\d/.\-]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        // A payment card's number as exports show it: masked ("**** 1234", "4111XXXXXXXX1111") or 13 to 19 digits that pass the Luhn
        // check every issuer's numbers carry. A member's or a loyalty card's number is shorter, or fails it.
        internal static bool PaymentCard(string text)
        {
            if (text.Any(MaskedValues.IsMark) || (text.Any(char.IsDigit) && text.ToUpperInvariant().Contains("XXXX"))) return true;
            var digits = text.Where(c => c != ' ' && c != '-').ToList();
            if (digits.Count < 13 || digits.Count > 19 || !digits.All(c => c >= '0' && c <= '9')) return false;
            var sum = 0;
            for (var k = 0; k < digits.Count; k++)
            {
                var d = digits[digits.Count - 1 - k] - '0';
                if (k % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                sum += d;
            }
            return sum % 10 == 0;
        }

        // Next to the street, or between other parts of the address: a Brazilian export's "CEP, Número, Complemento, Bairro" has
        // no street column, and its "Número" (1578, 890, 45) is the house's, not the customer's.
        private bool NextToStreet(int i) => AddressPart(i - 1) || AddressPart(i + 1);

        private bool AddressPart(int n) => n >= 0 && n < Headers.Count && Headers[n] != null
            && HeaderWords.Split(Headers[n]).Any(w => HeaderVocabulary.IsStreetWord(w) || HeaderVocabulary.IsPostalCodeWord(w) || HeaderVocabulary.IsAddressPartWord(w));


        // Who a row is, apart from the id column: its first e-mail address, else its first phone number, else its name, else
        // all its other cells. Two rows with one id and the same person are one contact exported twice, not two contacts
        // sharing a key: a timesheet (a Polish temp agency's "Numer;Nazwisko;Imię;...;Dzień", Cloxa's clock-ins) lists each
        // employee on a row per shift, under their own number and name, with no e-mail or phone, and every other cell new.
        private const string WholeRow = "row\u001e";

        // A row's person told by name and by e-mail address or phone together, or null where either is missing: siblings share a
        // parent's address, namesakes differ in it.
        private string? SamePerson(InputRow row, int id)
        {
            var reach = SourcesFor(ContactField.Email).Concat(SourcesFor(ContactField.PhoneNumber)).Where(s => s.Index != id)
                .Select(s => CellText(row, s.Index)).FirstOrDefault(v => !string.IsNullOrEmpty(v));
            var name = string.Join(" ", new[] { ContactField.Name, ContactField.FirstName, ContactField.MiddleName, ContactField.LastName }
                .SelectMany(f => SourcesFor(f).Take(1)).Where(s => s.Index != id).Select(s => CellText(row, s.Index)).Where(v => !string.IsNullOrEmpty(v)));
            return reach == null || name.Length == 0 ? null : name.ToLowerInvariant() + "\u001f" + reach.ToLowerInvariant();
        }

        private System.Func<InputRow, int, string> ContactOfRow()
        {
            var columns = SourcesFor(ContactField.Email).Concat(SourcesFor(ContactField.PhoneNumber)).Select(s => s.Index).ToList();
            var names = new[] { ContactField.Name, ContactField.FirstName, ContactField.MiddleName, ContactField.LastName }
                .SelectMany(f => SourcesFor(f).Take(1)).Select(s => s.Index).ToList();
            return (row, id) =>
            {
                foreach (var c in columns)
                {
                    var value = CellText(row, c);
                    if (!string.IsNullOrEmpty(value)) return value!.ToLowerInvariant();
                }
                var name = string.Join(" ", names.Where(c => c != id).Select(c => CellText(row, c)).Where(v => !string.IsNullOrEmpty(v)));
                if (name.Length > 0) return "name\u001f" + name.ToLowerInvariant();
                return WholeRow + string.Join("\u001f", Enumerable.Range(0, Headers.Count).Where(c => c != id).Select(c => CellValue.Read(row.GetValue(c), splitList: false).Text ?? ""));
            };
        }
    }
}
