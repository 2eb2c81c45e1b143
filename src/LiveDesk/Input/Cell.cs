namespace LiveDesk.Input
{
    /// <summary>One cell read as text: the value (first of several), how many there were, and what was odd about it.</summary>
    /// <param name="Text">The text, trimmed; null when empty.</param>
    /// <param name="Count">How many non-empty values the cell held (an array, or Google's " ::: " list).</param>
    /// <param name="FromNumber">The value was a number (Import-Excel, ConvertFrom-Json), not text.</param>
    /// <param name="Inexact">A floating-point number above 2^53: its last digits may not be the ones that were typed.</param>
    /// <param name="Problem">Why the cell is not a value ("a hashtable"), else null.</param>
    /// <param name="Second">The second value, when there were several (for the warning).</param>
    /// <param name="Structured">The cell's text when it was a JSON list or object whose values these are, else null.</param>
    /// <param name="Misread">The text as it arrived when it was UTF-8 read as Windows-1252 ("MÃ¼ller") and is given repaired, else null.</param>
    internal readonly record struct Cell(string? Text, int Count = 1, bool FromNumber = false, bool Inexact = false, string? Problem = null, string? Second = null, string? Structured = null,
        string? Misread = null);
}
