using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using LiveDesk.Contacts;
using LiveDesk.Errors;
using LiveDesk.Models;
using LiveDesk.Pacing;
using LiveDesk.Protocol;
using LiveDesk.Transport;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>ContactService and LiveDeskClient over real HTTP against the in-process sandbox.</summary>
public class ContactServiceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Create_returns_the_contact_with_its_inbox_link()
    {
        await using var h = await Harness.StartAsync();
        var before = DateTimeOffset.UtcNow;
        var c = await h.Service.CreateAsync(Harness.Row("Alice Ähm", "Alice@Example.com", "+4915112345678", "u-1"), IfExistsAction.Error, None);

        Assert.True(c.Id > 0);
        Assert.Equal(ContactOutcome.Created, c.Outcome);
        Assert.Equal("Alice Ähm", c.Name);
        Assert.Equal("alice@example.com", c.Email); // stored lower-cased
        Assert.Equal("+4915112345678", c.PhoneNumber);
        Assert.Equal("u-1", c.Identifier);
        Assert.Equal(Harness.Inbox, c.InboxId);
        Assert.True(Guid.TryParse(c.SourceId, out _), $"SourceId '{c.SourceId}' is not a UUID");
        Assert.NotNull(c.CreatedAt);
        Assert.InRange(c.CreatedAt!.Value, before.AddSeconds(-5), DateTimeOffset.UtcNow.AddSeconds(5));

        var stored = Assert.Single(h.Server.Contacts);
        Assert.Equal(c.Id, stored.Id);
        Assert.Equal(c.SourceId, stored.ContactInboxes[0].SourceId);
        Assert.Equal(1, h.Server.Stats.Requests);
    }

    [Fact]
    public async Task Create_keeps_the_avatar_url_that_was_sent()
    {
        await using var h = await Harness.StartAsync();
        var row = Harness.Row("A", "a@x.io");
        row.AvatarUrl = "https://cdn.example.com/a.png";
        var c = await h.Service.CreateAsync(row, IfExistsAction.Error, None);
        Assert.Equal("https://cdn.example.com/a.png", c.AvatarUrl);
        Assert.Equal("https://cdn.example.com/a.png", h.Server.Contacts[0].AvatarUrl);
    }

    [Fact]
    public async Task Duplicate_email_is_ContactDuplicate()
    {
        await using var h = await Harness.StartAsync();
        await h.Service.CreateAsync(Harness.Row("A", "dup@x.io"), IfExistsAction.Error, None);
        var error = await Harness.FailsAsync(() => h.Service.CreateAsync(Harness.Row("B", "DUP@x.io"), IfExistsAction.Error, None));
        Assert.Equal(ErrorIds.ContactDuplicate, error.ErrorId);
        Assert.Equal(LiveDeskErrorKind.ResourceExists, error.Kind);
        Assert.Equal(422, error.StatusCode);
        Assert.False(error.Fatal);
        Assert.Contains("e-mail", error.Message);
        Assert.Contains("-IfExists", error.Message);
        Assert.Single(h.Server.Contacts);
        Assert.Equal(2, h.Server.Stats.Requests); // no search, no retry
    }

    [Fact]
    public async Task IfExists_Skip_returns_the_existing_contact_unchanged()
    {
        await using var h = await Harness.StartAsync();
        var first = await h.Service.CreateAsync(Harness.Row("Original", "skip@x.io"), IfExistsAction.Error, None);
        var second = await h.Service.CreateAsync(Harness.Row("Other Name", "Skip@X.io"), IfExistsAction.Skip, None);

        Assert.Equal(ContactOutcome.Existing, second.Outcome);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal("Original", second.Name);
        var stored = Assert.Single(h.Server.Contacts);
        Assert.Equal("Original", stored.Name);
        Assert.Equal(0, h.Server.Stats.Updates);
    }

    [Fact]
    public async Task IfExists_Update_patches_and_returns_Updated()
    {
        await using var h = await Harness.StartAsync();
        var first = await h.Service.CreateAsync(Harness.Row("Original", "upd@x.io", identifier: "E-1"), IfExistsAction.Error, None);
        var second = await h.Service.CreateAsync(Harness.Row("New Name", null, "+4915112345678", "E-1"), IfExistsAction.Update, None);

        Assert.Equal(ContactOutcome.Updated, second.Outcome);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal("New Name", second.Name);
        Assert.Equal("+4915112345678", second.PhoneNumber);
        Assert.Equal("upd@x.io", second.Email); // fields not given are kept
        var stored = Assert.Single(h.Server.Contacts);
        Assert.Equal("New Name", stored.Name);
        Assert.Equal("+4915112345678", stored.PhoneNumber);
        Assert.Equal(1, h.Server.Stats.Updates);
    }

    [Fact]
    public async Task Unknown_inbox_is_InboxNotFound()
    {
        await using var h = await Harness.StartAsync();
        var error = await Harness.FailsAsync(() => h.Service.CreateAsync(Harness.Row("A", "a@x.io", inbox: 999), IfExistsAction.Error, None));
        Assert.Equal(ErrorIds.InboxNotFound, error.ErrorId);
        Assert.Equal(LiveDeskErrorKind.ObjectNotFound, error.Kind);
        Assert.Equal(404, error.StatusCode);
        Assert.Contains("999", error.Message);
        Assert.False(error.Fatal);
        Assert.Empty(h.Server.Contacts);
    }

    [Fact]
    public async Task Wrong_secret_is_AuthenticationFailed_and_fatal()
    {
        await using var h = await Harness.StartAsync(secret: Secrets.WrongSecret);
        var error = await Harness.FailsAsync(() => h.Service.CreateAsync(Harness.Row("A", "a@x.io"), IfExistsAction.Error, None));
        Assert.Equal(ErrorIds.AuthenticationFailed, error.ErrorId);
        Assert.Equal(LiveDeskErrorKind.AuthenticationError, error.Kind);
        Assert.True(error.Fatal);
        Assert.Equal(401, error.StatusCode);
        Assert.Equal(1, h.Server.Stats.Requests); // not retried

        var pageError = await Harness.FailsAsync(() => h.Service.GetPageAsync(1, new ContactQuery { IncludeContactInboxes = false }, None));
        Assert.Equal(ErrorIds.AuthenticationFailed, pageError.ErrorId);
    }

    [Fact]
    public async Task Fail_after_commit_on_a_row_with_an_email_returns_the_contact_as_Created_once()
    {
        await using var h = await Harness.StartAsync(o => o.FailAfterCommitRate = 1.0);
        // only the first attempt is faulted: switch the knob off as soon as its answer arrives
        h.OnTrace = _ => h.Knobs.FailAfterCommitRate = 0;

        var c = await h.Service.CreateAsync(Harness.Row("Faulty", "commit@x.io"), IfExistsAction.Error, None);

        Assert.Equal(ContactOutcome.Created, c.Outcome);
        Assert.Equal("commit@x.io", c.Email);
        Assert.Equal(Harness.Inbox, c.InboxId);
        var stats = h.Server.Stats;
        Assert.Equal(1, stats.Faults.FailAfterCommit);
        Assert.Equal(1, stats.Creates);
        Assert.Equal(c.Id, Assert.Single(h.Server.Contacts).Id);
        Assert.Equal(1, stats.StatusCount(500));
        Assert.Equal(1, stats.StatusCount(422)); // the retry met our own contact
        Assert.True(stats.Searches >= 1);
    }

    [Fact]
    public async Task Fail_after_commit_on_many_rows_creates_each_exactly_once()
    {
        await using var h = await Harness.StartAsync(o => { o.FailAfterCommitRate = 0.3; o.Seed = 4242; }, s => s.MaximumRetryCount = 8);
        var rows = Enumerable.Range(0, 40).Select(i => Harness.Row($"Row {i}", $"row{i}@x.io", identifier: $"id-{i}")).ToList();
        var results = await Task.WhenAll(rows.Select(r => h.Service.CreateAsync(r, IfExistsAction.Error, None)));

        Assert.All(results, r => Assert.Equal(ContactOutcome.Created, r.Outcome));
        Assert.Equal(rows.Select(r => r.Email), results.Select(r => r.Email));
        var stored = h.Server.Contacts;
        Assert.Equal(40, stored.Count);
        Assert.Equal(40, stored.Select(s => s.Email).Distinct().Count());
        Assert.Equal(results.Select(r => r.Id).OrderBy(i => i), stored.Select(s => s.Id).OrderBy(i => i));
        Assert.True(h.Server.Stats.Faults.FailAfterCommit > 0, "the seed produced no fault; the test proves nothing");
    }

    [Fact]
    public async Task Fail_after_commit_on_a_row_without_unique_fields_is_OutcomeUnknown_and_not_retried()
    {
        await using var h = await Harness.StartAsync(o => o.FailAfterCommitRate = 1.0);
        var error = await Harness.FailsAsync(() => h.Service.CreateAsync(Harness.Row("Just A Name"), IfExistsAction.Error, None));
        Assert.Equal(ErrorIds.OutcomeUnknown, error.ErrorId);
        Assert.Equal(LiveDeskErrorKind.ConnectionError, error.Kind);
        Assert.Contains("500", error.Message);
        Assert.Contains("500 Internal Server Error", error.Message); // the proxy page, as text
        Assert.DoesNotContain("<", error.Message);
        Assert.Equal(1, h.Server.Stats.Requests);
        Assert.Single(h.Server.Contacts); // it was in fact created: that is why it must not be re-sent
    }

    [Fact]
    public async Task Plain_500_before_commit_on_a_row_with_an_email_is_retried_and_created()
    {
        await using var h = await Harness.StartAsync(o => o.FailRate = 1.0);
        h.OnTrace = _ => h.Knobs.FailRate = 0;
        var c = await h.Service.CreateAsync(Harness.Row("A", "fail@x.io"), IfExistsAction.Error, None);
        Assert.Equal(ContactOutcome.Created, c.Outcome);
        Assert.Single(h.Server.Contacts);
        Assert.Equal(2, h.Server.Stats.Requests);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Dropped_connection_on_a_row_with_an_email_creates_it_once(bool afterCommit)
    {
        var seed = SeedFor(afterCommit);
        await using var h = await Harness.StartAsync(o => { o.DropRate = 1.0; o.Seed = seed; });
        h.OnTrace = _ => h.Knobs.DropRate = 0;

        var c = await h.Service.CreateAsync(Harness.Row("Dropped", "drop@x.io"), IfExistsAction.Error, None);

        Assert.Equal(ContactOutcome.Created, c.Outcome);
        var stats = h.Server.Stats;
        Assert.Equal(afterCommit ? 1 : 0, stats.Faults.DropAfterCommit);
        Assert.Equal(afterCommit ? 0 : 1, stats.Faults.DropBeforeCommit);
        Assert.Equal(c.Id, Assert.Single(h.Server.Contacts).Id);
        Assert.True(h.CountTrace("connection lost") >= 1, string.Join("\n", h.Trace));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Dropped_connection_on_a_row_without_unique_fields_is_OutcomeUnknown_and_not_retried(bool afterCommit)
    {
        await using var h = await Harness.StartAsync(o => { o.DropRate = 1.0; o.Seed = SeedFor(afterCommit); });
        var error = await Harness.FailsAsync(() => h.Service.CreateAsync(Harness.Row("Nameonly"), IfExistsAction.Error, None));
        Assert.Equal(ErrorIds.OutcomeUnknown, error.ErrorId);
        Assert.Equal(LiveDeskErrorKind.ConnectionError, error.Kind);
        Assert.Equal(1, h.Server.Stats.Requests);
        Assert.Equal(afterCommit ? 1 : 0, h.Server.Contacts.Count);
    }

    [Fact]
    public async Task Drops_on_many_rows_with_unique_fields_never_duplicate()
    {
        await using var h = await Harness.StartAsync(o => { o.DropRate = 0.25; o.Seed = 99; }, s => s.MaximumRetryCount = 10);
        var rows = Enumerable.Range(0, 30).Select(i => Harness.Row($"R{i}", phone: $"+49151000{i:D4}")).ToList();
        var results = await Task.WhenAll(rows.Select(r => h.Service.CreateAsync(r, IfExistsAction.Error, None)));
        Assert.All(results, r => Assert.Equal(ContactOutcome.Created, r.Outcome));
        Assert.Equal(30, h.Server.Contacts.Count);
        Assert.Equal(30, h.Server.Contacts.Select(c => c.PhoneNumber).Distinct().Count());
        Assert.True(h.Server.Stats.Faults.Total > 0);
    }

    /// <summary>A seed whose first roll (four draws, see the sandbox's FaultDice) drops before or after the commit.</summary>
    private static int SeedFor(bool afterCommit)
    {
        for (var seed = 1; ; seed++)
        {
            var r = new Random(seed);
            r.NextDouble();
            var d2 = r.NextDouble();
            if ((d2 < 0.5) == afterCommit) return seed;
        }
    }

    // ---------------------------------------------------------------- rate limiting

    [Fact]
    public async Task Rate_limited_rows_still_succeed_and_the_governor_paces()
    {
        await using var h = await Harness.StartAsync(o => o.RateLimit = 8);
        var rows = Enumerable.Range(0, 20).Select(i => Harness.Row($"R{i}", $"rl{i}@x.io")).ToList();
        var results = await Task.WhenAll(rows.Select(r => h.Service.CreateAsync(r, IfExistsAction.Error, None)));

        Assert.Equal(20, results.Length);
        Assert.All(results, r => Assert.Equal(ContactOutcome.Created, r.Outcome));
        Assert.Equal(20, h.Server.Contacts.Count);
        var limited = h.Server.Stats.RateLimited;
        Assert.True(limited > 0, "the sandbox never answered 429");
        Assert.Equal(limited, h.Service.ThrottledCount);
        Assert.NotNull(h.Governor.CurrentRate);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Retry_after_is_honoured(bool asDate)
    {
        // Windows are aligned to the clock: start at a window's beginning so the date form is a whole second away.
        await using var h = await Harness.StartAsync(o => { o.RateLimit = 1; o.RetryAfter = !asDate; o.RetryAfterAsDate = asDate; o.TimeProvider = LiveDesk.Sandbox.ShiftedClock.StartingAtWindowStart(); });
        await h.Service.CreateAsync(Harness.Row("first", "ra1@x.io"), IfExistsAction.Error, None); // uses the window

        var watch = Stopwatch.StartNew();
        var c = await h.Service.CreateAsync(Harness.Row("second", "ra2@x.io"), IfExistsAction.Error, None);
        watch.Stop();

        Assert.Equal(ContactOutcome.Created, c.Outcome);
        // One 429, then a wait of at least the header's value (1 s, or up to the date), then success.
        Assert.Equal(1, h.Server.Stats.RateLimited);
        Assert.Equal(3, h.Server.Stats.Requests);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.8), $"waited only {watch.Elapsed}");
    }

    [Fact]
    public async Task MaximumRateLimitWait_zero_is_RateLimitExceeded()
    {
        await using var h = await Harness.StartAsync(o => { o.RateLimit = 1; o.RetryAfter = true; o.TimeProvider = LiveDesk.Sandbox.ShiftedClock.StartingAtWindowStart(); });
        h.Service.Retries.Settings.MaximumRateLimitWait = TimeSpan.Zero;
        await h.Service.CreateAsync(Harness.Row("first", "w1@x.io"), IfExistsAction.Error, None);
        var error = await Harness.FailsAsync(() => h.Service.CreateAsync(Harness.Row("second", "w2@x.io"), IfExistsAction.Error, None));
        Assert.Equal(ErrorIds.RateLimitExceeded, error.ErrorId);
        Assert.Equal(LiveDeskErrorKind.LimitsExceeded, error.Kind);
        Assert.Equal(429, error.StatusCode);
        Assert.Contains("not created", error.Message);
        Assert.Single(h.Server.Contacts);
        Assert.Equal(1, h.Server.Stats.RateLimited);
    }

    // ---------------------------------------------------------------- transport failures

    [Fact]
    public async Task Connection_refused_is_HostUnreachable_after_the_retries()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens there now

        var settings = new ClientSettings(new Uri($"http://127.0.0.1:{port}/"), Secrets.Key, Secrets.Secure(Secrets.Secret)) { Timeout = TimeSpan.FromSeconds(5) };
        using var client = new LiveDeskClient(settings);
        var trace = new List<string>();
        var service = new ContactService(client, new RateGovernor(), Harness.Policy(TimeSpan.FromMilliseconds(2), 3), l => { lock (trace) trace.Add(l); });

        var watch = Stopwatch.StartNew();
        var error = await Harness.FailsAsync(() => service.CreateAsync(Harness.Row("A"), IfExistsAction.Error, None));
        Assert.Equal(ErrorIds.HostUnreachable, error.ErrorId);
        Assert.True(error.Fatal);
        Assert.Equal(LiveDeskErrorKind.ConnectionError, error.Kind);
        Assert.Contains($"127.0.0.1:{port}", error.Message);
        Assert.Contains("4 attempts", error.Message);
        Assert.Equal(4, trace.Count(l => l.Contains("could not connect")));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        trace.ForEach(Secrets.AssertClean);

        // a GET is refused the same way
        var pageError = await Harness.FailsAsync(() => service.GetPageAsync(1, new ContactQuery { IncludeContactInboxes = false }, None));
        Assert.Equal(ErrorIds.HostUnreachable, pageError.ErrorId);
    }

    [Fact]
    public async Task Timeout_on_a_row_without_unique_fields_is_OutcomeUnknown_with_kind_OperationTimeout()
    {
        await using var h = await Harness.StartAsync(o => o.LatencyMs = 3000, s => s.Timeout = TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();
        var error = await Harness.FailsAsync(() => h.Service.CreateAsync(Harness.Row("Slow"), IfExistsAction.Error, None));
        Assert.Equal(ErrorIds.OutcomeUnknown, error.ErrorId);
        Assert.Equal(LiveDeskErrorKind.OperationTimeout, error.Kind);
        Assert.Contains("0.3 seconds", error.Message);
        Assert.Equal(1, h.Server.Stats.Requests);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2.5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Timeout_of_a_search_is_retried_then_LiveDesk_Timeout()
    {
        await using var h = await Harness.StartAsync(o => o.LatencyMs = 2000, s => { s.Timeout = TimeSpan.FromMilliseconds(150); s.MaximumRetryCount = 1; });
        var error = await Harness.FailsAsync(() => h.Service.GetPageAsync(1, new ContactQuery { Search = "x" }, None));
        Assert.Equal(ErrorIds.Timeout, error.ErrorId);
        Assert.Equal(LiveDeskErrorKind.OperationTimeout, error.Kind);
        Assert.Equal(2, h.Server.Stats.Requests);
    }

    [Fact]
    public async Task Cancellation_is_not_reported_as_a_timeout()
    {
        await using var h = await Harness.StartAsync(o => o.LatencyMs = 3000);
        using var cts = new CancellationTokenSource(200);
        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Service.CreateAsync(Harness.Row("A", "c@x.io"), IfExistsAction.Error, cts.Token));
        Secrets.AssertClean(ex);
    }

    // ---------------------------------------------------------------- search and paging

    [Fact]
    public async Task FindExactAsync_pages_through_substring_matches_to_the_exact_one()
    {
        await using var h = await Harness.StartAsync();
        // 35 contacts whose e-mail contains the target as a substring come first (ids 1..35: pages 1-3)
        await Task.WhenAll(Enumerable.Range(0, 35).Select(i => h.Service.CreateAsync(Harness.Row($"N{i}", $"x{i}bob@x.io"), IfExistsAction.Error, None)));
        var target = await h.Service.CreateAsync(Harness.Row("Bob", "bob@x.io", identifier: "bob@x.io-ident"), IfExistsAction.Error, None);
        var searchesBefore = h.Server.Stats.Searches;

        var found = await h.Service.FindExactAsync(UniqueField.Email, "BOB@X.IO", None);
        Assert.NotNull(found);
        Assert.Equal(target.Id, found!.Id);
        Assert.Equal(3, h.Server.Stats.Searches - searchesBefore); // 36 matches, 15 per page, target on page 3

        var byIdentifier = await h.Service.FindExactAsync(UniqueField.Identifier, "bob@x.io-ident", None);
        Assert.Equal(target.Id, byIdentifier!.Id);
        Assert.Null(await h.Service.FindExactAsync(UniqueField.Identifier, "BOB@X.IO-IDENT", None)); // identifiers are case-sensitive

        searchesBefore = h.Server.Stats.Searches;
        Assert.Null(await h.Service.FindExactAsync(UniqueField.Email, "ob@x.io", None)); // only substrings: none exact
        Assert.Equal(3, h.Server.Stats.Searches - searchesBefore); // stops at the end, does not page on to 50
    }

    [Fact]
    public async Task GetPageAsync_pages_15_at_a_time()
    {
        await using var h = await Harness.StartAsync();
        for (var i = 0; i < 20; i++) await h.Service.CreateAsync(Harness.Row($"P{i:D2}", identifier: $"p-{i}"), IfExistsAction.Error, None);

        var p1 = await h.Service.GetPageAsync(1, new ContactQuery(), None);
        var p2 = await h.Service.GetPageAsync(2, new ContactQuery(), None);
        var p3 = await h.Service.GetPageAsync(3, new ContactQuery(), None);
        Assert.Equal(15, p1.Contacts.Count);
        Assert.Equal(5, p2.Contacts.Count);
        Assert.Empty(p3.Contacts);
        Assert.Equal(20, p1.TotalCount);
        Assert.Equal(20, p1.Contacts.Concat(p2.Contacts).Select(c => c.Id).Distinct().Count());
        Assert.All(p1.Contacts, c => Assert.Equal(Harness.Inbox, c.InboxId));

        var sorted = await h.Service.GetPageAsync(1, new ContactQuery { Sort = "name", Descending = true, IncludeContactInboxes = false }, None);
        Assert.Equal("P19", sorted.Contacts[0].Name);
        Assert.Empty(sorted.Contacts[0].ContactInboxes); // include_contact_inboxes=false

        var search = await h.Service.GetPageAsync(1, new ContactQuery { Search = "P1", IncludeContactInboxes = false }, None);
        Assert.Equal(10, search.TotalCount); // P10..P19
        Assert.All(search.Contacts, c => Assert.StartsWith("P1", c.Name));
    }

    [Fact]
    public void BuildListPath_encodes_values()
    {
        Assert.Equal("api/v2/accounts/contacts?page=2&q=a%2Bb%40x.io%20%26%3D&sort=name&direction=desc&include_contact_inboxes=false",
            ContactService.BuildListPath(2, ListPageSize.Default, new ContactQuery { Search = "a+b@x.io &=", Sort = "name", Descending = true, IncludeContactInboxes = false }));
        Assert.Equal("api/v2/accounts/contacts?page=1", ContactService.BuildListPath(1, ListPageSize.Default, new ContactQuery()));
        Assert.Equal("api/v2/accounts/contacts?page=3&page_size=100&include_contact_inboxes=false", ContactService.BuildListPath(3, 100, new ContactQuery { IncludeContactInboxes = false }));
    }

    [Fact]
    public async Task Concurrent_creates_with_colliding_emails_have_exactly_one_winner()
    {
        await using var h = await Harness.StartAsync();
        var tasks = Enumerable.Range(0, 12)
            .Select(i => Task.Run(() => h.Service.CreateAsync(Harness.Row($"Racer {i}", i % 2 == 0 ? "race@x.io" : "RACE@x.io"), IfExistsAction.Error, None)))
            .ToList();
        var outcomes = new List<(LiveDeskContact? Contact, LiveDeskError? Error)>();
        foreach (var t in tasks)
        {
            try { outcomes.Add((await t, null)); }
            catch (LiveDeskException ex) { Secrets.AssertClean(ex); outcomes.Add((null, ex.Error)); }
        }
        Assert.Single(outcomes, o => o.Contact != null);
        Assert.Equal(11, outcomes.Count(o => o.Error?.ErrorId == ErrorIds.ContactDuplicate));
        Assert.Single(h.Server.Contacts);
    }

    [Fact]
    public async Task Update_of_a_missing_contact_is_ContactNotFound_and_custom_attributes_are_merged()
    {
        await using var h = await Harness.StartAsync();
        var error = await Harness.FailsAsync(() => h.Service.UpdateAsync(42, new ContactFields { Name = "x" }, None));
        Assert.Equal(ErrorIds.ContactNotFound, error.ErrorId);

        var c = await h.Service.CreateAsync(Harness.Row("A", "ca@x.io"), IfExistsAction.Error, None);
        await h.Service.UpdateAsync(c.Id, new ContactFields { CustomAttributes = new System.Collections.Hashtable { ["tier"] = "gold" } }, None);
        var updated = await h.Service.UpdateAsync(c.Id, new ContactFields { CustomAttributes = new System.Collections.Hashtable { ["score"] = 7 } }, None);
        Assert.Equal("gold", updated.CustomAttributes["tier"]);
        Assert.Equal(7L, Convert.ToInt64(updated.CustomAttributes["score"]));
        Assert.Equal("A", updated.Name);
    }
}

/// <summary>Its own class so that its waits run in parallel with the other sandbox tests.</summary>
public class PreExistingContactTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData(IfExistsAction.Error)]
    [InlineData(IfExistsAction.Skip)]
    [InlineData(IfExistsAction.Update)]
    public async Task A_contact_that_existed_before_the_import_is_not_claimed_as_Created_after_a_500(IfExistsAction ifExists)
    {
        await using var h = await Harness.StartAsync();
        var existing = await h.Service.CreateAsync(Harness.Row("Old Name", "pre@x.io"), IfExistsAction.Error, None);
        // The module allows two seconds of slack (whole-second created_at and Date, a Date refreshed once a
        // second): make "before this import" clearly older than that.
        await Task.Delay(4100);

        h.Knobs.FailRate = 1.0; // 500 before anything is stored
        h.OnTrace = _ => h.Knobs.FailRate = 0;
        var row = Harness.Row("New Name", "pre@x.io");
        if (ifExists == IfExistsAction.Error)
        {
            var error = await Harness.FailsAsync(() => h.Service.CreateAsync(row, ifExists, None));
            Assert.Equal(ErrorIds.ContactDuplicate, error.ErrorId);
            return;
        }
        var c = await h.Service.CreateAsync(row, ifExists, None);
        Assert.Equal(existing.Id, c.Id);
        Assert.Equal(ifExists == IfExistsAction.Skip ? ContactOutcome.Existing : ContactOutcome.Updated, c.Outcome);
        Assert.Equal(ifExists == IfExistsAction.Skip ? "Old Name" : "New Name", Assert.Single(h.Server.Contacts).Name);
    }
}
