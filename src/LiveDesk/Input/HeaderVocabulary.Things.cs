using System;
using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // Other records a contact export carries ids, numbers and names of: an event, a ticket, an order, an invoice, a product,
    // an affiliate, a vendor, a store, a campaign, a list, a seat, a booking. Such a word makes the column that record's
    // ("Event ID", "Ticket ID", "AffiliateId", "ID билета", "Numer zamówienia"): it never identifies the contact, in whatever
    // language or spelling (CamelCase and snake_case are split before the words are read). One line per thing, one string
    // per language: en, de, fr, es, it, pt, nl, sv, pl, ru, uk, cs, sk, fi, da, no, tr, hu, ro, el, zh, ja, ko, fa, ar, he,
    // vi, th, id/ms, hi. Words also listed with another role keep it (German "Rechnung" and Swedish "faktura" are billing,
    // whose e-mail is the buyer's).
    internal static partial class HeaderVocabulary
    {
        private static readonly HashSet<string> Things = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>True for a word naming another record than the contact (event, ticket, order, invoice, product, store...).</summary>
        public static bool IsThing(string word) => Things.Contains(word) || (HeaderStems.Of(word) == HeaderWord.Blocker
            && Things.Any(t => word.Length > t.Length && word.Length - t.Length <= 4 && word.StartsWith(t, StringComparison.Ordinal)));

        // Words that sum up a contact's records ("Total Orders", "Last Order Date", "Nombre de commandes", "Anzahl
        // Bestellungen"): such a header describes the contact, not another record the row is about.
        private static readonly HashSet<string> Aggregates = new HashSet<string>(FoldAll(
            "total totals sum count last latest recent first lifetime average avg min max",
            "gesamt summe anzahl letzte letzter letztes erste durchschnitt", "somme dernier derniere premier premiere moyenne",
            "suma cantidad ultimo ultima primer primera promedio", "totale somma ultimo ultima primo prima media",
            "soma quantidade ultimo ultima primeiro primeira media", "totaal som aantal laatste eerste gemiddeld",
            "totalt summa antal senaste forsta", "suma liczba ostatni ostatnia pierwszy srednia",
            "итого всего сумма количество последний последняя последнего первый", "сума кількість останній", "celkem pocet posledni",
            "yhteensa maara viimeisin", "toplam sayisi son ilk", "osszes osszeg utolso", "ultima ultimul",
            "συνολο συνολικα πληθος τελευταια", "总 總 合计 合計 最后 最後 最近 次数 次數", "合計 最終 回数", "총 합계 최근 마지막",
            "مجموع تعداد آخرین", "مجموع عدد اخر"), StringComparer.Ordinal);

        /// <summary>
        /// True when the words name another record the row is about ("Ticket ID", "Order Date", "Fecha del pedido"), not a
        /// sum of the contact's records ("Total Orders", "last_order_date").
        /// </summary>
        public static bool NamesOtherRecord(IReadOnlyList<string> words) =>
            words.Any(IsThing) && !words.Any(Aggregates.Contains) && !words.Any(Terms.Contains);

        // The contact's standing terms for a kind of record ("Forma de pagamento", "Zahlungsart", "Condiciones de pago",
        // Moloni's customers' "Dia de Pagamento"): a setting of the customer, as an invoicing program keeps it, not another
        // record the row is about. A customer list with such a column keeps its bare code as the customer's key.
        private static readonly HashSet<string> Terms = new HashSet<string>(FoldAll(
            "method methods mode type terms term condition conditions day",
            "art weise bedingung bedingungen ziel tag", "mode modalite modalites condition conditions jour",
            "forma modo tipo condicion condiciones plazo dia", "modalita modo tipo condizioni termine giorno",
            "forma modo tipo condicao condicoes prazo dia", "wijze methode voorwaarden termijn dag", "satt villkor dag",
            "forma sposob warunki termin dzien", "способ условия срок день", "zpusob podminky splatnost den",
            // When the customer's next bill falls due (a Brazilian ISP's defaulters: "vencimentoBoleto"; "Fälligkeit",
            // "Échéance", "Vencimiento"): a date of the customer's account, not another record the row is.
            "due vencimento vencimiento scadenza echeance faelligkeit falligkeit"), StringComparer.Ordinal);

        // As AddFolded with the role Blocker, and remembered as things.
        private static void AddThing(params string[] languages)
        {
            AddFolded(HeaderWord.Blocker, languages);
            Things.UnionWith(FoldAll(languages));
        }

        private static void AddThings()
        {
            // Events, tickets, seats, bookings.
            AddThing("event events", "veranstaltung ereignis", "evenement", "evento", "evento", "evento", "evenement",
                "evenemang", "wydarzenie", "событие события мероприятие мероприятия", "подія події захід заходу", "udalost akce", "udalost podujatie",
                "tapahtuma tapahtuman", "begivenhed", "arrangement hendelse", "etkinlik", "esemeny rendezveny", "eveniment evenimentului",
                "εκδηλωση εκδηλωσης συμβαν", "活动 活動 事件", "イベント", "이벤트 행사", "رویداد", "الحدث حدث الفعالية فعالية", "אירוע",
                "sukien", "กิจกรรม", "acara", "कार्यक्रम");
            AddThing("ticket tickets", "ticket eintrittskarte", "billet", "boleto entrada tiquete", "biglietto", "bilhete ingresso",
                "kaartje toegangsbewijs", "biljett", "bilet biletu", "билет билета билеты", "квиток квитка", "vstupenka vstupenky listek", "vstupenka listok",
                "lippu lipun", "billet", "billett", "bilet", "jegy", "bilet biletului", "εισιτηριο εισιτηριου", "门票 門票 票号 票號", "チケット", "티켓",
                "بلیط بلیت", "تذكرة التذكرة", "כרטיס", "", "ตั๋ว", "tiket", "टिकट");
            AddThing("seat", "sitzplatz", "siege", "asiento", "", "assento", "zitplaats", "sittplats", "", "", "",
                "sedadlo", "sedadlo", "istumapaikka", "sæde", "sete", "koltuk", "ulohely", "", "", "座位", "座席", "좌석", "صندلی", "مقعد", "מושב");
            AddThing("booking bookings reservation appointment", "buchung reservierung termin", "reservation rendezvous",
                "reserva cita", "prenotazione appuntamento", "reserva agendamento", "boeking reservering afspraak", "bokning", "rezerwacja wizyta",
                "бронирование бронирования бронь", "бронювання", "rezervace", "rezervacia", "varaus varauksen", "booking", "bestilling",
                "rezervasyon randevu", "foglalas", "rezervare programare", "κρατηση κρατησης", "预订 預訂 预约 預約", "予約", "예약", "رزرو",
                "الحجز حجز", "הזמנה", "datcho", "การจอง", "pemesanan reservasi", "बुकिंग", "ჯავშანი ჯავშნის", "bron buyurtma");

            // Orders, invoices, payments, products.
            AddThing("order orders purchase", "bestellung bestell auftrag", "commande", "pedido orden compra", "ordine", "pedido encomenda",
                "bestelling bestel", "bestallning order", "zamowienie zamowienia", "заказ заказа заказы", "замовлення", "objednavka objednavky",
                "objednavka objednavky", "tilaus tilauksen", "ordre bestilling", "ordre", "siparis", "rendeles", "comanda comenzii",
                "παραγγελια παραγγελιας", "订单 訂單", "注文", "주문", "سفارش", "الطلب طلب", "", "donhang", "คำสั่งซื้อ", "pesanan", "ऑर्डर");
            // Latin American "Comprobante" (a tax voucher: an invoice, a receipt; Argentina's "Tipo de Comprobante", Mexico's
            // "EfectoComprobante"), Brazilian "comprovante".
            AddThing("invoice invoices receipt", "beleg quittung", "facture recu", "factura recibo comprobante comprobantes", "fattura ricevuta",
                "fatura recibo comprovante", "factuur", "kvitto", "paragon", "счет счета квитанция", "рахунок", "", "", "lasku laskun kuitti", "kvittering",
                "kvittering", "fatura", "szamla", "factura", "τιμολογιο τιμολογιου", "发票 發票 收据 收據", "請求書 領収書", "송장 영수증",
                "فاکتور", "فاتورة الفاتورة", "חשבונית", "hoadon", "ใบแจ้งหนี้ ใบเสร็จ บิล", "faktur", "चालान");
            AddThing("product products item sku article", "produkt artikel", "produit article", "producto articulo",
                "prodotto articolo", "produto artigo", "product artikel", "produkt artikel", "produkt towar", "товар товара продукт продукта",
                "товар продукт", "produkt zbozi", "produkt tovar", "tuote tuotteen", "produkt vare", "produkt vare", "urun", "termek", "produs",
                "προιον προιοντος", "产品 產品 商品", "商品 製品", "상품 제품", "محصول کالا", "المنتج منتج", "מוצר", "sanpham", "สินค้า",
                "produk", "उत्पाद");
            // A product's option or variant, a marketplace's listing of it (Coupang's "옵션ID", "노출상품ID"): its id is the product's.
            AddThing("option options variant variants variation variations listing listings", "variante", "variante declinaison",
                "variante variacion opcion", "variante opzione", "variante variacao opcao", "variant optie", "variant", "wariant",
                "вариант", "varianta", "varyant", "variacio", "varianta", "παραλλαγη", "规格 規格 选项 選項", "オプション バリエーション",
                "옵션 옵션명", "ตัวเลือก", "varian");
            // "TrxID", "TxnID", "Txn No" (a Bangladeshi donation's bKash transaction): the abbreviations payment gateways write.
            AddThing("transaction transactions trx txn txid", "transaktion zahlung", "paiement", "transaccion pago", "transazione pagamento",
                "transacao pagamento", "transactie betaling", "transaktion betalning", "transakcja platnosc", "транзакция платеж", "транзакція платіж",
                "transakce platba", "transakcia platba", "maksu", "betaling", "betaling", "odeme islem", "tranzakcio fizetes", "tranzactie plata",
                "συναλλαγη πληρωμη", "交易 支付 付款", "取引 支払", "거래 결제", "تراکنش پرداخت", "معاملة دفع", "תשלום", "giaodich", "ธุรกรรม",
                "transaksi pembayaran", "लेनदेन");

            // A direct-debit mandate (GoCardless's "mandate_id" in a makerspace's members, SEPA's "Mandatsreferenz"): the payment
            // authorisation's id, never the member's.
            AddThing("mandate mandates", "mandat mandatsreferenz lastschriftmandat", "mandat", "mandato", "mandato", "mandato", "machtiging mandaat");

            // A package a shop sent (TikTok Shop's "Package ID"): its id is the package's. Not "parcel": a parcel of land
            // (openRARP's "id_parcela") is how an irrigation community keys its members, and a courier's file is about parcels.
            AddThing("package packages", "paket sendung", "colis", "paquete bulto", "pacco collo", "pacote",
                "pakket zending", "paket", "paczka przesylka", "посылка отправление", "посилка", "balik zasilka", "balik zasielka",
                "paketti", "pakke forsendelse", "pakke", "koli", "csomag", "colet", "δεμα", "包裹", "荷物 小包", "택배 소포",
                "بسته مرسوله", "طرد", "חבילה", "kienhang", "พัสดุ", "paket", "पार्सल");

            // A loan is a contract the row's borrower took out (ModoSeguro's "loan_id", a microfinance file's "Loan No"): its id
            // is the loan's, as an order's is the order's. Not "credit", which is also a card's and a limit's.
            AddThing("loan loans", "darlehen", "pret prets", "prestamo prestamos", "prestito prestiti", "emprestimo emprestimos",
                "lening leningen", "", "pozyczka pozyczki", "займ заем займа", "позика позики", "pujcka pujcky uver", "pozicka uver",
                "laina lainan", "", "", "kredi", "hitel kolcson", "imprumut", "δανειο δανειου", "贷款 貸款", "ローン 融資", "대출",
                "وام", "قرض القرض", "הלוואה", "khoanvay", "เงินกู้ สินเชื่อ", "pinjaman", "ऋण");

            // A donation is a transaction of its donor (GiveWP's "Number of donations" had split into "do" + "nations", a country).
            AddThing("donation donations", "spende spenden", "", "donacion donaciones", "donazione donazioni", "doacao doacoes",
                "donatie donaties", "", "darowizna darowizny", "пожертвование пожертвования", "пожертва", "", "", "lahjoitus",
                "", "donasjon", "bagis", "adomany", "", "δωρεα", "捐款 捐赠 捐贈", "寄付", "기부", "", "تبرع", "תרומה",
                "quyengop", "การบริจาค", "donasi", "");

            // A ride or a trip is a record of its rider (Kaizen Health's rides: "Ride ID" R-104233, one per leg, beside "Rider/Patient ID"),
            // as a booking is of its guest.
            AddThing("ride rides trip trips journey journeys", "fahrt fahrten", "trajet trajets voyage", "viaje viajes trayecto",
                "corsa corse viaggio viaggi", "viagem viagens", "rit ritten reis", "resa", "przejazd kurs podroz",
                "поездка поездки рейс", "поїздка", "jizda", "", "matka", "tur", "tur", "yolculuk sefer", "utazas", "cursa calatorie");
            // A fingerprint reader's slot (an Indonesian school's attendance export: "Finger ID" 12 beside the pupil's "NIS"): the
            // device's number for a finger, not the person's in the school's register. No record of its own the row is about.
            AddFolded(HeaderWord.Blocker, "finger fingerprint biometric", "fingerabdruck", "empreinte", "huella", "impronta", "digital biometria", "vingerafdruk",
                "fingeravtryck", "odcisk", "отпечаток", "відбиток", "otisk", "odtlacok", "sormenjalki", "fingeraftryk", "fingeravtrykk", "parmakizi",
                "ujjlenyomat", "amprenta", "δακτυλικο", "指纹 指紋", "指紋", "지문", "اثرانگشت", "البصمة بصمة", "טביעת", "vantay", "ลายนิ้วมือ", "sidikjari jari", "फिंगरप्रिंट");
            // An insurance policy or claim is a record of its holder (a Turkish agency's "POLİÇE NO", Nearmap's claim "External ID"
            // CLM-2025-00418): a client with two policies is two rows, and the policy's number is not the client's.
            AddThing("policy policies claim claims", "versicherungsschein schadenfall schadensfall", "sinistre", "poliza polizas siniestro siniestros",
                "polizza polizze sinistro sinistri", "apolice apolices sinistro sinistros", "polis schadeclaim", "forsakringsbrev", "polisa polisy szkoda",
                "полис полиса", "поліс поліса", "pojistka", "poistka", "vakuutuskirja", "police", "polise", "police polise police hasar", "kotveny",
                "polita politei", "ασφαλιστηριο", "保单 保單", "保険証券", "보험증권", "بیمه نامه", "بوليصة", "פוליסה", "hopdong baohiem", "กรมธรรม์", "polis", "पॉलिसी");

            // A contribution or a pledge to a crowdfunding project is a transaction of its backer (Catarse's "ID do apoio" beside
            // "ID do usuário"): its id is the contribution's.
            AddThing("contribution contributions pledge pledges", "", "", "aporte aportacion contribucion", "contributo", "apoio apoios contribuicao",
                "bijdrage");

            // A form's or survey's answers: each row of a survey export is a response, its id the response's ("Response ID",
            // "Submission ID"), and the survey's the same in every row. The person who answered has an id of their own.
            AddThing("response responses submission submissions survey surveys questionnaire", "antwort antworten umfrage fragebogen einsendung",
                "reponse reponses sondage questionnaire soumission", "respuesta respuestas encuesta cuestionario", "risposta risposte sondaggio questionario",
                "resposta respostas pesquisa questionario", "antwoord antwoorden enquete vragenlijst inzending", "svar enkat", "odpowiedz ankieta zgloszenie",
                "ответ ответы опрос анкета", "відповідь опитування анкета", "odpoved pruzkum dotaznik", "odpoved prieskum dotaznik", "vastaus kysely",
                "svar sporgeskema", "svar sporreskjema", "yanit anket", "valasz kerdoiv", "raspuns sondaj chestionar", "απαντηση ερωτηματολογιο",
                "回答 问卷 問卷 调查 調查", "回答 アンケート", "응답 설문", "پاسخ نظرسنجی", "الرد استطلاع استبيان", "תשובה סקר", "khaosat", "แบบสำรวจ",
                "jawaban survei", "सर्वेक्षण");

            // Parties other than the contact, places the sale was made in, lists it belongs to: their ids are never the
            // contact's, but a file naming them (nopCommerce's "AffiliateId") is still about the contacts, not about them.
            AddFolded(HeaderWord.Blocker, "affiliate affiliates vendor vendors supplier seller merchant reseller contractor contractors subcontractor subcontractors",
                "lieferant verkaufer handler subunternehmer auftragnehmer sous-traitant soustraitant subcontratista subappaltatore onderaannemer underleverantor podwykonawca",
                "affilie fournisseur vendeur marchand revendeur", "afiliado proveedor vendedor comerciante", "affiliato fornitore venditore commerciante",
                "afiliado fornecedor vendedor comerciante", "leverancier verkoper handelaar", "leverantor saljare aterforsaljare", "dostawca sprzedawca",
                "поставщик продавец партнерский", "постачальник продавець", "dodavatel prodejce", "dodavatel predajca", "toimittaja myyja",
                "leverandor saelger", "leverandor selger", "tedarikci satici", "szallito elado", "furnizor vanzator", "προμηθευτης πωλητης",
                "供应商 供應商 卖家 賣家 商家", "仕入先 販売者", "공급업체 판매자", "فروشنده تامینکننده", "المورد البائع", "ספק", "nhacungcap",
                "ผู้ขาย", "pemasok penjual", "विक्रेता");
            // The issuer of an invoice (Mexico's SAT metadata: "RfcEmisor", "NombreEmisor"): the seller, the user's own firm.
            AddFolded(HeaderWord.Blocker, "issuer issuers", "aussteller", "emetteur", "emisor emisora", "emittente", "emitente");
            AddFolded(HeaderWord.Blocker, "store stores shop", "shop laden filiale", "boutique magasin", "tienda sucursal", "negozio", "loja",
                "winkel filiaal", "butik", "sklep", "магазин магазина", "магазин", "obchod prodejna", "obchod predajna", "kauppa myymala", "butik",
                "butikk", "magaza", "bolt uzlet", "magazin", "καταστημα", "店铺 商店 門市 门店", "店舗", "매장 상점", "فروشگاه", "المتجر متجر",
                "חנות", "cuahang", "ร้าน ร้านค้า", "toko", "दुकान");
            AddFolded(HeaderWord.Blocker, "campaign campaigns", "kampagne", "campagne", "campana", "campagna", "campanha", "campagne",
                "kampanj", "kampania", "кампания кампании рассылка", "кампанія", "kampan", "kampan", "kampanja", "kampagne", "kampanje", "kampanya",
                "kampany", "campanie", "καμπανια", "营销 營銷", "キャンペーン", "캠페인", "کمپین", "الحملة حملة", "קמפיין", "chiendich",
                "แคมเปญ", "kampanye", "अभियान");
            // Prices and discounts a customer is given (Omega EDI's accounts: "pricing_profile_id"; a price list's, a discount
            // group's id): a setting's id, never the contact's key.
            AddFolded(HeaderWord.Blocker, "price prices pricing pricelist tariff tariffs discount discounts rebate", "preis preise preisliste tarif rabatt",
                "prix tarif tarifs remise", "precio precios tarifa tarifas descuento descuentos", "prezzo prezzi listino tariffa sconto",
                "preco precos desconto descontos", "prijs prijzen prijslijst korting", "pris prislista", "cena ceny cennik rabat");
            AddFolded(HeaderWord.Blocker, "list lists segment", "liste segment", "liste segment", "lista segmento", "lista segmento", "lista segmento",
                "lijst segment", "lista segment", "lista segment", "список списка сегмент", "список", "seznam", "zoznam", "lista", "liste", "liste",
                "liste", "lista", "lista", "λιστα", "列表 名单 名單", "リスト", "목록 리스트", "لیست فهرست", "القائمة قائمة", "רשימה", "danhsach",
                "รายการ", "daftar senarai", "सूची");
        }
    }
}
