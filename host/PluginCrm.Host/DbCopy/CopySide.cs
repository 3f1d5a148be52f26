using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Data;
using IDatabaseProvider = PluginCrm.Host.Data.Providers.IDatabaseProvider;
using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Data;
using PluginCrm.Sdk.Plugins;

namespace PluginCrm.Host.DbCopy;

/// <summary>
/// One database of a copy as a host opened on it sees it: its provider, and the host's and every loaded plugin's
/// DbContext on it (<see cref="SchemaPart"/>), the host's first. The contexts live in one scope, disposed with the side.
/// </summary>
public sealed class CopySide : IAsyncDisposable
{
    private readonly AsyncServiceScope scope;

    private CopySide(IServiceProvider services)
    {
        Services = services;
        scope = services.CreateAsyncScope();
        Provider = services.GetRequiredService<CrmDatabase>().Provider;
        var host = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var parts = new List<SchemaPart> { Part("host", host) };
        foreach (var entry in services.GetRequiredService<PluginCatalog>().Loaded)
            parts.AddRange(entry.Contributions.Schemas.Select(schema => Part(entry.Id, ContextOf(entry, schema))));
        // A plugin may map a host table for reading (excluded from its migrations); each table is copied once, by its owner.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Parts = parts.Select(p => p with { Tables = p.Tables.Where(t => seen.Add(t.Name)).ToList() }).ToList();
        Sql = host.GetService<ISqlGenerationHelper>();
        Mappings = host.GetService<IRelationalTypeMappingSource>();
    }

    public IServiceProvider Services { get; }
    public IDatabaseProvider Provider { get; }
    public IReadOnlyList<SchemaPart> Parts { get; }
    public ISqlGenerationHelper Sql { get; }
    public IRelationalTypeMappingSource Mappings { get; }

    public static CopySide Open(IServiceProvider services) => new(services);

    /// <summary>The migrations history tables of the host and every loaded plugin.</summary>
    public IReadOnlySet<string> HistoryTables => Parts.Select(p => p.HistoryTable).ToHashSet(StringComparer.Ordinal);

    /// <summary>Creates or upgrades the database as <c>crm migrate</c> would, but starts no plugin: a start may add rows.</summary>
    public async Task MigrateAsync(CancellationToken ct)
    {
        await Services.PrepareDatabaseAsync(ct);
        foreach (var entry in Services.GetRequiredService<PluginCatalog>().Loaded)
        {
            foreach (var schema in entry.Contributions.Schemas)
                await ((IPluginSchema)scope.ServiceProvider.GetRequiredService(schema)).MigrateAsync(ct);
        }
    }

    /// <summary>
    /// How many rows each of <paramref name="tables"/> (the database's, <c>Provider.TablesAsync</c>) holds, the migrations
    /// history tables left out. Without tables nothing is opened: SQLite would create a missing file on connecting.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> RowCountsAsync(IReadOnlyList<string> tables, CancellationToken ct)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        if (tables.Count == 0)
            return counts;
        await using var connection = await ConnectAsync(ct);
        foreach (var table in tables.Where(t => !HistoryTables.Contains(t)))
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM {Sql.DelimitIdentifier(table)}";
            counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        return counts;
    }

    public async Task<DbConnection> ConnectAsync(CancellationToken ct)
    {
        var connection = Provider.NewConnection();
        await connection.OpenAsync(ct);
        return connection;
    }

    public ValueTask DisposeAsync() => scope.DisposeAsync();

    private static SchemaPart Part(string owner, DbContext context)
    {
        var history = RelationalOptionsExtension.Extract(context.GetService<IDbContextOptions>()).MigrationsHistoryTableName ?? HistoryRepository.DefaultTableName;
        var tables = context.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables.Where(t => !t.IsExcludedFromMigrations).ToList();
        return new SchemaPart(owner, context, history, context.Database.GetMigrations().ToList(), tables);
    }

    private DbContext ContextOf(PluginEntry entry, Type schema) =>
        schema.IsGenericType && schema.GetGenericTypeDefinition() == typeof(DbContextSchema<>)
            ? (DbContext)scope.ServiceProvider.GetRequiredService(schema.GetGenericArguments()[0])
            : throw new CliException($"cannot copy the tables of plugin '{entry.Id}': its schema {schema.Name} is not a DbContext's, so they are unknown");
}
