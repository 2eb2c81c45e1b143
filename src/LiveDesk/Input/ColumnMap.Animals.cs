using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // Animal registers: a shelter's "zwierzeta.csv" (Imię, Gatunek, Opiekun, Telefon Opiekuna), Petstablished's pets ("Pet Breed",
    // "Current Foster/Adopter", "Pet Owner's Cell Number"). Each row is an animal, named by the plain name column and described by
    // a species or breed column; the person is its keeper (owner, guardian, caretaker, adopter), whose columns are someone else's
    // in any other file. There the keeper's columns are the row's, and the animal's own name and ids are no person's.
    internal sealed partial class ColumnMap
    {
        private static readonly HashSet<string> SpeciesWords = Folded(
            "species breed breeds gatunek rasa rasy rasse tierart hunderasse espece especie especies raza razza specie soort ras породa 品種 犬種 猫種 견종 품종 犬種・猫種");

        private static readonly HashSet<string> AnimalWords = Folded(
            "pet pets animal animals zwierze zwierzecia tier tiere haustier animale mascota mascotas huisdier djur dyr питомец животное ペット 動物 반려동물 宠物 寵物");

        private static readonly HashSet<string> KeeperWords = Folded(
            "owner owners guardian guardians caretaker caretakers keeper keepers adopter adopters foster fosters fosterer opiekun opiekuna opiekunka "
            + "wlasciciel wlasciciela besitzer besitzerin halter halterin proprietaire tuteur dueno duena dono dona proprietario propietario eigenaar "
            + "agare ejer eier omistaja владелец владельца хозяин хозяина 飼い主 주인 보호자");

        private static void AnimalKeepers(IReadOnlyList<string?> headers, KnownColumn?[] recognized, List<string> elsewhere, List<int> unknown, List<int> nameParts)
        {
            var words = headers.Select(h => h == null ? new List<string>() : HeaderWords.Split(h)).ToList();
            bool Species(List<string> w) => w.Any(SpeciesWords.Contains)
                || (w.Any(AnimalWords.Contains) && w.Any(x => x is "type" or "kind" or "typ" or "art" or "tipo" or "rodzaj"));
            if (!words.Any(Species)) return;
            var readings = new List<(int Index, HeaderMeaning Meaning)>();
            for (var i = 0; i < headers.Count; i++)
            {
                if (!words[i].Any(KeeperWords.Contains)) continue;
                var rest = words[i].Where(w => !KeeperWords.Contains(w) && !AnimalWords.Contains(w)).ToList();
                // The keeper alone ("Opiekun", "Current Foster/Adopter") holds the keeper's name.
                var meaning = rest.All(w => HeaderVocabulary.Of(w) is HeaderWord.Neutral or HeaderWord.Connector)
                    ? new HeaderMeaning(ContactField.Name, HeaderRecognizer.PlainNameRank)
                    : HeaderRecognizer.Recognize(string.Join(" ", rest));
                readings.Add((i, meaning));
            }
            if (!readings.Any(r => r.Meaning.NamePart || r.Meaning.Field is ContactField.Name or ContactField.FirstName or ContactField.LastName)) return;
            // The animal's name and ids: every name or id column the keeper's words do not head. Not a family name: an animal
            // has none, so "Apellido Paterno", "Apellido Materno" beside "Nombre del Propietario" (a Peruvian municipality's pet
            // register) are the keeper's, composed with the keeper's given names.
            var keeperNamePart = readings.Any(r => r.Meaning.NamePart);
            for (var i = 0; i < headers.Count; i++)
            {
                if (headers[i] is not string header || words[i].Any(KeeperWords.Contains)) continue;
                if (keeperNamePart && recognized[i]?.Field == ContactField.LastName && !words[i].Any(AnimalWords.Contains)) continue;
                if (!nameParts.Contains(i) && recognized[i]?.Field is not (ContactField.Name or ContactField.FirstName or ContactField.LastName
                    or ContactField.MiddleName or ContactField.Identifier)) continue;
                recognized[i] = null;
                nameParts.Remove(i);
                unknown.Remove(i);
                if (!elsewhere.Contains(header)) elsewhere.Add(header);
            }
            foreach (var (i, meaning) in readings)
            {
                if (!meaning.Elsewhere) TakeAsParty(headers, recognized, elsewhere, unknown, nameParts, i, meaning);
            }
        }
    }
}
