using System.Data;
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
public sealed class PostgresProvider(string connectionString) : IDatabaseProvider, IAsyncDisposable
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

    public Task OpenAsync(DbConnection connection, CancellationToken ct) => connection.OpenAsync(ct);

    public void Use(DbContextOptionsBuilder builder, string historyTable, DbConnection? shared)
    {
        if (shared is null)
            builder.UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable(historyTable));
        else
            builder.UseNpgsql(shared, npgsql => npgsql.MigrationsHistoryTable(historyTable));
        builder.ReplaceService<IMigrationsSqlGenerator, NeutralMigrationsSqlGenerator>()
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

    public TimeSpan TimeResolution => TimeSpan.FromMicroseconds(1);

    public IQueryable<long>? RowsContaining(DbContext db, TextIndex index, IReadOnlyList<(string Column, string Text)> terms) => null;

    public async Task<IReadOnlyList<string>> TablesAsync(CancellationToken ct)
    {
        await using var connection = dataSource.CreateConnection();
        try
        {
            await connection.OpenAsync(ct);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return []; // no database yet: the first migration creates it
        }
        return await ProviderQueries.StringsAsync(connection,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name", ct);
    }

    public async Task<IReadOnlyList<(string Table, string Parent)>> ForeignKeysAsync(CancellationToken ct)
    {
        await using var connection = dataSource.CreateConnection();
        await connection.OpenAsync(ct);
        return await ProviderQueries.PairsAsync(connection,
            "SELECT DISTINCT c.relname::text, p.relname::text FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid " +
            "WHERE k.contype = 'f' AND c.relnamespace = current_schema()::regnamespace", ct);
    }

    public async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct)
    {
        var transaction = await ((NpgsqlConnection)connection).BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await using var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", (NpgsqlConnection)connection, transaction);
        await readOnly.ExecuteNonQueryAsync(ct);
        return transaction;
    }

    // The host's foreign keys are not deferrable, so the copy writes parents first; each COPY checks its keys at the end of
    // the statement, so a table may also refer to itself in any order of its rows.
    public async Task<DbTransaction> BeginCopyAsync(DbConnection connection, CancellationToken ct) =>
        await ((NpgsqlConnection)connection).BeginTransactionAsync(ct);

    // "C" compares UTF-8 bytes, as SQLite's BINARY does, whatever the database's own collation.
    public string SortKey(string delimitedColumn, Type type) => type == typeof(string) ? $"{delimitedColumn} COLLATE \"C\"" : delimitedColumn;

    // Binary COPY, each value written as the type its column has in the database (so a value of the wrong type fails, never lands garbled).
    public async Task<long> InsertAsync(DbTransaction transaction, CopyTable table, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)transaction.Connection!;
        var types = await ColumnTypesAsync(connection, transaction, table, ct);
        await using var import = await connection.BeginBinaryImportAsync(
            $"COPY {table.Delimited} ({string.Join(", ", table.Columns.Select(c => c.Delimited))}) FROM STDIN (FORMAT BINARY)", ct);
        await foreach (var row in rows.WithCancellation(ct))
        {
            await import.StartRowAsync(ct);
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is { } value)
                    await import.WriteAsync(value, types[i], ct);
                else
                    await import.WriteNullAsync(ct);
            }
        }
        return (long)await import.CompleteAsync(ct);
    }

    // Identity columns keep a sequence that explicit ids do not move: without this the next insert would take id 1.
    public string? ContinueIdentity(string delimitedTable, string delimitedColumn, string column) =>
        $"SELECT setval(pg_get_serial_sequence('{delimitedTable.Replace("'", "''")}', '{column.Replace("'", "''")}'), " +
        $"COALESCE(MAX({delimitedColumn}), 1), MAX({delimitedColumn}) IS NOT NULL) FROM {delimitedTable}";

    private static async Task<string[]> ColumnTypesAsync(NpgsqlConnection connection, DbTransaction transaction, CopyTable table, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT attname, format_type(atttypid, NULL) FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped",
            connection, (NpgsqlTransaction)transaction) { Parameters = { new() { Value = table.Delimited } } };
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                types[reader.GetString(0)] = reader.GetString(1);
        }
        return table.Columns.Select(c => types.TryGetValue(c.Name, out var type) ? type
            : throw new InvalidOperationException($"{table.Name} has no column {c.Name} in the target")).ToArray();
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
