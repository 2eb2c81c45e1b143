using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Errors;

namespace LiveDesk.Transport
{
    /// <summary>
    /// The HTTP layer: one shared HttpClient per connection, Basic auth built per request from the
    /// SecureString, bounded body reads, and transport failures classified by whether the request
    /// can have been processed. No retries here; see <see cref="RetryLoop"/>.
    /// </summary>
    internal sealed class LiveDeskClient : IDisposable
    {
        private readonly HttpClient _http;
        private readonly ClientSettings _settings;
        private readonly SecretScrubber _scrubber;
        private volatile bool _disposed;

        /// <summary>Creates the client; <paramref name="handler"/> is for narrow unit tests only.</summary>
        public LiveDeskClient(ClientSettings settings, HttpMessageHandler? handler = null)
        {
            _settings = settings;
            _scrubber = CreateScrubber(settings);
            _http = new HttpClient(handler ?? ClientHandler.Create(settings), disposeHandler: true)
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
        /// Sends one request. Returns any HTTP response; throws <see cref="TransportException"/> when there is none.
        /// <paramref name="trace"/> receives one line (method, URL, status, time), never headers or bodies.
        /// </summary>
        public Task<ApiResponse> SendAsync(HttpMethod method, string pathAndQuery, string? jsonBody, Action<string>? trace, CancellationToken cancellationToken) =>
            SendBodyAsync(method, pathAndQuery, jsonBody == null ? null : (Func<HttpContent>)(() => new SingleUseContent(jsonBody)), trace, cancellationToken);

        /// <summary>
        /// Sends one request whose body <paramref name="content"/> makes: called once per call, so that every attempt
        /// gets a fresh body (a streamed one is used up by the attempt that wrote it). The body is disposed with the request.
        /// </summary>
        public async Task<ApiResponse> SendBodyAsync(HttpMethod method, string pathAndQuery, Func<HttpContent>? content, Action<string>? trace, CancellationToken cancellationToken)
        {
            var uri = new Uri(_settings.BaseUri, pathAndQuery);
            using var request = new HttpRequestMessage(method, uri);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", BuildBasicCredential());
            if (content != null) request.Content = content();

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_settings.Timeout);
            var watch = Stopwatch.StartNew();
            try
            {
                if (_disposed) throw new ObjectDisposedException(nameof(LiveDeskClient));
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
                    // The body may echo this request's headers (gateways and WAFs do): the credential leaves here.
                    Body = _scrubber.Scrub(body),
                    ContentType = response.Content?.Headers.ContentType?.MediaType,
                    RetryAfter = ReadRetryAfter(response),
                    ServerDate = response.Headers.Date,
                };
                trace?.Invoke($"{method} {uri} -> {result.StatusCode} in {watch.ElapsedMilliseconds} ms");
                return result;
            }
            catch (Exception ex) when (_disposed && !(ex is LiveDeskException) && !cancellationToken.IsCancellationRequested)
            {
                // Disconnect-LiveDesk (or a Connect-LiveDesk that replaced this connection) in another runspace.
                trace?.Invoke($"{method} {uri} -> connection closed after {watch.ElapsedMilliseconds} ms");
                throw Failures.Fail(ErrorIds.NotConnected, LiveDeskErrorKind.ConnectionError,
                    $"The connection to {_settings.BaseUri.Authority} was closed (Disconnect-LiveDesk, or a Connect-LiveDesk that replaced it) while this command was using it; a request in flight may or may not have taken effect. Run Connect-LiveDesk and the command again.", fatal: true);
            }
            catch (HttpRequestException ex) when (SendFailures.IsTlsFailure(ex))
            {
                // The handshake failed, so the request was never sent: retrying cannot help and nothing is unknown.
                trace?.Invoke($"{method} {uri} -> TLS handshake failed after {watch.ElapsedMilliseconds} ms");
                throw Failures.Fail(ErrorIds.TlsError, LiveDeskErrorKind.SecurityError, SendFailures.DescribeTls(ex, _settings.BaseUri), fatal: true);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                trace?.Invoke($"{method} {uri} -> no answer in {_settings.Timeout.TotalSeconds:0.#} s");
                throw new TransportException(TransportFailure.Timeout, $"LiveDesk did not answer within {_settings.Timeout.TotalSeconds:0.#} seconds.");
            }
            catch (HttpRequestException ex) when (SendFailures.IsProxyAuthenticationFailure(ex))
            {
                trace?.Invoke($"{method} {uri} -> 407 from the proxy in {watch.ElapsedMilliseconds} ms");
                throw ProxyAuthenticationRequired();
            }
            catch (HttpRequestException ex)
            {
                var failure = SendFailures.IsConnectFailure(ex) ? TransportFailure.ConnectFailed : TransportFailure.ConnectionLost;
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
            return Failures.Fail(ErrorIds.ProxyAuthenticationRequired, LiveDeskErrorKind.AuthenticationError, message, 407, fatal: true);
        }

        private string Describe(TransportFailure failure, Exception ex)
        {
            var root = ex;
            while (root.InnerException != null) root = root.InnerException;
            var host = _settings.BaseUri.Authority;
            var reason = _scrubber.Scrub(root.Message);
            return failure == TransportFailure.ConnectFailed
                ? $"Could not connect to {host}: {reason}"
                : $"The connection to {host} broke before an answer arrived: {reason}";
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
            return ResponseEncoding.Decode(buffer.GetBuffer(), (int)buffer.Length, response.Content.Headers.ContentType?.CharSet, (int)response.StatusCode);

            TransportException TooLarge() => new TransportException(TransportFailure.ResponseTooLarge, $"The response from {_settings.BaseUri.Authority} is larger than {limit / 1024} KiB; that is not a LiveDesk answer.");
        }

        /// <summary>
        /// The longest Retry-After kept as the server sent it. Any budget is far shorter, so a larger value
        /// fails the same way, and neither TimeSpan arithmetic nor Task.Delay can overflow on it.
        /// </summary>
        internal static readonly TimeSpan MaximumRetryAfter = TimeSpan.FromDays(365);

        internal static TimeSpan? ReadRetryAfter(HttpResponseMessage response)
        {
            var header = response.Headers.RetryAfter;
            if (header == null) return null;
            if (header.Delta is TimeSpan delta) return ClampRetryAfter(delta);
            if (header.Date is DateTimeOffset date) return ClampRetryAfter(date - DateTimeOffset.UtcNow);
            return null;
        }

        /// <summary>A date in the past means "now"; a year or more ahead means "longer than any budget".</summary>
        internal static TimeSpan ClampRetryAfter(TimeSpan wait) =>
            wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaximumRetryAfter ? MaximumRetryAfter : wait;

        /// <summary>Removes this connection's secrets from text that came from the server.</summary>
        internal SecretScrubber Scrubber => _scrubber;

        private static SecretScrubber CreateScrubber(ClientSettings settings)
        {
            var forms = new System.Collections.Generic.List<string>();
            var ptr = IntPtr.Zero;
            try
            {
                ptr = Marshal.SecureStringToGlobalAllocUnicode(settings.ApiSecret);
                forms.AddRange(SecretForms.OfBasic(settings.ApiKey, Marshal.PtrToStringUni(ptr, settings.ApiSecret.Length)));
            }
            finally
            {
                if (ptr != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(ptr);
            }
            if (settings.ProxyCredential is NetworkCredential proxy && !string.IsNullOrEmpty(proxy.Password))
            {
                forms.AddRange(SecretForms.OfBasic(proxy.UserName ?? string.Empty, proxy.Password));
            }
            return SecretScrubber.For(forms);
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
        public void Dispose()
        {
            _disposed = true;
            _http.Dispose();
        }
    }
}
