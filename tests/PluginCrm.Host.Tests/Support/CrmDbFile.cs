using Microsoft.Data.Sqlite;

namespace PluginCrm.Host.Tests.Support;

/// <summary>A host's <c>crm.db</c> read and written directly, as an admin with sqlite3 would, while no host runs.</summary>
public sealed class CrmDbFile(string dataDirectory)
{
    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(dataDirectory, "crm.db"),
        Pooling = false,
    }.ToString();

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public async Task<long> CountAsync(string table, string where = "1 = 1") => (long)(await ScalarAsync($"SELECT count(*) FROM {table} WHERE {where}"))!;

    /// <summary>Each row of <paramref name="sql"/> as its columns' values joined by <c>|</c>.</summary>
    public async Task<List<string>> RowsAsync(string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }

    public async Task<HashSet<string>> TablesAsync()
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            tables.Add(reader.GetString(0));
        return tables;
    }
}
