namespace LiveDesk.Sandbox.Tests;

/// <summary>The store's check-and-insert is atomic.</summary>
public class ConcurrencyTests
{
    private static async Task<Reply[]> ParallelAsync(Sandbox s, int n, Func<int, string> body)
    {
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, n).Select(async i =>
        {
            await go.Task;
            return await s.CreateAsync(body(i));
        }).ToArray();
        go.SetResult();
        return await Task.WhenAll(tasks);
    }

    [Fact]
    public async Task Fifty_parallel_creates_of_the_same_email_have_exactly_one_winner()
    {
        await using var s = await Sandbox.StartAsync();
        var replies = await ParallelAsync(s, 50, i => $$"""{"inbox_id":407,"name":"n{{i}}","email":"{{(i % 2 == 0 ? "Same@X.io" : "same@x.IO")}}"}""");
        Assert.Single(replies, r => r.Code == 200);
        Assert.Equal(49, replies.Count(r => r.Code == 422));
        Assert.All(replies.Where(r => r.Code == 422), r => CreateContactTests.AssertValidation(r, "Email has already been taken", "email"));
        Assert.Equal("same@x.io", Assert.Single(s.Server.Contacts).Email);
        Assert.Equal(1, s.Server.Stats.Creates);
        Assert.Equal(49, s.Server.Stats.StatusCount(422));
    }

    [Fact]
    public async Task Parallel_creates_of_the_same_phone_or_identifier_have_exactly_one_winner()
    {
        await using var s = await Sandbox.StartAsync();
        var phone = await ParallelAsync(s, 40, i => $$"""{"inbox_id":407,"email":"p{{i}}@x.io","phone_number":"+4915112345678"}""");
        Assert.Single(phone, r => r.Code == 200);
        var ident = await ParallelAsync(s, 40, i => $$"""{"inbox_id":407,"email":"i{{i}}@x.io","identifier":"crm-1"}""");
        Assert.Single(ident, r => r.Code == 200);
        Assert.Equal(2, s.Server.Contacts.Count);
    }

    [Fact]
    public async Task Parallel_unique_creates_all_succeed_with_distinct_sequential_ids()
    {
        await using var s = await Sandbox.StartAsync();
        const int n = 400;
        var replies = await ParallelAsync(s, n, i => $$"""{"inbox_id":407,"email":"u{{i}}@x.io"}""");
        Assert.All(replies, r => Assert.Equal(200, r.Code));
        var ids = replies.Select(r => r.Json.GetProperty("payload").GetProperty("contact").GetProperty("id").GetInt64()).OrderBy(i => i);
        Assert.Equal(Enumerable.Range(1, n).Select(i => (long)i), ids);
        Assert.Equal(n, s.Server.Contacts.Select(c => c.Email).Distinct().Count());
    }
}
