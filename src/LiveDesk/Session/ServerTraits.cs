namespace LiveDesk.Session
{
    /// <summary>
    /// What one connection has learned about how its server behaves where LiveDesk's documentation is silent.
    /// It lives as long as the connection, so a later command does not pay again to find out; the flags only
    /// ever move from "unknown" to "known", so concurrent rows may set them without a lock.
    /// </summary>
    internal sealed class ServerTraits
    {
        private volatile bool _createDropsAdditionalAttributes;

        /// <summary>
        /// True once a create answered without the additional attributes (company, city, country...) it was sent with:
        /// from then on such rows are created and then PATCHed, without offering the attributes to the create.
        /// </summary>
        public bool CreateDropsAdditionalAttributes
        {
            get => _createDropsAdditionalAttributes;
            set { if (value) _createDropsAdditionalAttributes = true; }
        }
    }
}
