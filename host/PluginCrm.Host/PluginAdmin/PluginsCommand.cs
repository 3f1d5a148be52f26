using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Modules;
using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Commands;
using Semver;
namespace PluginCrm.Host.PluginAdmin;

/// <summary><c>crm plugins list|enable|disable|check|install|uninstall</c>.</summary>
public sealed partial class PluginsCommand(ICommandHost host)
{
    // Read by people at a terminal: AddRecordType<T>(string) as written, not escaped for HTML.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Command Create()
    {
        var command = new Command("plugins", "List plugins, switch modules on and off, check compatibility before an upgrade, install and uninstall");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Enable());
        command.Subcommands.Add(Disable());
        command.Subcommands.Add(Check());
        command.Subcommands.Add(Install());
        command.Subcommands.Add(Uninstall());
        return command;
    }

    private Command List()
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array of {id, version, state, reason}" };
        var command = new Command("list", "Every plugin found, with its version, state (enabled, disabled, failed) and the reason for a failure") { json };
        command.SetAction((parse, ct) => host.RunAsync(parse, ct, async services =>
        {
            var plugins = await PluginReport.ListAsync(services.GetRequiredService<PluginCatalog>(), services.GetRequiredService<ModuleSwitches>(), ct);
            if (parse.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(plugins.Select(p => new { p.Id, p.Version, p.State, p.Reason }), Json));
            else
                TextTable.Print(Console.Out, ["ID", "VERSION", "STATE", "REASON"], plugins.Select(p => new[] { p.Id, p.Version ?? "-", p.State, p.Reason ?? "" }));
            return 0;
        }));
        return command;
    }

    private Command Enable()
    {
        var id = new Argument<string>("id") { Description = "The plugin id, as in 'crm plugins list'" };
        var command = new Command("enable", "Switch a module on (refused while a module it needs is off)") { id };
        command.SetAction((parse, ct) => Switch(parse, ct, (switches, ct) => switches.EnableAsync(parse.GetValue(id)!, Changer(), ct), "enabled"));
        return command;
    }

    private Command Disable()
    {
        var id = new Argument<string>("id") { Description = "The plugin id, as in 'crm plugins list'" };
        var cascade = new Option<bool>("--cascade") { Description = "Also disable the enabled modules that need this one" };
        var command = new Command("disable", "Switch a module off; its data stays (refused while an enabled module needs it, unless --cascade)") { id, cascade };
        command.SetAction((parse, ct) => Switch(parse, ct, (switches, ct) => switches.DisableAsync(parse.GetValue(id)!, parse.GetValue(cascade), Changer(), ct), "disabled"));
        return command;
    }

    private Command Check()
    {
        var sdk = new Option<string?>("--sdk") { Description = "Check against this SDK version instead of this host's (e.g. before an upgrade)" };
        var json = new Option<bool>("--json") { Description = "Print JSON, with the SDK types and members each plugin uses that this host's SDK lacks" };
        var command = new Command("check",
            "Upgrade pre-flight: is every installed plugin compatible with the SDK (its manifest's range, and what its assembly uses) and with the others? Changes nothing") { sdk, json };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(sdk);
            SemVersion? version = HostSdk.Version;
            if (given is not null && !SemVersion.TryParse(given, SemVersionStyles.Strict, out version))
                throw new CliException($"--sdk '{given}' is not a SemVer version such as 1.2.0", exitCode: 2);

            var plugins = host.Configuration(parse).PluginsDirectory;
            var rows = CompatibilityReport.Check(plugins, version!);
            if (parse.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(new { sdk = version!.ToString(), plugins = rows }, Json));
            else
            {
                Console.WriteLine(version == HostSdk.Version
                    ? $"SDK {version}, plugins in {plugins}:"
                    : $"SDK {version}, plugins in {plugins} (manifests only: assemblies are checked against this host's SDK, {HostSdk.Version}):");
                TextTable.Print(Console.Out, ["ID", "VERSION", "COMPATIBLE", "MISSING", "REASON"],
                    rows.Select(r => new[] { r.Id, r.Version ?? "-", r.Compatible ? "yes" : "no", r.Missing?.Count.ToString() ?? "-", r.Reason ?? "" }));
            }
            return rows.All(r => r.Compatible) ? 0 : 1;
        });
        return command;
    }

    private Task<int> Switch(ParseResult parse, CancellationToken ct, Func<ModuleSwitches, CancellationToken, Task<IReadOnlyList<string>>> change, string verb) =>
        host.RunAsync(parse, ct, async services =>
        {
            try
            {
                var changed = await change(services.GetRequiredService<ModuleSwitches>(), ct);
                Console.WriteLine(changed.Count == 0 ? $"nothing to do: already {verb}" : $"{verb}: {string.Join(", ", changed)}");
                return 0;
            }
            catch (ModuleSwitchException ex)
            {
                throw new CliException(ex.Message);
            }
        });

    private static string Changer() => $"cli:{Environment.UserName}";
}
