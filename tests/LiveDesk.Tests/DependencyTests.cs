using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using LiveDesk;
using LiveDesk.Models;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>Ready for the Gallery: the module dll must keep loading in Windows PowerShell 5.1 and PowerShell 7.4+.</summary>
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
            "System.Threading.Tasks.Extensions", "System.Numerics.Vectors", "System.Net.Http", "PhoneNumbers",
        };
        var unexpected = Module.GetReferencedAssemblies().Where(r => !allowed.Contains(r.Name!)).Select(r => r.FullName).ToList();
        Assert.True(unexpected.Count == 0, "unexpected references: " + string.Join(", ", unexpected));
    }

    // The module's own build output (netstandard2.0), where build.ps1 copies the shipped dlls from. The test project
    // runs on net10.0 and gets the net10.0 asset of each package, so the shipped assets are checked from there.
    private static string ModuleBin()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "LiveDesk.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}") ? "Debug" : "Release";
        return Path.Combine(dir!.FullName, "src", "LiveDesk", "bin", configuration, "netstandard2.0");
    }

    private static (string Name, Version Version, string? Framework, List<(string Name, Version Version)> References) ReadAssembly(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var definition = md.GetAssemblyDefinition();
        string? framework = null;
        foreach (var handle in definition.GetCustomAttributes())
        {
            var attribute = md.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference) continue;
            var type = md.GetTypeReference((TypeReferenceHandle)md.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent);
            if (md.GetString(type.Name) != "TargetFrameworkAttribute") continue;
            var blob = md.GetBlobReader(attribute.Value);
            blob.ReadUInt16();
            framework = blob.ReadSerializedString();
        }
        var references = md.AssemblyReferences.Select(h => md.GetAssemblyReference(h)).Select(r => (md.GetString(r.Name), r.Version)).ToList();
        return (md.GetString(definition.Name), definition.Version, framework, references);
    }

    private static List<string> BuildDependencies()
    {
        var bin = ModuleBin();
        var build = File.ReadAllText(Path.Combine(bin, "..", "..", "..", "..", "..", "build.ps1"));
        var list = Regex.Match(build, @"\$dependencies\s*=\s*((?:'[^']+'\s*,?\s*)+)");
        Assert.True(list.Success, "build.ps1 has no $dependencies list");
        return Regex.Matches(list.Groups[1].Value, "'([^']+)'").Select(m => m.Groups[1].Value).ToList();
    }

    [Fact]
    public void PhoneNumbers_ships_its_netstandard_2_0_build_loadable_in_PowerShell_7_4_and_5_1()
    {
        var phone = ReadAssembly(Path.Combine(ModuleBin(), "PhoneNumbers.dll"));
        Assert.Equal(".NETStandard,Version=v2.0", phone.Framework);
        Assert.True(phone.Version >= new Version(9, 0), $"unexpectedly old libphonenumber {phone.Version}");
        // PowerShell 7.4 runs on .NET 8: what PhoneNumbers references must not be newer than what .NET 8 carries.
        foreach (var (name, version) in phone.References.Where(r => r.Name != "netstandard"))
        {
            Assert.True(version <= new Version(8, 0, 0, 0), $"PhoneNumbers references {name} {version}, newer than .NET 8 carries");
        }
        Assert.Contains(Module.GetReferencedAssemblies(), r => r.Name == "PhoneNumbers");
    }

    [Fact]
    public void Build_ships_every_assembly_the_module_needs_on_Windows_PowerShell()
    {
        // Walk the references from LiveDesk.dll through the dlls in the build output: each one found there must be in
        // build.ps1's $dependencies list, or Windows PowerShell 5.1 (which has none of them) fails at first use.
        var bin = ModuleBin();
        var shipped = BuildDependencies();
        var provided = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "netstandard", "System.Management.Automation", "LiveDesk" };
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<string>(new[] { "LiveDesk" });
        var missing = new List<string>();
        while (queue.Count > 0)
        {
            var name = queue.Dequeue();
            var path = Path.Combine(bin, name + ".dll");
            if (!File.Exists(path)) continue;
            foreach (var (reference, _) in ReadAssembly(path).References)
            {
                if (!seen.Add(reference) || provided.Contains(reference)) continue;
                if (!File.Exists(Path.Combine(bin, reference + ".dll"))) continue; // a framework assembly
                if (!shipped.Contains(reference)) missing.Add($"{reference} (needed by {name})");
                queue.Enqueue(reference);
            }
        }
        Assert.True(missing.Count == 0, "build.ps1 $dependencies lacks: " + string.Join(", ", missing));
        Assert.Contains("PhoneNumbers", shipped);
        Assert.Contains("System.Collections.Immutable", shipped);
        foreach (var name in shipped) Assert.True(File.Exists(Path.Combine(bin, name + ".dll")), $"build.ps1 ships {name}.dll, which the build does not produce");
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
