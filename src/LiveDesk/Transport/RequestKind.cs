namespace LiveDesk.Transport
{
    /// <summary>What a request is, as far as sending it again goes.</summary>
    internal enum RequestKind
    {
        /// <summary>Reads and updates: sending them twice does no harm.</summary>
        Idempotent,
        /// <summary>
        /// A create of a row with a unique field: after an unknown outcome it is sent again, and the caller
        /// resolves a later "already taken" by looking the contact up.
        /// </summary>
        ResolvableCreate,
        /// <summary>A create of a row that could not be found again: after an unknown outcome it is not sent again.</summary>
        UnresolvableCreate,
    }
}
