using System;
using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // Feriennet's user export qualifies every column by the user ("Nome utente", "Cognome utente", "email utente";
    // "Prénom utilisateur·trice", "Nom utilisateur·trice") and has its own login column. "Nome utente" and "Nom utilisateur"
    // are the words for a user name, a login, but beside a family or given name qualified by the same user word they are
    // the other part of the person's name. The file decides: the user word both headers share is left out, and the rest is
    // read as a name part.
    internal sealed partial class ColumnMap
    {
        private static readonly char[] TokenSeparators = { ' ', '_', '-', '.', '\t' };

        private static void UserQualifiedNameParts(IReadOnlyList<string?> headers, KnownColumn?[] recognized, List<int> nameParts, List<int> logins)
        {
            foreach (var i in logins.ToList())
            {
                if (headers[i] is not string login) continue;
                var tokens = Tokens(login);
                for (var j = 0; j < headers.Count; j++)
                {
                    if (j == i || headers[j] is not string other || recognized[j]?.Field is not (ContactField.FirstName or ContactField.LastName)) continue;
                    var shared = tokens.Intersect(Tokens(other), StringComparer.OrdinalIgnoreCase)
                        .Where(t => HeaderWords.Split(t) is var w && w.Count == 1 && HeaderVocabulary.IsUserNoun(w[0])).ToList();
                    if (shared.Count == 0) continue;
                    var rest = string.Join(" ", tokens.Where(t => !shared.Contains(t, StringComparer.OrdinalIgnoreCase)));
                    var meaning = HeaderRecognizer.Recognize(rest);
                    if (!meaning.NamePart && meaning.Field is not (ContactField.Name or ContactField.FirstName or ContactField.LastName)) continue;
                    recognized[i] = new KnownColumn(login, meaning.Field ?? ContactField.Name, meaning.Rank, ColumnKind.Plain, "words");
                    if (meaning.NamePart) nameParts.Add(i);
                    logins.Remove(i);
                    break;
                }
            }
        }

        private static string[] Tokens(string header) => header.Split(TokenSeparators, StringSplitOptions.RemoveEmptyEntries);
    }
}
