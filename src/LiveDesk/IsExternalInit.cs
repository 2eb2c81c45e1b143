namespace System.Runtime.CompilerServices
{
    // netstandard2.0 lacks the marker type the compiler needs for init accessors, and so for records;
    // .NET 5 and later have it, and the compiler prefers theirs where both are visible.
    internal static class IsExternalInit
    {
    }
}
