using System.Text;
using System.Text.Json.Nodes;
using LiveDesk.Errors;
using LiveDesk.Protocol;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Random mutations of valid and invalid bodies, checked against an independent reading of the same JSON:
/// a parser that succeeds returns what the body says (ids, number of contacts); one that fails throws only a
/// short LiveDeskResponseException; ParseError never throws and returns the body's own message, cleaned and
/// cut to 200 characters. Seeded, so a failure replays.
/// </summary>
public class ParserFuzzTests
{
    private static readonly string[] Seeds =
    {
        ResponseParserTests.DocumentedCreate,
        ResponseParserTests.ChatwootCreate,
        """{"meta":{"count":2,"current_page":"1"},"payload":[{"id":1,"email":"a@x.io","custom_attributes":{"a":[1,2]}},{"id":"2","blocked":"true","created_at":"1766571703","contact_inboxes":[{"source_id":"s","inbox":{"id":407,"name":"n"}}]}]}""",
        """{"payload":{"id":11,"name":"P","additional_attributes":{"x":{"y":[null,true,1.5e3]}},"last_activity_at":"2025-01-01T00:00:00Z"}}""",
        """{"payload":{"contact":{"id":11,"name":"P","phone_number":"+4915112345678"}}}""",
        """{"id":11,"name":"P","identifier":"u-1","thumbnail":""}""",
        """{"message":"Email has already been taken, Phone number has already been taken","attributes":["email","phone_number"]}""",
        """{"errors":["You need to sign in or sign up before continuing.",{"message":"m"}]}""",
        """{"error":"Invalid Access Token"}""",
        "<html>\r\n<head><title>500 Internal Server Error</title><script>x()</script></head>\r\n<body>\r\n<center><h1>500 Internal Server Error</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
        "Retry later",
        "",
        "{",
    };

    private static readonly string[] Replacements =
    {
        "\"x\"", "\"\"", "\"abc\"", "\"9999999999999999999999999\"", "\"1e400\"", "\"Infinity\"", "\"NaN\"", "\"-1\"", "\"true\"", "\"2025-13-45T99:99:99Z\"",
        "0", "-1", "1.5", "-0", "1e400", "-1e400", "1e-400", "9223372036854775808", "-9223372036854775809", "18446744073709551616",
        "253402300800", "-62135596801", "253402300799", "-62135596800", "1" + new string('0', 400), "0.1e1",
        "true", "false", "null", "{}", "[]", "[1,{\"a\":null}]", "{\"id\":1}", "{\"id\":\"abc\"}", "[[[[[]]]]]",
        "\"\\uD800\"", "\"\\u0000\"", "\"😀\"", "\"\\ud83d\\ude00\"",
    };

    private static readonly string[] Insertions =
    {
        "{", "}", "[", "]", "\"", ":", ",", "\\", " ", "\n", "0", "9", "-", ".", "e", "E", "+", "t", "n", "<", ">", "/",
        "é", "😀", "\u0000", "\uFFFF", "\uFEFF", "\u2028", "\uD800", "\uDC00", "李", "\u00A0", "\"id\"", "\"payload\"", "null",
    };

    [Fact]
    public void Parsers_only_throw_LiveDeskResponseException_and_ParseError_never_throws()
    {
        var random = new Random(20251224);
        var failures = new List<string>();
        var cases = 0;

        // every seed as is, then mutations
        var inputs = new List<string>(Seeds);
        for (var i = 0; i < 6000; i++)
        {
            var seed = Seeds[random.Next(Seeds.Length)];
            var body = seed;
            var steps = 1 + random.Next(4);
            for (var s = 0; s < steps; s++) body = Mutate(body, random);
            inputs.Add(body);
        }
        for (var i = 0; i < 1500; i++) inputs.Add(StructuralMutation(random));

        foreach (var body in inputs)
        {
            cases++;
            var oracle = Oracle.Read(body);
            Check("ParseCreated", () => ResponseParser.ParseCreated(body), c => oracle.Says(c.Id, oracle.CreatedId), body, failures);
            Check("ParsePage", () => ResponseParser.ParsePage(body), p => oracle.Unknown || oracle.PageIds != null && p.Contacts.Select(c => c.Id).SequenceEqual(oracle.PageIds), body, failures);
            Check("ParseSingle", () => ResponseParser.ParseSingle(body), c => oracle.Says(c.Id, oracle.SingleId), body, failures);
            foreach (var contentType in new[] { "application/json", "text/html", null })
            {
                try
                {
                    var e = ResponseParser.ParseError(body, contentType);
                    if (string.IsNullOrWhiteSpace(e.Message) || e.Message.Length > 200 || e.Message.Any(char.IsControl))
                        Record(failures, $"ParseError gave a bad message ({e.Message?.Length} chars)", body);
                    else if (oracle.ErrorMessage != null && e.Message != oracle.ErrorMessage)
                        Record(failures, "ParseError did not return the body's message", body);
                    else if (e.TakenFields.Count > 0 && !e.IsAlreadyTaken)
                        Record(failures, "ParseError named taken fields without 'already been taken'", body);
                }
                catch (Exception ex)
                {
                    Record(failures, $"ParseError threw {ex.GetType().Name}: {ex.Message}", body);
                }
            }
        }

        // Every generated case runs: a time cut-off made the count depend on how busy the machine was (CI once ran
        // 4,744 of them in 8 s and failed), and the cases take about a second on an idle machine.
        Assert.Equal(inputs.Count, cases);
        Assert.True(failures.Count == 0, $"{failures.Count} distinct failures in {cases} cases:\n" + string.Join("\n", failures.Take(15)));
    }

    [Fact]
    public void Deep_nesting_and_huge_bodies_are_response_exceptions()
    {
        var deep = "{\"payload\":{\"contact\":{\"id\":1,\"custom_attributes\":{\"a\":" + new string('[', 5000) + new string(']', 5000) + "}}}}";
        Assert.Throws<LiveDeskResponseException>(() => ResponseParser.ParseCreated(deep));
        var deepObjects = string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100);
        Assert.Throws<LiveDeskResponseException>(() => ResponseParser.ParseSingle(deepObjects));
        // just inside the depth limit is fine
        var ok = "{\"id\":1,\"custom_attributes\":" + string.Concat(Enumerable.Repeat("{\"a\":", 40)) + "1" + new string('}', 40) + "}";
        Assert.Equal(1, ResponseParser.ParseSingle(ok).Id);

        var many = "{\"payload\":[" + string.Join(",", Enumerable.Range(1, 20000).Select(i => $"{{\"id\":{i}}}")) + "]}";
        Assert.Equal(20000, ResponseParser.ParsePage(many).Contacts.Count);
        Assert.NotNull(ResponseParser.ParseError(deep, "application/json").Message);
        Assert.NotNull(ResponseParser.ParseError("<html>" + string.Concat(Enumerable.Repeat("<head><script>", 3000)), "text/html").Message);
    }

    private static void Check<T>(string parser, Func<T> parse, Func<T, bool> agrees, string body, List<string> failures)
    {
        try
        {
            var result = parse();
            if (!agrees(result)) Record(failures, parser + " returned something the body does not say", body);
        }
        catch (LiveDeskResponseException ex)
        {
            if (string.IsNullOrWhiteSpace(ex.Message) || ex.Message.Length > 400) Record(failures, $"{parser} threw a message of {ex.Message.Length} chars", body);
        }
        catch (Exception ex)
        {
            Record(failures, $"{parser} threw {ex.GetType().Name}: {ex.Message}", body);
        }
    }

    private static void Record(List<string> failures, string what, string body)
    {
        if (failures.Any(f => f.StartsWith(what, StringComparison.Ordinal))) return;
        var shown = body.Length > 160 ? body.Substring(0, 160) + "..." : body;
        var escaped = new StringBuilder();
        foreach (var c in shown) escaped.Append(c < 32 || (c >= 0xD800 && c <= 0xDFFF) ? $"\\u{(int)c:X4}" : c.ToString());
        failures.Add($"{what} | body: {escaped}");
    }

    private static string Mutate(string body, Random r)
    {
        if (body.Length == 0) return Insertions[r.Next(Insertions.Length)];
        var pos = r.Next(body.Length);
        switch (r.Next(9))
        {
            case 0: // truncate
                return body.Substring(0, pos);
            case 1: // delete a run
                return body.Remove(pos, Math.Min(body.Length - pos, 1 + r.Next(8)));
            case 2: // insert
                return body.Insert(pos, Insertions[r.Next(Insertions.Length)]);
            case 3: // flip one character
                return body.Substring(0, pos) + (char)r.Next(0, 0x3000) + body.Substring(pos + 1);
            case 4: // swap the type of a value
                return ReplaceValue(body, r, Replacements[r.Next(Replacements.Length)]);
            case 5: // deep nesting around a value
            {
                var depth = r.Next(2) == 0 ? r.Next(10, 70) : r.Next(60, 400);
                var open = r.Next(2) == 0 ? new string('[', depth) : string.Concat(Enumerable.Repeat("{\"a\":", depth));
                var close = open[0] == '[' ? new string(']', depth) : new string('}', depth);
                return ReplaceValue(body, r, open + "1" + close);
            }
            case 6: // huge number
                return ReplaceValue(body, r, r.Next(2) == 0 ? new string('9', r.Next(20, 600)) : "1e" + r.Next(300, 100000));
            case 7: // random unicode, including lone surrogates
            {
                var sb = new StringBuilder();
                for (var i = 0; i < 1 + r.Next(4); i++) sb.Append((char)r.Next(0x80, 0x10000));
                return body.Insert(pos, sb.ToString());
            }
            default: // duplicate a slice
            {
                var len = Math.Min(body.Length - pos, r.Next(1, 40));
                return body.Insert(pos, body.Substring(pos, len));
            }
        }
    }

    /// <summary>Replaces a random JSON value (after a ':' or inside an array) with <paramref name="value"/>.</summary>
    private static string ReplaceValue(string body, Random r, string value)
    {
        var colons = new List<int>();
        for (var i = 0; i < body.Length; i++) if (body[i] == ':') colons.Add(i);
        if (colons.Count == 0) return body + value;
        var start = colons[r.Next(colons.Count)] + 1;
        while (start < body.Length && body[start] == ' ') start++;
        var end = start;
        if (end < body.Length && body[end] == '"')
        {
            end++;
            while (end < body.Length && body[end] != '"') end += body[end] == '\\' ? 2 : 1;
            end = Math.Min(end + 1, body.Length);
        }
        else if (end < body.Length && (body[end] == '{' || body[end] == '['))
        {
            var depth = 0;
            do
            {
                if (body[end] == '{' || body[end] == '[') depth++;
                else if (body[end] == '}' || body[end] == ']') depth--;
                end++;
            } while (end < body.Length && depth > 0);
        }
        else
        {
            while (end < body.Length && body[end] != ',' && body[end] != '}' && body[end] != ']') end++;
        }
        return body.Substring(0, start) + value + body.Substring(end);
    }

    /// <summary>A valid JSON document built from a seed with values swapped for values of other types.</summary>
    private static string StructuralMutation(Random r)
    {
        var seed = Seeds[r.Next(7)];
        var node = JsonNode.Parse(seed)!;
        var all = new List<(JsonNode Parent, object Key)>();
        Collect(node, all);
        for (var i = 0; i < 1 + r.Next(3) && all.Count > 0; i++)
        {
            var (parent, key) = all[r.Next(all.Count)];
            var replacement = JsonNode.Parse(Replacements[r.Next(Replacements.Length)]);
            try
            {
                if (parent is JsonObject o) o[(string)key] = replacement;
                else if (parent is JsonArray a) a[(int)key] = replacement;
            }
            catch (InvalidOperationException) { }
        }
        try
        {
            return node.ToJsonString();
        }
        catch (Exception)
        {
            return seed;
        }
    }

    private static void Collect(JsonNode? node, List<(JsonNode, object)> all)
    {
        if (node is JsonObject o)
        {
            foreach (var p in o.ToList())
            {
                all.Add((o, p.Key));
                Collect(p.Value, all);
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                all.Add((a, i));
                Collect(a[i], all);
            }
        }
    }

    /// <summary>What a body says, read with JsonNode instead of the parser under test. Unknown when JsonNode cannot say.</summary>
    private sealed record Oracle(bool Unknown, long? CreatedId, long? SingleId, long[]? PageIds, string? ErrorMessage)
    {
        private static readonly Oracle Nothing = new(false, null, null, null, null);

        public static Oracle Read(string body)
        {
            try
            {
                if (JsonNode.Parse(body, documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 64 }) is not JsonObject root) return Nothing;
                var payload = Get(root, "payload");
                var contact = Get(payload, "contact") as JsonObject ?? (payload is JsonObject po && Get(po, "id") != null ? po : null);
                JsonNode? single = payload ?? root;
                if (Get(single, "contact") is JsonObject inner) single = inner;
                var page = payload is JsonArray list && list.All(i => i is JsonObject) ? list.Select(i => Id(Get(i, "id")) ?? long.MinValue).ToArray() : null;
                return new Oracle(false, Id(Get(contact, "id")), Id(Get(single, "id")), page, Message(root));
            }
            catch (System.Text.Json.JsonException) { return Nothing; }
            catch (Exception) { return new Oracle(true, null, null, null, null); }
        }

        public bool Says(long? id, long? expected) => Unknown || id == expected;

        private static JsonNode? Get(JsonNode? node, string name) => node is JsonObject o ? o[name] : null;

        private static long? Id(JsonNode? node)
        {
            if (node is not JsonValue v) return null;
            if (v.TryGetValue<long>(out var n)) return n;
            if (v.TryGetValue<double>(out var d) && d == Math.Floor(d) && Math.Abs(d) < 9.2e18) return (long)d;
            if (v.TryGetValue<string>(out var s) && long.TryParse(s, out var l)) return l;
            return null;
        }

        // Only the plain case: "message" is a non-empty string without control characters.
        private static string? Message(JsonObject o)
        {
            if (Get(o, "message") is JsonValue v && v.TryGetValue<string>(out var m) && m.Trim().Length > 0 && !m.Any(char.IsControl) && !m.Any(char.IsSurrogate))
                return m.Trim().Length <= 200 ? m.Trim() : m.Trim().Substring(0, 197) + "...";
            return null;
        }
    }
}
