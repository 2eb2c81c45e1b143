using System.Collections.Generic;
using System.Linq;

namespace LiveDesk.Input
{
    // A row that names no person is named by its organisation (RowReader): an invoicing program's customer that is a firm.
    // Not when the organisation is shared: France Travail's trainee extract names each trainee's training provider in
    // "dc_raisonsociale", and rows with different e-mail addresses or phones under one organisation are different parties
    // that belong to it (its trainees, its staff, its members), not the organisation itself. Named so, every trainee of one
    // provider would be stored under the provider's name, and matched as one contact.
    internal sealed partial class ColumnMap
    {
        private bool? _companyShared;

        /// <summary>True when rows with different e-mail addresses or phones share one organisation in the first rows.</summary>
        internal bool CompanyNamesManyParties => _companyShared == true;

        private bool OrganisationNameNeedsValues() =>
            _companyShared == null && OverrideFor(ContactField.Name) == null && SourcesFor(ContactField.Company).Count > 0
            && new[] { ContactField.Name, ContactField.FirstName, ContactField.LastName }.All(f => SourcesFor(f).Count == 0);

        private void DecideSharedCompany(List<InputRow> sample)
        {
            if (!OrganisationNameNeedsValues()) return;
            var company = SourcesFor(ContactField.Company)[0].Index;
            var reach = SourcesFor(ContactField.Email).Take(1).Concat(SourcesFor(ContactField.PhoneNumber).Take(1)).Select(s => s.Index).ToList();
            _companyShared = false;
            if (reach.Count == 0) return;
            foreach (var group in sample.GroupBy(r => CellText(r, company)).Where(g => !string.IsNullOrEmpty(g.Key) && g.Count() > 1))
            {
                if (!reach.Any(i => group.Select(r => CellText(r, i)).Where(t => !string.IsNullOrEmpty(t)).Distinct(System.StringComparer.OrdinalIgnoreCase).Count() > 1)) continue;
                _companyShared = true;
                _setAside.Add($"{ColumnNames.Quote(Headers[company])} as the name (rows with different addresses or phones share its values: the organisation they belong to)");
                return;
            }
        }
    }
}
