using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Imports;
using PluginCrm.Host.Imports.Cdnow;
using PluginCrm.Host.Imports.MavenCrm;
using PluginCrm.Host.Imports.OnlineRetail;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Imports;

/// <summary>Runs an importer inside a real host, the way <c>crm import</c> does.</summary>
public static class Importing
{
    public static Task<ImportReport> MavenAsync(CrmTestHost host, string directory, bool dryRun = false) =>
        RunAsync(host, dryRun, (sp, s, ct) => sp.GetRequiredService<MavenCrmImporter>().ImportAsync(s, directory, ct));

    public static Task<ImportReport> CdnowAsync(CrmTestHost host, string file) =>
        RunAsync(host, false, (sp, s, ct) => sp.GetRequiredService<CdnowImporter>().ImportAsync(s, file, ct));

    public static Task<ImportReport> OnlineRetailAsync(CrmTestHost host, string file) =>
        RunAsync(host, false, (sp, s, ct) => sp.GetRequiredService<OnlineRetailImporter>().ImportAsync(s, file, ct));

    private static async Task<ImportReport> RunAsync(CrmTestHost host, bool dryRun, Func<IServiceProvider, ImportSession, CancellationToken, Task> import)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var session = ActivatorUtilities.CreateInstance<ImportSession>(scope.ServiceProvider, NoProgress.Instance);
        return await session.RunAsync(dryRun, (s, ct) => import(scope.ServiceProvider, s, ct), CancellationToken.None);
    }
}
