using System;
using System.Net;
using System.Security;

namespace LiveDesk.Transport
{
    /// <summary>A request that got no usable HTTP response.</summary>
    internal sealed class TransportException : Exception
    {
        /// <summary>Creates the exception; the message never holds request headers.</summary>
        public TransportException(TransportFailure failure, string message) : base(SecretScrubber.ScrubKnown(message)) => Failure = failure;

        /// <summary>What happened.</summary>
        public TransportFailure Failure { get; }
    }
}
