using System;
using System.Text;
using LiveDesk.Errors;
using LiveDesk.Protocol;

namespace LiveDesk.Transport
{
    /// <summary>How the bytes of a response body become text.</summary>
    internal static class ResponseEncoding
    {
        /// <summary>
        /// The encoding of a body: a byte order mark wins (the server wrote it, whatever it labelled); then the
        /// charset, any .NET knows; no charset is UTF-8, the API's own. Null for a charset that is unknown or not
        /// supported here (utf-7 on .NET 5+ throws NotSupportedException). <paramref name="preamble"/> is the BOM's length.
        /// </summary>
        internal static Encoding? Choose(byte[] bytes, int length, string? charset, out int preamble)
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

        /// <summary>
        /// The text of a body. An undecodable error body is read as UTF-8 (it is only a message; the status says
        /// what happened); an undecodable success is <c>LiveDesk.InvalidResponse</c>, because guessing could turn
        /// it into a different contact.
        /// </summary>
        internal static string Decode(byte[] bytes, int length, string? charset, int status)
        {
            var encoding = Choose(bytes, length, charset, out var preamble);
            if (encoding == null)
            {
                if (status < 200 || status >= 300) encoding = Encoding.UTF8;
                else throw Failures.Fail(ErrorIds.InvalidResponse, LiveDeskErrorKind.InvalidResult,
                    $"LiveDesk answered {status} in the charset '{ResponseParser.Excerpt(charset!, 40)}', which cannot be decoded here; the request may have taken effect.", status);
            }
            return encoding.GetString(bytes, preamble, length - preamble);
        }
    }
}
