using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // A child's name is someone else's beside the row's own person ("Child name" in a staff record), but a daycare's family
    // report (eVaka's "Lapsen nimi", "Barnets namn", beside the guardians' names, phones and e-mails) has no other person of
    // its own: each row is a child. Where no column names the row's own name, e-mail or phone, a column naming only a child's
    // name (or name part) is the row's. The guardians' columns stay someone else's.
    internal sealed partial class ColumnMap
    {
        private static readonly HashSet<string> ChildWords = Folded(
            "child childs children kid kids kind kinder kindes enfant enfants hijo hijos hija nino nina figlio figli figlia bambino bambina "
            + "filho filhos filha crianca kinderen barn barnet barnets barnas dziecko dziecka dzieci lapsi lapsen lapset dite ditete dieta "
            + "gyermek gyermeke gyerek copil copilul copilului dijete djeteta ребенок ребенка ребёнок ребёнка дитина дитини cocuk cocugun cocugu "
            + "παιδι παιδιου ילד ילדה طفل الطفل 子供 児童 園児 孩子 儿童 兒童 幼儿 幼兒 아이 아동 원아");

        private readonly List<string> _childNames = new List<string>();

        private void ChildIsTheRow()
        {
            if (PersonFields.Any(f => OverrideFor(f) != null || SourcesFor(f).Count > 0) || ContactPersonIndex >= 0) return;
            var taken = new List<string>();
            for (var i = 0; i < Headers.Count; i++)
            {
                if (Headers[i] is not string header || !AboutSomeoneElse.Contains(header) || _overrideIndex.ContainsValue(i)) continue;
                var words = HeaderWords.Split(header);
                if (words.Count(ChildWords.Contains) != 1) continue;
                var meaning = WithoutWords(words, j => ChildWords.Contains(words[j]));
                if (meaning.Field is not (ContactField.Name or ContactField.FirstName or ContactField.LastName or ContactField.MiddleName) || meaning.Elsewhere) continue;
                var field = meaning.Field.Value;
                EditableSources(field).Add(new ColumnSource(i, header, meaning.Rank, ColumnKind.Plain, ByWords: true));
                taken.Add(header);
            }
            if (taken.Count == 0) return;
            AboutSomeoneElse = AboutSomeoneElse.Where(h => !taken.Contains(h)).ToArray();
            Unrecognized = Unrecognized.Where(h => !taken.Contains(h)).ToArray();
            _childNames.AddRange(taken);
        }
    }
}
