using System.Globalization;
using System.Text;

namespace LiveDesk.Hostile;

/// <summary>
/// List answers of a server that lies about its size or never ends: each mode serves <c>GET</c> list pages (fresh
/// contacts with e-mails and identifiers, so an index of them costs real memory); a search (<c>q=</c>) finds nothing.
/// </summary>
internal static class LyingLists
{
    /// <summary>The modes this class answers.</summary>
    public static readonly string[] Modes = ["endless-list", "huge-count", "growing-count", "no-count", "list-fails", "fat-list"];

    /// <summary>The list answer of <paramref name="mode"/> for <paramref name="pathAndQuery"/>: (status, body), or null when the mode is not a lying list.</summary>
    public static (int Status, string Body)? Answer(string mode, string pathAndQuery)
    {
        if (Array.IndexOf(Modes, mode) < 0) return null;
        var query = Parse(pathAndQuery);
        if (query.TryGetValue("q", out var q) && q.Length > 0) return (200, "{\"meta\":{\"count\":0},\"payload\":[]}");
        var page = query.TryGetValue("page", out var p) && long.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
        // page_size is honoured up to 100, so the module's larger pages are tested against these lies too.
        var size = query.TryGetValue("page_size", out var s) && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var z) && z > 0 ? Math.Min(z, 100) : 15;
        switch (mode)
        {
            // Announces 30 contacts, and every page holds new ones.
            case "endless-list": return (200, Page(30, page, size, 0));
            // Claims 10^12 contacts, and serves them.
            case "huge-count": return (200, Page(1_000_000_000_000, page, size, 0));
            // Always claims one page more than it has served.
            case "growing-count": return (200, Page(page * size + size, page, size, 0));
            // Full pages forever, and no meta.count at all.
            case "no-count": return (200, Page(-1, page, size, 0));
            // Page 1 is fine (4,500 contacts announced); every later page fails.
            case "list-fails": return page == 1 ? (200, Page(4500, 1, size, 0)) : (503, "{\"error\":\"list unavailable\"}");
            // An honest 4,500 contacts, each with an 8,000-character identifier.
            case "fat-list": return (200, (page - 1) * size >= 4500 ? "{\"meta\":{\"count\":4500},\"payload\":[]}" : Page(4500, page, size, 8000));
            default: return null;
        }
    }

    private static string Page(long count, long page, int size, int identifierLength)
    {
        var body = new StringBuilder("{\"meta\":{");
        if (count >= 0) body.Append("\"count\":").Append(count.ToString(CultureInfo.InvariantCulture)).Append(',');
        body.Append("\"current_page\":").Append(page.ToString(CultureInfo.InvariantCulture)).Append("},\"payload\":[");
        var padding = new string('x', identifierLength);
        for (var i = 0; i < size; i++)
        {
            var id = (page - 1) * size + i + 1;
            var text = id.ToString(CultureInfo.InvariantCulture);
            if (i > 0) body.Append(',');
            body.Append("{\"id\":").Append(text).Append(",\"name\":\"Lie ").Append(text).Append("\",\"email\":\"lie").Append(text).Append("@hostile.example\",\"phone_number\":null,\"identifier\":\"ID-")
                .Append(text).Append(padding).Append("\",\"custom_attributes\":{},\"created_at\":1764288000}");
        }
        return body.Append("]}").ToString();
    }

    private static Dictionary<string, string> Parse(string pathAndQuery)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var mark = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        if (mark < 0) return result;
        foreach (var pair in pathAndQuery[(mark + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0) result[pair[..eq]] = Uri.UnescapeDataString(pair[(eq + 1)..]);
        }
        return result;
    }
}
