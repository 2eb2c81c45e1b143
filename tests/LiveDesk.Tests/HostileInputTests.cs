using System.Collections;
using System.Collections.Specialized;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using LiveDesk.Contacts;
using LiveDesk.Errors;
using LiveDesk.Models;
using LiveDesk.Protocol;
using LiveDesk.Transport;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Odd input and hostile bodies below the HTTP layer (what a careless file or a hostile server can send): custom attributes without a JSON form,
/// lone surrogates, pathological HTML, charset and proxy decisions, and the Windows PowerShell 5.1 TLS rule.
/// PSObject, PSCustomObject and script blocks need a real PowerShell: tests/Pester/Hostile.Tests.ps1 covers them.
/// </summary>
public sealed class HostileInputTests
{
    private static LiveDeskError Invalid(IDictionary attributes)
    {
        var error = CustomAttributeValues.TryNormalize(attributes, out var plain);
        Assert.NotNull(error);
        Assert.Null(plain);
        Assert.Equal(ErrorIds.InvalidInput, error!.ErrorId);
        Assert.Equal(LiveDeskErrorKind.InvalidArgument, error.Kind);
        return error;
    }

    [Fact]
    public void A_hashtable_that_contains_itself_is_InvalidInput_not_a_stack_overflow()
    {
        var h = new Hashtable { ["a"] = 1 };
        h["self"] = h;
        Assert.Contains("itself", Invalid(h).Message);
    }

    [Fact]
    public void A_cycle_through_a_list_is_InvalidInput()
    {
        var list = new ArrayList { 1 };
        var h = new Hashtable { ["list"] = list };
        list.Add(h);
        Assert.Contains("itself", Invalid(h).Message);
    }

    [Fact]
    public void A_shared_but_acyclic_value_is_written_twice()
    {
        var shared = new Hashtable { ["x"] = 1 };
        var plain = CustomAttributeValues.Normalize(new Hashtable { ["a"] = shared, ["b"] = new object[] { shared, shared } });
        using var doc = JsonDocument.Parse(RequestWriter.UpdateBody(new ContactFields { CustomAttributes = plain }));
        var ca = doc.RootElement.GetProperty("custom_attributes");
        Assert.Equal(1, ca.GetProperty("a").GetProperty("x").GetInt32());
        Assert.Equal(2, ca.GetProperty("b").GetArrayLength());
    }

    [Theory]
    [InlineData(16, true)]
    [InlineData(17, false)]
    public void Nesting_is_bounded_at_16_levels(int levels, bool accepted)
    {
        var top = new Hashtable();
        var current = top;
        for (var i = 1; i < levels; i++)
        {
            var next = new Hashtable();
            current["n"] = next;
            current = next;
        }
        current["leaf"] = 1;
        var error = CustomAttributeValues.TryNormalize(top, out _);
        if (accepted) Assert.Null(error);
        else Assert.Contains("16", Invalid(top).Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void NaN_and_Infinity_are_InvalidInput(double value)
    {
        Assert.Contains("'score'", Invalid(new Hashtable { ["score"] = value }).Message);
        Invalid(new Hashtable { ["list"] = new object[] { 1, (float)value } });
    }

    [Fact]
    public void Xml_and_other_live_objects_are_InvalidInput()
    {
        var xml = new System.Xml.XmlDocument();
        xml.LoadXml("<a><b><c/></b></a>");
        Assert.Contains("XmlDocument", Invalid(new Hashtable { ["x"] = xml }).Message);
        Assert.Contains("Stopwatch", Invalid(new Hashtable { ["w"] = new Stopwatch() }).Message);
        // A lazy sequence could be endless, or enumerate something no one meant to send.
        Invalid(new Hashtable { ["lazy"] = Enumerable.Range(1, 3).Select(i => i) });
    }

    [Fact]
    public void Too_many_values_are_InvalidInput()
    {
        Assert.Contains("10000", Invalid(new Hashtable { ["big"] = new object[CustomAttributeValues.MaxValues + 1] }).Message);
    }

    [Fact]
    public void A_lone_surrogate_in_a_custom_attribute_is_InvalidInput()
    {
        Assert.Contains("surrogate", Invalid(new Hashtable { ["t"] = "ab\uD83D" }).Message);
        Invalid(new Hashtable { ["k\uDC00"] = "x" });
    }

    [Fact]
    public void Keys_that_collide_as_text_are_InvalidInput()
    {
        Assert.Contains("twice", Invalid(new Hashtable { [1] = "number", ["1"] = "text" }).Message);
    }

    [Fact]
    public void Scalars_become_their_JSON_form_and_nested_objects_keep_their_order()
    {
        var nested = new OrderedDictionary { ["z"] = 1, ["a"] = 2, ["m"] = 3 };
        var id = Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff");
        var plain = CustomAttributeValues.Normalize(new Hashtable
        {
            ["id"] = id,
            ["kind"] = DayOfWeek.Friday,
            ["when"] = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(1)),
            ["big"] = ulong.MaxValue,
            ["price"] = 12.50m,
            ["char"] = 'x',
            ["site"] = new Uri("https://example.com/a b"),
            ["nested"] = nested,
        });
        using var doc = JsonDocument.Parse(RequestWriter.UpdateBody(new ContactFields { CustomAttributes = plain }));
        var ca = doc.RootElement.GetProperty("custom_attributes");
        Assert.Equal(id.ToString(), ca.GetProperty("id").GetString());
        Assert.Equal("Friday", ca.GetProperty("kind").GetString());
        Assert.Equal("2026-11-28T10:00:00.0000000+01:00", ca.GetProperty("when").GetString());
        Assert.Equal(ulong.MaxValue, ca.GetProperty("big").GetUInt64());
        Assert.Equal(12.50m, ca.GetProperty("price").GetDecimal());
        Assert.Equal("x", ca.GetProperty("char").GetString());
        Assert.Equal("https://example.com/a b", ca.GetProperty("site").GetString());
        Assert.Equal(new[] { "z", "a", "m" }, ca.GetProperty("nested").EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Theory]
    [InlineData("Name")]
    [InlineData("Email")]
    [InlineData("Identifier")]
    public void A_lone_surrogate_in_a_contact_field_is_InvalidInput_not_a_silent_replacement(string field)
    {
        var fields = new ContactFields { InboxId = 407 };
        var value = field == "Email" ? "a\uD800@example.com" : "Bo \uDE00";
        typeof(ContactFields).GetProperty(field)!.SetValue(fields, value);
        var error = ContactValidator.Validate(fields, requireInbox: true);
        Assert.NotNull(error);
        Assert.Equal(ErrorIds.InvalidInput, error!.ErrorId);
        Assert.Contains(field, error.Message);
        // A whole emoji is fine.
        Assert.Null(ContactValidator.Validate(new ContactFields { InboxId = 407, Name = "Bo 😀" }, requireInbox: true));
    }

    [Fact]
    public void Set_validation_turns_a_cyclic_custom_attribute_into_the_row_error()
    {
        var h = new Hashtable();
        h["self"] = h;
        var error = ContactValidator.Validate(new ContactFields { CustomAttributes = h }, requireInbox: false);
        Assert.Equal(ErrorIds.InvalidInput, error?.ErrorId);
    }

    public static TheoryData<string> PathologicalHtml()
    {
        const int size = 1024 * 1024;
        static string Repeat(string unit) => new StringBuilder(size + unit.Length).Insert(0, unit, size / unit.Length).ToString();
        return new TheoryData<string>
        {
            Repeat("<head>"),
            Repeat("<script>"),
            Repeat("<title>"),
            Repeat("<"),
            Repeat("<a "),
            "<title>" + Repeat("x"),
            Repeat("<head><title>t</title>"),
            Repeat("&amp;"),
        };
    }

    [Theory]
    [MemberData(nameof(PathologicalHtml))]
    public void Html_error_bodies_are_summarised_in_bounded_time(string html)
    {
        var watch = Stopwatch.StartNew();
        var error = ResponseParser.ParseError(html, "text/html");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"{watch.Elapsed} for {html.Substring(0, 20)}...");
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.True(error.Message.Length <= 200);
    }

    [Fact]
    public void Html_markup_without_text_is_not_reported_as_an_empty_body()
    {
        Assert.Equal("(an HTML page without text)", ResponseParser.ParseError(string.Concat(Enumerable.Repeat("<head>", 50)), "text/html").Message);
    }

    [Fact]
    public void Html_blocks_are_skipped_and_the_title_kept_by_the_scanner()
    {
        var text = ResponseParser.HtmlToText("<html><HEAD><Title>407  Proxy\nAuth</Title><style>p{}</style></HEAD><body><script type=x>var s=1;</script><header>Top</header><p>Log&nbsp;in</p></body></html>");
        Assert.StartsWith("407 Proxy Auth: ", text);
        Assert.Contains("Top", text);
        Assert.Contains("Log\u00A0in", text);
        Assert.DoesNotContain("var s", text);
        Assert.DoesNotContain("p{}", text);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'{' }, null, "utf-8", 3)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'{' }, "iso-8859-1", "utf-8", 3)]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'{', 0 }, null, "utf-16", 2)]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'{' }, "utf-8", "utf-16BE", 2)]
    [InlineData(new byte[] { (byte)'{', 0 }, "utf-16", "utf-16", 0)]
    [InlineData(new byte[] { (byte)'{' }, "\"UTF-8\"", "utf-8", 0)]
    [InlineData(new byte[] { (byte)'{' }, "iso-8859-1", "iso-8859-1", 0)]
    [InlineData(new byte[] { (byte)'{' }, null, "utf-8", 0)]
    public void The_encoding_is_the_BOM_then_the_charset_then_UTF8(byte[] bytes, string? charset, string expected, int preamble)
    {
        var encoding = ResponseEncoding.Choose(bytes, bytes.Length, charset, out var skip);
        Assert.Equal(expected, encoding?.WebName);
        Assert.Equal(preamble, skip);
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("x-hostile")]
    [InlineData("")]
    public void An_undecodable_charset_is_null_not_an_exception(string charset)
    {
        var encoding = ResponseEncoding.Choose(new byte[] { (byte)'{' }, 1, charset + (charset.Length == 0 ? "\"\"" : string.Empty), out _);
        if (charset.Length == 0) Assert.Equal("utf-8", encoding?.WebName);
        else Assert.Null(encoding);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/", null, false, "Direct")]
    [InlineData("http://localhost:5000/", null, false, "Direct")]
    [InlineData("http://[::1]:5000/", null, false, "Direct")]
    [InlineData("https://livedesk-api.engagelab.com/", null, false, "Default")]
    [InlineData("https://livedesk-api.engagelab.com/", null, true, "Direct")]
    [InlineData("https://livedesk-api.engagelab.com/", "http://proxy:3128/", false, "Explicit")]
    // An explicit -Proxy wins even for loopback: the user asked for it (a debugging proxy, typically).
    [InlineData("http://127.0.0.1:5000/", "http://proxy:3128/", false, "Explicit")]
    public void The_proxy_route_never_sends_loopback_to_the_default_proxy(string baseUri, string? proxy, bool noProxy, string expected)
    {
        Assert.Equal(expected, ClientHandler.ChooseProxyRoute(new Uri(baseUri), proxy == null ? null : new Uri(proxy), noProxy).ToString());
    }

    [Theory]
    // SystemDefault: Windows chooses (TLS 1.3 included); OR-ing TLS 1.2 in would pin the process to 1.2.
    [InlineData(0, null)]
    // Already allows TLS 1.2: nothing to change.
    [InlineData((int)SecurityProtocolType.Tls12, null)]
    [InlineData((int)(SecurityProtocolType.Tls12 | SecurityProtocolType.Tls11), null)]
    [InlineData((int)(SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13), null)]
    // An old explicit setting without TLS 1.2: add it, keep the rest.
    [InlineData((int)(SecurityProtocolType.Tls | SecurityProtocolType.Tls11), (int)(SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12))]
    [InlineData((int)SecurityProtocolType.Tls13, (int)(SecurityProtocolType.Tls13 | SecurityProtocolType.Tls12))]
    public void TLS_1_2_is_added_only_when_the_process_neither_uses_SystemDefault_nor_allows_it(int current, int? expected)
    {
#pragma warning disable SYSLIB0039 // the old protocols are the point of the test
        var result = ClientHandler.ProtocolsWithTls12((SecurityProtocolType)current);
#pragma warning restore SYSLIB0039
        Assert.Equal(expected, result == null ? null : (int?)result.Value);
    }
}
