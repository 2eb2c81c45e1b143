using System.Collections;
using System.Collections.Generic;
using System.Linq;
using LiveDesk.Models;

namespace LiveDesk.Input
{
    /// <summary>
    /// The -WhatIf / -Confirm text: every field as it will be sent, after normalisation, so that a mangled phone number
    /// or identifier shows before anything is sent.
    /// </summary>
    internal static class ContactPreview
    {
        /// <summary>"Create contact 'Jürgen Müller' &lt;j.mueller@contoso.de&gt; +491712345678 id 4711 in inbox 407".</summary>
        public static string Create(ContactFields f) => $"Create contact {Fields(f)} in inbox {f.InboxId}";

        /// <summary>"Update contact 17: name 'Jürgen Müller', phone +491712345678".</summary>
        public static string Update(long id, ContactFields f)
        {
            var parts = new List<string>();
            if (f.Name != null) parts.Add($"name '{f.Name}'");
            if (f.Email != null) parts.Add($"e-mail <{f.Email}>");
            if (f.PhoneNumber != null) parts.Add($"phone {f.PhoneNumber}");
            if (f.Identifier != null) parts.Add($"id {f.Identifier}");
            if (f.AvatarUrl != null) parts.Add($"avatar {f.AvatarUrl}");
            foreach (var (key, value) in f.AdditionalAttributes())
            {
                if (value != null) parts.Add(value.Length == 0 ? $"{key.Replace('_', ' ')} cleared" : $"{key.Replace('_', ' ')} '{value}'");
            }
            if (f.Blocked is bool blocked) parts.Add(blocked ? "blocked" : "unblocked");
            if (f.CustomAttributes is Hashtable attributes && attributes.Count > 0)
            {
                parts.Add("custom attributes " + string.Join(", ", attributes.Keys.Cast<object>().Select(k => k.ToString()).OrderBy(k => k, System.StringComparer.Ordinal)));
            }
            return parts.Count == 0 ? $"Update contact {id}: nothing to change" : $"Update contact {id}: " + string.Join(", ", parts);
        }

        /// <summary>The fields of a contact to create, in a fixed order: 'name' &lt;e-mail&gt; phone id X avatar URL.</summary>
        public static string Fields(ContactFields f)
        {
            var parts = new List<string>();
            if (f.Name != null) parts.Add($"'{f.Name}'");
            if (f.Email != null) parts.Add($"<{f.Email}>");
            if (f.PhoneNumber != null) parts.Add(f.PhoneNumber);
            if (f.Identifier != null) parts.Add($"id {f.Identifier}");
            if (f.AvatarUrl != null) parts.Add($"avatar {f.AvatarUrl}");
            return parts.Count == 0 ? "(no fields)" : string.Join(" ", parts);
        }
    }
}
