using System.CommandLine;
using PluginCrm.Host.PluginAdmin.Install;
using PluginCrm.Host.PluginAdmin.Uninstall;
using PluginCrm.Host.Plugins;

namespace PluginCrm.Host.PluginAdmin;

/// <summary><c>crm plugins install|uninstall</c>: changes to the plugins directory, loaded by the host at its next start.</summary>
public sealed partial class PluginsCommand
{
    private Command Install()
    {
        var path = new Argument<string>("path") { Description = "A plugin folder (holding plugin.json), a .zip (plugin.json at its root or in its one top folder) or a .nupkg (the folder of its shallowest plugin.json)" };
        var sha256 = new Option<string?>("--sha256") { Description = "The SHA-256 of the .zip or .nupkg, in hex; required when Plugins:Install:RequireSha256 is true" };
        var force = new Option<bool>("--force") { Description = "Install over a newer version (a downgrade), or although installed plugins needing another version would be left out" };
        var command = new Command("install", "Check a plugin against this host's SDK and the installed plugins, then install it into <plugins dir>/<id> (an older version is upgraded, its data kept); restart the host to load it") { path, sha256, force };
        command.SetAction(parse =>
        {
            var configuration = host.Configuration(parse);
            var install = configuration.Settings.GetSection("Plugins:Install").Get<PluginInstallOptions>() ?? new PluginInstallOptions();
            var source = parse.GetValue(path)!;
            using var package = PluginPackages.Open(source, parse.GetValue(sha256), install.RequireSha256);
            var installed = PluginInstaller.Install(package, source, configuration.PluginsDirectory, HostSdk.Version, parse.GetValue(force));
            foreach (var left in installed.LeftOut)
                Console.Error.WriteLine($"crm: warning: '{left.Candidate.Id}' will be left out at the next start: {left.Reason}");
            Console.WriteLine($"installed {installed.Manifest.Id} {installed.Manifest.Version} into {installed.Directory}; restart the host to load it");
            return 0;
        });
        return command;
    }

    private Command Uninstall()
    {
        var id = new Argument<string>("id") { Description = "The plugin id, as in 'crm plugins list'" };
        var purge = new Option<bool>("--purge") { Description = "Also drop its data: its tables and migrations history, its settings, module switch, record shares, job schedules and queued deliveries" };
        var command = new Command("uninstall", "Remove an installed plugin (refused while an installed plugin needs it); its data stays unless --purge") { id, purge };
        command.SetAction(async (parse, ct) =>
        {
            var plugin = PluginUninstaller.Find(host.Configuration(parse).PluginsDirectory, parse.GetValue(id)!);
            var name = plugin.Manifest is { } manifest ? $"{manifest.Id} {manifest.Version}" : plugin.Id;
            var data = "its data stays (--purge drops it)";
            if (parse.GetValue(purge))
            {
                // The tables are known only to the loaded plugin, so the purge runs before its folder goes.
                await host.RunAsync(parse, ct, async services =>
                {
                    var tables = await PluginPurge.RunAsync(services, services.GetRequiredService<PluginCatalog>(), plugin.Id, ct);
                    data = $"dropped its data (tables: {(tables.Count == 0 ? "none" : string.Join(", ", tables))}; its settings, module switch, record shares, job schedules and queued deliveries)";
                    return 0;
                });
            }
            PluginFolders.Remove(plugin.Directory);
            Console.WriteLine($"uninstalled {name} from {plugin.Directory}; {data}; restart the host to unload it");
            return 0;
        });
        return command;
    }
}
