using System;

namespace LiveDesk.Input
{
    /// <summary>
    /// A user's override for one field (a -Map entry): a column name, a computation per row (a script block in the
    /// cmdlet), or "never fill this field". An override replaces every built-in column of its field.
    /// </summary>
    internal sealed class ColumnOverride
    {
        private ColumnOverride(string? column, Func<InputRow, object?>? compute, string description)
        {
            ColumnName = column;
            Compute = compute;
            Description = description;
        }

        /// <summary>The column to read, or null.</summary>
        public string? ColumnName { get; }

        /// <summary>The computation, or null.</summary>
        public Func<InputRow, object?>? Compute { get; }

        /// <summary>True when the field is never filled.</summary>
        public bool IsSkip => ColumnName == null && Compute == null;

        /// <summary>For messages and the preview.</summary>
        public string Description { get; }

        /// <summary>Read the field from this column.</summary>
        public static ColumnOverride Column(string name) => new ColumnOverride(name ?? throw new ArgumentNullException(nameof(name)), null, $"'{name}' (-Map)");

        /// <summary>Compute the field per row; the result is read like a column's value.</summary>
        public static ColumnOverride Computed(Func<InputRow, object?> compute, string description = "-Map script block") =>
            new ColumnOverride(null, compute ?? throw new ArgumentNullException(nameof(compute)), description);

        /// <summary>Never fill the field (for example, to keep the user principal name out of Email).</summary>
        public static ColumnOverride Skip { get; } = new ColumnOverride(null, null, "nothing (-Map)");
    }
}
