using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PluginCrm.Host.Data.Providers;

/// <summary>The embedded default: one file, <c>crm.db</c>, in the data folder, in write-ahead-log mode.</summary>
public sealed class SqliteProvider(string dataDirectory, int busyTimeoutMs) : IDatabaseProvider, IAsyncDisposable
{
    public const string FileName = "crm.db";

    /// <summary>EF Core's name for this provider, as a model (<c>Database.ProviderName</c>) and a migration (<c>ActiveProvider</c>) see it.</summary>
    public const string EfCoreName = "Microsoft.EntityFrameworkCore.Sqlite";

    private readonly string connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, FileName), Pooling = true }.ToString();

    public string Name => "sqlite";

    public string Location => Path.Combine(dataDirectory, FileName);

    public bool Exists => File.Exists(Location);

    public DbConnection NewConnection() => new SqliteConnection(connectionString);

    public async Task OpenAsync(DbConnection connection, CancellationToken ct)
    {
        await connection.OpenAsync(ct);
        SqlitePragmas.Apply(connection, busyTimeoutMs);
    }

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

    public TimeSpan TimeResolution => TimeSpan.FromTicks(1);

    public IQueryable<long>? RowsContaining(DbContext db, TextIndex index, IReadOnlyList<(string Column, string Text)> terms)
    {
        if (terms.All(t => TextIndex.IndexesPair(t.Text)))
            return db.Database.SqlQueryRaw<long>(index.SqlitePairsSql(terms), terms.Select(t => (object)t.Text).ToArray());
        if (!terms.All(t => TextIndex.Indexes(t.Text)))
            return null;
        // Each text is a phrase in its column's filter, its quotes doubled, so none is read as FTS5 query syntax; a phrase
        // of trigrams matches where the text stands whole, as a substring.
        var match = string.Join(" OR ", terms.Select(t => $"{t.Column} : \"{t.Text.Replace("\"", "\"\"")}\""));
        return db.Database.SqlQueryRaw<long>(index.SqliteMatchSql, match);
    }

    public async Task<IReadOnlyList<string>> TablesAsync(CancellationToken ct)
    {
        if (!Exists)
            return []; // opening the file would create it
        await using var connection = NewConnection();
        await connection.OpenAsync(ct);
        // EF's migration lock is a table on SQLite, empty but for the moment a migration runs. A text index's FTS5 table
        // (virtual) and its shadow tables are not data: they are built from the rows they index, and so are its pairs.
        var derived = string.Join(", ", new[] { TextIndex.Customers, TextIndex.Leads }.Select(i => $"'{i.SqlitePairsTable}'").Append($"'{TextIndex.SqlitePositionsTable}'"));
        return await ProviderQueries.StringsAsync(connection,
            "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!' " +
            $"AND name <> '__EFMigrationsLock' AND name NOT IN ({derived}) ORDER BY name", ct);
    }

    public async Task<IReadOnlyList<(string Table, string Parent)>> ForeignKeysAsync(CancellationToken ct)
    {
        if (!Exists)
            return [];
        await using var connection = NewConnection();
        await connection.OpenAsync(ct);
        return await ProviderQueries.PairsAsync(connection,
            "SELECT DISTINCT m.name, k.\"table\" FROM sqlite_master m, pragma_foreign_key_list(m.name) k WHERE m.type = 'table'", ct);
    }

    // Deferred: a read transaction, which in WAL mode reads one state of the file while the host goes on writing.
    public Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    public async Task<DbTransaction> BeginCopyAsync(DbConnection connection, CancellationToken ct)
    {
        SqlitePragmas.Apply(connection, busyTimeoutMs); // foreign_keys cannot change inside a transaction
        var transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);
        await using var defer = connection.CreateCommand();
        defer.Transaction = transaction;
        defer.CommandText = "PRAGMA defer_foreign_keys = ON;";
        await defer.ExecuteNonQueryAsync(ct);
        return transaction;
    }

    // BINARY compares UTF-8 bytes, as PostgreSQL's "C" collation does; said outright in case a column declares another.
    public string SortKey(string delimitedColumn, Type type) => type == typeof(string) ? $"{delimitedColumn} COLLATE BINARY" : delimitedColumn;

    // One prepared INSERT run per row in the copy's transaction, each value bound by EF's own mapping of its type.
    public async Task<long> InsertAsync(DbTransaction transaction, CopyTable table, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        await using var insert = transaction.Connection!.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {table.Delimited} ({string.Join(", ", table.Columns.Select(c => c.Delimited))}) " +
                             $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"@p{i}"))})";
        long count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            insert.Parameters.Clear();
            for (var i = 0; i < row.Length; i++)
                insert.Parameters.Add(table.Columns[i].Mapping.CreateParameter(insert, $"@p{i}", row[i], nullable: true));
            await insert.ExecuteNonQueryAsync(ct);
            count++;
        }
        return count;
    }

    // An explicit id above the highest so far moves the rowid on, and AUTOINCREMENT's sqlite_sequence with it.
    public string? ContinueIdentity(string delimitedTable, string delimitedColumn, string column) => null;

    // Closes this file's pooled connections with the host (a host started again on the file, or a folder deleted, finds
    // none left open), and no other host's: clearing every pool would pull connections from under hosts still running.
    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        return ValueTask.CompletedTask;
    }
}
