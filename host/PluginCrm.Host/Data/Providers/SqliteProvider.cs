using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Host.Data.Providers;

/// <summary>The embedded default: one file, <c>crm.db</c>, in the data folder, in write-ahead-log mode.</summary>
public sealed class SqliteProvider(string dataDirectory, int busyTimeoutMs) : IDatabaseProvider
{
    public const string FileName = "crm.db";

    private readonly string connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, FileName), Pooling = true }.ToString();

    public string Name => "sqlite";

    public string Location => Path.Combine(dataDirectory, FileName);

    public bool Exists => File.Exists(Location);

    public DbConnection NewConnection() => new SqliteConnection(connectionString);

    public void Use(DbContextOptionsBuilder builder, string historyTable, DbConnection? shared)
    {
        if (shared is null)
            builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(historyTable));
        else
            builder.UseSqlite(shared, sqlite => sqlite.MigrationsHistoryTable(historyTable));
        builder.AddInterceptors(new SqlitePragmas(busyTimeoutMs));
    }

    public async Task PrepareAsync(DbContext db, CancellationToken ct)
    {
        Directory.CreateDirectory(dataDirectory);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct); // a property of the file: set once, kept
    }

    public bool SkipsLockedRows => false;

    public bool IsUniqueViolation(Exception exception, out string detail)
    {
        // 19 is SQLITE_CONSTRAINT: "UNIQUE constraint failed: customers.Email"
        detail = exception is SqliteException { SqliteErrorCode: 19 } sqlite ? sqlite.Message.Split(": ").Last() : "";
        return detail.Length > 0;
    }

    // Checked at commit, when every table of the plugin is gone, the keys between them hold whatever the order.
    public string DropTable(string delimitedName) => $"PRAGMA defer_foreign_keys = ON; DROP TABLE IF EXISTS {delimitedName};";
}
