using System;
using System.Management.Automation;

namespace LiveDesk.Errors
{
    /// <summary>
    /// The one place ErrorRecords are made: an ErrorIds value, the category that fits it, the input row as
    /// TargetObject, and the original exception kept (as the record's exception, or as its inner exception).
    /// </summary>
    internal static class ErrorRecords
    {
        /// <summary>A record for an error found by a cmdlet itself; <paramref name="cause"/> becomes the inner exception.</summary>
        public static ErrorRecord Create(string errorId, LiveDeskErrorKind kind, object? target, string message, Exception? cause = null) =>
            From(new LiveDeskException(new LiveDeskError(errorId, kind, message, cause: cause)), target);

        /// <summary>A record for a client-layer error.</summary>
        public static ErrorRecord From(LiveDeskError error, object? target) => From(new LiveDeskException(error), target);

        /// <summary>A record for a thrown client-layer exception, kept as it was thrown.</summary>
        public static ErrorRecord From(LiveDeskException exception, object? target) =>
            new ErrorRecord(exception, exception.Error.ErrorId, ToCategory(exception.Error.Kind), target);

        /// <summary>Maps the client layer's error kinds to PowerShell's categories.</summary>
        internal static ErrorCategory ToCategory(LiveDeskErrorKind kind)
        {
            switch (kind)
            {
                case LiveDeskErrorKind.InvalidArgument: return ErrorCategory.InvalidArgument;
                case LiveDeskErrorKind.InvalidData: return ErrorCategory.InvalidData;
                case LiveDeskErrorKind.ResourceExists: return ErrorCategory.ResourceExists;
                case LiveDeskErrorKind.ObjectNotFound: return ErrorCategory.ObjectNotFound;
                case LiveDeskErrorKind.AuthenticationError: return ErrorCategory.AuthenticationError;
                case LiveDeskErrorKind.PermissionDenied: return ErrorCategory.PermissionDenied;
                case LiveDeskErrorKind.LimitsExceeded: return ErrorCategory.LimitsExceeded;
                case LiveDeskErrorKind.ConnectionError: return ErrorCategory.ConnectionError;
                case LiveDeskErrorKind.OperationTimeout: return ErrorCategory.OperationTimeout;
                case LiveDeskErrorKind.InvalidResult: return ErrorCategory.InvalidResult;
                case LiveDeskErrorKind.SecurityError: return ErrorCategory.SecurityError;
                default: return ErrorCategory.InvalidOperation;
            }
        }
    }
}
