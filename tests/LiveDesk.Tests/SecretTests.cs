using System.Reflection;
using LiveDesk.Models;
using LiveDesk.Transport;
using Xunit;

namespace LiveDesk.Tests;

public class SecretTests
{
    private static ClientSettings Settings() =>
        new(new Uri("https://livedesk-api.engagelab.com/"), "ak-0123456789abcdef", Secrets.Secure(Secrets.Secret));

    [Fact]
    public void ToString_of_settings_connection_and_client_never_shows_the_secret()
    {
        var settings = Settings();
        var connection = new LiveDeskConnection(settings, new RetrySettings());
        using var client = new LiveDeskClient(settings);
        foreach (var text in new[] { settings.ToString(), connection.ToString(), client.ToString(), connection.Client.ToString() })
        {
            Secrets.AssertClean(text);
            Assert.DoesNotContain(Secrets.Base64("ak-0123456789abcdef", Secrets.Secret), text);
        }
        Assert.Contains("(key ***************cdef)", connection.ToString());
        Assert.DoesNotContain("ak-0123456789abcdef", connection.ToString());
        connection.Client.Dispose();
    }

    [Fact]
    public void No_public_property_exposes_the_secret()
    {
        var settings = Settings();
        var connection = new LiveDeskConnection(settings, new RetrySettings());
        foreach (var target in new object[] { settings, connection })
        {
            foreach (var p in target.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var value = p.GetValue(target);
                Assert.False(value is System.Security.SecureString, $"{target.GetType().Name}.{p.Name} exposes the SecureString");
                Secrets.AssertClean(value?.ToString());
            }
        }
        Assert.Equal("***************cdef", connection.ApiKey);
        Assert.Equal("ak-0123456789abcdef", settings.ApiKey);
        connection.Client.Dispose();
    }

    [Theory]
    [InlineData("ak-0123456789abcdef", "***************cdef")]
    [InlineData("sandbox-key", "*******-key")]
    [InlineData("abcde", "*bcde")]
    [InlineData("abcd", "****")]
    [InlineData("abc", "***")]
    [InlineData("", "")]
    public void Mask_keeps_only_the_last_four_characters(string key, string expected)
    {
        var masked = LiveDeskConnection.Mask(key);
        Assert.Equal(expected, masked);
        Assert.Equal(key.Length, masked.Length);
    }

    [Fact]
    public void Mask_of_null_is_empty()
    {
        Assert.Equal(string.Empty, LiveDeskConnection.Mask(null!));
    }
}
