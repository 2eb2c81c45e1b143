using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // Lx-Office's customers: "name", "phone", "email" (the customer, a firm or a person) and "cp_name", "cp_givenname",
    // "cp_mobile1", "cp_email" (the firm's contact person). A first word the vocabulary does not know, before several columns
    // that fill fields the plain columns already fill, heads another entity's columns: the plain ones are the row's, and
    // the prefixed ones are set aside, so a firm is never stored with its contact person's mobile. A prefix before fields
    // no plain column fills (a form's or a vendor's namespace) stays.
    internal sealed partial class ColumnMap
    {
        private void ReleaseSecondEntity()
        {
            string? First(string? header) => HeaderWords.Split(header ?? "") is var w && w.Count > 1 ? w[0] : null;
            var prefixes = Headers.Select(First).Where(p => p != null && p.Length >= 2 && HeaderVocabulary.Of(p) == HeaderWord.Unknown)
                .GroupBy(p => p!).Where(g => g.Count() >= NamespaceColumns).Select(g => g.Key).ToList();
            foreach (var prefix in prefixes)
            {
                var duplicated = PersonFields.Count(f => OverrideFor(f) == null && SourcesFor(f) is var s
                    && s.Any(c => First(c.Header) == prefix) && s.Any(c => First(c.Header) is not string p || HeaderVocabulary.Of(p) != HeaderWord.Unknown));
                if (duplicated < 2) continue;
                var released = PersonFields.SelectMany(f => Release(f, c => First(c.Header) == prefix)).Select(s => s.Header).ToList();
                if (released.Count > 0)
                {
                    _setAside.Add($"{string.Join(", ", released.Select(ColumnNames.Quote))} (another entity's columns, headed by '{prefix}', beside the row's own)");
                }
            }
        }

        // Beside a surname alone ("Surname", "Other Names": the form West African and Commonwealth registers use; openIMIS's
        // "LastName", "OtherNames"), the other names are the given names.
        private void OtherNamesAsMiddle()
        {
            if (SourcesFor(ContactField.LastName).Count > 0 && SourcesFor(ContactField.FirstName).Count == 0 && SourcesFor(ContactField.Name).Count == 0
                && OverrideFor(ContactField.FirstName) == null && OverrideFor(ContactField.Name) == null)
            {
                for (var i = 0; i < Headers.Count; i++)
                {
                    if (Headers[i] is not string given || !Unrecognized.Contains(given) || !HeaderRecognizer.OtherNames(given)) continue;
                    EditableSources(ContactField.FirstName).Add(new ColumnSource(i, given, 0, ColumnKind.Plain, ByWords: true));
                    Take(new List<string> { given });
                    return;
                }
            }
            if (SourcesFor(ContactField.FirstName).Count == 0 || SourcesFor(ContactField.LastName).Count == 0
                || OverrideFor(ContactField.MiddleName) != null || SourcesFor(ContactField.MiddleName).Count > 0)
            {
                return;
            }
            for (var i = 0; i < Headers.Count; i++)
            {
                if (Headers[i] is not string header || !Unrecognized.Contains(header) || !HeaderRecognizer.OtherNames(header)) continue;
                EditableSources(ContactField.MiddleName).Add(new ColumnSource(i, header, 0, ColumnKind.Plain, ByWords: true));
                Take(new List<string> { header });
                return;
            }
        }
    }
}
