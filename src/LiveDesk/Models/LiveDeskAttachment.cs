namespace LiveDesk.Models
{
    /// <summary>A file attached to a LiveDesk message, as LiveDesk described it after storing it.</summary>
    public sealed class LiveDeskAttachment
    {
        // Not public: only LiveDesk's answer makes an attachment.
        internal LiveDeskAttachment() { }

        /// <summary>The attachment id in LiveDesk.</summary>
        public long Id { get; set; }

        /// <summary>The message the file is attached to.</summary>
        public long MessageId { get; set; }

        /// <summary>The file's name, taken from its URL (LiveDesk does not send the name on its own).</summary>
        public string? FileName { get; set; }

        /// <summary>How LiveDesk shows the file: image, audio, video or file.</summary>
        public string? FileType { get; set; }

        /// <summary>The file name extension LiveDesk recorded, when it recorded one.</summary>
        public string? Extension { get; set; }

        /// <summary>The file's size in bytes, as stored.</summary>
        public long? Size { get; set; }

        /// <summary>Where the file can be downloaded.</summary>
        public string? Url { get; set; }

        /// <summary>Where a preview (images) can be downloaded.</summary>
        public string? ThumbnailUrl { get; set; }

        /// <inheritdoc />
        public override string ToString() => FileName ?? Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
