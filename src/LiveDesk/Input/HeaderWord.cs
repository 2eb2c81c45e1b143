namespace LiveDesk.Input
{
    /// <summary>What one word of a column header says about the column (see <see cref="HeaderVocabulary"/>).</summary>
    internal enum HeaderWord
    {
        /// <summary>Not in the vocabulary: a header holding such a word is not recognised by its words.</summary>
        Unknown,
        /// <summary>Says nothing about the field: address, number, of, de, value, an entity such as contact or person.</summary>
        Neutral,
        /// <summary>Says what the column is not: type, label, status, code, user name. The column is not used.</summary>
        Blocker,
        /// <summary>The column is about someone or something else (assistant, owner, fax, created by): never used for the contact.</summary>
        Elsewhere,
        /// <summary>
        /// The preposition of an agent (by, par, por, door, przez): "Created by", "Saisi par" name someone else. Right after an
        /// e-mail or phone word it names no one ("Email par défaut", "Teléfono por defecto", SoftPro's "tel_par").
        /// </summary>
        Agent,
        /// <summary>A name (full or display name when qualified).</summary>
        Name,
        /// <summary>A word that means the whole name alone, but the first or last name next to the other part (nom, nombre, nome).</summary>
        NamePart,
        /// <summary>Given name.</summary>
        First,
        /// <summary>Middle name.</summary>
        Middle,
        /// <summary>Family name.</summary>
        Last,
        /// <summary>E-mail.</summary>
        Email,
        /// <summary>Phone.</summary>
        Phone,
        /// <summary>Mobile phone: a phone word and the mobile qualifier in one.</summary>
        Mobile,
        /// <summary>Company; next to a phone, e-mail or place word it qualifies it as work.</summary>
        Company,
        /// <summary>City.</summary>
        City,
        /// <summary>Country.</summary>
        Country,
        /// <summary>An identifier.</summary>
        Id,
        /// <summary>Whom a number identifies (customer, member, employee): with a number word, an identifier.</summary>
        IdOwner,
        /// <summary>A login or user name (login, username, Benutzername, usuário, ログイン): the account's unique name, an identifier.</summary>
        Login,
        /// <summary>The party goods are shipped to (ship, delivery, livraison): its place ranks last, its other columns are someone else's.</summary>
        Shipping,
        /// <summary>Avatar, photo, picture.</summary>
        Avatar,
        /// <summary>Number, nummer, numero: an identifier after <see cref="IdOwner"/>, else neutral.</summary>
        Number,
        /// <summary>
        /// A word for reaching someone (contact, Kontakt, contacto, iletişim, تماس, الاتصال, liên hệ, संपर्क): neutral, but next to
        /// a number word the number is a phone ("Contact Number", "Números de Contacto", "Kontaktnummer", "شماره‌های تماس").
        /// </summary>
        Reach,
        /// <summary>
        /// A qualifier that makes a name word the given name: baptism, christian, own (battesimo, Tauf-, baptême, pila, próprio):
        /// "Nome di battesimo", "Christian name", "Taufname" are first names. Alone it names nothing.
        /// </summary>
        Given,
        /// <summary>
        /// A reference (ref, Referenz, référence, referencia): alone or with a number word the record's own key, ranked after a bare
        /// id (<see cref="HeaderRecognizer.ReferenceRank"/>); with whose it is (customer reference) that party's id; with any
        /// other field word (a referee's "Reference Phone") nothing.
        /// </summary>
        Reference,
        /// <summary>Qualifier: work, business, office.</summary>
        Work,
        /// <summary>Qualifier: home, private, personal.</summary>
        Home,
        /// <summary>Qualifier: primary, main, default, preferred.</summary>
        Primary,
        /// <summary>Qualifier: secondary, other, alternate, additional.</summary>
        Secondary,
        /// <summary>Qualifier of a name: full, display, complete.</summary>
        Full,
        /// <summary>Qualifier of an identifier: external, unique.</summary>
        External,
        /// <summary>
        /// A container noun (address, adresse, dirección): neutral next to what it contains (an e-mail, a city, a country:
        /// "E-mail Address", "Address 1: City"), a noun of its own otherwise ("Work Address" is no phone, "Company Address" no company).
        /// </summary>
        Address,
        /// <summary>A connector (of, de, du, del, di, van, von, the, の): neutral, and it makes the next word a complement ("E-mail du client").</summary>
        Connector,
        /// <summary>
        /// A tax, trade or legal registry (VAT, tax, SIRET, KVK, NIP, REGON, P.IVA, ABN, EIN, ИНН): the column holds an
        /// organisation's (or a registry's) number, never the contact's; its presence tells the file's rows are organisations.
        /// </summary>
        Registry,
        /// <summary>Excludes the name part next to it (without, excluding, ohne, sans, 제외, 除く, 不含): "이름(성 제외)" is the given name.</summary>
        Except,
        /// <summary>A word of a parenthesised note about the export format ("(optional)", "(required)"): the note is dropped.</summary>
        Note,
        /// <summary>A word of a note marking the exporting system's own column ("(Do Not Modify)", "(read only)"): dropped, and the column is system bookkeeping.</summary>
        SystemNote,
    }
}
