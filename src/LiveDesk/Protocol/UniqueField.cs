namespace LiveDesk.Protocol
{
    /// <summary>The contact fields LiveDesk keeps unique in an account.</summary>
    internal enum UniqueField
    {
        /// <summary>E-mail address; compared ignoring case (LiveDesk stores it lower-cased).</summary>
        Email,
        /// <summary>Phone number in E.164 format; compared exactly.</summary>
        PhoneNumber,
        /// <summary>The caller's own id; compared exactly.</summary>
        Identifier,
    }
}
