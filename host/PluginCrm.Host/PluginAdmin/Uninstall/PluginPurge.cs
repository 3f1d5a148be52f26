using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using PluginCrm.Host.Access;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Data;
using PluginCrm.Host.Jobs;
using PluginCrm.Host.Modules;
using PluginCrm.Host.Pipeline;
using PluginCrm.Host.PluginAdmin.Install;
using PluginCrm.Host.Plugins;
using PluginCrm.Host.Settings;
using PluginCrm.Sdk.Data;

namespace PluginCrm.Host.PluginAdmin.Uninstall;

/// <summary>
/// Drops what a plugin keeps in the database, in one transaction: its own tables, read from the models of the
/// DbContexts it registered (so the plugin must load), their migrations history tables, and its rows in the host's
/// tables (settings, module switch, record shares, job schedules, queued PostCommit deliveries). The audit stays: it is
/// the record of who did what, this purge included.
/// </summary>
public static class PluginPurge
{
    /// <summary>Purges plugin <paramref name="id"/> of a host that has loaded it; returns the tables dropped.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(IServiceProvider services, PluginCatalog catalog, string id, CancellationToken ct)
    {
        var entry = catalog.Find(id);
        if (entry?.Instance is null)
            throw new InstallationException($"cannot purge '{id}': it does not load ({entry?.FailureReason ?? "not found"}), so its tables are unknown; uninstall it without --purge, which keeps its data");

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var tables = TablesOf(entry, scope.ServiceProvider, db);
        var connection = scope.ServiceProvider.GetRequiredService<ScopedConnection>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        connection.Transaction = transaction.GetDbTransaction();
        // One table may refer to another: the provider drops each whatever refers to it.
        var sql = db.GetService<ISqlGenerationHelper>();
        var database = scope.ServiceProvider.GetRequiredService<CrmDatabase>();
        foreach (var table in tables)
            await db.Database.ExecuteSqlRawAsync(database.Provider.DropTable(sql.DelimitIdentifier(table)), ct);

        var jobs = $"{id}."; // a job's key is <plugin id>.<name>, and ids hold no dots
        await db.PluginSettings.Where(s => s.PluginId == id).ExecuteDeleteAsync(ct);
        await db.Modules.Where(m => m.PluginId == id).ExecuteDeleteAsync(ct);
        await db.Shares.Where(s => s.PluginId == id).ExecuteDeleteAsync(ct);
        await db.JobSchedules.Where(j => j.JobKey.StartsWith(jobs)).ExecuteDeleteAsync(ct);
        await db.Outbox.Where(o => o.PluginId == id).ExecuteDeleteAsync(ct);
        scope.ServiceProvider.GetRequiredService<AuditTrail>().Add(db, "plugin.purge", "plugin", 0, new { tables }, null, recordKey: id);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        connection.Transaction = null;
        return tables;
    }

    // The tables the plugin's migrations create: its models' tables, less those mapped without being owned
    // (ExcludeFromMigrations, e.g. a read-only view of a host table) and, whatever a plugin maps, never the host's own.
    private static List<string> TablesOf(PluginEntry entry, IServiceProvider services, CrmDbContext host)
    {
        var hostTables = host.Model.GetRelationalModel().Tables.Select(t => t.Name).Append(CrmDatabase.HostHistoryTable).ToHashSet();
        var tables = new List<string>();
        foreach (var schema in entry.Contributions.Schemas)
        {
            if (!schema.IsGenericType || schema.GetGenericTypeDefinition() != typeof(DbContextSchema<>))
                throw new InstallationException($"cannot purge '{entry.Id}': its schema {schema.Name} is not a DbContext's, so its tables are unknown; uninstall it without --purge");
            var context = (DbContext)services.GetRequiredService(schema.GetGenericArguments()[0]);
            var model = context.GetService<IDesignTimeModel>().Model;
            tables.AddRange(model.GetRelationalModel().Tables.Where(t => !t.IsExcludedFromMigrations).Select(t => t.Name));
            tables.Add(RelationalOptionsExtension.Extract(context.GetService<IDbContextOptions>()).MigrationsHistoryTableName ?? HistoryRepository.DefaultTableName);
        }
        return tables.Where(t => !hostTables.Contains(t)).Distinct().ToList();
    }
}
