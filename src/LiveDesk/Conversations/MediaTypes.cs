using System;
using System.Collections.Generic;
using System.IO;

namespace LiveDesk.Conversations
{
    /// <summary>
    /// The content type an attachment is sent with, from its file name extension. LiveDesk decides from it how to
    /// show the file (image, audio, video or a download), so the common types are named; anything else is sent
    /// as application/octet-stream, which LiveDesk stores and offers as a plain file.
    /// </summary>
    internal static class MediaTypes
    {
        /// <summary>The type of content nobody named.</summary>
        public const string Default = "application/octet-stream";

        private static readonly Dictionary<string, string> ByExtension = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [".pdf"] = "application/pdf",
            [".txt"] = "text/plain",
            [".csv"] = "text/csv",
            [".htm"] = "text/html",
            [".html"] = "text/html",
            [".json"] = "application/json",
            [".xml"] = "application/xml",
            [".rtf"] = "application/rtf",
            [".zip"] = "application/zip",
            [".gz"] = "application/gzip",
            [".7z"] = "application/x-7z-compressed",
            [".doc"] = "application/msword",
            [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            [".xls"] = "application/vnd.ms-excel",
            [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            [".ppt"] = "application/vnd.ms-powerpoint",
            [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            [".odt"] = "application/vnd.oasis.opendocument.text",
            [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
            [".ics"] = "text/calendar",
            [".vcf"] = "text/vcard",
            [".eml"] = "message/rfc822",
            [".jpg"] = "image/jpeg",
            [".jpeg"] = "image/jpeg",
            [".png"] = "image/png",
            [".gif"] = "image/gif",
            [".bmp"] = "image/bmp",
            [".webp"] = "image/webp",
            [".svg"] = "image/svg+xml",
            [".tif"] = "image/tiff",
            [".tiff"] = "image/tiff",
            [".heic"] = "image/heic",
            [".ico"] = "image/x-icon",
            [".mp3"] = "audio/mpeg",
            [".wav"] = "audio/wav",
            [".m4a"] = "audio/mp4",
            [".aac"] = "audio/aac",
            [".oga"] = "audio/ogg",
            [".opus"] = "audio/opus",
            [".flac"] = "audio/flac",
            [".mp4"] = "video/mp4",
            [".m4v"] = "video/mp4",
            [".webm"] = "video/webm",
            [".ogg"] = "video/ogg",
            [".ogv"] = "video/ogg",
            [".mov"] = "video/quicktime",
            [".avi"] = "video/x-msvideo",
            [".mpeg"] = "video/mpeg",
            [".3gp"] = "video/3gpp",
        };

        /// <summary>The content type for <paramref name="fileName"/>'s extension, or <see cref="Default"/>.</summary>
        public static string ForFile(string fileName) =>
            ByExtension.TryGetValue(Path.GetExtension(fileName), out var type) ? type : Default;
    }
}
