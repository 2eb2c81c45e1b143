using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // A whole-name column written family name first by a convention its values show: French sports and school lists put the
    // family name in capitals before the given name (OpenDossard's entrants: "MARTIN Julien", "LE GALL Maëlle"); Russian CRMs
    // hold the full name as ФИО, the family name before the given name and the patronymic (amoCRM's "Полное имя контакта":
    // "Смирнова Елена Викторовна"). Read one value at a time, "IBM France" or "Орлов Максим" says nothing; most of a column's
    // first values do. Under the convention the name is stored given name first, as the parts are composed
    // ("Julien MARTIN", "Елена Викторовна Смирнова"), and a two-word value of the same column follows it ("Максим Орлов").
    internal sealed partial class ColumnMap
    {
        /// <summary>How the first whole-name column writes its names, as its first values show.</summary>
        internal NameOrder NameOrder { get; private set; }

        private bool NameOrderUndecided() => !_valuesRead && OverrideFor(ContactField.Name) == null && SourcesFor(ContactField.Name).Count > 0;

        /// <summary>
        /// True when the first row's name is written family name first ("MARTIN Julien"): only then are the first rows held for
        /// their values to decide the column's convention. A file whose first name says nothing of it streams on unheld, and a
        /// full name with the patronymic last is still read given name first, one value at a time.
        /// </summary>
        internal bool NameOrderShownBy(InputRow row)
        {
            if (!NameOrderUndecided()) return false;
            var text = Plain(CellValue.Read(row.GetValue(SourcesFor(ContactField.Name)[0].Index), splitList: false));
            return text != null && !LegalForms.IsLegalEntity(text) && (PersonName.CapitalsFirst(text) != null || PersonName.PatronymicLast(text) != null);
        }

        /// <summary>
        /// True when the first row's given-name part is written in capitals and its family-name part is not (Galette's
        /// members: "Name" DUPONT, "Surname" Marie, its English labels for nom and prénom): the first rows are then held for
        /// their values to decide which part is which.
        /// </summary>
        internal bool PartsInCapitalsShownBy(InputRow row)
        {
            if (_valuesRead || OverrideFor(ContactField.FirstName) != null || OverrideFor(ContactField.LastName) != null) return false;
            return PartsInCapitals(row) == true;
        }

        // True: the given-name part in capitals, the family-name part not; false: the other way; null: neither shows.
        private bool? PartsInCapitals(InputRow row)
        {
            if (SourcesFor(ContactField.FirstName).Count != 1 || SourcesFor(ContactField.LastName).Count != 1) return null;
            var first = Plain(CellValue.Read(row.GetValue(SourcesFor(ContactField.FirstName)[0].Index), splitList: false));
            var last = Plain(CellValue.Read(row.GetValue(SourcesFor(ContactField.LastName)[0].Index), splitList: false));
            if (first == null || last == null) return null;
            if (Capitals(first) && Mixed(last)) return true;
            if (Capitals(last) && Mixed(first)) return false;
            return null;
        }

        // Two letters or more, every one a capital.
        private static bool Capitals(string text) => text.Count(char.IsLetter) >= 2 && text.Where(char.IsLetter).All(char.IsUpper);

        private static bool Mixed(string text) => text.Any(char.IsUpper) && text.Any(char.IsLower);

        // French lists write the family name in capitals ("DUPONT Marie"): where the column read as the given name holds the
        // capitals in most of the first rows, three at least, and the other column never does, the two are the other way round,
        // whatever their headers say.
        private void DecidePartsInCapitals(List<InputRow> sample)
        {
            int swapped = 0, kept = 0;
            foreach (var row in sample)
            {
                var shown = PartsInCapitals(row);
                if (shown == true) swapped++;
                else if (shown == false) kept++;
            }
            if (swapped < 3 || kept > 0 || swapped * 5 < sample.Count * 3) return;
            var given = _sources[ContactField.FirstName];
            _sources[ContactField.FirstName] = _sources[ContactField.LastName];
            _sources[ContactField.LastName] = given;
            _byValues.Add((ContactField.LastName, $"LastName from {ColumnNames.Quote(given[0].Header)} ({swapped} of its first {sample.Count} values are in capitals beside a given name: the family name)"));
        }

        // A cell the row will be refused for (a lone surrogate: "Bo \uD83D") says nothing, and normalising it would throw.
        private static string? Plain(Cell cell) =>
            cell.Problem != null || cell.Text == null || cell.Text.Any(char.IsSurrogate) ? null : cell.Text.Trim();

        private void DecideNameOrder(List<InputRow> sample)
        {
            if (OverrideFor(ContactField.Name) != null || SourcesFor(ContactField.Name).Count == 0) return;
            var index = SourcesFor(ContactField.Name)[0].Index;
            int people = 0, capitals = 0, patronymics = 0;
            foreach (var row in sample)
            {
                var text = Plain(CellValue.Read(row.GetValue(index), splitList: false));
                if (text == null || text.IndexOf(' ') < 0 || LegalForms.IsLegalEntity(text)) continue;
                people++;
                if (PersonName.CapitalsFirst(text) != null) capitals++;
                else if (PersonName.PatronymicLast(text) != null) patronymics++;
            }
            // Three in five of at least two names: one "IBM France" among people, or one typed the other way, decides nothing.
            if (people < 2) return;
            if (capitals * 5 >= people * 3) NameOrder = NameOrder.CapitalsFirst;
            else if (patronymics * 5 >= people * 3) NameOrder = NameOrder.FamilyGivenPatronymic;
        }
    }

    /// <summary>How a whole-name column's values order the name's parts.</summary>
    internal enum NameOrder
    {
        /// <summary>As written, or nothing shows otherwise.</summary>
        AsWritten,

        /// <summary>The family name in capitals, then the given names ("MARTIN Julien").</summary>
        CapitalsFirst,

        /// <summary>Family name, given name, patronymic ("Смирнова Елена Викторовна").</summary>
        FamilyGivenPatronymic,
    }
}
