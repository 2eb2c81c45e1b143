namespace LiveDesk.Input
{
    /// <summary>What a column can fill. FirstName, MiddleName and LastName only serve to compose Name.</summary>
    internal enum ContactField
    {
        /// <summary>The contact's name.</summary>
        Name,
        /// <summary>Given name, for composing Name.</summary>
        FirstName,
        /// <summary>Middle name, for composing Name.</summary>
        MiddleName,
        /// <summary>Family name, for composing Name.</summary>
        LastName,
        /// <summary>E-mail address.</summary>
        Email,
        /// <summary>Phone number, normalised to E.164.</summary>
        PhoneNumber,
        /// <summary>The caller's own id.</summary>
        Identifier,
        /// <summary>Avatar image URL.</summary>
        AvatarUrl,
        /// <summary>Company name (read from the row; sending it is the contact service's business).</summary>
        Company,
        /// <summary>City.</summary>
        City,
        /// <summary>Country.</summary>
        Country,
        /// <summary>Inbox (channel) id.</summary>
        InboxId,
    }
}
