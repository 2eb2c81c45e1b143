using System.Diagnostics;
using System.Text;
using LiveDesk.Contacts;
using LiveDesk.Errors;
using LiveDesk.Models;
using LiveDesk.Pacing;
using LiveDesk.Protocol;
using LiveDesk.Transport;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Every wait is bounded by a budget the user can see. Over real HTTP against a canned
/// loopback server; wall-time bounds are generous (the point is "not 11 days", not speed).
/// </summary>
public class RetryBudgetTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static byte[] Answer(int status, string? retryAfter, string body = """{"message":"slow down"}""")
    {
        var head = $"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nConnection: close\r\n"
            + (retryAfter == null ? "" : $"Retry-After: {retryAfter}\r\n")
            + $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n";
        return Encoding.UTF8.GetBytes(head + body);
    }

    private const string Created = """{"payload":{"contact":{"id":7,"name":"A"}}}""";
    private const string EmptyPage = """{"meta":{"count":0},"payload":[]}""";

    /// <summary>Answers the first <paramref name="times"/> requests with <paramref name="first"/>, then with 200 and <paramref name="then"/>.</summary>
    private static CannedServer FirstThen(byte[] first, int times, string then)
    {
        var count = 0;
        return new CannedServer(() => Interlocked.Increment(ref count) <= times ? first : Answer(200, null, then));
    }

    private static (LiveDeskClient Client, RateGovernor Governor, ContactService Service) Connect(Uri baseUri, Action<RetrySettings>? adjust = null)
    {
        var client = new LiveDeskClient(new ClientSettings(baseUri, Secrets.Key, Secrets.Secure(Secrets.Secret)) { Timeout = TimeSpan.FromSeconds(5) });
        var policy = Harness.Policy(TimeSpan.FromMilliseconds(5), 3);
        adjust?.Invoke(policy);
        var governor = new RateGovernor();
        return (client, governor, new ContactService(client, governor, policy));
    }

    private static void NewLiveDeskContact(RetrySettings p)
    {
        p.MaximumRateLimitWait = TimeSpan.FromSeconds(300);
        p.RateLimitBudgetName = "-MaximumRateLimitWaitSec";
    }

    [Theory]
    [InlineData("999999", "999999 s")]
    [InlineData("2147483647", "at least 31536000 s")]
    [InlineData("Fri, 31 Dec 9999 23:59:59 GMT", "at least 31536000 s")]
    public async Task A_429_asking_longer_than_the_budget_fails_the_row_at_once_and_the_pause_stays_within_it(string retryAfter, string shown)
    {
        await using var server = FirstThen(Answer(429, retryAfter), 1, Created);
        var (client, governor, service) = Connect(server.BaseUri, NewLiveDeskContact);
        using (client)
        {
            var watch = Stopwatch.StartNew();
            var error = await Harness.FailsAsync(() => service.CreateAsync(Harness.Row("A", "a@x.io"), IfExistsAction.Error, None));
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
            Assert.Equal(ErrorIds.RateLimitExceeded, error.ErrorId);
            Assert.Equal(LiveDeskErrorKind.LimitsExceeded, error.Kind);
            Assert.Equal(429, error.StatusCode);
            Assert.Contains(shown, error.Message);
            Assert.Contains("300 s allowed (-MaximumRateLimitWaitSec)", error.Message);
            Assert.Contains("The contact was not created.", error.Message);
            Assert.Equal(1, server.Requests);
            // The connection-wide pause is clamped: never longer than the budget or RateGovernor.MaximumPause.
            Assert.InRange(governor.CurrentPause, TimeSpan.FromSeconds(250), RateGovernor.MaximumPause);
        }
    }

    [Fact]
    public async Task A_pause_never_outlives_a_short_budget_and_later_requests_go_through()
    {
        await using var server = FirstThen(Answer(429, "999999"), 1, EmptyPage);
        var (client, governor, service) = Connect(server.BaseUri, p => p.MaximumRateLimitWait = TimeSpan.FromSeconds(1));
        using (client)
        {
            var error = await Harness.FailsAsync(() => service.GetPageAsync(1, new ContactQuery(), None));
            Assert.Equal(ErrorIds.RateLimitExceeded, error.ErrorId);
            Assert.True(governor.CurrentPause <= TimeSpan.FromSeconds(1), $"pause {governor.CurrentPause}");

            // Once the pause is over the connection tries again: the server's 11 days are not kept.
            while (governor.CurrentPause > TimeSpan.Zero) await Task.Delay(50);
            var watch = Stopwatch.StartNew();
            var page = await service.GetPageAsync(1, new ContactQuery(), None);
            Assert.Empty(page.Contacts);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        }
    }

    [Fact]
    public async Task While_the_pause_lasts_a_later_command_whose_budget_cannot_cover_the_Retry_After_fails_at_once_unsent()
    {
        await using var server = FirstThen(Answer(429, "999999"), 1, EmptyPage);
        var (client, governor, service) = Connect(server.BaseUri, NewLiveDeskContact);
        using (client)
        {
            await Harness.FailsAsync(() => service.CreateAsync(Harness.Row("A", "a@x.io"), IfExistsAction.Error, None));
            Assert.True(governor.CurrentPause > TimeSpan.FromSeconds(250), $"pause {governor.CurrentPause}");

            // Get-LiveDeskContact's own budget (300 s) cannot cover the 999999 s asked for: no 300 s wait, no request.
            service.Retries.Settings.RateLimitBudgetName = "the most Get-LiveDeskContact waits out rate limiting for one request";
            var watch = Stopwatch.StartNew();
            var error = await Harness.FailsAsync(() => service.GetPageAsync(1, new ContactQuery { NotDone = "The contacts were not read." }, None));
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
            Assert.Equal(ErrorIds.RateLimitExceeded, error.ErrorId);
            Assert.Equal(429, error.StatusCode);
            Assert.Contains("asked to wait 99999", error.Message);
            Assert.Contains("300 s allowed (the most Get-LiveDeskContact waits", error.Message);
            Assert.Contains("The contacts were not read.", error.Message);
            Assert.Equal(1, server.Requests);
        }
    }

    [Fact]
    public async Task A_Retry_After_within_the_budget_is_waited_out_by_later_requests()
    {
        await using var server = FirstThen(Answer(429, "1"), 1, EmptyPage);
        var (client, governor, service) = Connect(server.BaseUri, NewLiveDeskContact);
        using (client)
        {
            var first = service.GetPageAsync(1, new ContactQuery(), None);
            while (governor.CurrentPause == TimeSpan.Zero && !first.IsCompleted) await Task.Delay(10);
            // A second request during the pause waits it out like the first, instead of failing.
            var page = await service.GetPageAsync(1, new ContactQuery(), None);
            Assert.Empty(page.Contacts);
            Assert.Empty((await first).Contacts);
            Assert.Equal(3, server.Requests);
        }
    }

    [Fact]
    public async Task Get_has_its_own_wording_for_the_rate_limit_budget()
    {
        await using var server = FirstThen(Answer(429, "999999"), 10, EmptyPage);
        var (client, _, service) = Connect(server.BaseUri, p => p.RateLimitBudgetName = "the most Get-LiveDeskContact waits out rate limiting for one request");
        using (client)
        {
            var error = await Harness.FailsAsync(() => service.GetPageAsync(1, new ContactQuery(), None));
            Assert.Equal(ErrorIds.RateLimitExceeded, error.ErrorId);
            Assert.Contains("999999 s", error.Message);
            Assert.Contains("Get-LiveDeskContact", error.Message);
            Assert.Contains("The contacts were not read.", error.Message);
            Assert.DoesNotContain("-MaximumRateLimitWaitSec", error.Message);
            Assert.DoesNotContain("not created", error.Message);
        }
    }

    [Fact]
    public async Task A_Retry_After_date_in_the_past_means_now()
    {
        await using var server = FirstThen(Answer(429, "Thu, 01 Jan 1970 00:00:00 GMT"), 1, Created);
        var (client, governor, service) = Connect(server.BaseUri, NewLiveDeskContact);
        using (client)
        {
            var watch = Stopwatch.StartNew();
            var contact = await service.CreateAsync(Harness.Row("A", "a@x.io"), IfExistsAction.Error, None);
            Assert.Equal(ContactOutcome.Created, contact.Outcome);
            Assert.Equal(2, server.Requests);
            Assert.Equal(TimeSpan.Zero, governor.CurrentPause);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        }
    }

    [Theory]
    [InlineData(503, true)]
    [InlineData(503, false)]
    [InlineData(500, false)]
    public async Task A_5xx_Retry_After_longer_than_MaximumRetryTime_fails_at_once(int status, bool create)
    {
        await using var server = FirstThen(Answer(status, "999999"), 10, create ? Created : EmptyPage);
        var (client, _, service) = Connect(server.BaseUri, p => p.MaximumRetryTime = TimeSpan.FromSeconds(60));
        using (client)
        {
            var watch = Stopwatch.StartNew();
            var error = create
                ? await Harness.FailsAsync(() => service.CreateAsync(Harness.Row("A", "a@x.io"), IfExistsAction.Error, None))
                : await Harness.FailsAsync(() => service.GetPageAsync(1, new ContactQuery(), None));
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
            Assert.Equal(1, server.Requests);
            Assert.Equal(ErrorIds.ServerError, error.ErrorId);
            Assert.Equal(status, error.StatusCode);
            Assert.Contains("999999 s", error.Message);
            Assert.Contains("of the 60 s", error.Message);
            Assert.Contains(create ? "The contact was not created." : "The contacts were not read.", error.Message);
        }
    }

    [Fact]
    public async Task A_500_on_a_create_with_a_long_Retry_After_is_an_unknown_outcome_reported_at_once()
    {
        await using var server = FirstThen(Answer(500, "999999"), 10, Created);
        var (client, _, service) = Connect(server.BaseUri);
        using (client)
        {
            var watch = Stopwatch.StartNew();
            var error = await Harness.FailsAsync(() => service.CreateAsync(Harness.Row("A", "a@x.io"), IfExistsAction.Error, None));
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
            Assert.Equal(ErrorIds.OutcomeUnknown, error.ErrorId);
            Assert.Equal(1, server.Requests);
        }
    }

    [Fact]
    public async Task A_short_503_Retry_After_is_waited_out_and_retried()
    {
        await using var server = FirstThen(Answer(503, "1"), 1, Created);
        var (client, _, service) = Connect(server.BaseUri);
        using (client)
        {
            var watch = Stopwatch.StartNew();
            var contact = await service.CreateAsync(Harness.Row("A"), IfExistsAction.Error, None);
            Assert.Equal(7, contact.Id);
            Assert.Equal(2, server.Requests);
            Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.8), $"waited only {watch.Elapsed}");
        }
    }

    [Fact]
    public void Retry_After_values_are_clamped_not_thrown()
    {
        Assert.Equal(TimeSpan.Zero, LiveDeskClient.ClampRetryAfter(TimeSpan.FromDays(-3650)));
        Assert.Equal(LiveDeskClient.MaximumRetryAfter, LiveDeskClient.ClampRetryAfter(TimeSpan.MaxValue));
        Assert.Equal(TimeSpan.FromSeconds(5), LiveDeskClient.ClampRetryAfter(TimeSpan.FromSeconds(5)));
        var policy = new RetrySettings { MaximumRateLimitWait = TimeSpan.FromDays(1) };
        Assert.Equal(RateGovernor.MaximumPause, policy.PauseFor(TimeSpan.FromDays(7)));
        Assert.Null(policy.PauseFor(null));
    }
}
