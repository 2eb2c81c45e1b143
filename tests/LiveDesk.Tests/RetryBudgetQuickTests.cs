using LiveDesk.Transport;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// A lone server error among good answers is retried after a tenth of the back-off, so that it does not hold its
/// row (and the import's end) for seconds; once more than about one request in five fails, the full back-off again.
/// </summary>
public class RetryBudgetQuickTests
{
    private static TimeSpan After500(RetryRules rules) => rules.AfterAnswer(new ApiResponse { StatusCode = 500 })!.Value;

    [Fact]
    public void A_blip_is_retried_quickly_and_a_run_of_failures_gets_the_full_back_off()
    {
        var settings = new RetrySettings { RetryInterval = TimeSpan.FromSeconds(1), MaximumRetryCount = 4 };
        var budget = new RetryBudget(initial: 1);
        var rules = new RetryRules(settings, RequestKind.Idempotent, "Not done.", budget: budget);
        // Quick: a tenth of 1 s, jittered to [0.5, 1.5).
        Assert.InRange(After500(rules).TotalSeconds, 0.05, 0.15);
        // The budget is spent: the second retry waits the full, doubled back-off (2 s jittered).
        Assert.InRange(After500(rules).TotalSeconds, 1.0, 3.0);
        // Five good answers earn one quick retry again (a tenth of 4 s, jittered).
        for (var i = 0; i < 5; i++) budget.OnGoodAnswer();
        Assert.InRange(After500(rules).TotalSeconds, 0.2, 0.6);
    }

    [Fact]
    public void Quick_retries_stay_within_about_one_request_in_five()
    {
        var budget = new RetryBudget(initial: 0);
        var quick = 0;
        for (var i = 0; i < 1000; i++)
        {
            budget.OnGoodAnswer();
            if (budget.TryTakeQuick()) quick++;
        }
        Assert.InRange(quick, 190, 200);
    }
}
