namespace LiveDesk.Errors
{
    /// <summary>The stable ErrorId values the module writes. Scripts may match on them.</summary>
    internal static class ErrorIds
    {
#pragma warning disable CS1591 // the names say it; docs/about_LiveDesk.md describes each
        public const string NotConnected = "LiveDesk.NotConnected";
        public const string MissingCredential = "LiveDesk.MissingCredential";
        public const string InsecureBaseUri = "LiveDesk.InsecureBaseUri";
        public const string InvalidBaseUri = "LiveDesk.InvalidBaseUri";
        public const string AuthenticationFailed = "LiveDesk.AuthenticationFailed";
        public const string PermissionDenied = "LiveDesk.PermissionDenied";
        public const string HostUnreachable = "LiveDesk.HostUnreachable";
        public const string InvalidInput = "LiveDesk.InvalidInput";
        public const string InvalidInboxId = "LiveDesk.InvalidInboxId";
        public const string InvalidEmail = "LiveDesk.InvalidEmail";
        public const string InvalidPhoneNumber = "LiveDesk.InvalidPhoneNumber";
        public const string InvalidAvatarUrl = "LiveDesk.InvalidAvatarUrl";
        public const string ValueTooLong = "LiveDesk.ValueTooLong";
        public const string ContactInvalid = "LiveDesk.ContactInvalid";
        public const string ContactDuplicate = "LiveDesk.ContactDuplicate";
        public const string AmbiguousMatch = "LiveDesk.AmbiguousMatch";
        public const string ContactConflict = "LiveDesk.ContactConflict";
        public const string InboxNotFound = "LiveDesk.InboxNotFound";
        public const string ContactNotFound = "LiveDesk.ContactNotFound";
        public const string ConversationNotFound = "LiveDesk.ConversationNotFound";
        public const string AttachmentNotFound = "LiveDesk.AttachmentNotFound";
        public const string AttachmentTooLarge = "LiveDesk.AttachmentTooLarge";
        public const string RateLimitExceeded = "LiveDesk.RateLimitExceeded";
        public const string ServerError = "LiveDesk.ServerError";
        public const string OutcomeUnknown = "LiveDesk.OutcomeUnknown";
        public const string Timeout = "LiveDesk.Timeout";
        public const string InvalidResponse = "LiveDesk.InvalidResponse";
        public const string RequestRejected = "LiveDesk.RequestRejected";
        public const string UnexpectedError = "LiveDesk.UnexpectedError";
        public const string ProxyAuthenticationRequired = "LiveDesk.ProxyAuthenticationRequired";
        public const string InvalidProxy = "LiveDesk.InvalidProxy";
        public const string TlsError = "LiveDesk.TlsError";
#pragma warning restore CS1591
    }
}
