using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // An Arab four-part name in four columns (a Saudi charity's beneficiaries: "الاسم", "اسم الاب", "اسم الجد", "اسم العائلة";
    // Iraqi and Yemeni registers the same): the given name, the father's, the grandfather's and the family name are one
    // person's name, the nasab between the given and the family name. A father's name alone is a parent's (a school's
    // "Father's name" beside the pupil's), someone else's; nobody lists a grandfather to contact, so a grandfather's name
    // column says the father's and the grandfather's names are links of the row's own name.
    internal sealed partial class ColumnMap
    {
        private static readonly HashSet<string> FatherWords = Folded(
            "father fathers vater pere padre pai vader fader ojciec otec apa baba ata ota отец отца батько батька "
            + "اب الاب والد الوالد ابو پدر باوک אב האב");

        private static readonly HashSet<string> GrandfatherWords = Folded(
            "grandfather grandfathers grossvater grandpere abuelo avo nonno grootvader farfar morfar dziadek dedecek isoisa nagyapa bunic dede "
            + "дед деда дедушка дід діда جد الجد پدربزرگ باپیر סבא");

        /// <summary>The father's and the grandfather's name columns of a four-part name, in that order; empty when there are none.</summary>
        internal IReadOnlyList<int> NameChain { get; private set; } = System.Array.Empty<int>();

        private void FindNameChain()
        {
            // Without a family name too: an Ethiopian or Eritrean name is the given name, the father's and the grandfather's (Oda
            // Bultum's applications: "personal_name", "personal_fatherName", "personal_gFatherName").
            if (OverrideFor(ContactField.Name) != null || SourcesFor(ContactField.FirstName).Count + SourcesFor(ContactField.Name).Count == 0) return;
            int father = -1, grandfather = -1;
            for (var i = 0; i < Headers.Count; i++)
            {
                if (Headers[i] is not string header || _overrideIndex.ContainsValue(i)) continue;
                var words = HeaderWords.Split(header);
                if (!words.Any(w => HeaderVocabulary.Of(w) is HeaderWord.Name or HeaderWord.NamePart)) continue;
                // "personal_" before every column says the applicant's own, as a home qualifier would.
                var rest = words.Where(w => HeaderVocabulary.Of(w) is not (HeaderWord.Name or HeaderWord.NamePart or HeaderWord.Connector or HeaderWord.Home or HeaderWord.Neutral)).ToList();
                // "gFatherName": the grandfather cut to its initial.
                if (rest.Count == 2 && rest[0] is "g" or "gr" or "grand" && FatherWords.Contains(rest[1])) rest = new List<string> { "grandfather" };
                if (rest.Count != 1) continue;
                if (GrandfatherWords.Contains(rest[0]) || string.Concat(words).Contains("grandfather")) grandfather = grandfather < 0 ? i : grandfather;
                else if (FatherWords.Contains(rest[0])) father = father < 0 ? i : father;
            }
            if (father < 0 || grandfather < 0) return;
            NameChain = new[] { father, grandfather };
            foreach (var list in _sources.Values) list.RemoveAll(s => s.Index == father || s.Index == grandfather);
            AboutSomeoneElse = AboutSomeoneElse.Where(h => h != Headers[father] && h != Headers[grandfather]).ToArray();
            Unrecognized = Unrecognized.Where(h => h != Headers[father] && h != Headers[grandfather]).ToArray();
        }

        private IEnumerable<string> DescribeNameChain() =>
            NameChain.Count == 0 ? Enumerable.Empty<string>()
                : new[] { $"Name's middle from {ColumnNames.Quote(Headers[NameChain[0]])} and {ColumnNames.Quote(Headers[NameChain[1]])} (the father's and the grandfather's names of a four-part name)" };
    }
}
