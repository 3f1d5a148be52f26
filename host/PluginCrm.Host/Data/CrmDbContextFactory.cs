using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Host.Data;

/// <summary>
/// Contexts on their own connection, for singletons (module switches, settings, the scheduler) that work
/// outside any request. Request code uses the scoped <see cref="CrmDbContext"/> instead.
/// </summary>
public sealed class CrmDbContextFactory(CrmDatabase database) : IDbContextFactory<CrmDbContext>
{
    private readonly DbContextOptions<CrmDbContext> options = Build(database);

    public CrmDbContext CreateDbContext() => new(options);

    private static DbContextOptions<CrmDbContext> Build(CrmDatabase database)
    {
        var builder = new DbContextOptionsBuilder<CrmDbContext>();
        database.Configure(builder, CrmDatabase.HostHistoryTable);
        return builder.Options;
    }
}
