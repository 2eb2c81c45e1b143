using System.Reflection;
using System.Text.RegularExpressions;
using LiveDesk;
using LiveDesk.Commands;
using LiveDesk.Errors;
using LiveDesk.Models;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>What LiveDesk.dll shows its users: the public types, and the ErrorIds they can match on.</summary>
public class SurfaceTests
{
    [Fact]
    public void Public_types_are_the_cmdlets_their_bases_the_output_types_and_the_enums_users_pass()
    {
        var expected = new[]
        {
            "LiveDesk.Commands.ConnectLiveDeskCommand",
            "LiveDesk.Commands.DisconnectLiveDeskCommand",
            "LiveDesk.Commands.GetLiveDeskConnectionCommand",
            "LiveDesk.Commands.GetLiveDeskContactCommand",
            "LiveDesk.Commands.LiveDeskCmdletBase",
            "LiveDesk.Commands.LiveDeskConnectedCmdletBase",
            "LiveDesk.Commands.LiveDeskContactImportCmdletBase",
            "LiveDesk.Commands.LiveDeskImportCmdletBase`1",
            "LiveDesk.Commands.NewLiveDeskContactCommand",
            "LiveDesk.Commands.NewLiveDeskConversationCommand",
            "LiveDesk.Commands.SendLiveDeskMessageCommand",
            "LiveDesk.Commands.SetLiveDeskContactCommand",
            // PowerShell calls the module initializer only on a public type.
            "LiveDesk.DependencyResolver",
            "LiveDesk.Models.ContactOutcome",
            "LiveDesk.Models.IfExistsAction",
            "LiveDesk.Models.LiveDeskConnection",
            "LiveDesk.Models.LiveDeskContact",
            "LiveDesk.Models.LiveDeskContactInbox",
            "LiveDesk.Models.LiveDeskConversation",
            "LiveDesk.Models.LiveDeskMessage",
            "LiveDesk.Models.MatchBy",
            // The type of New-LiveDeskContact's -InboxId, which carries the value as the user gave it.
            "LiveDesk.Parameters.InboxIdPipeBind",
        };
        var actual = typeof(LiveDeskCmdletBase).Assembly.GetExportedTypes().Select(t => t.FullName!).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_cmdlet_bases_cannot_be_derived_from_outside_the_module()
    {
        foreach (var type in new[] { typeof(LiveDeskCmdletBase), typeof(LiveDeskConnectedCmdletBase), typeof(LiveDeskImportCmdletBase<LiveDeskContact>), typeof(LiveDeskContactImportCmdletBase) })
        {
            Assert.Empty(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
            Assert.DoesNotContain(type.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance), c => c.IsFamily || c.IsFamilyOrAssembly);
        }
    }

    private static readonly Regex ErrorIdLiteral = new("\"(LiveDesk\\.[A-Z][A-Za-z]+)\"", RegexOptions.CultureInvariant);

    private static IReadOnlyDictionary<string, string> Constants() =>
        typeof(ErrorIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Every_LiveDesk_ErrorId_literal_in_the_sources_is_an_ErrorIds_constant()
    {
        var constants = Constants();
        Assert.All(constants, c => Assert.Equal("LiveDesk." + c.Key, c.Value));
        var sources = Directory.EnumerateFiles(Path.Combine(RepoRoot(), "src", "LiveDesk"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .ToList();
        Assert.NotEmpty(sources);
        var stray = new List<string>();
        foreach (var file in sources)
        {
            if (Path.GetFileName(file) == "ErrorIds.cs") continue;
            foreach (Match m in ErrorIdLiteral.Matches(File.ReadAllText(file)))
            {
                // The literal itself outside ErrorIds.cs is the smell, whether or not its value exists there.
                stray.Add($"{Path.GetFileName(file)}: {m.Groups[1].Value}");
            }
        }
        Assert.True(stray.Count == 0, "Use the ErrorIds constants instead of: " + string.Join(", ", stray));
    }

    [Fact]
    public void The_literal_scan_can_fail()
    {
        Assert.Matches(ErrorIdLiteral, "new LiveDeskError(\"LiveDesk.UnexpectedError\", ...)");
        Assert.DoesNotMatch(ErrorIdLiteral, "ErrorIds.UnexpectedError");
    }

    [Fact]
    public void Every_ErrorId_is_documented_in_about_LiveDesk()
    {
        var about = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "about_LiveDesk.md"));
        var tableRows = about.Split('\n').Where(l => l.TrimStart().StartsWith("| LiveDesk.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(tableRows); // the file lists them: then it must list all
        var missing = Constants().Values.Where(id => !tableRows.Any(r => r.Contains($"| {id} ", StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0, "Not in the error table of docs/about_LiveDesk.md: " + string.Join(", ", missing));
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LiveDesk.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("LiveDesk.sln not found above " + AppContext.BaseDirectory);
    }
}
