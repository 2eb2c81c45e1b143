using System.Collections;
using LiveDesk.Contacts;
using LiveDesk.Models;
using LiveDesk.Protocol;
using Xunit;
using Xunit.Abstractions;

namespace LiveDesk.Tests;

/// <summary>Runs alone: GC.GetTotalMemory is the whole process's, and tests running beside these would count in it.</summary>
[CollectionDefinition(nameof(IndexMemoryTests), DisableParallelization = true)]
public sealed class IndexMemoryCollection
{
}

/// <summary>What the index's memory bound is made of: the cost it charges each entry against what the entry takes.</summary>
[Collection(nameof(IndexMemoryTests))]
public class IndexMemoryTests(ITestOutputHelper output)
{
    // What about_LiveDesk_Matching documents for such a contact, with room for the tables' doubling.
    private const int MaximumBytesPerContact = 200;

    // The first use of the index's types allocates their statics: not the index's memory.
    private static void WarmUp()
    {
        var index = new ContactIndex();
        index.PutListed(Contact(1, "Warm Up", "warm@up.example", "+15120000000", "W-1", new Hashtable { ["a"] = 1 }), 1, 100);
        Assert.NotNull(index.Find(UniqueField.Email, "warm@up.example"));
    }

    private static LiveDeskContact Contact(long id, string? name = null, string? email = null, string? phone = null, string? identifier = null, Hashtable? custom = null) =>
        new() { Id = id, Name = name, Email = email, PhoneNumber = phone, Identifier = identifier, CustomAttributes = custom ?? new Hashtable() };

    [Fact]
    public void The_index_of_100000_contacts_takes_no_object_or_string_per_contact()
    {
        // Shaped like an HR export: e-mail, E.164 phone, an employee id, a name and two custom attributes. The
        // contacts are made on the fly and dropped, as pages are: what stays is what the index holds (keys included).
        // Packed, such a contact takes about 150 bytes; an object per contact (about 90 bytes) or its three keys as
        // .NET strings (about 180) would take it past the bound, which is what lets 500,000 fit Azure Automation.
        var contacts = Enumerable.Range(1, 100_000).Select(i => Contact(i, $"Employee Number {i}", $"employee.{i}@contoso-example.com", $"+1512{i:0000000}", $"EMP-{i:000000}",
            new Hashtable { ["department"] = "Dept " + (i % 40), ["cost_center"] = i % 900 }));
        WarmUp();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var index = new ContactIndex();
        foreach (var c in contacts) index.Put(c);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(index);
        var perContact = (after - before) / 100_000.0;
        output.WriteLine($"Index of {index.Count:N0} contacts: {(after - before) / 1048576.0:0.0} MB managed heap, {perContact:0} bytes a contact");
        Assert.Equal(100_000, index.Count);
        Assert.InRange(perContact, 60, MaximumBytesPerContact);
    }

    [Fact]
    public void The_index_counts_at_least_the_memory_it_takes()
    {
        // What the bound is made of: every entry is charged no less than it really costs, so a bound of N MB is one.
        var contacts = Enumerable.Range(1, 100_000).Select(i => new LiveDeskContact
        {
            Id = i, Name = $"Employee Number {i}", Email = $"employee.{i}@contoso-example.com", PhoneNumber = $"+1512{i:0000000}", Identifier = $"EMP-{i:000000}",
            CustomAttributes = new Hashtable { ["department"] = "Dept " + (i % 40), ["cost_center"] = i % 900 },
        });
        WarmUp();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var index = new ContactIndex();
        var page = 0;
        foreach (var c in contacts) index.PutListed(c, ++page / 100 + 1, 100);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(index);
        output.WriteLine($"100,000 contacts: {(after - before) / 1048576.0:0.0} MB measured, {index.Bytes / 1048576.0:0.0} MB counted");
        Assert.True(after - before <= index.Bytes, $"measured {after - before} bytes, counted {index.Bytes}");
        Assert.True(index.Bytes < 2 * (after - before), "counting more than twice the real cost wastes the bound");
    }
}
