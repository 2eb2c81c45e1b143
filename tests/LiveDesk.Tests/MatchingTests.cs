using System.Collections;
using System.Net.Http;
using System.Text;
using LiveDesk.Contacts;
using LiveDesk.Errors;
using LiveDesk.Models;
using LiveDesk.Pacing;
using LiveDesk.Protocol;
using LiveDesk.Sandbox;
using LiveDesk.Transport;
using Xunit;
using Xunit.Abstractions;

namespace LiveDesk.Tests;

/// <summary>The matching rules (index and search alike), "unchanged" detection, the index and concurrent listing.</summary>
public class MatchingTests(ITestOutputHelper output)
{
    private static LiveDeskContact Contact(long id, string? name = null, string? email = null, string? phone = null, string? identifier = null, Hashtable? custom = null) =>
        new() { Id = id, Name = name, Email = email, PhoneNumber = phone, Identifier = identifier, CustomAttributes = custom ?? new Hashtable() };

    private static ContactIndex IndexOf(params LiveDeskContact[] contacts)
    {
        var index = new ContactIndex();
        foreach (var c in contacts) index.Put(c);
        return index;
    }

    private static ContactIndex Switchboard() => IndexOf(
        Contact(1, "Ann Lee", "ann@acme.example", "+15127576000", "EMP-1"),
        Contact(2, "Bo Ray", "bo@acme.example", null, "EMP-2"));

    [Fact]
    public void A_second_person_sharing_a_switchboard_number_is_a_conflict_not_the_first_person()
    {
        var row = Harness.Row("Cy Dale", "cy@acme.example", "+15127576000", "EMP-3");
        var match = ContactMatcher.Match(row, Switchboard());
        Assert.Equal(MatchKind.Conflict, match.Kind);
        Assert.Equal(1, match.Contact!.Id);
        var error = ContactMatcher.Failure(match, row).Error;
        Assert.Equal(ErrorIds.ContactConflict, error.ErrorId);
        Assert.Contains("Contact 1", error.Message);
        Assert.Contains("Set-LiveDeskContact -Id 1", error.Message);
    }

    [Fact]
    public void Keys_of_two_contacts_are_ambiguous_and_the_error_names_both()
    {
        var row = Harness.Row("Ann Lee", "ANN@acme.example", identifier: "EMP-2");
        var match = ContactMatcher.Match(row, Switchboard());
        Assert.Equal(MatchKind.Ambiguous, match.Kind);
        var error = ContactMatcher.Failure(match, row).Error;
        Assert.Equal(ErrorIds.AmbiguousMatch, error.ErrorId);
        Assert.Contains("contact 1", error.Message);
        Assert.Contains("contact 2", error.Message);
    }

    [Fact]
    public void E_mail_matches_ignoring_case_identifier_exactly_and_a_missing_key_is_no_difference()
    {
        var index = Switchboard();
        Assert.Equal(MatchKind.Found, ContactMatcher.Match(Harness.Row(email: "Bo@ACME.example"), index).Kind);
        Assert.Equal(MatchKind.None, ContactMatcher.Match(Harness.Row(identifier: "emp-2"), index).Kind);
        var withPhone = ContactMatcher.Match(Harness.Row("Bo Ray", "bo@acme.example", "+15125550100", "EMP-2"), index);
        Assert.Equal(MatchKind.Found, withPhone.Kind);
        Assert.False(withPhone.PhoneDiffers);
        Assert.Equal("+15125550100", ContactMatcher.Changes(Harness.Row("Bo Ray", "bo@acme.example", "+15125550100", "EMP-2"), withPhone.Contact!)!.PhoneNumber);
    }

    [Fact]
    public void A_new_phone_on_a_contact_found_by_e_mail_is_the_persons_new_number()
    {
        var row = Harness.Row("Ann Lee", "ann@acme.example", "+15125550199", "EMP-1");
        var match = ContactMatcher.Match(row, Switchboard());
        Assert.Equal(MatchKind.Found, match.Kind);
        Assert.True(match.PhoneDiffers);
        var patch = ContactMatcher.Changes(row, match.Contact!)!;
        Assert.Equal("+15125550199", patch.PhoneNumber);
        Assert.Null(patch.Name);
        Assert.Null(patch.Email);
    }

    [Fact]
    public void An_identical_row_has_no_changes_and_only_differing_fields_are_sent()
    {
        var custom = new Hashtable { ["dept"] = "HR", ["level"] = 3L, ["remote"] = true };
        var entry = IndexedContact.From(Contact(5, "Ann Lee", "ann@acme.example", "+15127576000", "EMP-1", custom));

        Assert.Null(ContactMatcher.Changes(Harness.Row("Ann Lee", "ANN@acme.example", "+15127576000", "EMP-1"), entry));
        var sameAttributes = Harness.Row("Ann Lee", "ann@acme.example");
        sameAttributes.CustomAttributes = new Hashtable { ["DEPT"] = "HR", ["level"] = 3 }; // a subset; int 3 equals the API's 3
        Assert.Null(ContactMatcher.Changes(sameAttributes, entry));

        var renamed = ContactMatcher.Changes(Harness.Row("Ann Lee-Ray", "ann@acme.example"), entry)!;
        Assert.Equal("Ann Lee-Ray", renamed.Name);
        Assert.Null(renamed.Email);
        Assert.Null(renamed.CustomAttributes);

        var moved = Harness.Row("Ann Lee", "ann@acme.example");
        moved.CustomAttributes = new Hashtable { ["dept"] = "Sales", ["level"] = "3" };
        var changes = ContactMatcher.Changes(moved, entry)!;
        Assert.Null(changes.Name);
        Assert.Equal(2, changes.CustomAttributes!.Count); // "3" (text) is not 3 (number)
    }

    [Fact]
    public void The_index_drops_a_contacts_old_keys_when_it_changes_and_a_listed_page_does_not_undo_the_import()
    {
        var index = IndexOf(Contact(1, "Ann", "ann@x.io", "+15127576000"));
        index.Put(Contact(1, "Ann", "ann.lee@x.io", "+15127576000"));
        Assert.Null(index.Find(UniqueField.Email, "ann@x.io"));
        Assert.Equal(1, index.Find(UniqueField.Email, "ANN.LEE@x.io")!.Id);
        index.PutListed(Contact(1, "Ann", "ann@x.io"), 1, ListPageSize.Default);
        Assert.Equal(1, index.Find(UniqueField.Email, "ann.lee@x.io")!.Id);
        Assert.Equal(1, index.Count);
    }

    internal static async Task SeedAsync(SandboxServer server, IEnumerable<string> contacts)
    {
        using var http = new HttpClient { BaseAddress = server.BaseUri };
        using var body = new StringContent("{\"inbox_id\":407,\"contacts\":[" + string.Join(",", contacts) + "]}", Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("_sandbox/seed", body);
        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Concurrent_listing_reads_every_page_once_in_page_order()
    {
        await using var h = await Harness.StartAsync(o => o.LatencyMs = 20);
        await SeedAsync(h.Server, Enumerable.Range(1, 400).Select(i => $"{{\"name\":\"C {i}\",\"email\":\"c{i}@x.io\"}}"));
        var ids = new List<long>();
        using (var pager = new ContactPager(h.Service, new ContactQuery(), 0, concurrency: 8))
        {
            while (await pager.NextAsync(CancellationToken.None) is ContactPage page) ids.AddRange(page.Contacts.Select(c => c.Id));
        }
        Assert.Equal(Enumerable.Range(1, 400).Select(i => (long)i), ids);
        Assert.Equal(27, h.Server.Stats.Lists); // 400 / 15, rounded up: none read twice, none past the end
    }

    [Fact]
    public async Task Concurrent_listing_still_refuses_a_server_that_ignores_the_page_number()
    {
        const string full = "{\"meta\":{\"count\":300},\"payload\":[{\"id\":1},{\"id\":2},{\"id\":3},{\"id\":4},{\"id\":5},{\"id\":6},{\"id\":7},{\"id\":8},{\"id\":9},{\"id\":10},{\"id\":11},{\"id\":12},{\"id\":13},{\"id\":14},{\"id\":15}]}";
        await using var server = CannedServer.Respond(200, "application/json", full);
        using var client = new LiveDeskClient(new ClientSettings(server.BaseUri, Secrets.Key, Secrets.Secure(Secrets.Secret)) { Timeout = TimeSpan.FromSeconds(5) });
        var service = new ContactService(client, new RateGovernor(), Harness.Policy(TimeSpan.FromMilliseconds(5), 2));
        using var pager = new ContactPager(service, new ContactQuery(), 0, concurrency: 8);
        Assert.NotNull(await pager.NextAsync(CancellationToken.None));
        var error = await Harness.FailsAsync(() => pager.NextAsync(CancellationToken.None));
        Assert.Equal(ErrorIds.InvalidResponse, error.ErrorId);
        Assert.Contains("page 2 with the same contacts as page 1", error.Message);
    }

    // The rows of one re-run: unchanged, renamed, new, a second person on a shared phone, keys of two contacts, a new phone.
    private static ContactFields[] RerunRows() => new[]
    {
        Harness.Row("Ann Lee", "ann@acme.example", "+15127576000", "EMP-1"),
        Harness.Row("Bo Ray-Smith", "bo@acme.example", identifier: "EMP-2"),
        Harness.Row("Di New", "di@acme.example", identifier: "EMP-4"),
        Harness.Row("Cy Dale", "cy@acme.example", "+15127576000", "EMP-3"),
        Harness.Row("Ann Lee", "ann@acme.example", identifier: "EMP-2"),
        Harness.Row("Bo Ray", "bo@acme.example", "+15125550100"),
    };

    private static async Task<string[]> RunAsync(MatchBy mode, IfExistsAction ifExists)
    {
        await using var h = await Harness.StartAsync();
        await SeedAsync(h.Server, new[]
        {
            """{"name":"Ann Lee","email":"ann@acme.example","phone_number":"+15127576000","identifier":"EMP-1"}""",
            """{"name":"Bo Ray","email":"bo@acme.example","identifier":"EMP-2"}""",
        });
        h.Service.UseMatching(mode, 4);
        var outcomes = new List<string>();
        foreach (var row in RerunRows())
        {
            try
            {
                var c = await h.Service.CreateAsync(row, ifExists, CancellationToken.None);
                outcomes.Add($"{c.Outcome} {c.Id}");
            }
            catch (LiveDeskException ex)
            {
                outcomes.Add(ex.Error.ErrorId);
            }
        }
        var stored = h.Server.Contacts;
        outcomes.Add($"stored {stored.Count}; ann {stored[0].Name}/{stored[0].Email}/{stored[0].Identifier}; bo {stored[1].Name}/{stored[1].PhoneNumber}");
        return outcomes.ToArray();
    }

    [Theory]
    [InlineData(IfExistsAction.Update)]
    [InlineData(IfExistsAction.Skip)]
    public async Task Index_and_search_give_the_same_outcomes_for_the_same_rows(IfExistsAction ifExists)
    {
        var byIndex = await RunAsync(MatchBy.Index, ifExists);
        var bySearch = await RunAsync(MatchBy.Search, ifExists);
        output.WriteLine(string.Join(Environment.NewLine, byIndex));
        Assert.Equal(byIndex, bySearch);
        var update = ifExists == IfExistsAction.Update;
        Assert.Equal(update ? "Unchanged 1" : "Existing 1", byIndex[0]);
        Assert.Equal(update ? "Updated 2" : "Existing 2", byIndex[1]);
        Assert.Equal("Created 3", byIndex[2]);
        Assert.Equal(ErrorIds.ContactConflict, byIndex[3]);
        Assert.Equal(ErrorIds.AmbiguousMatch, byIndex[4]);
        Assert.Equal(update ? "Updated 2" : "Existing 2", byIndex[5]);
        // Ann was never overwritten by Cy, who shares her switchboard number.
        Assert.Equal(update ? "stored 3; ann Ann Lee/ann@acme.example/EMP-1; bo Bo Ray/+15125550100" : "stored 3; ann Ann Lee/ann@acme.example/EMP-1; bo Bo Ray/", byIndex[6]);
    }

    [Fact]
    public async Task A_contact_created_by_someone_else_after_the_index_was_built_is_found_by_one_search()
    {
        await using var h = await Harness.StartAsync();
        await SeedAsync(h.Server, new[] { """{"name":"Ann Lee","email":"ann@acme.example"}""" });
        h.Service.UseMatching(MatchBy.Index, 4);
        Assert.Equal(ContactOutcome.Unchanged, (await h.Service.CreateAsync(Harness.Row("Ann Lee", "ann@acme.example"), IfExistsAction.Update, CancellationToken.None)).Outcome);
        await SeedAsync(h.Server, new[] { """{"name":"Eve Late","email":"eve@acme.example"}""" });

        var eve = await h.Service.CreateAsync(Harness.Row("Eve Late", "eve@acme.example"), IfExistsAction.Update, CancellationToken.None);
        Assert.Equal(ContactOutcome.Unchanged, eve.Outcome);
        Assert.Equal(2, eve.Id);
        Assert.Equal(1, h.Server.Stats.Searches);
        Assert.Equal(0, h.Server.Stats.Updates);
        Assert.Equal(2, h.Server.Contacts.Count);

        // Now in the index: the next row with her e-mail costs nothing.
        var requests = h.Server.Stats.Requests;
        Assert.Equal(ContactOutcome.Unchanged, (await h.Service.CreateAsync(Harness.Row("Eve Late", "EVE@acme.example"), IfExistsAction.Update, CancellationToken.None)).Outcome);
        Assert.Equal(requests, h.Server.Stats.Requests);
    }

    [Fact]
    public async Task Auto_searches_a_single_lookup_and_indexes_once_the_searches_would_have_paid_for_the_listing()
    {
        await using var one = await Harness.StartAsync();
        await SeedAsync(one.Server, Enumerable.Range(1, 40).Select(i => $"{{\"name\":\"C {i}\",\"email\":\"c{i}@x.io\"}}"));
        one.Service.UseMatching(MatchBy.Auto, 4);
        Assert.Equal(7, (await one.Service.FindByUniqueFieldsAsync(Harness.Row(email: "c7@x.io"), CancellationToken.None))!.Id);
        Assert.Equal(1, one.Server.Stats.Requests); // one search, no listing

        await using var small = await Harness.StartAsync();
        await SeedAsync(small.Server, Enumerable.Range(1, 40).Select(i => $"{{\"name\":\"C {i}\",\"email\":\"c{i}@x.io\"}}"));
        small.Service.UseMatching(MatchBy.Auto, 4);
        foreach (var i in Enumerable.Range(1, 10)) await small.Service.CreateAsync(Harness.Row($"C {i}", $"c{i}@x.io"), IfExistsAction.Skip, CancellationToken.None);
        // 3 pages: the least budget, 3 searches; page 1 read to learn that also starts the listing. The next rows
        // wait for that page rather than search meanwhile (a busy machine once let four more searches through).
        Assert.Equal(MatchingStrategy.MinimumSearchBudget, small.Server.Stats.Searches);
        Assert.Equal(3, small.Server.Stats.Lists);

        await using var large = await Harness.StartAsync();
        await SeedAsync(large.Server, Enumerable.Range(1, 3000).Select(i => $"{{\"name\":\"C {i}\",\"email\":\"c{i}@x.io\"}}"));
        large.Service.UseMatching(MatchBy.Auto, 8);
        foreach (var i in Enumerable.Range(1, 20)) await large.Service.CreateAsync(Harness.Row($"C {i}", $"c{i}@x.io"), IfExistsAction.Skip, CancellationToken.None);
        // 200 pages: the budget is 200 / 30 = 6 searches, then the index answers the rest.
        Assert.Equal(6, large.Server.Stats.Searches);
        Assert.Equal(0, large.Server.Stats.Creates);
        Assert.Equal(1 + 200, large.Server.Stats.Lists);
    }

    [Fact]
    public async Task Auto_switches_to_the_index_when_a_search_meets_a_429()
    {
        await using var h = await Harness.StartAsync(o => { o.SearchRateLimit = 2; o.SearchRateWindowSeconds = 1; });
        await SeedAsync(h.Server, Enumerable.Range(1, 3000).Select(i => $"{{\"name\":\"C {i}\",\"email\":\"c{i}@x.io\"}}"));
        h.Service.UseMatching(MatchBy.Auto, 8);
        foreach (var i in Enumerable.Range(1, 8)) await h.Service.CreateAsync(Harness.Row($"C {i}", $"c{i}@x.io"), IfExistsAction.Skip, CancellationToken.None);
        Assert.True(h.Server.Stats.RateLimitedSearch > 0);
        Assert.InRange(h.Server.Stats.Searches, 3, 5); // far below the budget of 6 (a 429'd search is counted too)
        Assert.True(h.Server.Stats.Lists >= 200);
    }
}
