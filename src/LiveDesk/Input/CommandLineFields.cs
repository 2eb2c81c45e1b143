using LiveDesk.Contacts;

namespace LiveDesk.Input
{
    /// <summary>The contact values given as parameters on the command line; they win over a piped row's columns.</summary>
    internal sealed class CommandLineFields
    {
        /// <summary>-Name.</summary>
        public string? Name { get; set; }
        /// <summary>-Email.</summary>
        public string? Email { get; set; }
        /// <summary>-PhoneNumber, as typed (normalised like a row's).</summary>
        public string? PhoneNumber { get; set; }
        /// <summary>-Identifier.</summary>
        public string? Identifier { get; set; }
        /// <summary>-AvatarUrl.</summary>
        public string? AvatarUrl { get; set; }

        /// <summary>True when any value is given.</summary>
        public bool Any =>
            ContactValidator.Clean(Name) != null || ContactValidator.Clean(Email) != null || ContactValidator.Clean(PhoneNumber) != null
            || ContactValidator.Clean(Identifier) != null || ContactValidator.Clean(AvatarUrl) != null;
    }
}
