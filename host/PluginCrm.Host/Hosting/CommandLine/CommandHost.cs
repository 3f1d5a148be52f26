using System.CommandLine;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Tenants;

namespace PluginCrm.Host.Hosting.CommandLine;

/// <summary>The one place a command builds its host: from the global switches, initialized, one scope, then disposed.</summary>
public sealed class CommandHost : ICommandHost
{
    public Task<int> RunAsync(ParseResult parse, CancellationToken ct, Func<IServiceProvider, Task<int>> body) =>
        RunAsync(OneDatabase(parse), ct, body);

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
        if (parse.GetValue(GlobalOptions.Tenant) is { } name)
        {
            var registry = Registry(start);
            var tenant = registry.Find(name) ?? throw new CliException($"there is no tenant '{name}' in {registry.DataDirectory} (see 'crm tenants list')", exitCode: 2);
            foreach (var (key, value) in tenant.Settings(registry.DataDirectory))
                start.Settings[key] = value;
        }
        return start;
    }

    /// <summary>
    /// The start of a command that works on one company's database: the tenant <c>--tenant</c> names, or the data folder's
    /// own database when it has no tenants. With tenants and no <c>--tenant</c> the command is refused, since the data folder's
    /// own database is then no company's and what the command wrote there would be served to no one.
    /// </summary>
    public static CrmStartOptions OneDatabase(ParseResult parse)
    {
        var start = StartOptions(parse, commandLine: true);
        if (parse.GetValue(GlobalOptions.Tenant) is null && Registry(start).Read() is { Count: > 0 } tenants)
            throw new CliException($"this data folder serves tenants ({string.Join(", ", tenants.Select(t => t.Name))}): name one with --tenant", exitCode: 2);
        return start;
    }

    /// <summary>The tenants of the data folder the start's configuration names.</summary>
    public static TenantRegistry Registry(CrmStartOptions start) => new(CrmConfiguration.Load(start).DataDirectory);
}
