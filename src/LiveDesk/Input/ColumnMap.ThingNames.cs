using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // The name of a thing: Russian "Наименование", "Название", Ukrainian "Назва", Serbian and Croatian "Naziv", Czech and
    // Slovak "Název", Romanian "Denumire", Hungarian "Megnevezés", Estonian "Nimetus", Lithuanian "Pavadinimas", Latvian
    // "Nosaukums", Polish "Nazwa". An ERP's list of parties (Minimax's "Šifra;Naziv;Naslov", 1C's and wStore's
    // counterparties) heads the party's name so, a person's or a firm's. The header alone names nothing: in an order export
    // the same word is the product's name. The file decides:
    // - beside the row's own given and family names it is the organisation's name, and its values decide whether it is the
    //   company (Symfonia's "Nazwa" with "Imię" and "Nazwisko"), as a customer's name is;
    // - where no column names a person, it is the name when its first values are names of persons or organisations (no
    //   numbers, answers, addresses or e-mail addresses).
    internal sealed partial class ColumnMap
    {
        private static readonly HashSet<string> ThingNameWords = Folded(
            "название наименование назва найменування назив наименувание nazev nazov naziv denumire denumirea megnevezes nimetus "
            + "pavadinimas nosaukums nazwa");

        private static bool IsThingNameWord(string word) => ThingNameWords.Contains(word);

        // An establishment: a register of doctors' practices and clinics (the Czech NRPZS's "NazevZarizeni", the name of the
        // facility), of schools or of shops lists places run by someone, one per row. Its name beside no person's name is the
        // party's, as a thing's name is; its values still decide.
        private static readonly HashSet<string> EstablishmentWords = Folded(
            "zarizeni zarizenim zariadenie zariadenia ustanova ustanove instituce institucia placowka placowki intezmeny intezmeny "
            + "facility establishment institution einrichtung etablissement establecimiento estabelecimento stabilimento struttura "
            + "учреждение учреждения установа установи заклад закладу");

        /// <summary>
        /// True for a header that is the name of a thing alone, or of the file's party ("Наименование", "Nazwa", "Naziv kupca",
        /// "Denumire client", "Наименование контрагента").
        /// </summary>
        internal static bool NamesThingOnly(string? header)
        {
            var words = HeaderWords.Split(header ?? "");
            // "Facility Name", "Nom établissement": the establishment's name, with a plain name word too.
            if (words.Any(EstablishmentWords.Contains) && words.Any(w => IsThingNameWord(w) || HeaderVocabulary.Of(w) is HeaderWord.Name or HeaderWord.NamePart)
                && words.All(w => EstablishmentWords.Contains(w) || IsThingNameWord(w)
                    || HeaderVocabulary.Of(w) is HeaderWord.Name or HeaderWord.NamePart or HeaderWord.Connector))
                return true;
            return words.Any(IsThingNameWord) && words.All(w => IsThingNameWord(w) || IsPartyWord(w) || IsPartyNoun(w) || IsPartnerWord(w)
                || HeaderVocabulary.Of(w) == HeaderWord.Connector);
        }

        // A party's name: a person's, or an organisation's. Digits only with a legal form ("Studio 54 s.r.o."): a product's
        // name carries a model or a size ("iPhone 15 128GB").
        private static bool LooksLikePartyName(string text) =>
            LooksLikePersonName(text) || (LooksLikeOrganisation(text) && !ValueShapes.IsYesNo(text)
                && (LegalForms.IsLegalEntity(text) || !text.Any(char.IsDigit)));
    }
}
