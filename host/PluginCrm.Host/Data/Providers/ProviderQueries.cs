using System.Data.Common;

namespace PluginCrm.Host.Data.Providers;

/// <summary>The few plain reads the providers make of their catalogues.</summary>
internal static class ProviderQueries
{
    public static async Task<List<string>> StringsAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var values = new List<string>();
        while (await reader.ReadAsync(ct))
            values.Add(reader.GetString(0));
        return values;
    }

    public static async Task<List<(string, string)>> PairsAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var pairs = new List<(string, string)>();
        while (await reader.ReadAsync(ct))
            pairs.Add((reader.GetString(0), reader.GetString(1)));
        return pairs;
    }
}
