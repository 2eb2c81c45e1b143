using System.Management.Automation;

namespace LiveDesk.Import
{
    /// <summary>A row held back by a lookahead, with what was captured of the parameters bound with it.</summary>
    /// <param name="Row">The input object.</param>
    /// <param name="Captured">The cmdlet's capture (<c>CaptureRecord</c>), or null.</param>
    internal sealed record HeldRecord(PSObject? Row, object? Captured);
}
