using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace LiveDesk.Transport
{
    /// <summary>
    /// A multipart/form-data body of text fields and files that streams each file from disk while it is written,
    /// through one small buffer: a request never holds a file in memory, however large, and many requests in flight
    /// cost no more than their buffers. The length is computed up front (so it goes out as Content-Length, which
    /// every proxy accepts, and .NET Framework does not buffer the body to learn it). Like <see cref="SingleUseContent"/>
    /// it refuses a second write: HttpClient would otherwise re-send it on its own after a lost connection. A new
    /// attempt (after a 429) builds a new instance, which opens the files again.
    /// </summary>
    internal sealed class MultipartFormContent : HttpContent
    {
        private const int BufferSize = 64 * 1024;
        private static readonly Encoding Utf8 = new UTF8Encoding(false);

        private readonly List<(byte[] Head, FilePart? File, byte[]? Value)> _parts = new List<(byte[], FilePart?, byte[]?)>();
        private readonly byte[] _tail;
        private readonly string _boundary;
        private int _written;

        /// <summary>Starts an empty form with a random boundary.</summary>
        public MultipartFormContent()
        {
            _boundary = "LiveDesk-" + Guid.NewGuid().ToString("N");
            _tail = Utf8.GetBytes("--" + _boundary + "--\r\n");
            var type = new MediaTypeHeaderValue("multipart/form-data");
            type.Parameters.Add(new NameValueHeaderValue("boundary", _boundary));
            Headers.ContentType = type;
        }

        /// <summary>A file to stream: its path, the name and content type it is sent with, and its size now.</summary>
        public sealed class FilePart
        {
            /// <summary>Describes a file part.</summary>
            public FilePart(string path, string fileName, string contentType, long length)
            {
                Path = path;
                FileName = fileName;
                ContentType = contentType;
                Length = length;
            }

            /// <summary>The file system path.</summary>
            public string Path { get; }

            /// <summary>The file name in the part header.</summary>
            public string FileName { get; }

            /// <summary>The part's Content-Type.</summary>
            public string ContentType { get; }

            /// <summary>The number of bytes the part announces and sends.</summary>
            public long Length { get; }
        }

        /// <summary>Adds a text field.</summary>
        public void AddField(string name, string value) =>
            _parts.Add((Head($"Content-Disposition: form-data; name=\"{Escape(name)}\"\r\n\r\n"), null, Utf8.GetBytes(value)));

        /// <summary>Adds a file under <paramref name="name"/>.</summary>
        public void AddFile(string name, FilePart file) =>
            _parts.Add((Head($"Content-Disposition: form-data; name=\"{Escape(name)}\"; filename=\"{Escape(file.FileName)}\"\r\nContent-Type: {file.ContentType}\r\n\r\n"), file, null));

        private byte[] Head(string headers) => Utf8.GetBytes("--" + _boundary + "\r\n" + headers);

        // What browsers do (the HTML form encoding): the name stays UTF-8, and only the three characters that would
        // end the quoted string or the header line are percent-escaped. Rack reads it back as sent.
        private static string Escape(string value) => value.Replace("\"", "%22").Replace("\r", "%0D").Replace("\n", "%0A");

        /// <inheritdoc />
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            if (Interlocked.Exchange(ref _written, 1) == 1)
            {
                throw new IOException("The connection closed before LiveDesk answered; the request is not re-sent automatically.");
            }
            var buffer = new byte[BufferSize];
            foreach (var (head, file, value) in _parts)
            {
                await stream.WriteAsync(head, 0, head.Length).ConfigureAwait(false);
                if (file != null) await CopyFileAsync(file, stream, buffer).ConfigureAwait(false);
                else await stream.WriteAsync(value!, 0, value!.Length).ConfigureAwait(false);
                await stream.WriteAsync(CrLf, 0, CrLf.Length).ConfigureAwait(false);
            }
            await stream.WriteAsync(_tail, 0, _tail.Length).ConfigureAwait(false);
        }

        private static readonly byte[] CrLf = { 13, 10 };

        // Exactly the announced length: a file that changed size since it was checked ends the request rather than
        // send a body that disagrees with its Content-Length.
        private static async Task CopyFileAsync(FilePart file, Stream destination, byte[] buffer)
        {
            using var source = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous | FileOptions.SequentialScan);
            var left = file.Length;
            while (left > 0)
            {
                var read = await source.ReadAsync(buffer, 0, (int)Math.Min(buffer.Length, left)).ConfigureAwait(false);
                if (read == 0) throw new IOException($"The file '{file.Path}' became shorter while it was being sent.");
                await destination.WriteAsync(buffer, 0, read).ConfigureAwait(false);
                left -= read;
            }
            if (source.ReadByte() != -1) throw new IOException($"The file '{file.Path}' grew while it was being sent.");
        }

        /// <inheritdoc />
        protected override bool TryComputeLength(out long length)
        {
            length = _tail.Length;
            foreach (var (head, file, value) in _parts) length += head.Length + (file?.Length ?? value!.Length) + CrLf.Length;
            return true;
        }
    }
}
