using System;
using LiveDesk.Transport;

namespace LiveDesk.Errors
{
    /// <summary>The response body could not be understood. The only exception the response parser throws.</summary>
    internal sealed class LiveDeskResponseException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public LiveDeskResponseException(string message) : base(Transport.SecretScrubber.ScrubKnown(message)) { }
    }
}
