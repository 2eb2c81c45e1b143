using System;

namespace LiveDesk.Errors
{
    /// <summary>The kind of failure, mapped to a PowerShell ErrorCategory by the cmdlets.</summary>
    internal enum LiveDeskErrorKind
    {
        /// <summary>The input row is not valid (client-side check).</summary>
        InvalidArgument,
        /// <summary>The server rejected the data (422).</summary>
        InvalidData,
        /// <summary>The contact already exists.</summary>
        ResourceExists,
        /// <summary>Inbox or contact not found.</summary>
        ObjectNotFound,
        /// <summary>Bad credentials.</summary>
        AuthenticationError,
        /// <summary>The credentials lack a permission.</summary>
        PermissionDenied,
        /// <summary>Rate limit wait exhausted.</summary>
        LimitsExceeded,
        /// <summary>Server fault or transport failure.</summary>
        ConnectionError,
        /// <summary>No answer within the timeout.</summary>
        OperationTimeout,
        /// <summary>The server's answer could not be understood.</summary>
        InvalidResult,
        /// <summary>Anything else the server refused.</summary>
        InvalidOperation,
        /// <summary>Refused for the user's safety (credentials over plain http).</summary>
        SecurityError,
    }

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

    /// <summary>Thrown by the client layer for a request that failed; carries the <see cref="LiveDeskError"/>.</summary>
    internal sealed class LiveDeskException : Exception
    {
        /// <summary>Wraps an error.</summary>
        public LiveDeskException(LiveDeskError error) : base(error.Message, error.Cause) => Error = error;

        /// <summary>The error.</summary>
        public LiveDeskError Error { get; }
    }

    /// <summary>The response body could not be understood. The only exception the response parser throws.</summary>
    internal sealed class LiveDeskResponseException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public LiveDeskResponseException(string message) : base(Transport.SecretScrubber.ScrubKnown(message)) { }
    }
}

namespace LiveDesk.Errors
{
    /// <summary>The one way the client layer makes its errors, so that each carries an ErrorIds value, a kind and its cause.</summary>
    internal static class Failures
    {
        /// <summary>The exception for a failed request or row.</summary>
        public static LiveDeskException Fail(string errorId, LiveDeskErrorKind kind, string message, int? status = null, bool fatal = false, Exception? cause = null) =>
            new LiveDeskException(new LiveDeskError(errorId, kind, message, fatal, status, cause));

        /// <summary>The error for a row that fails a client-side check.</summary>
        public static LiveDeskError Invalid(string errorId, string message) =>
            new LiveDeskError(errorId, LiveDeskErrorKind.InvalidArgument, message);
    }
}
