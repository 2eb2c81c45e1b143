using System;
using System.Net;
using System.Security;

namespace LiveDesk.Transport
{
    /// <summary>A response: status, body and the headers the retry logic needs.</summary>
    internal sealed class ApiResponse
    {
        /// <summary>HTTP status code.</summary>
        public int StatusCode { get; set; }

        /// <summary>The body as text.</summary>
        public string Body { get; set; } = string.Empty;

        /// <summary>The media type of the body.</summary>
        public string? ContentType { get; set; }

        /// <summary>Retry-After as a delay from now, in either form the server sent it.</summary>
        public TimeSpan? RetryAfter { get; set; }

        /// <summary>The server's clock (the Date header), when it sent one.</summary>
        public DateTimeOffset? ServerDate { get; set; }

        /// <summary>True for 2xx.</summary>
        public bool IsSuccess => StatusCode >= 200 && StatusCode < 300;
    }
}
