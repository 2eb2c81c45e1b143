using System;
using System.Net;
using System.Security;

namespace LiveDesk.Transport
{
    /// <summary>Settings for one connection to LiveDesk.</summary>
    internal sealed class ClientSettings
    {
        /// <summary>Creates settings; the secret is kept as given, as a SecureString.</summary>
        public ClientSettings(Uri baseUri, string apiKey, SecureString apiSecret)
        {
            BaseUri = baseUri;
            ApiKey = apiKey;
            ApiSecret = apiSecret;
        }

        /// <summary>Base address, e.g. https://livedesk-api.engagelab.com/.</summary>
        public Uri BaseUri { get; }

        /// <summary>The API key (user name of the Basic credential).</summary>
        public string ApiKey { get; }

        /// <summary>The API secret. Read only to build a request's Authorization header.</summary>
        internal SecureString ApiSecret { get; }

        /// <summary>How long one request may take.</summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>The largest response body read; larger ones are an error.</summary>
        public int MaximumResponseBytes { get; set; } = 1024 * 1024;

        /// <summary>An explicit proxy (-Proxy). Null means the default: HTTP(S)_PROXY on PowerShell 7, the system proxy on 5.1.</summary>
        public Uri? Proxy { get; set; }

        /// <summary>Credentials for <see cref="Proxy"/> (-ProxyCredential); kept out of every display.</summary>
        internal NetworkCredential? ProxyCredential { get; set; }

        /// <summary>Connect directly, never through a proxy (-NoProxy).</summary>
        public bool NoProxy { get; set; }

        /// <summary>How requests reach <see cref="BaseUri"/>.</summary>
        internal ProxyRoute ProxyRoute => ClientHandler.ChooseProxyRoute(BaseUri, Proxy, NoProxy);

        /// <summary>The proxy in words, for the connection object and -Verbose: never with credentials.</summary>
        public string DescribeProxy()
        {
            switch (ProxyRoute)
            {
                case ProxyRoute.Explicit:
                    return Proxy!.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped);
                case ProxyRoute.Direct:
                    return NoProxy ? "None (-NoProxy)" : "None (loopback)";
                default:
                    return LiveDeskClient.IsNetFramework ? "Default (system proxy)" : "Default (HTTP_PROXY, HTTPS_PROXY, NO_PROXY)";
            }
        }
    }
}
