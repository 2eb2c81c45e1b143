using System;
using LiveDesk.Transport;

namespace LiveDesk.Errors
{
    /// <summary>
    /// A failure the client layer reports for one request or row. ErrorId values are stable and documented.
    /// Fatal failures (bad credentials, unreachable host) mean no later row can succeed.
    /// </summary>
    internal sealed class LiveDeskError
    {
        /// <summary>Creates an error.</summary>
        public LiveDeskError(string errorId, LiveDeskErrorKind kind, string message, bool fatal = false, int? statusCode = null, Exception? cause = null)
        {
            Cause = cause;
            ErrorId = errorId;
            Kind = kind;
            // The last line before a message leaves the module: whatever server text it quotes, no credential of
            // any connection of this process goes with it.
            Message = Transport.SecretScrubber.ScrubKnown(message);
            Fatal = fatal;
            StatusCode = statusCode;
        }

        /// <summary>Stable id such as <c>LiveDesk.ContactDuplicate</c>.</summary>
        public string ErrorId { get; }

        /// <summary>The kind, for the ErrorCategory.</summary>
        public LiveDeskErrorKind Kind { get; }

        /// <summary>A message for people, never containing secrets.</summary>
        public string Message { get; }

        /// <summary>True when no later request can succeed either.</summary>
        public bool Fatal { get; }

        /// <summary>The HTTP status, when there was one.</summary>
        public int? StatusCode { get; }

        /// <summary>The exception that caused this error, if one did; it becomes the inner exception.</summary>
        public Exception? Cause { get; }

        /// <inheritdoc />
        public override string ToString() => $"{ErrorId}: {Message}";
    }
}

namespace LiveDesk.Errors
{
}
