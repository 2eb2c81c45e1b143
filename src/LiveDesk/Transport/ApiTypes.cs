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

    /// <summary>A request that got no usable HTTP response.</summary>
    internal sealed class TransportException : Exception
    {
        /// <summary>Creates the exception; the message never holds request headers.</summary>
        public TransportException(TransportFailure failure, string message) : base(SecretScrubber.ScrubKnown(message)) => Failure = failure;

        /// <summary>What happened.</summary>
        public TransportFailure Failure { get; }
    }
}
