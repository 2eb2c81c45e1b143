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
            var found = NamesOf(ChildWords.Contains, ContactField.Name, ContactField.FirstName, ContactField.LastName, ContactField.MiddleName);
            _childNames.AddRange(Take(found));
        }

        // Coding Pirates' people ("Navn", "Tlf (barn)", "Email (barn)", "Tlf (forælder)", "Email (familie)"): beside the row's
        // own plain name, contact columns marked as the child's and others marked as the parent's make a list of children (and
        // whoever else the club counts as a member): the child's phone and e-mail are the row's own. The parent's stay
        // someone else's. Not where the row's name is marked too ("Child name" in a staff record names someone else).
        private void ChildsContactsBesideGuardians()
        {
            var own = new[] { ContactField.Name, ContactField.FirstName, ContactField.LastName }.SelectMany(SourcesFor).ToList();
            if (own.Count == 0 || own.Any(s => HeaderWords.Split(s.Header).Any(w => ChildWords.Contains(w) || HeaderVocabulary.IsGuardianWord(w)))) return;
            if (NamesOf(HeaderVocabulary.IsGuardianWord, ContactField.Email, ContactField.PhoneNumber).Count == 0) return;
            var found = NamesOf(ChildWords.Contains, ContactField.Email, ContactField.PhoneNumber);
            if (found.Count == 0 || found.Any(f => OverrideFor(f.Meaning.Field!.Value) != null)) return;
            // Before any unmarked column of the same field (the family's address is the fallback).
            foreach (var (index, header, meaning) in found)
            {
                EditableSources(meaning.Field!.Value).Insert(0, new ColumnSource(index, header, meaning.Rank, ColumnKind.Plain, ByWords: true));
            }
            Take(found.Select(f => f.Header).ToList());
            // The family's address or phone ("Email (familie)") reaches the child too: after the child's own.
            Take(NamesOf(Unrecognized.Contains, HouseholdWord, ContactField.Email, ContactField.PhoneNumber));
        }

        private static bool HouseholdWord(string word) =>
            word.StartsWith("famil", System.StringComparison.Ordinal) || word is "household" or "haushalt" or "husstand" or "hushall" or "gezin" or "foyer" or "hogar";

        // The columns about someone else that name one role's name or name part and nothing else once the one word for the role
        // is left out ("Lapsen nimi", "ชื่อผู้ปกครอง").
        private List<(int Index, string Header, HeaderMeaning Meaning)> NamesOf(System.Func<string, bool> roleWord, params ContactField[] fields) =>
            NamesOf(AboutSomeoneElse.Contains, roleWord, fields);

        // The same among the headers <paramref name="pool"/> holds (the unused ones, say).
        private List<(int Index, string Header, HeaderMeaning Meaning)> NamesOf(System.Func<string, bool> pool, System.Func<string, bool> roleWord, params ContactField[] fields)
        {
            var found = new List<(int Index, string Header, HeaderMeaning Meaning)>();
            for (var i = 0; i < Headers.Count; i++)
            {
                if (Headers[i] is not string header || !pool(header) || _overrideIndex.ContainsValue(i)) continue;
                var words = CutNames ? JoinLetterName(HeaderWords.Split(header)).Select(w => w == "fname" ? "firstname" : w).ToList() : HeaderWords.Split(header);
                if (words.Count(roleWord) != 1) continue;
                var meaning = WithoutWords(words, j => roleWord(words[j]));
                if (meaning.Field is not ContactField field || !fields.Contains(field) || meaning.Elsewhere) continue;
                found.Add((i, header, meaning));
            }
            return found;
        }

        // The file cuts "first name" and "surname" to a letter before "name" ("Agent_F_Name" beside "Agent_S_Name").
        private bool CutNames => _cutNames ??= Headers.Any(h => JoinLetterName(HeaderWords.Split(h ?? "")) is var w && (w.Contains("sname") || w.Contains("lname")));
        private bool? _cutNames;

        // The columns become the row's name: read by their words, no longer someone else's.
        private List<string> Take(List<(int Index, string Header, HeaderMeaning Meaning)> found)
        {
            foreach (var (index, header, meaning) in found)
            {
                EditableSources(meaning.Field!.Value).Add(new ColumnSource(index, header, meaning.Rank, ColumnKind.Plain, ByWords: true));
            }
            var taken = found.Select(f => f.Header).ToList();
            Take(taken);
            return taken;
        }

        private void Take(List<string> taken)
        {
            if (taken.Count == 0) return;
            AboutSomeoneElse = AboutSomeoneElse.Where(h => !taken.Contains(h)).ToArray();
            Unrecognized = Unrecognized.Where(h => !taken.Contains(h)).ToArray();
        }

        // Takes out of a field's sources the columns that are someone else's, and returns them; none where -Map decides the field.
        private List<ColumnSource> Release(ContactField field, System.Func<ColumnSource, bool> theirs)
        {
            if (OverrideFor(field) != null || !_sources.TryGetValue(field, out var sources)) return new List<ColumnSource>();
            var released = sources.Where(theirs).ToList();
            foreach (var source in released) sources.Remove(source);
            return released;
        }

        // The opposite of Take: columns that are someone else's, released from the row's fields (or read by no rule, so that
        // their values are not read either), with the reason for -Verbose.
        private void Give(List<string> released, string why)
        {
            if (released.Count == 0) return;
            var given = released.Distinct().ToList();
            AboutSomeoneElse = AboutSomeoneElse.Concat(given.Where(h => !AboutSomeoneElse.Contains(h))).ToArray();
            Unrecognized = Unrecognized.Where(h => !given.Contains(h)).ToArray();
            _setAside.Add($"{string.Join(", ", given.Select(h => ColumnNames.Quote(h)))} ({why})");
        }

        // A Thai family booking app's users ("ชื่อผู้ปกครอง", the parent's name, beside "เบอร์โทรศัพท์" and "อีเมล", and the
        // children's nicknames): no column names the row's own person or a child, and the phone and e-mail are nobody else's.
        // They reach the parent, the one person the row names: the parent's name is the row's. Not where a phone or e-mail
        // column is headed by a party (a student's e-mail: the row is the student's), nor with two parents' names, nor beside
        // any other name.
        private void GuardianIsTheRow()
        {
            var contacts = SourcesFor(ContactField.Email).Concat(SourcesFor(ContactField.PhoneNumber)).ToList();
            if (new[] { ContactField.Name, ContactField.FirstName, ContactField.LastName }.Any(f => OverrideFor(f) != null || SourcesFor(f).Count > 0)
                || ContactPersonIndex >= 0 || _childNames.Count > 0 || contacts.Count == 0 || contacts.Any(s => PartyWordsOf(s.Header).Count > 0))
            {
                return;
            }
            var found = NamesOf(HeaderVocabulary.IsGuardianWord, ContactField.Name, ContactField.FirstName, ContactField.LastName);
            if (found.Count == 0 || found.GroupBy(f => f.Meaning.Field).Any(g => g.Count() > 1)) return;
            // Any other person's name in the file may be the row's own, read later by its values (a health plan's "NOME_USUARIO",
            // the member, beside "NOME_MAE", the member's mother): then the parent is someone else. A thing's name ("Pet Name",
            // "Product Name": a word the vocabulary does not know, or one that blocks) is no person's.
            for (var i = 0; i < Headers.Count; i++)
            {
                if (found.Any(f => f.Index == i) || Headers[i] is not string other) continue;
                var roles = HeaderWords.Split(other).Select(HeaderVocabulary.Of).ToList();
                if (roles.Any(r => r is HeaderWord.Name or HeaderWord.NamePart or HeaderWord.First or HeaderWord.Last)
                    && !roles.Any(r => r is HeaderWord.Unknown or HeaderWord.Blocker or HeaderWord.Elsewhere))
                {
                    return;
                }
            }
            _guardianNames.AddRange(Take(found));
        }

        private readonly List<string> _guardianNames = new List<string>();

        /// <summary>
        /// The columns about a guardian (a parent's or caregiver's e-mail, phone or name), where the row's own address or number
        /// may repeat the guardian's: Sporty's child members carry the parent's address in their own "Email".
        /// </summary>
        internal IReadOnlyList<int> GuardianColumns => _guardianColumns ??= Enumerable.Range(0, Headers.Count)
            .Where(i => Headers[i] is string h && AboutSomeoneElse.Contains(h) && HeaderWords.Split(h).Any(HeaderVocabulary.IsGuardianWord)).ToList();
        private List<int>? _guardianColumns;

        // Pickatime's parent file ("ParentID", "First", "Last", "Email"): an id named by a guardian word alone is the row's own
        // where the row's names and contacts name no party and no column names a child, a pupil or anyone else: the file
        // lists the parents. Beside a pupil's columns it stays the parent's, someone else's.
        private void GuardianKeyAlone()
        {
            if (OverrideFor(ContactField.Identifier) != null || _idCandidates.Count > 0 || _childNames.Count > 0 || AboutSomeoneElse.Count > 0) return;
            var own = PersonFields.Concat(new[] { ContactField.Email, ContactField.PhoneNumber }).SelectMany(SourcesFor).ToList();
            if (own.Count == 0 || own.Any(s => PartyWordsOf(s.Header).Count > 0 || HeaderWords.Split(s.Header).Any(HeaderVocabulary.IsGuardianWord))) return;
            if (Headers.Any(h => HeaderWords.Split(h ?? "").Any(ListedPersonWords.Contains))) return;
            var keys = Enumerable.Range(0, Headers.Count).Where(i => Unrecognized.Contains(Headers[i]) && HeaderWords.Split(Headers[i] ?? "") is var w
                && w.Any(HeaderVocabulary.IsGuardianWord) && w.Any(x => HeaderVocabulary.Of(x) == HeaderWord.Id)
                && w.All(x => HeaderVocabulary.IsGuardianWord(x) || HeaderVocabulary.Of(x) is HeaderWord.Id or HeaderWord.Connector)).ToList();
            if (keys.Count != 1) return;
            _idCandidates.Add(new ColumnSource(keys[0], Headers[keys[0]], HeaderRecognizer.OwnNumberRank, ColumnKind.Plain, ByWords: true));
            EditableSources(ContactField.Identifier);
            Unrecognized = Unrecognized.Where(h => h != Headers[keys[0]]).ToArray();
            ChooseIdentifiers();
        }

        // A petition's, a post's or a listing's creator (the Senedd's e-petitions: "id", "action", "creator_name",
        // "creator_email", "signature_count"): where no column names the row's own person, the creator is whom the row reaches,
        // and the bare id is the created thing's, no key of theirs. Beside any person of the row's own, a creator stays
        // someone else's (a CRM record's creator is a user).
        private static readonly HashSet<string> CreatorWords = Folded("creator creators ersteller erstellerin createur createurs creador creadora creatore autore criador autor auteur");

        private void CreatorIsTheRow()
        {
            if (PersonFields.Concat(new[] { ContactField.Email, ContactField.PhoneNumber }).Any(f => OverrideFor(f) != null || SourcesFor(f).Count > 0)
                || ContactPersonIndex >= 0 || _childNames.Count > 0 || _guardianNames.Count > 0) return;
            var found = NamesOf(CreatorWords.Contains, ContactField.Name, ContactField.FirstName, ContactField.LastName, ContactField.Email, ContactField.PhoneNumber);
            if (!found.Any(f => f.Meaning.Field is ContactField.Name or ContactField.LastName or ContactField.Email)
                || found.GroupBy(f => f.Meaning.Field).Any(g => g.Count() > 1)) return;
            Take(found);
            var things = _idCandidates.Where(c => c.Rank == HeaderRecognizer.RecordKeyRank).ToList();
            foreach (var c in things) _notKeys[c.Index] = "the created record's id, beside its creator: no key of theirs";
            if (things.Count > 0) ChooseIdentifiers();
        }
        private readonly List<string> _listedGuardianNames = new List<string>();

        // The roles a file lists people of on their own: agents, owners, drivers, technicians. Not an emergency contact, a spouse
        // or a manager, who are someone's.
        private static readonly HashSet<string> ListedRoles = Folded(
            "agent agents agente agentes owner owners propietario propietaria proprietaire eigentumer besitzer halter inhaber pemilik sahibi "
            + "driver drivers courier couriers technician technicians rep reps representative representatives broker brokers seller sellers");

        // magriculture's extension agents ("Mobile_Number_1", "Agent_F_Name", "Agent_S_Name"), a property manager's owners ("Owner
        // Name", "Owner Email"): where nothing names the row's own person, its company or a child, and the people the file names
        // are all of one role, that role's person is whom the row reaches: the file lists them. Of two roles, neither.
        private void OneRoleIsTheRow()
        {
            // The row's own phone or e-mail may stand unqualified beside them ("Mobile_Number_1"): the listed person's.
            // An id of the row's own (a login, "Employee ID") says the row is someone the file does not name: then the role is
            // someone else's (an emergency contact, a child).
            var contacts = SourcesFor(ContactField.Email).Concat(SourcesFor(ContactField.PhoneNumber)).ToList();
            if (new[] { ContactField.Name, ContactField.FirstName, ContactField.LastName, ContactField.Company, ContactField.Identifier }
                    .Any(f => OverrideFor(f) != null || SourcesFor(f).Count > 0) || _idCandidates.Count > 0
                || OverrideFor(ContactField.Email) != null || OverrideFor(ContactField.PhoneNumber) != null
                || contacts.Count == 0 || contacts.Any(s => PartyWordsOf(s.Header).Count > 0)
                || ContactPersonIndex >= 0 || _childNames.Count > 0 || _guardianNames.Count > 0 || _listedGuardianNames.Count > 0) return;
            var roles = AboutSomeoneElse.SelectMany(h => HeaderWords.Split(h).Where(w => HeaderVocabulary.Of(w) == HeaderWord.Elsewhere && ListedRoles.Contains(w))).Distinct().ToList();
            List<(int Index, string Header, HeaderMeaning Meaning)>? only = null;
            foreach (var role in roles)
            {
                var found = NamesOf(h => AboutSomeoneElse.Contains(h) || Unrecognized.Contains(h), w => w == role, ContactField.Name, ContactField.FirstName, ContactField.LastName, ContactField.Email, ContactField.PhoneNumber);
                if (found.Count == 0) continue;
                if (only != null || found.GroupBy(f => f.Meaning.Field).Any(g => g.Count() > 1)) return;
                if (!found.Any(f => f.Meaning.Field is ContactField.Name or ContactField.LastName)) return;
                only = found;
            }
            if (only == null) return;
            _roleNames.AddRange(Take(only));
        }

        private readonly List<string> _roleNames = new List<string>();

        // Pupils and children as a row lists them, numbered ("Prénom élève 1", "Child 2 Name").
        private static readonly HashSet<string> ListedPersonWords = new HashSet<string>(ChildWords.Concat(Folded(
            "student pupil schuler schueler eleve etudiant etudiante alumno alumna alunno alunna aluno aluna leerling elev uczen ученик "
            + "学生 生徒 학생 ogrenci opiskelija")), System.StringComparer.Ordinal);

        // ONDE (the register of France's primary schools) exports one row per parent: "Nom responsable", "Prénom responsable", the
        // parent's "Courriel" and phones, then "Nom de famille élève 1", "Prénom élève 1" up to "élève 3", the pupils the parent
        // is responsible for. Pupils or children numbered 1, 2, 3 are a list the row holds, not the row: the one guardian the row
        // names unnumbered is ("responsable" there is the legal guardian, not the staff member in charge it is in a CRM). Taking
        // the first pupil, every parent was stored under a child's name. Only where the phone and e-mail columns name no party,
        // a second numbered pupil is named, and the guardian's name is one person's.
        private void GuardianOfNumberedChildren()
        {
            var nameFields = new[] { ContactField.Name, ContactField.FirstName, ContactField.MiddleName, ContactField.LastName };
            if (nameFields.Any(f => OverrideFor(f) != null)) return;
            bool Listed(ColumnSource s) => SlotOf(s.Header) is int n && n >= 1 && HeaderWords.Split(s.Header).Any(ListedPersonWords.Contains);
            var own = new[] { ContactField.Name, ContactField.FirstName, ContactField.LastName }.SelectMany(SourcesFor).ToList();
            if (own.Count == 0 || !own.All(Listed) || !own.Any(s => SlotOf(s.Header) == 1)) return;
            if (!Headers.Any(h => SlotOf(h) is int n && n >= 2 && NamesAPerson(h) && HeaderWords.Split(h!).Any(ListedPersonWords.Contains))) return;
            var contacts = SourcesFor(ContactField.Email).Concat(SourcesFor(ContactField.PhoneNumber)).ToList();
            if (contacts.Count == 0 || contacts.Any(s => PartyWordsOf(s.Header).Count > 0)) return;
            var found = NamesOf(w => HeaderVocabulary.IsGuardianWord(w) || w is "responsable" or "responsables",
                ContactField.Name, ContactField.FirstName, ContactField.LastName);
            if (found.Count == 0 || found.GroupBy(f => f.Meaning.Field).Any(g => g.Count() > 1)) return;
            var listed = nameFields.SelectMany(f => Release(f, Listed)).Select(s => ColumnNames.Quote(s.Header)).ToList();
            _setAside.Add($"{string.Join(", ", listed)} (the numbered pupils or children the row lists; the row is their guardian's)");
            _listedGuardianNames.AddRange(Take(found));
        }
    }
}