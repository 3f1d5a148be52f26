using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Data;

/// <summary>
/// The host's model changed without its migration fails here, not at a company's start: the host no longer diffs its model
/// against the migrations' snapshot on every start (CrmDatabase.Configure), so this does it once per build.
/// </summary>
public sealed class PendingModelChangesTests
{
    [Fact]
    public async Task Every_change_of_the_hosts_model_has_its_migration()
    {
        // The snapshot is scaffolded on SQLite: next to PostgreSQL's model it differs in column types alone.
        await using var host = await CrmTestHost.StartAsync(o => o.Settings["Database:Provider"] = "sqlite");
        await using var scope = host.Services.CreateAsyncScope();

        Assert.False(scope.ServiceProvider.GetRequiredService<CrmDbContext>().Database.HasPendingModelChanges(),
            "the host's model differs from its last migration's snapshot: add a migration (README, design notes)");
    }
}
