using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>Blind sets unseen399-403: e-Okul's count footer, Fab-manager's deleted user, PracticePanther's display name.</summary>
public class CountLinesAndDeletedUsersTests
{
    [Theory]
    [InlineData("Kız Öğrenci Sayısı : 3")]
    [InlineData("Anzahl Mitglieder: 12")]
    [InlineData("Total: 1.250")]
    public void A_label_with_its_figure_after_a_colon_is_a_summary_line(string text)
    {
        Assert.True(ValueShapes.IsSummaryLabel(text));
    }

    [Theory]
    [InlineData("Ayşe Demir")]
    [InlineData("Dr. Anna Beispiel")]
    [InlineData("Room: 12")]
    public void A_name_or_another_label_with_a_figure_is_no_summary_line(string text)
    {
        Assert.False(ValueShapes.IsSummaryLabel(text));
    }

    [Fact]
    public void A_class_lists_count_footer_is_no_pupil()
    {
        var rows = ReadFile.Rows("TR", new[] { "S.No", "Öğrenci No", "Adı", "Soyadı", "Cinsiyeti" },
            new object?[] { "1", "142", "ELİF", "YILMAZ", "Kız" },
            new object?[] { "Erkek Öğrenci Sayısı : 3", "", "Kız Öğrenci Sayısı : 3", "", "Toplam Öğrenci Sayısı : 6" });
        Assert.Null(rows[0].Error);
        Assert.NotNull(rows[1].Error);
    }

    [Theory]
    [InlineData("Gelöschter Nutzer")]
    [InlineData("Deleted member")]
    public void A_deleted_user_is_no_one(string name)
    {
        Assert.True(ValueShapes.IsAnonymous(name));
    }

    [Fact]
    public void A_display_name_written_family_first_without_the_middle_name_gives_way_to_the_parts()
    {
        var rows = ReadFile.Rows("US", new[] { "Display Name", "Number", "First Name", "Middle Name", "Last Name", "Email" },
            new object?[] { "Thompson, Alicia", "1001", "Alicia", "Marie", "Thompson", "alicia.thompson@example.com" },
            new object?[] { "Reyes, Daniel", "1002", "Daniel", "", "Reyes", "daniel.reyes@example.com" });
        Assert.Equal("Alicia Marie Thompson", rows[0].Fields.Name);
        Assert.Equal("Daniel Reyes", rows[1].Fields.Name);
    }
}
