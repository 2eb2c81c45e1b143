using System.Text;
using LiveDesk.Contacts;
using LiveDesk.Errors;
using LiveDesk.Pacing;
using LiveDesk.Protocol;
using LiveDesk.Transport;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>The paging loop against a server that ignores <c>page</c>, the -Skip bound, and how -InboxId reads its input.</summary>
public class PagingAndInputTests
{
    private static string FullPage(int firstId) =>
        "{\"meta\":{\"count\":300},\"payload\":[" + string.Join(",", Enumerable.Range(firstId, ListPageSize.Default).Select(i => $"{{\"id\":{i},\"email\":\"c{i}@x.io\"}}")) + "]}";

    private static (LiveDeskClient, ContactService) Connect(Uri baseUri)
    {
        var client = new LiveDeskClient(new ClientSettings(baseUri, Secrets.Key, Secrets.Secure(Secrets.Secret)) { Timeout = TimeSpan.FromSeconds(5) });
        return (client, new ContactService(client, new RateGovernor(), Harness.Policy(TimeSpan.FromMilliseconds(5), 2)));
    }

    [Fact]
    public async Task A_server_that_ignores_page_stops_the_listing_with_InvalidResponse_on_the_second_page()
    {
        await using var server = CannedServer.Respond(200, "application/json", FullPage(1));
        var (client, service) = Connect(server.BaseUri);
        using (client)
        {
            var pager = new ContactPager(service, new ContactQuery());
            var first = await pager.NextAsync(CancellationToken.None);
            Assert.Equal(ListPageSize.Default, first!.Contacts.Count);
            var error = await Harness.FailsAsync(() => pager.NextAsync(CancellationToken.None));
            Assert.Equal(ErrorIds.InvalidResponse, error.ErrorId);
            Assert.Equal(LiveDeskErrorKind.InvalidResult, error.Kind);
            Assert.Contains("page 2 with the same contacts as page 1", error.Message);
            Assert.Equal(2, server.Requests);

            // an exact lookup uses the same loop
            var lookup = await Harness.FailsAsync(() => service.FindExactAsync(UniqueField.Email, "nobody@x.io", CancellationToken.None));
            Assert.Equal(ErrorIds.InvalidResponse, lookup.ErrorId);
            Assert.Equal(4, server.Requests);
        }
    }

    [Fact]
    public async Task Paging_ends_at_a_short_page_and_at_meta_count()
    {
        var pages = 0;
        await using var server = new CannedServer(() =>
        {
            var n = Interlocked.Increment(ref pages);
            var body = n < 3 ? FullPage(n * 100) : "{\"meta\":{\"count\":33},\"payload\":[{\"id\":999}]}";
            return Encoding.UTF8.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}");
        });
        var (client, service) = Connect(server.BaseUri);
        using (client)
        {
            var pager = new ContactPager(service, new ContactQuery());
            var read = new List<int>();
            while (await pager.NextAsync(CancellationToken.None) is ContactPage page) read.Add(page.Contacts.Count);
            Assert.Equal(new[] { 15, 15, 1 }, read);
            Assert.Equal(3, server.Requests);
        }
    }

    [Fact]
    public void The_largest_skip_still_has_a_positive_page()
    {
        Assert.Equal(int.MaxValue, ContactPager.MaximumSkip / ListPageSize.Default + 1);
        Assert.True(40000000000L > ContactPager.MaximumSkip, "-Skip 40000000000 must be refused");
    }

    [Theory]
    [InlineData("407", 407L, null)]
    [InlineData(" 407 ", 407L, null)]
    [InlineData(407.0, 407L, null)]
    [InlineData("abc", 0L, "abc")]
    [InlineData("407.0", 0L, "407.0")]
    [InlineData(407.5, 0L, "407.5")]
    [InlineData(9.2233720368547758E18, 0L, "9.223372036854776E+18")]
    [InlineData("", 0L, "")]
    public void InboxId_reading_keeps_the_text_of_what_it_cannot_read(object input, long expected, string? rejected)
    {
        Assert.Equal(rejected == null ? expected : null, ContactValidator.ReadInboxId(input, out var text));
        Assert.Equal(rejected, text);
        if (rejected != null)
        {
            var error = ContactValidator.InvalidInboxId(rejected);
            Assert.Equal(ErrorIds.InvalidInboxId, error.ErrorId);
            Assert.Contains($"Inbox id '{rejected}' is not", error.Message);
        }
    }
}
