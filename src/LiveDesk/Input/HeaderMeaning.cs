namespace LiveDesk.Input
{
    /// <summary>What the words of a header say: the field it fills and its rank, or that it is about someone else.</summary>
    /// <param name="Field">The field, or null when the header fills none.</param>
    /// <param name="Rank">Precedence within the field: lower wins.</param>
    /// <param name="Elsewhere">The column is about someone or something else (assistant, owner, fax): never used nor suggested.</param>
    /// <param name="NamePart">A bare "Nom"/"Nombre"/"Nome": the whole name alone, the missing part next to a first or last name.</param>
    /// <param name="Weak">Chosen by a weak rule (a qualifier alone): used in a row only when its value there fits the field.</param>
    /// <param name="Login">A login or user name: an identifier, unless the first rows' values show names (with spaces).</param>
    /// <param name="QualifierOnly">Only a qualifier ("Primary", "Other", "Work", "Hem"): no field word, so the first rows' values
    /// decide between phone and e-mail.</param>
    /// <param name="IdNumber">A bare "ID number" ("Id nummer", "Numéro ID"): the contact's only when the file is not about organisations.</param>
    /// <param name="Organisation">The column is about an organisation's registration or tax number (VAT, SIRET, KVK, "Company ID"):
    /// never the contact's, and it tells the file's rows are organisations.</param>
    /// <param name="PersonOfUnknownRole">A person's name, or its given or family part, qualified by a word the vocabulary does not know
    /// ("Sürücü Adı Soyadı", OneGov's "form_nachname"): fills no field, but ColumnMap uses it where it is the file's only person name.</param>
    internal sealed record HeaderMeaning(ContactField? Field, int Rank, bool Elsewhere = false, bool NamePart = false, bool Weak = false, bool Login = false,
        bool QualifierOnly = false, bool IdNumber = false, bool Organisation = false, ContactField? PersonOfUnknownRole = null)
    {
        /// <summary>An organisation's registration or tax number.</summary>
        public static HeaderMeaning OrganisationNumber { get; } = new HeaderMeaning(null, 0, Organisation: true);

        /// <summary>Nothing the words say.</summary>
        public static HeaderMeaning None { get; } = new HeaderMeaning(null, 0);

        /// <summary>About someone or something else.</summary>
        public static HeaderMeaning AboutSomeoneElse { get; } = new HeaderMeaning(null, 0, Elsewhere: true);
    }
}
