namespace LiveDesk.Import
{
    /// <summary>One progress update, as plain data (the pipeline turns it into a ProgressRecord).</summary>
    internal sealed class ProgressUpdate
    {
        /// <summary>The status line.</summary>
        public string Status { get; set; } = string.Empty;
        /// <summary>The current operation line, or null.</summary>
        public string? CurrentOperation { get; set; }
        /// <summary>0 to 100, or -1 when the total is unknown.</summary>
        public int PercentComplete { get; set; } = -1;
        /// <summary>Estimated seconds left, or -1.</summary>
        public int SecondsRemaining { get; set; } = -1;
        /// <summary>True for the record that ends the progress bar.</summary>
        public bool Completed { get; set; }
    }
}
