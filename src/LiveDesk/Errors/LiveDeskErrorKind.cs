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
}
