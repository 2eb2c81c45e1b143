using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen99 and unseen100: a survey's numbered questions (问卷星's "2、您的手机号码：") and a weak phone column's
/// guess (a Brazilian "CEP" that reads as a valid number) that must not hide the named phone column's invalid number.
/// </summary>
public class QuestionNumbersAndGuessedPhonesTests
{
    [Theory]
    [InlineData("1、您的姓名：", "Name")]
    [InlineData("2、您的姓名：", "Name")]
    [InlineData("2、您的手机号码：", "PhoneNumber")]
    [InlineData("3、您的邮箱：", "Email")]
    [InlineData("请输入您的邮箱", "Email")]
    [InlineData("2. Your name", "Name")]
    [InlineData("Q2. Your name?", "Name")]
    [InlineData("12. Ihre E-Mail-Adresse:", "Email")]
    public void A_number_before_a_forms_question_counts_questions(string header, string field) =>
        Assert.Equal(System.Enum.Parse<ContactField>(field), HeaderRecognizer.Recognize(header).Field);

    [Theory]
    // A number before a plain label is left to the slot rules: "2. Name" may be a second person's.
    [InlineData("2. Name")]
    [InlineData("Name 2")]
    public void A_number_before_a_plain_label_still_counts_a_second_one(string header) =>
        Assert.Null(HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_weak_columns_guess_does_not_hide_a_named_columns_invalid_number()
    {
        var r = new RowReader("BR").Read(InputRow.From(("Nome", "Carla Gonçalves"), ("CPF", "153.509.460-56"), ("CEP", "40020-000"), ("Telefone", "(71) 9876-54")));
        Assert.NotNull(r.Error);
        Assert.Contains("Telefone", r.Error!.Message);
    }

    [Fact]
    public void A_named_columns_valid_number_wins_over_a_weak_columns_landline_guess()
    {
        var r = new RowReader("BR").Read(InputRow.From(("Nome", "Rafael Souza"), ("CEP", "40020-000"), ("Telefone", "(71) 3321-4455")));
        Assert.Null(r.Error);
        Assert.Equal("+557133214455", r.Fields.PhoneNumber);
    }

    [Fact]
    public void A_weak_columns_mobile_still_beats_a_named_landline()
    {
        // Kimai's Turkish users: "Cep" is the mobile beside "Telefon".
        var r = new RowReader("TR").Read(InputRow.From(("Ad", "Elif"), ("Cep", "0532 418 27 65"), ("Telefon", "0212 555 12 34")));
        Assert.Null(r.Error);
        Assert.Equal("+905324182765", r.Fields.PhoneNumber);
    }

    [Theory]
    // Catarse's backers (unseen188): a CEP where no phone column is. 4006-0001 is a valid Brazilian number, so the value's
    // shape has to say it: five digits, a hyphen, three, or eight digits, are no Turkish mobile (ten digits).
    [InlineData("40060-001")]
    [InlineData("40060001")]
    [InlineData("01304-001")]
    public void A_lone_cep_written_as_a_postal_code_is_no_phone(string cep)
    {
        var r = new RowReader("BR").Read(InputRow.From(("Nome completo", "Lucas Ferreira da Silva"), ("Email perfil Catarse", "lucas.f@example.org"), ("CEP", cep), ("País", "Brasil")));
        Assert.Null(r.Error);
        Assert.Null(r.Fields.PhoneNumber);
        Assert.Equal("lucas.f@example.org", r.Fields.Email);
    }

    [Fact]
    public void A_weak_columns_number_fills_a_row_whose_named_columns_are_empty()
    {
        var r = new RowReader("TR").Read(InputRow.From(("Ad", "Elif"), ("Cep", "0532 418 27 65"), ("Telefon", "")));
        Assert.Equal("+905324182765", r.Fields.PhoneNumber);
    }
}

/// <summary>
/// Blind sets unseen101 and unseen102: a family name with its particles in a bare name column beside a given name (Badminton
/// Vlaanderen's "Naam" "De Smet" beside "Voornaam"), and Axelor's "fixedPhone".
/// </summary>
public class ParticlesAndFixedPhonesTests
{
    [Theory]
    [InlineData("De Smet", "Wout", "Wout De Smet")]
    [InlineData("Van den Broeck", "Lotte", "Lotte Van den Broeck")]
    [InlineData("von Ebersberg", "Matthias", "Matthias von Ebersberg")]
    // A name that holds the given name, or two names, is still the whole name.
    [InlineData("Lotte Van den Broeck", "Lotte", "Lotte Van den Broeck")]
    [InlineData("Peeters Jan", "Wout", "Peeters Jan")]
    public void A_family_name_with_its_particles_beside_a_given_name_composes_the_name(string naam, string voornaam, string expected)
    {
        var r = new RowReader("BE").Read(InputRow.From(("Naam", naam), ("Voornaam", voornaam), ("Lidnummer", "50093317")));
        Assert.Equal(expected, r.Fields.Name);
    }

    [Theory]
    [InlineData("fixedPhone")]
    [InlineData("Fixed Phone")]
    public void A_fixed_phone_is_a_phone(string header) =>
        Assert.Equal(ContactField.PhoneNumber, HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void Fixed_alone_is_a_flag_not_a_phone() => Assert.Null(HeaderRecognizer.Recognize("Fixed").Field);
}
