using LiveDesk.Errors;

namespace LiveDesk.Import
{
    /// <summary>The outcome of one queued item: a value, an error, or cancellation.</summary>
    internal sealed class WorkResult<T>
    {
        /// <summary>The input the work was for (the pipeline row).</summary>
        public object? Item { get; set; }

        /// <summary>The value when the work succeeded.</summary>
        public T? Value { get; set; }

        /// <summary>The error when the work failed.</summary>
        public LiveDeskError? Error { get; set; }

        /// <summary>The exception the work failed with, kept for the ErrorRecord; null for errors known before the work ran.</summary>
        public LiveDeskException? Exception { get; set; }

        /// <summary>True when the work was cancelled.</summary>
        public bool Cancelled { get; set; }
    }
}
