using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // Rows that are visits, bookings or orders of a person, told by what the file says of itself rather than by a list of
    // booking words: each row is one event, and the row's own bare id numbers the events, not the people.
    internal sealed partial class ColumnMap
    {
        // A moment of the row's own: a column named by date and time words alone, a time among them ("DATA/ORA", "Start Date &
        // Time", "Date/Heure"), or by a time word alone beside a date ("Data", "Ora": a restaurant's reservations). A person's
        // list has dates of its own (a birthday, the day an account was created, a last visit), each with a word that says whose
        // or which, but no hour the row happens at: each row here is one visit, and a guest who comes twice is two rows.
        private void SetAsideKeysOfMoments(List<List<string>> headerWords)
        {
            bool Only(List<string> w, params HashSet<string>[] sets) => w.Count > 0 && w.All(x => sets.Any(s => s.Contains(x)));
            var moment = headerWords.Any(w => Only(w, DateWords, StartWords) && w.Any(TimeWords.Contains) && w.Any(x => !TimeWords.Contains(x)))
                || (headerWords.Any(w => w.Count == 1 && TimeWords.Contains(w[0])) && headerWords.Any(w => w.Count == 1 && DateWords.Contains(w[0]) && !TimeWords.Contains(w[0])));
            if (!moment) return;
            foreach (var c in _idCandidates.Where(c => RowsOwnKey(c) && !_notKeys.ContainsKey(c.Index)))
            {
                _notKeys[c.Index] = "a visit's or booking's id: each row has a date and an hour of its own, and one person may come twice";
            }
        }
    }
}
