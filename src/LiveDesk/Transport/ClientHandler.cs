using System;
using System.Net;
using System.Net.Http;

namespace LiveDesk.Transport
{
    /// <summary>
    /// The HTTP handler of a connection: redirects and cookies off, the proxy route chosen so that a secret
    /// sent over plain http to loopback can never reach a proxy, and Windows PowerShell 5.1's defaults fixed
    /// without side effects on the rest of the process.
    /// </summary>
    internal static class ClientHandler
    {
        /// <summary>
        /// The route for <paramref name="baseUri"/>: -NoProxy goes direct; an explicit -Proxy is used for every
        /// target, loopback included (the user asked for it, e.g. a debugging proxy); otherwise a loopback target goes
        /// direct, because .NET sends even loopback requests to HTTP_PROXY, and plain http is allowed for loopback:
        /// the proxy would read the API secret.
        /// </summary>
        internal static ProxyRoute ChooseProxyRoute(Uri baseUri, Uri? proxy, bool noProxy)
        {
            if (noProxy) return ProxyRoute.Direct;
            if (proxy != null) return ProxyRoute.Explicit;
            return baseUri.IsLoopback ? ProxyRoute.Direct : ProxyRoute.Default;
        }

        /// <summary>
        /// The SecurityProtocol to set on .NET Framework so that TLS 1.2 is offered, or null to leave the process
        /// setting alone: SystemDefault (0) lets Windows choose, TLS 1.3 included, and OR-ing Tls12 into it would pin
        /// the whole process to TLS 1.2; a setting that already has TLS 1.2 needs nothing.
        /// </summary>
        internal static SecurityProtocolType? ProtocolsWithTls12(SecurityProtocolType current)
        {
            if (current == 0) return null;
            if ((current & SecurityProtocolType.Tls12) == SecurityProtocolType.Tls12) return null;
            return current | SecurityProtocolType.Tls12;
        }

        /// <summary>The handler for a connection made with <paramref name="settings"/>.</summary>
        internal static HttpMessageHandler Create(ClientSettings settings)
        {
            var route = settings.ProxyRoute;
            // PowerShell 7: SocketsHttpHandler (not in netstandard2.0's surface, so by reflection) lets idle
            // connections go before a server's keep-alive timeout closes them under a request.
            var sockets = Type.GetType("System.Net.Http.SocketsHttpHandler, System.Net.Http", throwOnError: false);
            if (sockets != null && Activator.CreateInstance(sockets) is HttpMessageHandler modern)
            {
                sockets.GetProperty("AllowAutoRedirect")?.SetValue(modern, false);
                sockets.GetProperty("UseCookies")?.SetValue(modern, false);
                sockets.GetProperty("PooledConnectionIdleTimeout")?.SetValue(modern, TimeSpan.FromSeconds(20));
                if (route != ProxyRoute.Default)
                {
                    // A missing property would silently send through the default proxy: fail loudly instead.
                    var useProxy = sockets.GetProperty("UseProxy") ?? throw new PlatformNotSupportedException("SocketsHttpHandler.UseProxy is missing.");
                    useProxy.SetValue(modern, route == ProxyRoute.Explicit);
                    if (route == ProxyRoute.Explicit)
                    {
                        var proxy = sockets.GetProperty("Proxy") ?? throw new PlatformNotSupportedException("SocketsHttpHandler.Proxy is missing.");
                        proxy.SetValue(modern, ExplicitProxy(settings));
                    }
                }
                return modern;
            }

            var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
            if (route == ProxyRoute.Direct) handler.UseProxy = false;
            if (route == ProxyRoute.Explicit)
            {
                handler.UseProxy = true;
                handler.Proxy = ExplicitProxy(settings);
            }
            if (LiveDeskClient.IsNetFramework)
            {
                // Windows PowerShell 5.1: .NET Framework may not offer TLS 1.2 by default, allows 2 connections per
                // server and sends Expect: 100-continue (a round trip per POST). The first setting is process-wide, so
                // it changes only when TLS 1.2 is really missing; the others change on LiveDesk's ServicePoint only.
                if (ProtocolsWithTls12(ServicePointManager.SecurityProtocol) is SecurityProtocolType protocols)
                {
                    ServicePointManager.SecurityProtocol = protocols;
                }
                var point = ServicePointManager.FindServicePoint(settings.BaseUri);
                if (point.ConnectionLimit < 256) point.ConnectionLimit = 256;
                point.Expect100Continue = false;
            }
            return handler;
        }

        private static IWebProxy? ExplicitProxy(ClientSettings settings)
        {
            if (settings.ProxyRoute != ProxyRoute.Explicit) return null;
            // BypassProxyOnLocal stays false: an explicit proxy is used for loopback targets too (see ChooseProxyRoute).
            return new WebProxy(settings.Proxy!) { BypassProxyOnLocal = false, Credentials = settings.ProxyCredential };
        }
    }
}
