using System;
using System.Collections.Generic;

namespace LiveDesk.Input
{
    // What a column is not: a number of a tax, trade or legal registry, and a name with a part excluded. Added before every
    // other line, so these roles win.
    // Registry words: the names of the number every country gives its businesses and taxpayers, as invoicing and CRM tools
    // label them; Invoice Ninja's locales (lang/<locale>/texts.php, keys vat_number and id_number) show how one field is
    // named across languages: "MVA-nummer", "USt-IdNr.", "Numéro de TVA", "CIF/NIF", "BTW-nummer", "KVK-nummer", "Numer NIP",
    // "REGON", "Partita IVA", "Codice Fiscale", "CVR/SE-nummer", "DIČ", "IČO", "ΑΦΜ", "Vergi Numarası", "OIB", "PVM kodas",
    // "KMKR Number", "ЕИК/Булстат", "ДДС Номер", "加值稅編號".
    internal static partial class HeaderVocabulary
    {
        private static void AddRegistries()
        {
            // One string per language group: en (and international acronyms), de, fr, es and Latin America, it, pt and Brazil,
            // nl, Nordic, pl, cs/sk, ru/uk/bg, el, tr, hu, ro, Baltic and Balkan, Chinese, Japanese, Korean.
            AddFolded(HeaderWord.Registry, "vat tax taxid taxpayer tin ein ssn abn acn gst gstin hst duns eori lei uen crn government fiscal",
                "steuer steuernummer steuerid ust ustid ustidnr umsatzsteuer handelsregister hrb hra finanzamt",
                "tva siret siren rcs fiscale", "nif cif iva ruc rut rfc cuit cuil nit",
                "piva partitaiva codicefiscale", "nipc cnpj cpf inscricao", "btw kvk rsin fiscaal", "moms momsnr momsnummer cvr mva orgnr alv ytunnus",
                "nip regon krs pesel", "ico dic dph", "инн огрн кпп окпо ндс едрпоу ипн еик булстат ддс ддв", "αφμ δου φπα γεμη",
                "vergi vkn mersis", "adoszam cegjegyzekszam", "cui onrc", "oib pvm kmkr registrikood davcna", "npwp",
                "税 稅 税号 稅號 增值税 加值稅 统一社会信用代码 統一編號 营业执照 营业执照号", "法人番号 登録番号 事業者", "사업자 사업자등록번호 법인 세금 부가세");
            // Their acronyms are words only written apart: "Ustensile" is no ust + ensile, "Nipple" no nip + ple.
            foreach (var word in FoldAll("vat tax tin ein ssn abn acn gst hst uen crn ust hrb hra tva rcs nif cif iva ruc rut rfc nit btw kvk cvr mva alv nip krs ico dic dph cui oib pvm"))
            {
                ApartOnly.Add(word);
            }

            // Number words of more languages, so "ID broj", "IDナンバー" and "ID 編號" read as an ID number, not as "<vendor> ID".
            AddFolded(HeaderWord.Number, "broj numri numeris numurs", "ナンバー 编号 編號");
            // "Br." (broj, Croatian, Serbian, Bosnian: Plan A's member list heads its members' numbers so), as "Nr." and "No." are.
            AddFolded(HeaderWord.Number, "br");
            // The same in Cyrillic: Serbian and Macedonian "број", "бр." (ClenoviSDSM's "Членска карта бр.", the member card's
            // number), Bulgarian "бр.".
            AddFolded(HeaderWord.Number, "број бр");

            // "Name (without family name)", "이름(성 제외)", "氏名(姓を除く)", "姓名(不含姓氏)": the family name excluded.
            AddFolded(HeaderWord.Except, "without excluding except excl", "ohne ausser ausgenommen exkl", "sans hors excepte", "sin excepto salvo",
                "senza escluso esclusa tranne", "sem exceto excluindo", "zonder behalve exclusief", "utan exklusive uten unntatt uden",
                "bez oprocz", "krome bez", "без кроме крім", "χωρις", "haric", "nelkul", "fara",
                "不含 不包括 除外 除去", "除く 除き 以外", "제외 제외한 빼고");
            // "(read only)", "(family name only)": a restriction, a connector between the words it restricts. In a note with a
            // system word ("read", "lesen", "lecture") the note still marks the exporting system's own column.
            AddFolded(HeaderWord.Connector, "only just", "nur", "seulement uniquement seule", "solo solamente unicamente", "sola soltanto",
                "somente apenas", "alleen", "endast bara", "tylko", "только лише", "pouze", "vain", "sadece", "csak", "doar", "μονο",
                "のみ を", "仅 僅 只", "만");
        }
    }
}
