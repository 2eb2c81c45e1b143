using System;
using System.Collections.Generic;
using System.Text;

namespace LiveDesk.Input
{
    /// <summary>
    /// The words column headers are read by, in English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish
    /// and Polish. Words are written folded (lower case, accents removed, ß as ss, ł as l), the way
    /// <see cref="HeaderWords"/> splits a header. Compounds ("Telefonnummer", "emailaddress", "Mitgliedsnummer") need no
    /// entry of their own: a word not listed is tried as two or three listed words (German linking s/n/en allowed); nor
    /// do inflected forms ("telefonu", "teléfonos"): <see cref="HeaderStems"/> reads them. Japanese and Chinese words
    /// are listed as they are written (folded the same way); multi-word terms are listed joined ("raisonsociale").
    /// To teach the module a language or a word, add it to the line of its role; docs/about_LiveDesk_Columns.md
    /// explains the roles.
    /// </summary>
    internal static partial class HeaderVocabulary
    {
        private static readonly Dictionary<string, HeaderWord> Words = new Dictionary<string, HeaderWord>(StringComparer.Ordinal);

        // The words of a form's question ("your", "please enter"): neutral in a header, and the sign that a number before them
        // counts the questions.
        private static readonly HashSet<string> FormQuestion = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>True for a word of a form's question ("your", "Ihre", "votre", "您").</summary>
        public static bool IsFormQuestionWord(string word) => FormQuestion.Contains(word);

        // A form's choice asked of the respondent ("Seleccionar Participante", a Tally form's select of the participant's name;
        // "Choose participant"). Matched exactly, never as a vocabulary word: its stems are nouns ("Selección", "SelectieNaam",
        // a church register's campaign) that say nothing of a party.
        private static readonly HashSet<string> FormChoices = new HashSet<string>(FoldAll(
            "choose select", "choisissez selectionnez", "seleccionar seleccione elija elige escoja", "seleziona scegli", "selecione escolha",
            "wahlen sie", "kies", "valj", "wybierz"), StringComparer.Ordinal);

        /// <summary>True for a form's imperative to choose ("Seleccionar", "Choose"), matched exactly.</summary>
        public static bool IsFormChoice(string word) => FormChoices.Contains(word);

        static HeaderVocabulary()
        {
            // Registries and exclusions, logins, shipping, the parties a file is about, Arabic and Hebrew: before the lines
            // below, so their roles win.
            AddRegistries();
            AddParties();
            // Words that reach a person, given-name qualifiers, references, other records; Persian, Vietnamese, Thai,
            // Indonesian, Malay, Hindi.
            AddWorld();
            // The staff member in charge, "último", form-field prefixes, e-mail compounds, states and postal codes.
            AddRoles();

            // Fields.
            Add(HeaderWord.Email, "email mail emails", "mail", "courriel messagerie", "correo", "posta", "", "", "epost", "");
            Add(HeaderWord.Phone, "phone telephone tel tele phones landline", "telefon fon rufnummer festnetz",
                "telephone tel", "telefono tfno", "telefono", "telefone fone", "telefoon", "telefon tlf", "telefon");
            // The vCard name's parts as EGroupware and Tine 2.0 name their columns ("n_family", "n_given", "n_middle", "n_fn"):
            // written apart, the two words are one listed word.
            Add(HeaderWord.Last, "nfamily");
            // "sname", the surname in database columns beside "name" or "fname" (matesova-prace's camp applications).
            Add(HeaderWord.Last, "sname");
            // "lname", the last name cut as database columns cut it ("fname" beside it is read in ColumnMap: alone it may be a
            // father's name).
            Add(HeaderWord.Last, "lname");
            Add(HeaderWord.First, "ngiven");
            Add(HeaderWord.Middle, "nmiddle");
            Add(HeaderWord.Name, "nfn");
            // A messenger whose account is the phone number (WhatsApp, Vietnam's Zalo) names the mobile.
            Add(HeaderWord.Mobile, "mobile mob cell cellular whatsapp zalo sms msisdn", "mobil mobiltelefon handy natel", "portable mobile gsm cellulaire",
                "movil celular", "cellulare cell", "celular telemovel", "mobiel mobiele gsm", "mobil mobiltelefon", "komorka komorkowy kom");
            Add(HeaderWord.Name, "name names", "name", "", "", "", "", "naam", "namn", "nazwa");
            Add(HeaderWord.NamePart, "", "", "nom", "nombre", "nome", "nome", "", "", "");
            Add(HeaderWord.First, "first given forename firstname givenname", "vorname vornamen rufname", "prenom prenoms",
                "", "", "", "voornaam voornamen roepnaam noemnaam", "fornamn tilltalsnamn", "imie imiona");
            // "Middle Initial", "Middle Init" (a dental practice's referring physicians): the middle name cut to its letter.
            Add(HeaderWord.Neutral, "initial init");
            Add(HeaderWord.Middle, "middle", "mittelname", "", "", "", "", "middelste tussenvoegsel", "mellannamn mellan", "");
            // German "Namensvorsatz", "Vorsatzwort" (a practice system's patients: "von", "van der"): the particle before the family
            // name, between the given and the family name as Dutch "tussenvoegsel" is.
            Add(HeaderWord.Middle, "namensvorsatz vorsatzwort");
            // Lightspeed eCom's "LastnamePreposition" ("van der" before "Berg"): the family name's particle, by its grammar's name.
            Add(HeaderWord.Middle, "preposition");
            Add(HeaderWord.Last, "last family surname lastname familyname", "nachname familienname zuname", "famille",
                "apellido apellidos", "cognome", "sobrenome apelido apelidos", "achternaam familienaam", "efternamn", "nazwisko");
            Add(HeaderWord.Company, "company organisation organization org employer", "firma firmen unternehmen arbeitgeber",
                "societe entreprise organisme raisonsociale", "empresa compania organizacion razonsocial", "azienda societa ditta organizzazione ragionesociale ragionsociale",
                "empresa companhia organizacao razaosocial", "bedrijf organisatie onderneming firma", "foretag organisation firma", "firma przedsiebiorstwo organizacja");
            // Italian, Spanish and Portuguese "Denominazione", "Denominación", "Denominação": the registered name of a firm, or of a
            // person who buys as one (Danea Easyfatt's customers); read as the company, which names a row that has no person's
            // name. Not French or English "denomination" (a church's: a parish register's "mothersdenomination").
            Add(HeaderWord.Company, "denominazione denominacion denominacao");
            Add(HeaderWord.City, "city town hometown locality", "stadt ort wohnort", "ville localite commune", "ciudad localidad poblacion",
                "citta comune localita", "cidade localidade", "stad plaats woonplaats", "stad ort", "miasto miejscowosc");
            Add(HeaderWord.Country, "country nation", "land", "pays", "pais", "paese nazione", "pais", "land", "land", "kraj panstwo");
            // "pk": a primary key as database tools name it (SteVe's "user_pk", Django's "pk").
            Add(HeaderWord.Id, "id identifier ident uid cid uuid guid pk", "kennung kennnummer", "identifiant", "identificador", "identificativo codice",
                "identificador", "", "", "identyfikator");
            Add(HeaderWord.IdOwner, "customer client member employee", "kunde kunden mitglied mitglieds mitglieder mitarbeiter",
                "client adherent employe", "cliente socio empleado", "cliente socio dipendente", "cliente socio funcionario",
                "klant lid medewerker", "kund medlem anstalld", "klient czlonek pracownik");
            Add(HeaderWord.Avatar, "avatar photo picture image pic portrait", "bild foto profilbild", "photo image", "foto imagen",
                "foto immagine", "foto imagem", "foto afbeelding", "bild foto", "zdjecie");
            Add(HeaderWord.Number, "number no nr num", "nummer nr", "numero no", "numero nro num", "numero num", "numero", "nummer nr",
                "nummer nr", "numer nr");
            // An Austrian school's "Schülerkennzahl" (Sokrates): a "Kennzahl" or "Kennziffer" is an identifying number.
            Add(HeaderWord.Number, "kennzahl kennziffer");
            // The numbering a register gives its rows ("Numérotation Interne": a Belgian food bank's beneficiaries).
            Add(HeaderWord.Number, "numbering", "nummerierung", "numerotation", "numeracion", "numerazione", "numeracao", "nummering");

            // Qualifiers: they rank candidates of one field.
            Add(HeaderWord.Work, "work business office job corporate professional pro", "geschaftlich geschaft dienstlich dienst buro arbeit beruflich",
                "bureau professionnel professionnelle pro travail", "trabajo oficina profesional laboral", "ufficio uff lavoro",
                "comercial trabalho profissional", "werk zakelijk kantoor", "arbete jobb", "sluzbowy sluzbowa praca pracy");
            Add(HeaderWord.Home, "home private personal residential", "privat wohnung zuhause wohn", "domicile personnel personnelle perso prive privee",
                "particular casa personal privado residencia residencial hogar", "abitazione casa personale privato residenza", "residencial residencia pessoal particular casa",
                "thuis prive prive persoonlijk", "hem privat", "domowy domowa prywatny prywatna dom");
            Add(HeaderWord.Primary, "primary main default preferred first 1", "haupt bevorzugt standard erste primar", "principal principale prefere primaire defaut",
                "principal predeterminado preferido primer primero primario defecto", "principale predefinito preferito primo primario", "principal preferido primeiro primario padrao",
                "hoofd voorkeur standaard eerste", "huvud forstahands forsta", "glowny glowna domyslny pierwszy podstawowy podstawowa");
            Add(HeaderWord.Secondary, "secondary second other alternate alternative alt additional another", "weitere weiteres weiterer zweite andere sekundar",
                "autre autres secondaire deuxieme second seconde", "otro otra otros otras secundario secundaria segundo segunda alternativo alternativa",
                "altro altra altri altre secondario secondo seconda",
                "outro outra secundario secundaria segundo segunda alternativo alternativa", "ander andere tweede overig overige", "annan annat andra ovrig", "inny inne drugi drugie dodatkowy");
            Add(HeaderWord.Full, "full display complete", "vollstandiger vollstandig anzeige anzeigename", "complet", "completo", "completo",
                "completo", "volledige weergave", "fullstandigt", "pelne pelna");
            Add(HeaderWord.External, "external", "extern externe", "externe", "externo", "esterno", "externo", "extern externe", "extern", "zewnetrzny");
            // "Unique ID" (phpList's uniqid, a database's GUID) is the exporting system's key, as a bare id is: unique says
            // nothing about whose it is, where "External ID" is the id another system gave the person.
            Add(HeaderWord.Neutral, "unique", "", "unique", "unico", "univoco", "unico", "uniek");

            // Container and connector words, before the neutral line so they keep their own role. "from": Avni's "Id from previous system".
            Add(HeaderWord.Address, "address addr addresses", "adresse", "adresse", "direccion", "indirizzo", "endereco", "adres", "adress", "adres");
            Add(HeaderWord.Connector, "of the for at on in and or from", "der die das des von fur im und oder", "de du des la le les l d et au aux", "de del la el los las y",
                "di del della dello il lo la e", "de do da dos das e", "van het de op en", "for till av och pa", "w z na i do");
            // Notes in parentheses about the export format, not about the column ("(optional)"), and the exporting system's
            // own columns ("(Do Not Modify) Contact" is Dynamics' contact GUID, "(read only)").
            Add(HeaderWord.Note, "optional required mandatory iso", "pflicht pflichtfeld erforderlich", "obligatoire facultatif optionnel", "obligatorio opcional",
                "obbligatorio facoltativo", "obrigatorio", "verplicht optioneel", "obligatorisk valfri", "wymagane opcjonalne",
                // Godomall's member list: "이름(필수)", "이메일(필수)" (required); Japanese and Chinese templates' "(必須)", "(必填)", "(选填)".
                "필수 선택", "必須 任意", "必填 选填 選填 必须 必須填寫");
            Add(HeaderWord.SystemNote, "not modify modifiable editable readonly read only system", "nicht andern bearbeiten schreibgeschutzt nur lesen",
                "ne pas modifier lecture seule systeme", "modificar lectura solo sistema", "non modificare lettura sola", "leitura somente",
                "niet wijzigen alleen lezen systeem", "skrivskyddad endast", "nie modyfikuj tylko odczyt");
            // Words that change nothing: entities, connectors, "value".
            Add(HeaderWord.Neutral, "address addr value contact person lead user subscriber recipient billing mailing the of for at on in and info details data region electronic url link uri profile",
                "adresse wert kontakt person empfanger rechnung der die das des von fur im und daten region elektronische elektronisch profil",
                "adresse valeur contact personne destinataire facturation de du des la le les l d et electronique region lien profil",
                "direccion valor contacto persona destinatario receptor receptora facturacion de del la el los las y electronico electronica region enlace perfil",
                "indirizzo valore contatto persona destinatario fatturazione di del della dello il lo la e elettronica elettronico regione profilo",
                "endereco valor contato contacto pessoa destinatario faturacao de do da dos das e eletronico electronico regiao perfil",
                "adres waarde contactpersoon contact persoon ontvanger facturatie van het de op en elektronisch regio profiel",
                "adress varde kontakt person mottagare faktura for till av och pa elektronisk region profil",
                "adres wartosc kontakt osoba odbiorca faktura w z na i elektroniczna elektroniczny region profil profilowe");
            // A form's question instead of a label (Google Forms' "Digite seu nome", "Enter your email", "Ihr Name", "Votre nom"): the
            // asking and the "your" say nothing about the field.
            // Not English "is" (Turkish "iş", work, folds to it) nor short words other languages use otherwise.
            // 问卷星's "1、您的姓名：", "请输入您的手机号": the polite and plain "you" (您, 你), "please enter", "fill in"; Japanese
            // "あなたの", Korean "귀하의". The "的" after "you" is a connector already.
            var form = new[]
            {
                "your enter please", "ihr ihre dein deine bitte", "votre saisissez entrez indiquez",
                "su tu ingrese introduzca escriba", "tuo tua vostro inserisci inserire", "seu sua digite informe insira",
                "uw jouw", "ditt", "twoj twoje podaj wpisz", "您 你 请输入 请填写 請輸入 請填寫 填写 填寫 输入 輸入 あなた 귀하 당신",
            };
            AddFolded(HeaderWord.Neutral, form);
            FormQuestion.UnionWith(FoldAll(form));
            // A recipient in more languages (Shopee Indonesia's "Nama Penerima", Coupang's "수취인이름"): whose the field is, which
            // ColumnMap reads as a shipment's party.
            AddFolded(HeaderWord.Neutral, "penerima", "수취인 수령인 수하인 받는사람", "получатель получателя одержувач отримувач",
                "cimzett destinatar vastaanottaja modtager mottaker primatelj prejemnik");
            // The addressee of a postal address book (Česká pošta's "Č. adresáta", "Jméno adresáta"): the contact itself, whose
            // number is its own, as a customer's is.
            AddFolded(HeaderWord.IdOwner, "adresat adresata adresatu adresatovi");

            // The column describes the value, not the contact: a type, a label, a login name, a code.
            Add(HeaderWord.Blocker, "type label kind status code account domain opt consent verified bounced date count",
                "typ art bezeichnung konto", "type libelle statut identifiant", "tipo etiqueta estado estatus cuenta",
                "tipo etichetta stato", "tipo rotulo estado conta", "soort label status", "typ etikett status",
                "typ etykieta status konto");
            // A handle on a messaging or social network is an address there, not the contact's e-mail, phone or id ("Yahoo! ID",
            // "Skype Name", a QQ number); the id of another thing (an order, a session, a device) identifies that thing.
            Add(HeaderWord.Blocker, "yahoo skype twitter facebook icq aim msn jabber xmpp gtalk hangouts linkedin instagram telegram wechat github slack discord viber messenger handle qq",
                "", "", "", "", "", "", "", "komunikator");
            Add(HeaderWord.Blocker, "order session device transaction campaign list group parent tax vat invoice ticket deal product cart tracking visit seat booking reservation subscription payment charge coupon object ip geoip",
                "bestellung auftrag sitzung gerat steuer gruppe", "commande session appareil facture groupe", "pedido sesion dispositivo factura grupo",
                "ordine sessione dispositivo fattura gruppo", "pedido sessao dispositivo fatura grupo", "bestelling sessie apparaat groep", "bestallning grupp", "zamowienie grupa");
            // A session in more scripts (LINE Connect's "セッションID" beside its "LINEユーザーID"): a session's id is the session's.
            AddFolded(HeaderWord.Blocker, "セッション 会话 會話 세션 сессия сессии сеанс сеансу сесія сесії oturum sesja sesji relace sesi phien เซสชัน جلسة");
            // A work item: a task, a project, an issue (Kanboard's task export in Ukrainian: "ID задачі", the task's id, with its
            // author and assignee, the staff). Its id is the item's.
            AddFolded(HeaderWord.Blocker, "task tasks project projects issue issues aufgabe aufgaben projekt projekte tache taches projet projets tarea tareas",
                "proyecto proyectos tarefa tarefas projeto projetos compito compiti progetto progetti taak taken uppgift uppgifter oppgave opgave",
                "tehtava tehtavan zadanie zadania ukol ukolu задача задачи задачі завдання завдання проект проекту проекта タスク 任务 任務 작업");

            // About someone else: these columns are never used for the contact (nor suggested), whatever else they say.
            // A parent named as children call them is a parent too (ChurchCRM's Sunday-school class list: "Dad Email", "Mom Mobile"
            // beside the pupil's own "Mobile"); so are German "Mutti", "Vati" and French "maman" below.
            Add(HeaderWord.Elsewhere, "assistant assistants asst secretary manager supervisor boss spouse partner wife husband child children kid kids parent parents guardian mother father dad dads daddy mom moms mommy mum mums mummy papa sibling relative referrer referred referral referee sponsor emergency owner owners creator created modified modifier updated changed edited agent assignee assigned rep representative salesperson texter",
                "assistent assistentin sekretar sekretarin vorgesetzter vorgesetzte chef ehepartner ehepartnerin partnerin gatte gattin kind kinder eltern vater mutter vati mutti empfohlen empfehlung werber notfall notfallkontakt besitzer inhaber eigentumer erstellt ersteller angelegt geandert bearbeitet aktualisiert betreuer zustandig",
                "assistante assistant secretaire responsable superieur conjoint conjointe epoux epouse enfant enfants parrain parrainage urgence proprietaire coproprietaire createur cree modifie mis",
                "asistente secretario secretaria gerente jefe conyuge esposo esposa pareja hijo hijos hija referido emergencia propietario creado modificado actualizado",
                "assistente segretario segretaria responsabile coniuge marito moglie figlio figli figlia emergenza proprietario creato modificato aggiornato da",
                "assistente secretario secretaria gerente chefe conjuge marido esposa filho filhos filha indicado emergencia proprietario criado modificado atualizado",
                "assistent secretaresse manager leidinggevende echtgenoot echtgenote kind kinderen ouder verwijzer nood noodgeval noodcontact eigenaar aangemaakt gewijzigd bijgewerkt",
                "assistent sekreterare chef make maka sambo barn foralder hanvisad nodfall nodkontakt agare skapad andrad uppdaterad av",
                "asystent asystenta asystentka sekretarka kierownik przelozony malzonek malzonka dziecko dzieci rodzic polecajacy awaryjny wlasciciel utworzony zmodyfikowany zmieniony");
            Add(HeaderWord.Agent, "", "", "par", "por", "", "por", "door", "", "przez");
            // Devices and channels that do not reach the person's phone.
            Add(HeaderWord.Elsewhere, "fax telefax facsimile pager beeper telex isdn tty tdd callback radio car",
                "faxnummer pieper piepser funkruf ruckruf autotelefon auto", "telecopie telecopieur rnis rappel radiomessagerie voiture",
                "buscapersonas localizador teletipo rdsi automovil coche", "cercapersone richiamata auto", "carro bip",
                "pieper semafoon terugbellen autotelefoon", "personsokare biltelefon bil", "faks faksu pager samochod samochodzie");

            // Japanese and Chinese write no spaces between words: HeaderWords cuts a run of these characters into the longest
            // words listed here ("勤務先電話番号" = 勤務先 + 電話 + 番号); a character no listed word covers is an unknown word.
            Add(HeaderWord.Email, "メール eメール 電子メール 邮件 邮箱 郵件 郵箱 电邮 電郵");
            Add(HeaderWord.Mobile, "携帯 モバイル 手机 手機 移动电话 移動電話");
            Add(HeaderWord.Phone, "電話 电话 固定電話 座机");
            // Written in kana too: "お届け先おなまえ" (Japan Post's parcel labels), "なまえ" on a children's form.
            Add(HeaderWord.Name, "名前 氏名 ネーム 姓名 なまえ");
            // WeChat's "显示名称" (the contact's display name), read whole: cut after "显示名" its last character names nothing.
            Add(HeaderWord.Name, "显示名称 顯示名稱");
            Add(HeaderWord.First, "名 ファーストネーム");
            Add(HeaderWord.Middle, "ミドル");
            Add(HeaderWord.Last, "姓 苗字 ラストネーム");
            Add(HeaderWord.Company, "会社 会社名 企業 企業名 公司 公司名称 単位");
            Add(HeaderWord.City, "市区町村 市町村 都市 城市");
            Add(HeaderWord.Country, "国 国家 國家");
            Add(HeaderWord.Number, "番号 号码 號碼");
            Add(HeaderWord.Work, "勤務先 ビジネス 仕事 工作 办公 辦公 单位");
            Add(HeaderWord.Home, "自宅 個人 家庭 住宅 プライベート 私人");
            // Taiwan's household register (戶籍): the "戶籍電話" and "戶籍地址" of a school roster are the family home's.
            Add(HeaderWord.Home, "戶籍 户籍");
            Add(HeaderWord.Address, "アドレス 住所 地址");
            Add(HeaderWord.Connector, "の または 的 或");
            Add(HeaderWord.Neutral, "電子 电子 地域 地区");
            Add(HeaderWord.Blocker, "種類 类型 類型 タイプ");
            Add(HeaderWord.Elsewhere, "ファックス ファクス ポケットベル ポケベル 传真 傳真 アシスタント 秘書 助理 上司 配偶者");

            // Russian, Ukrainian, Czech, Slovak, Finnish, Danish, Norwegian, Turkish, Hungarian, Romanian, Greek, Chinese, Korean.
            AddLanguages();
            AddCompanies();
        }

        /// <summary>
        /// The role of a folded word: as listed, else as an inflected form of a listed word (<see cref="HeaderStems"/>:
        /// "telefonu", "komorkowego", "secundaria"); <see cref="HeaderWord.Unknown"/> when neither.
        /// </summary>
        public static HeaderWord Of(string word)
        {
            var exact = Exact(word);
            if (exact != HeaderWord.Unknown) return exact;
            var inflected = HeaderStems.Of(word);
            if (inflected != HeaderWord.Unknown) return inflected;
            var joined = HeaderStems.OfJoined(word);
            return joined != HeaderWord.Unknown ? joined : Misspelt(word);
        }

        // A long word with a doubled letter written once, or a single one doubled (php-addressbook's French "Professionel",
        // "E-mail professionel"; "Adresse", "Addresse"): the listed word whose letters, doubles written once, are the same,
        // when only one role has such a word. Short words are left alone: too many differ by one letter.
        private const int MisspeltLength = 7;

        private static readonly Lazy<Dictionary<string, HeaderWord>> Singled = new Lazy<Dictionary<string, HeaderWord>>(() =>
        {
            var roles = new Dictionary<string, HeaderWord>(StringComparer.Ordinal);
            var ambiguous = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pair in Words)
            {
                if (pair.Key.Length < MisspeltLength - 1) continue;
                var single = Single(pair.Key);
                if (roles.TryGetValue(single, out var role) && role != pair.Value) ambiguous.Add(single);
                else roles[single] = pair.Value;
            }
            foreach (var single in ambiguous) roles.Remove(single);
            return roles;
        });

        private static HeaderWord Misspelt(string word) =>
            word.Length >= MisspeltLength && Singled.Value.TryGetValue(Single(word), out var role) ? role : HeaderWord.Unknown;

        private static string Single(string word)
        {
            var sb = new StringBuilder(word.Length);
            foreach (var c in word)
            {
                if (sb.Length == 0 || sb[sb.Length - 1] != c) sb.Append(c);
            }
            return sb.ToString();
        }

        /// <summary>The role of a folded word as listed (German without umlauts too), without inflections.</summary>
        public static HeaderWord Exact(string word)
        {
            if (Words.TryGetValue(word, out var role)) return role;
            // German written without umlauts ("geschaeftlich") folds like the one with them.
            if (word.IndexOf('e') > 0)
            {
                var plain = word.Replace("ae", "a").Replace("oe", "o").Replace("ue", "u");
                if (plain != word && Words.TryGetValue(plain, out role)) return role;
            }
            return HeaderWord.Unknown;
        }

        /// <summary>Every listed word with its role (for tests and docs).</summary>
        public static IReadOnlyDictionary<string, HeaderWord> All => Words;

        // One line per role, one string per language: en, de, fr, es, it, pt, nl, sv, pl. A word listed twice keeps its
        // first role, so a line placed earlier wins ("personal" is home, not an employee number; "first" a first name).
        private static void Add(HeaderWord role, params string[] languages)
        {
            foreach (var language in languages)
            {
                foreach (var word in language.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    var folded = HeaderWords.Fold(word);
                    if (!Words.ContainsKey(folded)) Words.Add(folded, role);
                }
            }
        }
    }
}
