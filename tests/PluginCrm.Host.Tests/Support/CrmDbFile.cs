using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using PluginCrm.Host.Hosting;

namespace PluginCrm.Host.Tests.Support;

/// <summary>
/// A data folder's database read and written directly, as an admin with sqlite3 or psql would: its <c>crm.db</c>, or the
/// PostgreSQL database its <c>settings.json</c> names (the test kit's, when the suite runs on PostgreSQL). Quote
/// column names (<c>"Tags"</c>) so that the same SQL reads both.
/// </summary>
public sealed class CrmDbFile(string dataDirectory)
{
    public bool OnPostgres => PostgresConnectionString() is not null;

    private DbConnection Open() => PostgresConnectionString() is { } postgres
        ? new NpgsqlConnection(postgres)
        : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, "crm.db"), Pooling = false }.ToString());

    private string? PostgresConnectionString()
    {
        var file = Path.Combine(dataDirectory, CrmConfiguration.DataFolderSettingsFile);
        if (!File.Exists(file))
            return null;
        using var settings = JsonDocument.Parse(File.ReadAllText(file));
        return settings.RootElement.TryGetProperty("Database", out var database) && database.GetProperty("Provider").GetString() == "postgres"
            ? database.GetProperty("ConnectionString").GetString() + ";Pooling=false"
            : null;
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public async Task<long> CountAsync(string table, string where = "1 = 1") => (long)(await ScalarAsync($"SELECT count(*) FROM {table} WHERE {where}"))!;

    /// <summary>Each row of <paramref name="sql"/> as its columns' values joined by <c>|</c>.</summary>
    public async Task<List<string>> RowsAsync(string sql)
    {
        await using var connection = Open();
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
        var tables = await RowsAsync(OnPostgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table'");
        return tables.ToHashSet(StringComparer.Ordinal);
    }
}
