using System.CommandLine;
using PluginCrm.Host.Cli;

namespace PluginCrm.Host.Hosting.CommandLine;

/// <summary>The one place a command builds its host: from the global switches, initialized, one scope, then disposed.</summary>
public sealed class CommandHost : ICommandHost
{
    public Task<int> RunAsync(ParseResult parse, CancellationToken ct, Func<IServiceProvider, Task<int>> body) =>
        RunAsync(StartOptions(parse, commandLine: true), ct, body);

    public static async Task<int> RunAsync(CrmStartOptions start, CancellationToken ct, Func<IServiceProvider, Task<int>> body)
    {
        await using var app = CrmApplication.Build(start);
        await app.InitializeAsync(ct);
        await using var scope = app.Services.CreateAsyncScope();
        return await body(scope.ServiceProvider);
    }

    public OpenedHost Open(ParseResult parse, IReadOnlyDictionary<string, string?> settings)
    {
        var start = StartOptions(parse, commandLine: true);
        start.LogFile = false;
        foreach (var (key, value) in settings)
            start.Settings[key] = value;
        var app = CrmApplication.Build(start);
        return new OpenedHost(app.Services, app);
    }

    public CommandConfiguration Configuration(ParseResult parse)
    {
        var settings = CrmConfiguration.Read(StartOptions(parse, commandLine: true));
        var options = CrmConfiguration.Bind(settings);
        return new CommandConfiguration(options.DataDirectory, options.PluginsDirectory, settings);
    }

    /// <summary>The global switches as start options; they override appsettings.json and CRM_* variables.</summary>
    public static CrmStartOptions StartOptions(ParseResult parse, bool commandLine, StartupPhases? phases = null)
    {
        var start = new CrmStartOptions { CommandLine = commandLine, Phases = phases };
        if (parse.GetValue(GlobalOptions.DataDir) is { } dataDir)
            start.Settings["DataDir"] = dataDir;
        if (parse.GetValue(GlobalOptions.PluginsDir) is { } pluginsDir)
            start.Settings["PluginsDir"] = pluginsDir;
        return start;
    }
}
