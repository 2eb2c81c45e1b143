using System;

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
