using System.Reflection;
using PluginCrm.Bench;

// Run: dotnet run -c Release --project bench/PluginCrm.Bench -- startup [--runs N]
if (args.Length == 0 || args[0] != "startup")
    return Usage();

var runs = 5;
for (var i = 1; i < args.Length; i++)
{
    if (args[i] == "--runs" && i + 1 < args.Length && int.TryParse(args[++i], out var n) && n > 0)
        runs = n;
    else
        return Usage();
}

var configuration = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
    .Single(a => a.Key == "Configuration").Value!;
return await StartupBench.RunAsync(FindRepoRoot(), configuration, runs);

static int Usage()
{
    Console.Error.WriteLine("usage: PluginCrm.Bench startup [--runs N]");
    return 2;
}

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "PluginCrm.sln")))
            return dir.FullName;
    }
    throw new InvalidOperationException($"PluginCrm.sln not found above {AppContext.BaseDirectory}");
}
