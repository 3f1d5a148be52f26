using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Imports;
using PluginCrm.Host.Imports.Cdnow;
using PluginCrm.Host.Imports.OnlineRetail;
using PluginCrm.Sdk.Commands;
using PluginCrm.Sdk.Testing;
using PluginCrm.ValueScoring.Cli;

namespace PluginCrm.ValueScoring.Tests.Support;

/// <summary>A real host with the value-scoring plugin, and the ways tests feed it: the host's importers, the plugin's command.</summary>
public static class ScoringHost
{
    public static Task<CrmTestHost> StartAsync(Action<CrmTestHostOptions>? configure = null) =>
        CrmTestHost.StartAsync(o =>
        {
            o.AddPlugin<ValueScoringPlugin>();
            configure?.Invoke(o);
        });

    public static Task<ImportReport> ImportCdnowAsync(CrmTestHost host, string file) =>
        ImportAsync(host, (sp, s, ct) => sp.GetRequiredService<CdnowImporter>().ImportAsync(s, file, ct));

    public static Task<ImportReport> ImportOnlineRetailAsync(CrmTestHost host, string file) =>
        ImportAsync(host, (sp, s, ct) => sp.GetRequiredService<OnlineRetailImporter>().ImportAsync(s, file, ct));

    private static async Task<ImportReport> ImportAsync(CrmTestHost host, Func<IServiceProvider, ImportSession, CancellationToken, Task> import)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var session = ActivatorUtilities.CreateInstance<ImportSession>(scope.ServiceProvider, NoProgress.Instance);
        var report = await session.RunAsync(false, (s, ct) => import(scope.ServiceProvider, s, ct), CancellationToken.None);
        return report.Committed ? report : throw new InvalidOperationException($"the import failed: {string.Join("; ", report.Errors.Take(3))}");
    }

    /// <summary>Runs <c>crm scoring ...</c> in a scope of the host, as the command line does; returns the exit code and both outputs.</summary>
    public static async Task<(int Exit, string Out, string Error)> CommandAsync(CrmTestHost host, params string[] arguments)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetRequiredService<ScoringCommand>();
        var (output, error) = (new StringWriter(), new StringWriter());
        try
        {
            return (await command.RunAsync(new PluginCommandContext(arguments, output, error), CancellationToken.None), output.ToString(), error.ToString());
        }
        catch (PluginCommandException ex)
        {
            return (ex.ExitCode, output.ToString(), ex.Message);
        }
    }
}
