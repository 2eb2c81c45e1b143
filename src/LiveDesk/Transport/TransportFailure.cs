using System;
using System.Net;
using System.Security;

namespace LiveDesk.Transport
{
    /// <summary>How a request failed without an HTTP response.</summary>
    internal enum TransportFailure
    {
        /// <summary>No connection could be made (refused, DNS): the request was never processed.</summary>
        ConnectFailed,
        /// <summary>No answer in time: the request may or may not have been processed.</summary>
        Timeout,
        /// <summary>The connection broke after the request was sent: the outcome is unknown.</summary>
        ConnectionLost,
        /// <summary>The response body was larger than allowed.</summary>
        ResponseTooLarge,
    }
}
