namespace LiveDesk.Input
{
    /// <summary>An unrecognised column that looks like a known one.</summary>
    /// <param name="Column">The input's column.</param>
    /// <param name="KnownHeader">The known spelling it resembles.</param>
    /// <param name="Field">The field that spelling fills.</param>
    /// <param name="Score">How implausible the resemblance is: lower first (a typo before a known word among unknown ones).</param>
    internal sealed record NearMiss(string Column, string KnownHeader, ContactField Field, int Score = 0);
}
