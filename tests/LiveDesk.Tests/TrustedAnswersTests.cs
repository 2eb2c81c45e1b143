using System.Net;
using System.Net.Sockets;
using System.Text;
using LiveDesk.Contacts;
using LiveDesk.Errors;
using LiveDesk.Hostile;
using LiveDesk.Models;
using LiveDesk.Pacing;
using LiveDesk.Protocol;
using LiveDesk.Transport;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Answers read for what they are: a 422 that is only partly "already taken" is no duplicate, a 422 on a read
/// is a rejected request (not a rejected contact).
/// </summary>
public sealed class TrustedAnswersTests
{
    [Theory]
    [InlineData("""{"message":"Email has already been taken, Name is too long","attributes":["email","name"]}""")]
    [InlineData("""{"message":"Name is too long, Email has already been taken"}""")]
    [InlineData("""{"errors":["Email has already been taken","Phone number is invalid"]}""")]
    public void A_422_that_mixes_already_taken_with_another_complaint_is_not_taken(string body)
    {
        var error = ResponseParser.ParseError(body, "application/json");
        Assert.False(error.IsAlreadyTaken);
        Assert.Empty(error.TakenFields);
    }

    [Fact]
    public async Task Under_IfExists_Skip_a_mixed_422_fails_the_row_as_rejected_instead_of_returning_the_existing_contact()
    {
        await using var server = HostileServer.Start();
        using var client = new LiveDeskClient(new ClientSettings(server.Mode("taken-mixed"), Secrets.Key, Secrets.Secure(Secrets.Secret)));
        var service = new ContactService(client, new RateGovernor(), new RetrySettings { RetryInterval = TimeSpan.FromMilliseconds(5) });
        var error = await Harness.FailsAsync(() => service.CreateAsync(Harness.Row("Mixed", "mixed@example.com"), IfExistsAction.Skip, CancellationToken.None));
        Assert.Equal(ErrorIds.ContactInvalid, error.ErrorId);
        Assert.Contains("Name is too long", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_422_on_a_list_request_says_the_request_was_rejected_not_the_contact()
    {
        await using var server = HostileServer.Start();
        using var client = new LiveDeskClient(new ClientSettings(server.Mode("echo-422"), Secrets.Key, Secrets.Secure(Secrets.Secret)));
        var service = new ContactService(client, new RateGovernor(), new RetrySettings { RetryInterval = TimeSpan.FromMilliseconds(5) });
        var error = await Harness.FailsAsync(() => service.GetPageAsync(1, new ContactQuery(), CancellationToken.None));
        Assert.StartsWith("LiveDesk rejected the request: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("contact", error.Message[..40], StringComparison.OrdinalIgnoreCase);
    }
}
