namespace LiveDesk.Models
{
    /// <summary>What New-LiveDeskContact does when a row's e-mail, phone number or identifier is already taken.</summary>
    public enum IfExistsAction
    {
        /// <summary>Write a LiveDesk.ContactDuplicate error.</summary>
        Error,
        /// <summary>Emit the existing contact unchanged.</summary>
        Skip,
        /// <summary>Update the existing contact with the row's non-empty fields.</summary>
        Update,
    }
}
