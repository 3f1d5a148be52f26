using System.CommandLine;
using PluginCrm.Host.Hosting;

namespace PluginCrm.Host.Cli;

/// <summary>Switches every command takes; they override appsettings.json and CRM_* variables.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> DataDir = new("--data-dir")
    {
        Description = "Folder of the database, logs and files (default ./data)",
        Recursive = true,
    };

    public static readonly Option<string?> PluginsDir = new("--plugins-dir")
    {
        Description = "Folder to load plugins from (default: the plugins folder beside the host)",
        Recursive = true,
    };

    public static CrmStartOptions StartOptions(ParseResult parse, bool commandLine)
    {
        var start = new CrmStartOptions { CommandLine = commandLine };
        if (parse.GetValue(DataDir) is { } dataDir)
            start.Settings["DataDir"] = dataDir;
        if (parse.GetValue(PluginsDir) is { } pluginsDir)
            start.Settings["PluginsDir"] = pluginsDir;
        return start;
    }

    /// <summary>Builds and initializes a host for a one-shot command, runs <paramref name="body"/>, and shuts it down.</summary>
    public static async Task<int> WithHostAsync(CrmStartOptions start, CancellationToken ct, Func<CrmApplication, Task<int>> body)
    {
        await using var app = CrmApplication.Build(start);
        await app.InitializeAsync(ct);
        return await body(app);
    }
}
