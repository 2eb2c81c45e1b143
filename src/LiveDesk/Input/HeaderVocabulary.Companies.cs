namespace LiveDesk.Input
{
    // Company words of languages the lines before do not cover, and variant spellings: Greek "Εταιρία" (a common spelling
    // of Εταιρεία), Lithuanian "Įmonė", Latvian "Uzņēmums" (a public app's 'companies.company' label), Estonian "Ettevõte"
    // (a public app's company_name label, next to "Registrikood"), Slovenian "Podjetje", Croatian "Tvrtka", Serbian
    // "Preduzeće"/"Kompanija", Indonesian "Perusahaan", Malay "Syarikat", Thai "บริษัท", Vietnamese "Công ty" (two words,
    // listed joined), Hindi "कंपनी", with the genitive forms exports write ("Nazwa firmy" is read by stems already).
    internal static partial class HeaderVocabulary
    {
        private static void AddCompanies()
        {
            AddFolded(HeaderWord.Company, "εταιρια εταιριας", "imone imones", "uznemums uznemuma organizacija", "ettevote ettevotte organisatsioon",
                "podjetje podjetja druzba", "tvrtka tvrtke kompanija preduzece preduzeca poduzece", "perusahaan syarikat organisasi",
                "บริษัท องค์กร", "congty", "कंपनी संगठन");
            // A farm is the firm an agricultural supplier's client is (Herbic CRM's "Ferme" beside "Prénom", "Nom"; a farm account
            // with no person is named by it).
            AddFolded(HeaderWord.Company, "farm ferme granja fazenda boerderij fattoria gospodarstwo");
        }
    }
}
