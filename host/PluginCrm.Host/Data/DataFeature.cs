using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Data;

namespace PluginCrm.Host.Data;

/// <summary>The database: one SQLite file, the host's context, and the connection plugins' contexts share in a scope.</summary>
public static class DataFeature
{
    public static void AddData(this IServiceCollection services, DatabaseOptions options, string dataDirectory)
    {
        var database = new CrmDatabase(options, dataDirectory);
        // Made by a factory so that the container disposes it with the host, and PostgreSQL's pooled connections with it.
        services.AddSingleton(_ => database);
        services.AddSingleton<Leases.RowLeases>();
        services.AddSingleton<IDbContextFactory<CrmDbContext>, CrmDbContextFactory>();
        services.AddScoped<ScopedConnection>();
        services.AddScoped<BulkInsert>();
        services.AddScoped<IPluginDatabase, ScopedPluginDatabase>().AddSingleton<IPluginBulkInsert, PluginBulkInsert>();
        services.AddDbContext<CrmDbContext>((sp, o) => database.Configure(o, CrmDatabase.HostHistoryTable, sp.GetRequiredService<ScopedConnection>()));
    }

    /// <summary>Creates or migrates the database, with the data steps the features registered.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CrmDbContext>>().CreateDbContextAsync(ct);
        await services.GetRequiredService<CrmDatabase>().PrepareAsync(db, services.GetServices<IMigrationDataStep>(), ct);
    }
}
