using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace LiveDesk.Api
{
    /// <summary>Settings for one connection to LiveDesk.</summary>
    public sealed class ClientSettings
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

        /// <summary>How often a request that cannot have been processed is retried.</summary>
        public int MaximumRetryCount { get; set; } = 4;

        /// <summary>The first retry delay; later ones double, with jitter.</summary>
        public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>The most time retries of one request may add up to (429 waits are bounded separately).</summary>
        public TimeSpan MaximumRetryTime { get; set; } = TimeSpan.FromMinutes(2);

        /// <summary>The largest response body read; larger ones are an error.</summary>
        public int MaximumResponseBytes { get; set; } = 1024 * 1024;

        /// <summary>An explicit proxy (-Proxy). Null means the default: HTTP(S)_PROXY on PowerShell 7, the system proxy on 5.1.</summary>
        public Uri? Proxy { get; set; }

        /// <summary>Credentials for <see cref="Proxy"/> (-ProxyCredential); kept out of every display.</summary>
        internal NetworkCredential? ProxyCredential { get; set; }

        /// <summary>Connect directly, never through a proxy (-NoProxy).</summary>
        public bool NoProxy { get; set; }

        /// <summary>How requests reach <see cref="BaseUri"/>.</summary>
        internal ProxyRoute ProxyRoute => LiveDeskClient.ChooseProxyRoute(BaseUri, Proxy, NoProxy);

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
    public sealed class ApiResponse
    {
        /// <summary>HTTP status code.</summary>
        public int StatusCode { get; set; }

        /// <summary>The body as text.</summary>
        public string Body { get; set; } = string.Empty;

        /// <summary>The media type of the body.</summary>
        public string? ContentType { get; set; }

        /// <summary>Retry-After as a delay from now, in either form the server sent it.</summary>
        public TimeSpan? RetryAfter { get; set; }

        /// <summary>How long the request took.</summary>
        public TimeSpan Elapsed { get; set; }

        /// <summary>The server's clock (the Date header), when it sent one.</summary>
        public DateTimeOffset? ServerDate { get; set; }

        /// <summary>True for 2xx.</summary>
        public bool IsSuccess => StatusCode >= 200 && StatusCode < 300;
    }

    /// <summary>How a request failed without an HTTP response.</summary>
    public enum TransportFailure
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
    public sealed class TransportException : Exception
    {
        /// <summary>Creates the exception; the message never holds request headers.</summary>
        public TransportException(TransportFailure failure, string message) : base(message) => Failure = failure;

        /// <summary>What happened.</summary>
        public TransportFailure Failure { get; }
    }

    /// <summary>
    /// The HTTP layer: one shared HttpClient per connection, Basic auth built per request from the
    /// SecureString, bounded body reads, and transport failures classified by whether the request
    /// can have been processed. No retries here; see <see cref="ContactService"/>.
    /// </summary>
    public sealed class LiveDeskClient : IDisposable
    {
        private readonly HttpClient _http;
        private readonly ClientSettings _settings;

        /// <summary>Creates the client; <paramref name="handler"/> is for narrow unit tests only.</summary>
        public LiveDeskClient(ClientSettings settings, HttpMessageHandler? handler = null)
        {
            _settings = settings;
            _http = new HttpClient(handler ?? CreateHandler(settings), disposeHandler: true)
            {
                // Per-request timeouts are ours (so that a timeout can be told from Ctrl+C).
                Timeout = System.Threading.Timeout.InfiniteTimeSpan,
            };
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("LiveDesk-PowerShell", typeof(LiveDeskClient).Assembly.GetName().Version?.ToString(3) ?? "0"));
        }

        /// <summary>The settings this client was made with.</summary>
        public ClientSettings Settings => _settings;

        internal static bool IsNetFramework => RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

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

        private static IWebProxy? ExplicitProxy(ClientSettings settings)
        {
            if (settings.ProxyRoute != ProxyRoute.Explicit) return null;
            // BypassProxyOnLocal stays false: an explicit proxy is used for loopback targets too (see ChooseProxyRoute).
            return new WebProxy(settings.Proxy!) { BypassProxyOnLocal = false, Credentials = settings.ProxyCredential };
        }

        private static HttpMessageHandler CreateHandler(ClientSettings settings)
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
            if (IsNetFramework)
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

        /// <summary>
        /// Sends one request. Returns any HTTP response; throws <see cref="TransportException"/> when there is none.
        /// <paramref name="trace"/> receives one line (method, URL, status, time), never headers or bodies.
        /// </summary>
        public async Task<ApiResponse> SendAsync(HttpMethod method, string pathAndQuery, string? jsonBody, Action<string>? trace, CancellationToken cancellationToken)
        {
            var uri = new Uri(_settings.BaseUri, pathAndQuery);
            using var request = new HttpRequestMessage(method, uri);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", BuildBasicCredential());
            if (jsonBody != null) request.Content = new SingleUseContent(jsonBody);

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_settings.Timeout);
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.ProxyAuthenticationRequired)
                {
                    trace?.Invoke($"{method} {uri} -> 407 from the proxy in {watch.ElapsedMilliseconds} ms");
                    throw ProxyAuthenticationRequired();
                }
                var body = await ReadBodyAsync(response, timeout.Token).ConfigureAwait(false);
                var result = new ApiResponse
                {
                    StatusCode = (int)response.StatusCode,
                    Body = body,
                    ContentType = response.Content?.Headers.ContentType?.MediaType,
                    RetryAfter = ReadRetryAfter(response),
                    Elapsed = watch.Elapsed,
                    ServerDate = response.Headers.Date,
                };
                trace?.Invoke($"{method} {uri} -> {result.StatusCode} in {watch.ElapsedMilliseconds} ms");
                return result;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                trace?.Invoke($"{method} {uri} -> no answer in {_settings.Timeout.TotalSeconds:0.#} s");
                throw new TransportException(TransportFailure.Timeout, $"LiveDesk did not answer within {_settings.Timeout.TotalSeconds:0.#} seconds.");
            }
            catch (HttpRequestException ex) when (IsProxyAuthenticationFailure(ex))
            {
                trace?.Invoke($"{method} {uri} -> 407 from the proxy in {watch.ElapsedMilliseconds} ms");
                throw ProxyAuthenticationRequired();
            }
            catch (HttpRequestException ex)
            {
                var failure = IsConnectFailure(ex) ? TransportFailure.ConnectFailed : TransportFailure.ConnectionLost;
                trace?.Invoke($"{method} {uri} -> {(failure == TransportFailure.ConnectFailed ? "could not connect" : "connection lost")} after {watch.ElapsedMilliseconds} ms");
                throw new TransportException(failure, Describe(failure, ex));
            }
            catch (IOException ex)
            {
                trace?.Invoke($"{method} {uri} -> connection lost after {watch.ElapsedMilliseconds} ms");
                throw new TransportException(TransportFailure.ConnectionLost, Describe(TransportFailure.ConnectionLost, ex));
            }
        }

        private LiveDeskException ProxyAuthenticationRequired()
        {
            var proxy = _settings.DescribeProxy();
            var message = _settings.ProxyCredential != null
                ? $"The proxy ({proxy}) rejected the credentials given with -ProxyCredential (407 Proxy Authentication Required). The request did not reach LiveDesk."
                : $"The proxy ({proxy}) asks for credentials (407 Proxy Authentication Required); the request did not reach LiveDesk. Run Connect-LiveDesk with -Proxy and -ProxyCredential, or with -NoProxy if LiveDesk is reachable without the proxy.";
            return new LiveDeskException(new LiveDeskError(ErrorIds.ProxyAuthenticationRequired, LiveDeskErrorKind.AuthenticationError, message, fatal: true, statusCode: 407));
        }

        // An https request through a proxy fails in the CONNECT that opens the tunnel: .NET reports that proxy's
        // answer as an exception (StatusCode on .NET 5+, a WebException's response on .NET Framework), not a response.
        private static bool IsProxyAuthenticationFailure(Exception ex)
        {
            for (var e = ex; e != null; e = e.InnerException)
            {
                if (e is HttpRequestException && e.GetType().GetProperty("StatusCode")?.GetValue(e) is HttpStatusCode code && code == HttpStatusCode.ProxyAuthenticationRequired) return true;
                if (e is WebException we && we.Response is HttpWebResponse r && r.StatusCode == HttpStatusCode.ProxyAuthenticationRequired) return true;
            }
            return false;
        }

        private string Describe(TransportFailure failure, Exception ex)
        {
            var root = ex;
            while (root.InnerException != null) root = root.InnerException;
            var host = _settings.BaseUri.Authority;
            return failure == TransportFailure.ConnectFailed
                ? $"Could not connect to {host}: {root.Message}"
                : $"The connection to {host} broke before an answer arrived: {root.Message}";
        }

        private static bool IsConnectFailure(Exception ex)
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

        private async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken ct)
        {
            if (response.Content == null) return string.Empty;
            var limit = _settings.MaximumResponseBytes;
            if (response.Content.Headers.ContentLength > limit) throw TooLarge();
            using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, ct).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit) throw TooLarge();
                buffer.Write(chunk, 0, read);
            }
            var bytes = buffer.GetBuffer();
            var length = (int)buffer.Length;
            var charset = response.Content.Headers.ContentType?.CharSet;
            var encoding = ChooseEncoding(bytes, length, charset, out var preamble);
            if (encoding == null)
            {
                var status = (int)response.StatusCode;
                // An error's body is only its message: read it as UTF-8 and let the status say what happened.
                // A success's body is the result: guessing could turn it into a different contact.
                if (status < 200 || status >= 300) encoding = Encoding.UTF8;
                else throw new LiveDeskException(new LiveDeskError(ErrorIds.InvalidResponse, LiveDeskErrorKind.InvalidResult,
                    $"LiveDesk answered {status} in the charset '{ResponseParser.Excerpt(charset!, 40)}', which cannot be decoded here; the request may have taken effect.", statusCode: status));
            }
            return encoding.GetString(bytes, preamble, length - preamble);

            TransportException TooLarge() => new TransportException(TransportFailure.ResponseTooLarge, $"The response from {_settings.BaseUri.Authority} is larger than {limit / 1024} KiB; that is not a LiveDesk answer.");
        }

        /// <summary>
        /// The encoding of a body: a byte order mark wins (the server wrote it, whatever it labelled); then the
        /// charset, any .NET knows; no charset is UTF-8, the API's own. Null for a charset that is unknown or not
        /// supported here (utf-7 on .NET 5+ throws NotSupportedException). <paramref name="preamble"/> is the BOM's length.
        /// </summary>
        internal static Encoding? ChooseEncoding(byte[] bytes, int length, string? charset, out int preamble)
        {
            preamble = 0;
            if (length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                preamble = 3;
                return Encoding.UTF8;
            }
            if (length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
            {
                preamble = 4;
                return Encoding.UTF32;
            }
            if (length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                preamble = 2;
                return Encoding.Unicode;
            }
            if (length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                preamble = 2;
                return Encoding.BigEndianUnicode;
            }
            var name = charset?.Trim().Trim('"').Trim();
            if (string.IsNullOrEmpty(name)) return Encoding.UTF8;
            try
            {
                return Encoding.GetEncoding(name);
            }
            catch (ArgumentException)
            {
                return null;
            }
            catch (NotSupportedException)
            {
                return null;
            }
        }

        internal static TimeSpan? ReadRetryAfter(HttpResponseMessage response)
        {
            var header = response.Headers.RetryAfter;
            if (header == null) return null;
            if (header.Delta is TimeSpan delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
            if (header.Date is DateTimeOffset date)
            {
                var wait = date - DateTimeOffset.UtcNow;
                return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            }
            return null;
        }

        private string BuildBasicCredential()
        {
            // The secret leaves the SecureString only here, for the moment it takes to encode the header.
            var secret = _settings.ApiSecret;
            var ptr = IntPtr.Zero;
            char[]? chars = null;
            byte[]? bytes = null;
            try
            {
                ptr = Marshal.SecureStringToGlobalAllocUnicode(secret);
                var key = _settings.ApiKey;
                chars = new char[key.Length + 1 + secret.Length];
                key.CopyTo(0, chars, 0, key.Length);
                chars[key.Length] = ':';
                for (var i = 0; i < secret.Length; i++) chars[key.Length + 1 + i] = (char)Marshal.ReadInt16(ptr, i * 2);
                bytes = Encoding.UTF8.GetBytes(chars);
                return Convert.ToBase64String(bytes);
            }
            finally
            {
                if (ptr != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(ptr);
                if (chars != null) Array.Clear(chars, 0, chars.Length);
                if (bytes != null) Array.Clear(bytes, 0, bytes.Length);
            }
        }

        /// <inheritdoc />
        public void Dispose() => _http.Dispose();
    }
}
