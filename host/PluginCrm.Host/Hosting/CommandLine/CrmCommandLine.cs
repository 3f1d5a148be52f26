using System.CommandLine;
using System.Data.Common;
using PluginCrm.Host.Access;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Data;
using PluginCrm.Host.DbCopy;
using PluginCrm.Host.Demo;
using PluginCrm.Host.Export;
using PluginCrm.Host.Imports;
using PluginCrm.Host.Kpis;
using PluginCrm.Host.PluginAdmin;
using PluginCrm.Host.Spend;
using PluginCrm.Host.Templates;
using PluginCrm.Host.Tenants;
using PluginCrm.Host.Webhooks;

namespace PluginCrm.Host.Hosting.CommandLine;

/// <summary>
/// The command-line program (<c>./crm</c>). Usage errors and refusals print one line on standard error
/// and exit non-zero: 2 for usage and configuration, 1 for everything else.
/// </summary>
public static class CrmCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("PluginCrm: a plugin-based CRM. Run 'crm serve' to start the server. Enabled plugins add commands of their own (crm <command> --help).");
        root.Options.Add(GlobalOptions.DataDir);
        root.Options.Add(GlobalOptions.PluginsDir);
        root.Options.Add(GlobalOptions.Tenant);
        var host = new CommandHost();
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(MigrateCommand.Create());
        IEnumerable<Command>[] features =
        [
            PluginAdminFeature.Commands(host), ImportsFeature.Commands(host), DemoFeature.Commands(host), ExportFeature.Commands(host),
            AccessFeature.Commands(host), KpisFeature.Commands(host), SpendFeature.Commands(host), TemplatesFeature.Commands(host),
            WebhooksFeature.Commands(host), DbCopyFeature.Commands(host), TenantsFeature.Commands(host),
        ];
        foreach (var command in features.SelectMany(c => c))
            root.Subcommands.Add(command);
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var root = Create();
        try
        {
            if (PluginCommands.Route(root, args) is { } plugin)
                return await RunPluginCommandAsync(plugin);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                await Console.Error.WriteLineAsync($"crm: {parse.Errors[0].Message} (see 'crm --help')");
                return 2;
            }
            if (PluginHelp.IsAsked(root, parse))
            {
                await PluginHelp.AddCommandsAsync(root, parse);
                parse = root.Parse(args);
            }
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (CliException ex)
        {
            await Console.Error.WriteLineAsync($"crm: {ex.Message}");
            return ex.ExitCode;
        }
        catch (PluginAdmin.Install.InstallationException ex)
        {
            await Console.Error.WriteLineAsync($"crm: {ex.Message}");
            return ex.ExitCode;
        }
        catch (Exception ex) when (ex is Sdk.Records.RecordValidationException or Sdk.Records.RecordConflictException or Sdk.Records.RecordNotFoundException or Sdk.Templates.RuleException)
        {
            await Console.Error.WriteLineAsync($"crm: {ex.Message}"); // a plugin command let an SDK refusal through
            return 1;
        }
        catch (StartupException ex)
        {
            await Console.Error.WriteLineAsync($"crm: {ex.Message}");
            return 2;
        }
        catch (DbException ex)
        {
            await Console.Error.WriteLineAsync($"crm: the database failed: {ex.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"crm: {ex.Message}");
            return 1;
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync($"crm: invalid configuration: {ex.Message}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("crm: cancelled");
            return 130;
        }
    }

    private static async Task<int> RunPluginCommandAsync((string[] GlobalArguments, string Name, string[] Arguments) plugin)
    {
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await new PluginCommands(new CommandHost()).RunAsync(plugin.GlobalArguments, plugin.Name, plugin.Arguments, cancel.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
