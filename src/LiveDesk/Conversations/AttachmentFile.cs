using System.Globalization;
using System.IO;
using LiveDesk.Errors;

namespace LiveDesk.Conversations
{
    /// <summary>
    /// A file to attach to a message: where it is on disk, the name and content type it is sent with, and its
    /// size when it was last checked. Only the path and the size are held; the bytes are read while the request
    /// is written (see <see cref="Transport.MultipartFormContent"/>).
    /// </summary>
    internal sealed class AttachmentFile
    {
        private AttachmentFile(string path, long length)
        {
            Path = path;
            FileName = System.IO.Path.GetFileName(path);
            ContentType = MediaTypes.ForFile(FileName);
            Length = length;
        }

        /// <summary>The full file system path.</summary>
        public string Path { get; }

        /// <summary>The name sent as the part's file name: the file's own.</summary>
        public string FileName { get; }

        /// <summary>The content type, from the extension.</summary>
        public string ContentType { get; }

        /// <summary>The size in bytes when checked.</summary>
        public long Length { get; }

        /// <summary>
        /// Checks that <paramref name="path"/> (a resolved file system path) is a file no larger than
        /// <paramref name="maximumSize"/>; throws <see cref="LiveDeskException"/> for the row otherwise. Called when
        /// the row is read and again just before each attempt, so a file changed in between is caught before sending.
        /// </summary>
        public static AttachmentFile Inspect(string path, long maximumSize)
        {
            FileInfo info;
            try
            {
                info = new FileInfo(path);
                if (!info.Exists) throw NotFound(path, Directory.Exists(path) ? "is a folder, not a file" : "does not exist");
                var file = new AttachmentFile(info.FullName, info.Length);
                if (file.Length > maximumSize) throw TooLarge(file, maximumSize);
                return file;
            }
            catch (System.Exception ex) when (ex is IOException || ex is System.UnauthorizedAccessException || ex is System.ArgumentException || ex is System.NotSupportedException)
            {
                throw NotFound(path, "cannot be read: " + ex.Message);
            }
        }

        /// <summary>The same file checked again: its size may have changed since the row was read.</summary>
        public AttachmentFile Recheck(long maximumSize) => Inspect(Path, maximumSize);

        internal static LiveDeskException NotFound(string path, string why) =>
            Failures.Fail(ErrorIds.AttachmentNotFound, LiveDeskErrorKind.InvalidArgument, $"The attachment '{path}' {why}. Nothing was sent.");

        private static LiveDeskException TooLarge(AttachmentFile file, long maximumSize) =>
            Failures.Fail(ErrorIds.AttachmentTooLarge, LiveDeskErrorKind.InvalidArgument,
                $"The attachment '{file.Path}' has {Size(file.Length)}; at most {Size(maximumSize)} is allowed (-MaximumAttachmentSize; LiveDesk refuses files over 40 MB). Nothing was sent.");

        /// <summary>"5,242,880 bytes (5.0 MB)".</summary>
        internal static string Size(long bytes) =>
            bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes" + (bytes >= 1024 * 1024 ? $" ({(bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture)} MB)" : string.Empty);
    }
}
