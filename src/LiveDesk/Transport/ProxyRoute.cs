using System;
using System.Net;
using System.Security;

namespace LiveDesk.Transport
{
    /// <summary>How requests reach LiveDesk.</summary>
    internal enum ProxyRoute
    {
        /// <summary>Whatever proxy the runtime's default picks.</summary>
        Default,
        /// <summary>No proxy.</summary>
        Direct,
        /// <summary>The proxy given with -Proxy.</summary>
        Explicit,
    }
}
