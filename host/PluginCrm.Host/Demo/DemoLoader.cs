using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Data;
using PluginCrm.Host.Imports;
using PluginCrm.Host.Imports.MavenCrm;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Demo;

/// <summary>
/// Fills an empty CRM with the Maven CRM data set (85 companies, 35 agents under 6 managers, 8,800 deals) and
/// three logins, so a newcomer sees a living CRM at once. Runs once: a database with the demo admin is left alone.
/// </summary>
public sealed class DemoLoader(IServiceScopeFactory scopes, ILogger<DemoLoader> logger)
{
    public const string Password = "demo-password";
    public const string Admin = "admin@demo.example";
    public static readonly string Manager = MavenCrmImporter.EmailOf("Dustin Brinkmann");
    public static readonly string Rep = MavenCrmImporter.EmailOf("Anna Snelling");

    /// <summary>Loads the demo; returns false when it was already there.</summary>
    public async Task<bool> LoadAsync(string mavenCrmDirectory, IImportProgress progress, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        if (await services.GetRequiredService<CrmDbContext>().Users.AnyAsync(u => u.Email == Admin, ct))
            return false;

        var session = ActivatorUtilities.CreateInstance<ImportSession>(services, progress);
        var report = await session.RunAsync(dryRun: false, async (s, token) =>
        {
            await services.GetRequiredService<MavenCrmImporter>().ImportAsync(s, mavenCrmDirectory, token);
            var accounts = services.GetRequiredService<UserAccounts>();
            await accounts.AddAsync(new NewUser(Admin, "Demo Admin", CrmRole.Admin, null, Password), token);
            await accounts.SetPasswordAsync(Manager, Password, token);
            await accounts.SetPasswordAsync(Rep, Password, token);
        }, ct);
        if (!report.Committed)
            throw new ImportFileException($"the demo data could not be loaded: {string.Join("; ", report.Errors.Take(3).Select(e => $"{e.File} row {e.Row} {e.Column}: {e.Reason}"))}");
        logger.LogInformation("Demo data loaded from {Directory}", mavenCrmDirectory);
        return true;
    }
}
