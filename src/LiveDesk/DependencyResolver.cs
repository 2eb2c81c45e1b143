using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;

namespace LiveDesk
{
    /// <summary>
    /// Windows PowerShell 5.1 (.NET Framework) has no System.Text.Json; the module ships it in
    /// <c>dependencies/</c>. The resolver answers only requests made by our own assemblies, so that
    /// modules shipping another System.Text.Json (Az.Accounts, Microsoft.Graph) keep theirs and we keep ours.
    /// On PowerShell 7 the runtime's own copies (System.Text.Json, System.Collections.Immutable, System.Memory)
    /// resolve first; PhoneNumbers (libphonenumber-csharp), which no PowerShell carries, is answered from
    /// <c>dependencies/</c> on both.
    /// </summary>
    public sealed class DependencyResolver : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly string DependencyFolder = Path.Combine(
            Path.GetDirectoryName(typeof(DependencyResolver).Assembly.Location) ?? ".", "dependencies");

        /// <inheritdoc />
        public void OnImport() => AppDomain.CurrentDomain.AssemblyResolve += Resolve;

        /// <inheritdoc />
        public void OnRemove(PSModuleInfo module) => AppDomain.CurrentDomain.AssemblyResolve -= Resolve;

        private static Assembly? Resolve(object? sender, ResolveEventArgs args)
        {
            if (!IsOurs(args.RequestingAssembly)) return null;
            var name = new AssemblyName(args.Name).Name;
            var path = Path.Combine(DependencyFolder, name + ".dll");
            return File.Exists(path) ? Assembly.LoadFrom(path) : null;
        }

        // Our dll, or one of our dependencies asking for another (System.Text.Json needs System.Memory, ...).
        internal static bool IsOurs(Assembly? requester)
        {
            if (requester == null) return false;
            if (requester == typeof(DependencyResolver).Assembly) return true;
            var location = requester.IsDynamic ? null : requester.Location;
            return !string.IsNullOrEmpty(location)
                && string.Equals(Path.GetDirectoryName(location), DependencyFolder, StringComparison.OrdinalIgnoreCase);
        }
    }
}
