using System.Data.Common;
using System.Globalization;
using PluginCrm.Sdk.Data;

namespace PluginCrm.LeadAssignment.Data;

/// <summary>
/// The capture's statements written by hand, on the scope's connection and in the change's transaction (the SDK's
/// command). Each is small, and EF Core's own work around it (finding the cached query, the command, the interceptors,
/// materialising, the change tracker) took longer than the statement: a lead ran seven of them. The SQL is the same on
/// SQLite and PostgreSQL, its values written <c>{0}</c>, <c>{1}</c>, ... as EF Core's raw SQL takes them.
/// </summary>
public sealed class Statements(IPluginDatabase database)
{
    public async Task<int> ExecuteAsync(string sql, IReadOnlyList<object?> values, CancellationToken ct)
    {
        await using var command = await CommandAsync(sql, values, ct);
        return await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<List<T>> ReadAsync<T>(string sql, IReadOnlyList<object?> values, Func<DbDataReader, T> row, CancellationToken ct)
    {
        await using var command = await CommandAsync(sql, values, ct);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
            rows.Add(row(reader));
        return rows;
    }

    private async Task<DbCommand> CommandAsync(string sql, IReadOnlyList<object?> values, CancellationToken ct)
    {
        var names = Enumerable.Range(0, values.Count).Select(i => (object)string.Create(CultureInfo.InvariantCulture, $"@p{i}")).ToArray();
        var command = await database.CreateCommandAsync(string.Format(CultureInfo.InvariantCulture, sql, names), ct);
        for (var i = 0; i < values.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = (string)names[i];
            parameter.Value = values[i] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
