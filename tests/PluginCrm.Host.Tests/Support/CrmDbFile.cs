using System.Data.Common;
using Microsoft.Extensions.Configuration;
using PluginCrm.Host.Data;
using PluginCrm.Host.Hosting;

namespace PluginCrm.Host.Tests.Support;

/// <summary>
/// A data folder's database read and written directly, as an admin with sqlite3 or psql would: the one a host given the
/// folder would open (its <c>crm.db</c>, or the PostgreSQL database its <c>settings.json</c> names, the test kit's when the
/// suite runs on PostgreSQL), through the host's own provider. Quote column names (<c>"Tags"</c>) so that the same SQL
/// reads both.
/// </summary>
public sealed class CrmDbFile(string dataDirectory)
{
    private async Task<T> WithDatabaseAsync<T>(Func<CrmDatabase, Task<T>> use)
    {
        var options = new DatabaseOptions();
        CrmConfiguration.Read(new CrmStartOptions { Settings = { ["DataDir"] = dataDirectory } }).GetSection("Database").Bind(options);
        await using var database = new CrmDatabase(options, dataDirectory); // its pool closes with it
        return await use(database);
    }

    private Task<T> WithConnectionAsync<T>(Func<DbConnection, Task<T>> read) => WithDatabaseAsync(async database =>
    {
        await using var connection = database.Provider.NewConnection();
        await connection.OpenAsync();
        return await read(connection);
    });

    public Task<object?> ScalarAsync(string sql) => WithConnectionAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    });

    public async Task<long> CountAsync(string table, string where = "1 = 1") => (long)(await ScalarAsync($"SELECT count(*) FROM {table} WHERE {where}"))!;

    /// <summary>Each row of <paramref name="sql"/> as its columns' values joined by <c>|</c>.</summary>
    public Task<List<string>> RowsAsync(string sql) => WithConnectionAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    });

    public Task<HashSet<string>> TablesAsync() => WithDatabaseAsync(async database =>
        (await database.Provider.TablesAsync(CancellationToken.None)).ToHashSet(StringComparer.Ordinal));
}
