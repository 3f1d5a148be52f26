using System.CommandLine;
using System.CommandLine.Help;
using System.Data.Common;
using PluginCrm.Host.Data;
using PluginCrm.Host.Modules;
using PluginCrm.Sdk.Commands;

namespace PluginCrm.Host.Hosting.CommandLine;

/// <summary>
/// <c>crm --help</c> lists the enabled plugins' commands beside the host's. The plugins are loaded and configured but not
/// started (no migrations, no start-up code, no log file), and the module switches are read only from a database that
/// already exists, since opening a missing one would create it. Help must always answer, so whatever goes wrong here
/// leaves it listing the host's commands alone; a plugin that fails to load was already left out by the host.
/// </summary>
public static class PluginHelp
{
    public static bool IsAsked(RootCommand root, ParseResult parse) => parse.Action is HelpAction && parse.CommandResult.Command == root;

    public static async Task AddCommandsAsync(RootCommand root, ParseResult parse)
    {
        try
        {
            var start = CommandHost.StartOptions(parse, commandLine: true);
            start.LogFile = false;
            await using var app = CrmApplication.Build(start);
            var switches = app.Services.GetRequiredService<ModuleSwitches>();
            var disabled = await DisabledAsync(app, switches);
            await using var scope = app.Services.CreateAsyncScope();
            foreach (var (entry, type) in PluginCommands.Offered(app.Catalog).Where(c => switches.IsEnabled(c.Entry, disabled)))
            {
                if (Create(scope.ServiceProvider, type) is { } command && root.Subcommands.All(c => c.Name != command.Name))
                    root.Subcommands.Add(new Command(command.Name, $"{command.Description} (plugin {entry.Id})"));
            }
        }
        catch (Exception)
        {
            // Configuration the host refuses, a plugins folder it cannot read, a plugin breaking the container: the
            // plugins' commands are missing from this help, and the rest of it stands.
        }
    }

    private static async Task<IReadOnlySet<string>> DisabledAsync(CrmApplication app, ModuleSwitches switches)
    {
        if (!app.Services.GetRequiredService<CrmDatabase>().Provider.Exists)
            return new HashSet<string>();
        try
        {
            return await switches.DisabledIdsAsync(CancellationToken.None);
        }
        catch (DbException)
        {
            return new HashSet<string>(); // a database not migrated yet has no switches: every module is on
        }
    }

    // A plugin's command whose constructor throws is one command left out of the list, not a failed help.
    private static IPluginCommand? Create(IServiceProvider services, Type type)
    {
        try
        {
            return (IPluginCommand)services.GetRequiredService(type);
        }
        catch (Exception)
        {
            return null;
        }
    }
}
