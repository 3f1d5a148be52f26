using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PluginCrm.Host.Hosting;
using PluginCrm.Host.Records;

namespace PluginCrm.Host.Data;

/// <summary>
/// Points every DbContext, the host's and each plugin's, at the one database, each with its own
/// migrations history table.
/// </summary>
public sealed class CrmDatabase(CrmOptions options)
{
    public const string HostHistoryTable = "__migrations_host";

    /// <summary>The SQLite file's name in the data folder.</summary>
    public const string FileName = "crm.db";

    public string Provider => options.Database.Provider;

    public string ConnectionString { get; } = new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(options.DataDirectory, FileName),
        Pooling = true,
    }.ToString();

    /// <summary>
    /// Configures a context on its own connection, or (given a scope) on the scope's shared connection so that
    /// it joins the pipeline's transaction.
    /// </summary>
    public void Configure(DbContextOptionsBuilder builder, string historyTable, ScopedConnection? scope = null)
    {
        if (scope is null)
            builder.UseSqlite(ConnectionString, sqlite => sqlite.MigrationsHistoryTable(historyTable));
        else
            builder.UseSqlite(scope.Connection, sqlite => sqlite.MigrationsHistoryTable(historyTable)).AddInterceptors(new JoinScopeTransaction(scope));
        builder.AddInterceptors(new SqlitePragmas(options.Database.BusyTimeoutMs))
            .ReplaceService<IModelCustomizer, UtcModelCustomizer>();
    }

    /// <summary>
    /// Creates the file if needed, switches it to WAL (a property of the file) and migrates the host's tables, with the
    /// data step of a migration that needs one (<see cref="SearchKeyFill"/>; a new database has no rows to fill).
    /// </summary>
    public async Task PrepareAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.DataDirectory);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
            if (options.Database.MigrateOnStart)
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                await db.Database.MigrateAsync(cancellationToken);
                if (pending.Contains(SearchKeyFill.MigrationId))
                    await SearchKeyFill.RunAsync(db, cancellationToken);
            }
            else if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
                throw new StartupException("the database needs migrating and Database:MigrateOnStart is false: run './crm migrate' first");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
