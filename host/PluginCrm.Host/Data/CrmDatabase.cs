using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PluginCrm.Host.Data.Providers;

namespace PluginCrm.Host.Data;

/// <summary>
/// Points every DbContext, the host's and each plugin's, at the one database (SQLite by default, PostgreSQL by
/// configuration: <see cref="IDatabaseProvider"/>), each with its own migrations history table.
/// </summary>
public sealed class CrmDatabase(DatabaseOptions options, string dataDirectory) : IAsyncDisposable
{
    public const string HostHistoryTable = "__migrations_host";

    public IDatabaseProvider Provider { get; } = options.Provider == "postgres"
        ? new PostgresProvider(options.ConnectionString)
        : new SqliteProvider(dataDirectory, options.BusyTimeoutMs);

    /// <summary>
    /// Configures a context on its own connection, or (given a scope) on the scope's shared connection so that
    /// it joins the pipeline's transaction.
    /// </summary>
    public void Configure(DbContextOptionsBuilder builder, string historyTable, ScopedConnection? scope = null)
    {
        Provider.Use(builder, historyTable, scope?.Connection);
        // EF diffs the model against the migrations' snapshot on every migrate to warn of a forgotten migration: part of
        // every start, for a fact of the build. Data/PendingModelChangesTests checks the host's once instead, on SQLite (the
        // snapshot is scaffolded there; next to PostgreSQL's model it differs in column types alone). The plugins write
        // their migrations by hand, without a snapshot, which EF would take for drift.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        if (scope is not null)
            builder.AddInterceptors(new JoinScopeTransaction(scope));
        builder.ReplaceService<IModelCustomizer, UtcModelCustomizer>();
    }

    /// <summary>
    /// Prepares the database (SQLite: the file in WAL mode) and migrates the host's tables, with the data step of a
    /// migration that needs one (the features register them; a new database has no rows to fill).
    /// </summary>
    public async Task PrepareAsync(CrmDbContext db, IEnumerable<IMigrationDataStep> dataSteps, CancellationToken cancellationToken)
    {
        await Provider.PrepareAsync(db, cancellationToken);
        if (options.MigrateOnStart)
        {
            // Migrating an up-to-date database still takes EF's lock and builds the history table's script: asked first, a
            // start on one costs a query.
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
                await db.Database.MigrateAsync(cancellationToken);
            foreach (var step in dataSteps.Where(s => pending.Contains(s.MigrationId)))
                await step.RunAsync(db, cancellationToken);
        }
        else if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            throw new StartupException("the database needs migrating and Database:MigrateOnStart is false: run './crm migrate' first");
    }

    /// <summary>Closes what the provider holds open (PostgreSQL: its pool of connections).</summary>
    public ValueTask DisposeAsync() => Provider is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
}
