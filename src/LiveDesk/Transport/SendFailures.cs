using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;

namespace LiveDesk.Transport
{
    /// <summary>
    /// What an exception from HttpClient says about a request that got no HTTP response: whether it was
    /// never sent (no connection, a failed TLS handshake), or whether a proxy refused it. The runtimes say it
    /// differently (.NET Framework with WebException statuses, .NET with inner exceptions), so each test walks
    /// the whole chain.
    /// </summary>
    internal static class SendFailures
    {
        // An https request through a proxy fails in the CONNECT that opens the tunnel: .NET reports that proxy's
        // answer as an exception (StatusCode on .NET 5+, a WebException's response on .NET Framework), not a response.
        internal static bool IsProxyAuthenticationFailure(Exception ex)
        {
            for (var e = ex; e != null; e = e.InnerException)
            {
                if (e is HttpRequestException && e.GetType().GetProperty("StatusCode")?.GetValue(e) is HttpStatusCode code && code == HttpStatusCode.ProxyAuthenticationRequired) return true;
                if (e is WebException we && we.Response is HttpWebResponse r && r.StatusCode == HttpStatusCode.ProxyAuthenticationRequired) return true;
            }
            return false;
        }

        /// <summary>No connection could be made: the request was never processed.</summary>
        internal static bool IsConnectFailure(Exception ex)
        {
            for (var e = ex; e != null; e = e.InnerException)
            {
                if (e is SocketException se)
                {
                    switch (se.SocketErrorCode)
                    {
                        case SocketError.ConnectionRefused:
                        case SocketError.HostNotFound:
                        case SocketError.HostUnreachable:
                        case SocketError.NetworkUnreachable:
                        case SocketError.TryAgain:
                        case SocketError.NoData:
                        case SocketError.AddressNotAvailable:
                            return true;
                    }
                }
                if (e is WebException we && (we.Status == WebExceptionStatus.ConnectFailure || we.Status == WebExceptionStatus.NameResolutionFailure))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// The TLS handshake failed (a certificate that is not trusted, has expired or names another host; no
        /// common protocol): no byte of the request was sent. .NET 8+ says so with HttpRequestError.SecureConnectionError,
        /// older .NET with an AuthenticationException inside, .NET Framework with TrustFailure or SecureChannelFailure.
        /// </summary>
        internal static bool IsTlsFailure(Exception ex)
        {
            for (var e = ex; e != null; e = e.InnerException)
            {
                if (e is AuthenticationException) return true;
                if (e is HttpRequestException && e.GetType().GetProperty("HttpRequestError")?.GetValue(e)?.ToString() == "SecureConnectionError") return true;
                if (e is WebException we && (we.Status == WebExceptionStatus.TrustFailure || we.Status == WebExceptionStatus.SecureChannelFailure)) return true;
            }
            return false;
        }

        /// <summary>The message of a TLS failure: what is wrong with the certificate, in words, and what to do.</summary>
        internal static string DescribeTls(Exception ex, Uri baseUri)
        {
            var root = ex;
            while (root.InnerException != null) root = root.InnerException;
            var details = string.Empty;
            for (var e = ex; e != null; e = e.InnerException) details += " " + e.Message;
            var reasons = new List<string>();
            // The runtime names SslPolicyErrors and X509ChainStatusFlags in its messages; those names are not translated.
            if (Has(details, "NotTimeValid")) reasons.Add("it has expired or is not yet valid");
            if (Has(details, "RemoteCertificateNameMismatch")) reasons.Add($"it was issued for a different name than {baseUri.Host}");
            if (Has(details, "UntrustedRoot") || Has(details, "PartialChain")) reasons.Add("it is not trusted (self-signed, or issued by an authority this computer does not trust)");
            if (Has(details, "Revoked")) reasons.Add("it has been revoked");
            if (Has(details, "RemoteCertificateNotAvailable")) reasons.Add("the server sent none");
            var why = reasons.Count > 0
                ? "the server's certificate was refused: " + string.Join("; ", reasons)
                : "the TLS handshake failed";
            return $"Could not open a secure connection to {baseUri.Authority}: {why} ({root.Message.Trim()}). Nothing was sent, and it was not tried again. " +
                "If the address is right, the certificate must be fixed on the server or trusted on this computer; a TLS-inspecting proxy needs its root certificate installed.";
        }

        private static bool Has(string text, string token) => text.IndexOf(token, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
