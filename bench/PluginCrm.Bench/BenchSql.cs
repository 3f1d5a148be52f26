using Microsoft.Data.Sqlite;

namespace PluginCrm.Bench;

/// <summary>Commands on a bench host's SQLite file: bulk rows written as a plugin would have, and the baselines' aggregates.</summary>
public static class BenchSql
{
    public static SqliteCommand Command(SqliteConnection db, string sql, params (string Name, object Value)[] parameters)
    {
        var command = db.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return command;
    }
}
