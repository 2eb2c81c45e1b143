using LiveDesk.Input;

namespace LiveDesk.Tests;

/// <summary>Reads rows as an import does: the first rows' values decide the columns, then every row is read.</summary>
internal static class ReadFile
{
    public static RowReadResult[] Rows(string region, InputRow[] rows)
    {
        var reader = new RowReader(region);
        // As the cmdlets' lookahead does: the first rows' values are read only where the map asks for them.
        var map = reader.MapFor(rows[0]);
        if (map.NeedsValues || map.NameOrderShownBy(rows[0]) || map.PartsInCapitalsShownBy(rows[0])) map.ReadValues(rows);
        return rows.Select(r => reader.Read(r)).ToArray();
    }

    public static RowReadResult[] Rows(string region, string[] headers, params object?[][] values) =>
        Rows(region, values.Select(v => InputRow.From(headers.Zip(v).ToArray())).ToArray());
}
