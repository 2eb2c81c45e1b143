using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LiveDesk.Errors;
using LiveDesk.Models;
using LiveDesk.Protocol;

namespace LiveDesk.Contacts
{
    /// <summary>
    /// The matching rules, one implementation for the index and for searches: e-mail ignoring case, phone number
    /// as normalised E.164, identifier exact. A row's keys that belong to two contacts are ambiguous. E-mail and
    /// identifier belong to one person; a phone number may be shared (a switchboard). So a contact with another
    /// e-mail or identifier than the row's is not the row's contact (a conflict: two people sharing a phone are
    /// never merged), while a contact found by its e-mail or identifier with another phone number is the row's
    /// contact whose number changed (an update sends the new one; exact lookups require every key and do not
    /// return it). A key the contact lacks is no difference: an update adds it. Only the lookup differs between
    /// index and search: a dictionary hit, or a search.
    /// </summary>
    internal static class ContactMatcher
    {
        /// <summary>Matches a row through <paramref name="lookup"/> (null: nobody has that key).</summary>
        public static async Task<MatchResult> MatchAsync(ContactFields row, Func<UniqueField, string, Task<IndexedContact?>> lookup)
        {
            var found = new List<(UniqueField Field, IndexedContact Contact)>(3);
            foreach (var field in UniqueFields.All)
            {
                if (!(IndexedContact.Normalize(field, field.ValueIn(row)) is string value)) continue;
                // Keys are unique: a contact already found with this value is the only one that can have it.
                var known = found.FirstOrDefault(f => f.Contact.ValueOf(field) == value).Contact;
                var holder = known ?? await lookup(field, value).ConfigureAwait(false);
                if (holder != null) found.Add((field, holder));
            }
            return Decide(row, found);
        }

        /// <summary>Matches a row against the index, without any request.</summary>
        public static MatchResult Match(ContactFields row, ContactIndex index) =>
            MatchAsync(row, (field, value) => Task.FromResult(index.Find(field, value))).GetAwaiter().GetResult();

        private static MatchResult Decide(ContactFields row, List<(UniqueField Field, IndexedContact Contact)> found)
        {
            if (found.Count == 0) return new MatchResult { Kind = MatchKind.None };
            var (by, contact) = found[0];
            foreach (var (field, other) in found)
            {
                if (other.Id != contact.Id) return new MatchResult { Kind = MatchKind.Ambiguous, Contact = contact, By = by, Other = other, Differs = field };
            }
            var phoneDiffers = false;
            foreach (var field in UniqueFields.All)
            {
                var wanted = IndexedContact.Normalize(field, field.ValueIn(row));
                var actual = contact.ValueOf(field);
                if (wanted == null || actual == null || string.Equals(wanted, actual, StringComparison.Ordinal)) continue;
                if (field == UniqueField.PhoneNumber && by != UniqueField.PhoneNumber) phoneDiffers = true;
                else return new MatchResult { Kind = MatchKind.Conflict, Contact = contact, By = by, Differs = field };
            }
            return new MatchResult { Kind = MatchKind.Found, Contact = contact, By = by, PhoneDiffers = phoneDiffers };
        }

        /// <summary>The error for an Ambiguous or a Conflict result; the row is the TargetObject.</summary>
        public static LiveDeskException Failure(MatchResult match, ContactFields row)
        {
            var contact = match.Contact!;
            if (match.Kind == MatchKind.Ambiguous)
            {
                var other = match.Other!;
                return Failures.Fail(ErrorIds.AmbiguousMatch, LiveDeskErrorKind.InvalidData,
                    $"The row's {match.By.Describe()} '{match.By.ValueIn(row)}' belongs to contact {contact.Id}, its {match.Differs.Describe()} '{match.Differs.ValueIn(row)}' to contact {other.Id}: " +
                    $"the row cannot be matched to one contact, so nothing was changed. Correct the row, or update one of the two with Set-LiveDeskContact -Id.");
            }
            return Failures.Fail(ErrorIds.ContactConflict, LiveDeskErrorKind.ResourceExists,
                $"Contact {contact.Id} has the row's {match.By.Describe()} '{match.By.ValueIn(row)}' but another {match.Differs.Describe()} ('{contact.ValueOf(match.Differs)}'): it is not the row's contact (two people may share a phone number), so it was neither skipped nor updated and nothing was created. " +
                $"If it is the same person, update it with Set-LiveDeskContact -Id {contact.Id}; if not, leave the shared {match.By.Describe()} out of the row.");
        }

        /// <summary>
        /// What an update has to send for the row: the fields whose value differs from the contact's (a new phone
        /// number included), and the keys the contact lacks. Null when the row equals the contact (Unchanged). E-mail compares ignoring case,
        /// custom attributes one by one (the API merges them, so attributes the row leaves out do not count).
        /// The avatar URL is not compared: LiveDesk does not return it, so a row cannot tell whether it changed.
        /// </summary>
        public static ContactFields? Changes(ContactFields row, IndexedContact contact)
        {
            var patch = new ContactFields();
            var any = false;
            if (row.Name != null && Fingerprint.OfName(row.Name) != contact.NameHash) { patch.Name = row.Name; any = true; }
            if (row.Email != null && contact.Email == null) { patch.Email = row.Email; any = true; }
            if (row.PhoneNumber != null && row.PhoneNumber != contact.PhoneNumber) { patch.PhoneNumber = row.PhoneNumber; any = true; }
            if (row.Identifier != null && contact.Identifier == null) { patch.Identifier = row.Identifier; any = true; }
            foreach (var (key, value) in row.AdditionalAttributes())
            {
                if (value == null || Array.BinarySearch(contact.AdditionalHashes, Fingerprint.OfAttribute(key, value)) >= 0) continue;
                patch.SetAdditionalAttribute(key, value);
                any = true;
            }
            if (row.CustomAttributes != null && row.CustomAttributes.Count > 0)
            {
                var changed = new Hashtable();
                foreach (DictionaryEntry e in row.CustomAttributes)
                {
                    var name = Convert.ToString(e.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                    if (Array.BinarySearch(contact.AttributeHashes, Fingerprint.OfAttribute(name, e.Value)) < 0) changed[e.Key] = e.Value;
                }
                if (changed.Count > 0) { patch.CustomAttributes = changed; any = true; }
            }
            return any ? patch : null;
        }
    }
}
