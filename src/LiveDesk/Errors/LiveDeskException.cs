using System;

namespace LiveDesk.Errors
{
    /// <summary>Thrown by the client layer for a request that failed; carries the <see cref="LiveDeskError"/>.</summary>
    internal sealed class LiveDeskException : Exception
    {
        /// <summary>Wraps an error.</summary>
        public LiveDeskException(LiveDeskError error) : base(error.Message, error.Cause) => Error = error;

        /// <summary>The error.</summary>
        public LiveDeskError Error { get; }
    }
}
