using System.CommandLine;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Plugins;

namespace PluginCrm.Host.PluginAdmin;

/// <summary>Plugins as an admin sees them: the list with failures, switches, settings, compatibility, install and uninstall.</summary>
public static class PluginAdminFeature
{
    public static void AddPluginAdmin(this IServiceCollection services, string pluginsDirectory) =>
        services.AddSingleton(new PluginsDirectory(pluginsDirectory));

    public static void MapPluginAdmin(this IEndpointRouteBuilder app) => app.MapPluginsApi();

    public static IEnumerable<Command> Commands(ICommandHost host) => [new PluginsCommand(host).Create()];
}
