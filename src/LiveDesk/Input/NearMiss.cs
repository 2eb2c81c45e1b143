namespace LiveDesk.Input
{
    /// <summary>An unrecognised column that looks like a known one.</summary>
    /// <param name="Column">The input's column.</param>
    /// <param name="KnownHeader">The known spelling it resembles.</param>
    /// <param name="Field">The field that spelling fills.</param>
    internal sealed record NearMiss(string Column, string KnownHeader, ContactField Field);
}
