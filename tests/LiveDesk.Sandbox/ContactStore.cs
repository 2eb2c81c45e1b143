using System.Text.Json;

namespace LiveDesk.Sandbox;

/// <summary>Values of a create or update request, after validation.</summary>
internal sealed class ContactInput
{
    public bool HasName, HasEmail, HasPhone, HasIdentifier, HasAvatarUrl, HasBlocked;
    public bool Blocked;
    public string? Name, Email, Phone, Identifier, AvatarUrl;
    public Dictionary<string, JsonElement>? CustomAttributes;
    public Dictionary<string, JsonElement>? AdditionalAttributes;
}

/// <summary>The thread-safe contact store: every check-and-write happens under one lock.</summary>
internal sealed class ContactStore
{
    private static readonly IReadOnlyDictionary<string, JsonElement> Empty = new Dictionary<string, JsonElement>();

    private readonly object _gate = new();
    private readonly List<SandboxContact> _contacts = new();
    private readonly Dictionary<string, int> _byEmail = new(StringComparer.Ordinal);      // keys lower-cased
    private readonly Dictionary<string, int> _byPhone = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byIdentifier = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _bySourceId = new(StringComparer.Ordinal);

    public int Count
    {
        get { lock (_gate) return _contacts.Count; }
    }

    public IReadOnlyList<SandboxContact> Snapshot()
    {
        lock (_gate) return _contacts.ToArray();
    }

    public void Clear()
    {
        lock (_gate)
        {
            _contacts.Clear();
            _byEmail.Clear();
            _byPhone.Clear();
            _byIdentifier.Clear();
            _bySourceId.Clear();
        }
    }

    /// <summary>Stores a new contact unless e-mail, phone or identifier is taken (then <paramref name="taken"/> lists the fields).</summary>
    /// <param name="keepAdditional">Store the request's additional attributes (else they are dropped, as a create that ignores them would).</param>
    public SandboxContact? TryCreate(ContactInput input, long inboxId, out List<string>? taken, bool keepAdditional = true)
    {
        var sourceId = Guid.NewGuid().ToString("D");
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        lock (_gate)
        {
            taken = null;
            if (input.Email is { } e && _byEmail.ContainsKey(e)) (taken ??= new()).Add("email");
            if (input.Phone is { } p && _byPhone.ContainsKey(p)) (taken ??= new()).Add("phone_number");
            if (input.Identifier is { } i && _byIdentifier.ContainsKey(i)) (taken ??= new()).Add("identifier");
            if (taken is not null) return null;

            var index = _contacts.Count;
            var contact = new SandboxContact(
                index + 1,
                input.Name,
                input.Email,
                input.Phone,
                input.Identifier,
                input.AvatarUrl,
                now,
                input.CustomAttributes ?? Empty,
                keepAdditional ? input.AdditionalAttributes ?? Empty : Empty,
                new[] { new SandboxContactInbox(sourceId, inboxId) });
            _contacts.Add(contact);
            if (contact.Email is not null) _byEmail.Add(contact.Email, index);
            if (contact.PhoneNumber is not null) _byPhone.Add(contact.PhoneNumber, index);
            if (contact.Identifier is not null) _byIdentifier.Add(contact.Identifier, index);
            _bySourceId[sourceId] = index;
            return contact;
        }
    }

    public enum ResolveOutcome { Resolved, ContactNotFound, SourceNotFound, SourceTaken }

    /// <summary>
    /// The contact inbox a new conversation is created through, as Chatwoot's conversations controller finds it:
    /// with a contact id, the contact's link to the inbox (created when missing, with <paramref name="sourceId"/>
    /// when given); without one, the link whose source_id is <paramref name="sourceId"/>, which must belong to
    /// <paramref name="inboxId"/> (Chatwoot would silently use the link's own inbox).
    /// </summary>
    public ResolveOutcome ResolveContactInbox(long inboxId, long? contactId, string? sourceId, out SandboxContact? contact, out SandboxContactInbox? contactInbox)
    {
        contact = null;
        contactInbox = null;
        lock (_gate)
        {
            if (contactId is long id)
            {
                if (id < 1 || id > _contacts.Count) return ResolveOutcome.ContactNotFound;
                var index = (int)(id - 1);
                var c = _contacts[index];
                SandboxContactInbox? link;
                if (sourceId is not null)
                {
                    if (_bySourceId.TryGetValue(sourceId, out var owner))
                    {
                        link = c.ContactInboxes.FirstOrDefault(x => x.SourceId == sourceId);
                        if (owner != index || link is null || link.InboxId != inboxId) return ResolveOutcome.SourceTaken;
                    }
                    else
                    {
                        link = null;
                    }
                }
                else
                {
                    link = c.ContactInboxes.FirstOrDefault(x => x.InboxId == inboxId);
                }
                if (link is null)
                {
                    link = new SandboxContactInbox(sourceId ?? Guid.NewGuid().ToString("D"), inboxId);
                    c = c with { ContactInboxes = c.ContactInboxes.Append(link).ToArray() };
                    _contacts[index] = c;
                    _bySourceId[link.SourceId] = index;
                }
                contact = c;
                contactInbox = link;
                return ResolveOutcome.Resolved;
            }
            if (sourceId is null || !_bySourceId.TryGetValue(sourceId, out var at)) return ResolveOutcome.SourceNotFound;
            var found = _contacts[at];
            var ci = found.ContactInboxes.First(x => x.SourceId == sourceId);
            if (ci.InboxId != inboxId) return ResolveOutcome.SourceNotFound;
            contact = found;
            contactInbox = ci;
            return ResolveOutcome.Resolved;
        }
    }

    public SandboxContact? Get(long id)
    {
        lock (_gate) return id >= 1 && id <= _contacts.Count ? _contacts[(int)(id - 1)] : null;
    }

    public enum UpdateOutcome { Updated, NotFound, Taken }

    /// <summary>Applies the present fields of <paramref name="input"/> (attributes merged key by key).</summary>
    public UpdateOutcome TryUpdate(long id, ContactInput input, out SandboxContact? updated, out List<string>? taken)
    {
        updated = null;
        taken = null;
        lock (_gate)
        {
            if (id < 1 || id > _contacts.Count) return UpdateOutcome.NotFound;
            var index = (int)(id - 1);
            var old = _contacts[index];

            var email = input.HasEmail ? input.Email : old.Email;
            var phone = input.HasPhone ? input.Phone : old.PhoneNumber;
            var identifier = input.HasIdentifier ? input.Identifier : old.Identifier;

            if (email is not null && _byEmail.TryGetValue(email, out var ei) && ei != index) (taken ??= new()).Add("email");
            if (phone is not null && _byPhone.TryGetValue(phone, out var pi) && pi != index) (taken ??= new()).Add("phone_number");
            if (identifier is not null && _byIdentifier.TryGetValue(identifier, out var ii) && ii != index) (taken ??= new()).Add("identifier");
            if (taken is not null) return UpdateOutcome.Taken;

            var contact = old with
            {
                Name = input.HasName ? input.Name : old.Name,
                Email = email,
                PhoneNumber = phone,
                Identifier = identifier,
                AvatarUrl = input.HasAvatarUrl ? input.AvatarUrl : old.AvatarUrl,
                CustomAttributes = Merge(old.CustomAttributes, input.CustomAttributes),
                AdditionalAttributes = Merge(old.AdditionalAttributes, input.AdditionalAttributes),
                Blocked = input.HasBlocked ? input.Blocked : old.Blocked,
            };
            Reindex(_byEmail, old.Email, email, index);
            Reindex(_byPhone, old.PhoneNumber, phone, index);
            Reindex(_byIdentifier, old.Identifier, identifier, index);
            _contacts[index] = contact;
            updated = contact;
            return UpdateOutcome.Updated;
        }
    }

    /// <summary>Replaces the labels of contact <paramref name="id"/>; false when there is no such contact.</summary>
    public bool SetLabels(long id, IReadOnlyList<string> labels)
    {
        lock (_gate)
        {
            if (id < 1 || id > _contacts.Count) return false;
            var index = (int)(id - 1);
            _contacts[index] = _contacts[index] with { Labels = labels };
            return true;
        }
    }

    private static void Reindex(Dictionary<string, int> map, string? oldKey, string? newKey, int index)
    {
        if (oldKey == newKey) return;
        if (oldKey is not null) map.Remove(oldKey);
        if (newKey is not null) map[newKey] = index;
    }

    private static IReadOnlyDictionary<string, JsonElement> Merge(IReadOnlyDictionary<string, JsonElement> old, Dictionary<string, JsonElement>? changes)
    {
        if (changes is null || changes.Count == 0) return old;
        var merged = new Dictionary<string, JsonElement>(old.Count + changes.Count, StringComparer.Ordinal);
        foreach (var kv in old) merged[kv.Key] = kv.Value;
        foreach (var kv in changes) merged[kv.Key] = kv.Value;
        return merged;
    }

    /// <summary>Contacts matching <paramref name="query"/> (case-insensitive substring of e-mail, phone, name, identifier), or all.</summary>
    /// <param name="labels">When not empty, only contacts that have any of these labels (case-insensitive, like acts-as-taggable-on's <c>tagged_with(any: true)</c>).</param>
    public (int Total, List<SandboxContact> Page) Query(string? query, Comparison<SandboxContact>? sort, int page, int pageSize, IReadOnlyCollection<string>? labels = null)
    {
        var skip = (long)(page - 1) * pageSize;
        var byLabel = labels is { Count: > 0 };
        if (query is null && sort is null && !byLabel)
        {
            lock (_gate)
            {
                var total = _contacts.Count;
                var result = new List<SandboxContact>(pageSize);
                for (var i = skip; i < total && result.Count < pageSize; i++) result.Add(_contacts[(int)i]);
                return (total, result);
            }
        }

        List<SandboxContact> matches;
        lock (_gate)
        {
            matches = new List<SandboxContact>();
            foreach (var c in _contacts)
            {
                if (byLabel && !c.Labels.Any(l => labels!.Contains(l, StringComparer.OrdinalIgnoreCase))) continue;
                if (query is null || Contains(c.Email, query) || Contains(c.PhoneNumber, query) || Contains(c.Name, query) || Contains(c.Identifier, query))
                    matches.Add(c);
            }
        }
        if (sort is not null) matches.Sort(sort);
        var pageItems = skip >= matches.Count ? new List<SandboxContact>() : matches.Skip((int)skip).Take(pageSize).ToList();
        return (matches.Count, pageItems);
    }

    private static bool Contains(string? value, string query) =>
        value is not null && value.Contains(query, StringComparison.OrdinalIgnoreCase);
}
