using System.Collections;
using LiveDesk.Contacts;
using LiveDesk.Models;
using LiveDesk.Protocol;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>The packed index finds exactly what a dictionary of strings would: the same keys, the same rules.</summary>
public class IndexStoreTests
{
    private static LiveDeskContact Contact(long id, string? email = null, string? phone = null, string? identifier = null, string? name = null, Hashtable? custom = null) =>
        new() { Id = id, Name = name, Email = email, PhoneNumber = phone, Identifier = identifier, CustomAttributes = custom ?? new Hashtable() };

    [Theory]
    [InlineData("jürgen.müller@beispiel.de")]
    [InlineData("王伟@例子.中国")]
    [InlineData("emoji😀@x.io")]
    [InlineData("a\uD800@x.io")]   // a lone high surrogate
    [InlineData("a\uDC00@x.io")]   // a lone low surrogate
    [InlineData("a\uFFFD@x.io")]   // what Encoding.UTF8 would turn both into
    public void Every_key_comes_back_as_it_went_in_and_only_itself_finds_it(string email)
    {
        var others = new[] { "jürgen.müller@beispiel.de", "王伟@例子.中国", "emoji😀@x.io", "a\uD800@x.io", "a\uDC00@x.io", "a\uFFFD@x.io", "a?@x.io" };
        var index = new ContactIndex();
        index.Put(Contact(1, email, "+4930123456", "Kundennummer-Ä"));
        var found = index.Find(UniqueField.Email, email.ToUpperInvariant())!;
        Assert.Equal(email.ToLowerInvariant(), found.Email);
        Assert.Equal("+4930123456", found.PhoneNumber);
        Assert.Equal("Kundennummer-Ä", found.Identifier);
        foreach (var other in others.Where(o => o != email)) Assert.Null(index.Find(UniqueField.Email, other));
    }

    [Fact]
    public void E_mail_ignores_case_while_identifier_and_phone_compare_exactly()
    {
        var index = new ContactIndex();
        index.Put(Contact(7, "Ann.Lee@Example.COM", "+15127576000", "EMP-1"));
        Assert.Equal(7, index.Find(UniqueField.Email, "ann.lee@example.com")!.Id);
        Assert.Equal(7, index.Find(UniqueField.Email, "ANN.LEE@EXAMPLE.COM")!.Id);
        Assert.Equal(7, index.Find(UniqueField.Identifier, "EMP-1")!.Id);
        Assert.Null(index.Find(UniqueField.Identifier, "emp-1"));
        Assert.Null(index.Find(UniqueField.PhoneNumber, "+1512757600"));
        Assert.Null(index.Find(UniqueField.PhoneNumber, "+151275760000"));
        Assert.Null(index.Find(UniqueField.Email, ""));
    }

    [Fact]
    public void A_key_longer_than_a_chunk_is_stored_whole_and_the_keys_after_it_too()
    {
        var index = new ContactIndex();
        var huge = new string('x', 100_000) + "@x.io";
        index.Put(Contact(1, "before@x.io"));
        index.Put(Contact(2, huge, identifier: new string('é', 70_000)));
        index.Put(Contact(3, "after@x.io"));
        Assert.Equal(huge, index.Find(UniqueField.Email, huge)!.Email);
        Assert.Equal(2, index.Find(UniqueField.Identifier, new string('é', 70_000))!.Id);
        Assert.Equal(1, index.Find(UniqueField.Email, "before@x.io")!.Id);
        Assert.Equal(3, index.Find(UniqueField.Email, "after@x.io")!.Id);
    }

    [Fact]
    public void What_the_Unchanged_decision_needs_survives_the_packing()
    {
        var index = new ContactIndex();
        var custom = new Hashtable { ["dept"] = "Sales", ["level"] = 3 };
        var contact = Contact(5, "ann@acme.example", "+15127576000", "EMP-1", "Ann Lee", custom);
        contact.AdditionalAttributes = new Hashtable { ["company_name"] = "Acme", ["city"] = "Austin" };
        index.PutListed(contact, 12, 100);
        var entry = index.Find(UniqueField.PhoneNumber, "+15127576000")!;
        Assert.Equal((12, 100), (entry.ListedPage, entry.ListedPageSize));
        var same = Harness.Row(name: "Ann Lee", email: "ann@acme.example", phone: "+15127576000", identifier: "EMP-1");
        same.CustomAttributes = new Hashtable { ["dept"] = "Sales", ["level"] = 3 };
        same.Company = "Acme";
        same.City = "Austin";
        Assert.Null(ContactMatcher.Changes(same, entry));
        same.City = "Dallas";
        same.CustomAttributes["level"] = 4;
        var changes = ContactMatcher.Changes(same, entry)!;
        Assert.Equal("Dallas", changes.City);
        Assert.Null(changes.Company);
        Assert.Equal(new[] { "level" }, changes.CustomAttributes!.Keys.Cast<string>());
    }

    [Fact]
    public void A_full_index_refuses_a_contact_whole_and_stays_as_it_was()
    {
        var index = new ContactIndex(300_000);
        var id = 0;
        while (id < 100_000 && index.Put(Contact(++id, $"person{id}@x.io", $"+1512{id:0000000}", $"P-{id}"))) { }
        var stored = id - 1;
        Assert.InRange(stored, 100, 10_000);
        Assert.Equal(stored, index.Count);
        Assert.True(index.Bytes <= index.CapacityBytes, $"{index.Bytes} bytes in an index of {index.CapacityBytes}");
        Assert.Null(index.Find(UniqueField.Email, $"person{id}@x.io"));
        Assert.Null(index.Find(UniqueField.Identifier, $"P-{id}"));
        Assert.Equal(stored, index.Find(UniqueField.Identifier, $"P-{stored}")!.Id);
    }

    [Fact]
    public void Under_any_sequence_of_puts_it_finds_what_a_dictionary_of_strings_finds()
    {
        // The rules the index had as dictionaries: a contact's new keys replace its old ones, and a key moves to the
        // contact that was put last with it. Small pools of keys make contacts share, take and drop each other's keys.
        var random = new Random(25);
        var index = new ContactIndex();
        var byId = new Dictionary<long, IndexedContact>();
        var byKey = UniqueFields.All.ToDictionary(f => f, _ => new Dictionary<string, long>());
        string? Pick(string prefix, int pool) => random.Next(5) == 0 ? null : prefix + random.Next(pool);
        for (var step = 0; step < 20_000; step++)
        {
            var entry = IndexedContact.From(Contact(random.Next(1, 400), Pick("Mail", 300) is string m ? m + "@x.io" : null, Pick("+4930", 300), Pick("ID-", 300)), random.Next(3), 100);
            Assert.True(index.Put(entry));
            if (byId.TryGetValue(entry.Id, out var old))
            {
                foreach (var f in UniqueFields.All)
                {
                    if (old.ValueOf(f) is string k && byKey[f].TryGetValue(k, out var holder) && holder == old.Id) byKey[f].Remove(k);
                }
            }
            byId[entry.Id] = entry;
            foreach (var f in UniqueFields.All)
            {
                if (entry.ValueOf(f) is string k) byKey[f][k] = entry.Id;
            }
        }
        Assert.Equal(byId.Count, index.Count);
        foreach (var f in UniqueFields.All)
        {
            foreach (var key in Enumerable.Range(0, 300).Select(i => f == UniqueField.Email ? $"mail{i}@x.io" : f == UniqueField.PhoneNumber ? $"+4930{i}" : $"ID-{i}"))
            {
                var found = index.Find(f, key);
                Assert.Equal(byKey[f].TryGetValue(key, out var id) ? id : (long?)null, found?.Id);
                if (found != null) Assert.Equal(byId[found.Id].ValueOf(f), found.ValueOf(f));
            }
        }
    }
}
