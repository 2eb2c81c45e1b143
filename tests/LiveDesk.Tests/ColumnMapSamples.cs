using LiveDesk.Input;

namespace LiveDesk.Tests;

/// <summary>Column maps built from headers and first rows, as the lookahead builds them, for the recognition tests.</summary>
internal static class ColumnMapSamples
{
    /// <summary>The headers filling <paramref name="field"/>, best first.</summary>
    public static IReadOnlyList<string> Order(ColumnMap map, ContactField field) => map.SourcesFor(field).Select(s => s.Header).ToList();

    /// <summary>A map of these headers whose first rows hold the given values, one row per value array.</summary>
    public static ColumnMap Read(string[] headers, params object?[][] rows)
    {
        var map = ColumnMap.Build(headers);
        map.ReadValues(rows.Select(values => InputRow.From(headers.Select((h, i) => (h, values[i])).ToArray())));
        return map;
    }
}
