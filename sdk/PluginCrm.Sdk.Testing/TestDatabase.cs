using System.Text.Json;
using Npgsql;
using PluginCrm.Host.Hosting;

namespace PluginCrm.Sdk.Testing;

/// <summary>
/// The database a <see cref="CrmTestHost"/> starts on: a SQLite file in its data folder, or, when the environment variable
/// <c>PLUGINCRM_TEST_DATABASE</c> is <c>postgres</c>, a PostgreSQL database of its own on one throw-away cluster per test
/// process (started at the first such host, stopped when the process exits). The database is named in the data folder's
/// <c>settings.json</c>, as a company on PostgreSQL names it, so that a host restarted on the folder and every
/// <c>crm</c> command given it reach the same database.
/// </summary>
internal static class TestDatabase
{
    public const string Variable = "PLUGINCRM_TEST_DATABASE";

    private static readonly Lazy<Task<ThrowawayPostgres>> Cluster = new(StartClusterAsync);

    /// <summary>Whether this run's hosts are on PostgreSQL.</summary>
    public static bool OnPostgres { get; } = Environment.GetEnvironmentVariable(Variable) switch
    {
        null or "" or "sqlite" => false,
        "postgres" => true,
        var other => throw new InvalidOperationException($"{Variable} must be 'sqlite' or 'postgres', not '{other}'"),
    };

    /// <summary>
    /// On PostgreSQL, gives <paramref name="dataDirectory"/> a new database unless its settings or the test's own already
    /// name one; returns the new database's name (to drop with the folder), else null.
    /// </summary>
    public static async Task<string?> PlaceAsync(string dataDirectory, IReadOnlyDictionary<string, string?> settings, CancellationToken ct)
    {
        var file = Path.Combine(dataDirectory, CrmConfiguration.DataFolderSettingsFile);
        if (!OnPostgres || settings.ContainsKey("Database:Provider") || File.Exists(file))
            return null;
        var name = $"crm_{Guid.NewGuid():N}";
        var connectionString = await ConnectionStringAsync(name, ct);
        Directory.CreateDirectory(dataDirectory);
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new { Database = new { Provider = "postgres", ConnectionString = connectionString } }), ct);
        return name;
    }

    /// <summary>A connection string for a new database on this process's cluster (the host's first migration creates it).</summary>
    public static async Task<string> ConnectionStringAsync(string database, CancellationToken ct)
    {
        var cluster = await Cluster.Value.WaitAsync(ct);
        return cluster.ConnectionString(database);
    }

    /// <summary>Drops a database <see cref="PlaceAsync"/> made, with whatever connections are left to it.</summary>
    public static async Task DropAsync(string database)
    {
        await using var connection = new NpgsqlConnection(await ConnectionStringAsync("postgres", CancellationToken.None));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<ThrowawayPostgres> StartClusterAsync()
    {
        var cluster = await ThrowawayPostgres.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return cluster;
    }
}
