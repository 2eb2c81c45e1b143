using System.Diagnostics;
using System.Globalization;
using LiveDesk.Hostile;

// dotnet LiveDesk.Hostile.dll [--parent <pid>]: serves until killed, or until the parent process is gone
// (so that a test run that dies does not leave the server behind).
int? parent = null;
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--parent") parent = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
}

await using var server = HostileServer.Start();
Console.WriteLine($"Listening: {server.Origin.AbsoluteUri.TrimEnd('/')}");
Console.WriteLine($"Proxy: {server.Proxy.AbsoluteUri.TrimEnd('/')}");
foreach (var (kind, address) in server.Tls) Console.WriteLine($"Tls-{kind}: {address.AbsoluteUri.TrimEnd('/')}");
Console.Out.Flush();

while (true)
{
    await Task.Delay(TimeSpan.FromSeconds(1));
    if (parent is int pid && !IsAlive(pid)) return 0;
}

static bool IsAlive(int pid)
{
    try
    {
        using var p = Process.GetProcessById(pid);
        return !p.HasExited;
    }
    catch (ArgumentException)
    {
        return false;
    }
}
