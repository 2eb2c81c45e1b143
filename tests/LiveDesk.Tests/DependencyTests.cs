using System.Reflection;
using System.Runtime.Loader;
using System.Runtime.Versioning;
using LiveDesk.Models;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>Issue "Ready for the Gallery": the module dll must keep loading in Windows PowerShell 5.1 and PowerShell 7.4+.</summary>
public class DependencyTests
{
    private static readonly Assembly Module = typeof(LiveDeskContact).Assembly;

    [Fact]
    public void Targets_netstandard_2_0()
    {
        var tfm = Module.GetCustomAttribute<TargetFrameworkAttribute>();
        Assert.NotNull(tfm);
        Assert.Equal(".NETStandard,Version=v2.0", tfm!.FrameworkName);
        var refs = Module.GetReferencedAssemblies();
        var netstandard = Assert.Single(refs, r => r.Name == "netstandard");
        Assert.Equal(new Version(2, 0, 0, 0), netstandard.Version);
        // compiled against .NET (Core) instead would reference System.Runtime
        Assert.DoesNotContain(refs, r => r.Name == "System.Runtime" || r.Name == "mscorlib" || r.Name == "System.Private.CoreLib");
    }

    [Fact]
    public void References_System_Text_Json_8_or_older()
    {
        var stj = Assert.Single(Module.GetReferencedAssemblies(), r => r.Name == "System.Text.Json");
        Assert.True(stj.Version! <= new Version(8, 0, 0, 0), $"System.Text.Json {stj.Version} would not load in PowerShell 7.4 (.NET 8)");
        Assert.True(stj.Version!.Major >= 6, $"unexpectedly old System.Text.Json {stj.Version}");
    }

    [Fact]
    public void References_System_Management_Automation_3_0_only()
    {
        // PowerShellStandard.Library 5.1.1 compiles against System.Management.Automation 3.0.0.0, which both
        // Windows PowerShell 5.1 and PowerShell 7 unify to their own copy.
        var sma = Assert.Single(Module.GetReferencedAssemblies(), r => r.Name == "System.Management.Automation");
        Assert.Equal(new Version(3, 0, 0, 0), sma.Version);
        Assert.Equal("31bf3856ad364e35", Convert.ToHexString(sma.GetPublicKeyToken()!).ToLowerInvariant());
    }

    [Fact]
    public void References_nothing_that_Windows_PowerShell_lacks()
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal)
        {
            "netstandard", "System.Management.Automation", "System.Text.Json", "System.Memory", "System.Buffers",
            "System.Runtime.CompilerServices.Unsafe", "Microsoft.Bcl.AsyncInterfaces", "System.Text.Encodings.Web",
            "System.Threading.Tasks.Extensions", "System.Numerics.Vectors", "System.Net.Http",
        };
        var unexpected = Module.GetReferencedAssemblies().Where(r => !allowed.Contains(r.Name!)).Select(r => r.FullName).ToList();
        Assert.True(unexpected.Count == 0, "unexpected references: " + string.Join(", ", unexpected));
    }

    [Fact]
    public void DependencyResolver_answers_only_for_our_assemblies()
    {
        Assert.False(DependencyResolver.IsOurs(typeof(object).Assembly));
        Assert.False(DependencyResolver.IsOurs(typeof(Assert).Assembly));
        Assert.False(DependencyResolver.IsOurs(typeof(DependencyTests).Assembly));
        Assert.False(DependencyResolver.IsOurs(null));
        Assert.True(DependencyResolver.IsOurs(Module));
    }

    [Fact]
    public void DependencyResolver_accepts_a_dependency_loaded_from_our_dependencies_folder()
    {
        var moduleDir = Path.GetDirectoryName(Module.Location)!;
        var dependencies = Path.Combine(moduleDir, "dependencies");
        Directory.CreateDirectory(dependencies);
        var source = typeof(Xunit.Abstractions.ITest).Assembly.Location;
        var copy = Path.Combine(dependencies, Path.GetFileName(source));
        File.Copy(source, copy, overwrite: true);

        var elsewhere = Path.Combine(Path.GetTempPath(), "livedesk-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(elsewhere);
        var foreign = Path.Combine(elsewhere, Path.GetFileName(source));
        File.Copy(source, foreign);

        var context = new AssemblyLoadContext("livedesk-dependency-test", isCollectible: true);
        try
        {
            Assert.True(DependencyResolver.IsOurs(context.LoadFromAssemblyPath(copy)));
            var other = new AssemblyLoadContext("livedesk-foreign-test", isCollectible: true);
            try
            {
                Assert.False(DependencyResolver.IsOurs(other.LoadFromAssemblyPath(foreign)));
            }
            finally
            {
                other.Unload();
            }
        }
        finally
        {
            context.Unload();
            try { Directory.Delete(elsewhere, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
