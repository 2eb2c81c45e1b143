using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Input;
using LiveDesk.Models;
using LiveDesk.Protocol;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// What a row would do, found without writing anything: the -WhatIf of New- and Set-LiveDeskContact. New's plan
    /// makes the same read-only lookups as the real run (the index or searches, paced as usual) and applies the same
    /// matching rules, so the preview names the real outcome: create, update (each changed field, old -> new),
    /// unchanged, existing, or the error the row would get.
    /// </summary>
    internal static class ContactPlanner
    {
        /// <summary>The planned result of a New-LiveDeskContact row: a contact whose Outcome and <see cref="LiveDeskContact.Plan"/> say what would happen.</summary>
        public static async Task<LiveDeskContact> PlanCreateAsync(ContactService service, ContactFields fields, IfExistsAction ifExists, CancellationToken ct)
        {
            if (ifExists == IfExistsAction.Error || !fields.HasUniqueField) return Created(fields);

            IndexedContact? entry = null;
            LiveDeskContact? full = null;
            MatchResult match;
            if (service.Matching != null && await service.Matching.IndexForMatchingAsync(ct).ConfigureAwait(false) is ContactIndex index)
            {
                match = ContactMatcher.Match(fields, index);
            }
            else
            {
                (match, full) = await service.MatchBySearchAsync(fields, System.Array.Empty<Protocol.UniqueField>(), ct).ConfigureAwait(false);
            }
            if (match.Kind == MatchKind.Ambiguous || match.Kind == MatchKind.Conflict) throw ContactMatcher.Failure(match, fields);
            if (match.Kind != MatchKind.Found) return Created(fields);
            entry = match.Contact!;

            if (ifExists == IfExistsAction.Skip) return Planned(entry.ToContact(fields, ContactOutcome.Existing), $"Leave existing contact {entry.Id} {fields.Describe()} as it is (-IfExists Skip)");
            var changes = ContactMatcher.Changes(fields, entry);
            if (changes == null) return Planned(entry.ToContact(fields, ContactOutcome.Unchanged), $"Leave contact {entry.Id} {fields.Describe()} unchanged: it already has the row's values");

            // The index keeps fingerprints, not values: the old values of a contact to update are re-read from its list
            // page, as Get-LiveDeskContact's lookups do; without them the preview shows "?".
            if (full == null)
            {
                try { full = await service.ReadMatchedAsync(match, fields, ct).ConfigureAwait(false); }
                catch (Errors.LiveDeskException) { full = null; }
            }
            var planned = entry.ToContact(fields, ContactOutcome.Updated);
            return Planned(planned, $"Update contact {entry.Id}: " + string.Join(", ", DescribeChanges(changes, full)));
        }

        /// <summary>
        /// The planned result of a Set-LiveDeskContact row. When the piped object is the contact itself (from
        /// Get-LiveDeskContact), each field is compared with it; otherwise the current values are not known (LiveDesk
        /// documents no read by id) and the fields are named as they would be sent.
        /// </summary>
        public static LiveDeskContact PlanUpdate(long id, ContactFields fields, LiveDeskContact? known)
        {
            if (known == null || known.Id != id)
            {
                return Planned(new LiveDeskContact { Id = id, Outcome = ContactOutcome.Updated }, ContactPreview.Update(id, fields));
            }
            var changed = DescribeChanges(fields, known).ToList();
            return changed.Count == 0
                ? Planned(new LiveDeskContact { Id = id, Outcome = ContactOutcome.Unchanged }, $"Contact {id} {Describe(known)} already has these values: the update would change nothing")
                : Planned(new LiveDeskContact { Id = id, Outcome = ContactOutcome.Updated }, $"Update contact {id} {Describe(known)}: " + string.Join(", ", changed));
        }

        private static LiveDeskContact Created(ContactFields fields) =>
            Planned(new LiveDeskContact
            {
                Name = fields.Name, Email = fields.Email, PhoneNumber = fields.PhoneNumber, Identifier = fields.Identifier,
                Company = fields.Company, City = fields.City, Country = fields.Country, CountryCode = fields.CountryCode,
                InboxId = fields.InboxId, Outcome = ContactOutcome.Created,
            }, ContactPreview.Create(fields));

        private static LiveDeskContact Planned(LiveDeskContact contact, string plan)
        {
            contact.Plan = plan;
            return contact;
        }

        private static string Describe(LiveDeskContact c) => c.Name != null ? $"'{c.Name}'" : c.Email != null ? $"<{c.Email}>" : string.Empty;

        /// <summary>"name 'Old' -> 'New'" for each field of <paramref name="patch"/> that differs from <paramref name="old"/> (old values shown as "?" when not known).</summary>
        internal static IEnumerable<string> DescribeChanges(ContactFields patch, LiveDeskContact? old)
        {
            foreach (var (label, now, before) in new (string, string?, string?)[]
            {
                ("name", patch.Name, old?.Name), ("e-mail", patch.Email, old?.Email), ("phone", patch.PhoneNumber, old?.PhoneNumber),
                ("identifier", patch.Identifier, old?.Identifier), ("company", patch.Company, old?.Company), ("city", patch.City, old?.City),
                ("country", patch.Country, old?.Country), ("country code", patch.CountryCode, old?.CountryCode),
                ("description", patch.Description, old?.AdditionalAttributes["description"] as string),
            })
            {
                if (now == null) continue;
                if (old != null && string.Equals(Blank(before), Blank(now), label == "e-mail" ? System.StringComparison.OrdinalIgnoreCase : System.StringComparison.Ordinal)) continue;
                yield return $"{label} {Show(before, old != null)} -> {Show(now, known: true)}";
            }
            if (patch.AvatarUrl != null) yield return $"avatar -> '{patch.AvatarUrl}'";
            if (patch.Blocked is bool blocked && (old == null || old.Blocked != blocked)) yield return blocked ? "blocked" : "unblocked";
            if (patch.CustomAttributes is Hashtable attributes)
            {
                foreach (var name in attributes.Keys.Cast<object>().Select(k => k.ToString()!).OrderBy(k => k, System.StringComparer.Ordinal))
                {
                    var before = old?.CustomAttributes[name];
                    if (old != null && Fingerprint.Canonical(before) == Fingerprint.Canonical(attributes[name])) continue;
                    yield return $"custom attribute {name} {(old == null ? "?" : before == null ? "(none)" : $"'{before}'")} -> '{attributes[name]}'";
                }
            }
        }

        private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

        private static string Show(string? value, bool known) => !known ? "?" : string.IsNullOrEmpty(value) ? "(none)" : $"'{value}'";
    }
}
