using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using LiveDesk.Contacts;

namespace LiveDesk.Transport
{
    /// <summary>
    /// A JSON body that can be written to the wire only once. HttpClient silently re-sends a request whose
    /// pooled connection closed before any answer arrived; for a create that may already have been
    /// committed, that would turn an unknown outcome into a duplicate contact or a false "already taken".
    /// Refusing the second write surfaces the failure to <see cref="ContactService"/>, which decides.
    /// </summary>
    internal sealed class SingleUseContent : HttpContent
    {
        private readonly byte[] _bytes;
        private int _written;

        public SingleUseContent(string json)
        {
            _bytes = Encoding.UTF8.GetBytes(json);
            Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            if (System.Threading.Interlocked.Exchange(ref _written, 1) == 1)
            {
                throw new IOException("The connection closed before LiveDesk answered; the request is not re-sent automatically.");
            }
            return stream.WriteAsync(_bytes, 0, _bytes.Length);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _bytes.Length;
            return true;
        }
    }
}
