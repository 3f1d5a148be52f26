using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using PluginCrm.Host.Data.Leases;

namespace PluginCrm.Host.Data.Providers;

/// <summary>
/// PostgreSQL through Npgsql, for a company that outgrows one file or runs several host processes on one database.
/// The database is created by the first migration if it does not exist (the role needs CREATEDB for that).
/// </summary>
public sealed class PostgresProvider(string connectionString) : IDatabaseProvider
{
    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

    public string Name => "postgres";

    public string Location
    {
        get
        {
            var parts = new NpgsqlConnectionStringBuilder(connectionString);
            return $"PostgreSQL database {parts.Database} on {parts.Host}:{parts.Port}";
        }
    }

    public bool Exists => true;

    public DbConnection NewConnection() => dataSource.CreateConnection();

    public void Use(DbContextOptionsBuilder builder, string historyTable, DbConnection? shared)
    {
        if (shared is null)
            builder.UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable(historyTable));
        else
            builder.UseNpgsql(shared, npgsql => npgsql.MigrationsHistoryTable(historyTable));
        // The model snapshots are scaffolded on SQLite, so next to PostgreSQL's model they differ in column types alone:
        // the check for a forgotten migration runs on SQLite, where the snapshots were made.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .ReplaceService<IMigrationsSqlGenerator, NeutralMigrationsSqlGenerator>()
            .AddInterceptors(SkipLockedRows.Instance);
    }

    public Task PrepareAsync(DbContext db, CancellationToken ct) => Task.CompletedTask;

    public bool IsUniqueViolation(Exception exception, out string detail)
    {
        detail = exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres
            ? $"{postgres.TableName}: {postgres.ConstraintName}" : "";
        return detail.Length > 0;
    }

    public bool SkipsLockedRows => true;

    public string DropTable(string delimitedName) => $"DROP TABLE IF EXISTS {delimitedName} CASCADE;";
}
