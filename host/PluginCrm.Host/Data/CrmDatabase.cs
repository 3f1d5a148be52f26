using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace PluginCrm.Host.Data;

/// <summary>
/// Points every DbContext, the host's and each plugin's, at the one database, each with its own
/// migrations history table.
/// </summary>
public sealed class CrmDatabase(DatabaseOptions options, string dataDirectory)
{
    public const string HostHistoryTable = "__migrations_host";

    /// <summary>The SQLite file's name in the data folder.</summary>
    public const string FileName = "crm.db";

    public string Provider => options.Provider;

    public string ConnectionString { get; } = new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(dataDirectory, FileName),
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
        builder.AddInterceptors(new SqlitePragmas(options.BusyTimeoutMs))
            .ReplaceService<IModelCustomizer, UtcModelCustomizer>();
    }

    /// <summary>
    /// Creates the file if needed, switches it to WAL (a property of the file) and migrates the host's tables, with the
    /// data step of a migration that needs one (the features register them; a new database has no rows to fill).
    /// </summary>
    public async Task PrepareAsync(CrmDbContext db, IEnumerable<IMigrationDataStep> dataSteps, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataDirectory);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
            if (options.MigrateOnStart)
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                await db.Database.MigrateAsync(cancellationToken);
                foreach (var step in dataSteps.Where(s => pending.Contains(s.MigrationId)))
                    await step.RunAsync(db, cancellationToken);
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
