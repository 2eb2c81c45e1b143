namespace LiveDesk.Input
{
    /// <summary>What the words of a header say: the field it fills and its rank, or that it is about someone else.</summary>
    /// <param name="Field">The field, or null when the header fills none.</param>
    /// <param name="Rank">Precedence within the field: lower wins.</param>
    /// <param name="Elsewhere">The column is about someone or something else (assistant, owner, fax): never used nor suggested.</param>
    /// <param name="NamePart">A bare "Nom"/"Nombre"/"Nome": the whole name alone, the missing part next to a first or last name.</param>
    /// <param name="Weak">Chosen by a weak rule (a qualifier alone): used in a row only when its value there fits the field.</param>
    /// <param name="Login">A login or user name: an identifier, unless the first rows' values show names (with spaces).</param>
    internal sealed record HeaderMeaning(ContactField? Field, int Rank, bool Elsewhere = false, bool NamePart = false, bool Weak = false, bool Login = false)
    {
        /// <summary>Nothing the words say.</summary>
        public static HeaderMeaning None { get; } = new HeaderMeaning(null, 0);

        /// <summary>About someone or something else.</summary>
        public static HeaderMeaning AboutSomeoneElse { get; } = new HeaderMeaning(null, 0, Elsewhere: true);
    }
}
