using System.Collections;
using System.Collections.Concurrent;
using LiveDesk.Contacts;
using LiveDesk.Errors;
using LiveDesk.Hostile;
using LiveDesk.Models;
using LiveDesk.Pacing;
using LiveDesk.Protocol;
using LiveDesk.Transport;
using Xunit;
using Xunit.Abstractions;

namespace LiveDesk.Tests;

/// <summary>
/// Listing at the page size the connection learns (the sandbox's max_page_size: 0 ignores page_size like Chatwoot,
/// N honours it up to N), the bounded index, and lists that lie about their size (tests/LiveDesk.Hostile).
/// </summary>
public class ListingTests(ITestOutputHelper output)
{
    private static IEnumerable<string> People(int count, int from = 1) =>
        Enumerable.Range(from, count).Select(i => $"{{\"name\":\"C {i}\",\"email\":\"c{i}@x.io\"}}");

    private static async Task<List<long>> ReadAllAsync(ContactService service, long skip = 0, long? take = null, int concurrency = 8)
    {
        var ids = new List<long>();
        using var pager = new ContactPager(service, new ContactQuery(), skip, concurrency) { Take = take };
        while (await pager.NextAsync(CancellationToken.None) is ContactPage page) ids.AddRange(page.Contacts.Select(c => c.Id));
        return ids;
    }

    [Theory]
    [InlineData(0, 15, 27)]   // Chatwoot: page_size ignored; the probe's answer is page 1
    [InlineData(100, 100, 4)]
    [InlineData(250, 100, 4)] // honours more than asked: 100 is what is asked
    [InlineData(50, 50, 8)]   // caps at 50: the cap is the size
    [InlineData(16, 16, 25)]
    public async Task Every_contact_comes_once_in_order_at_the_page_size_the_server_serves(int maxPageSize, int size, int lists)
    {
        await using var h = await Harness.StartAsync(o => o.MaxPageSize = maxPageSize);
        await MatchingTests.SeedAsync(h.Server, People(400));
        Assert.Equal(Enumerable.Range(1, 400).Select(i => (long)i), await ReadAllAsync(h.Service));
        Assert.Equal(size, h.Service.PageSize.Known);
        Assert.Equal(lists, h.Server.Stats.Lists);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(50)]
    public async Task Skip_and_First_count_contacts_whatever_the_page_size(int maxPageSize)
    {
        await using var h = await Harness.StartAsync(o => o.MaxPageSize = maxPageSize);
        await MatchingTests.SeedAsync(h.Server, People(400));
        // The first walk learns the size; the ones after start mid-list with it.
        Assert.Equal(Enumerable.Range(1, 5).Select(i => (long)i), await ReadAllAsync(h.Service, 0, 5));
        Assert.Equal(Enumerable.Range(38, 120).Select(i => (long)i), await ReadAllAsync(h.Service, 37, 120));
        Assert.Equal(new long[] { 400 }, await ReadAllAsync(h.Service, 399, 10));
        Assert.Empty(await ReadAllAsync(h.Service, 400));
        Assert.Equal(Enumerable.Range(101, 300).Select(i => (long)i), await ReadAllAsync(h.Service, 100, null, 1));
    }

    [Fact]
    public async Task A_connection_that_was_answered_15_never_asks_for_larger_pages_again()
    {
        await using var h = await Harness.StartAsync();
        await MatchingTests.SeedAsync(h.Server, People(400));
        await ReadAllAsync(h.Service);
        Assert.Equal(15, h.Service.PageSize.Known);
        // The server would now honour page_size: the connection does not ask again.
        h.Knobs.MaxPageSize = 100;
        var lists = h.Server.Stats.Lists;
        Assert.Equal(400, (await ReadAllAsync(h.Service)).Count);
        Assert.Equal(27, h.Server.Stats.Lists - lists);
    }

    [Fact]
    public async Task A_single_lookup_costs_one_search_and_no_probe()
    {
        await using var h = await Harness.StartAsync(o => o.MaxPageSize = 100);
        await MatchingTests.SeedAsync(h.Server, People(40));
        Assert.Equal(7, (await h.Service.FindExactAsync(UniqueField.Email, "c7@x.io", CancellationToken.None))!.Id);
        Assert.Equal(1, h.Server.Stats.Requests);
        Assert.Null(h.Service.PageSize.Known);
    }

    [Theory]
    [InlineData(100, 30)]
    [InlineData(0, 200)]
    public async Task The_rerun_index_of_3000_contacts_costs_a_list_request_a_page(int maxPageSize, int lists)
    {
        await using var h = await Harness.StartAsync(o => o.MaxPageSize = maxPageSize);
        await MatchingTests.SeedAsync(h.Server, People(3000));
        h.Service.UseMatching(MatchBy.Index, 8);
        var ann = await h.Service.CreateAsync(Harness.Row("C 2999", "c2999@x.io"), IfExistsAction.Update, CancellationToken.None);
        Assert.Equal(ContactOutcome.Unchanged, ann.Outcome);
        Assert.Equal(3000, h.Service.Matching!.Index.Count);
        Assert.Equal(lists, h.Server.Stats.Lists);
        Assert.Equal(0, h.Server.Stats.Searches);
    }

    [Fact]
    public async Task A_lookup_from_the_index_reads_the_whole_contact_from_its_page_once()
    {
        await using var h = await Harness.StartAsync(o => o.MaxPageSize = 100);
        await MatchingTests.SeedAsync(h.Server, People(3000));
        h.Service.UseMatching(MatchBy.Index, 8);
        var found = await h.Service.FindByUniqueFieldsAsync(Harness.Row(email: "C2501@x.io"), CancellationToken.None);
        Assert.Equal(2501, found!.Id);
        Assert.Equal("C 2501", found.Name);
        Assert.Equal(Harness.Inbox, found.InboxId); // whole: the index itself does not read inboxes
        Assert.Equal(30 + 1, h.Server.Stats.Lists);
        Assert.Equal("C 2550", (await h.Service.FindByUniqueFieldsAsync(Harness.Row(email: "c2550@x.io"), CancellationToken.None))!.Name);
        Assert.Equal(30 + 1, h.Server.Stats.Lists); // same page: read once
        Assert.Equal(0, h.Server.Stats.Searches);
    }

    [Fact]
    public async Task A_contact_pushed_onto_the_next_page_by_an_insert_is_returned_once()
    {
        // Page 1, then a contact is created before page 2 is read: page 2 starts with page 1's last contact.
        static string Page(int count, int from, int to) =>
            $"{{\"meta\":{{\"count\":{count}}},\"payload\":[" + string.Join(",", Enumerable.Range(from, to - from + 1).Select(i => $"{{\"id\":{i}}}")) + "]}";
        var answers = new[] { Page(30, 1, 15), Page(31, 15, 29), Page(31, 30, 31) };
        var served = 0;
        await using var server = new CannedServer(() =>
        {
            var body = answers[Math.Min(Interlocked.Increment(ref served), answers.Length) - 1];
            return System.Text.Encoding.UTF8.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: {body.Length}\r\n\r\n{body}");
        });
        using var client = new LiveDeskClient(new ClientSettings(server.BaseUri, Secrets.Key, Secrets.Secure(Secrets.Secret)) { Timeout = TimeSpan.FromSeconds(10) });
        var service = new ContactService(client, new RateGovernor(), Harness.Policy(TimeSpan.FromMilliseconds(5), 2));
        Assert.Equal(Enumerable.Range(1, 31).Select(i => (long)i), await ReadAllAsync(service, concurrency: 1));
        Assert.Equal(3, server.Requests);
    }

    private static ContactService Hostile(HostileServer server, string mode, List<string> warnings, out LiveDeskClient client)
    {
        client = new LiveDeskClient(new ClientSettings(server.Mode(mode), Secrets.Key, Secrets.Secure(Secrets.Secret)) { Timeout = TimeSpan.FromSeconds(10) });
        return new ContactService(client, new RateGovernor(), Harness.Policy(TimeSpan.FromMilliseconds(5), 2)) { Warn = warnings.Add };
    }

    [Fact]
    public async Task A_list_that_announces_30_contacts_is_read_to_30_and_no_further_however_many_it_offers()
    {
        await using var server = HostileServer.Start();
        var service = Hostile(server, "endless-list", new List<string>(), out var client);
        using (client)
        {
            var ids = await ReadAllAsync(service);
            Assert.Single(server.Requests); // the probe's page of 100 covers the 30 announced
            Assert.Equal(Enumerable.Range(1, 100).Select(i => (long)i), ids);
        }
    }

    [Theory]
    [InlineData("growing-count")]
    [InlineData("no-count")]
    public async Task A_list_that_runs_past_its_announced_count_is_an_InvalidResponse_for_listing_and_the_index(string mode)
    {
        await using var server = HostileServer.Start();
        var warnings = new List<string>();
        var service = Hostile(server, mode, warnings, out var client);
        using (client)
        {
            var listing = await Harness.FailsAsync(() => ReadAllAsync(service).WaitAsync(TimeSpan.FromSeconds(60)));
            Assert.Equal(ErrorIds.InvalidResponse, listing.ErrorId);
            Assert.Contains("kept sending more", listing.Message);
            var listed = server.Requests.Count;
            Assert.InRange(listed, 2, 40);

            service.UseMatching(MatchBy.Index, 4);
            var row = await Harness.FailsAsync(() => service.CreateAsync(Harness.Row("X", "x@x.io"), IfExistsAction.Skip, CancellationToken.None));
            Assert.Equal(ErrorIds.InvalidResponse, row.ErrorId);
            Assert.InRange(server.Requests.Count - listed, 2, 40);
            output.WriteLine($"{mode}: {listed} requests to refuse the listing");
        }
    }

    [Fact]
    public async Task An_account_claiming_10_to_the_12_contacts_is_searched_with_one_warning_and_never_indexed()
    {
        await using var server = HostileServer.Start();
        var warnings = new List<string>();
        var service = Hostile(server, "huge-count", warnings, out var client);
        using (client)
        {
            service.UseMatching(MatchBy.Index, 4);
            foreach (var i in Enumerable.Range(1, 3))
            {
                Assert.Null(await service.FindByUniqueFieldsAsync(Harness.Row(email: $"x{i}@x.io"), CancellationToken.None));
            }
            Assert.Equal(0, service.Matching!.Index.Count);
            Assert.Contains("1000000000000 contacts", Assert.Single(warnings));
            Assert.Equal(3, server.Requests.Count(r => r.Target.Contains("q=", StringComparison.Ordinal)));
            Assert.InRange(server.Requests.Count(r => r.Method == "GET" && !r.Target.Contains("q=", StringComparison.Ordinal)), 1, 20);
        }
    }

    [Fact]
    public async Task An_index_that_reaches_its_bound_is_dropped_and_the_rows_are_searched()
    {
        await using var server = HostileServer.Start();
        var warnings = new List<string>();
        var service = Hostile(server, "fat-list", warnings, out var client);
        using (client)
        {
            service.UseMatching(MatchBy.Index, 4, capacityMB: 2);
            Assert.Null(await service.FindByUniqueFieldsAsync(Harness.Row(email: "x@x.io"), CancellationToken.None));
            Assert.Equal(1, server.Requests.Count(r => r.Target.Contains("q=", StringComparison.Ordinal)));
            Assert.Contains("reached the 2 MB", Assert.Single(warnings));
            Assert.Equal(0, service.Matching!.Index.Count);
            Assert.False(service.Matching.Indexing);
            // 4,500 contacts of 16 KB each would be 72 MB: the build stopped near 2 MB (a page or two in flight).
            Assert.InRange(server.Requests.Count(r => r.Method == "GET" && !r.Target.Contains("q=", StringComparison.Ordinal)), 1, 20);
        }
    }

    [Fact]
    public async Task Auto_falls_back_to_searching_with_one_warning_when_the_index_cannot_be_listed()
    {
        await using var server = HostileServer.Start();
        var warnings = new List<string>();
        var service = Hostile(server, "list-fails", warnings, out var client);
        using (client)
        {
            service.UseMatching(MatchBy.Auto, 4);
            // Auto searches 3 lookups, reads page 1 (4,500 contacts: listing is cheaper), lists; page 2 fails, and
            // the lookups go on searching.
            foreach (var i in Enumerable.Range(1, 14))
            {
                Assert.Null(await service.FindByUniqueFieldsAsync(Harness.Row(email: $"x{i}@x.io"), CancellationToken.None));
            }
            Assert.Contains("could not be listed", Assert.Single(warnings));
            Assert.Equal(14, server.Requests.Count(r => r.Target.Contains("q=", StringComparison.Ordinal)));

            // -MatchBy Index asked for the index: its rows fail instead.
            var strict = Hostile(server, "list-fails", warnings, out var strictClient);
            using (strictClient)
            {
                strict.UseMatching(MatchBy.Index, 4);
                var error = await Harness.FailsAsync(() => strict.CreateAsync(Harness.Row("X", "y@x.io"), IfExistsAction.Skip, CancellationToken.None));
                Assert.Equal(503, error.StatusCode);
            }
        }
    }
}
