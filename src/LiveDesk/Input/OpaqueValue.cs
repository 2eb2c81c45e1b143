namespace LiveDesk.Input
{
    /// <summary>
    /// Stands for a value the adapter already knows is an object, not a value (a PSCustomObject), so the core can
    /// name it in the error without referencing PowerShell types.
    /// </summary>
    internal sealed class OpaqueValue
    {
        public OpaqueValue(string description) => Description = description;

        /// <summary>"a PSCustomObject", ...</summary>
        public string Description { get; }
    }
}
