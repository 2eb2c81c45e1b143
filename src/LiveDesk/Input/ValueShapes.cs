using System.Linq;
using System.Text.RegularExpressions;

namespace LiveDesk.Input
{
    /// <summary>
    /// What a value is by its shape alone, for the rules that look at values: a bare e-mail address, a date or time, a
    /// value with no letter at all. Dates, times and numbers are never names, logins, e-mail addresses or phone numbers.
    /// </summary>
    internal static class ValueShapes
    {
        // Characters that never occur in a bare address outside a quoted local part (which no export writes): the
        // display-name and list syntax around addresses, and the brackets and quotes of JSON.
        private const string NotInAddress = @"\s@""<>()\[\]{},;:\\";
        private static readonly Regex BareAddress = new Regex(
            $"^[^{NotInAddress}]+@[^{NotInAddress}.][^{NotInAddress}]*\\.[^{NotInAddress}.]+$", RegexOptions.CultureInvariant);

        // "Ann Lee <ann@x.com>", "<ann@x.com>", "mailto:ann@x.com", "Ann Lee (ann@x.com)": the address in the forms mail
        // programs write it.
        private static readonly Regex Wrapped = new Regex(@"^(?:(?<n>[^<>]*)<\s*(?:mailto:)?(?<a>[^<>\s]+)\s*>|mailto:(?<a>\S+)|[^()@]*\(\s*(?<a>[^()\s]+@[^()\s]+)\s*\))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        // 2024-03-01, 01.03.2024, 3/1/24, each optionally with a time (08:12, 08:12:44.123) and a zone (Z, +00:00, UTC);
        // a time alone; an ISO week or ordinal date is rare enough to leave out.
        private static readonly Regex DateTime = new Regex(
            @"^(\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})?([ T]*\d{1,2}:\d{2}(:\d{2}([.,]\d+)?)?\s*([aApP]\.?[mM]\.?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$",
            RegexOptions.CultureInvariant);

        /// <summary>True for a bare e-mail address: one @, a dotted domain, nothing around it (no name, brackets, quotes or list).</summary>
        public static bool IsBareAddress(string text) => BareAddress.IsMatch(text) && !IpHost.IsMatch(text);

        // A SIP call's id ("6df985daa2cda05492ef@201.175.159.193": FusionPBX's call records) has the shape of an address, but a
        // host written as an IPv4 address is no mail domain anyone gives a contact.
        private static readonly Regex IpHost = new Regex(@"@\d{1,3}(?:\.\d{1,3}){3}$", RegexOptions.CultureInvariant);

        /// <summary>The bare address in "Name &lt;address&gt;" or "mailto:address", else null.</summary>
        public static string? Unwrap(string text)
        {
            var m = Wrapped.Match(text.Trim());
            return m.Success && IsBareAddress(m.Groups["a"].Value) ? m.Groups["a"].Value : null;
        }

        /// <summary>
        /// The text a mail program shows before "&lt;address&gt;" ("Ann Lee" of "Ann Lee &lt;ann@example.com&gt;"), without the
        /// quotes around it; null when the value is no such wrapped address.
        /// </summary>
        public static string? ShownName(string text)
        {
            var m = Wrapped.Match(text.Trim());
            return m.Success && m.Groups["n"].Success && IsBareAddress(m.Groups["a"].Value) ? m.Groups["n"].Value.Trim().Trim('"', '\'', ' ').Trim() : null;
        }

        /// <summary>True for a date, a time or both ("2024-03-01 08:12:44+00:00", "01.03.2024", "08:12").</summary>
        public static bool IsDateOrTime(string text)
        {
            var t = text.Trim();
            var m = t.Length >= 4 ? DateTime.Match(t) : Match.Empty;
            return m.Success && (m.Groups[1].Success || m.Groups[2].Success);
        }

        /// <summary>True for a date with a time of day ("2021-03-04 11:00:00", "04.03.2021 11:00"): a moment, never a column's name.</summary>
        public static bool IsDateAndTime(string text)
        {
            var t = text.Trim();
            var m = t.Length >= 4 ? DateTime.Match(t) : Match.Empty;
            return m.Success && m.Groups[1].Success && m.Groups[2].Success;
        }

        /// <summary>True when the value has no letter at all: a number, a date, a time, an amount. Never a name.</summary>
        public static bool HasNoLetter(string text) => !text.Any(char.IsLetter);

        /// <summary>
        /// True when the value is digits and punctuation alone ("1", "-", "(0)"): it names nobody. Unlike
        /// <see cref="HasNoLetter"/> a name of emoji or other symbols is still a name.
        /// </summary>
        public static bool NamesNobody(string text) => text.All(c => char.IsDigit(c) || char.IsPunctuation(c) || char.IsWhiteSpace(c) || c == '+');

        // Yes, no, true and false as programs and people write them, in the languages the header vocabulary reads. The
        // digits and "x" are not here: a tick or a 0 is a flag of any kind, and a place column may hold "0" for none.
        private static readonly System.Collections.Generic.HashSet<string> YesNoWords = new System.Collections.Generic.HashSet<string>(new[]
        {
            "yes", "no", "y", "n", "true", "false", "ja", "nein", "j", "oui", "non", "vrai", "faux", "si", "sí", "sì", "s",
            "verdadero", "falso", "vero", "sim", "não", "nao", "waar", "onwaar", "nee", "nej", "sant", "falskt", "tak", "nie",
            "ano", "ne", "igen", "nem", "da", "nu", "evet", "hayır", "hayir", "kyllä", "ei", "jah", "taip", "jā", "nē",
            "да", "нет", "не", "так", "ні", "ναι", "όχι", "כן", "לא", "نعم", "لا", "是", "否", "はい", "いいえ", "예", "아니오",
            "아니요", "ใช่", "ไม่", "có", "không", "ya", "tidak", "oo", "hindi", "wahr", "falsch", "bai", "ez",
        }, System.StringComparer.OrdinalIgnoreCase);

        // What programs show where a person gave no name: "Anonymous user" (Nextcloud Forms' "Anonymer Benutzer", "Anonym
        // bruker"), "Unknown", "Inconnu"; in any of the vocabulary's languages.
        private static readonly System.Collections.Generic.HashSet<string> AnonymousWords = new System.Collections.Generic.HashSet<string>(new[]
        {
            "anonymous", "anonym", "anonyme", "anonymer", "anonymes", "anonymen", "anonima", "anonimo", "anonimos", "anoniem",
            "anonieme", "anonymni", "anonimowy", "anonimowa", "anonim", "anonimni", "анонимный", "аноним", "анонім",
            "анонімний", "ανωνυμος", "ανωνυμο", "مجهول", "אנונימי", "unknown", "unbekannt", "unbekannter", "inconnu", "inconnue",
            "desconocido", "desconocida", "sconosciuto", "sconosciuta", "desconhecido", "desconhecida", "onbekend", "okand",
            "ukjent", "ukendt", "nieznany", "nieznana", "tuntematon", "ismeretlen", "bilinmeyen", "неизвестный", "невідомий",
            // A meter route's "VACANT": a connection with no occupant (SmartFusion's Smart Earth export). MeOS's start lists name
            // an empty start slot "Vakant" (German, Swedish, Danish) or "Vacant"; Polish writes "wakat".
            "vacant", "vacante", "vakant", "wakat",
        }.Select(HeaderWords.Fold), System.StringComparer.Ordinal);

        private static readonly char[] WordBreaks = { ' ', '-', '_', '(', ')', '.' };

        // The words a spreadsheet writes on its summary lines below the people ("Total", "Monthly total", "Grand total", "Summe",
        // "Итого", "合计", Bengali "মোট"), in the vocabulary's languages. Not "sum" nor Vietnamese "tổng" alone (Cantonese and
        // Vietnamese surnames), nor Hindi "कुल" (Kul Bhushan).
        private static readonly System.Collections.Generic.HashSet<string> SummaryWords = new System.Collections.Generic.HashSet<string>(new[]
        {
            "total", "totals", "subtotal", "grandtotal", "gesamt", "gesamtsumme", "summe", "zwischensumme", "insgesamt", "somme",
            "soustotal", "suma", "sumatoria", "totale", "somma", "subtotale", "totaal", "subtotaal", "totalt", "summa", "i alt",
            "yhteensa", "osszesen", "celkem", "spolu", "razem", "lacznie", "ukupno", "skupaj", "итого", "всего", "сумма", "разом",
            "усього", "общо", "вкупно", "укупно", "συνολο", "συνολικα", "toplam", "genel toplam", "jumla", "jumlah", "kokku", "kopa",
            "kopsumma", "is viso", "合计", "合計", "总计", "總計", "小计", "小計", "共计", "共計", "총계", "합계", "소계",
            "รวม", "ยอดรวม", "tong cong", "مجموع", "المجموع", "الإجمالي", "الاجمالي", "اجمالي", "جمع", "סהכ", "סך הכל", "סיכום",
            "योग", "মোট", "மொத்தம்", "మొత్తం", "ಒಟ್ಟು", "ആകെ",
            // Counts: Turkish "sayısı" (e-Okul's "Öğrenci Sayısı"), German "Anzahl", Dutch "aantal".
            "sayisi", "anzahl", "aantal",
            // The title of a summary block below the people (a gym's member list ends with "REZIME", then labels and figures).
            "summary", "rezime", "sazetak", "povzetek", "zusammenfassung", "resumen", "resumo", "riepilogo", "samenvatting",
            "sammanfattning", "sammendrag", "opsummering", "yhteenveto", "podsumowanie", "souhrn", "zhrnutie", "osszesites",
            "osszegzes", "rezumat", "ozet", "итоги", "сводка", "підсумки", "підсумок", "汇总", "匯總", "요약", "集計", "สรุป",
            "tom tat", "ringkasan", "ملخص", "خلاصه", "सारांश",
        }.Select(HeaderWords.Fold), System.StringComparer.Ordinal);

        /// <summary>
        /// True for the label of a spreadsheet's summary line where a name would be ("Total", "Monthly total:", "Grand Total",
        /// "মাসিক মোট:"): a value ending in a colon (a label; no name does), or of at most three words one of which is a total
        /// word. Such a line is no person, and a row with nothing else is refused.
        /// </summary>
        public static bool IsSummaryLabel(string text)
        {
            if (text.Length > 40) return false;
            var trimmed = text.Trim();
            if (trimmed.Length > 1 && (trimmed[trimmed.Length - 1] == ':' || trimmed[trimmed.Length - 1] == '：')) return true;
            // e-Okul's class list ends with "Kız Öğrenci Sayısı : 3" (the count of girls): a label with its figure after a colon
            // is read by its label.
            var colon = trimmed.LastIndexOfAny(new[] { ':', '：' });
            if (colon > 0 && colon < trimmed.Length - 1 && trimmed.Substring(colon + 1).Trim() is { Length: > 0 } figure
                && figure.All(c => char.IsDigit(c) || c is '.' or ',' or ' ')) trimmed = trimmed.Substring(0, colon).Trim();
            if (trimmed.Any(char.IsSurrogate) || !(ShortValueWords(trimmed) is System.Collections.Generic.List<string> words)) return false;
            var folded = words.Select(w => w.Trim('"', '\'', '*')).ToList();
            if (folded.Any(SummaryWords.Contains)) return true;
            for (var i = 0; i + 1 < folded.Count; i++) if (SummaryWords.Contains(folded[i] + " " + folded[i + 1]) || SummaryWords.Contains(folded[i] + folded[i + 1])) return true;
            return false;
        }

        /// <summary>
        /// True for a template's note on a column ("WAJIB", "Opsional", "required", "Pflichtfeld", "必須"): an import template
        /// keeps a line of them below its header, saying which columns must be filled.
        /// </summary>
        public static bool IsFieldNote(string text)
        {
            var t = text.Trim().Trim('(', ')', '[', ']', '*').Trim();
            // A broken surrogate is no note, and normalising it (folding) throws.
            return t.Length > 0 && t.Length <= 24 && !t.Any(char.IsSurrogate) && FieldNotes.Contains(HeaderWords.Fold(t));
        }

        private static readonly System.Collections.Generic.HashSet<string> FieldNotes = new System.Collections.Generic.HashSet<string>(new[]
        {
            "required", "optional", "mandatory", "wajib", "opsional", "pflicht", "pflichtfeld", "obligatoire", "facultatif", "facultative",
            "obligatorio", "obligatoria", "opcional", "obbligatorio", "facoltativo", "verplicht", "optioneel", "obrigatorio", "obrigatoria",
            "wymagane", "opcjonalne", "obowiazkowe", "обязательно", "обязательное", "необязательно", "zorunlu", "istege bagli", "bat buoc",
            "tuy chon", "diperlukan", "必須", "任意", "必填", "选填", "選填", "可选", "필수", "선택",
        }.Select(HeaderWords.Fold), System.StringComparer.Ordinal);

        /// <summary>
        /// True for an address a program or a clerk writes where a person has none: its local part or a label of its domain is
        /// a word saying so ("noemail@gmail.com", "no.email@none.com", "sincorreo@x.com"), or a placeholder (EC-CUBE writes a
        /// withdrawn member's address as 60 random characters "@dummy.dummy"). Every such row would share the one address and
        /// match the first; the reserved test domains (example.com) are real enough.
        /// </summary>
        public static bool IsPlaceholderAddress(string text)
        {
            var at = text.LastIndexOf('@');
            if (at <= 0 || at == text.Length - 1 || text.Length > 254) return false;
            var local = LettersOnly(text.Substring(0, at));
            if (NoAddressWords.Contains(local) || PlaceholderDomainWords.Contains(local)) return true;
            return text.Substring(at + 1).Split('.').Select(LettersOnly).Any(label => PlaceholderDomainWords.Contains(label) || NoAddressWords.Contains(label));
        }

        private static string LettersOnly(string part) => new string(part.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());

        // "No e-mail" run together, in the languages of the vocabulary's none-words (and the dotted, dashed or underscored
        // spellings, which fold to these).
        private static readonly System.Collections.Generic.HashSet<string> NoAddressWords = new System.Collections.Generic.HashSet<string>(new[]
        {
            "noemail", "nomail", "noaddress", "noemailaddress", "noreply", "donotreply", "none", "unknown", "keinemail", "keineemail",
            "keinemailadresse", "pasdemail", "pasdemel", "aucunemail", "sinemail", "sincorreo", "sinmail", "sememail", "semmail",
            "nessunaemail", "nessunamail", "geenemail", "geenmail", "ingenmail", "ingenepost", "brakmaila", "brakemaila",
        }, System.StringComparer.Ordinal);

        // Words that mark a made-up value wherever they stand in an address.
        private static readonly System.Collections.Generic.HashSet<string> PlaceholderDomainWords = new System.Collections.Generic.HashSet<string>(new[]
        {
            "dummy", "fake", "placeholder", "invalid", "null",
        }, System.StringComparer.Ordinal);

        /// <summary>
        /// True for the placeholder a program writes where a person gave no name ("Anonymous", "Anonymer Benutzer",
        /// "Unknown visitor", "匿名ユーザー"): a word for anonymous or unknown in a value of at most three words.
        /// </summary>
        public static bool IsAnonymous(string text)
        {
            // Asked of every name cell of every row: a long value is a name, and a plain word needs no folding.
            if (text.Length > 40) return false;
            if (text.IndexOf("匿名", System.StringComparison.Ordinal) >= 0 || text.IndexOf("익명", System.StringComparison.Ordinal) >= 0) return true;
            // WeChat's name for a user who shared no profile (likeshop's members): no one's name.
            if (text.Trim() == "微信用户") return true;
            if (!(ShortValueWords(text) is System.Collections.Generic.List<string> words)) return false;
            return words.Any(AnonymousWords.Contains) || GenericBuyerWords(words) || (words.Count > 1 && GoneAccountPhrases.Contains(string.Join(" ", words)))
                || (words.Count == 2 && DeletedWords.Contains(words[0]) && (GoneAccounts.Contains(words[1]) || HeaderVocabulary.Of(words[1]) == HeaderWord.IdOwner))
                || (words.Count is 1 or 2 && VisitorWords.Contains(words[0]) && (words.Count == 1 || words[1].TrimStart('#').All(char.IsDigit)));
        }

        // The mail providers that give addresses to anyone: a domain shared by a file's users and its rows says nothing there.
        private static readonly System.Collections.Generic.HashSet<string> MailProviderNames = new System.Collections.Generic.HashSet<string>(new[]
        {
            "gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "live", "msn", "icloud", "me", "mac", "aol", "gmx", "web",
            "mail", "yandex", "ya", "rambler", "qq", "163", "126", "sina", "naver", "daum", "hanmail", "proton", "protonmail", "zoho",
            "rediffmail", "t-online", "orange", "free", "laposte", "libero", "virgilio", "wp", "o2", "onet", "interia", "seznam",
            "centrum", "bol", "uol", "terra", "ig", "abv", "freenet", "bluewin", "telenet", "skynet", "ziggo", "kpnmail", "btinternet",
            "sky", "comcast", "verizon", "att", "sbcglobal", "bigpond", "optusnet", "xtra", "shaw", "rogers", "sympatico", "videotron",
        }, System.StringComparer.OrdinalIgnoreCase);

        /// <summary>True for a domain of a mail provider that gives addresses to anyone (gmail.com, yahoo.co.jp, web.de).</summary>
        public static bool IsMailProvider(string domain)
        {
            var labels = domain.Trim().ToLowerInvariant().Split('.');
            return labels.Length >= 2 && MailProviderNames.Contains(labels[0]);
        }

        /// <summary>
        /// True for a value that is one word of its own column's header ("Customer" under "*Customer First Name", "Vorname"
        /// under "Vorname"): a filler a tool or a template wrote where the person gave nothing.
        /// </summary>
        public static bool RepeatsHeader(string value, string? header)
        {
            var text = value.Trim();
            if (header == null || text.Length < 3 || text.Length > 30 || !text.All(char.IsLetter)) return false;
            var folded = HeaderWords.Fold(text);
            return HeaderWords.Split(header).Contains(folded);
        }

        /// <summary>
        /// True for a till's or a ledger's placeholder for sales to anyone ("Walk-in Customer", "Consumidor Final", "現金売上",
        /// "Hotovostný predaj"): a record of the source system that names no one in particular, whatever code it has.
        /// </summary>
        public static bool IsGenericBuyer(string text) =>
            text.Length <= 40 && ShortValueWords(text) is System.Collections.Generic.List<string> words && GenericBuyerWords(words);

        // One word is a placeholder only in a script written without spaces (現金売上) or as a compound of the two parts below
        // ("Kontantkunde"); "Cash" alone may be a name.
        private static bool GenericBuyerWords(System.Collections.Generic.List<string> words) =>
            ((words.Count > 1 || (words.Count == 1 && words[0].Any(c => c >= '\u2E80'))) && GenericBuyers.Contains(string.Join(" ", words)))
            || ForAnyone(words);

        // The same placeholder in any of the languages whose words are below: a word for how or to whom the sale was made (cash,
        // over the counter, various, occasional) and a word for the buyer or the sale, and nothing else but short linking words
        // ("Client divers", "Gotovinski kupec", "Diverse Debitoren", "Cliente eventual", "Peşin Müşteri"), or the two written as
        // one word ("Kontantkunde", "Kontantsalg", "Käteisasiakas", "Laufkunde", "Sammeldebitor"). A ledger opens one such
        // account for the till; it is no one in particular. "Cash" or "Kunde" alone may be someone's name.
        private static bool ForAnyone(System.Collections.Generic.List<string> words)
        {
            if (words.Count == 1) return CompoundForAnyone(words[0]);
            bool how = false, whom = false;
            foreach (var word in words)
            {
                if (SaleManners.Contains(word)) how = true;
                else if (SaleParties.Contains(word)) whom = true;
                else if (!(word.Length == 1 || SaleLinks.Contains(word))) return false;
            }
            return how && whom;
        }

        private static bool CompoundForAnyone(string word)
        {
            // Asked of every one-word name: a few prefixes are tried, and nothing is cut unless one begins the word.
            if (word.Length < 7 || word.Length > 24) return false;
            foreach (var head in CompoundManners)
            {
                if (!word.StartsWith(head, System.StringComparison.Ordinal)) continue;
                var rest = word.Substring(head.Length);
                if (SaleParties.Contains(rest) || (rest.Length > 4 && rest[0] == 's' && SaleParties.Contains(rest.Substring(1)))) return true;
            }
            return false;
        }

        private static System.Collections.Generic.HashSet<string> Folded(params string[] lines) =>
            new System.Collections.Generic.HashSet<string>(HeaderVocabulary.FoldAll(lines), System.StringComparer.Ordinal);

        // Cash; over the counter or walking in; various, sundry, occasional, generic, final, retail.
        private static readonly System.Collections.Generic.HashSet<string> SaleManners = Folded(
            "cash counter walkin walk sundry sundries misc miscellaneous various generic occasional casual retail final",
            "kontant kontanti käteinen käteis gotovinski gotovinska gotovinsko gotovina hotovost hotovostný hotovostní hotovostná",
            "gotówka gotówkowy gotówkowa gotówkowi készpénz készpénzes nakit peşin numerar comptant contado contante contanti efectivo",
            "comptoir mostrador passage occasionnel occasionnelle ocasional eventual eventuale occasionale",
            // Dutch "Inloopklant", "Contante verkoop", "Passant"; Brazilian "Cliente Avulso", "Venda Balcão".
            "inloop contant passant avulso avulsa balcao",
            // Croatian and Serbian "Kupci na malo" (e-računi's retail customers), Lithuanian "Mažmeninis pirkėjas" (Būtent's retail buyer).
            "malo mazmeninis mazmenine mazmeniniai",
            "divers diverse diversen diversos diversas diversi varios varias vari varie razni različiti różni różne ostali",
            "generico generica genérico genérica générique detaliczny detaliczna maloprodajni розничный розничные разные наличные",
            // Indonesian and Malay "Pelanggan Umum", "Pelanggan Tunai" (general, cash customer), Turkish "Perakende Müşteri", Greek
            // "Πελάτης λιανικής", Arabic "عميل نقدي" (retail, cash).
            "umum tunai eceran perakende λιανικης λιανικη μετρητοις نقدي نقدا");

        // The buyer, the customer, the debtor, or the sale itself.
        private static readonly System.Collections.Generic.HashSet<string> SaleParties = Folded(
            "customer customers client clients buyer buyers purchaser debtor debtors sale sales consumer public",
            "cliente clientes clienti klant klanten kunde kunden kund kunder kundschaft asiakas asiakkaat kupec kupac kupci kupca kupcev",
            "zákazník zákazníci zákazníka klient klienci klienti klientów odbiorca odbiorcy debitor debitoren deudor deudores debiteur debiteuren",
            "comprador compradores acheteur acheteurs acquirente consumidor consommateur müşteri müşteriler",
            "salg försäljning myynti verkauf verkäufe verkoop vente ventes venta ventas vendita vendite venda vendas predaj prodej prodaja sprzedaż vânzare vânzări",
            "покупатель покупатели клиент клиенты pelanggan pembeli konsumen πελατης πελατες عميل عملاء زبون",
            "pirkejas pirkejai pircejs pirceji",
            // Hungarian "Készpénzes vevő" (Kulcs-Soft's cash customer).
            "vevo vevok");

        // Linking words a placeholder may have ("Client de passage", "Vente au comptoir", "Walk in customer").
        private static readonly System.Collections.Generic.HashSet<string> SaleLinks = Folded(
            "de del di da du des la le al au the of za na in en per pour para por og und et y e i");

        // Compounds begin with these ("Kontant|kunde", "Käteis|asiakas", "Bar|verkauf", "Lauf|kunde", "Sammel|debitor").
        private static readonly System.Collections.Generic.HashSet<string> CompoundManners = Folded(
            "kontant käteis bar lauf sammel divers diverse kassa kasse inloop contant");

        // A live chat's name for a visitor who gave none (Live Helper Chat's "Посетитель", "Visitor 4821"): alone, or with the
        // number the chat gave it. A word among others ("Guest House Müller") is a name.
        private static readonly System.Collections.Generic.HashSet<string> VisitorWords = new System.Collections.Generic.HashSet<string>(new[]
        {
            "visitor", "guest", "besucher", "gast", "visiteur", "visitante", "invitado", "ospite", "visitatore", "bezoeker",
            "besokare", "gosc", "ziyaretci", "посетитель", "гость", "відвідувач", "гість", "επισκεπτης", "زائر", "מבקר",
        }.Select(HeaderWords.Fold), System.StringComparer.Ordinal);

        // The placeholder a till or a tax register writes for a sale to no one in particular: Argentina's "Consumidor Final",
        // Mexico's "PUBLICO EN GENERAL" (the generic receiver of a CFDI), a shop's "Walk-in Customer" or "Cash Customer".
        private static readonly System.Collections.Generic.HashSet<string> GenericBuyers = new System.Collections.Generic.HashSet<string>(new[]
        {
            "consumidor final", "publico en general", "publico general", "cliente final", "cliente generico", "cliente contado",
            "cliente de contado", "cliente mostrador", "walk in customer", "walkin customer", "cash customer", "general public", "cash sale", "cash sales",
            "consumidor final anonimo", "client comptoir",
            // Japanese accounting's partner for cash sales and sundries (freee's "現金売上", "諸口"), Chinese walk-in and cash customers.
            "現金売上", "現金販売", "現金客", "諸口", "散客", "现金客户", "現金客戶", "零售客户", "零售客戶",
            // Central European tills' buyers for receipts: Slovak and Czech cash sales, Polish and Romanian retail sales.
            "hotovostny predaj", "hotovostni prodej", "prodej za hotove", "sprzedaz detaliczna", "klient detaliczny",
            "vanzare cu amanuntul", "client persoana fizica", "maloprodaja", "gotovinska prodaja",
            // Vietnamese accounting's (MISA's) walk-in customer: "Khách lẻ", "Khách hàng lẻ", "Khách vãng lai".
            "khach le", "khach hang le", "khach vang lai",
        }.Select(p => string.Join(" ", p.Split(' ').Select(HeaderWords.Fold))), System.StringComparer.Ordinal);

        // A messenger's or forum's placeholder for an account that is gone (Telegram's "Deleted Account", a backup tool's "Deleted
        // user"): no name, but someone who was there, so kept apart from the buyers for sales to anyone.
        private static readonly System.Collections.Generic.HashSet<string> GoneAccountPhrases = new System.Collections.Generic.HashSet<string>(new[]
        {
            "deleted account", "deleted user", "deleted contact", "geloschtes konto", "geloschter benutzer", "compte supprime", "cuenta eliminada",
            "удаленный аккаунт", "удалённый аккаунт",
        }.Select(p => string.Join(" ", p.Split(' ').Select(HeaderWords.Fold))), System.StringComparer.Ordinal);

        // A record that is gone, of any party (TeamUp's "(Deleted Customer)", "Deleted member", "Removed user"): no one's name.
        private static readonly System.Collections.Generic.HashSet<string> DeletedWords = new System.Collections.Generic.HashSet<string>(new[]
        {
            "deleted", "removed", "anonymized", "anonymised", "geloschter", "geloschtes", "geloschte", "supprime", "supprimee", "eliminado",
            "eliminada", "borrado", "borrada", "excluido", "excluida", "eliminato", "eliminata", "cancellato", "verwijderd", "verwijderde",
            "borttagen", "usuniety", "usunieta", "удаленный", "удалённый", "удаленная", "удалённая",
        }.Select(HeaderWords.Fold), System.StringComparer.Ordinal);

        private static readonly System.Collections.Generic.HashSet<string> GoneAccounts = new System.Collections.Generic.HashSet<string>(new[]
        {
            "account", "user", "contact", "profile", "konto", "benutzer", "kontakt", "compte", "utilisateur", "cuenta", "usuario", "conta",
            "utente", "account", "gebruiker", "anvandare", "uzytkownik", "аккаунт", "пользователь", "контакт",
            // Fab-manager's German "Gelöschter Nutzer" (a deleted user's reservations), "Mitglied" and "Kunde" gone the same way.
            "nutzer", "nutzerin", "mitglied", "kunde", "member", "customer", "client", "membre",
        }.Select(HeaderWords.Fold), System.StringComparer.Ordinal);

        // The words of a value of at most three words, folded as the vocabulary's words are; null for a longer value. Asked of
        // every name cell of every row, so a plain word is only lower-cased. Emoji and broken surrogates are no word here, and
        // normalising a lone surrogate throws.
        private static System.Collections.Generic.List<string>? ShortValueWords(string text)
        {
            var words = text.Split(WordBreaks, System.StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 3) return null;
            return words.Where(w => !w.Any(char.IsSurrogate)).Select(w => w.All(c => c < 128) ? w.ToLowerInvariant() : HeaderWords.Fold(w)).ToList();
        }

        /// <summary>
        /// True for a yes/no answer ("nein", "Oui", "TRUE", "да"): the value of a flag, never a company's or a town's name.
        /// hitobito's "Firma" (is this person a company?) holds it beside "Firmenname".
        /// </summary>
        public static bool IsYesNo(string text) => YesNoWords.Contains(text.Trim().TrimEnd('.', '!'));
    }
}
